"""The ``news-cleaner`` command as a process starts it: the CLI, tuned for short runs.

A pre-commit hook starts the command on every commit for a file or two, so start-up is most
of what it costs, and two of its costs were the garbage collector's rather than the work's
(``benchmarks/startup.py``):

- importing the package makes tens of thousands of objects that live as long as the process
  (modules, classes, functions, constants), and each collection that the allocations
  triggered walked them all again to free nothing. Collection is off while they load; then
  they are frozen (``gc.freeze``: out of the collector's sight for good) and it is back on,
  so a long batch run frees its garbage as usual.
- At exit the interpreter tears the modules down, and its collector frees the cycles they
  leave one by one. What is alive when the command is done is frozen too, and its memory
  goes back to the system with the process. Commands close their own files (``with`` blocks,
  atomic writes), so nothing is left for that teardown to finish.
"""

from __future__ import annotations

import gc


def main() -> None:
    """Console-script entry point (``python -m cleaner`` too)."""
    gc.disable()
    try:
        from cleaner.cli import main as run_command
    finally:
        gc.freeze()
        gc.enable()
    try:
        run_command()
    finally:
        gc.freeze()
