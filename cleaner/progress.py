"""How a long run shows that it is moving: a bar on a terminal, plain lines in logs, or nothing.

Progress is measured in input bytes (file sizes on disk, compressed ones included), because
the number of records in a JSONL corpus is not known before it has been read; the number of
documents and their rate are shown beside it.
"""

from __future__ import annotations

import sys
import time
from typing import Protocol, TextIO

LOG_INTERVAL_SECONDS = 10.0


class Progress(Protocol):
    def start(self, total_bytes: int) -> None: ...

    def update(self, documents: int, bytes_done: int) -> None: ...

    def finish(self) -> None: ...


class NoProgress:
    """``--quiet``."""

    def start(self, total_bytes: int) -> None:
        pass

    def update(self, documents: int, bytes_done: int) -> None:
        pass

    def finish(self) -> None:
        pass


class LogProgress:
    """One line every few seconds, for CI logs and redirected stderr (no control characters)."""

    def __init__(self, stream: TextIO, interval: float, label: str) -> None:
        self._stream = stream
        self._label = label
        self._interval = interval
        self._total = 0
        self._started = self._last = 0.0

    def start(self, total_bytes: int) -> None:
        self._total = total_bytes
        self._started = self._last = time.monotonic()

    def update(self, documents: int, bytes_done: int) -> None:
        now = time.monotonic()
        if now - self._last < self._interval:
            return
        self._last = now
        elapsed = now - self._started
        line = f"news-cleaner {self._label}: {documents} documents, {documents / elapsed:.0f}/s"
        if self._total:
            share = min(bytes_done / self._total, 1.0)
            line += f", {share:.0%} of the input"
            if share > 0:
                line += f", about {_duration(elapsed * (1 - share) / share)} left"
        print(line, file=self._stream, flush=True)

    def finish(self) -> None:
        pass


class BarProgress:
    """A rich progress bar on a terminal: share of the input, documents, documents/s, ETA."""

    def __init__(self, label: str) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, TaskProgressColumn, TextColumn, TimeRemainingColumn
        from rich.progress import Progress as RichProgress

        self._bar = RichProgress(
            TextColumn(label),
            BarColumn(),
            TaskProgressColumn(),
            TextColumn("{task.fields[documents]} documents, {task.fields[rate]}/s"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
        )
        self._task = self._bar.add_task("clean", total=None, documents=0, rate="0")
        self._started = 0.0

    def start(self, total_bytes: int) -> None:
        self._started = time.monotonic()
        self._bar.update(self._task, total=total_bytes or None)
        self._bar.start()

    def update(self, documents: int, bytes_done: int) -> None:
        elapsed = max(time.monotonic() - self._started, 1e-9)
        self._bar.update(
            self._task, completed=bytes_done, documents=documents, rate=f"{documents / elapsed:.0f}"
        )

    def finish(self) -> None:
        self._bar.stop()


def choose_progress(quiet: bool, label: str = "cleaning") -> Progress:
    """A bar on a terminal, log lines when stderr is a file or a pipe, nothing if quiet."""
    if quiet:
        return NoProgress()
    if sys.stderr.isatty():
        return BarProgress(label)
    return LogProgress(sys.stderr, LOG_INTERVAL_SECONDS, label)


def _duration(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
