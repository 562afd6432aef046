"""Does cleaning one document stay linear in its size? Time per line as documents grow.

A scraped "article" is sometimes a whole page of lists, a forum thread or a feed dumped into one
document: thousands of short lines. The heuristics walk runs of lines (a box of links, the
teasers under a "read also" link, the lines under the body's last paragraph); a walk that
starts again from every line of a run costs time in the square of the run's length, which the
ordinary articles of ``text_speed.py`` (35 lines on average) never show: three such walks
took 6 to 17 s on a document of 8,000 lines before they were made linear.

Each shape below is made at ``--lines`` N, 2N and 4N lines (default 2,000) and cleaned with
one ``Cleaner().clean`` (built once, outside the timing); the figure is the median of
``--repeat`` runs. The growth exponent ``log2(t(4N) / t(2N))`` is about 1 for a linear cost
and about 2 for a quadratic one; it is printed for each shape, with the time per 1,000 lines.

Shapes (made-up text, the same words at every size):

- ``prose``       paragraphs of sentences: the ordinary case, a baseline;
- ``headlines``   a paragraph, then a run of short title-case lines with no full stop, the shape
                  of a box of teasers under an article;
- ``read-also``   paragraphs, a "Read also" link and a teaser, then a run of lower-case lines;
- ``bullets``     a "Read more:" header over a run of bulleted teasers, then a paragraph;
- ``list``        a paragraph, a box header, a run of teaser lines, a paragraph;
- ``one-line``    one line of ``--line-mb`` megabytes (default 5): the single-line file
                  (grows by characters, not lines; the issue's 50 MB file with ``--line-mb
                  50``).

    python benchmarks/long_documents.py
    python benchmarks/long_documents.py --lines 1000 --repeat 5
    python benchmarks/long_documents.py --json

This is a development tool, never a test: it prints numbers and asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent

SENTENCE = (
    "The council approved the budget on Tuesday after a debate of more than six hours, "
    "with the opposition voting against it."
)
TEASER = "Harbour Ferry To Run All Night In Summer {}"
LOWER_TEASER = "new cycle lanes planned for the city centre {}"


def prose(lines: int) -> str:
    return "\n".join(f"{SENTENCE} Paragraph {i} ends here." for i in range(lines))


def headlines(lines: int) -> str:
    return "\n".join([SENTENCE] + [TEASER.format(i) for i in range(lines)])


def read_also(lines: int) -> str:
    head = [SENTENCE, SENTENCE, "Read also", "Rail fares rise on long-distance routes"]
    return "\n".join(head + [LOWER_TEASER.format(i) for i in range(lines)])


def bullets(lines: int) -> str:
    items = [f"* {TEASER.format(i)}" for i in range(lines)]
    return "\n".join([SENTENCE, "Read more:", *items, SENTENCE])


def box_list(lines: int) -> str:
    items = [TEASER.format(i) for i in range(lines)]
    return "\n".join([SENTENCE, "More on this story", *items, SENTENCE])


SHAPES: dict[str, Callable[[int], str]] = {
    "prose": prose,
    "headlines": headlines,
    "read-also": read_also,
    "bullets": bullets,
    "list": box_list,
}


def one_line(megabytes: float) -> str:
    words = SENTENCE + " "
    return words * max(1, int(megabytes * 1_000_000 / len(words)))


def median_seconds(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def growth(small: float, large: float) -> float:
    """The exponent k of ``t ~ size**k`` between a size and twice that size."""
    return math.log2(large / small) if small > 0 and large > 0 else float("nan")


def measure(lines: int, repeat: int, line_mb: float) -> dict[str, Any]:
    if str(REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(REPO_ROOT))
    from cleaner import Cleaner

    cleaner = Cleaner()
    cleaner.clean(prose(50))  # warm the rule patterns up outside the timing
    sizes = (lines, 2 * lines, 4 * lines)
    results: dict[str, Any] = {"sizes": list(sizes), "repeat": repeat, "shapes": {}}
    for name, make in SHAPES.items():
        seconds = []
        for size in sizes:
            text = make(size)
            seconds.append(median_seconds(lambda text=text: cleaner.clean(text), repeat))
        results["shapes"][name] = {
            "seconds": seconds,
            "ms_per_1000_lines": [
                1000 * s / size * 1000 for s, size in zip(seconds, sizes, strict=True)
            ],
            "growth": growth(seconds[1], seconds[2]),
        }
    megabytes = (line_mb / 4, line_mb / 2, line_mb)
    seconds = []
    for size in megabytes:
        text = one_line(size)
        seconds.append(median_seconds(lambda text=text: cleaner.clean(text), repeat))
    results["one_line"] = {
        "megabytes": list(megabytes),
        "seconds": seconds,
        "growth": growth(seconds[1], seconds[2]),
    }
    return results


def print_table(results: dict[str, Any]) -> None:
    sizes = results["sizes"]
    print(f"long documents: median of {results['repeat']} runs of Cleaner().clean")
    header = "shape        " + "".join(f"{size:>8} lines" for size in sizes)
    print(header + "   ms/1000 lines at the largest   growth (1 linear, 2 quadratic)")
    print("-" * (len(header) + 60))
    for name, shape in results["shapes"].items():
        cells = "".join(f"{s:>12.3f} s" for s in shape["seconds"])
        print(
            f"{name:<13}{cells}   {shape['ms_per_1000_lines'][-1]:>10.1f}"
            f"                   {shape['growth']:>5.2f}"
        )
    line = results["one_line"]
    cells = "".join(f"{s:>12.3f} s" for s in line["seconds"])
    sizes_mb = ", ".join(f"{mb:g}" for mb in line["megabytes"])
    print(f"{'one-line':<13}{cells}   ({sizes_mb} MB in one line)    {line['growth']:>5.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=2000, help="smallest size N (N, 2N, 4N)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size (median)")
    parser.add_argument("--line-mb", type=float, default=5.0, help="largest one-line document")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()
    results = measure(args.lines, args.repeat, args.line_mb)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print_table(results)


if __name__ == "__main__":
    main()
