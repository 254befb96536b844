"""The schema, as a registry of migrations.

``MIGRATIONS[n - 1]`` takes a database from version ``n - 1`` to ``n`` (``PRAGMA user_version``).
Each runs in its own transaction; the caller backs the file up first.  Never edit a migration
that has shipped: add a new one.  A test keeps a database made by version 1 and upgrades it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

APPLICATION_ID = 0x45444B31  # "EDK1": marks the file as an EngageDesk database

# Columns every syncable table has (see ARCHITECTURE.md, "The store").
SYNC_COLUMNS = """
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL,
    site_id TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))"""

FLAG = "INTEGER NOT NULL DEFAULT 0 CHECK ({name} IN (0, 1))"


def _ref(table: str) -> str:
    # Deferred, so that a sync bundle may bring a row before the row it points to.
    return f"TEXT REFERENCES {table}(id) DEFERRABLE INITIALLY DEFERRED"


def _flag(name: str) -> str:
    return f"{name} {FLAG.format(name=name)}"


SYNCABLE_TABLES: dict[str, str] = {
    "organisation": "name TEXT NOT NULL",
    "laptops": "name TEXT NOT NULL",
    "addresses": """
        number TEXT NOT NULL DEFAULT '', street TEXT NOT NULL DEFAULT '',
        unit TEXT NOT NULL DEFAULT '', city TEXT NOT NULL DEFAULT '',
        region TEXT NOT NULL DEFAULT '', postal_code TEXT NOT NULL DEFAULT '',
        lat REAL, lon REAL""",
    "people": f"""
        given_name TEXT NOT NULL DEFAULT '', family_name TEXT NOT NULL DEFAULT '',
        preferred_name TEXT NOT NULL DEFAULT '', pronouns TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '',
        phone_digits TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT '',
        address_id {_ref('addresses')}, notes TEXT NOT NULL DEFAULT '',
        {_flag('may_contact')}, {_flag('do_not_contact')},
        do_not_contact_since TEXT, do_not_contact_reason TEXT NOT NULL DEFAULT '',
        {_flag('photo_consent')}, {_flag('quote_consent')},
        sort_key TEXT NOT NULL DEFAULT ''""",
    "meetings": """
        title TEXT NOT NULL, series TEXT NOT NULL DEFAULT '', starts_at TEXT NOT NULL,
        ends_at TEXT NOT NULL DEFAULT '', place TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '', facilitator_ids TEXT NOT NULL DEFAULT '[]'""",
    "agenda_items": f"""
        meeting_id {_ref('meetings')} NOT NULL, position INTEGER NOT NULL,
        title TEXT NOT NULL, minutes INTEGER NOT NULL DEFAULT 0""",
    "attendance": f"""
        meeting_id {_ref('meetings')} NOT NULL, person_id {_ref('people')} NOT NULL,
        role TEXT NOT NULL, time_in TEXT NOT NULL, time_out TEXT,
        {_flag('walk_in')}, entered_by TEXT NOT NULL DEFAULT ''""",
    "themes": "name TEXT NOT NULL",
    "notes": f"""
        meeting_id {_ref('meetings')} NOT NULL, agenda_item_id {_ref('agenda_items')},
        speaker_id {_ref('people')}, kind TEXT NOT NULL, text TEXT NOT NULL, at TEXT NOT NULL""",
    "note_themes": f"note_id {_ref('notes')} NOT NULL, theme_id {_ref('themes')} NOT NULL",
    "action_items": f"""
        text TEXT NOT NULL, owner_id {_ref('people')}, due_on TEXT,
        status TEXT NOT NULL DEFAULT 'open', origin_meeting_id {_ref('meetings')},
        closed_at TEXT, closed_in_meeting_id {_ref('meetings')}""",
    "campaigns": """
        name TEXT NOT NULL, starts_on TEXT, ends_on TEXT, script TEXT NOT NULL DEFAULT '',
        outcomes TEXT NOT NULL DEFAULT '[]'""",
    "questions": f"""
        campaign_id {_ref('campaigns')} NOT NULL, position INTEGER NOT NULL, kind TEXT NOT NULL,
        prompt TEXT NOT NULL, options TEXT NOT NULL DEFAULT '[]',
        ask_if_question_id {_ref('questions')}, ask_if_answer TEXT""",
    "turfs": f"campaign_id {_ref('campaigns')} NOT NULL, name TEXT NOT NULL, canvasser TEXT NOT NULL DEFAULT ''",
    "turf_addresses": f"turf_id {_ref('turfs')} NOT NULL, address_id {_ref('addresses')} NOT NULL",
    "knocks": f"""
        campaign_id {_ref('campaigns')} NOT NULL, address_id {_ref('addresses')} NOT NULL,
        at TEXT NOT NULL, canvasser TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''""",
    "responses": f"""
        knock_id {_ref('knocks')} NOT NULL, person_id {_ref('people')},
        question_id {_ref('questions')} NOT NULL, answer TEXT NOT NULL""",
}

V1_INDEXES = (
    "CREATE INDEX people_sort ON people(deleted, sort_key)",
    "CREATE INDEX people_email ON people(email) WHERE email != ''",
    "CREATE INDEX people_phone ON people(phone_digits) WHERE phone_digits != ''",
    "CREATE INDEX people_address ON people(address_id)",
    "CREATE INDEX meetings_start ON meetings(starts_at)",
    "CREATE INDEX meetings_series ON meetings(series, starts_at)",
    "CREATE INDEX agenda_meeting ON agenda_items(meeting_id, position)",
    "CREATE UNIQUE INDEX attendance_once ON attendance(meeting_id, person_id)",
    "CREATE INDEX attendance_person ON attendance(person_id)",
    "CREATE INDEX notes_meeting ON notes(meeting_id, at)",
    "CREATE INDEX notes_speaker ON notes(speaker_id)",
    "CREATE INDEX note_themes_note ON note_themes(note_id)",
    "CREATE INDEX note_themes_theme ON note_themes(theme_id)",
    "CREATE INDEX actions_origin ON action_items(origin_meeting_id)",
    "CREATE INDEX questions_campaign ON questions(campaign_id, position)",
    "CREATE INDEX turfs_campaign ON turfs(campaign_id)",
    "CREATE INDEX turf_addresses_turf ON turf_addresses(turf_id)",
    "CREATE INDEX knocks_address ON knocks(address_id, at)",
    "CREATE INDEX knocks_campaign ON knocks(campaign_id)",
    "CREATE INDEX responses_knock ON responses(knock_id)",
)


def _v1_tables(conn: sqlite3.Connection) -> None:
    """Every table, with the sync columns, and the settings local to this laptop."""
    conn.execute(
        "CREATE TABLE local_settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT"
    )
    for table, columns in SYNCABLE_TABLES.items():
        conn.execute(f"CREATE TABLE {table} ({SYNC_COLUMNS},\n{columns}) STRICT")
        conn.execute(f"CREATE INDEX {table}_hlc ON {table}(hlc, site_id)")
    for statement in V1_INDEXES:
        conn.execute(statement)


def _v2_people_search(conn: sqlite3.Connection) -> None:
    """Full-text search over people: names, e-mail, phone digits and street.

    Accent- and case-insensitive (unicode61, remove_diacritics 2), prefix indexes for the first
    letters typed at the sign-in desk.  Kept in step by triggers; deleted people are left out.
    """
    conn.execute(
        "CREATE VIRTUAL TABLE people_fts USING fts5("
        "name, email, phone, street, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
    )
    fts_row = (
        "SELECT new.rowid, new.given_name || ' ' || new.preferred_name || ' ' || new.family_name, "
        "new.email, new.phone_digits, "
        "coalesce((SELECT street FROM addresses WHERE id = new.address_id), '') "
        "WHERE new.deleted = 0"
    )
    triggers = (
        f"""CREATE TRIGGER people_fts_insert AFTER INSERT ON people BEGIN
            INSERT INTO people_fts(rowid, name, email, phone, street) {fts_row};
        END""",
        f"""CREATE TRIGGER people_fts_update AFTER UPDATE OF
            given_name, preferred_name, family_name, email, phone_digits, address_id, deleted
        ON people BEGIN
            DELETE FROM people_fts WHERE rowid = old.rowid;
            INSERT INTO people_fts(rowid, name, email, phone, street) {fts_row};
        END""",
        """CREATE TRIGGER people_fts_delete AFTER DELETE ON people BEGIN
            DELETE FROM people_fts WHERE rowid = old.rowid;
        END""",
        """CREATE TRIGGER addresses_fts_street AFTER UPDATE OF street ON addresses BEGIN
            UPDATE people_fts SET street = new.street
            WHERE rowid IN (SELECT rowid FROM people WHERE address_id = new.id AND deleted = 0);
        END""",
    )
    # One statement at a time: executescript() would commit the migration's transaction.
    for trigger in triggers:
        conn.execute(trigger)
    conn.execute(
        "INSERT INTO people_fts(rowid, name, email, phone, street) "
        "SELECT p.rowid, p.given_name || ' ' || p.preferred_name || ' ' || p.family_name, "
        "p.email, p.phone_digits, coalesce(a.street, '') "
        "FROM people p LEFT JOIN addresses a ON a.id = p.address_id WHERE p.deleted = 0"
    )


def _squashed(column: str) -> str:
    """The name without apostrophes, hyphens and spaces, when it has any: O'Brien -> OBrien."""
    bare = column
    for mark in ("''''", "'-'", "' '", "'’'"):  # '''' is SQL for one apostrophe
        bare = f"replace({bare}, {mark}, '')"
    return f"(CASE WHEN {bare} != {column} THEN ' ' || {bare} ELSE '' END)"


def people_fts_values(p: str, street: str) -> str:
    """The searchable text of person ``p`` (a table alias or ``new``), as of migration 3.

    Names, plus each name squashed ("obrien" finds O'Brien, "smithjones" Smith-Jones); the phone
    digits, plus their last 4 and last 7 (people remember the end of a number).
    """
    name = (f"{p}.given_name || ' ' || {p}.preferred_name || ' ' || {p}.family_name"
            f" || {_squashed(p + '.given_name')} || {_squashed(p + '.family_name')}")
    phone = (f"{p}.phone_digits"
             f" || (CASE WHEN length({p}.phone_digits) > 4 THEN ' ' || substr({p}.phone_digits, -4) ELSE '' END)"
             f" || (CASE WHEN length({p}.phone_digits) > 7 THEN ' ' || substr({p}.phone_digits, -7) ELSE '' END)")
    return f"{name}, {p}.email, {phone}, {street}"


def _v3_people_matching(conn: sqlite3.Connection) -> None:
    """Search the way volunteers type, and look up e-mails whatever their case."""
    conn.execute("CREATE INDEX people_email_nocase ON people(lower(email)) WHERE email != ''")
    conn.execute("DROP TRIGGER people_fts_insert")
    conn.execute("DROP TRIGGER people_fts_update")
    street = "coalesce((SELECT street FROM addresses WHERE id = new.address_id), '')"
    fts_row = f"SELECT new.rowid, {people_fts_values('new', street)} WHERE new.deleted = 0"
    conn.execute(f"""CREATE TRIGGER people_fts_insert AFTER INSERT ON people BEGIN
            INSERT INTO people_fts(rowid, name, email, phone, street) {fts_row};
        END""")
    conn.execute(f"""CREATE TRIGGER people_fts_update AFTER UPDATE OF
            given_name, preferred_name, family_name, email, phone_digits, address_id, deleted
        ON people BEGIN
            DELETE FROM people_fts WHERE rowid = old.rowid;
            INSERT INTO people_fts(rowid, name, email, phone, street) {fts_row};
        END""")
    conn.execute("DELETE FROM people_fts")
    conn.execute(people_fts_fill("WHERE p.deleted = 0"))


def people_fts_fill(where: str) -> str:
    """INSERT that indexes the people ``where`` selects (alias ``p``), as of migration 3."""
    values = people_fts_values("p", "coalesce(a.street, '')")
    return ("INSERT INTO people_fts(rowid, name, email, phone, street) "
            f"SELECT p.rowid, {values} FROM people p LEFT JOIN addresses a ON a.id = p.address_id {where}")


def _v4_sync(conn: sqlite3.Connection) -> None:
    """Sync bookkeeping: the clock of every field, what each laptop has seen, bundles, conflicts.

    A field's clock is its row's origin clock (``origin_hlc``, ``origin_site``: when and where the
    row was made) unless the field was changed since; then ``field_clocks`` holds its clock and
    the clock of the value it replaced.  Everything here except the two columns is local to this
    laptop and never leaves it.
    """
    for table in SYNCABLE_TABLES:
        conn.execute(f"ALTER TABLE {table} ADD COLUMN origin_hlc TEXT NOT NULL DEFAULT ''")
        conn.execute(f"ALTER TABLE {table} ADD COLUMN origin_site TEXT NOT NULL DEFAULT ''")
        conn.execute(f"UPDATE {table} SET origin_hlc = hlc, origin_site = site_id")
        conn.execute(f"CREATE INDEX {table}_origin ON {table}(origin_site, origin_hlc)")
    conn.execute("ALTER TABLE people ADD COLUMN erased INTEGER NOT NULL DEFAULT 0 CHECK (erased IN (0, 1))")
    conn.execute("""CREATE TABLE field_clocks (
        tbl TEXT NOT NULL, row_id TEXT NOT NULL, field TEXT NOT NULL,
        hlc TEXT NOT NULL, site_id TEXT NOT NULL,
        prev_hlc TEXT NOT NULL DEFAULT '', prev_site TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (tbl, row_id, field)) STRICT, WITHOUT ROWID""")
    conn.execute("CREATE INDEX field_clocks_site ON field_clocks(site_id, hlc)")
    conn.execute("CREATE TABLE seen_vector (site_id TEXT PRIMARY KEY NOT NULL, hlc TEXT NOT NULL) STRICT")
    conn.execute("""CREATE TABLE peers (
        site_id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL DEFAULT '',
        public_key TEXT NOT NULL DEFAULT '', fingerprint TEXT NOT NULL DEFAULT '',
        trusted INTEGER NOT NULL DEFAULT 0, seen TEXT NOT NULL DEFAULT '{}',
        first_seen TEXT NOT NULL, last_seen TEXT NOT NULL) STRICT""")
    conn.execute("""CREATE TABLE bundles (
        id TEXT PRIMARY KEY NOT NULL, direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
        peer_site TEXT NOT NULL DEFAULT '', peer_name TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL, changes INTEGER NOT NULL DEFAULT 0, file_name TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '') STRICT""")
    conn.execute("""CREATE TABLE conflicts (
        id INTEGER PRIMARY KEY, tbl TEXT NOT NULL, row_id TEXT NOT NULL, field TEXT NOT NULL,
        kept_value TEXT, kept_hlc TEXT NOT NULL, kept_site TEXT NOT NULL,
        lost_value TEXT, lost_hlc TEXT NOT NULL, lost_site TEXT NOT NULL,
        at TEXT NOT NULL, resolved INTEGER NOT NULL DEFAULT 0) STRICT""")
    conn.execute("CREATE INDEX conflicts_row ON conflicts(tbl, row_id)")


# Syncable tables made after migration 1.  Not in SYNCABLE_TABLES: the earlier migrations go
# through that list when they run (_v1_tables makes each table, _v4_sync alters each one), so a
# table named there must exist from version 1 on.  The store learns these from store/notes.py.
# V5_TABLES are made by migration 5, MERGE_TABLES by migration 6; DIALOGUE_TABLES names them all.
V5_TABLES: dict[str, str] = {
    # One answer sheet from the kiosk as people leave; person_id only when the attendee chose to
    # give their name.  answers: a JSON object {question key: answer}.
    "exit_feedback": f"""
        meeting_id {_ref('meetings')} NOT NULL, person_id {_ref('people')},
        answers TEXT NOT NULL DEFAULT '{{}}', at TEXT NOT NULL""",
}


MERGE_TABLES: dict[str, str] = {
    # Two people someone said are not the same: the duplicate check does not propose them again.
    # The id is derived from the pair (sorted), so laptops converge on one row.
    "duplicate_dismissals": f"person_a {_ref('people')} NOT NULL, person_b {_ref('people')} NOT NULL",
    # A merge: merged_id became part of survivor_id.  The merged-away person stays as a deleted row
    # (so every link to it stays valid) and everything that pointed to it points to the survivor;
    # a link made later to the merged-away id (on a laptop that had not heard of the merge yet) is
    # pointed to the survivor when the two meet.  choices: a JSON object {field: "survivor" or
    # "merged"}; moved: a JSON object {what: how many} (the merge history shows it).
    "person_merges": f"""
        merged_id {_ref('people')} NOT NULL, survivor_id {_ref('people')} NOT NULL,
        choices TEXT NOT NULL DEFAULT '{{}}', moved TEXT NOT NULL DEFAULT '{{}}', at TEXT NOT NULL""",
}

DIALOGUE_TABLES: dict[str, str] = {**V5_TABLES, **MERGE_TABLES}


def _later_tables(conn: sqlite3.Connection, tables: dict[str, str]) -> None:
    for table, columns in tables.items():
        # The sync columns, and the origin clock _v4_sync gives every syncable table.
        conn.execute(f"CREATE TABLE {table} ({SYNC_COLUMNS},\n{columns},\n"
                     "origin_hlc TEXT NOT NULL DEFAULT '', origin_site TEXT NOT NULL DEFAULT '') STRICT")
        conn.execute(f"CREATE INDEX {table}_hlc ON {table}(hlc, site_id)")
        conn.execute(f"CREATE INDEX {table}_origin ON {table}(origin_site, origin_hlc)")


def _v5_dialogue(conn: sqlite3.Connection) -> None:
    """The dialogue: exit feedback, questions marked answered, action items by where they closed."""
    _later_tables(conn, V5_TABLES)
    conn.execute("CREATE INDEX exit_feedback_meeting ON exit_feedback(meeting_id)")
    # When a question asked at a meeting was answered (NULL: still open), for the summary.
    conn.execute("ALTER TABLE notes ADD COLUMN answered_at TEXT")
    conn.execute("CREATE INDEX actions_closed_in ON action_items(closed_in_meeting_id)")


def _v6_duplicates(conn: sqlite3.Connection) -> None:
    """Duplicates: pairs marked "not the same person", merges, and the links a merge moves."""
    _later_tables(conn, MERGE_TABLES)
    conn.execute("CREATE INDEX person_merges_merged ON person_merges(merged_id)")
    conn.execute("CREATE INDEX person_merges_survivor ON person_merges(survivor_id)")
    conn.execute("CREATE INDEX duplicate_dismissals_b ON duplicate_dismissals(person_b)")
    # What a merge looks for by person (attendance and note speakers have theirs since version 1).
    conn.execute("CREATE INDEX actions_owner ON action_items(owner_id) WHERE owner_id IS NOT NULL")
    conn.execute("CREATE INDEX responses_person ON responses(person_id) WHERE person_id IS NOT NULL")
    conn.execute("CREATE INDEX exit_feedback_person ON exit_feedback(person_id) WHERE person_id IS NOT NULL")


def syncable_tables() -> list[str]:
    """Every table whose rows travel between laptops, in an order where a row's links come first."""
    return [*SYNCABLE_TABLES, *DIALOGUE_TABLES]


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _v1_tables,
    _v2_people_search,
    _v3_people_matching,
    _v4_sync,
    _v5_dialogue,
    _v6_duplicates,
)
LATEST_VERSION = len(MIGRATIONS)
