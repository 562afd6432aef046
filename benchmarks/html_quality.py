"""HTML extraction quality on the article-extraction benchmark pages, next to trafilatura.

Reads ``<data>/html/<id>.html.gz`` and ``<data>/ground-truth.json`` (default
``../shared/eval/aeb-dev``, read by path, never copied into the repository) and scores every
method with the benchmark's own metric: tokens are ``\\w+`` runs, a text is the multiset of
its 4-token shingles; per page TP/FP/FN are multiset intersections and differences with the
gold shingles; precision is the mean over pages with TP+FP > 0 of TP/(TP+FP) (1.0 for a page
where FP = FN = 0), recall likewise with FN, and F1 is the harmonic mean of the two means.

    python benchmarks/html_quality.py
    python benchmarks/html_quality.py --worst 10     # pages where news-cleaner loses most

A development tool, never a test: it prints numbers and asserts nothing.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import regex

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "eval" / "aeb-dev"
TOKEN = regex.compile(r"\w+")


def shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    tokens = TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + size]) for i in range(max(0, len(tokens) - size + 1)))


@dataclass(frozen=True)
class PageScore:
    page: str
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float | None:
        if self.fp == 0 and self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        if self.fp == 0 and self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


def score(page: str, predicted: str, gold: str) -> PageScore:
    p, g = shingles(predicted), shingles(gold)
    tp = sum((p & g).values())
    return PageScore(page, tp, sum((p - g).values()), sum((g - p).values()))


def summary(scores: Sequence[PageScore]) -> tuple[float, float, float]:
    precisions = [s.precision for s in scores if s.precision is not None]
    recalls = [s.recall for s in scores if s.recall is not None]
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def trafilatura_method(**options: bool) -> Callable[[str], str]:
    import trafilatura

    def run(html: str) -> str:
        return trafilatura.extract(html, include_comments=False, **options) or ""

    return run


def news_cleaner_method() -> Callable[[str], str]:
    sys.path.insert(0, str(REPO_ROOT))
    from cleaner import Cleaner

    cleaner = Cleaner()
    return lambda html: cleaner.clean_html(html).text


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--worst", type=int, default=0, metavar="N")
    args = parser.parse_args(argv)
    gold = json.loads((args.data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {
        page: gzip.decompress((args.data / "html" / f"{page}.html.gz").read_bytes()).decode(
            "utf-8", "replace"
        )
        for page in sorted(gold)
    }
    methods = {
        "trafilatura default": trafilatura_method(),
        "trafilatura favor_precision": trafilatura_method(favor_precision=True),
        "news-cleaner": news_cleaner_method(),
    }
    results: dict[str, list[PageScore]] = {}
    for name, method in methods.items():
        results[name] = [
            score(page, method(html), gold[page]["articleBody"]) for page, html in pages.items()
        ]
    print(f"HTML quality: {len(pages)} pages from {args.data}")
    print(f"{'method':<30} {'F1':>7} {'P':>7} {'R':>7}")
    for name, scores in results.items():
        f1, p, r = summary(scores)
        print(f"{name:<30} {f1:7.4f} {p:7.4f} {r:7.4f}")
    if args.worst:
        base = {s.page: s for s in results["trafilatura favor_precision"]}
        ours = results["news-cleaner"]

        def loss(s: PageScore) -> float:
            mine = (s.precision or 0) + (s.recall or 0)
            theirs = (base[s.page].precision or 0) + (base[s.page].recall or 0)
            return mine - theirs

        print()
        for s in sorted(ours, key=loss)[: args.worst]:
            b = base[s.page]
            print(
                f"{s.page[:12]}  ours P {s.precision or 0:.3f} R {s.recall or 0:.3f}"
                f"  trafilatura P {b.precision or 0:.3f} R {b.recall or 0:.3f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
