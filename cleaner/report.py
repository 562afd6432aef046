"""How results look to people: linter lines, diffs, explanations, rule listings, settings.

Kept apart from ``cli`` so that the wording can be tested without running a command, and
so that the command module stays about options, files and exit codes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any

from cleaner.model import Decision, Removal
from cleaner.project_config import KEYS, Settings
from cleaner.rules import Rule
from cleaner.segment import iter_lines

EXCERPT_CHARS = 60
_WHITESPACE = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_NO_NEWLINE = "\\ No newline at end of file\n"


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """One line of ``text``, cut to ``limit`` characters: whitespace runs (newlines too)
    become a space, and then other control characters an escape such as ``\\x1b``, so that
    a scraped terminal sequence is shown rather than obeyed by the terminal or CI log that
    shows the line."""
    flat = _WHITESPACE.sub(" ", text[: limit * 4]).strip()
    if len(flat) > limit or len(text) > limit * 4:
        flat = flat[: limit - 1].rstrip() + "…"
    return _CONTROL.sub(lambda found: f"\\x{ord(found.group()):02x}", flat)


def check_lines(label: str, removals: Iterable[Removal]) -> Iterator[str]:
    """``path:line: rule-id category: "text"``, one per removal, as editors and CI parse them."""
    for removal in removals:
        yield (
            f"{label}:{removal.start_line}: {removal.rule} {removal.category}: "
            f'"{excerpt(removal.text)}"'
        )


def record_check_lines(label: str, line: int, removals: Iterable[Removal]) -> Iterator[str]:
    """``path:line: ...`` for a JSONL record: the line is the record's line in the file, and
    where the junk sits in the record's own text comes last."""
    for removal in removals:
        yield (
            f"{label}:{line}: {removal.rule} {removal.category}: "
            f'"{excerpt(removal.text)}" (record line {removal.start_line})'
        )


def unified_diff(label: str, original: str, clean: str) -> str:
    """The patch that ``fix`` would apply, in ``git diff`` form (``a/path``, ``b/path``)."""
    import difflib  # here: only --diff uses it, and a check of one file starts in 0.1 s

    lines = difflib.unified_diff(
        _raw_lines(original), _raw_lines(clean), fromfile=f"a/{label}", tofile=f"b/{label}"
    )
    return "".join(line if line.endswith("\n") else f"{line}\n{_NO_NEWLINE}" for line in lines)


def _raw_lines(text: str) -> list[str]:
    """Lines split the way the engine splits them (on ``\\n`` only), terminators kept."""
    return [line + newline for _, line, newline in iter_lines(text)]


def print_explanation(decisions: Sequence[Decision], stream: IO[str]) -> None:
    """Every line with KEEP/DROP, its text, and the rule and reason behind the decision.

    Colours only on a terminal (rich decides; ``NO_COLOR`` turns colours off), so that piped
    output is plain text that can be grepped and diffed.
    """
    from rich.console import Console  # only explain needs rich: keep start-up light
    from rich.text import Text

    console = Console(file=stream, highlight=False, markup=False, emoji=False, soft_wrap=True)
    width = len(str(len(decisions)))
    for decision in decisions:
        line = Text(f"{decision.line:>{width}} ", style="dim")
        if decision.kept:
            line.append("KEEP", style="green")
            line.append(f"  {decision.text}")
        else:
            line.append("DROP", style="bold red")
            line.append(f"  {decision.text}", style="red")
        line.append(f"  # {_why(decision)}", style="dim")
        console.print(line)


def _why(decision: Decision) -> str:
    return f"{decision.rule}: {decision.reason}" if decision.rule else decision.reason


def rule_table(rules: Sequence[Rule]) -> Iterator[str]:
    """``id  category  where  kind``, one aligned line per rule."""
    rows = [(rule.id, rule.category, ",".join(rule.where), rule.kind) for rule in rules]
    widths = [max((len(row[column]) for row in rows), default=0) for column in range(3)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        yield "  ".join([*cells, row[3]])


def rule_details(rule: Rule) -> Iterator[str]:
    """Everything ``rules show`` prints: fields, description, patterns and ``[beside]``
    patterns per language, examples."""
    yield rule.id
    yield f"  category: {rule.category}"
    yield f"  where:    {', '.join(rule.where)}"
    yield f"  kind:     {rule.kind}"
    yield f"  harvest:  {rule.harvest or '-'}"
    yield f"  file:     {rule.path}"
    yield ""
    yield from (rule.description or "(no description)").splitlines()
    for table, groups in (("patterns", rule.patterns), ("beside", rule.beside)):
        if groups:
            yield ""
            yield f"{table}:"
            for language, patterns in groups.items():
                yield f"  {language}:"
                yield from (f"    {pattern}" for pattern in patterns)
    examples = rule.examples
    if examples.junk or examples.keep or examples.documents:
        yield ""
        yield "examples:"
        yield from (f"  junk: {example!r}" for example in examples.junk)
        yield from (f"  keep: {example!r}" for example in examples.keep)
        for number, (text, removed) in enumerate(examples.documents, 1):
            yield f"  document {number}: {excerpt(text)!r}"
            yield from (f"    removes: {line!r}" for line in removed)


def settings_lines(settings: Settings) -> Iterator[str]:
    """``key = value  # origin`` per key: valid TOML, so it can seed a ``news-cleaner.toml``.

    A key without a value (``lang`` when every language is used) is a comment line.
    """
    if settings.config_file is None:
        yield "# no config file: defaults, and the command line"
    else:
        yield f"# config file: {settings.config_file}"
    values = _setting_values(settings)
    assignments = {
        key: f"# {key}: not set" if value is None else f"{key} = {_toml_value(value)}"
        for key, value in values.items()
    }
    width = min(max(len(text) for text in assignments.values()), SETTINGS_ALIGN)
    for key, text in assignments.items():
        yield f"{text.ljust(width)}  # {settings.origins.get(key, 'default')}"


SETTINGS_ALIGN = 40
"""Origins line up after the values, unless a value is longer than this."""


def path_verdict(label: str, why_skipped: str | None) -> str:
    """Whether the include/exclude globs let commands handle one file, as a comment line."""
    if why_skipped is None:
        return f"# {label}: included (clean, check and fix handle it)"
    return f"# {label}: skipped, {why_skipped}"


def _setting_values(settings: Settings) -> dict[str, Any]:
    values: dict[str, Any] = {
        "rules": [str(folder) for folder in settings.rules],
        "disable": sorted(settings.disable),
        "keep-title": settings.keep_title,
        "lang": settings.lang,
        "include": list(settings.include.patterns),
        "exclude": list(settings.exclude.patterns),
        "sidecars": settings.sidecars.setting,
        "text-field": settings.text_field,
    }
    assert tuple(values) == KEYS, "every config key is shown, in the schema's order"
    return values


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    import json  # here: only `config` shows settings, and a check need not load json

    return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string
