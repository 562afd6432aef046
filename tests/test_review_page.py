"""The review page: what it says, that it is self-contained and deterministic, and the command."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from batch_outputs import (
    FILE_FAILURE,
    ContractRun,
    generated_document,
    write_generated_documents,
)
from typer.testing import CliRunner

from cleaner import Cleaner
from cleaner.cli import app
from cleaner.review import ReportError, build_report
from cleaner.review.palette import OTHER, PALETTE, tint
from cleaner.version import __version__

FIXTURES = Path(__file__).parent / "fixtures"


def page_of(out: Path, sample: int = 50, rows: int = 500) -> str:
    return build_report(out, sample_size=sample, table_rows=rows)


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text of each <script> and <style>."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)

    def with_class(self, name: str) -> list[dict[str, str | None]]:
        return [attrs for _, attrs in self.tags if name in (attrs.get("class") or "").split()]


def parse(page: str) -> Elements:
    elements = Elements()
    elements.feed(page)
    return elements


def test_the_header_gives_the_run_totals_version_and_timing(
    run: ContractRun, cleaner: Cleaner
) -> None:
    page = page_of(run.out)
    results = run.results.values()
    removed = sum(r.end_line - r.start_line + 1 for res in results for r in res.meta.removed)
    documents = len(run.results) + len(run.log.errors)
    header = page[page.index("<header") : page.index("</header>")]
    assert f"<dt>Documents</dt><dd>{documents}</dd>" in header
    assert f"<dt>Lines removed</dt><dd>{removed}</dd>" in header
    assert f"<dt>Errors</dt><dd>{len(run.log.errors)}</dd>" in header
    assert f"news-cleaner {__version__}" in header
    assert cleaner.rules_sha256[:12] in header
    assert "1.50 s" in header and "(3 resumed)" in header


def test_without_run_json_the_page_says_so_and_keeps_the_sidecars_totals(
    run: ContractRun,
) -> None:
    with_run = page_of(run.out)
    (run.out / "run.json").unlink()
    without = page_of(run.out)
    assert "no run.json" in without and "no run.json" not in with_run
    for card in ("Lines removed", "Text removed", "Changed"):
        assert card_value(without, card) == card_value(with_run, card)
    assert f"news-cleaner {__version__}" in without  # from the sidecars


def card_value(page: str, term: str) -> str:
    match = re.search(f"<dt>{term}</dt><dd>([^<]*)</dd>", page)
    assert match is not None, term
    return match.group(1)


def test_errors_are_listed_with_their_reasons(run: ContractRun) -> None:
    page = page_of(run.out)
    errors = page[page.index('id="errors"') :]
    for error in run.log.errors:
        assert f"<code>{error['path']}</code>" in errors
        assert error["reason"].replace("'", "&#x27;") in errors
    assert FILE_FAILURE["reason"] in errors


def test_every_sampled_document_shows_every_removed_line_with_its_rule(
    run: ContractRun,
) -> None:
    elements = parse(page_of(run.out))
    articles = [attrs for tag, attrs in elements.tags if tag == "article"]
    assert len(articles) == 50 - 3  # the run has 47 documents: all are in the sample
    removed = sum(
        removal.end_line - removal.start_line + 1
        for result in run.results.values()
        for removal in result.meta.removed
    )
    drops = elements.with_class("drop")
    assert len(drops) == removed
    rules = {removal.rule for result in run.results.values() for removal in result.meta.removed}
    assert {attrs["data-rule"] for attrs in drops} == rules


def test_removed_lines_carry_their_rule_as_text_for_screen_readers(run: ContractRun) -> None:
    page = page_of(run.out)
    line = re.search(
        r'<div class="ln drop k\d+" data-rule="comment-counter" data-category="comments"'
        r' title="removed by comment-counter \(comments\)"><span class="n" aria-hidden="true">'
        r'(\d+)</span><span class="t"><span class="sr">line \1, removed by rule comment-counter,'
        r" category comments: </span><del>[^<]+</del>",
        page,
    )
    assert line is not None


def test_long_runs_of_kept_lines_fold(tmp_path: Path, cleaner: Cleaner) -> None:
    text = generated_document(1).replace("\n", "\n" + "A kept line of the article body.\n" * 3)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "long.txt").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["clean", str(tmp_path / "in"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0
    page = page_of(tmp_path / "out")
    folds = re.findall(r'<details class="fold"><summary>(\d+) kept lines', page)
    assert folds
    kept = len(text.splitlines()) - sum(
        r.end_line - r.start_line + 1 for r in cleaner.clean(text).meta.removed
    )
    shown = len(re.findall(r'<div class="ln">', page))
    assert shown == kept  # folded lines are still in the page, inside <details>


def test_a_run_of_text_and_html_names_both_formats(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    shutil.copy(FIXTURES / "html" / "article.html", tmp_path / "in")
    (tmp_path / "in" / "text.txt").write_text(generated_document(2), encoding="utf-8")
    CliRunner().invoke(app, ["clean", str(tmp_path / "in"), "-o", str(tmp_path / "out")])
    page = page_of(tmp_path / "out")
    assert "2 cleaned · 0 failed · 1 html, 1 text</dd>" in page
    assert page.count("HTML page: lines of the extracted text") == 1


def test_document_text_is_escaped(tmp_path: Path) -> None:
    text = generated_document(3) + '<script>alert("x")</script>\n<b>bold</b> & more\n'
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "evil <b>.txt").write_text(text, encoding="utf-8")
    CliRunner().invoke(app, ["clean", str(tmp_path / "in"), "-o", str(tmp_path / "out")])
    page = page_of(tmp_path / "out")
    assert page.count("<script") == 1
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "evil &lt;b&gt;.txt" in page and "<b>" not in page


def test_the_page_is_self_contained(run: ContractRun) -> None:
    page = page_of(run.out)
    elements = parse(page)
    for tag, attrs in elements.tags:
        assert tag not in {"img", "iframe", "object", "embed", "audio", "video"}, tag
        for name in ("src", "href", "action", "srcset"):
            value = attrs.get(name)
            assert value is None or value.startswith(("#", "data:")), (tag, name, value)
        if tag == "script":
            assert "src" not in attrs
    [policy] = [
        attrs["content"]
        for tag, attrs in elements.tags
        if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy"
    ]
    assert policy is not None and "default-src 'none'" in policy
    [script] = elements.scripts
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in policy


def test_the_same_folder_gives_the_same_page_wherever_it_lies(
    run: ContractRun, tmp_path: Path
) -> None:
    page = page_of(run.out)
    assert page_of(run.out) == page
    moved = tmp_path / "elsewhere" / "deeper" / "out"
    shutil.copytree(run.out, moved)
    assert page_of(moved) == page
    assert str(run.out.parent) not in page and str(moved.parent) not in page


def test_a_big_run_gives_a_bounded_page(tmp_path: Path, cleaner: Cleaner) -> None:
    out = tmp_path / "out"
    templates = [cleaner.clean(generated_document(number)) for number in range(5)]
    for number in range(1500):
        folder = out / f"part-{number // 500}"
        folder.mkdir(parents=True, exist_ok=True)
        template = templates[number % len(templates)]
        (folder / f"d{number:04d}.txt").write_text(template.text, encoding="utf-8")
        (folder / f"d{number:04d}.meta.json").write_text(template.meta.to_json(), "utf-8")
    page = page_of(out, sample=10, rows=40)
    table = page[page.index('<table id="doc-table"') : page.index("</table>")]
    sampled = re.findall(r'<article class="doc" id="(doc-\d+)"', page)
    assert len(sampled) == 10
    assert 40 <= table.count("<tr>") - 1 <= 50
    assert all(f'href="#{anchor}"' in table for anchor in sampled)
    assert "most-trimmed and sampled documents of 1,500" in page
    assert len(page) < 250_000


def test_palette_colours_have_enough_contrast_for_text() -> None:
    for colour in (*PALETTE, OTHER):
        assert contrast(colour, "#ffffff") >= 4.5, colour
        assert contrast(colour, tint(colour)) >= 4.5, colour


def contrast(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two ``#rrggbb`` colours."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


# -- the command ------------------------------------------------------------------------------


def test_report_command_writes_the_page(run: ContractRun, tmp_path: Path) -> None:
    target = tmp_path / "site" / "report.html"
    result = CliRunner().invoke(app, ["report", str(run.out), "-o", str(target), "--sample", "5"])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8") == page_of(run.out, sample=5)
    assert f"wrote {target}" in result.output


def test_report_command_to_stdout(run: ContractRun) -> None:
    result = CliRunner().invoke(app, ["report", str(run.out), "-o", "-", "--sample", "0"])
    assert result.exit_code == 0
    assert result.stdout.startswith("<!doctype html>")
    assert "<article" not in result.stdout and "No sample" in result.stdout


@pytest.mark.parametrize("make", ["missing", "empty"])
def test_report_command_refuses_a_folder_without_outputs(tmp_path: Path, make: str) -> None:
    folder = tmp_path / "out"
    if make == "empty":
        write_generated_documents(folder, 2)  # inputs, not outputs of clean
    result = CliRunner().invoke(app, ["report", str(folder), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 2
    assert not (tmp_path / "r.html").exists()
    if make == "empty":
        assert result.output.strip() == f"error: no outputs of news-cleaner clean in {folder}"


def test_build_report_names_the_problem(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="no such folder"):
        page_of(tmp_path / "nothing")


def test_a_run_with_only_failures_still_gives_a_page(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "errors.jsonl").write_text(json.dumps(FILE_FAILURE) + "\n", encoding="utf-8")
    page = page_of(out)
    assert "<dt>Errors</dt><dd>1</dd>" in page and FILE_FAILURE["reason"] in page
