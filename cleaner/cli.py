"""The ``news-cleaner`` command: a thin layer of files, options and exit codes over the core.

Exit codes follow the linters': 0 ok, 1 junk found or files changed, 2 usage or input error
(always with a one-line reason on stderr, never a traceback for a bad file or config).
"""

from __future__ import annotations

import contextlib
import dataclasses
import gzip
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

from cleaner.atomic import write_atomic
from cleaner.engine import Cleaner
from cleaner.model import SIDECAR_SCHEMA, Result
from cleaner.outputs import (
    STDIN,
    InputFile,
    OutputPaths,
    UsageError,
    expand_inputs,
    plan_outputs,
    plan_sidecars,
)
from cleaner.project_config import ConfigError, Overrides, Settings, resolve_settings
from cleaner.reading import InputError, Loaded, decode_bytes, read_path
from cleaner.report import (
    check_lines,
    excerpt,
    print_explanation,
    rule_details,
    rule_table,
    unified_diff,
)
from cleaner.restore import RestoreError, restore_bytes
from cleaner.rules import RuleError
from cleaner.version import __version__

EXIT_OK = 0
EXIT_FOUND = 1
EXIT_ERROR = 2

app = typer.Typer(
    name="news-cleaner",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,  # help texts are plain: [tool.news-cleaner] must not become markup
)
rules_app = typer.Typer(
    help="The rule packs: list them, show one, run their examples.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(rules_app, name="rules")

# -- options shared by every command that cleans ----------------------------------------------

RulesOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--rules",
        metavar="DIR",
        help="Also load the rule packs (*.toml) in DIR; repeatable."
        " Replaces `rules` of the config.",
        exists=True,
        file_okay=False,
        show_default=False,
    ),
]
DisableOption = Annotated[
    list[str] | None,
    typer.Option(
        "--disable",
        metavar="RULE",
        help="Turn off the rule with this id; repeatable. Replaces `disable` of the config.",
        show_default=False,
    ),
]
KeepTitleOption = Annotated[
    bool | None,
    typer.Option(
        "--keep-title/--drop-title",
        help="Keep the headline in the text (it goes to the sidecar's `title` either way)."
        "  [default: drop, or `keep-title` of the config]",
        show_default=False,
    ),
]
LangOption = Annotated[
    str | None,
    typer.Option(
        "--lang",
        metavar="CODE",
        help="Use only this language's patterns (en, de, fr, es, it, pt, nl) and the"
        " language-neutral ones, instead of all of them.",
        show_default=False,
    ),
]
PathsArgument = Annotated[
    list[str],
    typer.Argument(
        metavar="PATH",
        help="Files, folders (searched recursively for *.txt, *.text, *.html, *.htm and their"
        " .gz, hidden ones skipped), or - for stdin.",
        show_default=False,
    ),
]


@dataclass(frozen=True)
class CleanOptions:
    """The shared options as given on the command line."""

    rules: list[Path] | None
    disable: list[str] | None
    keep_title: bool | None
    lang: str | None

    def overrides(self) -> Overrides:
        return Overrides(
            rules=tuple(self.rules) if self.rules else None,
            disable=tuple(self.disable) if self.disable else None,
            keep_title=self.keep_title,
            lang=self.lang,
        )


# -- commands ---------------------------------------------------------------------------------


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"news-cleaner {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_show_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Strip scraper junk (comment counters, related stories, share bars, section labels...)
    from news text. Every removal is recorded in a JSON sidecar, from which `restore`
    rebuilds the input byte for byte.

    Defaults come from [tool.news-cleaner] in the nearest pyproject.toml (or a
    news-cleaner.toml) above the first PATH, else above the current folder; options
    given on the command line replace them.

    Exit codes: 0 ok, 1 junk found / files changed, 2 usage or input error.
    """


@app.command()
def clean(
    paths: PathsArgument,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="OUT",
            help="Folder for the results; required unless the only input is -.",
            file_okay=False,
            show_default=False,
        ),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No summary line at the end.")
    ] = False,
    rules: RulesOption = None,
    disable: DisableOption = None,
    keep_title: KeepTitleOption = None,
    lang: LangOption = None,
) -> None:
    """Clean documents into OUT: <reldir>/<stem>.txt (UTF-8) and <stem>.meta.json.

    An input <reldir>/<stem>.<ext>[.gz] under a named folder (or a named file) gives
    OUT/<reldir>/<stem>.txt, the clean text, and OUT/<reldir>/<stem>.meta.json, the
    sidecar: every removed line with its rule, plus what was harvested (title, section,
    comment count, related stories...). Two inputs that would write the same output stop
    the run before anything is written.

    - (stdin) writes its clean text to stdout; with -o its sidecar also goes to
    OUT/stdin.meta.json, without -o there is no sidecar.

    A file that cannot be read (binary, unreadable, corrupt gzip) is reported on stderr
    and skipped; the others are still cleaned, and the exit code is then 2.
    """
    options = CleanOptions(rules, disable, keep_title, lang)
    with _exit_on_usage_errors():
        inputs = expand_inputs(paths, skip=output)
        if output is None and any(not item.is_stdin for item in inputs):
            raise UsageError("clean writes files: pass -o OUT (only - can go to stdout)")
        targets = _clean_targets(inputs, output)
        cleaner = _build_cleaner(options, paths)
    documents = removed_lines = failures = 0
    for item, target in targets:
        try:
            loaded = _load(item)
            result = _clean_loaded(cleaner, loaded)
            _write_clean(result, target)
        except (InputError, OSError) as err:
            failures += 1
            _error(_describe(item, err))
            continue
        documents += 1
        removed_lines += sum(r.end_line - r.start_line + 1 for r in result.meta.removed)
    if not quiet:
        summary = f"{_plural(documents, 'document')} cleaned"
        summary += f", {_plural(removed_lines, 'line')} removed"
        _error(summary + (f", {failures} failed" if failures else ""))
    raise typer.Exit(EXIT_ERROR if failures else EXIT_OK)


@app.command()
def check(
    paths: PathsArgument,
    diff: Annotated[
        bool, typer.Option("--diff", help="Print the unified diff that `fix` would apply instead.")
    ] = False,
    rules: RulesOption = None,
    disable: DisableOption = None,
    keep_title: KeepTitleOption = None,
    lang: LangOption = None,
) -> None:
    """Report junk without changing anything (for pre-commit and CI).

    Prints path:line: rule-id category: "removed text" for every run of junk lines
    (line = its first line). Exit 1 if any junk was found, 0 if all files are clean,
    2 on a usage or input error. Never writes a file.
    """
    options = CleanOptions(rules, disable, keep_title, lang)
    with _exit_on_usage_errors():
        inputs = expand_inputs(paths)
        cleaner = _build_cleaner(options, paths)
    found = failed = False
    for item in inputs:
        try:
            loaded = _load(item)
        except InputError as err:
            failed = True
            _error(str(err))
            continue
        result = _clean_loaded(cleaner, loaded)
        found = found or result.changed
        if diff:
            typer.echo(unified_diff(item.label, loaded.text, result.text), nl=False)
        else:
            for line in check_lines(item.label, result.meta.removed):
                typer.echo(line)
    raise typer.Exit(EXIT_ERROR if failed else EXIT_FOUND if found else EXIT_OK)


@app.command()
def fix(
    paths: PathsArgument,
    rules: RulesOption = None,
    disable: DisableOption = None,
    keep_title: KeepTitleOption = None,
    lang: LangOption = None,
) -> None:
    """Remove junk in place and write <stem>.meta.json beside each changed file.

    Each file is rewritten atomically, in its own encoding when the clean text still reads
    back the same in it (else UTF-8), and gzipped again if it was .gz. Files without junk
    are left alone, sidecar included, so a second run changes nothing. A sidecar left by
    an earlier fix is replaced when the file changes again. HTML pages are not rewritten
    (`check` and `clean` handle them).

    Exit 1 when a file changed (pre-commit's convention for fixers), 0 when nothing
    changed, 2 on a usage or input error.
    """
    options = CleanOptions(rules, disable, keep_title, lang)
    with _exit_on_usage_errors():
        plan = plan_sidecars(expand_inputs(paths))
        cleaner = _build_cleaner(options, paths)
    changed = failed = False
    for item, sidecar in plan:
        try:
            loaded = _load(item)
            if loaded.source.format == "html":
                typer.echo(f"left {item.label} as it is: fix rewrites text, not HTML pages")
                continue
            result = _clean_loaded(cleaner, loaded)
            if not result.changed:
                continue
            _rewrite_in_place(item, loaded, result, sidecar)
        except (InputError, OSError) as err:
            failed = True
            _error(_describe(item, err))
            continue
        changed = True
        lines = sum(r.end_line - r.start_line + 1 for r in result.meta.removed)
        typer.echo(f"fixed {item.label}: {_plural(lines, 'line')} removed, sidecar {sidecar}")
    raise typer.Exit(EXIT_ERROR if failed else EXIT_FOUND if changed else EXIT_OK)


@app.command()
def explain(
    file: Annotated[
        str,
        typer.Argument(metavar="FILE", help="One document, or - for stdin.", show_default=False),
    ],
    rules: RulesOption = None,
    disable: DisableOption = None,
    keep_title: KeepTitleOption = None,
    lang: LangOption = None,
) -> None:
    """Show every line of FILE with KEEP or DROP, and the rule and reason behind it.

    Coloured on a terminal; plain text when piped or when NO_COLOR is set.
    """
    options = CleanOptions(rules, disable, keep_title, lang)
    with _exit_on_usage_errors():
        if Path(file).is_dir():
            raise UsageError(f"explain takes one file, not a folder: {file}")
        inputs = expand_inputs([file])
        cleaner = _build_cleaner(options, [file])
    try:
        loaded = _load(inputs[0])
    except InputError as err:
        _fail(str(err))
    result = _clean_loaded(cleaner, loaded)
    print_explanation(result.decisions, sys.stdout)


@app.command()
def restore(
    clean_file: Annotated[
        Path,
        typer.Argument(
            metavar="CLEAN",
            help="The clean text (.gz is read transparently).",
            exists=True,
            dir_okay=False,
        ),
    ],
    sidecar: Annotated[
        Path,
        typer.Argument(
            metavar="SIDECAR", help="Its .meta.json sidecar.", exists=True, dir_okay=False
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="OUT",
            help="Write the original here (atomically; gzipped if OUT ends in .gz)"
            " instead of to stdout.",
            dir_okay=False,
            show_default=False,
        ),
    ] = None,
) -> None:
    """Rebuild the original input byte for byte from clean text and its sidecar.

    The rebuilt bytes are checked against the sha256 recorded in the sidecar; a clean
    text or sidecar that was edited since is an error (exit 2), not a wrong file.
    """
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        _fail(f"{sidecar}: cannot read the sidecar: {err}")
    try:
        loaded = read_path(clean_file)
    except InputError as err:
        _fail(f"{clean_file}: {err}")
    if not isinstance(meta, dict) or meta.get("schema") != SIDECAR_SCHEMA:
        _fail(f"{sidecar}: not a news-cleaner sidecar (no schema {SIDECAR_SCHEMA!r})")
    try:
        original = _restore_from(loaded, meta)
    except RestoreError as err:
        _fail(f"{clean_file}: {err}")
    except (KeyError, TypeError, ValueError) as err:
        _fail(f"{sidecar}: not a valid news-cleaner sidecar ({type(err).__name__}: {err})")
    if output is None:
        typer.get_binary_stream("stdout").write(original)
        return
    if output.name.lower().endswith(".gz"):
        original = gzip.compress(original, mtime=0)
    try:
        write_atomic(output, original)
    except OSError as err:
        _fail(f"cannot write {output}: {err.strerror or err}")


@rules_app.command("list")
def rules_list(
    rules: RulesOption = None,
    disable: DisableOption = None,
    keep_title: KeepTitleOption = None,
    lang: LangOption = None,
) -> None:
    """One line per rule: id, category, where it fires, kind."""
    with _exit_on_usage_errors():
        cleaner = _build_cleaner(CleanOptions(rules, disable, keep_title, lang), [])
    for line in rule_table(cleaner.rules):
        typer.echo(line)


@rules_app.command("show")
def rules_show(
    rule_id: Annotated[str, typer.Argument(metavar="ID", help="A rule id from `rules list`.")],
    rules: RulesOption = None,
    disable: DisableOption = None,
    keep_title: KeepTitleOption = None,
    lang: LangOption = None,
) -> None:
    """A rule's description, its patterns per language and its examples."""
    with _exit_on_usage_errors():
        cleaner = _build_cleaner(CleanOptions(rules, disable, keep_title, lang), [])
        try:
            rule = cleaner.rule(rule_id)
        except KeyError:
            raise UsageError(f"no rule {rule_id!r}; `news-cleaner rules list` shows them") from None
    for line in rule_details(rule):
        typer.echo(line)


@rules_app.command("test")
def rules_test(
    folder: Annotated[
        Path | None,
        typer.Argument(
            metavar="DIR",
            help="A rule pack to test: it is loaded after the others and only its rules run.",
            exists=True,
            file_okay=False,
            show_default=False,
        ),
    ] = None,
    rules: RulesOption = None,
    disable: DisableOption = None,
    keep_title: KeepTitleOption = None,
    lang: LangOption = None,
) -> None:
    """Run every rule's own examples: junk must be removed by the rule, keep must survive.

    Prints each failure and a summary "N passed, M failed"; exit 1 if any failed.
    """
    from cleaner.ruletest import run_examples

    options = CleanOptions(rules, disable, keep_title, lang)
    with _exit_on_usage_errors():
        cleaner, rule_ids = _cleaner_for_rule_test(options, folder)
    outcomes = run_examples(cleaner, rule_ids)
    failures = [outcome for outcome in outcomes if not outcome.passed]
    for outcome in failures:
        example = excerpt(outcome.example)
        typer.echo(f'FAIL {outcome.rule} ({outcome.kind}) "{example}": {outcome.detail}')
    typer.echo(f"{len(outcomes) - len(failures)} passed, {len(failures)} failed")
    raise typer.Exit(EXIT_FOUND if failures else EXIT_OK)


@app.command()
def report(
    out: Annotated[
        Path,
        typer.Argument(
            metavar="OUT",
            help="An output folder of `clean` (sidecars, and run.json, errors.jsonl if there).",
            exists=True,
            file_okay=False,
            show_default=False,
        ),
    ],
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            metavar="HTML",
            help="Where to write the page (atomically); - for stdout.",
            dir_okay=False,
        ),
    ] = Path("report.html"),
    sample: Annotated[
        int,
        typer.Option(
            "--sample",
            metavar="N",
            min=0,
            help="Documents shown line by line: the most trimmed, those with warnings, then a"
            " fixed pick by path hash.",
        ),
    ] = 50,
    rows: Annotated[
        int,
        typer.Option(
            "--rows",
            metavar="N",
            min=1,
            help="Documents in the table: all up to N, else the N most trimmed (plus the sample).",
        ),
    ] = 500,
) -> None:
    """Write one self-contained HTML page that shows what a run removed and why.

    The page holds the run's totals (documents, bytes, share removed, errors, tool and rules
    version), charts of the removed lines per category and rule and of the share removed
    per document, a sortable table of documents, a sample of documents with every removed
    line struck through and tagged with its rule, and the errors of errors.jsonl. It needs
    no network and gives the same bytes for the same folder. OUT is read in one streaming
    pass, so a run of 100,000 documents gives a small page in seconds.
    """
    from cleaner.review import ReportError, build_report  # the HTML code only loads here

    try:
        page = build_report(out, sample_size=sample, table_rows=rows).encode("utf-8")
    except ReportError as err:
        _fail(str(err))
    if str(output) == STDIN:
        typer.get_binary_stream("stdout").write(page)
        return
    try:
        write_atomic(output, page)
    except OSError as err:
        _fail(f"cannot write {output}: {err.strerror or err}")
    _error(f"wrote {output} ({len(page) / 1000:,.1f} kB)")


def main() -> None:
    """Console-script entry point."""
    app(prog_name="news-cleaner")


# -- helpers ----------------------------------------------------------------------------------


@contextlib.contextmanager
def _exit_on_usage_errors() -> Iterator[None]:
    """Usage, config and rule-file errors end the run with exit 2 and one line on stderr."""
    try:
        yield
    except (UsageError, ConfigError, RuleError) as err:
        _fail(str(err))


def _fail(message: str) -> NoReturn:
    _error(f"error: {message}")
    raise typer.Exit(EXIT_ERROR)


def _error(message: str) -> None:
    typer.echo(message, err=True)


def _describe(item: InputFile, err: Exception) -> str:
    """One line naming the document; reading errors name it already, so OSError is a write."""
    if isinstance(err, OSError):
        return f"{item.label}: cannot write {err.filename or 'output'}: {err.strerror or err}"
    return str(err)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _settings(options: CleanOptions, paths: Sequence[str]) -> Settings:
    """Config is looked up from the first named path (like black), else the current folder."""
    start = next((Path(path) for path in paths if path != STDIN), Path.cwd())
    return resolve_settings(options.overrides(), start)


def _build_cleaner(
    options: CleanOptions, paths: Sequence[str], extra_rules: Path | None = None
) -> Cleaner:
    config = _settings(options, paths).cleaner_config()
    if extra_rules is not None and extra_rules.resolve() not in {
        folder.resolve() for folder in config.rules_dirs
    }:
        config = dataclasses.replace(config, rules_dirs=(*config.rules_dirs, extra_rules))
    try:
        cleaner = Cleaner(config)
    except ValueError as err:  # e.g. --disable with an unknown rule id
        raise UsageError(str(err)) from err
    _require_known_language(cleaner, config.lang)
    return cleaner


def _require_known_language(cleaner: Cleaner, lang: str | None) -> None:
    """A typo in --lang would silently turn off every language's patterns; refuse it."""
    known = sorted({language for rule in cleaner.rules for language in rule.languages} - {"any"})
    if lang is not None and lang not in known:
        raise UsageError(f"no rule has patterns for language {lang!r} (known: {', '.join(known)})")


def _cleaner_for_rule_test(
    options: CleanOptions, folder: Path | None
) -> tuple[Cleaner, set[str] | None]:
    """All rules, or with DIR: the usual packs plus DIR, testing only DIR's rules."""
    cleaner = _build_cleaner(options, [], extra_rules=folder)
    if folder is None:
        return cleaner, None
    root = folder.resolve()
    rule_ids = {rule.id for rule in cleaner.rules if rule.path.resolve().is_relative_to(root)}
    if not rule_ids:
        raise UsageError(f"no rules in {folder}")
    return cleaner, rule_ids


def _load(item: InputFile) -> Loaded:
    """Read one document; every failure is an ``InputError`` that names it."""
    try:
        if item.path is None:
            loaded = decode_bytes(typer.get_binary_stream("stdin").read(), STDIN)
        else:
            loaded = read_path(item.path)
    except InputError as err:
        raise InputError(f"{item.label}: {err}") from err
    return loaded


def _clean_loaded(cleaner: Cleaner, loaded: Loaded) -> Result:
    """The one place that picks the front door: HTML pages go through trafilatura first."""
    if loaded.source.format == "html":
        return cleaner.clean_html(loaded.text, loaded.source)
    return cleaner.clean(loaded.text, loaded.source)


def _clean_targets(
    inputs: list[InputFile], output: Path | None
) -> list[tuple[InputFile, OutputPaths | None]]:
    if output is None:
        return [(item, None) for item in inputs]
    return list(plan_outputs(inputs, output))


def _write_clean(result: Result, target: OutputPaths | None) -> None:
    """Clean text (UTF-8) to its file or stdout, then the sidecar: a sidecar means done."""
    data = result.text.encode("utf-8")
    if target is None or target.text is None:
        typer.get_binary_stream("stdout").write(data)
    else:
        write_atomic(target.text, data)
    if target is not None:
        write_atomic(target.meta, result.meta.to_json())


def _rewrite_in_place(item: InputFile, loaded: Loaded, result: Result, sidecar: Path) -> None:
    """Sidecar first: if the run dies in between, the file is unchanged and a rerun redoes it."""
    assert item.path is not None  # plan_sidecars refuses stdin
    data = _encode_like_source(result.text, loaded.source.encoding)
    if loaded.compressed:
        data = gzip.compress(data, mtime=0)
    write_atomic(sidecar, result.meta.to_json())
    write_atomic(item.path, data)


def _encode_like_source(text: str, encoding: str) -> bytes:
    """The source's encoding if reading the bytes back gives the same text, else UTF-8.

    Removing lines can change what encoding detection sees (a BOM line gone, fewer accented
    letters), so the round trip is checked rather than assumed: the next run must read
    exactly this text, or it would not be idempotent.
    """
    try:
        data = text.encode(encoding)
        if decode_bytes(data, None).text == text:
            return data
    except (UnicodeError, LookupError, InputError):
        pass
    return text.encode("utf-8")


def _restore_from(clean: Loaded, meta: dict[str, Any]) -> bytes:
    """Restore from the clean file as written by ``clean`` (UTF-8) or ``fix``.

    ``fix`` writes the source's encoding only when the reader decodes it back to the same
    text, so the reader's decoding is right for both; plain UTF-8 and the source encoding
    are tried next for texts the reader sees differently (a leading U+FEFF kept as text).
    ``restore_bytes`` checks the sidecar's sha256: a wrong decoding is an error, not a file.
    """
    clean_bytes = clean.text.encode(clean.source.encoding)
    encodings = ["utf-8"]
    source = meta.get("source")
    if isinstance(source, dict) and isinstance(source.get("encoding"), str):
        encodings.append(source["encoding"])
    candidates = [clean.text]
    for encoding in encodings:
        with contextlib.suppress(UnicodeError, LookupError):
            candidates.append(clean_bytes.decode(encoding))
    first_error: RestoreError | None = None
    for text in dict.fromkeys(candidates):  # in order, each distinct decoding once
        try:
            return restore_bytes(text, meta)
        except RestoreError as err:
            first_error = first_error or err
    assert first_error is not None
    raise first_error
