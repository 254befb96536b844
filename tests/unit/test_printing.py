"""Printed documents checked as a reader would: pdftotext for the words, pdfinfo for the paper.

Every name on a roster (accents, Chinese, Korean, Arabic, Devanagari, Cyrillic, Greek,
Vietnamese) is in the text; pages are numbered "Page n of m" on the right page; markup typed by
a user prints as the characters typed; empty meetings and turfs still make a sensible document.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from engagedesk.domain import i18n
from engagedesk.domain.errors import UserError
from engagedesk.domain.models import AgendaItem, Meeting, NoteKind, Person, Turf
from engagedesk.printing import arabic, fonts
from engagedesk.printing.base import Cancelled, PageOptions
from engagedesk.printing.preview import page_count
from engagedesk.services import actions, canvassing, demo, meetings, notes, people, printing
from engagedesk.services.desk import Desk
from engagedesk.store import Store
from engagedesk.store import canvassing as canvassing_table
from engagedesk.store.people import iter_people

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils (.ci/run installs it)")

MARKUP = '<b>Bold</b> & <img src="http://example.org/x.png"/>'
BIDI_CONTROLS = dict.fromkeys(range(0x202A, 0x202F)) | dict.fromkeys((0x200E, 0x200F))


def flat(text: str) -> str:
    """What a reader sees: presentation forms as letters, no bidi marks, one space between words."""
    text = unicodedata.normalize("NFKC", text).translate(BIDI_CONTROLS)
    return re.sub(r"\s+", " ", text)


def pdf_text(pdf: bytes, tmp_path: Path, *, layout: bool = False) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    command = ["pdftotext"] + (["-layout"] if layout else []) + [str(path), "-"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def pages_of(pdf: bytes, tmp_path: Path) -> list[str]:
    return pdf_text(pdf, tmp_path).split("\f")[:-1]


def page_size(pdf: bytes, tmp_path: Path) -> tuple[float, float]:
    path = tmp_path / "size.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    found = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info)
    assert found, info
    return float(found.group(1)), float(found.group(2))


@pytest.fixture(scope="module")
def store():
    with Store.open(None) as made:
        demo.make_demo(made, people=300, seed=11, today=date(2026, 11, 22))
        yield made


@pytest.fixture
def fresh():
    with Store.open(None) as made:
        demo.make_demo(made, people=40, seed=3, today=date(2026, 11, 22))
        yield made


def tonight(store: Store) -> Meeting:
    return next(m for m in meetings.list_meetings(store) if m.title.endswith("#4"))


def last_month(store: Store) -> Meeting:
    return next(m for m in meetings.list_meetings(store) if m.title.endswith("#3"))


def demo_turf(store: Store) -> Turf:
    turf_id = printing.choices(store).turfs[0][0]
    return canvassing_table.get_turf(store, turf_id)


# ------------------------------------------------------------------ fonts and scripts


@pytest.mark.parametrize("text, face", [
    ("José Núñez", fonts.SANS), ("Nguyễn Thảo", fonts.SANS), ("Иван Петров", fonts.SANS),
    ("Γιώργος", fonts.SANS), ("王伟", fonts.CJK), ("김민준", fonts.CJK), ("محمد الحسن", fonts.ARABIC),
    ("प्रिया शर्मा", fonts.DEVANAGARI),
])
def test_each_script_gets_a_font_that_draws_it(text, face):
    assert [f for f, _ in fonts.runs(text)] == [face]


def test_a_name_in_two_scripts_is_two_runs_and_neutrals_stay_outside_arabic():
    assert [(f.name, piece) for f, piece in fonts.runs("Ali (علي) 12")][0] == ("EngageSans", "Ali (")
    assert [f for f, _ in fonts.runs("Smith 王伟")] == [fonts.SANS, fonts.CJK]


def test_markup_is_escaped_and_runs_are_tagged():
    assert fonts.markup(MARKUP) == "&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;img src=\"http://example.org/x.png\"/&gt;"
    assert fonts.markup("王伟 <i>") == '<font name="EngageCJK">王伟</font> &lt;i&gt;'
    assert fonts.markup("one\ntwo", multiline=True) == "one<br/>two"


@pytest.mark.parametrize("word", ["محمد", "فاطمة", "الحسن", "ليلى", "لا", "مريم"])
def test_arabic_is_joined_and_reversed_and_reads_back(word):
    shown = arabic.visual(word)
    assert all(0xFB50 <= ord(ch) <= 0xFEFF for ch in shown)  # presentation forms
    assert unicodedata.normalize("NFKC", shown[::-1]) == word  # glyphs right to left read the word


# ------------------------------------------------------------------ shaping (Devanagari through HarfBuzz)

SHAPING_NAMES = ("प्रिया शर्मा", "किशोर क्षत्रिय", "महेन्द्र द्विवेदी", "श्रीनिवास", "محمد الحسن", "فاطمة عبد الله",
                 "Priya-प्रिया (किशोर), शर्मा", "José Núñez", "Nguyễn Thảo", "王伟", "김민준", "Иван Петров", "Γιώργος")
needs_shaping = pytest.mark.skipif(not fonts.SHAPING, reason="needs uharfbuzz")


def sheet_of(names, **columns) -> bytes:
    from engagedesk.printing.signin import SignInRow, SignInSheet, build_signin

    rows = tuple(SignInRow(name=name, email=f"p{i}@example.org", code=f"C{i:02d}") for i, name in enumerate(names))
    return build_signin("Org", SignInSheet("Meeting", rows=rows, **columns), PageOptions())


def one_line_pdf(text: str, size: float) -> bytes:
    """``text`` drawn with :func:`fonts.draw` on a small page, nothing else."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(300, 120))
    fonts.draw(canvas, 40, 40, text, size)
    canvas.save()
    return buffer.getvalue()


def grey_pixels(pdf: bytes, tmp_path: Path) -> list[list[int]]:
    """The first page rendered at 150 dpi, as rows of grey levels (0 ink, 255 paper)."""
    (tmp_path / "page.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-gray", "-r", "150", "-singlefile", str(tmp_path / "page.pdf"),
                    str(tmp_path / "page")], check=True)
    data = (tmp_path / "page.pgm").read_bytes()
    header = data.split(maxsplit=4)
    width, height = int(header[1]), int(header[2])
    pixels = data[len(data) - width * height:]
    return [list(pixels[row * width:(row + 1) * width]) for row in range(height)]


def hook_starts_at(pixels: list[list[int]]) -> float:
    """Where, as a share of the ink's width, the ink above the headline begins: the vowel sign
    i's hook over its consonant when shaped (near 0), over nothing after the consonant if not."""
    inked = [[x for x, v in enumerate(row) if v < 128] for row in pixels]
    headline = max(range(len(inked)), key=lambda y: len(inked[y]))
    left = min(x for row in inked if row for x in row)
    right = max(x for row in inked if row for x in row)
    above = [x for row in inked[:headline - 3] for x in row]
    return (min(above) - left) / (right - left)


def forget_shapes() -> None:
    fonts.shaped.cache_clear()
    fonts.markup.cache_clear()


@pytest.fixture
def unshaped(monkeypatch):
    """Printing as it is without uharfbuzz."""
    monkeypatch.setattr(fonts, "SHAPING", False)
    monkeypatch.setattr(fonts, "_warned", False)
    forget_shapes()
    yield
    forget_shapes()


@needs_shaping
def test_devanagari_is_shaped_like_a_browser_would_and_reads_back(tmp_path):
    pdf = sheet_of(SHAPING_NAMES, columns=("name", "email", "may_contact", "signature"))
    text = flat(pdf_text(pdf, tmp_path))
    for name in SHAPING_NAMES:
        # the shaped runs carry their letters (ActualText, ToUnicode): the very names come back
        assert flat(name) in text, name
    assert "\ufffd" not in text and not any(0xE000 <= ord(ch) <= 0xF8FF for ch in text)


@needs_shaping
def test_the_vowel_sign_i_is_drawn_left_of_its_consonant(tmp_path, request):
    drawn = fonts.shaped("कि", fonts.DEVANAGARI.name, 40)
    assert isinstance(drawn, str) and len(drawn) == 2
    # glyph order: the sign first; the PDF's ToUnicode map knows what its private glyph stands for
    assert fonts._glyph_letters[(fonts._font_key(fonts.pdfmetrics.getFont(fonts.DEVANAGARI.name)),
                                 ord(drawn[0]))] == "\u093f"
    assert drawn[1] == "क"
    shaped_at = hook_starts_at(grey_pixels(one_line_pdf("कि", 60), tmp_path))
    request.getfixturevalue("unshaped")
    unshaped_at = hook_starts_at(grey_pixels(one_line_pdf("कि", 60), tmp_path))
    assert shaped_at < 0.15 < 0.4 < unshaped_at, (shaped_at, unshaped_at)


@needs_shaping
def test_shaped_widths_size_the_columns_and_latin_is_untouched():
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth

    name = "प्रिया शर्मा"
    shaped = fonts.text_width(name, 10)
    assert shaped != pytest.approx(stringWidth(name, fonts.DEVANAGARI.name, 10))
    drawn = fonts.shaped("प्रिया", fonts.DEVANAGARI.name, 10)
    assert fonts.text_width("प्रिया", 10) == pytest.approx(sum(d.x_advance for d in drawn.__shapeData__) / 100)
    for latin in ("José Núñez", "Иван Петров", "Γιώργος", "AVATAR office"):
        assert fonts.text_width(latin, 10) == stringWidth(latin, fonts.REGULAR, 10)
    style = ParagraphStyle("s", fontName=fonts.REGULAR)
    assert fonts.style_for(fonts.markup("José 王伟 Иван"), style) is style  # reportlab's plain path
    assert fonts.style_for(fonts.markup(name), style).shaping


@needs_shaping
def test_a_long_devanagari_name_wraps_inside_its_cell(tmp_path):
    long_name = " ".join(["श्रीनिवासनारायणमूर्ति"] * 6)
    pdf = sheet_of([long_name, "José"], columns=("name", "email", "signature"))
    (tmp_path / "sheet.pdf").write_bytes(pdf)
    subprocess.run(["pdftotext", "-bbox", str(tmp_path / "sheet.pdf"), str(tmp_path / "box.html")], check=True)
    words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
                       (tmp_path / "box.html").read_text())
    email_left = min(float(x0) for x0, _, _, w in words if w == "E-mail")
    parts = [(float(x0), float(y0), float(x1)) for x0, y0, x1, w in words if "श्रीनिवास" in w]
    assert len({y for _, y, _ in parts}) >= 2  # wrapped onto lines
    assert max(x1 for *_, x1 in parts) < email_left


def test_without_uharfbuzz_it_still_prints_and_says_so_once(tmp_path, unshaped, caplog):
    with caplog.at_level("WARNING", logger=fonts.__name__):
        first = sheet_of(["प्रिया शर्मा", "किशोर", "محمد الحسن"])
        sheet_of(["महेन्द्र", "فاطمة"])
    text = flat(pdf_text(first, tmp_path))
    assert "प्रिया शर्मा" in text and "किशोर" in text and "محمد الحسن" in text
    said = [r.getMessage() for r in caplog.records if r.name == fonts.__name__]
    assert len(said) == 1 and "uharfbuzz" in said[0]
    assert not re.search("[\u0600-\u06ff\u0900-\u097f]", said[0])  # no name in the log


@needs_shaping
@pytest.mark.parametrize("name, words", [
    ("محمد الحسن", ["محمد", "الحسن"]), ("عائشہ ٹیپو", ["عائشہ", "ٹیپو"]), ("فاطمة عبد الله", ["فاطمة", "عبد", "الله"]),
])
def test_arabic_script_names_join_and_run_right_to_left(tmp_path, name, words):
    drawn = fonts.shaped(fonts.runs(name)[0][1], fonts.ARABIC.name, 10)
    # every letter in its joining form, Urdu's too (alef alone has none after a non-joiner)
    assert all(0xFB50 <= ord(ch) <= 0xFEFF or ch in " \u0627" for ch in drawn), [hex(ord(ch)) for ch in drawn]
    text = flat(pdf_text(sheet_of([name]), tmp_path))
    assert name in text  # the reader puts the right-to-left run back in reading order
    pdf = one_line_pdf(name, 20)
    (tmp_path / "one.pdf").write_bytes(pdf)
    box = subprocess.run(["pdftotext", "-bbox", str(tmp_path / "one.pdf"), "-"], capture_output=True,
                         text=True, check=True).stdout
    # -bbox lists each word's glyphs as drawn, left to right
    found = {flat(w[::-1]): float(x) for x, w in re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>', box)}
    lefts = [found[word] for word in words]
    assert lefts == sorted(lefts, reverse=True)  # the first word on the right


# ------------------------------------------------------------------ sign-in sheet


def test_every_name_of_the_roster_prints_on_a_sign_in_sheet(store, tmp_path):
    everyone = list(iter_people(store))
    prepared = printing.prepare_signin(store, tonight(store).id, person_ids=[p.id for p in everyone],
                                       blank_rows=0)
    pdf = prepared.render()
    text = flat(pdf_text(pdf, tmp_path))
    scripts = set()
    squeezed = text.replace(" ", "")
    for person in everyone:
        name = flat(person.display_name)
        if fonts.runs(name)[0][0] is fonts.CJK:
            # Droid's space is narrow: pdftotext reads "伟 刘" as "伟刘" (it prints with its space).
            assert name.replace(" ", "") in squeezed, person.display_name
        else:
            assert name in text, person.display_name
        scripts |= {fonts.runs(person.display_name)[0][0].name}
    assert {"EngageSans", "EngageCJK", "EngageArabic", "EngageDevanagari"} <= scripts
    pages = pages_of(pdf, tmp_path)
    assert len(pages) == page_count(pdf) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
    assert f"{len(everyone)}" in pages[-1]  # rows numbered to the last


def test_pre_filled_rows_carry_codes_and_contacts_are_masked(store, tmp_path):
    prepared = printing.prepare_signin(store, tonight(store).id, columns=("name", "email", "phone", "signature"))
    rows = prepared.document.rows
    assert rows and len({row.code for row in rows}) == len(rows)
    assert all(not row.email or "•••@" in row.email for row in rows)
    text = pdf_text(prepared.render(), tmp_path)
    assert rows[0].code in text and "Code" in text
    full = printing.prepare_signin(store, tonight(store).id, columns=("name", "email"), full_contacts=True)
    assert any("@" in row.email and "•" not in row.email for row in full.document.rows)


def test_sheet_codes_are_short_stable_and_unique():
    ids = [f"person-{n}" for n in range(3000)]
    codes = printing.sheet_codes(ids)
    assert len(set(codes.values())) == len(ids)
    assert codes == printing.sheet_codes(ids)
    assert all(re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4,6}", code) for code in codes.values())
    assert printing.mask_email("jose.garcia@example.org") == "jo•••@example.org"
    assert printing.mask_phone("(555) 012-3456") == "•••3456"


def test_a_blank_sheet_numbers_its_rows_across_pages(store, tmp_path):
    pdf = printing.make(store, "signin", None, blank_rows=60)
    pages = pages_of(pdf, tmp_path)
    assert len(pages) == 3
    assert "Page 2 of 3" in pages[1] and "Page 3 of 3" in pages[2]
    assert re.search(r"\b60\b", pages[-1]) and "E-mail" in pages[0]


def test_a_long_name_wraps_inside_its_cell(fresh, tmp_path):
    meeting = tonight(fresh)
    long_name = " ".join(["Wolfeschlegelsteinhausenbergerdorff"] * 4)
    person = people.add_person(fresh, Person(given_name="Hubert", family_name=long_name, email="h@example.org"))
    Desk.open(fresh, meeting.id).check_in(person)
    pdf = printing.make(fresh, "signin", meeting.id, columns=("name", "email", "signature"), full_contacts=True)
    path = tmp_path / "bbox.html"
    (tmp_path / "sheet.pdf").write_bytes(pdf)
    subprocess.run(["pdftotext", "-bbox", str(tmp_path / "sheet.pdf"), str(path)], check=True)
    words = re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
                       path.read_text())
    email_left = min(float(x0) for x0, _, w in words if w == "E-mail")
    parts = [(float(x0), float(x1)) for x0, x1, w in words if "Wolfeschlegel" in w or "dorff" in w]
    assert len(parts) >= 4
    assert max(x1 for _, x1 in parts) < email_left  # never runs into the next column
    assert all(float(x1) < 612 - 30 for _, x1, _ in words)  # nor off the page


def test_markup_in_user_text_prints_literally_and_fetches_nothing(fresh, tmp_path):
    meeting = meetings.create_meeting(fresh, Meeting(
        title=f"Town hall {MARKUP}", series="", starts_at="2026-12-01T18:00", place=MARKUP,
        agenda=(AgendaItem(meeting_id="", position=0, title=MARKUP, minutes=10),)))
    person = people.add_person(fresh, Person(given_name="<b>Bold</b>", family_name='<img src="x.png">',
                                             quote_consent=True))
    Desk.open(fresh, meeting.id).check_in(person)
    notes.add_note(fresh, meeting.id, f"We decided {MARKUP}", NoteKind.DECISION, speaker_id=person.id,
                   themes=[MARKUP])
    notes.add_note(fresh, meeting.id, f"Quote {MARKUP}", NoteKind.QUOTE, speaker_id=person.id)
    actions.create_action(fresh, meeting.id, f"Do {MARKUP}", owner_id=person.id)
    for kind in ("signin", "packet", "summary"):
        pdf = printing.make(fresh, kind, meeting.id)
        text = flat(pdf_text(pdf, tmp_path))
        assert MARKUP in text, kind
        assert '<b>Bold</b> <img src="x.png">' in text, kind
        assert b"/Subtype /Image" not in pdf and b"example.org" not in pdf.replace(b"example.org/x.png", b""), kind
    summary = flat(pdf_text(printing.make(fresh, "summary", meeting.id), tmp_path))
    assert f"We decided {MARKUP}" in summary and f"Do {MARKUP}" in summary and f"Quote {MARKUP}" in summary


# ------------------------------------------------------------------ meetings: summary and packet


def test_a_summary_credits_quotes_only_with_consent(fresh, tmp_path):
    meeting = tonight(fresh)
    agrees = people.add_person(fresh, Person(given_name="Ana", family_name="Quotable", quote_consent=True))
    declines = people.add_person(fresh, Person(given_name="Bo", family_name="Private", quote_consent=False))
    desk = Desk.open(fresh, meeting.id)
    desk.check_in(agrees)
    desk.check_in(declines)
    notes.add_note(fresh, meeting.id, "The park needs lights.", NoteKind.QUOTE, speaker_id=agrees.id, themes=["Parks"])
    notes.add_note(fresh, meeting.id, "My street floods.", NoteKind.QUOTE, speaker_id=declines.id, themes=["Parks"])
    text = flat(pdf_text(printing.make(fresh, "summary", meeting.id), tmp_path))
    assert "— Ana Quotable" in text
    assert "Bo Private" not in text and "— a participant" in text
    assert "2 people came" in text and "Parks" in text and "Page 1 of 1" in text


def test_an_empty_meeting_still_makes_each_document(fresh, tmp_path):
    meeting = meetings.create_meeting(fresh, Meeting(title="Brand new group", starts_at="2027-01-10T10:00"))
    sheet = pages_of(printing.make(fresh, "signin", meeting.id), tmp_path)
    assert "Brand new group" in sheet[0] and "25" in sheet[-1]  # 25 blank rows when nobody is expected
    summary = flat(pdf_text(printing.make(fresh, "summary", meeting.id), tmp_path))
    assert "Nobody is signed in" in summary and "No notes were taken" in summary
    packet = printing.make(fresh, "packet", meeting.id)
    text = flat(pdf_text(packet, tmp_path))
    assert "No agenda yet" in text and "None: every earlier action item is done" in text
    pages = pages_of(packet, tmp_path)
    assert len(pages) == page_count(packet) >= 3  # cover, sign-in sheet, a page for notes
    assert "Nobody" not in pages[0] and "Please write your name" in pages[1] and "Notes" in pages[-1]


def test_a_packet_has_agenda_times_open_actions_last_meeting_and_the_sheet(store, tmp_path):
    meeting = tonight(store)
    pdf = printing.make(store, "packet", meeting.id, note_pages=2)
    pages = pages_of(pdf, tmp_path)
    cover = flat(pages[0])
    assert "18:30 Welcome and introductions" in cover and "18:40 Updates from last meeting" in cover
    assert "Open action items from earlier meetings" in cover
    text = flat(" ".join(pages))
    assert "Last meeting" in text and last_month(store).title in text
    assert "Find your name and tick the box" in text
    assert pages[-1].strip().startswith("Riverside") and f"Page {len(pages)} of {len(pages)}" in pages[-1]


@pytest.mark.parametrize("options", [PageOptions(), PageOptions(paper="a4", landscape=True, large_print=True)])
def test_a_2000_character_agenda_item_flows_on(fresh, tmp_path, options):
    words = [f"word{n:03d}" for n in range(250)]
    item = " ".join(words)[:2000]
    meeting = meetings.create_meeting(fresh, Meeting(
        title="Long agenda", starts_at="2027-02-01T19:00",
        agenda=(AgendaItem(meeting_id="", position=0, title=item, minutes=30),
                AgendaItem(meeting_id="", position=1, title="Close", minutes=5))))
    pdf = printing.make(fresh, "packet", meeting.id, options=options, note_pages=0)
    text = flat(pdf_text(pdf, tmp_path))
    places = [text.find(word) for word in item.split()]
    assert -1 not in places and places == sorted(places)  # every word, in order, across pages
    assert "19:30 Close" in text



class SpanishNumbers(i18n.Formats):
    def number(self, value: int | float) -> str:
        return super().number(value).replace(",", " ").replace(".", ",").replace(" ", ".")


@pytest.fixture
def spanish_numbers():
    i18n.set_formats(SpanishNumbers())
    yield
    i18n.set_formats(None)


def test_a_summary_says_1_in_the_singular_and_writes_hours_as_the_language_does(tmp_path, spanish_numbers):
    from engagedesk.printing.summary import MeetingSummary, Voices, build_summary

    summary = MeetingSummary(title="Small meeting", total=1, walk_ins=1, volunteer_hours=1.5,
                             by_role={"volunteer": 1},
                             voices=Voices(speakers=1, notes=1, not_heard=1, by_kind={"comment": 1, "idea": 2}))
    text = flat(pdf_text(build_summary("Org", summary, PageOptions()), tmp_path))
    assert "1 signed up at the door; 1 volunteer; 1,5 volunteer hours." in text
    assert "1 person spoke. 1 note was taken; 1 person who signed in was not heard from." in text
    assert "1 comment, 2 ideas." in text
    more = MeetingSummary(title="Big meeting", total=1234, walk_ins=2, volunteer_hours=2.0,
                          voices=Voices(speakers=3, notes=1200, not_heard=2))
    text = flat(pdf_text(build_summary("Org", more, PageOptions()), tmp_path))
    assert "Big meeting 1.234 0 0 3 people came" in text   # the figures, then what they count
    assert "2 signed up at the door; 2 volunteer hours." in text
    assert "3 different people spoke. 1.200 notes were taken; 2 people who signed in were not heard from." in text


def test_feedback_cards_are_counted_in_the_singular_and_the_average_follows_the_language(spanish_numbers):
    from types import SimpleNamespace

    assert printing._feedback_line(SimpleNamespace(responses=1, heard_average=4.5)) == \
        "1 feedback card. Felt heard: 4,5 out of 5 on average."
    assert printing._feedback_line(SimpleNamespace(responses=2, heard_average=4)) == \
        "2 feedback cards. Felt heard: 4,0 out of 5 on average."


# ------------------------------------------------------------------ paper


@pytest.mark.parametrize("paper, landscape, size", [
    ("letter", False, (612, 792)), ("a4", False, (595.28, 841.89)),
    ("letter", True, (792, 612)), ("a4", True, (841.89, 595.28)),
])
def test_letter_and_a4_portrait_and_landscape(store, tmp_path, paper, landscape, size):
    pdf = printing.make(store, "summary", last_month(store).id, options=PageOptions(paper=paper, landscape=landscape))
    width, height = page_size(pdf, tmp_path)
    assert (round(width), round(height)) == (round(size[0]), round(size[1]))


def test_large_print_takes_more_pages(store):
    normal = page_count(printing.make(store, "signin", tonight(store).id))
    large = page_count(printing.make(store, "signin", tonight(store).id, options=PageOptions(large_print=True)))
    assert large > normal


# ------------------------------------------------------------------ walk lists and canvass summaries


def test_a_walk_list_goes_street_by_street_and_leaves_out_do_not_contact(tmp_path):
    with Store.open(None) as fresh:
        demo.make_demo(fresh, people=300, seed=5, today=date(2026, 11, 22))
        check_walk_list(fresh, tmp_path)


def check_walk_list(fresh: Store, tmp_path: Path) -> None:
    turf = demo_turf(fresh)
    walk = canvassing.walk_list(fresh, turf.id)
    doors = [door for door in walk.doors if not door.do_not_contact]
    refused, kept = doors[0], doors[1]
    canvassing.log_knock(fresh, turf.campaign_id, refused.address.id, "do not contact")
    private = people.add_person(fresh, Person(given_name="Hidden", family_name="Neighbour", do_not_contact=True,
                                              do_not_contact_since="2026-01-01"))
    fresh.update("people", private.id, {"address_id": kept.address.id})  # lives at a door still knocked
    printed = printing.walk_list(fresh, turf.id)
    assert printed.doors_left_out >= 1 and printed.people_left_out >= 1
    text = flat(pdf_text(printing.make(fresh, "walklist", turf.id), tmp_path))
    assert "Hidden Neighbour" not in text
    assert "Script: key points" in text and "NH not home" in text and "Q1" in text
    for group in printed.groups:
        numbers = [int(re.match(r"\d+", d.number).group()) for d in group.doors if re.match(r"\d+", d.number)]
        assert numbers == sorted(numbers)
        assert all((n % 2 == 1) == (group.side == "odd") for n in numbers)
    sides = [(g.street, g.side) for g in printed.groups]
    assert len(sides) == len(set(sides))


def test_an_empty_turf_and_a_campaign_with_no_knocks_still_print(fresh, tmp_path):
    campaign = canvassing.create_campaign(fresh, "Quiet campaign", script="Hello!\n- Be kind")
    turf = Turf(campaign_id=campaign.id, name="Nobody's Lane")
    canvassing_table.insert_turfs(fresh, [(turf, [])])
    pdf = printing.make(fresh, "walklist", turf.id)
    text = flat(pdf_text(pdf, tmp_path))
    assert "Nobody's Lane" in text and "no doors to knock yet" in text and "Be kind" in text
    assert page_count(pdf) == 1
    summary = flat(pdf_text(printing.make(fresh, "canvass", campaign.id), tmp_path))
    assert "No doors have been knocked" in summary



def test_a_walk_list_of_one_street_with_one_door_left_out_says_so_in_the_singular(fresh, tmp_path):
    from engagedesk.domain.models import Address

    campaign = canvassing.create_campaign(fresh, "Small campaign")
    doors = [Address(number=str(n), street="Elm Street") for n in (3, 5, 7)]
    canvassing_table.insert_addresses(fresh, doors)
    turf = Turf(campaign_id=campaign.id, name="Elm")
    canvassing_table.insert_turfs(fresh, [(turf, [a.id for a in doors])])
    canvassing.log_knock(fresh, campaign.id, doors[0].id, "do not contact")
    private = people.add_person(fresh, Person(given_name="Hidden", family_name="Neighbour", do_not_contact=True,
                                              do_not_contact_since="2026-01-01"))
    neighbour = people.add_person(fresh, Person(given_name="Open", family_name="Neighbour"))
    for person in (private, neighbour):
        fresh.update("people", person.id, {"address_id": doors[1].id})   # a door still knocked
    text = flat(pdf_text(printing.make(fresh, "walklist", turf.id), tmp_path))
    assert ("2 doors on 1 street. 1 door left out (do not contact); "
            "1 person left out (asked not to be contacted).") in text
    canvassing.log_knock(fresh, campaign.id, doors[1].id, "do not contact")
    text = flat(pdf_text(printing.make(fresh, "walklist", turf.id), tmp_path))
    assert "1 door on 1 street. 2 doors left out (do not contact)" in text


def test_a_canvass_summary_says_1_answered(tmp_path, spanish_numbers):
    from engagedesk.printing.canvass import CanvassSummary, QuestionTally, TurfTally, build_canvass

    summary = CanvassSummary(campaign="C", knocks=1500, outcomes=(("not home", 1500),),
                             questions=(QuestionTally("Trees?", (("yes", 1),), answered=1),
                                        QuestionTally("Lights?", (("no", 2),), answered=2)),
                             turfs=(TurfTally("T", "", 2000, 1500, 1),))
    text = flat(pdf_text(build_canvass("Org", summary, PageOptions()), tmp_path))
    assert "Q1. Trees? 1 answered" in text and "Q2. Lights? 2 answered" in text
    assert "C 2.000 1.500 1 1.500 doors in turfs" in text   # the figures, then what they count
    by_turf = text.split("By turf")[1].split("Q1.")[0]
    assert "2.000" in by_turf and "1.500 1" in by_turf          # the turf's row
    assert "not home 1.500" in text                           # the chart's count


def test_a_canvass_summary_charts_every_question(store, tmp_path):
    campaign_id = printing.choices(store).campaigns[0][0]
    text = flat(pdf_text(printing.make(store, "canvass", campaign_id), tmp_path))
    for prompt in ("Have you been to a town hall meeting?", "What should the city fix first?",
                   "How safe do you feel walking at night?", "What would you tell the mayor?"):
        assert prompt in text
    assert "Outcomes at the door" in text and "By turf" in text and "Street lighting" in text


# ------------------------------------------------------------------ ids, saving, stopping


def test_unknown_ids_are_refused_clearly(store):
    for kind, word in (("summary", "meeting"), ("packet", "meeting"), ("walklist", "turf"), ("canvass", "campaign")):
        with pytest.raises(UserError, match=f"no {word} with the id nope"):
            printing.prepare(store, kind, "nope")


def test_a_pdf_is_saved_whole_or_not_at_all(tmp_path):
    target = printing.write_pdf(b"%PDF-1.4 test", tmp_path / "out.pdf")
    assert target.read_bytes() == b"%PDF-1.4 test" and list(tmp_path.iterdir()) == [target]
    with pytest.raises(UserError, match="is a folder"):
        printing.write_pdf(b"x", tmp_path)
    with pytest.raises(UserError, match="does not exist"):
        printing.write_pdf(b"x", tmp_path / "missing" / "out.pdf")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if not os.access(locked, os.W_OK):  # (root may write anywhere: then there is nothing to refuse)
            with pytest.raises(UserError, match="permission denied"):
                printing.write_pdf(b"x", locked / "out.pdf")
    finally:
        locked.chmod(0o700)


def test_a_build_can_be_stopped(store):
    prepared = printing.prepare_signin(store, None, blank_rows=500)
    seen: list[int] = []
    with pytest.raises(Cancelled):
        prepared.render(progress=seen.append, cancelled=lambda: len(seen) >= 2)
    assert seen == [1, 2]
