"""What importing a scorecard will do to the trends, decided before anything is written.

Trends across versions follow behaviours by their key. A file whose key cells were cleared (an
export edited by someone who did not know what the keys are for) gets keys made from the titles,
which the stored versions do not know: every trend would break. :func:`plan_scorecard_import`
puts the previous version's keys back where the titles match, and says what the import means:

- the scorecard: by its key; a key made from the name (the ``Key`` cell was cleared too) that no
  stored scorecard has is matched to the one stored scorecard with the same name;
- a behaviour whose key the previous version has keeps its history (matched by key);
- a behaviour whose key looks made from its title (it equals :func:`slugify` of the title) and
  is unknown, but whose title (case, spacing and Unicode form ignored) is a behaviour of the
  previous version whose key the file does not use, takes that key: it keeps its history
  (matched by title);
- any other behaviour starts a new trend; a behaviour of the previous version that the file no
  longer has keeps its past ratings with the old version.

:meth:`ScorecardImportPlan.consequences` states it in one sentence ("3 behaviours matched by
title keep their history; 1 new behaviour starts a new trend."). Reads the store; never writes.
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldride.i18n import messages
from fieldride.scorecards.model import Behaviour, Scorecard, ScorecardVersion, Section
from fieldride.scorecards.store import latest_version, list_latest
from fieldride.scorecards.text_fields import slugify
from fieldride.store import Store
from fieldride.tabular import person_key, quoted


@dataclass(frozen=True)
class ScorecardImportPlan:
    """The scorecard as it will be saved (``card``, keys put back) and what that means.

    ``previous`` is the latest stored version of the same scorecard (None: a new scorecard);
    ``by_key`` / ``by_title`` the titles of behaviours that keep their history, matched by key
    or by title; ``new`` those that start a new trend; ``dropped`` those of the previous version
    the file no longer has; ``renamed_from`` the key the file's scorecard key was matched from
    by name (``""``: not).
    """

    card: Scorecard
    previous: ScorecardVersion | None
    by_key: tuple[str, ...] = ()
    by_title: tuple[str, ...] = ()
    new: tuple[str, ...] = ()
    dropped: tuple[str, ...] = ()
    renamed_from: str = ""

    @property
    def unchanged(self) -> bool:
        return self.previous is not None and (
            self.previous.card.content_hash() == self.card.content_hash()
        )

    @property
    def breaks_trends(self) -> bool:
        """True when the import matters for trends: behaviours matched by title, new or
        dropped behaviours in a new version of a stored scorecard."""
        if self.previous is None or self.unchanged:
            return False
        return bool(self.by_title or self.new or self.dropped)

    def consequences(self) -> str:
        """One sentence for the manager, e.g. "3 behaviours matched by title keep their
        history; 1 new behaviour starts a new trend." (``""`` for a new scorecard or no change)."""
        if self.previous is None or self.unchanged:
            return ""
        lang = messages()
        # Each part is a whole clause (its own subject, verb and plural), joined by "; ".
        parts = []
        if self.by_key:
            parts.append(
                lang.ngettext(
                    "{n} behaviour keep their history",
                    "{n} behaviours keep their history",
                    len(self.by_key),
                ).format(n=len(self.by_key))
            )
        if self.by_title:
            parts.append(
                lang.ngettext(
                    "{n} behaviour matched by title keep their history",
                    "{n} behaviours matched by title keep their history",
                    len(self.by_title),
                ).format(n=len(self.by_title))
            )
        if self.new:
            parts.append(
                lang.ngettext(
                    "{n} new behaviour starts a new trend ({titles})",
                    "{n} new behaviours start a new trend ({titles})",
                    len(self.new),
                ).format(n=len(self.new), titles=_titles(self.new))
            )
        if self.dropped:
            parts.append(
                lang.ngettext(
                    "{n} behaviour of version {version} is not in this file; past ratings stay "
                    "with version {version} ({titles})",
                    "{n} behaviours of version {version} are not in this file; past ratings "
                    "stay with version {version} ({titles})",
                    len(self.dropped),
                ).format(
                    n=len(self.dropped),
                    version=self.previous.version,
                    titles=_titles(self.dropped),
                )
            )
        text = "; ".join(parts)
        return text[:1].upper() + text[1:] + "." if text else ""


def _titles(titles: tuple[str, ...], limit: int = 3) -> str:
    shown = ", ".join(quoted(t) for t in titles[:limit])
    if len(titles) <= limit:
        return shown
    more = len(titles) - limit
    return (
        messages()
        .ngettext("{titles} and {n} more", "{titles} and {n} more", more)
        .format(titles=shown, n=more)
    )


def _title_key(title: str) -> str:
    return person_key(title)


def plan_scorecard_import(store: Store, card: Scorecard) -> ScorecardImportPlan:
    """Match ``card`` to the stored versions (see the module docstring); writes nothing."""
    previous = latest_version(store, card.key)
    renamed_from = ""
    if previous is None and card.key == slugify(card.name, "scorecard"):
        same_name = [
            v
            for v in list_latest(store, include_archived=True)
            if _title_key(v.name) == _title_key(card.name)
        ]
        if len(same_name) == 1:
            previous = same_name[0]
            renamed_from = card.key
            card = card._replace(key=previous.key)
    if previous is None:
        return ScorecardImportPlan(card, None, new=tuple(b.title for b in card.behaviours()))
    old = previous.card.behaviours()
    old_keys = {b.key for b in old}
    used = {b.key for b in card.behaviours()}
    free = {_title_key(b.title): b.key for b in old if b.key not in used}
    by_key: list[str] = []
    by_title: list[str] = []
    new: list[str] = []
    sections: list[Section] = []
    for section in card.sections:
        behaviours: list[Behaviour] = []
        for b in section.behaviours:
            if b.key in old_keys:
                by_key.append(b.title)
            elif b.key == slugify(b.title) and _title_key(b.title) in free:
                b = b._replace(key=free.pop(_title_key(b.title)))
                by_title.append(b.title)
            else:
                new.append(b.title)
            behaviours.append(b)
        sections.append(section._replace(behaviours=tuple(behaviours)))
    card = card._replace(sections=tuple(sections))
    kept = {b.key for b in card.behaviours()}
    dropped = tuple(b.title for b in old if b.key not in kept)
    return ScorecardImportPlan(
        card, previous, tuple(by_key), tuple(by_title), tuple(new), dropped, renamed_from
    )
