"""Which documents a change cleans differently: this checkout's outputs next to a git REF's.

For every document, the sha256 of what cleaning gives (the clean text, the sidecar without its
``tool`` stamp and the line-by-line decisions, and the clean text of a second cleaning) is taken
once with this checkout and once with REF, checked out in a temporary git worktree; each tree
runs in a subprocess of its own with only that tree on ``sys.path``. The documents are the
text-dev inputs (default ``../shared/eval/text-dev/*/input.txt``), the seeds
(``../shared/seeds``), the aeb-dev HTML pages (``../shared/eval/aeb-dev/html``, through
``Cleaner.clean_html``) and the ``*.txt`` files of any folder given, all read by path.

A change meant to move code without changing what it does (a module split, a rename) must
list no document; a change to a rule or a finder lists the documents it moves, to read with
``news-cleaner explain``. Documents whose second cleaning differs from their first are counted
on each side: cleaning is meant to be idempotent.

    python benchmarks/output_changes.py --compare HEAD~1
    python benchmarks/output_changes.py --compare v0.1.0 more/labelled/pages/

A development tool, never a test: it prints what differs and asserts nothing.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from startup import drop_worktree, worktree  # this folder is first on sys.path

REPO_ROOT = Path(__file__).resolve().parent.parent
EVAL = REPO_ROOT.parent / "shared" / "eval"
PARTS = ("text", "sidecar", "decisions")


def documents(data: Path, seeds: Path, html: Path, folders: Sequence[Path]) -> Iterator[Path]:
    """Every document to clean, in a fixed order."""
    yield from sorted(data.glob("*/input.txt"))
    yield from sorted(seeds.glob("*.txt"))
    for folder in folders:
        yield from sorted(folder.glob("*.txt"))
    yield from sorted(html.glob("*.html.gz"))


def digests(paths: Sequence[Path]) -> dict[str, dict[str, str]]:
    """For each document: the sha256 of each part of its result, and whether a second
    cleaning gives the same text (``PARTS`` and ``idempotent``). Runs in the tree that
    ``sys.path`` holds first."""
    from cleaner import Cleaner

    cleaner = Cleaner()
    found: dict[str, dict[str, str]] = {}
    for path in paths:
        if path.name.endswith(".html.gz"):
            page = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
            result = cleaner.clean_html(page)
            again = None
        else:
            result = cleaner.clean(path.read_text(encoding="utf-8", errors="replace"))
            again = cleaner.clean(result.text).text
        decisions = "\n".join(repr(tuple(decision)) for decision in result.decisions)
        sidecar = json.loads(result.meta.to_json())
        sidecar.pop("tool", None)  # the rules' sha256 moves with any edit of a rule file
        found[str(path)] = {
            "text": _sha(result.text),
            "sidecar": _sha(json.dumps(sidecar, sort_keys=True)),
            "decisions": _sha(decisions),
            "idempotent": "yes" if again in (None, result.text) else "no",
        }
    return found


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def digests_of(tree: Path, paths: Sequence[Path]) -> dict[str, dict[str, str]]:
    """``digests`` run in a subprocess with ``tree`` first on ``sys.path``."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(str(path) for path in paths))
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--digest", listing.name],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
    finally:
        Path(listing.name).unlink()
    return json.loads(done.stdout)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, help="more folders of *.txt documents")
    parser.add_argument("--compare", default="HEAD", help="the git ref to compare with")
    parser.add_argument("--data", type=Path, default=EVAL / "text-dev")
    parser.add_argument("--seeds", type=Path, default=REPO_ROOT.parent / "shared" / "seeds")
    parser.add_argument("--html", type=Path, default=EVAL / "aeb-dev" / "html")
    parser.add_argument("--digest", type=Path, help=argparse.SUPPRESS)  # the subprocess's part
    args = parser.parse_args(argv)
    if args.digest is not None:
        paths = [Path(line) for line in args.digest.read_text().splitlines() if line]
        print(json.dumps(digests(paths)))
        return 0

    paths = list(documents(args.data, args.seeds, args.html, args.folders))
    print(f"{len(paths)} documents; this checkout against {args.compare}")
    mine = digests_of(REPO_ROOT, paths)
    with tempfile.TemporaryDirectory() as scratch:
        other = Path(scratch) / "ref"
        try:
            theirs = digests_of(worktree(args.compare, other), paths)
        finally:
            drop_worktree(other)
    changed = 0
    for path in paths:
        parts = [part for part in PARTS if mine[str(path)][part] != theirs[str(path)][part]]
        if parts:
            changed += 1
            print(f"  {path}: {', '.join(parts)}")
    for label, found in (("this checkout", mine), (args.compare, theirs)):
        unstable = sum(1 for digest in found.values() if digest["idempotent"] == "no")
        print(f"{label}: {unstable} documents change on a second cleaning")
    print(f"{changed} of {len(paths)} documents cleaned differently")
    return 0


if __name__ == "__main__":
    sys.exit(main())
