"""Validation rules and their messages, and how typed text is cleaned and folded."""

from __future__ import annotations

import unicodedata

import pytest

from engagedesk.domain.errors import FieldProblem, UserError, ValidationError
from engagedesk.domain.models import Address, AgendaItem, Meeting, Person
from engagedesk.domain.validation import (
    MAX_EMAIL,
    MAX_NAME,
    MAX_PHONE,
    clean_text,
    fold,
    phone_digits,
    validate_address,
    validate_meeting,
    validate_name,
    validate_person,
)


def problems_of(excinfo: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {problem.field: problem.message for problem in excinfo.value.problems}


# ------------------------------------------------------------------ people

@pytest.mark.parametrize("given, family, preferred", [
    ("", "", ""),
    ("   ", "\t", " \n "),
    ("\x00\x07", "", "\u3000"),  # control characters and an ideographic space are not a name
])
def test_a_person_needs_some_name(given, family, preferred):
    with pytest.raises(ValidationError) as excinfo:
        validate_person(Person(given_name=given, family_name=family, preferred_name=preferred))
    assert problems_of(excinfo) == {
        "given_name": "Please enter a name: a first or a last name is enough."}


@pytest.mark.parametrize("field", ["given_name", "family_name", "preferred_name"])
def test_any_one_name_is_enough(field):
    person = validate_person(Person(**{field: "  Amaru "}))
    assert getattr(person, field) == "Amaru"


@pytest.mark.parametrize("field, label", [
    ("given_name", "First name"),
    ("family_name", "Last name"),
    ("preferred_name", "Preferred name"),
    ("pronouns", "Pronouns"),
])
def test_a_ten_thousand_character_name_gets_a_length_message(field, label):
    fields = {"given_name": "Ana", field: "x" * 10_000}
    with pytest.raises(ValidationError) as excinfo:
        validate_person(Person(**fields))
    message = excinfo.value.for_field(field)
    assert message == (f"{label} is too long: 10,000 characters. "
                       f"Please shorten it to {MAX_NAME} or fewer.")
    assert message in excinfo.value.message


def test_name_length_limit_is_exact():
    assert validate_person(Person(given_name="é" * MAX_NAME)).given_name == "é" * MAX_NAME
    with pytest.raises(ValidationError) as excinfo:
        validate_person(Person(given_name="é" * (MAX_NAME + 1)))
    assert "201 characters" in excinfo.value.for_field("given_name")


def test_length_counts_characters_after_composing_accents():
    # 200 letters typed as letter + combining accent are 400 code points but 200 characters.
    decomposed = "e\u0301" * MAX_NAME
    assert validate_person(Person(given_name=decomposed)).given_name == "é" * MAX_NAME


@pytest.mark.parametrize("email", [
    "jose", "jose@", "@example.org", "jose@example", "jose@example.c", "jose @example.org",
    "jose@exa mple.org", "jose@@example.org", "jose@example.org.",
])
def test_bad_email_addresses_are_refused_with_an_example(email):
    with pytest.raises(ValidationError) as excinfo:
        validate_person(Person(given_name="José", email=email))
    assert problems_of(excinfo) == {
        "email": "This e-mail address looks incomplete. It should look like name@example.org."}


@pytest.mark.parametrize("email", [
    "jose.garcia@example.org", "o'brien+meetings@mail.example.co.uk", "zoë@exämple.de", "a@b.io",
])
def test_good_email_addresses_pass(email):
    assert validate_person(Person(given_name="José", email=f"  {email} ")).email == email


def test_an_overlong_email_gets_only_the_length_message():
    email = "a" * MAX_EMAIL + "@example.org"
    with pytest.raises(ValidationError) as excinfo:
        validate_person(Person(given_name="Ana", email=email))
    assert len(excinfo.value.problems) == 1
    assert excinfo.value.for_field("email").startswith("E-mail is too long: 266 characters.")


@pytest.mark.parametrize("phone", ["12", "call me", "+", "1" * 21])
def test_a_phone_number_needs_3_to_20_digits(phone):
    with pytest.raises(ValidationError) as excinfo:
        validate_person(Person(given_name="Ana", phone=phone))
    assert problems_of(excinfo) == {"phone": "A phone number needs between 3 and 20 digits."}


@pytest.mark.parametrize("phone", ["911", "555-0134", "+1 (555) 010-1234", "1" * 20, "ext. 123"])
def test_phone_numbers_are_kept_as_typed(phone):
    assert validate_person(Person(given_name="Ana", phone=phone)).phone == phone


def test_an_overlong_phone_gets_the_length_message():
    with pytest.raises(ValidationError) as excinfo:
        validate_person(Person(given_name="Ana", phone="5" * (MAX_PHONE + 1)))
    assert len(excinfo.value.problems) == 1
    assert excinfo.value.for_field("phone").startswith("Phone is too long: 41 characters.")


def test_every_problem_of_a_form_is_reported_at_once():
    with pytest.raises(ValidationError) as excinfo:
        validate_person(Person(email="nope", phone="1", notes="n" * 5_001))
    assert set(problems_of(excinfo)) == {"given_name", "email", "phone", "notes"}
    assert excinfo.value.message.count("\n") == 3
    assert excinfo.value.for_field("pronouns") is None


def test_validation_error_is_a_user_error_with_field_problems():
    error = ValidationError([FieldProblem("email", "Fix the e-mail.")])
    assert isinstance(error, UserError)
    assert str(error) == error.message == "Fix the e-mail."


def test_notes_keep_their_lines():
    person = validate_person(Person(given_name="Ana", notes="  line one\r\nline two\rthree\t4\x07 "))
    assert person.notes == "line one\nline two\nthree\t4"


def test_validated_person_is_a_cleaned_copy():
    original = Person(given_name=" Jose\u0301\n", family_name="García\x00")
    cleaned = validate_person(original)
    assert (cleaned.given_name, cleaned.family_name) == ("José", "García")
    assert cleaned.id == original.id
    assert original.given_name == " Jose\u0301\n"


# ------------------------------------------------------------------ addresses

def test_an_address_needs_a_street_or_postal_code():
    with pytest.raises(ValidationError) as excinfo:
        validate_address(Address(number="12", city="Riverside"))
    assert problems_of(excinfo) == {"street": "Please enter a street or a postal code."}
    assert validate_address(Address(postal_code=" 95001 ")).postal_code == "95001"
    assert validate_address(Address(street="Calle Peña")).street == "Calle Peña"


@pytest.mark.parametrize("lat, lon, field", [(90.5, 0.0, "lat"), (0.0, -180.01, "lon")])
def test_a_map_position_must_be_on_earth(lat, lon, field):
    with pytest.raises(ValidationError) as excinfo:
        validate_address(Address(street="Elm Street", lat=lat, lon=lon))
    assert problems_of(excinfo) == {field: "This map position is not on Earth; leave it empty if unsure."}


def test_long_address_parts_are_named():
    with pytest.raises(ValidationError) as excinfo:
        validate_address(Address(street="Elm Street", postal_code="9" * 10_000))
    assert excinfo.value.for_field("postal_code").startswith("Postal code is too long: 10,000 characters.")


# ------------------------------------------------------------------ meetings

def meeting(**fields) -> Meeting:
    return Meeting(**{"title": "Town hall", "starts_at": "2026-11-22T18:00", **fields})


def test_a_meeting_needs_a_title():
    with pytest.raises(ValidationError) as excinfo:
        validate_meeting(meeting(title="  \t"))
    assert problems_of(excinfo) == {"title": "Please give the meeting a title."}


@pytest.mark.parametrize("starts_at", ["", "tomorrow evening", "22/11/2026 18:00", "2026-13-01 10:00"])
def test_a_meeting_needs_a_start_time(starts_at):
    with pytest.raises(ValidationError) as excinfo:
        validate_meeting(meeting(starts_at=starts_at))
    assert problems_of(excinfo) == {
        "starts_at": "Please enter when the meeting starts, like 2026-11-22 18:00."}


@pytest.mark.parametrize("ends_at", [
    "2026-11-22T17:59", "2026-11-22 18:00", "2026-11-21T20:00",
    "2026-11-22T18:00:45",  # times are kept to the minute: this is the start minute again
])
def test_a_meeting_must_end_after_it_starts(ends_at):
    with pytest.raises(ValidationError) as excinfo:
        validate_meeting(meeting(ends_at=ends_at))
    assert problems_of(excinfo) == {"ends_at": "The meeting must end after it starts."}


def test_an_unreadable_end_time_is_named():
    with pytest.raises(ValidationError) as excinfo:
        validate_meeting(meeting(ends_at="late"))
    assert problems_of(excinfo) == {
        "ends_at": "Please enter when the meeting ends, like 2026-11-22 20:00, or leave it empty."}


def test_meeting_times_are_stored_in_one_form():
    # The message invites "2026-11-22 18:00"; stored times must still sort as text.
    cleaned = validate_meeting(meeting(starts_at="2026-11-22 18:00", ends_at=" 2026-11-22T20:00:00 "))
    assert (cleaned.starts_at, cleaned.ends_at) == ("2026-11-22T18:00", "2026-11-22T20:00")
    assert validate_meeting(meeting(ends_at="")).ends_at == ""


def test_a_time_zone_in_a_meeting_time_is_refused_not_a_crash():
    with pytest.raises(ValidationError) as excinfo:
        validate_meeting(meeting(starts_at="2026-11-22T18:00+01:00", ends_at="2026-11-22T20:00"))
    assert set(problems_of(excinfo)) == {"starts_at"}


def agenda(*items: tuple[str, int]) -> tuple[AgendaItem, ...]:
    return tuple(AgendaItem(meeting_id="m", position=99, title=title, minutes=minutes)
                 for title, minutes in items)


def test_agenda_items_are_cleaned_and_numbered_in_order():
    cleaned = validate_meeting(meeting(agenda=agenda((" Welcome ", 10), ("Budget\r\nvote", 30))))
    assert [(item.position, item.title, item.minutes) for item in cleaned.agenda] == [
        (0, "Welcome", 10), (1, "Budget\nvote", 30)]


def test_every_agenda_item_needs_a_title():
    with pytest.raises(ValidationError) as excinfo:
        validate_meeting(meeting(agenda=agenda(("Welcome", 10), ("   ", 5))))
    assert problems_of(excinfo) == {"agenda": "Every agenda item needs a title; remove the empty ones."}


@pytest.mark.parametrize("minutes", [-1, 24 * 60 + 1])
def test_agenda_item_length_is_bounded(minutes):
    with pytest.raises(ValidationError) as excinfo:
        validate_meeting(meeting(agenda=agenda(("Welcome", minutes))))
    assert problems_of(excinfo) == {"agenda": "An agenda item lasts between 0 and 1,440 minutes."}


def test_agenda_item_bounds_are_inclusive():
    cleaned = validate_meeting(meeting(agenda=agenda(("Quick", 0), ("All day", 24 * 60))))
    assert [item.minutes for item in cleaned.agenda] == [0, 1440]


def test_a_long_meeting_title_is_named():
    with pytest.raises(ValidationError) as excinfo:
        validate_meeting(meeting(title="T" * 10_000))
    assert excinfo.value.for_field("title") == (
        "Title is too long: 10,000 characters. Please shorten it to 200 or fewer.")


# ------------------------------------------------------------------ names of things

def test_validate_name_says_what_to_enter():
    with pytest.raises(ValidationError) as excinfo:
        validate_name(" \t", label="the organisation's name", field="organisation")
    assert problems_of(excinfo) == {"organisation": "Please enter the organisation's name."}
    with pytest.raises(ValidationError) as excinfo:
        validate_name("n" * 10_000, label="Name")
    assert problems_of(excinfo) == {
        "name": "Name is too long: 10,000 characters. Please shorten it to 200 or fewer."}
    assert validate_name("  Vecinos  Unidos ", label="Name") == "Vecinos  Unidos"


# ------------------------------------------------------------------ clean_text

def test_clean_text_composes_accents_nfc():
    typed = "Jose\u0301 Nun\u0303ez"
    cleaned = clean_text(typed)
    assert cleaned == "Jos\u00e9 Nu\u00f1ez"
    assert unicodedata.is_normalized("NFC", cleaned)
    assert len(cleaned) == len(typed) - 2


@pytest.mark.parametrize("typed, kept", [
    ("Ana\x00Lucía", "Ana Lucía"),
    ("Ana\tLucía", "Ana Lucía"),
    ("Ana\r\nLucía", "Ana Lucía"),
    ("\x1b[31mAna\x7f", "[31mAna"),
    ("Ana\x85Lucía\x9b", "Ana Lucía"),  # C1 control characters (NEL, CSI) too
])
def test_clean_text_drops_control_characters_from_one_line(typed, kept):
    assert clean_text(typed) == kept


def test_clean_text_multiline_keeps_line_breaks_and_tabs_only():
    assert clean_text("a\r\nb\rc\n\td\x00\x1b\x9b", multiline=True) == "a\nb\nc\n\td"


@pytest.mark.parametrize("name", [
    "Dana 🌻",
    "👩‍👩‍👧 family",          # zero-width joiners hold the emoji together
    "Bandera 🇲🇽",
    "محمد الحسن",              # Arabic, right to left
    "דוד כהן",                  # Hebrew, right to left
    "O'Brien", "D’Angelo", "N'Dour",  # straight and curly apostrophes
    "Jean-Luc", "Smith‐Jones", "Dubois-Lefèvre",
    "王芳", "김민준", "प्रिया शर्मा", "Γιώργος",
])
def test_clean_text_stores_names_as_typed(name):
    assert clean_text(name) == name
    assert validate_person(Person(given_name=name)).given_name == name


def test_clean_text_of_nothing_is_empty():
    assert clean_text(None) == ""
    assert clean_text("") == ""
    assert clean_text(" \x00 ") == ""


# ------------------------------------------------------------------ fold and phone digits

@pytest.mark.parametrize("text, folded", [
    ("José", "jose"),
    ("ÁLVAREZ", "alvarez"),
    ("Nguyễn Thảo", "nguyen thao"),
    ("Zoë Ünal-Brontë", "zoe unal-bronte"),
    ("Straße", "strasse"),
    ("Jose\u0301", "jose"),
    ("Мария", "мария"),
    ("O'Brien", "o'brien"),
])
def test_fold_ignores_case_and_accents(text, folded):
    assert fold(text) == folded


def test_fold_orders_accented_names_with_their_letters():
    names = ["Zúñiga", "Álvarez", "Brown", "álvaro", "Ébano"]
    assert sorted(names, key=fold) == ["Álvarez", "álvaro", "Brown", "Ébano", "Zúñiga"]


@pytest.mark.parametrize("phone, digits", [
    ("(555) 010-1234", "5550101234"),
    ("+44 20 7946 0958", "442079460958"),
    ("", ""),
])
def test_phone_digits(phone, digits):
    assert phone_digits(phone) == digits


# ------------------------------------------------------------------ what the models derive

def test_person_names_for_lists_and_public_screens():
    person = Person(given_name="Guadalupe", preferred_name="Lupe", family_name="Núñez")
    assert person.display_name == "Lupe Núñez"
    assert person.short_name == "Lupe N."
    assert Person(family_name="Núñez").short_name == "N."
    assert Person(given_name="Ana").short_name == "Ana"


@pytest.mark.parametrize("may, dnc, contactable", [(True, False, True), (True, True, False), (False, False, False)])
def test_contactable_respects_do_not_contact(may, dnc, contactable):
    assert Person(given_name="Ana", may_contact=may, do_not_contact=dnc).contactable is contactable


def test_address_on_one_line():
    assert Address(number="12", street="Calle Peña", unit="Apt 2", city="Riverside",
                   postal_code="95001").one_line() == "12 Calle Peña, Apt 2, Riverside, 95001"
    assert Address(unit="12B", postal_code="95001").one_line() == "12B, 95001"


# ------------------------------------------------------------------ the quick ways give the same answers

_TRICKY = ["", " ", "Ana", " Ana", "Ana ", "a|b", "a | b", "|", " |", "| ", "Jose\u0301", "José", "x\x00y", "x\ty",
           "line\r\nnext", "line\nnext", "\u00a0Ana", "Ana\u3000", "\u0301", "=1", "ß", "Ĳ", "ﬁ", "e\u0301\u0323"]


@pytest.mark.parametrize("multiline", [False, True])
def test_clean_texts_is_clean_text_of_each(multiline):
    from itertools import product

    from engagedesk.domain.validation import clean_texts

    for values in product(_TRICKY, repeat=2):
        assert clean_texts(values, multiline=multiline) == tuple(clean_text(v, multiline=multiline) for v in values)
    clean = ("Ana", "García", "ana@example.org")
    assert clean_texts(clean) is clean
    assert clean_texts(("Ana", None)) == ("Ana", "")


def test_fold_and_phone_digits_of_plain_text_are_the_general_rule():
    def general_fold(text: str) -> str:
        decomposed = unicodedata.normalize("NFKD", text.casefold())
        return "".join(ch for ch in decomposed if not unicodedata.combining(ch))

    for text in _TRICKY + ["ANA María", "O'Brien-Smith", "555-0134 ext. 12", "\u0663\u0664 55", "１２３"]:
        assert fold(text) == general_fold(text)
        assert phone_digits(text) == "".join(ch for ch in text if ch.isdigit() and ch.isascii())


def test_a_clean_person_or_address_is_returned_as_it_is():
    person = Person(given_name="Ana", family_name="Núñez", email="ana@example.org", phone="555-0134")
    assert validate_person(person) is person
    address = Address(number="12", street="Elm Street", postal_code="95001")
    assert validate_address(address) is address
    messy = Person(given_name=" Ana", family_name="Nu\u0301n\u0303ez")
    assert validate_person(messy) == Person(id=messy.id, given_name="Ana", family_name="Núñez")
