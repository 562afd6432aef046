"""Line-level quality of news-cleaner on already-scraped text, next to two baselines.

Reads every ``<id>/input.txt`` + ``<id>/gold.txt`` under a directory (default
``../shared/eval/text-dev`` next to the repository; it is read by path, never copied
into the project), cleans each input with ``Cleaner().clean`` and scores the output
against the gold article body with the metric of ``../shared/eval/README.md``:

* Lines are compared after removing all whitespace. A line is *correct* if it equals a
  gold line, or, when it has 6 or more words, occurs anywhere inside the gold text
  (the gold text with all whitespace removed).
* Per case: the output lines are the non-blank lines of the output, and
  ``precision = correct output lines / output lines``. The *content lines* are the
  non-blank input lines that are correct by the same test, and
  ``recall = content lines kept in the output / content lines``. "Kept" is a multiset
  match on the whitespace-free line, so a content line that occurs twice in the input
  and once in the output counts once as kept and once as removed.
* Edge cases: no content lines gives recall 1.0 (nothing to miss); no output lines gives
  precision 1.0 when there are no content lines either (an empty answer was right) and
  0.0 otherwise (deleting everything is not precise, it is a failure); per-case F1 is
  0.0 when both precision and recall are 0.
* Over cases: every case weighs the same. The headline ``F1`` is the harmonic mean of the
  mean precision and the mean recall; this is the figure the eval README's table
  reports (raw input 0.781, C4-style 0.827, C4-style with curly quotes 0.861). The mean
  of the per-case F1 values is printed beside it (it is lower: a case with a bad F1
  pulls it down more).

Content-line safety (the worst error is removing a line of the article) is reported too:
content lines removed in total, the share of content lines kept over all cases (target
>= 99.5%), the lowest per-case recall and the number of cases whose recall is below 1.

Methods: ``raw`` (the input unchanged), ``c4`` (the C4 line filter as in the C4 dataset
code: keep a stripped line that ends in ``. ! ? "`` but not in ``...`` and has at least 3
words), ``c4-curly`` (the same, also accepting the closing quotes ``” ’ '``),
``gold-span`` (a reference that cheats: it uses the gold to drop only the lines above the
first and below the last content line, the ceiling of pure head/tail trimming; README
0.956) and ``news-cleaner``. On text-dev the metric reproduces the README's table: raw
0.781, c4 0.827, c4-curly 0.861, gold-span 0.956.

    python benchmarks/text_quality.py                   # the table
    python benchmarks/text_quality.py --worst 10        # the 10 worst cases, line by line
    python benchmarks/text_quality.py --json            # machine-readable
    python benchmarks/text_quality.py --baselines-only  # metric check without the core

This is a development tool, never a test: it prints numbers and asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "eval" / "text-dev"

#: Lines of at least this many words may match anywhere inside the gold text.
SUBSTRING_MIN_WORDS = 6
#: Share of content lines that must survive over the whole set (DESIGN.md, false removals).
CONTENT_KEPT_TARGET = 0.995

C4_END_MARKS = (".", "!", "?", '"')
C4_CURLY_END_MARKS = (*C4_END_MARKS, "”", "’", "'")
C4_ELLIPSIS = "..."
C4_MIN_WORDS = 3

#: A method turns one case into its output text (only ``gold-span`` looks at the gold).
Method = Callable[["Case"], str]


# --------------------------------------------------------------------------- metric


def squash(line: str) -> str:
    """The line with all whitespace removed: the form lines are compared in."""
    return "".join(line.split())


def content_lines(text: str) -> list[str]:
    """The non-blank lines of a text (terminators dropped)."""
    return [line for line in text.splitlines() if line.strip()]


class Gold:
    """The gold article body of one case, ready for the "is this line correct" test."""

    def __init__(self, gold_text: str) -> None:
        self.lines = {squash(line) for line in content_lines(gold_text)}
        self.joined = squash(gold_text)

    def matches(self, line: str) -> bool:
        squashed = squash(line)
        if not squashed:
            return False
        if squashed in self.lines:
            return True
        return len(line.split()) >= SUBSTRING_MIN_WORDS and squashed in self.joined


@dataclass
class CaseScore:
    case: str
    precision: float
    recall: float
    f1: float
    output_lines: int
    content_lines: int
    content_kept: int
    removed_content: list[str] = field(default_factory=list)
    kept_junk: list[str] = field(default_factory=list)

    @property
    def content_removed(self) -> int:
        return self.content_lines - self.content_kept


def harmonic(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r > 0 else 0.0


def score_case(case: str, input_text: str, output_text: str, gold: Gold) -> CaseScore:
    out = content_lines(output_text)
    correct = [gold.matches(line) for line in out]
    kept_junk = [line for line, ok in zip(out, correct, strict=True) if not ok]

    content = [line for line in content_lines(input_text) if gold.matches(line)]
    available = Counter(squash(line) for line in out)
    removed: list[str] = []
    for line in content:  # multiset match, in input order so removals print in order
        key = squash(line)
        if available[key] > 0:
            available[key] -= 1
        else:
            removed.append(line)
    kept = len(content) - len(removed)

    # An empty output is precise only when there was nothing to keep.
    empty_precision = 0.0 if content else 1.0
    precision = sum(correct) / len(out) if out else empty_precision
    recall = kept / len(content) if content else 1.0
    return CaseScore(
        case=case,
        precision=precision,
        recall=recall,
        f1=harmonic(precision, recall),
        output_lines=len(out),
        content_lines=len(content),
        content_kept=kept,
        removed_content=removed,
        kept_junk=kept_junk,
    )


@dataclass
class Summary:
    method: str
    cases: list[CaseScore]

    @property
    def precision(self) -> float:
        return statistics.fmean(c.precision for c in self.cases)

    @property
    def recall(self) -> float:
        return statistics.fmean(c.recall for c in self.cases)

    @property
    def f1(self) -> float:
        """F1 of the mean precision and mean recall (the eval README's figure)."""
        return harmonic(self.precision, self.recall)

    @property
    def mean_case_f1(self) -> float:
        return statistics.fmean(c.f1 for c in self.cases)

    @property
    def content_total(self) -> int:
        return sum(c.content_lines for c in self.cases)

    @property
    def content_removed(self) -> int:
        return sum(c.content_removed for c in self.cases)

    @property
    def content_kept_share(self) -> float:
        total = self.content_total
        return (total - self.content_removed) / total if total else 1.0

    @property
    def min_recall(self) -> float:
        return min(c.recall for c in self.cases)

    @property
    def cases_recall_below_1(self) -> int:
        return sum(1 for c in self.cases if c.recall < 1.0)

    @property
    def junk_kept(self) -> int:
        return sum(len(c.kept_junk) for c in self.cases)

    def to_dict(self, per_case: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "mean_case_f1": self.mean_case_f1,
            "content_lines": self.content_total,
            "content_lines_removed": self.content_removed,
            "content_kept_share": self.content_kept_share,
            "min_recall": self.min_recall,
            "cases_recall_below_1": self.cases_recall_below_1,
            "junk_lines_kept": self.junk_kept,
        }
        if per_case:
            data["cases"] = {
                c.case: {"precision": c.precision, "recall": c.recall, "f1": c.f1}
                for c in self.cases
            }
        return data


# --------------------------------------------------------------------------- methods


def raw(case: Case) -> str:
    return case.input_text


def gold_span(case: Case) -> str:
    """Reference, not a method: drop only what lies above the first / below the last content line.

    The eval README's 0.956 row: the ceiling of pure head/tail trimming.
    """
    lines = case.input_text.splitlines()
    hits = [i for i, line in enumerate(lines) if case.gold.matches(line)]
    return "\n".join(lines[hits[0] : hits[-1] + 1]) if hits else ""


def _c4_filter(end_marks: tuple[str, ...]) -> Method:
    def keep(line: str) -> bool:
        stripped = line.strip()
        return (
            stripped.endswith(end_marks)
            and not stripped.endswith(C4_ELLIPSIS)
            and len(stripped.split()) >= C4_MIN_WORDS
        )

    def clean(case: Case) -> str:
        return "\n".join(line for line in case.input_text.splitlines() if keep(line))

    return clean


def news_cleaner() -> Method:
    """``Cleaner().clean`` of this checkout (the repository root goes first on sys.path)."""
    if str(REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(REPO_ROOT))
    from cleaner import Cleaner

    core = Cleaner()

    def clean(case: Case) -> str:
        return core.clean(case.input_text).text

    return clean


# --------------------------------------------------------------------------- running


@dataclass
class Case:
    name: str
    input_text: str
    gold: Gold


def _read(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


def load_cases(data: Path, content_only: bool = False) -> list[Case]:
    """The cases; with ``content_only`` each input is replaced by its gold text, a document
    with nothing to remove, so that recall and kept% show false removals alone."""
    cases = []
    for folder in sorted(p for p in data.iterdir() if (p / "input.txt").is_file()):
        gold_path = folder / "gold.txt"
        if not gold_path.is_file():
            continue
        # newline="" keeps CR/CRLF as they are: the cleaner sees the bytes a scraper wrote.
        input_text = _read(folder / "input.txt")
        gold_text = _read(gold_path)
        if content_only:
            input_text = gold_text
        cases.append(Case(folder.name, input_text, Gold(gold_text)))
    return cases


def evaluate(method: str, clean: Method, cases: Sequence[Case]) -> Summary:
    scores = []
    for case in cases:
        try:
            output = clean(case)
        except Exception as error:
            raise RuntimeError(f"{method} failed on case {case.name}: {error!r}") from error
        scores.append(score_case(case.name, case.input_text, output, case.gold))
    return Summary(method, scores)


def print_table(summaries: Sequence[Summary], n_cases: int, data: Path) -> None:
    print(f"text-dev line quality: {n_cases} cases from {data}")
    header = (
        f"{'method':<14} {'F1':>6} {'P':>6} {'R':>6} {'caseF1':>7} "
        f"{'kept%':>7} {'removed':>8} {'minR':>6} {'R<1':>4} {'junk':>6}"
    )
    print(header)
    print("-" * len(header))
    for s in summaries:
        print(
            f"{s.method:<14} {s.f1:6.3f} {s.precision:6.3f} {s.recall:6.3f} "
            f"{s.mean_case_f1:7.3f} {100 * s.content_kept_share:6.2f}% "
            f"{s.content_removed:8d} {s.min_recall:6.3f} {s.cases_recall_below_1:4d} "
            f"{s.junk_kept:6d}"
        )
    print()
    print("F1 = harmonic mean of mean P and mean R (the eval README's figure);")
    print("caseF1 = mean of per-case F1; kept% = content lines kept over all cases")
    print(f"(target >= {100 * CONTENT_KEPT_TARGET:.1f}%); removed = content lines removed;")
    print("minR = lowest per-case recall; R<1 = cases with recall < 1; junk = junk lines kept.")


def print_worst(summary: Summary, n: int) -> None:
    worst = sorted(summary.cases, key=lambda c: (c.f1, c.case))[:n]
    print()
    print(f"{len(worst)} worst cases for {summary.method} (lowest F1 first)")
    for c in worst:
        print()
        print(
            f"== {c.case}  F1 {c.f1:.3f}  P {c.precision:.3f}  R {c.recall:.3f}  "
            f"({c.content_kept}/{c.content_lines} content lines kept, "
            f"{len(c.kept_junk)} junk lines kept)"
        )
        for line in c.removed_content:
            print(f"  - removed content: {_short(line)}")
        for line in c.kept_junk:
            print(f"  + kept junk:       {_short(line)}")


def _short(line: str, width: int = 110) -> str:
    line = line.strip()
    return line if len(line) <= width else line[: width - 1] + "…"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of <id>/ cases")
    parser.add_argument(
        "--worst", type=int, default=0, metavar="N", help="show the N cases with the lowest F1"
    )
    parser.add_argument(
        "--worst-of",
        default=None,
        choices=["news-cleaner", "raw", "c4", "c4-curly", "gold-span"],
        help="method whose worst cases --worst shows (default: news-cleaner if available)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument(
        "--per-case", action="store_true", help="with --json: include every case's P/R/F1"
    )
    parser.add_argument(
        "--baselines-only", action="store_true", help="score raw and C4 only (no core needed)"
    )
    parser.add_argument(
        "--content-only",
        action="store_true",
        help="clean the gold texts themselves (no junk at all): measures false removals",
    )
    args = parser.parse_args(argv)

    data: Path = args.data
    if not data.is_dir():
        print(f"error: no such data folder: {data}", file=sys.stderr)
        return 2
    cases = load_cases(data, content_only=args.content_only)
    if not cases:
        print(f"error: no <id>/input.txt + gold.txt cases under {data}", file=sys.stderr)
        return 2

    methods: list[tuple[str, Method]] = [
        ("raw", raw),
        ("c4", _c4_filter(C4_END_MARKS)),
        ("c4-curly", _c4_filter(C4_CURLY_END_MARKS)),
        ("gold-span", gold_span),
    ]
    notes: list[str] = []
    if not args.baselines_only:
        try:
            methods.append(("news-cleaner", news_cleaner()))
        except ImportError as error:
            notes.append(f"news-cleaner not importable ({error}); baselines only")

    summaries = {name: evaluate(name, clean, cases) for name, clean in methods}
    worst_of = args.worst_of or ("news-cleaner" if "news-cleaner" in summaries else "c4-curly")
    if args.worst and worst_of not in summaries:
        notes.append(f"--worst-of {worst_of}: that method did not run")

    if args.json:
        result: dict[str, Any] = {
            "data": str(data),
            "cases": len(cases),
            "methods": {name: s.to_dict(args.per_case) for name, s in summaries.items()},
            "notes": notes,
        }
        if args.worst and worst_of in summaries:
            worst = sorted(summaries[worst_of].cases, key=lambda c: (c.f1, c.case))
            result["worst"] = {
                "method": worst_of,
                "cases": [
                    {
                        "case": c.case,
                        "f1": c.f1,
                        "precision": c.precision,
                        "recall": c.recall,
                        "removed_content": c.removed_content,
                        "kept_junk": c.kept_junk,
                    }
                    for c in worst[: args.worst]
                ],
            }
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0

    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    print_table(list(summaries.values()), len(cases), data)
    if args.worst and worst_of in summaries:
        print_worst(summaries[worst_of], args.worst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
