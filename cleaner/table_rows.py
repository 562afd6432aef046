"""Rows of a table flattened into lines: cells split by pipes ("Countywide | 412 | 447"), by
tabs or runs of spaces (a results table's rows among them), a row of mostly figures, or a
statement's line items with their figures.

A table's rows weigh as structured content when the body is looked for, not as the short,
unpunctuated lines of a menu that they look like, and the data that closes an article may be
a table's rows.
"""

from collections.abc import Sequence

from cleaner.features import (
    DIGITS,
    any_digit,
)
from cleaner.model import Block, BlockKind
from cleaner.regex_cache import compile_regex

_CELL_SEPARATOR = compile_regex(r"\s*[|\t]\s*")
_SPACED_CELL = compile_regex(r" {2,}")
_FIGURE_CELL = r"(?:[$€£]\s?)?(?:\(\s?)?\d[\d,]*(?:\.\d+)?(?:\s?\))?%?"
_STATEMENT_ROW = compile_regex(  # "Net sales $ 84,216 $ 75,871", "Net loss $ (21,835 ) $ (16,205 )"
    rf"\p{{L}}[^\d$€£+]{{0,80}}?(?:\s+{_FIGURE_CELL}){{2,6}}"
)
_STATEMENT_UNITS = compile_regex(
    r"(?i)\(\s*(?:(?:dollars|amounts|figures|\$|€|£)\s+)?in\s+(?:thousands|millions|billions)\b[^)]*\)"
    r"|\(\s*unaudited\s*\)"
)
STATEMENT_ROWS_MIN = 3
"""A financial statement's table has this many rows at least."""
STATEMENT_UNITS_REACH = 6
"""Its units stand at most this many lines above its first row."""
_NUMBER = compile_regex(r"[-+]?[\d.,:/%]*\d[\d.,:/%]*")
_CELLS = compile_regex(r"\s*[|\t]\s*|\s{2,}")
_PLACE_CELL = compile_regex(r"(?i:T?\d{1,3}\.?|pos\.?|place|rank|no\.|#|pl\.)")


def is_table_row(text: str) -> bool:
    """A row of figures (standings, results, prices): three or more numbers, mostly numbers.

    Cell separators ("|") do not count as words.
    """
    if len(DIGITS.findall(text, 0, 400)) < 3:
        return False
    tokens = [token for token in text.split() if token != "|"]
    numbers = sum(1 for token in tokens if _NUMBER.fullmatch(token))
    return numbers >= 3 and numbers * 2 >= len(tokens)


def pipe_table_rows(blocks: Sequence[Block]) -> set[int]:
    """Lines of a table whose cells a scraper joined with "|" or tabs: runs of two or more
    lines (blank lines between them allowed) with the same number of cells, three at least,
    and figures in some cell ("Player | Snaps | Pct", "Tom Brady | 64 | 100%"). A row of
    names and figures is no byline and its header no breadcrumb; a site's menu rows ("Terms
    | Privacy | Contact") have no figures."""
    rows: set[int] = set()
    run: list[int] = []
    cells = 0
    figures = False

    def close() -> None:
        if len(run) >= 2 and figures:
            rows.update(run)

    for block in blocks:
        if block.kind is BlockKind.BLANK:
            continue
        text = block.text
        count = table_cells(text)
        if count >= 3 and count == cells:
            run.append(block.position)
        else:
            close()
            run, figures = ([block.position], False) if count >= 3 else ([], False)
            cells = count
        if count >= 3 and any_digit(text):
            figures = True
    close()
    return rows


def spaced_table_rows(blocks: Sequence[Block]) -> set[int]:
    """Lines of a table whose cells a scraper joined with runs of spaces: three or more lines
    in a row (blank lines between them allowed) with the same number of cells, two at least,
    each below the first (the header: "Week ending  Cases") ending in a figure ("May 23
    1,158"). A row that opens with a date is still a row: as a date line it cut a time
    series and the paragraphs above it from the body. A menu ("Scores  Schedule  Standings")
    ends in no figure."""
    rows: set[int] = set()
    run: list[int] = []
    cells = 0
    for block in [block for block in blocks if block.kind is not BlockKind.BLANK]:
        parts = spaced_cells(block.text)
        count = len(parts) if len(parts) >= 2 else 0
        figure = count > 0 and any_digit(parts[-1])
        if count and count == cells and figure:
            run.append(block.position)
            continue
        if len(run) >= 3:
            rows.update(run)
        run, cells = ([block.position], count) if count else ([], 0)
    if len(run) >= 3:
        rows.update(run)
    return rows


def statement_rows(blocks: Sequence[Block]) -> set[int]:
    """Lines of a financial statement whose columns a scraper joined with single spaces:
    three or more lines in a row (blank lines between them allowed), each a label in words
    and two figures or more after it ("Net sales $ 84,216 $ 75,871", "Net loss per share $
    (0.71 ) $ (0.62 )"), under the statement's units ("(in thousands, except per share
    data)", "(unaudited)") at most ``STATEMENT_UNITS_REACH`` lines above the first. A deals
    box ("AirPods Pro $249 $234.98") or a league's ladder ("Sydney FC 10 8 1 1 25") has
    rows of the same shape and no units (review 122)."""
    lines = [block for block in blocks if block.kind is not BlockKind.BLANK]
    rows: set[int] = set()
    run: list[int] = []

    def close(end: int) -> None:
        if len(run) < STATEMENT_ROWS_MIN:
            return  # most lines end no run: no units to look for
        start = end - len(run)
        if any(
            _STATEMENT_UNITS.search(block.text) is not None
            for block in lines[max(start - STATEMENT_UNITS_REACH, 0) : start]
        ):
            rows.update(run)

    for position, block in enumerate(lines):
        text = block.text
        if any_digit(text) and _STATEMENT_ROW.fullmatch(text.strip()) is not None:
            run.append(block.position)
            continue
        close(position)
        run = []
    close(len(lines))
    return rows


def spaced_cells(text: str) -> list[str]:
    """The parts of a line between runs of two or more spaces (a table's cells, a menu's
    items); one part for a line with none."""
    parts: list[str] = _SPACED_CELL.split(text.strip())
    return parts


def table_cells(text: str) -> int:
    """The cells of a line whose cells a scraper joined with "|" or tabs (0 without either).
    A separator at the end of a row that opens with none closes an empty cell (the leader's
    gap in "1 | Leon Varga | Red Bull | 1'14.572 |"); one at both ends is the table's border."""
    if "|" not in text and "\t" not in text:
        return 0
    stripped = text.strip()
    filled = len([cell for cell in _CELL_SEPARATOR.split(stripped) if cell.strip()])
    return filled + (stripped.endswith("|") and not stripped.startswith("|"))


def is_results_row(text: str) -> bool:
    """A row of a table of results whose cells a scraper set apart with tabs, "|" or runs of
    spaces, a place or a rank in the first ("1      M. Sandoval     Ferrari 1h36m48.904s",
    "Pos    Driver  Team    Time/Gap"). A box's teasers set out in cells start with a
    section or a kind ("NFL    Chiefs clinch the division    3h ago")."""
    cells = [cell for cell in _CELLS.split(text.strip()) if cell.strip()]
    return len(cells) >= 3 and _PLACE_CELL.fullmatch(cells[0].strip()) is not None
