"""How a ``Cleaner`` is set up: which rule packs, which rules are off, what to keep."""

from pathlib import Path
from typing import NamedTuple


class CleanerConfig(NamedTuple):
    """Options of the core; the CLI fills them from flags and ``[tool.news-cleaner]``.

    ``rules_dirs`` are extra rule packs read after the bundled ones; ``disabled`` holds
    rule ids that never fire; ``keep_title`` leaves the headline in the body (it is still
    harvested into the sidecar); ``lang`` limits patterns to one language (plus the
    language-neutral ones) instead of trying all of them.
    """

    rules_dirs: tuple[Path, ...] = ()
    disabled: frozenset[str] = frozenset()
    keep_title: bool = False
    lang: str | None = None
    builtin_rules: bool = True

    def outcome_key(self) -> str:
        """The options besides the rule files that change what ``clean`` returns.

        Part of the sidecar's ``rules_sha256``, so that a batch rerun with another
        ``--disable``, ``--keep-title`` or ``--lang`` redoes its documents instead of
        resuming from outputs made under other settings.
        """
        disabled = ",".join(sorted(self.disabled))
        return f"disabled={disabled};keep_title={self.keep_title};lang={self.lang or ''}"
