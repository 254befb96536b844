"""What ``engagedesk list`` prints: one record per row, id first, then what a person would scan."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

from engagedesk.store import canvass as canvass_table
from engagedesk.store import people as people_table
from engagedesk.services import meetings as meeting_service
from engagedesk.store.store import Store

KINDS = ("people", "meetings", "campaigns", "turfs")


def rows(store: Store, kind: str, limit: int | None = None) -> Iterator[dict[str, Any]]:
    if kind == "people":
        yield from _people(store, limit)
    elif kind == "meetings":
        for meeting in meeting_service.list_meetings(store)[:limit]:
            yield {"id": meeting.id, "starts_at": meeting.starts_at, "title": meeting.title,
                   "series": meeting.series, "place": meeting.place,
                   "attendance": meeting_service.attendance_count(store, meeting.id)}
    elif kind == "campaigns":
        for campaign in canvass_table.list_campaigns(store)[:limit]:
            yield {"id": campaign.id, "name": campaign.name, "starts_on": campaign.starts_on,
                   "ends_on": campaign.ends_on}
    elif kind == "turfs":
        for turf, doors in canvass_table.list_turfs(store)[:limit]:
            yield {"id": turf.id, "name": turf.name, "canvasser": turf.canvasser, "doors": doors,
                   "campaign_id": turf.campaign_id}
    else:
        raise ValueError(kind)


def _people(store: Store, limit: int | None) -> Iterator[dict[str, Any]]:
    for person in itertools.islice(people_table.iter_people(store), limit):
        yield {"id": person.id, "name": person.display_name, "email": person.email,
               "phone": person.phone, "do_not_contact": person.do_not_contact}
