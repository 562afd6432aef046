"""Colours of the removal categories, shared by the charts and the struck-through sample lines.

Each colour is dark enough for text: it has a contrast of at least 4.5:1 (WCAG AA) both on
white and on its own light tint, which is the background of a removed line. Colour is never
the only cue: removed lines are also struck through and carry their rule id as text.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

PALETTE = (
    "#b3261e",
    "#1f5fa8",
    "#8a5300",
    "#276b2b",
    "#6a1b9a",
    "#00695c",
    "#ad1457",
    "#5b6b00",
    "#a8390a",
    "#3949ab",
    "#6d4c41",
    "#0b6e99",
)
OTHER = "#555f6d"
"""For the categories beyond the palette's size (the ones that removed the fewest lines)."""

TINT = 0.9
"""How far towards white a category's background is mixed from its text colour."""


def tint(colour: str, amount: float = TINT) -> str:
    """``colour`` mixed with white: ``amount`` 0 gives the colour, 1 gives white."""
    channels = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(c + (255 - c) * amount):02x}" for c in channels)


@dataclass(frozen=True)
class CategoryColours:
    """Which colour each category gets: the palette in order of lines removed, most first.

    Deterministic for a given run (ties go by name), so the same folder gives the same page.
    """

    order: tuple[str, ...]

    @classmethod
    def for_counts(cls, lines_by_category: Counter[str]) -> CategoryColours:
        ranked = sorted(lines_by_category, key=lambda name: (-lines_by_category[name], name))
        return cls(tuple(ranked))

    def slot(self, category: str) -> int:
        """The CSS class number of ``category`` (``len(PALETTE)`` for "other")."""
        try:
            return min(self.order.index(category), len(PALETTE))
        except ValueError:
            return len(PALETTE)

    def colour(self, category: str) -> str:
        slot = self.slot(category)
        return PALETTE[slot] if slot < len(PALETTE) else OTHER

    def css(self) -> str:
        """``.k0{--fg:...;--bg:...}`` for every slot in use, read by the page's stylesheet."""
        used = sorted({self.slot(category) for category in self.order})
        colours = [PALETTE[slot] if slot < len(PALETTE) else OTHER for slot in used]
        return "".join(
            f".k{slot}{{--fg:{colour};--bg:{tint(colour)}}}"
            for slot, colour in zip(used, colours, strict=True)
        )
