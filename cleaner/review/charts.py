"""Inline SVG charts: horizontal bars (lines per rule or category) and a histogram.

Plain SVG text with a ``viewBox``, so a chart scales with the page, needs no script and no
font files, and every number is written on the chart (a bar's length is never the only way
to read its value). Each chart is an image with a title and a description for screen readers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

WIDTH = 560
"""Width of a bar chart's drawing: about its width on the page, so 12 px text stays 12 px."""
ROW = 24
BAR = 16
FONT = 12
CHAR_WIDTH = 7.0
"""Rough width of one character at ``FONT`` px, to size the label column without a font."""
VALUE_ROOM = 64
LABEL_LIMIT = 34
MUTED = "#6b7280"
INK = "#1f2937"
HISTOGRAM_WIDTH = 1160
"""The histogram spans the page (its few wide bins read better large)."""
HISTOGRAM_HEIGHT = 200
HISTOGRAM_CHANGED = "#334155"
HISTOGRAM_UNCHANGED = "#9ca3af"


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: int
    colour: str
    detail: str = ""
    """Shown after the label in a lighter colour (e.g. a rule's category)."""


def bar_chart(ident: str, title: str, bars: Sequence[Bar], unit: str) -> str:
    """Horizontal bars, longest first as given, each labelled with its name and value."""
    if not bars:
        return f'<p class="empty" id="{ident}">{escape(title)}: nothing to show.</p>'
    label_chars = max(len(_label(bar)) for bar in bars)
    label_width = min(LABEL_LIMIT, label_chars) * CHAR_WIDTH + 12
    scale = (WIDTH - label_width - VALUE_ROOM) / max(bar.value for bar in bars)
    height = ROW * len(bars) + 8
    description = "; ".join(f"{bar.label}: {bar.value} {unit}" for bar in bars)
    parts = [_open(ident, title, WIDTH, height, description)]
    for row, bar in enumerate(bars):
        y = 4 + row * ROW
        middle = y + ROW / 2
        length = max(bar.value * scale, 2.0)
        parts.append(
            f'<text x="{label_width - 8:.0f}" y="{middle:.1f}" text-anchor="end"'
            f' dominant-baseline="central">{escape(_clip(bar.label))}'
            + (f'<tspan fill="{MUTED}"> {escape(bar.detail)}</tspan>' if bar.detail else "")
            + "</text>"
            f'<rect x="{label_width:.0f}" y="{middle - BAR / 2:.1f}" width="{length:.1f}"'
            f' height="{BAR}" rx="2" fill="{bar.colour}"/>'
            f'<text x="{label_width + length + 6:.1f}" y="{middle:.1f}"'
            f' dominant-baseline="central">{bar.value:,}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def histogram(ident: str, title: str, counts: Sequence[int], labels: Sequence[str]) -> str:
    """Vertical bars with their counts on top; the first bin (unchanged) in grey.

    A bin with any document gets a visible bar however tall the others are, and its count is
    printed above it, so that a handful of outliers next to thousands of documents show.
    """
    top = max(max(counts, default=0), 1)
    left, right, above, below = 8, 8, 22, 40
    plot = HISTOGRAM_HEIGHT - above - below
    slot = (HISTOGRAM_WIDTH - left - right) / len(counts)
    pairs = list(zip(labels, counts, strict=True))
    description = "; ".join(f"{label}%: {count} documents" for label, count in pairs)
    parts = [_open(ident, title, HISTOGRAM_WIDTH, HISTOGRAM_HEIGHT, description)]
    baseline = above + plot
    for index, (label, count) in enumerate(pairs):
        x = left + index * slot
        height = max(count / top * plot, 3.0) if count else 0.0
        colour = HISTOGRAM_UNCHANGED if index == 0 else HISTOGRAM_CHANGED
        centre = x + slot / 2
        count_fill = f' fill="{MUTED}"' if not count else ""
        parts.append(
            f'<rect x="{x + 4:.1f}" y="{baseline - height:.1f}" width="{slot - 8:.1f}"'
            f' height="{height:.1f}" rx="2" fill="{colour}"/>'
            f'<text x="{centre:.1f}" y="{baseline - height - 6:.1f}" text-anchor="middle"'
            f"{count_fill}>{count:,}</text>"
            f'<text x="{centre:.1f}" y="{baseline + 18:.1f}" text-anchor="middle"'
            f' fill="{MUTED}">{escape(label)}</text>'
        )
    parts.append(
        f'<line x1="{left}" x2="{HISTOGRAM_WIDTH - right}" y1="{baseline + 0.5}"'
        f' y2="{baseline + 0.5}"'
        f' stroke="{MUTED}"/>'
        f'<text x="{HISTOGRAM_WIDTH / 2:.0f}" y="{HISTOGRAM_HEIGHT - 6}" text-anchor="middle"'
        f' fill="{MUTED}">share of the text removed (%)</text></svg>'
    )
    return "".join(parts)


def _open(ident: str, title: str, width: int, height: float, description: str) -> str:
    return (
        f'<svg id="{ident}" class="chart" viewBox="0 0 {width} {height:.0f}"'
        f' role="img" aria-labelledby="{ident}-t {ident}-d" font-size="{FONT}" fill="{INK}">'
        f'<title id="{ident}-t">{escape(title)}</title>'
        f'<desc id="{ident}-d">{escape(description)}</desc>'
    )


def _label(bar: Bar) -> str:
    return f"{_clip(bar.label)} {bar.detail}" if bar.detail else _clip(bar.label)


def _clip(label: str) -> str:
    return label if len(label) <= LABEL_LIMIT else label[: LABEL_LIMIT - 1] + "…"
