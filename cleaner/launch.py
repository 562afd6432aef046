"""The ``news-cleaner`` command as a process starts it: the CLI, tuned for short runs.

A pre-commit hook starts the command on every commit for a file or two, so start-up is most
of what it costs (``benchmarks/startup.py``):

- The hooks' command lines, ``news-cleaner check PATH...`` and ``news-cleaner fix PATH...``
  without options, run ``cleaner.check_command`` or ``cleaner.fix_command`` directly: the
  same work as typer's commands of those names, without importing typer and building the
  app. Any other command line (an option, ``-`` for stdin, ``--help``, another command)
  goes to the typer app, which also answers every mistake in it. On Windows, click expands
  wildcards in arguments, so there every command line goes to it.
- Importing the package makes tens of thousands of objects that live as long as the process
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
import os
import sys
from collections.abc import Sequence
from typing import NamedTuple


def main() -> None:
    """Console-script entry point (``python -m cleaner`` too)."""
    hook = hook_command(sys.argv[1:])
    gc.disable()
    try:
        if hook is None:
            from cleaner.cli import main as run_command
        elif hook.command == "check":
            from cleaner.check_command import main as run_hook
        else:
            from cleaner.fix_command import main as run_hook
    finally:
        gc.freeze()
        gc.enable()
    try:
        if hook is None:
            run_command()
        else:
            run_hook(hook.paths)
    finally:
        gc.freeze()


class HookCommand(NamedTuple):
    """A command line that runs without typer: a hook command and its paths."""

    command: str
    paths: list[str]


HOOK_COMMANDS = ("check", "fix")


def hook_command(args: Sequence[str]) -> HookCommand | None:
    """``check PATH...`` or ``fix PATH...`` when that is all the command line says, else None.

    Anything that starts with ``-`` (an option, ``--``, ``-`` for stdin) leaves the command
    line to typer, and so does a command without paths (typer says what is missing).
    """
    if os.name == "nt" or len(args) < 2 or args[0] not in HOOK_COMMANDS:
        return None
    paths = list(args[1:])
    return None if any(path.startswith("-") for path in paths) else HookCommand(args[0], paths)
