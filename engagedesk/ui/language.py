"""The language of the program: its own translations, Qt's, and the locale of dates and numbers.

The translations ship as ``engagedesk_<code>.qm`` in ``engagedesk.resources/translations`` and are
read through ``importlib.resources`` (so a wheel or a frozen bundle finds them too).  English is
the language of the source and needs no file.  The choice is this laptop's (see
``services/preferences.py``): a language code, or "" to follow the system's language.  It is
installed once at start, before any window is built; a new choice applies at the next start.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale, QTime, QTranslator

from engagedesk.domain import i18n

SOURCE_LANGUAGE = "en"
_NAMES = {"en": "English", "es": "Español", "fr": "Français", "pt": "Português"}
_installed: list[QTranslator] = []
_kept_data: list[bytes] = []  # QTranslator reads the bytes it was given for as long as it lives


def _language_code(name: str) -> str:
    """"es-MX", "es_ES", "es" -> "es"."""
    return name.replace("-", "_").split("_")[0].lower()


def translation_codes() -> list[str]:
    """The languages a translation file is shipped for, English (the source) first."""
    from engagedesk.resources_path import resource  # importlib.resources: only when needed

    folder = resource("translations")
    codes = []
    try:
        for node in folder.iterdir():
            name = node.name
            if name.startswith("engagedesk_") and name.endswith(".qm"):
                codes.append(name[len("engagedesk_"):-len(".qm")])
    except (FileNotFoundError, NotADirectoryError):
        pass
    return [SOURCE_LANGUAGE] + sorted(code for code in codes if code != SOURCE_LANGUAGE)


def language_label(code: str) -> str:
    """A language's name in that language, as people who read it look for it: "Español"."""
    if code in _NAMES:
        return _NAMES[code]
    name = QLocale(code).nativeLanguageName() or code  # may name the region too: "español de España"
    return name[:1].upper() + name[1:]


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language to show: the saved choice when it is shipped, else the first of the
    system's languages that is, else English."""
    if choice == SOURCE_LANGUAGE:
        return choice
    languages = (system or QLocale.system()).uiLanguages()
    if not choice and (not languages or _language_code(languages[0]) in (SOURCE_LANGUAGE, "c", "posix")):
        return SOURCE_LANGUAGE  # at start-up: no need to look for translation files
    shipped = translation_codes()
    if choice in shipped:
        return choice
    for name in languages:
        code = _language_code(name)
        if code in shipped:
            return code
    return SOURCE_LANGUAGE


def _qt_translator(code: str) -> QTranslator | None:
    """Qt's own words (the buttons of standard dialogs, context menus) in that language."""
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(code), "qtbase", "_", folder):
        return translator
    return None


def _app_translator(code: str) -> QTranslator | None:
    from engagedesk.resources_path import resource

    try:
        data = resource(f"translations/engagedesk_{code}.qm").read_bytes()
    except OSError:
        return None
    translator = QTranslator()
    if not translator.load(data):
        return None
    _kept_data.append(data)
    return translator


def install(choice: str = "", *, system: QLocale | None = None) -> str:
    """Install the translators and the locale for ``choice`` ("" follows the system); returns
    the code of the language now shown.  Installing again replaces the earlier language."""
    app = QCoreApplication.instance()
    assert app is not None, "make the QApplication first"
    uninstall()
    system = system or QLocale.system()
    code = resolve(choice, system)
    if _language_code(system.name()) == code:
        QLocale.setDefault(system)  # the system's own region: its date order, its separators
    else:
        QLocale.setDefault(QLocale(code))
    # English is the source language: nothing to load (counts are worded in the code, see
    # i18n.count_text), which keeps start-up quick.
    translators = [] if code == SOURCE_LANGUAGE else [_qt_translator(code), _app_translator(code)]
    for translator in translators:
        if translator is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    i18n.set_translator(lambda context, text: QCoreApplication.translate(context, text))
    i18n.set_formats(LocaleFormats())
    return code


def uninstall() -> None:
    """Back to English and the system's locale (tests use it to leave things as they were)."""
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
    _kept_data.clear()
    QLocale.setDefault(QLocale.system())
    i18n.set_formats(None)


def current_locale() -> QLocale:
    """The locale dates and numbers are written in.  The "C" locale (no language set, as on a
    bare server) is written as English, with digit grouping."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Territory.UnitedKingdom)
    return locale


class LocaleFormats(i18n.Formats):
    """Dates, times and numbers as the current QLocale writes them."""

    def number(self, value: int | float) -> str:
        if QLocale().language() == QLocale.Language.C:
            return super().number(value)
        if isinstance(value, int):
            return current_locale().toString(value)
        return current_locale().toString(float(value), "f", 1)

    def date(self, day: date, style: str = "medium") -> str:
        if QLocale().language() == QLocale.Language.C:
            return super().date(day, style)
        locale = current_locale()
        qdate = QDate(day.year, day.month, day.day)
        if style == "long":
            return locale.toString(qdate, QLocale.FormatType.LongFormat)
        if style == "weekday":
            return locale.toString(qdate, "ddd d MMM yyyy")
        if style == "numeric":
            return locale.toString(qdate, QLocale.FormatType.ShortFormat)
        return locale.toString(qdate, "d MMM yyyy")

    def time(self, moment: time | datetime) -> str:
        if QLocale().language() == QLocale.Language.C:
            return super().time(moment)
        return current_locale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)

    def date_time(self, moment: datetime) -> str:
        if QLocale().language() == QLocale.Language.C:
            return super().date_time(moment)
        value = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
        return current_locale().toString(value, QLocale.FormatType.ShortFormat)
