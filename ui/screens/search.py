"""Search: full text over evidence, notes, debriefs, questions and answers, commitments and
their checks, and private notes (labelled as such). Results update as you type (after a short
pause); Enter or double-click opens the ride at the call and behaviour of the match
(``open_ride_at(ride_id, call_id, behaviour_key)``; the main window routes it to capture).

The query language is the core's (``fieldride.search``): all words, "a phrase", word*, -word.
Matched words are shown in bold; user text is HTML-escaped before any markup is added.

The search after a pause in typing, a change of seller or of the private-notes box runs off the
UI thread (``ui.background``, on a one-thread pool of the screen's own, through a
``fieldride.search.SearchReader``: a read-only connection of its own). Most searches take a few
milliseconds, but the first one for a seller on a director's store makes that seller's copy of
the index (0.05-0.3 s) and a phrase of common words can read long match lists: on the UI thread
the window would freeze that long. A result that arrives after a newer search started is
dropped, as is one for text typed over since, so what is shown ends on what the box says.
:meth:`run_search` searches at once, on the store's connection (tests, the pseudo-locale walk).
The reader is closed when the screen is hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldride.search import SearchHit, SearchReader, SearchResults
from fieldride.search import full_text as search
from fieldride.store import Store
from fieldride.team import sellers
from ui.background import run_in_background
from ui.prompts import PromptService
from ui.rich_text import escape
from ui.translation import ui_date
from ui.widgets.empty_state import EmptyState

HIT_ROLE = Qt.ItemDataRole.UserRole
DEBOUNCE_MS = 180


def snippet_html(hit: SearchHit) -> str:
    """The snippet escaped, with the matched words in bold."""
    return escape(hit.snippet).replace(search.HIT_START, "<b>").replace(search.HIT_END, "</b>")


def hit_html(hit: SearchHit) -> str:
    # ``where`` ("Evidence · Call 1 · Harbour Foods") is the core's (fieldride.search)
    where = escape(hit.where)
    if hit.private:
        # a marker that catches the eye: a private note's hit, shown only when asked for
        private = escape(QCoreApplication.translate("SearchScreen", "PRIVATE"))
        where = f'<span style="color:#8a1c1c"><b>{private}</b></span> · {where}'
    name, day = escape(hit.seller_name), ui_date(hit.ride_date)
    return f"<b>{name}</b> · {day} · {where}<br>{snippet_html(hit)}"


class SearchScreen(QWidget):
    open_ride_at = Signal(int, object, object)  # ride id, call id or None, behaviour key or None
    results_shown = Signal(object)

    def __init__(self, store: Store, prompts: PromptService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.prompts = prompts
        self.results: SearchResults | None = None
        self.reader: SearchReader | None = None  # made when a search first runs in the background
        self.pool = QThreadPool(self)  # one search at a time, on a thread that stays
        self.pool.setMaxThreadCount(1)
        self.pool.setExpiryTimeout(-1)
        # the number of the newest search started ([0]: read by the worker, which never touches
        # the widget): a result of an older one is dropped
        self.latest = [0]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        title = QLabel(self.tr("Search"))
        title.setProperty("role", "heading")
        layout.addWidget(title)
        bar = QHBoxLayout()
        self.query = QLineEdit()
        self.query.setAccessibleName(self.tr("Search text"))
        self.query.setPlaceholderText(
            self.tr('Search evidence, notes, debriefs, commitments — "a phrase", word*, -word')
        )
        self.query.setClearButtonEnabled(True)
        bar.addWidget(self.query, 1)
        self.seller = QComboBox()
        self.seller.setAccessibleName(self.tr("Seller filter"))
        bar.addWidget(self.seller)
        self.private = QCheckBox(self.tr("Include my private notes"))
        self.private.setChecked(False)  # opt in: the manager may be searching with someone near
        bar.addWidget(self.private)
        layout.addLayout(bar)
        self.status = QLabel("")
        self.status.setAccessibleName(self.tr("Search status"))
        self.status.setProperty("role", "hint")
        layout.addWidget(self.status)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Search results"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(self._activate)
        self.list.itemDoubleClicked.connect(self._activate)
        self.stack = QStackedWidget()
        self.empty = EmptyState(self.tr("Type a word from your evidence, notes or commitments."))
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.list)
        layout.addWidget(self.stack, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(lambda: self.search_later())
        self.query.textChanged.connect(self._typed)
        self.query.returnPressed.connect(self._enter)
        self.seller.currentIndexChanged.connect(lambda _i: self.search_later())
        self.private.toggled.connect(lambda _b: self.search_later())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Data loads when the screen is shown (each time it comes into view), not when built."""
        if not event.spontaneous():
            self.refresh()
            self.query.setFocus(Qt.FocusReason.OtherFocusReason)  # arrive ready to type
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        """Leaving the screen (or closing the window, before the store closes): the search
        running finishes, its result is dropped, the reader's connection is closed."""
        if not event.spontaneous():
            self.timer.stop()
            self.latest[0] += 1
            self.pool.waitForDone()
            if self.reader is not None:
                self.reader.close()
                self.reader = None
        super().hideEvent(event)

    def refresh(self) -> None:
        current = self.seller.currentData()
        self.seller.blockSignals(True)
        self.seller.clear()
        self.seller.addItem(self.tr("All sellers"), None)
        for s in sellers.list_sellers(self.store, include_archived=True):
            self.seller.addItem(s.name, s.id)
        self.seller.setCurrentIndex(max(0, self.seller.findData(current)))
        self.seller.blockSignals(False)
        if self.query.text().strip():
            self.search_later()

    def _typed(self, _text: str) -> None:
        self.latest[0] += 1  # a search still running is for other text: its result is dropped
        self.timer.start()

    def search_later(self, then_focus: bool = False) -> None:
        """Search for what the box, the seller filter and the private-notes box say now, on the
        screen's worker thread; the result is shown when it arrives, unless a newer search
        started or the text changed meanwhile (then it is dropped: the newer one shows its
        own). ``then_focus``: then the first result is selected and the list has the keyboard
        (Enter). Nothing runs while the screen is hidden: it searches again when shown."""
        self.timer.stop()
        if not self.isVisible():
            return
        self.latest[0] += 1
        started, latest = self.latest[0], self.latest
        if self.reader is None:
            self.reader = SearchReader(self.store.path)
        reader = self.reader
        text, seller = self.query.text(), self.seller.currentData()
        private = self.private.isChecked()

        def work() -> SearchResults | None:
            if started != latest[0]:  # a newer search is already waiting behind this one
                return None
            return reader.search(text, seller_id=seller, include_private=private)

        def done(results: SearchResults | None) -> None:
            if results is not None and started == latest[0]:
                self.show_results(results)
                if then_focus and self.list.count():
                    self.list.setCurrentRow(0)
                    self.list.setFocus()

        def failed(_err: BaseException) -> None:
            if started == latest[0]:  # the store's own connection gives the answer (or
                self.run_search()  # the error the app shows for a failing store)

        run_in_background(work, done, failed, pool=self.pool)

    def run_search(self) -> SearchResults:
        """Search now, on the UI thread: the result is shown before this returns."""
        self.timer.stop()
        self.latest[0] += 1  # a background search still running is dropped
        results = search.search(
            self.store,
            self.query.text(),
            seller_id=self.seller.currentData(),
            include_private=self.private.isChecked(),
        )
        self.show_results(results)
        return results

    def show_results(self, results: SearchResults) -> None:
        self.results = results
        self.list.clear()
        for hit in results.hits:
            item = QListWidgetItem()
            item.setData(HIT_ROLE, hit)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("{seller}, {day}, {where}: {text}").format(
                    seller=hit.seller_name,
                    day=ui_date(hit.ride_date),
                    where=hit.where,
                    text=hit.snippet_text,
                ),
            )
            label = QLabel(hit_html(hit))
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setContentsMargins(6, 4, 6, 4)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            width = max(300, self.list.viewport().width() - 16)
            item.setSizeHint(QSize(width, label.heightForWidth(width) + 2))
            self.list.addItem(item)
            self.list.setItemWidget(item, label)
        if results.match is None:
            self.status.setText("")
            self.stack.setCurrentIndex(0)
        else:
            count = len(results.hits)
            if not count:
                status = self.tr("No results.")
            elif results.truncated:
                status = self.tr(
                    "%n result(s) (the newest; narrow the search to see older ones)", "", count
                )
            else:
                status = self.tr("%n result(s)", "", count)
            if results.short_last_word:
                status += " " + self.tr(
                    "A word of one or two letters finds only itself: type a third letter to "
                    "find the words that start with it."
                )
            self.status.setText(status)
            self.stack.setCurrentIndex(1)
        self.results_shown.emit(results)

    def _enter(self) -> None:
        self.search_later(then_focus=True)

    def _activate(self, item: QListWidgetItem) -> None:
        hit: SearchHit = item.data(HIT_ROLE)
        self.open_ride_at.emit(hit.ride_id, hit.call_id, hit.behaviour_key)
