"""The ``news-cleaner`` command: a thin layer of files, options and exit codes over the core.

Exit codes follow the linters': 0 ok, 1 junk found or files changed, 2 usage or input error
(always with a one-line reason on stderr, never a traceback for a bad file or config).
"""

from __future__ import annotations

import contextlib
import copy
import sys
import time
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any, NamedTuple, NoReturn

import typer

from cleaner.atomic import write_atomic
from cleaner.check_command import run_check
from cleaner.command_support import (
    EXIT_ERROR,
    EXIT_FOUND,
    EXIT_OK,
    USAGE_ERRORS,
    ConfigCleaners,
    cleaner_from,
    complain,
    describe,
    load_input,
)
from cleaner.engine import Cleaner
from cleaner.fix_command import run_fix
from cleaner.model import SIDECAR_SCHEMA
from cleaner.outputs import (
    STDIN,
    InputFile,
    OutputPaths,
    UsageError,
    expand_inputs,
    is_url,
    plan_outputs,
)
from cleaner.project_config import (
    Overrides,
    Settings,
    SettingsFinder,
    resolve_settings,
)
from cleaner.reading import InputError, Loaded, read_path
from cleaner.repeats import DEFAULT_THRESHOLDS, RepeatThresholds
from cleaner.report import (
    excerpt,
    path_verdict,
    print_explanation,
    rule_details,
    rule_table,
    settings_lines,
)
from cleaner.restore import RestoreError, restore_bytes
from cleaner.version import __version__

if TYPE_CHECKING:
    from cleaner.outputs import Location

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
IncludeOption = Annotated[
    list[str] | None,
    typer.Option(
        "--include",
        metavar="GLOB",
        help="Only handle files that match this glob (relative to the current folder);"
        " repeatable. Replaces `include` of the config. Applies to named files too.",
        show_default=False,
    ),
]
ExcludeOption = Annotated[
    list[str] | None,
    typer.Option(
        "--exclude",
        metavar="GLOB",
        help="Skip files that match this glob (relative to the current folder), named or"
        " found in a folder; repeatable. Replaces `exclude` of the config.",
        show_default=False,
    ),
]
SidecarsOption = Annotated[
    str | None,
    typer.Option(
        "--sidecars",
        metavar="WHERE",
        help="Where fix writes sidecars: beside (each file's folder), none, or a folder"
        " (relative to the current folder) that mirrors the tree below the current folder."
        "  [default: beside, or `sidecars` of the config]",
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


class CleanOptions(NamedTuple):
    """The shared options as given on the command line."""

    rules: list[Path] | None
    disable: list[str] | None
    keep_title: bool | None
    lang: str | None
    include: list[str] | None = None
    exclude: list[str] | None = None
    sidecars: str | None = None

    def overrides(self) -> Overrides:
        return Overrides(
            rules=tuple(self.rules) if self.rules else None,
            disable=tuple(self.disable) if self.disable else None,
            keep_title=self.keep_title,
            lang=self.lang,
            include=tuple(self.include) if self.include else None,
            exclude=tuple(self.exclude) if self.exclude else None,
            sidecars=self.sidecars,
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


@app.command("clean")
def clean(
    paths: PathsArgument,
    output: Annotated[
        str | None,  # not Path: it would turn s3://bucket into s3:/bucket
        typer.Option(
            "--output",
            "-o",
            metavar="OUT",
            help="Folder for the results, or a URL (s3://bucket/prefix); required unless the"
            " only input is -.",
            callback=_folder_or_url,
            show_default=False,
        ),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            metavar="N",
            min=1,
            help="Worker processes.  [default: all cores]",
            show_default=False,
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Redo every document, even those whose outputs are current (same input,"
            " tool version and rules).",
        ),
    ] = False,
    text_field: Annotated[
        str | None,
        typer.Option(
            "--text-field",
            metavar="NAME",
            help="JSONL: the field with the text.  [default: `text-field` of the config, or text]",
            show_default=False,
        ),
    ] = None,
    html_field: Annotated[
        str | None,
        typer.Option(
            "--html-field",
            metavar="NAME",
            help="JSONL: a field with HTML; where a record has it, the page is cleaned and its"
            " text written to --text-field.",
            show_default=False,
        ),
    ] = None,
    id_field: Annotated[
        str,
        typer.Option(
            "--id-field", metavar="NAME", help="JSONL: the record id, copied to the sidecars."
        ),
    ] = "id",
    learn_repeats: Annotated[
        bool,
        typer.Option(
            "--learn-repeats",
            help="First count the lines of every document per source, then also remove lines"
            " that repeat in many documents of their source (rule repeated-line): site footers"
            " and promos that no rule knows.",
        ),
    ] = False,
    source_field: Annotated[
        str | None,
        typer.Option(
            "--source-field",
            metavar="NAME",
            help="JSONL: the field naming a record's source (e.g. host) for --learn-repeats."
            "  [default: the file's folder]",
            show_default=False,
        ),
    ] = None,
    repeat_min_docs: Annotated[
        int,
        typer.Option(
            "--repeat-min-docs",
            metavar="N",
            min=2,
            help="--learn-repeats: a line must occur in at least N documents of its source.",
        ),
    ] = DEFAULT_THRESHOLDS.min_documents,
    repeat_min_share: Annotated[
        float,
        typer.Option(
            "--repeat-min-share",
            metavar="SHARE",
            min=0.0,
            max=1.0,
            help="--learn-repeats: ...and in at least this share of them.",
        ),
    ] = DEFAULT_THRESHOLDS.min_share,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress and no summary at the end.")
    ] = False,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            metavar="ADDRESS",
            help="Run on Dask: 'local' starts a cluster of --jobs worker processes here, an"
            " address (tcp://host:8786) uses a running scheduler and its workers, which must"
            " see the inputs and OUT at the same paths. Needs news-cleaner[dask].",
            show_default=False,
        ),
    ] = None,
    rules: RulesOption = None,
    disable: DisableOption = None,
    keep_title: KeepTitleOption = None,
    lang: LangOption = None,
    include: IncludeOption = None,
    exclude: ExcludeOption = None,
) -> None:
    """Clean documents and JSONL corpora into OUT, with a sidecar for each.

    A file <reldir>/<stem>.<ext>[.gz] (txt, text, html, htm) under a named folder (or a
    named file) gives OUT/<reldir>/<stem>.txt, the clean text, and
    OUT/<reldir>/<stem>.meta.json, the sidecar: every removed line with its rule, plus
    what was harvested (title, section, comment count, related stories...).

    A JSONL corpus <stem>.jsonl[.gz] (one JSON object per line) gives
    OUT/<reldir>/<stem>.jsonl[.gz], every record with its text cleaned and the other
    fields untouched, and OUT/<reldir>/<stem>.meta.jsonl, one sidecar per line, aligned.

    A rerun skips the documents whose outputs record the same input, tool version and
    rules (--force redoes them). Outputs appear whole or not at all, so a run can be
    killed and started again. A document that cannot be cleaned (unreadable, binary,
    invalid JSON, no text field) is listed in OUT/errors.jsonl and the run goes on;
    OUT/run.json holds the totals. Two inputs that would write the same output stop the
    run before anything is written.

    - (stdin) writes its clean text to stdout; with -o its sidecar also goes to
    OUT/stdin.meta.json, without -o there is no sidecar.

    A PATH or OUT may be an fsspec URL (s3://bucket/prefix, gs://..., file:///dir,
    memory://...; a URL with * or ? is a glob): needs news-cleaner[remote] and the
    protocol's package (s3fs, gcsfs). URLs work with clean only, not with check, fix,
    explain or restore.

    Exit 0 when every document was cleaned, 1 when some failed, 2 on a usage error.
    """
    from cleaner.backends import available_cores, open_backend
    from cleaner.batch import BatchRun, ErrorLog, plan_jobs
    from cleaner.jsonl import RecordFields
    from cleaner.learning import learn_repeats as learn
    from cleaner.progress import choose_progress
    from cleaner.run_record import (
        ERRORS_FILE,
        RUN_FILE,
        run_record,
        summary_lines,
        write_run_record,
    )
    from cleaner.start_cache import load_starts

    options = CleanOptions(rules, disable, keep_title, lang, include, exclude)
    workers = jobs or available_cores()
    with _exit_on_usage_errors():
        text_field = text_field or _settings(options, paths).text_field
        fields = RecordFields(text=text_field, html=html_field, id=id_field, source=source_field)
        _check_urls_reach_workers(paths, output, parallel=workers > 1 or dask is not None)
        out = _output_location(output)
        inputs = expand_inputs(paths, skip=out, select=_selection(options), urls=True)
        if out is None and any(not item.is_stdin for item in inputs):
            raise UsageError("clean writes files: pass -o OUT (only - can go to stdout)")
        targets = _clean_targets(inputs, out)
        cleaner = _build_cleaner(options, paths)
    stdin_failed = False
    for item, target in targets:
        if item.is_stdin:
            stdin_failed = not _clean_stdin(cleaner, item, target)
    if out is None:
        raise typer.Exit(EXIT_FOUND if stdin_failed else EXIT_OK)
    plan = plan_jobs(targets, fields, resume=not force)
    load_starts(cleaner)
    started = time.monotonic()
    errors = ErrorLog(out / ERRORS_FILE, echo=None if quiet else complain)
    try:
        if learn_repeats:
            thresholds = RepeatThresholds(repeat_min_docs, repeat_min_share)
            with _exit_on_usage_errors(), open_backend(cleaner, workers, dask) as backend:
                table = learn(backend, plan, thresholds, choose_progress(quiet, "counting"))
            cleaner = cleaner.with_repeats(table)
        with _exit_on_usage_errors(), open_backend(cleaner, workers, dask) as backend:
            tally = BatchRun(backend, cleaner, choose_progress(quiet), errors).run(plan)
    except BaseException:
        errors.discard()
        raise
    errors.close()
    seconds = time.monotonic() - started
    record = run_record(
        tally,
        rules_sha256=cleaner.rules_sha256,
        inputs=paths,
        options={
            "text_field": text_field,
            "html_field": html_field,
            "id_field": id_field,
            "jobs": workers,
            "dask": dask,
        },
        seconds=seconds,
    )
    try:
        write_run_record(out, record)
    except OSError as err:
        _fail(f"cannot write {out / RUN_FILE}: {err.strerror or err}")
    if not quiet:
        for line in summary_lines(tally, seconds):
            complain(line)
        if tally.failed:
            complain(f"the failures are listed in {out / ERRORS_FILE}")
    raise typer.Exit(EXIT_FOUND if tally.failed or stdin_failed else EXIT_OK)


@app.command("check")
def check(
    paths: PathsArgument,
    diff: Annotated[
        bool, typer.Option("--diff", help="Print the unified diff that `fix` would apply instead.")
    ] = False,
    rules: RulesOption = None,
    disable: DisableOption = None,
    keep_title: KeepTitleOption = None,
    lang: LangOption = None,
    include: IncludeOption = None,
    exclude: ExcludeOption = None,
) -> None:
    """Report junk without changing anything (for pre-commit and CI).

    Prints path:line: rule-id category: "removed text" for every run of junk lines
    (line = its first line). Exit 1 if any junk was found, 0 if all files are clean,
    2 on a usage or input error. Never writes a file.

    Each file is checked with the settings of the config nearest to it.
    """
    options = CleanOptions(rules, disable, keep_title, lang, include, exclude)
    raise typer.Exit(run_check(paths, options.overrides(), diff=diff))


@app.command("fix")
def fix(
    paths: PathsArgument,
    rules: RulesOption = None,
    disable: DisableOption = None,
    keep_title: KeepTitleOption = None,
    lang: LangOption = None,
    include: IncludeOption = None,
    exclude: ExcludeOption = None,
    sidecars: SidecarsOption = None,
) -> None:
    """Remove junk in place and write a sidecar <stem>.meta.json for each changed file.

    Each file is rewritten atomically, in its own encoding when the clean text still reads
    back the same in it (else UTF-8), and gzipped again if it was .gz. Files without junk
    are left alone, sidecar included, so a second run changes nothing. A sidecar left by
    an earlier fix is replaced when the file changes again. HTML pages are not rewritten
    (`check` and `clean` handle them).

    The sidecar goes beside the file, into a folder that mirrors the tree (`sidecars` of
    the config, or --sidecars), or nowhere (none). Every changed file is named on stdout
    with its sidecar, which git may not track yet.

    Exit 1 when a file changed (pre-commit's convention for fixers), 0 when nothing
    changed, 2 on a usage or input error.
    """
    options = CleanOptions(rules, disable, keep_title, lang, include, exclude, sidecars)
    raise typer.Exit(run_fix(paths, options.overrides()))


@app.command("config")
def show_config(
    path: Annotated[
        Path | None,
        typer.Argument(
            metavar="PATH",
            help="The file or folder whose settings to show; the current folder if none.",
            show_default=False,
        ),
    ] = None,
    rules: RulesOption = None,
    disable: DisableOption = None,
    keep_title: KeepTitleOption = None,
    lang: LangOption = None,
    include: IncludeOption = None,
    exclude: ExcludeOption = None,
    sidecars: SidecarsOption = None,
) -> None:
    """Print the settings that apply to PATH and where each value comes from.

    One line per key, key = value # origin, where origin is the config file that set it,
    "command line" or "default". For a file, a last line says whether include/exclude
    let commands handle it. The settings are checked as a run would check them (rule
    packs, rule ids, language): exit 2 naming the file and key if they cannot be used.
    """
    options = CleanOptions(rules, disable, keep_title, lang, include, exclude, sidecars)
    target = path if path is not None else Path()
    with _exit_on_usage_errors():
        cleaners = ConfigCleaners(options.overrides())
        settings = cleaners.finder.for_path(target)
        cleaners.for_settings(settings)
    for line in settings_lines(settings):
        typer.echo(line)
    if not target.is_dir():
        typer.echo(path_verdict(str(target), settings.why_skipped(target)))


@app.command("explain")
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
        loaded = load_input(inputs[0])
    except InputError as err:
        _fail(str(err))
    result = cleaner.clean_source(loaded.text, loaded.source)
    print_explanation(result.decisions, sys.stdout)


@app.command("restore")
def restore(
    clean_file: Annotated[
        Path,
        typer.Argument(
            metavar="CLEAN",
            help="The clean text, or a cleaned JSONL corpus (.gz is read transparently).",
            exists=True,
            dir_okay=False,
        ),
    ],
    sidecar: Annotated[
        Path,
        typer.Argument(
            metavar="SIDECAR",
            help="Its .meta.json sidecar (for a corpus: its .meta.jsonl).",
            exists=True,
            dir_okay=False,
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
    text_field: Annotated[
        str,
        typer.Option("--text-field", metavar="NAME", help="JSONL: the field with the text."),
    ] = "text",
) -> None:
    """Rebuild the original input byte for byte from clean text and its sidecar.

    The rebuilt bytes are checked against the sha256 recorded in the sidecar; a clean
    text or sidecar that was edited since is an error (exit 2), not a wrong file.

    For a JSONL corpus (CLEAN named *.jsonl or *.jsonl.gz) every record's text is restored
    exactly and checked; records that were not changed come back byte for byte, changed
    ones as compact JSON with the same value.
    """
    if clean_file.name.lower().endswith((".jsonl", ".jsonl.gz")):
        _restore_corpus(clean_file, sidecar, output, text_field)
        return
    import json

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
        import gzip

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


@app.command("report")
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
    complain(f"wrote {output} ({len(page) / 1000:,.1f} kB)")


def main() -> None:
    """The command line in this process (``cleaner.launch.main`` wraps it for the script)."""
    app_for(sys.argv[1:])(prog_name="news-cleaner")


def app_for(args: Sequence[str]) -> typer.Typer:
    """The app with only the command that ``args`` name, or the whole app.

    At every start typer turns each command's signature into click parameters, evaluating
    all their annotations: for the nine commands that was most of what ``news-cleaner check
    one.txt`` spent beyond its imports, and a run uses one command. The command is the first
    argument that is not an option (the app's own options, ``--help`` and ``--version``, take
    no value). Without one, or with a name that is no command, the whole app answers, so
    ``--help`` lists every command and a typo gets click's "No such command".
    """
    name = next((arg for arg in args if not arg.startswith("-")), None)
    commands = [command for command in app.registered_commands if command.name == name]
    groups = [group for group in app.registered_groups if group.name == name]
    if not commands and not groups:
        return app
    narrowed = copy.copy(app)
    narrowed.registered_commands = commands
    narrowed.registered_groups = groups
    return narrowed


# -- helpers ----------------------------------------------------------------------------------


@contextlib.contextmanager
def _exit_on_usage_errors() -> Iterator[None]:
    """Usage, config and rule-file errors end the run with exit 2 and one line on stderr."""
    try:
        yield
    except USAGE_ERRORS as err:
        _fail(str(err))


def _fail(message: str) -> NoReturn:
    complain(f"error: {message}")
    raise typer.Exit(EXIT_ERROR)


def _settings(options: CleanOptions, paths: Sequence[str]) -> Settings:
    """Config is looked up from the first named path (like black), else the current folder;
    a URL has no config above it, so it is passed over."""
    start = next((Path(path) for path in paths if path != STDIN and not is_url(path)), Path.cwd())
    return resolve_settings(options.overrides(), start)


def _build_cleaner(
    options: CleanOptions, paths: Sequence[str], extra_rules: Path | None = None
) -> Cleaner:
    settings = _settings(options, paths)
    config = settings.cleaner_config()
    if extra_rules is not None and extra_rules.resolve() not in {
        folder.resolve() for folder in config.rules_dirs
    }:
        config = config._replace(rules_dirs=(*config.rules_dirs, extra_rules))
    return cleaner_from(config, settings)


def _selection(options: CleanOptions) -> Callable[[Location], bool]:
    """The include/exclude filter, each file judged by the globs of its nearest config."""
    return SettingsFinder(options.overrides()).selects


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


def _folder_or_url(value: str | None) -> str | None:
    """--output: a local folder (not a file: refused as click refuses it) or a URL."""
    if value is not None and not is_url(value) and Path(value).is_file():
        raise typer.BadParameter(f"Directory {value!r} is a file.")
    return value


def _output_location(output: str | None) -> Location | None:
    """The output folder as a local ``Path``, or a ``RemotePath`` for a URL (whose file
    system is made here, so a missing package stops the run before anything is read)."""
    if output is None or not is_url(output):
        return None if output is None else Path(output)
    from cleaner.remote import RemotePath, filesystem

    filesystem(output)
    return RemotePath(output.rstrip("/"))


def _check_urls_reach_workers(
    arguments: Sequence[str], output: str | None, *, parallel: bool
) -> None:
    """Worker processes must see every URL of the run (no memory:// with --jobs N)."""
    urls = [text for text in [*arguments, output or ""] if is_url(text)]
    if urls:
        from cleaner.remote import check_shared

        check_shared(urls, parallel=parallel)


def _clean_targets(
    inputs: list[InputFile], output: Location | None
) -> list[tuple[InputFile, OutputPaths | None]]:
    if output is None:
        return [(item, None) for item in inputs]
    return list(plan_outputs(inputs, output))


def _clean_stdin(cleaner: Cleaner, item: InputFile, target: OutputPaths | None) -> bool:
    """Clean stdin to stdout (its sidecar into OUT if there is one); ``False`` if it failed."""
    try:
        loaded = load_input(item)
        result = cleaner.clean_source(loaded.text, loaded.source)
        typer.get_binary_stream("stdout").write(result.text.encode("utf-8"))
        if target is not None:
            write_atomic(target.meta, result.meta.to_json())
    except (InputError, OSError) as err:
        complain(describe(item, err))
        return False
    return True


def _restore_corpus(records: Path, sidecars: Path, output: Path | None, text_field: str) -> None:
    """Stream the restored corpus to OUT (atomically, gzipped for .gz) or to stdout."""
    import gzip

    from cleaner.atomic import atomic_stream
    from cleaner.jsonl import JsonlReader, restore_records

    with contextlib.ExitStack() as stack:
        if output is None:
            target: IO[bytes] | gzip.GzipFile = typer.get_binary_stream("stdout")
        else:
            target = stack.enter_context(atomic_stream(output))
            if output.name.lower().endswith(".gz"):
                target = stack.enter_context(
                    gzip.GzipFile(filename="", mode="wb", fileobj=target, mtime=0)
                )
        try:
            with sidecars.open("rb") as sidecar_lines:
                lines = JsonlReader(records).lines()
                for line in restore_records(lines, sidecar_lines, text_field):
                    target.write(line)
        except RestoreError as err:
            _fail(f"{records}: {err}")
        except (OSError, EOFError, zlib.error) as err:
            _fail(f"cannot restore {records}: {err}")
        except (KeyError, TypeError, ValueError) as err:
            problem = f"{type(err).__name__}: {err}"
            _fail(f"{sidecars}: not a valid news-cleaner sidecar file ({problem})")


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
