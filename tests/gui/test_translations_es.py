"""The Spanish translation: complete, faithful to its placeholders, compiled, and found at run time
under the contexts the program asks for.

When a test here fails because the code has new or changed text, run
``resources/translations/update``, translate what it lists as untranslated in
``resources/translations/engagedesk_es.ts`` (Qt Linguist, or any editor), and run it again.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import re
import string
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QTranslator

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
TS = FOLDER / "engagedesk_es.ts"
QM = FOLDER / "engagedesk_es.qm"


def load_update_script():
    """The update script (no .py suffix), whose reader knows which messages the code asks for."""
    if "engagedesk_translations_update" in sys.modules:
        return sys.modules["engagedesk_translations_update"]
    loader = importlib.machinery.SourceFileLoader("engagedesk_translations_update", str(FOLDER / "update"))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[loader.name] = module
    loader.exec_module(module)
    return module


def messages() -> list[tuple[str, ET.Element]]:
    """(context, message) for every message still in use (obsolete ones are left out)."""
    root = ET.parse(TS).getroot()
    found = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            kind = message.find("translation").get("type")
            if kind not in ("obsolete", "vanished"):
                found.append((context.findtext("name") or "", message))
    return found


def translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def fields(text: str) -> list[tuple[str, str]]:
    """The .format() fields of a text, as (name, format spec), sorted."""
    return sorted((name, spec or "") for _, name, spec, _ in string.Formatter().parse(text) if name is not None)


def accelerators(text: str) -> int:
    return len(re.findall(r"&(?=[^&\s])", text.replace("&&", "")))


@pytest.fixture(scope="module")
def spanish(qapp):
    translator = QTranslator()
    assert translator.load(str(QM)), f"{QM} cannot be loaded: run resources/translations/update"
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_the_translation_is_there():
    assert TS.exists() and QM.exists()
    assert len(messages()) > 1000


def test_every_message_is_translated():
    untranslated = [f"[{context}] {message.findtext('source')!r}" for context, message in messages()
                    if message.find("translation").get("type") == "unfinished"
                    or not all(text.strip() for text in translations(message))]
    assert untranslated == [], "run resources/translations/update and translate these"


def test_placeholders_and_accelerators_are_kept():
    problems = []
    for context, message in messages():
        source = message.findtext("source") or ""
        for text in translations(message):
            if fields(text) != fields(source):
                problems.append(f"[{context}] {source!r} -> {text!r}: placeholders differ")
            if accelerators(source) != accelerators(text):
                problems.append(f"[{context}] {source!r} -> {text!r}: & accelerator lost or added")
            if source.count("\n") != text.count("\n"):
                problems.append(f"[{context}] {source!r} -> {text!r}: line breaks differ")
    assert problems == []


def test_the_compiled_file_matches_the_source(spanish):
    """Every translation of the .ts comes out of the .qm (so the .qm was compiled after the last edit)."""
    stale = []
    for context, message in messages():
        source = message.findtext("source") or ""
        comment = message.findtext("comment")
        if message.get("numerus") == "yes":
            # QTranslator gives the form for n with %n still in it (Spanish: one, other)
            got = [spanish.translate(context, source, comment, n) for n in (1, 5)]
            want = translations(message)
        else:
            got, want = [spanish.translate(context, source, comment)], translations(message)
        if got != want:
            stale.append(f"[{context}] {source!r}: {got!r} != {want!r}")
    assert stale == [], "run resources/translations/update to compile the .qm again"


@pytest.mark.parametrize("context, source, spanish_text", [
    ("MainWindow", "Meetings", "Reuniones"),
    ("MainWindow", "Settings", "Configuración"),
    ("DeskScreen", "Check out", "Salida"),
    ("Desk", "Welcome, {name}: first meeting!", "¡Bienvenido/a, {name}: primera reunión!"),
    ("Printing", "Sign-in sheet", "Hoja de registro"),
    ("Printing", "Page {n} of {m}", "Página {n} de {m}"),
    ("Validation", "Please give the meeting a title.", "Ponle un título a la reunión."),
    ("SyncScreen", "{count} conflicts", "{count} conflictos"),
    ("QWidget", "Import addresses", "Importar direcciones"),
])
def test_known_texts_come_out_in_spanish(spanish, context, source, spanish_text):
    assert QCoreApplication.translate(context, source) == spanish_text


def test_plurals_come_out_in_spanish(spanish):
    assert QCoreApplication.translate("DeskScreen", "%n signed in", None, 1) == "1 registrada"
    assert QCoreApplication.translate("DeskScreen", "%n signed in", None, 12) == "12 registradas"


def test_self_tr_finds_the_class_context_and_its_bases(spanish):
    """PySide6's tr() looks up the object's class name, then its base classes' names: the
    contexts lupdate and the update script write for self.tr() in a class."""

    class MeetingsScreen(QObject):
        def title(self) -> str:
            return self.tr("Meetings")

    class SpecialMeetings(MeetingsScreen):
        pass

    assert MeetingsScreen().title() == "Reuniones"
    assert SpecialMeetings().title() == "Reuniones"


def test_every_text_the_code_asks_for_is_translated():
    """The code's texts (read as the update script reads them) all have a Spanish translation."""
    update = load_update_script()
    wanted = update.extract().messages
    done = {(context, message.findtext("source") or "", message.findtext("comment") or "")
            for context, message in messages() if message.find("translation").get("type") != "unfinished"}
    missing = sorted(f"[{key.context}] {key.source!r} ({found.locations[0][0]}:{found.locations[0][1]})"
                     for key, found in wanted.items() if (key.context, key.source, key.comment) not in done)
    assert missing == [], "run resources/translations/update and translate these"


def test_the_reader_finds_what_lupdate_cannot(tmp_path):
    """Helpers, aliases, lookups in label tables and translators handed to functions."""
    update = load_update_script()
    package = tmp_path / "engagedesk"
    (package / "services").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "services" / "__init__.py").write_text("")
    (package / "services" / "thing.py").write_text(
        "from functools import partial\n"
        "from engagedesk.domain.i18n import translate\n"
        "LABELS = {'a': 'Open', 'b': ('one door', 'doors')}\n"
        "_p = partial(translate, 'Partial')\n"
        "def _tr(text):\n"
        "    return translate('Things', text)\n"
        "def labels(tr):\n"
        "    return [tr('Attendee'), tr('Staff')]\n"
        "def count(n, one, many):\n"
        "    return _tr(one) if n == 1 else _tr(many)\n"
        "class Screen:\n"
        "    def f(self, key):\n"
        "        tr = QCoreApplication.translate\n"
        "        labels(self.tr)\n"
        "        count(2, '{n} row', '{n} rows')\n"
        "        return [_tr('Saved.'), _p('Later'), tr('Tables', 'Select all'), _tr(LABELS.get(key)),\n"
        "                self.tr('Hello {name}'), f\"{self.tr('(skipped)')}\", self.tr(f'{key} x')]\n"
        "def pick(parent: QWidget):\n"
        "    return parent.tr('Import addresses')\n"
    )
    extractor = update.Extractor(update.load_modules(package))
    extractor.run()
    found = {(key.context, key.source) for key in extractor.messages}
    assert found == {
        ("Things", "Saved."), ("Partial", "Later"), ("Tables", "Select all"), ("Things", "Open"),
        ("Things", "one door"), ("Things", "doors"), ("Screen", "Attendee"), ("Screen", "Staff"),
        ("Things", "{n} row"), ("Things", "{n} rows"), ("Screen", "Hello {name}"), ("Screen", "(skipped)"),
        ("QWidget", "Import addresses"),
    }
    assert [why for _, _, why in extractor.problems if "f-string" in why]
