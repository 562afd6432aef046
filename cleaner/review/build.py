"""From an output folder to the page: one streaming pass, then the sample's texts, then HTML."""

from __future__ import annotations

from pathlib import Path

from cleaner.review.aggregate import ErrorLog, FirstFew, Totals
from cleaner.review.page import Report, render
from cleaner.review.run_folder import (
    DEFAULT_TEXT_FIELD,
    DocumentSummary,
    RunError,
    Unreadable,
    has_error_log,
    read_error_log,
    read_run_info,
    scan_documents,
)
from cleaner.review.sample_text import load_texts
from cleaner.review.selection import SampleChooser, TableRows


class ReportError(Exception):
    """The folder cannot give a report (missing, or holds no output of ``clean``)."""


def build_report(out: Path, *, sample_size: int, table_rows: int) -> str:
    """The review page of the output folder ``out``, as HTML text.

    The folder is read once, document by document, keeping only totals, the table's rows
    (all documents up to ``table_rows``, else the most trimmed) and the sample candidates;
    then the ``sample_size`` sampled documents' texts are read. The page depends on the
    folder's contents alone: no clock, no absolute paths.
    """
    if not out.is_dir():
        raise ReportError(f"no such folder: {out}")
    run_info = read_run_info(out)
    unreadable: FirstFew[Unreadable] = FirstFew()
    if isinstance(run_info, Unreadable):
        unreadable.add(run_info)
        run_info = None
    text_field = run_info.text_field if run_info is not None else DEFAULT_TEXT_FIELD
    totals, record_errors = Totals(), ErrorLog()
    sample, rows = SampleChooser(sample_size), TableRows(table_rows)
    for item in scan_documents(out, text_field):
        if isinstance(item, DocumentSummary):
            totals.add(item)
            sample.add(item)
            rows.add(item)
        elif isinstance(item, RunError):
            record_errors.add(item)
        else:
            unreadable.add(item)
    errors = _error_log(out, unreadable) if has_error_log(out) else record_errors
    if not (totals.documents or errors.count or unreadable.count or run_info):
        raise ReportError(f"no outputs of news-cleaner clean in {out}")
    chosen = sample.chosen()
    texts = load_texts((sampled.document.location for sampled in chosen), text_field)
    return render(
        Report(
            folder=out.resolve().name,
            run=run_info,
            totals=totals,
            errors=errors,
            unreadable=unreadable,
            rows=rows.rows(sampled.document for sampled in chosen),
            sample=list(zip(chosen, texts, strict=True)),
        )
    )


def _error_log(out: Path, unreadable: FirstFew[Unreadable]) -> ErrorLog:
    """``errors.jsonl``, which lists every failure of the run (failed records included)."""
    log = ErrorLog()
    for item in read_error_log(out):
        if isinstance(item, RunError):
            log.add(item)
        else:
            unreadable.add(item)
    return log

