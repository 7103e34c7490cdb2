"""The UI in the manager's language (docs/translating.md).

Qt's own translation system: every user-visible string in ``ui/`` goes through ``self.tr`` (or
``QCoreApplication.translate`` outside a QObject, and for plural forms), the catalogues are
``resources/translations/ui_<code>.qm`` compiled at build time from the ``.ts`` files, plus Qt's
own ``qtbase_<code>.qm`` for its standard buttons and dialogs. English is the source language;
its ``ui_en.qm`` carries only the plural forms ("1 call", "3 calls").

The locale (dates, numbers, first day of the week) follows the language: the system's own
locale when it speaks the chosen language (a manager in Austria keeps de_AT's formats), else the
language's default locale. :func:`install` runs once at start, before any window is built; a
changed language applies at the next start.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from fieldride import i18n
from fieldride.resources import resource_path
from ui import settings

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def chosen_language() -> str:
    """The language the manager chose (settings.LANGUAGE), else the system's when shipped,
    else English."""
    chosen = settings.get_str(settings.LANGUAGE)
    if chosen in i18n.SHIPPED:
        return chosen
    return i18n.normalise(QLocale.system().name())


def locale_for(code: str) -> QLocale:
    """The QLocale for UI language ``code``: the system's locale if it is that language.

    Not when the system's formats are the C locale's (``LANG=C.UTF-8 LANGUAGE=de``: Qt names
    the system locale de_DE but formats dates as "11 12 2026"): nobody chose those formats, so
    the language's own are used (11.12.26). Formats the user did choose (``LC_TIME=en_GB`` under
    a German ``LANG``) stay."""
    system = QLocale.system()
    if i18n.normalise(system.name()) == code and system.name().lower().startswith(code):
        short = QLocale.FormatType.ShortFormat
        if system.dateFormat(short) != QLocale.c().dateFormat(short):
            return system
        return QLocale(system.name())
    return QLocale(code)


def install(app: QCoreApplication, code: str | None = None, locale: QLocale | None = None) -> str:
    """Load the UI catalogue and Qt's own for ``code`` (default: :func:`chosen_language`) and
    make its locale (or ``locale``) the default; replaces what an earlier call installed.
    Returns the code."""
    code = i18n.normalise(code or chosen_language())
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    path = resource_path("translations", f"ui_{code}.qm")
    if ours.load(str(path)):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.error("no compiled UI catalogue at %s: the source strings are shown", path)
    if code != i18n.SOURCE:
        # Strings Qt's own catalogue lacks for this language (resources/translations/
        # qt_gaps_<code>.ts), installed before Qt's: the translator installed last is asked
        # first, so Qt's wins wherever it has the string.
        gaps = QTranslator(app)
        if gaps.load(str(resource_path("translations", f"qt_gaps_{code}.qm"))):
            app.installTranslator(gaps)
            _installed.append(gaps)
        qt_own = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{code}", folder):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    chosen = locale or locale_for(code)
    QLocale.setDefault(chosen)
    # the core's messages and labels shown in the UI, its dates written as the locale's region
    # writes them (en_GB: "7 Dec 2026"), as Qt writes the UI's
    i18n.set_interface_language(chosen.name() if i18n.normalise(chosen.name()) == code else code)
    return code


def ui_date(value: date | str | None, long: bool = False) -> str:
    """A day in the UI's locale (short: 06.12.26 / 12/6/26; long: Sunday, December 6, 2026).
    ``None`` or "" -> ""; a string that is not an ISO date is returned as it is."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value[:10])
        except ValueError:
            return str(value)
    locale = QLocale()
    day = QDate(value.year, value.month, value.day)
    if long:
        return locale.toString(day, QLocale.FormatType.LongFormat)
    # The short format with the whole year (Qt's writes "12/6/26": which century, which order?)
    return locale.toString(day, ui_date_format())


def ui_number(value: float, decimals: int = 0) -> str:
    """A number with the UI locale's decimal and grouping signs."""
    return QLocale().toString(float(value), "f", decimals)


def ui_signed(value: float | None, decimals: int = 1) -> str:
    """A difference with its sign, in the UI locale: "+1,5", "−0,5" (a real minus sign), "0,0"
    when it rounds to nothing, "–" for None (the UI's form of ``signed_gap``)."""
    if value is None:
        return "–"
    if round(abs(value), decimals) == 0:
        return ui_number(0, decimals)
    return ("+" if value > 0 else "−") + ui_number(abs(value), decimals)


def ui_keys(sequence: str) -> str:
    """A shortcut as the UI writes it in the manager's language: "Ctrl+Shift+A" is
    "Strg+Umschalt+A" in German, "Ctrl+Mayúsculas+A" in Spanish (Qt's own key names)."""
    from PySide6.QtGui import QKeySequence

    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate reads this name
    """Mark ``text`` for translation under ``context`` without translating it now (constants
    made at import time: column titles, screen names); translate where it is shown with
    ``QCoreApplication.translate(context, text)``. Qt's own has an untyped signature."""
    return text


def ui_date_format() -> str:
    """The display format of a date field: the UI locale's short format with the whole year
    ("dd.MM.yyyy", "M/d/yyyy", "d/M/yyyy")."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")
