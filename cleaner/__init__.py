"""news-cleaner: strip scraper junk from news text; keep every content line; explain removals.

The core is one pure function, ``Cleaner(config).clean(text) -> Result``; the CLI, the batch
runner and the pre-commit hooks are thin layers over it::

    from cleaner import Cleaner
    result = Cleaner().clean(text)
    result.text            # the article, kept lines byte-for-byte
    result.meta.to_json()  # the sidecar: title, section, related stories, every removal
"""

from cleaner.config import CleanerConfig
from cleaner.engine import Cleaner
from cleaner.model import Block, Decision, Meta, RelatedStory, Removal, Result, Source
from cleaner.version import __version__

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
