"""Which column of a spreadsheet holds which field: guessed from its header, in English or Spanish.

Headers are compared accent-, case- and punctuation-insensitively ("Correo electrónico",
"correo_electronico" and "CORREO-ELECTRONICO" are the same).  Two targets: ``person`` (people
with their address and consent) and ``address`` (doors for canvassing).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from engagedesk.domain.i18n import translate
from engagedesk.domain.validation import fold

TARGETS = ("person", "address")


def _tr(text: str) -> str:
    return translate("CsvMapping", text)


# field -> header names (as header_key makes them); the first field that claims a header wins.
_ADDRESS_HEADERS: dict[str, tuple[str, ...]] = {
    "number": ("number", "no", "nr", "num", "house number", "house no", "street number", "housenumber",
               "numero", "numero de casa", "num casa", "nro", "n", "numero exterior", "no exterior"),
    "street": ("street", "street name", "road", "calle", "nombre de calle", "via", "avenida"),
    "address": ("address", "street address", "address line 1", "address 1", "address1", "addr",
                "mailing address", "home address", "direccion", "domicilio", "direccion 1",
                "direccion postal", "calle y numero"),
    "unit": ("unit", "apt", "apartment", "suite", "flat", "address line 2", "address 2", "address2",
             "apto", "apartamento", "unidad", "depto", "departamento", "piso", "interior", "numero interior"),
    "city": ("city", "town", "ciudad", "municipio", "localidad", "poblacion", "city town"),
    "region": ("region", "state", "province", "county", "estado", "provincia", "departamento region"),
    "postal_code": ("postal code", "postcode", "post code", "zip", "zip code", "zipcode", "codigo postal",
                    "cp", "codigo", "c p", "postal", "zip postal code", "cod postal"),
}

_PERSON_HEADERS: dict[str, tuple[str, ...]] = {
    "given_name": ("first name", "firstname", "first", "given name", "givenname", "forename", "fname",
                   "nombre", "nombres", "primer nombre", "nombre de pila", "name first"),
    "family_name": ("last name", "lastname", "last", "surname", "family name", "familyname", "lname",
                    "apellido", "apellidos", "apellido s", "primer apellido", "name last"),
    "full_name": ("name", "full name", "fullname", "contact name", "person", "nombre completo",
                  "nombre y apellido", "nombre y apellidos", "contacto"),
    "preferred_name": ("preferred name", "nickname", "goes by", "known as", "apodo", "nombre preferido"),
    "pronouns": ("pronouns", "pronoun", "pronombres", "pronombre"),
    "email": ("email", "e mail", "email address", "e mail address", "mail", "correo", "correo electronico",
              "email 1", "primary email", "e correo", "direccion de correo", "direccion de correo electronico"),
    "phone": ("phone", "phone number", "telephone", "tel", "mobile", "cell", "cell phone", "mobile phone",
              "home phone", "primary phone", "telefono", "numero de telefono", "celular", "movil",
              "telefono celular", "tel movil"),
    "language": ("language", "preferred language", "lang", "idioma", "lengua", "idioma preferido"),
    "notes": ("notes", "note", "comments", "comment", "remarks", "notas", "nota", "comentarios",
              "comentario", "observaciones"),
    "may_contact": ("may contact", "ok to contact", "okay to contact", "can contact", "consent",
                    "contact consent", "consent to contact", "opt in", "optin", "subscribed", "email opt in",
                    "acepta contacto", "consentimiento", "consiente contacto", "autoriza contacto",
                    "se puede contactar", "puede contactar", "contactar"),
    "do_not_contact": ("do not contact", "dnc", "do not call", "dont contact", "don t contact", "opt out",
                       "optout", "unsubscribed", "no contact", "no contactar", "no llamar", "no molestar"),
    "do_not_contact_reason": ("do not contact reason", "dnc reason", "opt out reason",
                              "motivo no contactar", "razon no contactar"),
    "photo_consent": ("photo consent", "photo ok", "photos ok", "photo release", "consentimiento foto",
                      "consentimiento de foto", "fotos", "autoriza fotos"),
    "quote_consent": ("quote consent", "quote ok", "may quote", "consentimiento cita", "citar",
                      "autoriza citar"),
}
_PERSON_HEADERS.update(_ADDRESS_HEADERS)

#: The fields of each target, in the order a mapping screen lists them, with their labels.
FIELD_LABELS: dict[str, dict[str, str]] = {
    "person": {
        "given_name": "First name", "family_name": "Last name", "full_name": "Full name (first and last)",
        "preferred_name": "Preferred name", "pronouns": "Pronouns", "email": "E-mail", "phone": "Phone",
        "language": "Language", "address": "Address (number and street)", "number": "House number",
        "street": "Street", "unit": "Apartment or unit", "city": "City", "region": "State or region",
        "postal_code": "Postal code", "notes": "Notes", "may_contact": "May contact (yes/no)",
        "do_not_contact": "Do not contact (yes/no)", "do_not_contact_reason": "Do-not-contact reason",
        "photo_consent": "Photo consent (yes/no)", "quote_consent": "Quote consent (yes/no)",
    },
    "address": {
        "address": "Address (number and street)", "number": "House number", "street": "Street",
        "unit": "Apartment or unit", "city": "City", "region": "State or region", "postal_code": "Postal code",
    },
}

_HEADERS = {"person": _PERSON_HEADERS, "address": _ADDRESS_HEADERS}
_LOOKUP = {target: {name: f for f, names in headers.items() for name in names}
           for target, headers in _HEADERS.items()}


def field_label(target: str, field: str) -> str:
    return _tr(FIELD_LABELS[target][field])


def fields(target: str) -> list[str]:
    return list(FIELD_LABELS[target])


def header_key(text: str) -> str:
    """The comparable form of a header: folded, words of letters and digits, one space between."""
    text = fold(text.replace("º", "o").replace("#", " number ").replace("@", " at "))
    text = re.sub(r"([a-z])\(s\)", r"\1s", text)  # "apellido(s)" -> "apellidos"
    return " ".join(re.findall(r"[a-z0-9]+", text))


def guess_mapping(headers: Sequence[str], target: str = "person") -> list[str | None]:
    """For each column, the field it most likely holds (None: leave it out).  Each field is
    given to one column only, the first that claims it."""
    if target not in _LOOKUP:
        raise ValueError(f"unknown target {target!r}")
    lookup = _LOOKUP[target]
    taken: set[str] = set()
    mapping: list[str | None] = []
    for header in headers:
        key = header_key(header)
        found = lookup.get(key)
        if found is None and key:
            found = _loose_guess(key, lookup)
        if found is not None and found not in taken:
            taken.add(found)
            mapping.append(found)
        else:
            mapping.append(None)
    if target == "person" and "full_name" in taken and ("given_name" in taken or "family_name" in taken):
        # "Name" beside "Last name" is the first name (a common layout of sign-in sheets).
        if "given_name" not in taken:
            mapping = ["given_name" if f == "full_name" else f for f in mapping]
    return mapping


def _loose_guess(key: str, lookup: dict[str, str]) -> str | None:
    """A header with extra words ("Home e-mail", "Teléfono móvil") goes to a field whose name it
    starts or ends with, if only one does."""
    words = key.split()
    found = {lookup[name] for name in lookup
             if len(name) > 3 and (key.startswith(name + " ") or key.endswith(" " + name)
                                   or (len(words) > 1 and name in words))}
    return found.pop() if len(found) == 1 else None


def check_mapping(mapping: Sequence[str | None], target: str = "person") -> list[str]:
    """Problems that stop an import with this mapping (empty when it can be used)."""
    chosen = [f for f in mapping if f]
    problems: list[str] = []
    doubled = sorted({f for f in chosen if chosen.count(f) > 1})
    for field in doubled:
        problems.append(_tr("Two columns are set to \"{field}\"; set one of them to another field or to "
                            "\"Leave out\".").format(field=field_label(target, field)))
    if target == "person":
        if not {"given_name", "family_name", "full_name", "preferred_name"} & set(chosen):
            problems.append(_tr("No column is set to a name. Set the column that holds first names, last "
                                "names or full names."))
    elif not {"street", "address", "postal_code"} & set(chosen):
        problems.append(_tr("No column is set to a street, an address or a postal code."))
    return problems


def mapping_setting_key(headers: Sequence[str], target: str = "person") -> str:
    """The local setting that remembers the mapping of files with these headers."""
    shape = "\x1f".join(header_key(h) for h in headers)
    return f"csv_mapping:{target}:" + hashlib.sha256(shape.encode("utf-8")).hexdigest()[:32]


def address_columns(headers: Sequence[str]) -> dict[str, int]:
    """field -> column index for an address file (what the canvassing import needs)."""
    return {f: i for i, f in enumerate(guess_mapping(headers, "address")) if f}
