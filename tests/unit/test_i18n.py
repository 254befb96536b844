"""Counts in user-visible text: "1 note" and "2 notes", with numbers as the chosen language writes them."""

from __future__ import annotations

from pathlib import Path

import pytest

from engagedesk.domain import i18n
from engagedesk.domain.i18n import count_text
from engagedesk.services.canvassing import Duplicate, ImportReport
from engagedesk.services.export import ExportResult


class Spanish(i18n.Formats):
    def number(self, value: int | float) -> str:
        return super().number(value).replace(",", "_").replace(".", ",").replace("_", ".")


@pytest.fixture
def spanish_numbers():
    i18n.set_formats(Spanish())
    yield
    i18n.set_formats(None)


def test_count_text_takes_the_one_form_for_1_only():
    assert count_text(1, "1 note", "{n} notes") == "1 note"
    assert count_text(2, "1 note", "{n} notes") == "2 notes"
    assert count_text(0, "1 note", "{n} notes") == "0 notes"
    assert count_text(1, "{n} conflict", "{n} conflicts") == "1 conflict"


def test_count_text_writes_the_number_as_the_language_does(spanish_numbers):
    assert count_text(1234, "1 nota", "{n} notas") == "1.234 notas"
    assert count_text(1, "una nota", "{n} notas") == "una nota"


def test_count_text_fills_other_placeholders_in_both_forms():
    assert count_text(1, "{shown} of 1 note shown", "{shown} of {n} notes shown", shown="0") == "0 of 1 note shown"
    assert count_text(3, "{shown} of 1 note shown", "{shown} of {n} notes shown", shown="2") == "2 of 3 notes shown"
    assert count_text(5, "1 found", "{count} found", count="5") == "5 found"
    assert count_text(1, "{n:>3}   former participant", "{n:>3}   former participants") == "  1   former participant"


def test_count_text_uses_the_translated_texts_it_is_given():
    spanish = {"1 note": "1 nota", "{n} notes": "{n} notas"}
    i18n.set_translator(lambda context, text: spanish.get(text, text))
    try:
        assert count_text(1, i18n.translate("Ctx", "1 note"), i18n.translate("Ctx", "{n} notes")) == "1 nota"
        assert count_text(2, i18n.translate("Ctx", "1 note"), i18n.translate("Ctx", "{n} notes")) == "2 notas"
    finally:
        i18n.set_translator(None)


def test_address_import_summary_reads_right_for_1_and_for_2():
    one = ImportReport(rows=3, imported=1, duplicates=(Duplicate(3, 2, "12 Elm St"), Duplicate(4, None, "7 Oak Ave")),
                       skipped=((5, "no street"),))
    assert one.summary() == "1 address imported; 1 duplicate in the file merged; 1 already here; 1 row skipped."
    two = ImportReport(rows=1_300, imported=1_234, duplicates=(Duplicate(3, 2, "a"), Duplicate(5, 4, "b")),
                       skipped=((6, "x"), (7, "y")))
    assert two.summary() == "1,234 addresses imported; 2 duplicates in the file merged; 2 rows skipped."


def test_export_summary_writes_numbers_as_the_language_does(spanish_numbers):
    result = ExportResult(path=Path("people.csv"), kind="people", rows=12_345, left_out=1_001)
    assert result.summary().startswith("Saved people.csv; rows written: 12.345. ")
    assert "have not agreed to be: 1.001." in result.summary()
