"""HTML pipeline time next to trafilatura's own ``extract`` with the same settings.

Both sides run on the same pages (default ``../shared/eval/aeb-dev/html``, read by path) in
one process: ``trafilatura.extract(html, favor_precision=True, include_comments=False,
with_metadata=True)`` against ``Cleaner().clean_html(html)`` (extraction + rules + sidecar).
Repeats are interleaved, the order alternates, one untimed warm-up pass comes first, and the
figures are medians of ``time.perf_counter`` wall time. Target (issue 3): the pipeline costs at
most 1.1x trafilatura's extract.

    python benchmarks/html_speed.py --repeat 5

A development tool, never a test: it prints numbers and asserts nothing.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "eval" / "aeb-dev" / "html"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of *.html.gz")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    sys.path.insert(0, str(REPO_ROOT))
    import trafilatura

    from cleaner import Cleaner

    pages = [
        gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        for path in sorted(args.data.glob("*.html.gz"))
    ]
    cleaner = Cleaner()

    def extract_only() -> None:
        for html in pages:
            trafilatura.extract(
                html, favor_precision=True, include_comments=False, with_metadata=True
            )

    def pipeline() -> None:
        for html in pages:
            cleaner.clean_html(html)

    contenders: list[tuple[str, Callable[[], None]]] = [
        ("trafilatura.extract", extract_only),
        ("news-cleaner clean_html", pipeline),
    ]
    for _, run in contenders:
        run()  # warm-up: imports, caches
    times: dict[str, list[float]] = {name: [] for name, _ in contenders}
    for repeat in range(args.repeat):
        order = contenders if repeat % 2 == 0 else contenders[::-1]
        for name, run in order:
            start = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - start)

    print(f"HTML speed: {len(pages)} pages, {args.repeat} interleaved repeats, medians")
    print(f"{'contender':<26} {'median s':>9} {'pages/s':>8} {'ms/page':>8}")
    for name, values in times.items():
        median = statistics.median(values)
        print(
            f"{name:<26} {median:9.3f} {len(pages) / median:8.1f} {1000 * median / len(pages):8.2f}"
        )
    ratio = statistics.median(times["news-cleaner clean_html"]) / statistics.median(
        times["trafilatura.extract"]
    )
    print(f"pipeline / extract: {ratio:.2f}x (target <= 1.10x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
