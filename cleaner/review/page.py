"""The review page as one HTML string: totals, charts, the table, the sample, the errors.

Built with ``html.escape`` and string joins (no template engine): every value that comes from
a document goes through ``escape``. The page is self-contained: the stylesheet and the script
(``page.css``, ``page.js`` beside this module) are inlined, the charts are inline SVG, and a
Content-Security-Policy forbids any request, so it opens from disk and never calls out. It
reads top to bottom without the script, which only adds sorting and the sample filters.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from html import escape
from importlib import resources

from cleaner.review.aggregate import HISTOGRAM_BINS, ErrorLog, FirstFew, Totals
from cleaner.review.charts import Bar, bar_chart, histogram
from cleaner.review.palette import OTHER, CategoryColours
from cleaner.review.run_folder import DocumentSummary, RunInfo, Unreadable
from cleaner.review.sample_text import Mark, SampleLine, SampleText
from cleaner.review.selection import Sampled

CONTEXT = 3
"""Kept lines shown around removed ones; longer kept runs fold into a ``<details>``."""
LINE_CHARS = 400
"""A longer line is cut (with "…") in the sample view."""
DOCUMENT_LINES = 600
"""Lines shown per sampled document; the rest are counted, not shown."""
RULE_BARS = 30
"""Rules drawn in the per-rule chart; the others are summed into one bar."""
REASONS_LISTED = 20


@dataclass(frozen=True)
class Report:
    """Everything the page shows, gathered by ``build``."""

    folder: str
    run: RunInfo | None
    totals: Totals
    errors: ErrorLog
    unreadable: FirstFew[Unreadable]
    rows: list[DocumentSummary]
    sample: list[tuple[Sampled, SampleText]]


def render(report: Report) -> str:
    colours = CategoryColours.for_counts(report.totals.lines_by_category)
    script = _asset("page.js")
    anchors = {sampled.document.label: f"doc-{n}" for n, (sampled, _) in enumerate(report.sample)}
    body = [
        _header(report),
        '<main id="main">',
        _charts(report.totals, colours),
        _table(report, anchors),
        _sample(report, colours, anchors),
        _errors(report.errors),
        _unreadable(report.unreadable),
        "</main>",
        _footer(report),
    ]
    return "".join(
        [
            _head(report.folder, _asset("page.css") + colours.css(), script),
            "<body>",
            *body,
            f"<script>{script}</script></body></html>\n",
        ]
    )


# -- page frame -------------------------------------------------------------------------------


def _head(folder: str, css: str, script: str) -> str:
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    policy = (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
        f" script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"
    )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="generator" content="news-cleaner report">'
        f"<title>news-cleaner review · {escape(folder)}</title>"
        '<link rel="icon" href="data:,">'
        f"<style>{css}</style></head>"
    )


def _header(report: Report) -> str:
    totals, errors = report.totals, report.errors
    resumed = report.run.resumed if report.run is not None else None
    cleaned = f"{_int(totals.documents)} cleaned"
    if resumed:
        cleaned += f" ({_int(resumed)} resumed)"
    cards = [
        _card(
            "Documents",
            _int(totals.documents + errors.count),
            f"{cleaned} · {_int(errors.count)} failed{_formats(totals)}",
        ),
        _card(
            "Changed",
            _int(totals.changed),
            f"{_percent(_ratio(totals.changed, totals.documents))} of the cleaned",
        ),
        _card(
            "Text removed",
            _percent(totals.share_removed),
            f"{_int(totals.removed_chars)} of {_int(totals.chars_before)} characters",
        ),
        _card(
            "Lines removed",
            _int(totals.removed_lines),
            f"by {_plural(len(totals.lines_by_rule), 'rule')}",
        ),
        _card(
            "Bytes out",
            _bytes(totals.bytes_out),
            f"of {_bytes(totals.bytes_in)} in",
            title=f"{_int(totals.bytes_in)} bytes in, {_int(totals.bytes_out)} bytes out",
        ),
        _card("Errors", _int(errors.count), "failed documents", "alert" if errors.count else ""),
        _card(
            "Warnings",
            _int(totals.with_warnings),
            "documents with warnings",
            "warn" if totals.with_warnings else "",
        ),
    ]
    return (
        '<a class="skip" href="#main">Skip to the report</a>'
        '<header class="top"><div class="wrap">'
        f'<p class="kicker">news-cleaner review</p><h1>{escape(report.folder)}</h1>'
        f'<p class="provenance">{_provenance(report)}</p>'
        f'<dl class="cards">{"".join(cards)}</dl>'
        '<nav aria-label="Sections"><a href="#charts">What was removed</a>'
        '<a href="#documents">Documents</a><a href="#sample">Sample</a>'
        f'<a href="#errors">Errors ({_int(errors.count)})</a></nav>'
        "</div></header>"
    )


def _formats(totals: Totals) -> str:
    """`` · 40 text, 7 html`` when the run mixes formats; nothing when it does not."""
    if len(totals.formats) < 2:
        return ""
    kinds = sorted(totals.formats.items(), key=lambda kv: (-kv[1], kv[0]))
    return " · " + ", ".join(f"{_int(count)} {escape(kind)}" for kind, count in kinds)


def _provenance(report: Report) -> str:
    """Tool and rules version, inputs and timing: from run.json, else from the sidecars."""
    run, parts = report.run, []
    if run is not None and run.tool_version:
        parts.append(_version(run.tool_version, run.rules_sha256))
    elif report.totals.tools:
        versions = report.totals.tools.most_common()
        parts.extend(_version(version, rules) for (version, rules), _ in versions[:3])
        if len(versions) > 1:
            parts.append(f"<strong>{len(versions)} tool/rules versions mixed</strong>")
    if run is None:
        parts.append("no run.json: totals come from the sidecars, timing is unknown")
        return " · ".join(parts)
    if run.inputs:
        shown = ", ".join(f"<code>{escape(item)}</code>" for item in run.inputs[:5])
        more = f" and {len(run.inputs) - 5} more" if len(run.inputs) > 5 else ""
        parts.append(f"inputs {shown}{more}")
    if run.jobs:
        parts.append(_plural(run.jobs, "job"))
    if run.wall_seconds is not None:
        speed = run.documents_per_second
        rate = f" ({speed:,.1f} documents/s)" if speed is not None else ""
        parts.append(f"{run.wall_seconds:,.2f} s{rate}")
    return " · ".join(parts)


def _version(version: str, rules: str | None) -> str:
    if not rules:
        return f"news-cleaner {escape(version)}"
    short = f'<code title="{escape(rules)}">{escape(rules[:12])}</code>'
    return f"news-cleaner {escape(version)} · rules {short}"



def _card(term: str, value: str, detail: str, tone: str = "", title: str = "") -> str:
    attributes = (f' class="{tone}"' if tone else "") + (f' title="{title}"' if title else "")
    return (
        f"<div{attributes}><dt>{term}</dt><dd>{value}</dd>"
        f'<dd class="detail">{detail}</dd></div>'
    )


def _footer(report: Report) -> str:
    return (
        '<footer><div class="wrap">Built by <code>news-cleaner report</code> from the sidecars'
        f" in <code>{escape(report.folder)}</code>"
        + (", run.json" if report.run is not None else "")
        + (", errors.jsonl" if report.errors.count else "")
        + ". The same folder always gives the same page.</div></footer>"
    )


# -- charts -----------------------------------------------------------------------------------


def _charts(totals: Totals, colours: CategoryColours) -> str:
    categories = [
        Bar(name, count, colours.colour(name))
        for name, count in sorted(totals.lines_by_category.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    ranked = sorted(totals.lines_by_rule.items(), key=lambda kv: (-kv[1], kv[0]))
    rules = []
    for rule, count in ranked[:RULE_BARS]:
        category = totals.category_of_rule[rule]
        rules.append(Bar(rule, count, colours.colour(category), category))
    if len(ranked) > RULE_BARS:
        rest = ranked[RULE_BARS:]
        rules.append(Bar(f"{len(rest)} other rules", sum(count for _, count in rest), OTHER))
    labels = ["none"] + [
        f"{(bin_ - 1) * 100 // HISTOGRAM_BINS}–{bin_ * 100 // HISTOGRAM_BINS}"
        for bin_ in range(1, HISTOGRAM_BINS + 1)
    ]
    by_category = "Removed lines per category"
    by_share = "Documents by share of their text removed"
    by_rule = "Removed lines per rule"
    return (
        '<section id="charts" class="wrap"><h2>What was removed</h2><div class="charts">'
        + _figure(by_category, bar_chart("chart-categories", by_category, categories, "lines"))
        + _figure(
            f'{by_rule} <span class="muted">(category in grey)</span>',
            bar_chart("chart-rules", by_rule, rules, "lines"),
        )
        + _figure(
            f'{by_share} <span class="muted">(grey: nothing removed)</span>',
            histogram("chart-share", by_share, totals.histogram, labels),
            "wide",
        )
        + "</div></section>"
    )


def _figure(caption: str, chart: str, extra_class: str = "") -> str:
    classes = f"panel {extra_class}".strip()
    return f'<figure class="{classes}"><figcaption>{caption}</figcaption>{chart}</figure>'


# -- table ------------------------------------------------------------------------------------

_COLUMNS = (
    ("Document", "text", ""),
    ("Title", "text", ""),
    ("Section", "text", ""),
    ("Comments", "num", "num"),
    ("Related", "num", "num"),
    ("Lines removed", "num", "num"),
    ("Text removed", "num", "num"),
)


def _table(report: Report, anchors: dict[str, str]) -> str:
    documents = report.totals.documents
    if len(report.rows) < documents:
        scope = (
            f"The {_int(len(report.rows))} most-trimmed and sampled documents of"
            f" {_int(documents)} (<code>--rows</code> sets how many)."
        )
    else:
        scope = f"All {_plural(documents, 'document')}."
    heads = "".join(
        f'<th scope="col" data-type="{kind}"'
        + (' aria-sort="descending"' if name == "Text removed" else "")
        + (f' class="{css}"' if css else "")
        + f">{name}</th>"
        for name, kind, css in _COLUMNS
    )
    rows = "".join(_row(document, anchors.get(document.label)) for document in report.rows)
    return (
        '<section id="documents" class="wrap"><h2>Documents</h2>'
        f'<p class="lead">{scope} Most trimmed first; with the script on, click a column'
        ' heading to sort. Linked documents are in the sample below.</p>'
        '<div class="table-scroll"><table id="doc-table" class="docs">'
        f"<thead><tr>{heads}</tr></thead><tbody>{rows}</tbody></table></div></section>"
    )


def _row(document: DocumentSummary, anchor: str | None) -> str:
    label = escape(document.label)
    name = f'<a href="#{anchor}">{label}</a>' if anchor else label
    if document.warnings:
        warnings = escape("; ".join(document.warnings))
        name += f' <span class="badge warn" title="{warnings}">warning</span>'
    share = document.share_removed
    return (
        f'<tr><td class="doc" data-v="{label}">{name}</td>'
        f"<td>{_optional(document.title)}</td><td>{_optional(document.section)}</td>"
        f"{_number_cell(document.comment_count)}{_number_cell(document.related)}"
        f"{_number_cell(document.removed_lines)}"
        f'<td class="num" data-v="{share:.6f}"><span class="meter" aria-hidden="true">'
        f'<span style="width:{share * 100:.1f}%"></span></span>{_percent(share)}</td></tr>'
    )


def _number_cell(value: int | None) -> str:
    if value is None:
        return '<td class="num" data-v="-1"><span class="muted">–</span></td>'
    return f'<td class="num" data-v="{value}">{_int(value)}</td>'


def _optional(text: str | None) -> str:
    return escape(text) if text else '<span class="muted">–</span>'


# -- sample -----------------------------------------------------------------------------------


def _sample(report: Report, colours: CategoryColours, anchors: dict[str, str]) -> str:
    head = '<section id="sample" class="wrap"><h2>Sample</h2>'
    if not report.sample:
        return head + '<p class="lead">No sample (<code>--sample 0</code>).</p></section>'
    marks = [mark for _, text in report.sample for mark in _marks(text)]
    rules = sorted({mark.rule for mark in marks})
    categories = sorted({mark.category for mark in marks})
    legend = "".join(
        f'<li class="chip k{colours.slot(category)}"><del>{escape(category)}</del></li>'
        for category in categories
    )
    filters = (
        '<form id="filters" class="filters" hidden><label>Rule <select id="filter-rule">'
        '<option value="">all rules</option>'
        + "".join(f'<option value="{escape(rule)}">{escape(rule)}</option>' for rule in rules)
        + '</select></label><label>Category <select id="filter-category">'
        '<option value="">all categories</option>'
        + "".join(f'<option value="{escape(c)}">{escape(c)}</option>' for c in categories)
        + '</select></label><output id="filter-status" aria-live="polite"></output></form>'
    )
    documents = "".join(
        _document(sampled, text, colours, anchors[sampled.document.label])
        for sampled, text in report.sample
    )
    return (
        head
        + f'<p class="lead">{_plural(len(report.sample), "document")} of'
        f" {_int(report.totals.documents)}: the most trimmed, those with warnings, then a fixed"
        " pick by the hash of their path (<code>--sample N</code>). Removed lines are struck"
        " through, coloured by category, and tagged with their rule; long runs of kept lines"
        " are folded.</p>"
        f'<ul class="legend" aria-label="Categories">{legend}</ul>{filters}{documents}</section>'
    )


def _marks(text: SampleText) -> Iterator[Mark]:
    return (line.mark for line in text.lines if line.mark is not None)


def _document(sampled: Sampled, text: SampleText, colours: CategoryColours, anchor: str) -> str:
    document = sampled.document
    facts = [
        f"{_percent(document.share_removed)} of the text removed",
        f"{_plural(document.removed_lines, 'line')} removed",
    ]
    if document.section:
        facts.append(f"section <strong>{escape(document.section)}</strong>")
    if document.comment_count is not None:
        facts.append(_plural(document.comment_count, "comment"))
    if document.related:
        stories = "related story" if document.related == 1 else "related stories"
        facts.append(f"{_int(document.related)} {stories}")
    if document.format == "html":
        facts.append("HTML page: lines of the extracted text")
    if document.record_id:
        facts.append(f"id <code>{escape(document.record_id)}</code>")
    rules = " ".join(sorted({run.rule for run in document.removed}))
    title = f'<p class="title">{escape(document.title)}</p>' if document.title else ""
    warnings = "".join(f"<li>{escape(warning)}</li>" for warning in document.warnings)
    note = f'<p class="note">{escape(text.note)}</p>' if text.note else ""
    return (
        f'<article class="doc" id="{anchor}" data-rules="{escape(rules)}">'
        f'<header><h3><code>{escape(document.label)}</code></h3>'
        f'<span class="badge why">{escape(sampled.reason.value)}</span>{title}'
        f'<p class="facts">{" · ".join(facts)}</p>'
        + (f'<ul class="warnings">{warnings}</ul>' if warnings else "")
        + f'{note}</header><div class="lines">{_lines(text.lines, colours)}</div></article>'
    )


def _lines(lines: Sequence[SampleLine], colours: CategoryColours) -> str:
    """Removed lines with ``CONTEXT`` kept lines around them; longer kept runs are folded."""
    shown = lines[:DOCUMENT_LINES]
    parts: list[str] = []
    start = 0
    while start < len(shown):
        if shown[start].mark is not None:
            parts.append(_line(shown[start], colours))
            start += 1
            continue
        end = start
        while end < len(shown) and shown[end].mark is None:
            end += 1
        parts.append(_kept_run(shown[start:end], start == 0, end == len(shown), colours))
        start = end
    if len(lines) > len(shown):
        parts.append(f'<p class="more">{_int(len(lines) - len(shown))} more lines not shown.</p>')
    return "".join(parts)


def _kept_run(
    run: Sequence[SampleLine], first: bool, last: bool, colours: CategoryColours
) -> str:
    """A run of kept lines: the ends that touch removed lines stay visible, the middle folds."""
    head = 0 if first and not last else CONTEXT
    tail = 0 if last else CONTEXT
    if len(run) <= head + tail + 1:
        return "".join(_line(line, colours) for line in run)
    folded = run[head : len(run) - tail]
    numbers = f"{folded[0].number}–{folded[-1].number}"
    return (
        "".join(_line(line, colours) for line in run[:head])
        + f'<details class="fold"><summary>{_plural(len(folded), "kept line")}'
        f' <span class="muted">({numbers})</span></summary>'
        + "".join(_line(line, colours) for line in folded)
        + "</details>"
        + "".join(_line(line, colours) for line in run[len(run) - tail :])
    )


def _line(line: SampleLine, colours: CategoryColours) -> str:
    number = f'<span class="n" aria-hidden="true">{line.number}</span>'
    text = escape(line.text if len(line.text) <= LINE_CHARS else line.text[:LINE_CHARS] + "…")
    if line.mark is None:
        content = text or "&#8203;"
        return f'<div class="ln">{number}<span class="t">{content}</span></div>'
    rule, category = escape(line.mark.rule), escape(line.mark.category)
    content = text or '<span class="blank">blank line</span>'
    tag = (
        f'<span class="tag" aria-hidden="true">{rule}</span>' if line.mark.first else ""
    )
    return (
        f'<div class="ln drop k{colours.slot(line.mark.category)}" data-rule="{rule}"'
        f' data-category="{category}" title="removed by {rule} ({category})">{number}'
        f'<span class="t"><span class="sr">line {line.number}, removed by rule {rule},'
        f" category {category}: </span><del>{content}</del></span>{tag}</div>"
    )


# -- errors -----------------------------------------------------------------------------------


def _errors(errors: ErrorLog) -> str:
    head = f'<section id="errors" class="wrap"><h2>Errors ({_int(errors.count)})</h2>'
    if not errors.count:
        return head + '<p class="lead">No document failed.</p></section>'
    reasons = ""
    if 1 < len(errors.by_reason) < errors.count:  # some reason repeats: worth a summary
        common = errors.by_reason.most_common(REASONS_LISTED)
        reasons = (
            '<table class="reasons"><thead><tr><th scope="col" class="num">Documents</th>'
            '<th scope="col">Reason</th></tr></thead><tbody>'
            + "".join(
                f'<tr><td class="num">{_int(count)}</td><td>{escape(reason)}</td></tr>'
                for reason, count in common
            )
            + "</tbody></table>"
        )
    listed = "".join(
        f"<tr><td><code>{escape(error.path)}</code></td>"
        f'<td class="num">{"" if error.line is None else _int(error.line)}</td>'
        f"<td>{escape(error.reason)}</td></tr>"
        for error in errors.listed
    )
    more = (
        f'<p class="more">and {_int(errors.count - len(errors.listed))} more.</p>'
        if errors.count > len(errors.listed)
        else ""
    )
    return (
        head
        + reasons
        + '<div class="table-scroll"><table class="errors"><thead><tr><th scope="col">Input</th>'
        '<th scope="col" class="num">Line</th><th scope="col">Reason</th></tr></thead>'
        f"<tbody>{listed}</tbody></table></div>{more}</section>"
    )


def _unreadable(unreadable: FirstFew[Unreadable]) -> str:
    if not unreadable.count:
        return ""
    items = "".join(
        f"<li><code>{escape(item.path)}</code>: {escape(item.reason)}</li>"
        for item in unreadable.listed
    )
    more = unreadable.count - len(unreadable.listed)
    return (
        '<section id="unreadable" class="wrap"><h2>Files the report could not read'
        f" ({_int(unreadable.count)})</h2><ul>{items}</ul>"
        + (f'<p class="more">and {_int(more)} more.</p>' if more else "")
        + "</section>"
    )


# -- formatting -------------------------------------------------------------------------------


def _asset(name: str) -> str:
    return resources.files("cleaner.review").joinpath(name).read_text(encoding="utf-8")


def _int(value: int) -> str:
    return f"{value:,}"


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}" if count == 1 else f"{count:,} {noun}s"


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _percent(share: float) -> str:
    if 0 < share < 0.001:
        return "&lt;0.1%"
    return f"{share * 100:.1f}%"


def _bytes(count: int) -> str:
    """Decimal units, like file managers: 1.2 MB is 1,200,000 bytes."""
    units = ("B", "kB", "MB", "GB", "TB")
    value, power = float(count), 0
    while value >= 1000 and power < len(units) - 1:
        value /= 1000
        power += 1
    return f"{count:,} B" if power == 0 else f"{value:,.1f} {units[power]}"
