"""The scorecard model: plain, immutable records (named tuples: far cheaper to define at start-up
than frozen dataclasses).

A scorecard has a stable ``key`` (a slug that identifies it across versions and laptops), a name,
a description, an ordered rating scale and sections of behaviours. Every behaviour has a stable
``key`` too: trends across scorecard versions follow behaviours by key.

"No opportunity" is not a level of the scale: it is a separate mark on an observation that never
counts in any score or average.

``to_dict`` / ``from_dict`` give the canonical form stored in ``scorecard_versions.definition``
and used by the YAML/JSON formats. ``from_dict`` trusts its input (it is for our own stored
data); files from users go through ``fieldride.scorecards.loaders`` which validate first.
"""

from __future__ import annotations

import json
from typing import Any, NamedTuple


class Level(NamedTuple):
    value: int
    label: str
    description: str = ""


class Behaviour(NamedTuple):
    key: str
    title: str
    good: str = ""
    look_fors: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    weight: float | None = None


class Section(NamedTuple):
    title: str
    behaviours: tuple[Behaviour, ...] = ()


class Scorecard(NamedTuple):
    key: str
    name: str
    scale: tuple[Level, ...]
    sections: tuple[Section, ...]
    description: str = ""

    def behaviours(self) -> list[Behaviour]:
        return [b for s in self.sections for b in s.behaviours]

    def behaviour(self, key: str) -> Behaviour | None:
        return next((b for b in self.behaviours() if b.key == key), None)

    def level(self, value: int | None) -> Level | None:
        return next((lv for lv in self.scale if lv.value == value), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "name": self.name,
            "description": self.description,
            "scale": [
                {"value": lv.value, "label": lv.label, "description": lv.description}
                for lv in self.scale
            ],
            "sections": [
                {
                    "title": s.title,
                    "behaviours": [
                        {
                            "key": b.key,
                            "title": b.title,
                            "good": b.good,
                            "look_fors": list(b.look_fors),
                            "questions": list(b.questions),
                            **({"weight": b.weight} if b.weight is not None else {}),
                        }
                        for b in s.behaviours
                    ],
                }
                for s in self.sections
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Scorecard:
        return cls(
            key=data["key"],
            name=data["name"],
            description=data.get("description", ""),
            scale=tuple(
                Level(int(lv["value"]), lv["label"], lv.get("description", ""))
                for lv in data["scale"]
            ),
            sections=tuple(
                Section(
                    s["title"],
                    tuple(
                        Behaviour(
                            key=b["key"],
                            title=b["title"],
                            good=b.get("good", ""),
                            look_fors=tuple(b.get("look_fors", ())),
                            questions=tuple(b.get("questions", ())),
                            weight=b.get("weight"),
                        )
                        for b in s["behaviours"]
                    ),
                )
                for s in data["sections"]
            ),
        )

    def content_hash(self) -> str:
        """Hash of the canonical form: equal hashes mean the same standard."""
        import hashlib  # only scorecard saves need it; it loads OpenSSL, not needed at start

        canonical = json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class ScorecardVersion(NamedTuple):
    """A stored, immutable version of a scorecard."""

    id: int
    scorecard_id: int
    uuid: str
    version: int
    card: Scorecard
    source: str
    created_at: str
    archived: bool
    behaviour_ids: dict[str, int]  # behaviour key -> its row id in this version

    @property
    def key(self) -> str:
        return self.card.key

    @property
    def name(self) -> str:
        return self.card.name
