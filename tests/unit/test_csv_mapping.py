"""Guessing which column holds which field, in English and Spanish, and remembering the choice."""

from __future__ import annotations

import json

import pytest

from engagedesk.domain.errors import UserError
from engagedesk.io.mapping import address_columns, check_mapping, guess_mapping, header_key, mapping_setting_key
from engagedesk.services import csv_import


@pytest.mark.parametrize("header, field", [
    ("First Name", "given_name"), ("first_name", "given_name"), ("Given name", "given_name"),
    ("FIRSTNAME", "given_name"), ("Nombre", "given_name"), ("Nombre(s)", "given_name"),
    ("Last Name", "family_name"), ("Surname", "family_name"), ("Apellido", "family_name"),
    ("Apellido(s)", "family_name"), ("APELLIDOS", "family_name"),
    ("Full name", "full_name"), ("Name", "full_name"), ("Nombre completo", "full_name"),
    ("Correo", "email"), ("Correo electrónico", "email"), ("correo_electronico", "email"), ("E-mail", "email"),
    ("Email Address", "email"), ("e-mail:", "email"),
    ("Teléfono", "phone"), ("TELEFONO", "phone"), ("Phone", "phone"), ("Phone (mobile)", "phone"),
    ("Celular", "phone"), ("Cell phone", "phone"),
    ("Zip", "postal_code"), ("ZIP Code", "postal_code"), ("Código postal", "postal_code"),
    ("codigo_postal", "postal_code"), ("Postal code", "postal_code"), ("C.P.", "postal_code"),
    ("Dirección", "address"), ("Address", "address"), ("Street address", "address"), ("Domicilio", "address"),
    ("Street", "street"), ("Calle", "street"), ("City", "city"), ("Ciudad", "city"), ("State", "region"),
    ("Apt", "unit"), ("Language", "language"), ("Idioma", "language"), ("Preferred language", "language"),
    ("Pronouns", "pronouns"), ("Notes", "notes"), ("Comentarios", "notes"),
    ("OK to contact", "may_contact"), ("Consent", "may_contact"), ("Acepta contacto", "may_contact"),
    ("Do not contact", "do_not_contact"), ("DNC", "do_not_contact"), ("No contactar", "do_not_contact"),
    ("Do Not Contact (yes/no)", "do_not_contact"), ("Opt-out", "do_not_contact"),
    ("Photo consent", "photo_consent"), ("Quote consent", "quote_consent"),
])
def test_common_headers_are_guessed(header, field):
    assert guess_mapping([header]) == [field]


@pytest.mark.parametrize("header", ["Favourite colour", "Score", "", "ID", "Shirt size"])
def test_unknown_headers_are_left_out(header):
    assert guess_mapping([header]) == [None]


def test_matching_ignores_accents_case_and_punctuation():
    assert header_key("  Correo-Electrónico ") == header_key("correo electronico") == "correo electronico"
    assert header_key("TELÉFONO #") == "telefono number"


def test_each_field_goes_to_the_first_column_that_claims_it():
    assert guess_mapping(["Email", "Correo", "Name"]) == ["email", None, "full_name"]


def test_name_beside_a_last_name_column_is_the_first_name():
    assert guess_mapping(["Name", "Last name", "Email"]) == ["given_name", "family_name", "email"]


def test_a_typical_spanish_sheet():
    headers = ["Nombre", "Apellido(s)", "Correo electrónico", "Teléfono", "Dirección", "Ciudad", "Código postal",
               "Idioma", "No contactar"]
    assert guess_mapping(headers) == ["given_name", "family_name", "email", "phone", "address", "city",
                                      "postal_code", "language", "do_not_contact"]


def test_the_address_target_knows_only_address_fields():
    headers = ["Numero", "Calle", "Apto", "Ciudad", "Zip", "Email", "Name"]
    assert guess_mapping(headers, "address") == ["number", "street", "unit", "city", "postal_code", None, None]


@pytest.mark.parametrize("headers, expected", [
    (["number", "street", "unit", "city", "state", "zip"],
     {"number": 0, "street": 1, "unit": 2, "city": 3, "region": 4, "postal_code": 5}),
    (["Número", "Calle", "Apartamento", "Ciudad", "Estado", "Código postal"],
     {"number": 0, "street": 1, "unit": 2, "city": 3, "region": 4, "postal_code": 5}),
    (["Address", "City", "Postal code"], {"address": 0, "city": 1, "postal_code": 2}),
    (["Dirección", "Ciudad", "CP"], {"address": 0, "city": 1, "postal_code": 2}),
])
def test_the_address_mapping_the_canvassing_import_uses(headers, expected):
    assert address_columns(headers) == expected


def test_check_mapping_says_what_to_fix():
    assert check_mapping(["given_name", "email", None]) == []
    assert "No column is set to a name" in check_mapping(["email", None])[0]
    assert "Two columns are set to \"E-mail\"" in check_mapping(["given_name", "email", "email"])[0]
    assert check_mapping(["street"], "address") == []
    assert check_mapping(["city"], "address")


def test_the_setting_key_depends_on_the_headers_not_their_spelling():
    assert mapping_setting_key(["First Name", "E-mail"]) == mapping_setting_key(["first_name", "e mail"])
    assert mapping_setting_key(["First Name", "E-mail"]) != mapping_setting_key(["E-mail", "First Name"])
    assert mapping_setting_key(["Zip"], "person") != mapping_setting_key(["Zip"], "address")


def test_a_mapping_is_remembered_for_the_same_shape_of_file(store):
    headers = ["Col A", "Col B", "Correo"]
    guessed, remembered = csv_import.mapping_for(store, headers)
    assert (guessed, remembered) == ([None, None, "email"], False)
    csv_import.remember_mapping(store, headers, ["given_name", "family_name", "email"])
    assert csv_import.mapping_for(store, ["col a", "COL B", "correo"]) == (["given_name", "family_name", "email"], True)
    assert csv_import.mapping_for(store, ["Col A", "Col B"])[1] is False


def test_a_remembered_mapping_that_no_longer_fits_is_ignored(store):
    headers = ["A", "B"]
    store.set_local_setting(mapping_setting_key(headers), json.dumps(["given_name", "no_such_field"]))
    assert csv_import.mapping_for(store, headers) == ([None, None], False)
    store.set_local_setting(mapping_setting_key(headers), "not json")
    assert csv_import.mapping_for(store, headers)[1] is False


def test_a_mapping_file_names_columns_by_header(tmp_path):
    path = tmp_path / "map.json"
    path.write_text(json.dumps({"Col A": "given_name", "col b": "email", "Extra": None}), encoding="utf-8")
    assert csv_import.load_mapping_file(path, ["Col A", "Col B", "Extra", "Other"]) == ["given_name", "email", None, None]


@pytest.mark.parametrize("text, words", [
    ("{not json", "not valid JSON"),
    ("[1, 2]", "one object"),
    ('{"Col A": "shoe_size"}', "not a field"),
    ('{"Nope": "email"}', "does not have: Nope"),
])
def test_a_bad_mapping_file_says_what_is_wrong(tmp_path, text, words):
    path = tmp_path / "map.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UserError) as raised:
        csv_import.load_mapping_file(path, ["Col A"])
    assert words in raised.value.message
