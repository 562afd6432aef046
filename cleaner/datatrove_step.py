"""A step for datatrove pipelines, for corpora that already go through datatrove.

datatrove runs any callable ``step(data, rank, world_size)`` that takes its documents and
yields them on (objects with ``text``, ``id`` and a ``metadata`` dict), so this step needs
no import of datatrove and news-cleaner does not depend on it. datatrove then does the
reading, the writing and the spreading over tasks and Slurm jobs; the step only cleans.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Protocol, TypeVar

from cleaner.config import CleanerConfig
from cleaner.engine import Cleaner


class DocumentLike(Protocol):
    """What the step uses of a datatrove ``Document``."""

    text: str
    metadata: dict[str, Any]


Doc = TypeVar("Doc", bound=DocumentLike)


class CleanNewsStep:
    """Cleans each document's text in place and puts its sidecar in ``metadata[key]``.

    The sidecar is the one ``clean`` writes (``news-cleaner/meta/1``), so
    ``cleaner.restore.restore_text(document.text, document.metadata[key])`` gives the text
    back. The rule packs are loaded on first use, in the task that runs the step, not
    where the pipeline is built.
    """

    def __init__(self, config: CleanerConfig | None = None, key: str = "news_cleaner") -> None:
        self.config = config or CleanerConfig()
        self.key = key
        self._cleaner: Cleaner | None = None

    def __call__(
        self, data: Iterable[Doc] | None, rank: int = 0, world_size: int = 1
    ) -> Iterator[Doc]:
        if data is None:  # the first step of a pipeline gets nothing to clean
            return
        if self._cleaner is None:
            self._cleaner = Cleaner(self.config)
        for document in data:
            result = self._cleaner.clean(document.text)
            document.text = result.text
            document.metadata[self.key] = result.meta.to_dict()
            yield document
