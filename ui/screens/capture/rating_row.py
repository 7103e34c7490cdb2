"""One behaviour of the rating grid, drawn by one widget.

Left to right: the FOCUS tag on focus behaviours, the title (wrapped), the first line of the
evidence under it, then one 44 px box per level of the scale and "N/O" (44 px: a comfortable
touch target). The current row has a frame in the highlight colour; focus behaviours a bar in
the link colour and a tinted background. The mouse rates with a click on a box (press and
release on the same box); the keyboard stays with the grid (``ui.screens.capture.rating_grid``).

Why one widget: a row of labels and six buttons was ten widgets (160 for a 16-behaviour
scorecard), and the capture screen is the first screen of a ride in progress. It draws with the
palette's colour roles only, the palette ``ui.theme`` sets for light, dark and high contrast.
High contrast (the app's ``fieldride_look`` property) draws larger, bolder text and thicker
frames.

For screen readers the row's accessible name is the behaviour (and "focus"); its description
says how it is rated ("rated 3, Proficient"), each box's tooltip names its level, and each box
is an accessible child of the row, a radio button checked when it is the rating
(``ui.screens.capture.rating_row_accessible``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QFontMetrics, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from fieldride.rides import Observation
from fieldride.scorecards.model import Behaviour, Level
from ui.screens.capture import rating_row_accessible
from ui.translation import QT_TRANSLATE_NOOP

NO_OPPORTUNITY_TEXT = "N/O"  # the N key's box: the same mark in every language
NO_OPPORTUNITY_TIP = QT_TRANSLATE_NOOP(
    "BehaviourRow", "No opportunity (N): never counts in any score"
)
NO_OPPORTUNITY_NAME = QT_TRANSLATE_NOOP("BehaviourRow", "No opportunity")
FOCUS_TAG = QT_TRANSLATE_NOOP("BehaviourRow", "FOCUS")
TOUCH = 44  # px: the smallest comfortable touch target (a level box is TOUCH x TOUCH)
NO_OPPORTUNITY_WIDTH = TOUCH + 16
GAP = 6  # between boxes, and between the text and the first box
PAD_X, PAD_Y = 10, 6  # inside the frame
ACCENT = 5  # the left bar's width (focus behaviour, current row)
TEXT_MIN_WIDTH = 120
TITLE_BESIDE_TAG = 170  # px the title needs to sit beside the FOCUS tag
PREVIEW_CHARS = 120

# Targets under the mouse: a level's value (0-100), the N/O box, or nothing.
NO_OPPORTUNITY = -1
NOWHERE = -2

_LEFT_TOP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_WRAPPED = int(_LEFT_TOP) | int(Qt.TextFlag.TextWordWrap)

Role = QPalette.ColorRole
_RESTYLED = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.PaletteChange)


class _Fonts(NamedTuple):
    high_contrast: bool
    title: QFont
    tag: QFont
    box: QFont
    hint: QFont


class _Geometry(NamedTuple):
    height: int
    tag: QRect | None
    title: QRect
    preview: QRect | None
    preview_text: str
    boxes: tuple[tuple[int, QRect], ...]


def _fill(painter: QPainter, rect: QRectF, radius: float, brush: QBrush) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(brush)
    painter.drawRoundedRect(rect, radius, radius)


def _frame(
    painter: QPainter, rect: QRectF, radius: float, left: float, other: float, brush: QBrush
) -> None:
    """A rounded frame ``other`` px wide with a bar ``left`` px wide on its left side (with
    ``other`` 0, the bar only)."""
    if other > 0:
        half = other / 2
        painter.setPen(QPen(brush, other))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        r = max(0.0, radius - half)
        painter.drawRoundedRect(rect.adjusted(half, half, -half, -half), r, r)
    if left > other:
        painter.save()
        painter.setClipRect(QRectF(rect.x(), rect.y(), left, rect.height()))
        _fill(painter, rect, radius, brush)
        painter.restore()


def _text(painter: QPainter, rect: QRect, flags: int, brush: QBrush, text: str) -> None:
    """``text`` in ``rect`` with the pen of ``brush``: what ``QStyle.drawItemText`` draws for
    this app's style (Fusion under a style sheet etches and dithers no disabled text). Drawn
    here rather than through ``self.style()``: the Python wrapper of the style object builds
    PySide's ``QStyle`` class and its enums (~45 M instructions) at the first paint of the
    capture screen, work no box needs."""
    if not text:
        return
    pen = painter.pen()
    painter.setPen(QPen(brush, pen.widthF()))
    painter.drawText(rect, flags, text)
    painter.setPen(pen)


class BehaviourRow(QWidget):
    """One behaviour: focus tag, title, evidence preview, level boxes and 'no opportunity'."""

    pressed = Signal()  # anywhere on the row: make it current
    level_clicked = Signal(int)
    no_opportunity_clicked = Signal()

    def __init__(
        self,
        behaviour: Behaviour,
        section: str,
        focus: bool,
        scale: Sequence[Level],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.behaviour = behaviour
        self.section = section
        self.focus = focus
        self.scale = tuple(scale)
        self.observation: Observation | None = None
        self.current = False
        self.read_only = False
        self._preview = ""
        self._hover = NOWHERE
        self._down = NOWHERE
        self._fonts_cache: _Fonts | None = None
        self._geometry_cache: dict[int, _Geometry] = {}
        self.setObjectName("behaviourRow")
        self.setMouseTracking(True)  # hover and the tooltip of the box under the mouse
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(
            self.tr("{behaviour} (focus)").format(behaviour=behaviour.title)
            if focus
            else behaviour.title
        )
        self.setAccessibleDescription(self.tr("not rated"))
        rating_row_accessible.install(self)

    # --- state ---------------------------------------------------------------------------------
    def set_observation(self, obs: Observation | None) -> None:
        before = self.checked_target()
        self.observation = obs
        evidence = (obs.evidence if obs else "").strip()
        first = evidence.splitlines()[0] if evidence else ""
        preview = first[:PREVIEW_CHARS] + ("…" if len(first) > PREVIEW_CHARS else "")
        if preview != self._preview:
            self._preview = preview
            self._relayout()
        level = self.checked_level()
        if level is not None:
            found = next((lv for lv in self.scale if lv.value == level), None)
            state = f"rated {level}" + (f", {found.label}" if found else "")
        else:
            state = "no opportunity" if obs and obs.no_opportunity else "not rated"
        self.setAccessibleDescription(state)
        interface = rating_row_accessible.row_interface(self)
        if interface is not None:
            interface.announce_rating(before, self.checked_target())
        self.update()

    def checked_level(self) -> int | None:
        return self.observation.level if self.observation else None

    def checked_target(self) -> int:
        """The box shown checked: a level's value, ``NO_OPPORTUNITY`` or ``NOWHERE``."""
        obs = self.observation
        if obs is None:
            return NOWHERE
        if obs.level is not None:
            return obs.level
        return NO_OPPORTUNITY if obs.no_opportunity else NOWHERE

    def set_current(self, current: bool) -> None:
        if self.current != current:
            self.current = current
            self.update()

    def is_read_only(self) -> bool:
        return self.read_only

    def set_read_only(self, read_only: bool) -> None:
        if self.read_only != read_only:
            self.read_only = read_only
            self.update()

    # --- geometry ------------------------------------------------------------------------------
    def _fonts(self) -> _Fonts:
        if self._fonts_cache is None:
            app = QApplication.instance()
            high_contrast = app is not None and app.property("fieldride_look") == "high-contrast"
            base = self.font()

            def sized(px: int, weight: QFont.Weight) -> QFont:
                font = QFont(base)
                font.setPixelSize(px)
                font.setWeight(weight)
                return font

            weight = QFont.Weight
            self._fonts_cache = _Fonts(
                high_contrast,
                title=sized(15, weight.DemiBold) if high_contrast else sized(14, weight.Normal),
                tag=sized(11, weight.Bold),
                box=sized(18, weight.Bold) if high_contrast else sized(16, weight.DemiBold),
                hint=QFont(base),
            )
        return self._fonts_cache

    def _relayout(self) -> None:
        self._geometry_cache.clear()
        self.updateGeometry()
        self.update()

    def _boxes_width(self) -> int:
        return len(self.scale) * (TOUCH + GAP) + NO_OPPORTUNITY_WIDTH

    def _geometry(self, width: int) -> _Geometry:
        cached = self._geometry_cache.get(width)
        if cached is not None:
            return cached
        fonts = self._fonts()
        left, right, top = ACCENT + PAD_X, 1 + PAD_X, 1 + PAD_Y
        boxes_x = width - right - self._boxes_width()
        text_w = max(TEXT_MIN_WIDTH, boxes_x - GAP - left)
        tag = None
        title_x, title_y = left, top
        if self.focus:  # beside the title, or above it when that leaves the title too little
            metrics = QFontMetrics(fonts.tag)
            tag = QRect(
                left, top + 2, metrics.horizontalAdvance(self.tr(FOCUS_TAG)) + 12, metrics.height()
            )
            if text_w - tag.width() - GAP >= TITLE_BESIDE_TAG:
                title_x = tag.right() + 1 + GAP
            else:
                title_y = tag.bottom() + 1 + 4
        title_w = max(1, left + text_w - title_x)
        title_h = (
            QFontMetrics(fonts.title)
            .boundingRect(QRect(0, 0, title_w, 100_000), _WRAPPED, self.behaviour.title)
            .height()
        )
        title = QRect(title_x, title_y, title_w, title_h)
        text_h = max(title.bottom() + 1, tag.bottom() + 3 if tag else 0) - top
        preview = None
        preview_text = ""
        if self._preview:
            metrics = QFontMetrics(fonts.hint)
            preview = QRect(left, top + text_h + 2, text_w, metrics.height())
            preview_text = metrics.elidedText(self._preview, Qt.TextElideMode.ElideRight, text_w)
            text_h += 2 + metrics.height()
        content_h = max(TOUCH, text_h)
        box_y = top + (content_h - TOUCH) // 2
        shift = (content_h - text_h) // 2  # text shorter than the boxes: centred beside them
        if shift:
            tag = tag.translated(0, shift) if tag else None
            title = title.translated(0, shift)
            preview = preview.translated(0, shift) if preview else None
        boxes = []
        x = boxes_x
        for level in self.scale:
            boxes.append((level.value, QRect(x, box_y, TOUCH, TOUCH)))
            x += TOUCH + GAP
        boxes.append((NO_OPPORTUNITY, QRect(x, box_y, NO_OPPORTUNITY_WIDTH, TOUCH)))
        geometry = _Geometry(content_h + 2 * top, tag, title, preview, preview_text, tuple(boxes))
        if len(self._geometry_cache) > 8:
            self._geometry_cache.clear()
        self._geometry_cache[width] = geometry
        return geometry

    def _min_width(self) -> int:
        return ACCENT + PAD_X + TEXT_MIN_WIDTH + GAP + self._boxes_width() + 1 + PAD_X

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._geometry(max(width, self._min_width())).height

    def sizeHint(self) -> QSize:  # noqa: N802
        width = self._min_width() + 200
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._min_width(), TOUCH + 2 * (1 + PAD_Y))

    def title_lines(self) -> int:
        """How many lines the title wraps to at the row's width (at most two on a small
        laptop: the grid gives the rows the width, not the columns beside it)."""
        spacing = QFontMetrics(self._fonts().title).lineSpacing()
        return round(self._geometry(self.width()).title.height() / spacing)

    def box_targets(self) -> tuple[int, ...]:
        """Every box of the row, left to right: the levels' values, then ``NO_OPPORTUNITY``."""
        return (*(level.value for level in self.scale), NO_OPPORTUNITY)

    def box_name(self, target: int) -> str:
        """What a screen reader calls the box: "3, Proficient" or "No opportunity"."""
        if target == NO_OPPORTUNITY:
            return self.tr(NO_OPPORTUNITY_NAME)
        level = next((lv for lv in self.scale if lv.value == target), None)
        return f"{level.value}, {level.label}" if level else str(target)

    def box_rect(self, target: int) -> QRect:
        """Where the box of ``target`` (a level's value or ``NO_OPPORTUNITY``) is drawn."""
        for value, rect in self._geometry(self.width()).boxes:
            if value == target:
                return QRect(rect)
        raise KeyError(target)

    def target_at(self, x: float, y: float) -> int:
        for value, rect in self._geometry(self.width()).boxes:
            if rect.contains(int(x), int(y)):
                return value
        return NOWHERE

    def tip(self, target: int) -> str:
        if target == NO_OPPORTUNITY:
            return self.tr(NO_OPPORTUNITY_TIP)
        level = next((lv for lv in self.scale if lv.value == target), None)
        return f"{level.value} · {level.label}" if level else ""

    # --- events --------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in _RESTYLED:  # a new look (high contrast, light/dark) or font
            self._fonts_cache = None
            self._relayout()
        super().changeEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        position = event.position()
        self._set_hover(self.target_at(position.x(), position.y()))

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802
        self._set_hover(NOWHERE)
        super().leaveEvent(event)

    def _set_hover(self, target: int) -> None:
        if target != self._hover:
            self._hover = target
            self.setToolTip(self.tip(target) if target != NOWHERE else "")
            self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            position = event.position()
            self._down = self.target_at(position.x(), position.y())
            self.update()
            self.pressed.emit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        down, self._down = self._down, NOWHERE
        position = event.position()
        released_on_it = self.target_at(position.x(), position.y()) == down
        if down != NOWHERE and released_on_it and not self.read_only:
            if down == NO_OPPORTUNITY:
                self.no_opportunity_clicked.emit()
            else:
                self.level_clicked.emit(down)
        self.update()

    # --- drawing -------------------------------------------------------------------------------
    def paintEvent(self, event: QEvent) -> None:  # noqa: N802
        fonts = self._fonts()
        hc = fonts.high_contrast
        geometry = self._geometry(self.width())
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        whole = QRectF(self.rect())
        if self.current:
            _fill(painter, whole, 4, palette.brush(Role.Base))
            frame_role = Role.Link if hc else Role.Highlight
            width = 3 if hc else 2
            _frame(painter, whole, 4, ACCENT + (3 if hc else 0), width, palette.brush(frame_role))
        elif self.focus:
            _fill(painter, whole, 4, palette.brush(Role.AlternateBase))
            bar = Role.WindowText if hc else Role.Link
            _frame(painter, whole, 4, ACCENT + (1 if hc else 0), 1 if hc else 0, palette.brush(bar))
        elif hc:
            _frame(painter, whole, 4, 1, 1, palette.brush(Role.WindowText))

        if geometry.tag is not None:
            _fill(
                painter,
                QRectF(geometry.tag),
                3,
                palette.brush(Role.WindowText if hc else Role.Link),
            )
            painter.setFont(fonts.tag)
            tag_role = Role.HighlightedText if hc else Role.Base
            _text(painter, geometry.tag, _CENTER, palette.brush(tag_role), self.tr(FOCUS_TAG))
        painter.setFont(fonts.title)
        _text(
            painter, geometry.title, _WRAPPED, palette.brush(Role.WindowText), self.behaviour.title
        )
        if geometry.preview is not None:
            painter.setFont(fonts.hint)
            preview_role = Role.WindowText if hc else Role.PlaceholderText
            _text(
                painter,
                geometry.preview,
                int(_LEFT_TOP),
                palette.brush(preview_role),
                geometry.preview_text,
            )

        painter.setFont(fonts.box)
        checked = self.checked_target()
        enabled = not self.read_only
        for value, rect in geometry.boxes:
            text = NO_OPPORTUNITY_TEXT if value == NO_OPPORTUNITY else str(value)
            box = QRectF(rect)
            if value == checked:
                _fill(painter, box, 4, palette.brush(Role.WindowText if hc else Role.Highlight))
                text_role = Role.HighlightedText
            else:
                if enabled and value == self._down:
                    fill = Role.AlternateBase if hc else Role.Midlight
                elif enabled and value == self._hover:
                    fill = Role.AlternateBase if hc else Role.Light
                else:
                    fill = Role.Base if hc else Role.Button
                border = Role.WindowText if hc else Role.Mid
                _fill(painter, box, 4, palette.brush(fill))
                group = QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled
                line = 2 if hc else 1
                _frame(painter, box, 4, line, line, palette.brush(group, border))
                text_role = Role.ButtonText
            _text(painter, rect, _CENTER, palette.brush(text_role), text)
        painter.end()
