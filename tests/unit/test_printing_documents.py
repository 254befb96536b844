"""Printed documents, read back with pdftotext: every name there, pages numbered, markup literal."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import date

import pytest

from engagedesk.domain.models import Person
from engagedesk.services import demo, meetings, people, printing
from engagedesk.store import Store

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils (.ci/run installs it)")


def text_of(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def store():
    with Store.open(None) as made:
        demo.make_demo(made, people=300, seed=8, today=date(2026, 11, 22))
        yield made


def test_a_sign_in_sheet_lists_everyone_with_page_numbers(store, tmp_path):
    past = meetings.list_meetings(store, now=None)[1]
    prepared = printing.prepare_signin(store, past.id)
    text = text_of(prepared.render(), tmp_path)
    assert past.title in text
    pages = text.count("\f")
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    rows = prepared.document.rows
    assert len(rows) > 30  # the people who came, pre-filled
    for row in rows:
        name = row.name
        if name:
            # Arabic prints as shaped presentation forms in visual order: compare letters.
            word = unicodedata.normalize("NFKC", name.split()[0])
            flat = unicodedata.normalize("NFKC", text)
            assert word in flat or word[::-1] in flat, name


def test_markup_typed_as_a_name_prints_literally(store, tmp_path):
    meeting = meetings.list_meetings(store)[0]
    from engagedesk.services.desk import Desk

    person = people.add_person(store, Person(given_name="<b>Bold</b>", family_name='<img src="http://x/y.png">'))
    Desk.open(store, meeting.id).check_in(person)
    text = text_of(printing.prepare_signin(store, meeting.id).render(), tmp_path)
    assert "<b>Bold</b>" in text
    assert '<img src="http://x/y.png">' in text


def test_a_summary_and_a_packet_are_made(store, tmp_path):
    listed = meetings.list_meetings(store)
    summary = text_of(printing.prepare_summary(store, listed[1].id).render(), tmp_path)
    assert listed[1].title in summary and "Page 1 of" in summary
    packet = text_of(printing.prepare_packet(store, listed[0].id).render(), tmp_path)
    assert listed[0].title in packet and "Welcome and introductions" in packet


def test_a_summary_prints_devanagari_and_arabic_in_charts_tables_and_quotes(tmp_path):
    from engagedesk.printing.base import PageOptions
    from engagedesk.printing.summary import ActionRow, MeetingSummary, Quote, build_summary

    summary = MeetingSummary(
        title="बैठक किशोर", when="22 Nov 2026", total=3,
        themes=(("प्रिया शर्मा", 4), ("محمد الحسن", 2), ("Parks", 1)),
        decisions=("क्षत्रिय द्विवेदी",), actions=(ActionRow(text="महेन्द्र", owner="فاطمة عبد الله"),),
        quotes=(Quote(text="श्रीनिवास", attribution="किशोर"),))
    pdf = build_summary("संस्था", summary, PageOptions())
    text = unicodedata.normalize("NFKC", text_of(pdf, tmp_path))
    expected = ["बैठक किशोर", "प्रिया शर्मा", "क्षत्रिय द्विवेदी", "महेन्द्र", "श्रीनिवास", "संस्था"]
    for name in expected:  # the chart's label, the table, the quote, the page frame
        assert name in text, name
    for name in ("محمد الحسن", "فاطمة عبد الله"):
        assert all(word in text for word in name.split()), name
    assert not any(0xE000 <= ord(ch) <= 0xF8FF for ch in text)  # no glyph left without its letters


def test_dates_in_printed_documents_follow_the_chosen_language():
    from datetime import date, datetime

    from engagedesk.domain import i18n
    from engagedesk.printing.base import format_date, format_when

    assert format_when("2026-11-22T18:30", "2026-11-22T20:00") == "Sunday 22 November 2026, 18:30–20:00"
    assert format_date("2026-11-22") == "22 Nov 2026"

    class Spanish(i18n.Formats):
        def date(self, day: date, style: str = "medium") -> str:
            return {"long": "domingo, 22 de noviembre de 2026"}.get(style, "22 nov 2026")

        def time(self, moment) -> str:  # noqa: ANN001
            return moment.strftime("%H.%M")

        def date_time(self, moment: datetime) -> str:
            return "22/11/2026 18.30"

    i18n.set_formats(Spanish())
    try:
        assert format_when("2026-11-22T18:30", "2026-11-22T20:00") == "domingo, 22 de noviembre de 2026, 18.30–20.00"
        assert format_date("2026-11-22") == "22 nov 2026"
    finally:
        i18n.set_formats(None)
