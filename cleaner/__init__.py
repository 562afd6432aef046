"""news-cleaner: strip scraper junk from news text; keep every content line; explain removals.

The core is one pure function, ``Cleaner(config).clean(text) -> Result``; the CLI, the batch
runner and the pre-commit hooks are thin layers over it::

    from cleaner import Cleaner
    result = Cleaner().clean(text)
    result.text            # the article, kept lines byte-for-byte
    result.meta.to_json()  # the sidecar: title, section, related stories, every removal

The names below are loaded when first used, so that importing a submodule (the command's
entry point, ``cleaner.launch``) does not load the engine before it is wanted.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from cleaner.version import __version__

if TYPE_CHECKING:
    from cleaner.config import CleanerConfig
    from cleaner.engine import Cleaner
    from cleaner.model import Block, Decision, Meta, RelatedStory, Removal, Result, Source

_HOMES = {
    "Block": "cleaner.model",
    "Cleaner": "cleaner.engine",
    "CleanerConfig": "cleaner.config",
    "Decision": "cleaner.model",
    "Meta": "cleaner.model",
    "RelatedStory": "cleaner.model",
    "Removal": "cleaner.model",
    "Result": "cleaner.model",
    "Source": "cleaner.model",
}

__all__ = [
    "Block",
    "Cleaner",
    "CleanerConfig",
    "Decision",
    "Meta",
    "RelatedStory",
    "Removal",
    "Result",
    "Source",
    "__version__",
]


def __dir__() -> list[str]:
    return sorted(__all__)


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'cleaner' has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value
    return value
