"""The command line, end to end: files in, files and exit codes out."""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

import cleaner
from cleaner.cli import app, app_for

PROSE = (
    "The regional council voted on Tuesday to expand the bus network into three new districts"
    " across the city.\n"
    "Officials said the first routes would open in the spring, pending a final safety review by"
    " the transport authority.\n"
    "Residents who spoke at the meeting welcomed the plan but asked for later evening services"
    " on weekdays.\n"
)
JUNK = PROSE + "0 Comments\n"
FIXTURES = Path(__file__).parent / "fixtures"
FRENCH_PROSE = (
    "Le conseil régional a voté mardi l’extension du réseau de bus à trois nouveaux quartiers"
    " de la ville.\n"
    "Les responsables ont déclaré que les premières lignes ouvriraient au printemps, après un"
    " dernier contrôle de sécurité.\n"
    "Les habitants présents à la réunion ont salué le projet mais ont demandé des services le"
    " soir en semaine.\n"
)
FOOTER_RULE = """\
id = "zorblax-footer"
category = "promo"
where = ["tail"]
description = "The made-up Zorblax network's footer, which no bundled rule knows."

[patterns]
en = ['more from zorblax']

[examples]
junk = ["More from Zorblax"]
keep = ["Analysts said more from Zorblax was expected after the merger talks collapsed."]
"""
FOOTER = "More from Zorblax\n"
ANSI = re.compile(r"\x1b\[")
COLOUR = re.compile(r"\x1b\[[0-9;]*3[0-7]m|\x1b\[[0-9;]*9[0-7]m")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty folder as the current directory, so relative paths stay relative."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    return tmp_path


def read_jsonl(path: Path) -> list[object]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


# -- clean ------------------------------------------------------------------------------------


def test_clean_removes_the_comment_counter_and_harvests_it(
    runner: CliRunner, workdir: Path
) -> None:
    write(workdir / "in" / "story.txt", JUNK)
    result = runner.invoke(app, ["clean", "in", "-o", "out"])
    assert result.exit_code == 0, result.output
    assert (workdir / "out" / "story.txt").read_bytes() == PROSE.encode()
    meta = json.loads((workdir / "out" / "story.meta.json").read_text(encoding="utf-8"))
    assert meta["comment_count"] == 0
    assert meta["source"]["path"] == os.path.join("in", "story.txt")
    assert meta["source"]["encoding"] == "utf-8"
    [removal] = meta["removed"]
    assert removal["rule"] == "comment-counter"
    assert (removal["start_line"], removal["end_line"]) == (4, 4)
    summary = result.stderr.splitlines()
    assert summary[0].startswith("1 document in ")
    assert summary[0].endswith(": 1 cleaned")
    assert summary[1] == "1 line removed from 1 document (3.3% of 336 bytes)"
    assert summary[2:] == ["  comments: 1"]


def test_clean_keeps_an_all_prose_text_byte_for_byte(runner: CliRunner, workdir: Path) -> None:
    write(workdir / "story.txt", PROSE.replace("\n", "\r\n"))
    result = runner.invoke(app, ["clean", "story.txt", "-o", "out", "--quiet"])
    assert result.exit_code == 0, result.output
    assert (workdir / "out" / "story.txt").read_bytes() == PROSE.replace("\n", "\r\n").encode()
    meta = json.loads((workdir / "out" / "story.meta.json").read_text(encoding="utf-8"))
    assert meta["removed"] == []
    assert result.stderr == ""


def test_clean_twice_into_a_subfolder_does_not_clean_its_outputs(
    runner: CliRunner, workdir: Path
) -> None:
    write(workdir / "story.txt", JUNK)
    for _ in range(2):
        result = runner.invoke(app, ["clean", ".", "-o", "out", "--force"])
        assert result.exit_code == 0, result.output
        assert result.stderr.startswith("1 document in ")
    assert not (workdir / "out" / "out").exists()


def test_clean_keeps_crlf_of_kept_lines(runner: CliRunner, workdir: Path) -> None:
    write(workdir / "story.txt", JUNK.replace("\n", "\r\n"))
    assert runner.invoke(app, ["clean", "story.txt", "-o", "out"]).exit_code == 0
    assert (workdir / "out" / "story.txt").read_bytes() == PROSE.replace("\n", "\r\n").encode()


def test_clean_needs_an_output_folder_for_files(runner: CliRunner, workdir: Path) -> None:
    write(workdir / "story.txt", JUNK)
    result = runner.invoke(app, ["clean", "story.txt"])
    assert result.exit_code == 2
    assert "-o" in result.stderr
    assert list(workdir.iterdir()) == [workdir / "story.txt"]


def test_clean_stdin_goes_to_stdout(runner: CliRunner, workdir: Path) -> None:
    result = runner.invoke(app, ["clean", "-", "-q"], input=JUNK.encode())
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == PROSE.encode()
    assert list(workdir.iterdir()) == []


def test_clean_stdin_with_output_folder_writes_its_sidecar(
    runner: CliRunner, workdir: Path
) -> None:
    result = runner.invoke(app, ["clean", "-", "-o", "out", "-q"], input=JUNK.encode())
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == PROSE.encode()
    meta = json.loads((workdir / "out" / "stdin.meta.json").read_text(encoding="utf-8"))
    assert meta["source"]["path"] == "-"
    assert meta["comment_count"] == 0


def test_clean_skips_bad_files_and_goes_on(runner: CliRunner, workdir: Path) -> None:
    write(workdir / "in" / "a-binary.txt", b"GIF89a\0\0\x01\x02")
    write(workdir / "in" / "b-story.txt", JUNK)
    result = runner.invoke(app, ["clean", "in", "-o", "out"])
    assert result.exit_code == 1
    assert (workdir / "out" / "b-story.txt").read_bytes() == PROSE.encode()
    assert not (workdir / "out" / "a-binary.txt").exists()
    lines = result.stderr.splitlines()
    label = os.path.join("in", "a-binary.txt")
    assert lines[0] == f"{label}: binary file (NUL bytes), skipped"
    assert ": 1 cleaned, 1 failed" in lines[1]
    assert lines[-1] == f"the failures are listed in {os.path.join('out', 'errors.jsonl')}"
    [error] = read_jsonl(workdir / "out" / "errors.jsonl")
    assert error == {"path": label, "line": None, "reason": "binary file (NUL bytes), skipped"}


def test_clean_extracts_html_pages(runner: CliRunner, workdir: Path) -> None:
    page = (FIXTURES / "html" / "article.html").read_text(encoding="utf-8")
    write(workdir / "page.html", page)
    result = runner.invoke(app, ["clean", "page.html", "-o", "out", "-q"])
    assert result.exit_code == 0, result.stderr
    text = (workdir / "out" / "page.txt").read_text(encoding="utf-8")
    assert text.startswith("The city council approved the new transit budget")
    meta = json.loads((workdir / "out" / "page.meta.json").read_text(encoding="utf-8"))
    assert meta["source"]["format"] == "html"
    assert meta["html_meta"]["author"] == "Jane Doe"


def test_html_name_without_markup_takes_the_text_path(runner: CliRunner, workdir: Path) -> None:
    write(workdir / "story.html", JUNK)
    result = runner.invoke(app, ["clean", "story.html", "-o", "out", "-q"])
    assert result.exit_code == 0, result.stderr
    meta = json.loads((workdir / "out" / "story.meta.json").read_text(encoding="utf-8"))
    assert meta["source"]["format"] == "text"
    assert (workdir / "out" / "story.txt").read_bytes() == PROSE.encode()


def test_fix_leaves_html_pages_alone(runner: CliRunner, workdir: Path) -> None:
    page = (FIXTURES / "html" / "article.html").read_text(encoding="utf-8")
    write(workdir / "page.html", page)
    result = runner.invoke(app, ["fix", "page.html"])
    assert result.exit_code == 0
    assert (workdir / "page.html").read_text(encoding="utf-8") == page
    assert "not HTML pages" in result.stdout


def test_clean_names_colliding_inputs_before_writing(runner: CliRunner, workdir: Path) -> None:
    write(workdir / "a" / "story.txt", JUNK)
    write(workdir / "b" / "story.txt", JUNK)
    result = runner.invoke(app, ["clean", "a/story.txt", "b/story.txt", "-o", "out"])
    assert result.exit_code == 2
    assert "a/story.txt" in result.stderr and "b/story.txt" in result.stderr
    assert not (workdir / "out").exists()


def test_clean_reads_gzip_and_writes_plain_text(runner: CliRunner, workdir: Path) -> None:
    write(workdir / "story.txt.gz", gzip.compress(JUNK.encode()))
    assert runner.invoke(app, ["clean", "story.txt.gz", "-o", "out"]).exit_code == 0
    assert (workdir / "out" / "story.txt").read_bytes() == PROSE.encode()


# -- check ------------------------------------------------------------------------------------


def test_check_reports_each_removal_and_exits_1(runner: CliRunner, workdir: Path) -> None:
    write(workdir / "story.txt", JUNK)
    result = runner.invoke(app, ["check", "story.txt"])
    assert result.exit_code == 1
    assert result.stdout == 'story.txt:4: comment-counter comments: "0 Comments"\n'
    assert (workdir / "story.txt").read_text(encoding="utf-8") == JUNK


def test_check_is_quiet_and_exits_0_on_clean_text(runner: CliRunner, workdir: Path) -> None:
    write(workdir / "story.txt", PROSE)
    result = runner.invoke(app, ["check", "story.txt"])
    assert result.exit_code == 0
    assert result.stdout == ""


def test_check_diff_shows_what_fix_would_do(runner: CliRunner, workdir: Path) -> None:
    write(workdir / "story.txt", JUNK)
    result = runner.invoke(app, ["check", "--diff", "story.txt"])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[:2] == ["--- a/story.txt", "+++ b/story.txt"]
    assert "-0 Comments" in lines
    assert not [line for line in lines[2:] if line.startswith("+")]
    assert list(workdir.iterdir()) == [workdir / "story.txt"]


def test_check_diff_marks_a_missing_final_newline(runner: CliRunner, workdir: Path) -> None:
    write(workdir / "story.txt", JUNK.rstrip("\n"))
    result = runner.invoke(app, ["check", "--diff", "story.txt"])
    assert result.stdout.endswith("-0 Comments\n\\ No newline at end of file\n")


def test_check_exits_2_on_unreadable_input(runner: CliRunner, workdir: Path) -> None:
    write(workdir / "story.txt", PROSE)
    write(workdir / "broken.txt.gz", b"\x1f\x8b\x08\0garbage")
    result = runner.invoke(app, ["check", "story.txt", "broken.txt.gz"])
    assert result.exit_code == 2
    assert result.stderr.startswith("broken.txt.gz: corrupt gzip data")


def test_unknown_language_is_a_usage_error(runner: CliRunner, workdir: Path) -> None:
    write(workdir / "story.txt", JUNK)
    result = runner.invoke(app, ["check", "--lang", "english", "story.txt"])
    assert result.exit_code == 2
    assert "'english'" in result.stderr and "en" in result.stderr


def test_known_language_limits_the_patterns(runner: CliRunner, workdir: Path) -> None:
    write(workdir / "story.txt", JUNK)
    result = runner.invoke(app, ["check", "--lang", "en", "story.txt"])
    assert result.exit_code == 1
    assert "comment-counter" in result.stdout


def test_unknown_rule_to_disable_is_a_usage_error(runner: CliRunner, workdir: Path) -> None:
    write(workdir / "story.txt", JUNK)
    result = runner.invoke(app, ["check", "--disable", "no-such-rule", "story.txt"])
    assert result.exit_code == 2
    assert "no-such-rule" in result.stderr


# -- fix --------------------------------------------------------------------------------------


def test_fix_rewrites_in_place_then_changes_nothing(runner: CliRunner, workdir: Path) -> None:
    story = write(workdir / "story.txt", JUNK)
    first = runner.invoke(app, ["fix", "story.txt"])
    assert first.exit_code == 1, first.output
    assert story.read_bytes() == PROSE.encode()
    sidecar = workdir / "story.meta.json"
    meta = json.loads(sidecar.read_text(encoding="utf-8"))
    assert meta["comment_count"] == 0
    sidecar_bytes = sidecar.read_bytes()

    second = runner.invoke(app, ["fix", "story.txt"])
    assert second.exit_code == 0, second.output
    assert story.read_bytes() == PROSE.encode()
    assert sidecar.read_bytes() == sidecar_bytes


def test_fix_leaves_clean_files_alone(runner: CliRunner, workdir: Path) -> None:
    write(workdir / "story.txt", PROSE)
    result = runner.invoke(app, ["fix", "story.txt"])
    assert result.exit_code == 0
    assert sorted(path.name for path in workdir.iterdir()) == ["story.txt"]


def test_fix_keeps_a_legacy_encoding_and_restore_goes_back(
    runner: CliRunner, workdir: Path
) -> None:
    original = (FRENCH_PROSE + "0 Comments\n").encode("cp1252")
    story = write(workdir / "story.txt", original)
    assert runner.invoke(app, ["fix", "story.txt"]).exit_code == 1
    assert story.read_bytes() == FRENCH_PROSE.encode("cp1252")
    restored = runner.invoke(app, ["restore", "story.txt", "story.meta.json"])
    assert restored.exit_code == 0, restored.output
    assert restored.stdout_bytes == original


def test_fix_keeps_utf16_with_its_bom(runner: CliRunner, workdir: Path) -> None:
    story = write(workdir / "story.txt", JUNK.encode("utf-16"))
    assert runner.invoke(app, ["fix", "story.txt"]).exit_code == 1
    assert story.read_bytes() == PROSE.encode("utf-16")
    assert runner.invoke(app, ["fix", "story.txt"]).exit_code == 0


def test_fix_gzips_what_was_gzipped(runner: CliRunner, workdir: Path) -> None:
    story = write(workdir / "story.txt.gz", gzip.compress(JUNK.encode()))
    assert runner.invoke(app, ["fix", "."]).exit_code == 1
    assert gzip.decompress(story.read_bytes()) == PROSE.encode()
    restored = runner.invoke(app, ["restore", "story.txt.gz", "story.meta.json"])
    assert restored.exit_code == 0, restored.output
    assert restored.stdout_bytes == JUNK.encode()


def test_fix_refuses_stdin(runner: CliRunner, workdir: Path) -> None:
    result = runner.invoke(app, ["fix", "-"], input=JUNK.encode())
    assert result.exit_code == 2
    assert "stdin" in result.stderr


# -- explain ----------------------------------------------------------------------------------


def test_explain_is_plain_text_when_piped(runner: CliRunner, workdir: Path) -> None:
    write(workdir / "story.txt", JUNK)
    result = runner.invoke(app, ["explain", "story.txt"])
    assert result.exit_code == 0, result.output
    assert not ANSI.search(result.stdout)
    lines = result.stdout.splitlines()
    assert len(lines) == 4
    assert all(" KEEP " in line for line in lines[:3])
    assert lines[3].startswith("4 DROP  0 Comments  # comment-counter:")
    assert PROSE.splitlines()[0] in lines[0]  # long lines are not wrapped or cut


def test_explain_colours_only_when_allowed(runner: CliRunner, workdir: Path) -> None:
    write(workdir / "story.txt", JUNK)
    coloured = runner.invoke(app, ["explain", "story.txt"], env={"FORCE_COLOR": "1"})
    assert COLOUR.search(coloured.stdout)
    no_colour = runner.invoke(
        app, ["explain", "story.txt"], env={"FORCE_COLOR": "1", "NO_COLOR": "1"}
    )
    assert not COLOUR.search(no_colour.stdout)
    assert "DROP" in no_colour.stdout


def test_explain_takes_one_file(runner: CliRunner, workdir: Path) -> None:
    result = runner.invoke(app, ["explain", "."])
    assert result.exit_code == 2
    assert "one file" in result.stderr


# -- restore ----------------------------------------------------------------------------------


def test_restore_rebuilds_the_input_exactly(runner: CliRunner, workdir: Path) -> None:
    original = JUNK.replace("\n", "\r\n").encode()
    write(workdir / "story.txt", original)
    assert runner.invoke(app, ["clean", "story.txt", "-o", "out"]).exit_code == 0
    to_stdout = runner.invoke(app, ["restore", "out/story.txt", "out/story.meta.json"])
    assert to_stdout.exit_code == 0, to_stdout.output
    assert to_stdout.stdout_bytes == original
    to_file = runner.invoke(
        app, ["restore", "out/story.txt", "out/story.meta.json", "-o", "back/story.txt"]
    )
    assert to_file.exit_code == 0
    assert (workdir / "back" / "story.txt").read_bytes() == original


def test_restore_refuses_an_edited_clean_text(runner: CliRunner, workdir: Path) -> None:
    write(workdir / "story.txt", JUNK)
    assert runner.invoke(app, ["clean", "story.txt", "-o", "out"]).exit_code == 0
    write(workdir / "out" / "story.txt", PROSE.replace("Tuesday", "Monday"))
    result = runner.invoke(app, ["restore", "out/story.txt", "out/story.meta.json"])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: out/story.txt:")
    assert result.stdout_bytes == b""


@pytest.mark.parametrize(
    ("sidecar", "reason"),
    [
        ('{"removed": [{"start_line": 1}]}', "not a news-cleaner sidecar"),
        (
            '{"schema": "news-cleaner/meta/1", "removed": [{"rule": "x"}]}',
            "not a valid news-cleaner sidecar",
        ),
    ],
    ids=["no-schema", "malformed"],
)
def test_restore_refuses_a_bad_sidecar(
    runner: CliRunner, workdir: Path, sidecar: str, reason: str
) -> None:
    write(workdir / "story.txt", PROSE)
    write(workdir / "bad.json", sidecar)
    result = runner.invoke(app, ["restore", "story.txt", "bad.json"])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: bad.json: {reason}")
    assert "Traceback" not in result.output


# -- rules ------------------------------------------------------------------------------------


def test_rules_list_has_one_line_per_rule(runner: CliRunner, workdir: Path) -> None:
    result = runner.invoke(app, ["rules", "list"])
    assert result.exit_code == 0, result.output
    rows = [line.split() for line in result.stdout.splitlines()]
    assert ["comment-counter", "comments", "head,tail", "line"] in rows
    assert len({row[0] for row in rows}) == len(rows)


def test_rules_show_prints_description_patterns_and_examples(
    runner: CliRunner, workdir: Path
) -> None:
    result = runner.invoke(app, ["rules", "show", "comment-counter"])
    assert result.exit_code == 0, result.output
    assert "A lone comment counter" in result.stdout
    assert "  de:" in result.stdout
    assert "  junk: '0 Comments'" in result.stdout


def test_rules_show_unknown_id_exits_2(runner: CliRunner, workdir: Path) -> None:
    result = runner.invoke(app, ["rules", "show", "no-such-rule"])
    assert result.exit_code == 2
    assert "no-such-rule" in result.stderr


def test_rules_test_runs_only_the_given_pack(runner: CliRunner, workdir: Path) -> None:
    write(workdir / "pack" / "zorblax.toml", FOOTER_RULE)
    result = runner.invoke(app, ["rules", "test", "pack"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == "2 passed, 0 failed"


def test_rules_test_reports_a_failing_example(runner: CliRunner, workdir: Path) -> None:
    broken = FOOTER_RULE.replace('junk = ["More from Zorblax"]', 'junk = ["Paid post"]')
    write(workdir / "pack" / "zorblax.toml", broken)
    result = runner.invoke(app, ["rules", "test", "pack"])
    assert result.exit_code == 1
    assert result.stdout.startswith('FAIL zorblax-footer (junk) "Paid post"')
    assert result.stdout.splitlines()[-1] == "1 passed, 1 failed"


def test_bad_rule_file_exits_2_naming_file_and_line(runner: CliRunner, workdir: Path) -> None:
    bad = write(workdir / "pack" / "bad.toml", 'id = "bad-rule"\ncategory = [oops\n')
    write(workdir / "story.txt", PROSE)
    result = runner.invoke(app, ["check", "--rules", "pack", "story.txt"])
    assert result.exit_code == 2
    assert f"{bad.relative_to(workdir)}:2" in result.stderr
    assert "Traceback" not in result.output
    assert len(result.stderr.splitlines()) == 1


# -- configuration ----------------------------------------------------------------------------


def test_nearest_pyproject_adds_its_rule_pack(runner: CliRunner, workdir: Path) -> None:
    write(workdir / "repo" / "rules" / "zorblax.toml", FOOTER_RULE)
    write(workdir / "repo" / "pyproject.toml", '[tool.news-cleaner]\nrules = ["rules"]\n')
    write(workdir / "repo" / "data" / "story.txt", PROSE + FOOTER)
    result = runner.invoke(app, ["check", "repo/data/story.txt"])
    assert result.exit_code == 1
    assert result.stdout.startswith("repo/data/story.txt:4: zorblax-footer promo:")


def test_command_line_disable_replaces_the_config_list(runner: CliRunner, workdir: Path) -> None:
    write(workdir / "rules" / "zorblax.toml", FOOTER_RULE)
    write(
        workdir / "pyproject.toml",
        '[tool.news-cleaner]\nrules = ["rules"]\ndisable = ["zorblax-footer"]\n',
    )
    write(workdir / "story.txt", PROSE + FOOTER)
    from_config = runner.invoke(app, ["check", "story.txt"])
    assert "zorblax-footer" not in from_config.stdout
    overridden = runner.invoke(app, ["check", "--disable", "comment-counter", "story.txt"])
    assert overridden.stdout.startswith("story.txt:4: zorblax-footer promo:")


def test_config_error_exits_2_naming_file_and_key(runner: CliRunner, workdir: Path) -> None:
    write(workdir / "pyproject.toml", '[tool.news-cleaner]\nkeep-title = "yes"\n')
    write(workdir / "story.txt", PROSE)
    result = runner.invoke(app, ["check", "story.txt"])
    assert result.exit_code == 2
    assert "pyproject.toml" in result.stderr and "'keep-title'" in result.stderr
    assert "Traceback" not in result.output


def test_config_prints_each_value_and_where_it_came_from(
    runner: CliRunner, workdir: Path
) -> None:
    config = write(
        workdir / "pyproject.toml",
        '[tool.news-cleaner]\nexclude = ["drafts"]\nsidecars = ".news-cleaner"\n',
    )
    result = runner.invoke(app, ["config", "--lang", "de", "--include", "*.txt"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == f"# config file: {config.resolve()}"
    origins = {line.split(" ", 1)[0]: line.rsplit("# ", 1)[1] for line in lines[1:]}
    assert origins == {
        "rules": "default",
        "disable": "default",
        "keep-title": "default",
        "lang": "command line",
        "include": "command line",
        "exclude": str(config.resolve()),
        "sidecars": str(config.resolve()),
        "text-field": "default",
    }
    assert tomllib.loads(result.stdout) == {
        "rules": [],
        "disable": [],
        "keep-title": False,
        "lang": "de",
        "include": ["*.txt"],
        "exclude": ["drafts"],
        "sidecars": ".news-cleaner",
        "text-field": "text",
    }


def test_config_without_a_config_file(runner: CliRunner, workdir: Path) -> None:
    result = runner.invoke(app, ["config"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# no config file")
    assert "# lang: not set" in result.stdout
    assert "keep-title = false" in result.stdout


def test_config_of_a_file_uses_its_nearest_config_and_says_if_it_is_skipped(
    runner: CliRunner, workdir: Path
) -> None:
    write(workdir / "pyproject.toml", '[tool.news-cleaner]\nlang = "en"\n')
    write(workdir / "desk" / "news-cleaner.toml", 'exclude = ["drafts"]\n')
    draft = write(workdir / "desk" / "drafts" / "a.txt", JUNK)
    result = runner.invoke(app, ["config", "desk/drafts/a.txt"])
    assert result.exit_code == 0, result.output
    assert "# lang: not set" in result.stdout
    assert result.stdout.endswith("# desk/drafts/a.txt: skipped, excluded by 'drafts'\n")
    assert runner.invoke(app, ["check", str(draft)]).exit_code == 0
    kept = runner.invoke(app, ["config", "desk/drafts/a.txt", "--exclude", "*.html"])
    assert kept.stdout.endswith("# desk/drafts/a.txt: included (clean, check and fix handle it)\n")


@pytest.mark.parametrize(
    "table, key",
    [
        ("keep_title = true", "'keep_title'"),
        ('sidecars = ["a"]', "'sidecars'"),
        ('disable = ["no-such-rule"]', "'disable'"),
        ('lang = "klingon"', "'lang'"),
    ],
    ids=["unknown-key", "wrong-type", "unknown-rule", "unknown-language"],
)
def test_config_rejects_a_bad_config_naming_file_and_key(
    runner: CliRunner, workdir: Path, table: str, key: str
) -> None:
    config = write(workdir / "desk" / "pyproject.toml", f"[tool.news-cleaner]\n{table}\n")
    result = runner.invoke(app, ["config", "desk"])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {config.resolve()}: ")
    assert key in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert result.stdout == ""


def test_exclude_applies_to_named_and_found_files(runner: CliRunner, workdir: Path) -> None:
    write(workdir / "pyproject.toml", '[tool.news-cleaner]\nexclude = ["drafts/"]\n')
    write(workdir / "story.txt", JUNK)
    write(workdir / "drafts" / "draft.txt", JUNK)
    checked = runner.invoke(app, ["check", ".", "drafts/draft.txt"])
    assert checked.exit_code == 1
    assert checked.stdout == 'story.txt:4: comment-counter comments: "0 Comments"\n'
    replaced = runner.invoke(app, ["check", "--exclude", "story.txt", "drafts/draft.txt"])
    assert replaced.stdout.startswith("drafts/draft.txt:4:")
    cleaned = runner.invoke(app, ["clean", ".", "-o", "out", "-q"])
    assert cleaned.exit_code == 0, cleaned.output
    assert sorted(p.name for p in (workdir / "out").rglob("*.txt")) == ["story.txt"]


def test_include_limits_the_files(runner: CliRunner, workdir: Path) -> None:
    write(workdir / "news" / "story.txt", JUNK)
    write(workdir / "notes" / "todo.txt", JUNK)
    result = runner.invoke(app, ["fix", "--include", "news", "news", "notes/todo.txt"])
    assert result.exit_code == 1
    assert (workdir / "news" / "story.txt").read_text(encoding="utf-8") == PROSE
    assert (workdir / "notes" / "todo.txt").read_text(encoding="utf-8") == JUNK


def test_fix_with_a_sidecar_folder_mirrors_the_tree(runner: CliRunner, workdir: Path) -> None:
    write(workdir / "pyproject.toml", '[tool.news-cleaner]\nsidecars = ".news-cleaner"\n')
    write(workdir / "data" / "2024" / "story.txt", JUNK)
    sidecar = os.path.join(".news-cleaner", "data", "2024", "story.meta.json")
    result = runner.invoke(app, ["fix", "data"])
    assert result.exit_code == 1, result.output
    assert result.stdout.endswith(f"1 line removed, sidecar {sidecar}\n")
    assert not list((workdir / "data").rglob("*.json"))
    restored = runner.invoke(app, ["restore", "data/2024/story.txt", sidecar])
    assert restored.stdout_bytes == JUNK.encode()


def test_fix_with_sidecars_none_writes_no_sidecar(runner: CliRunner, workdir: Path) -> None:
    write(workdir / "story.txt", JUNK)
    result = runner.invoke(app, ["fix", "--sidecars", "none", "story.txt"])
    assert result.exit_code == 1, result.output
    assert result.stdout == "fixed story.txt: 1 line removed, no sidecar\n"
    assert sorted(path.name for path in workdir.iterdir()) == ["story.txt"]


def test_a_vanished_file_fails_alone(runner: CliRunner, workdir: Path) -> None:
    write(workdir / "a.txt", JUNK)
    write(workdir / "c.txt", JUNK)
    checked = runner.invoke(app, ["check", "a.txt", "gone.txt", "c.txt"])
    assert checked.exit_code == 2
    assert checked.stderr == "gone.txt: cannot read: No such file or directory\n"
    assert [line.split(":")[0] for line in checked.stdout.splitlines()] == ["a.txt", "c.txt"]
    fixed = runner.invoke(app, ["fix", "a.txt", "gone.txt", "c.txt"])
    assert fixed.exit_code == 2
    assert fixed.stderr.startswith("gone.txt: cannot read")
    assert (workdir / "c.txt").read_text(encoding="utf-8") == PROSE
    assert not (workdir / "gone.txt").exists()


def test_an_unreadable_file_fails_alone(runner: CliRunner, workdir: Path) -> None:
    locked = write(workdir / "a.txt", JUNK)
    write(workdir / "b.txt", JUNK)
    locked.chmod(0)
    if os.access(locked, os.R_OK):  # root (with CAP_DAC_OVERRIDE) reads files of mode 000
        locked.chmod(0o644)
        pytest.skip("mode 000 does not stop this user from reading (root)")
    try:
        result = runner.invoke(app, ["fix", "a.txt", "b.txt"])
    finally:
        locked.chmod(0o644)
    assert result.exit_code == 2
    assert result.stderr.startswith("a.txt: cannot read: Permission denied")
    assert locked.read_text(encoding="utf-8") == JUNK
    assert (workdir / "b.txt").read_text(encoding="utf-8") == PROSE


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"news-cleaner {cleaner.__version__}\n"


# -- through a real process -------------------------------------------------------------------


def run_module(*args: str, cwd: Path, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    """``python -m cleaner`` with the package under test importable, installed or not."""
    package_root = str(Path(cleaner.__file__).resolve().parent.parent)
    env = {key: value for key, value in os.environ.items() if key not in ("FORCE_COLOR",)}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, "-m", "cleaner", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        env=env,
        check=False,
        timeout=120,
    )


@pytest.mark.slow
def test_subprocess_check_and_fix(tmp_path: Path) -> None:
    write(tmp_path / "story.txt", JUNK)
    check = run_module("check", "story.txt", cwd=tmp_path)
    assert check.returncode == 1, check.stderr
    assert check.stdout == b'story.txt:4: comment-counter comments: "0 Comments"\n'
    fix = run_module("fix", "story.txt", cwd=tmp_path)
    assert fix.returncode == 1, fix.stderr
    assert run_module("check", "story.txt", cwd=tmp_path).returncode == 0


@pytest.mark.slow
def test_subprocess_stdin_to_stdout_and_plain_explain(tmp_path: Path) -> None:
    clean = run_module("clean", "-", "--quiet", cwd=tmp_path, stdin=JUNK.encode())
    assert clean.returncode == 0, clean.stderr
    assert clean.stdout == PROSE.encode()
    explain = run_module("explain", "-", cwd=tmp_path, stdin=JUNK.encode())
    assert explain.returncode == 0, explain.stderr
    assert b"DROP" in explain.stdout
    assert b"\x1b[" not in explain.stdout


@pytest.mark.slow
def test_subprocess_bad_config_has_no_traceback(tmp_path: Path) -> None:
    write(tmp_path / "news-cleaner.toml", "colour = true\n")
    write(tmp_path / "story.txt", PROSE)
    result = run_module("check", "story.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr
    assert b"'colour'" in result.stderr


def test_index_page_in_a_batch_is_not_an_error(runner: CliRunner, workdir: Path) -> None:
    write(
        workdir / "in" / "index.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>"
    )
    write(workdir / "in" / "story.txt", JUNK)
    result = runner.invoke(app, ["clean", "in", "-o", "out", "-q"])
    assert result.exit_code == 0, result.stderr
    assert (workdir / "out" / "index.txt").read_text(encoding="utf-8") == ""
    meta = json.loads((workdir / "out" / "index.meta.json").read_text(encoding="utf-8"))
    assert "no article text found on this page" in meta["warnings"]


# -- start-up: only the invoked command is built --------------------------------------------

COMMANDS = ["clean", "check", "fix", "config", "explain", "restore", "report", "rules"]


@pytest.mark.parametrize("name", COMMANDS)
def test_a_run_builds_only_the_command_it_names(name: str) -> None:
    narrowed = app_for([name, "x"])
    names = [c.name for c in narrowed.registered_commands] + [
        g.name for g in narrowed.registered_groups
    ]
    assert names == [name]
    assert len(app.registered_commands) + len(app.registered_groups) == len(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_the_narrowed_app_gives_the_same_help(name: str) -> None:
    runner = CliRunner()
    whole = runner.invoke(app, [name, "--help"])
    narrowed = runner.invoke(app_for([name, "--help"]), [name, "--help"])
    assert whole.exit_code == narrowed.exit_code == 0
    assert narrowed.output == whole.output


@pytest.mark.parametrize("args", [[], ["--help"], ["--version"], ["chek", "a.txt"]])
def test_without_a_known_command_the_whole_app_answers(args: list[str]) -> None:
    assert app_for(args) is app


def test_a_typo_in_the_command_name_is_still_a_usage_error() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "cleaner", "chek", "a.txt"], capture_output=True, text=True
    )
    assert result.returncode == 2
    assert "No such command" in result.stderr


START_UP_PROBE = """
import gc, sys
from cleaner.launch import main
unwanted = sys.argv[1:]
sys.argv = ["news-cleaner", "check", "a.txt"]
try:
    main()
except SystemExit as done:
    code = done.code
loaded = [name for name in unwanted if name in sys.modules]
print(code, gc.isenabled(), gc.get_freeze_count() > 0, loaded)
"""

#: What a check of one text file in a folder without a config has no use for: a pre-commit
#: hook starts on every commit, and each of these cost it a millisecond or more.
NOT_FOR_A_CHECK = [
    "json", "tomllib", "gzip", "pickle", "hashlib", "dataclasses", "trafilatura", "lxml",
    "typer", "click", "rich", "difflib",
    "cleaner.documents",
    "cleaner.batch", "cleaner.jsonl", "cleaner.tally",
]  # fmt: skip


def _probe(folder: Path, *unwanted: str) -> str:
    """The probe's last line for ``check a.txt`` run in ``folder`` as a new process."""
    command = [sys.executable, "-c", START_UP_PROBE, *unwanted]
    result = subprocess.run(command, capture_output=True, text=True, cwd=folder)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()[-1]


def test_a_check_of_one_file_loads_only_what_it_uses_and_freezes_what_start_up_made(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.txt").write_text(JUNK, encoding="utf-8")
    _probe(tmp_path)  # the rule cache may be cold: the first run of a machine builds it
    # the collector runs again after start-up (a long batch frees its garbage) and what start-up
    # loaded is frozen, out of its sight
    assert _probe(tmp_path, *NOT_FOR_A_CHECK) == "1 True True []"


def test_a_check_in_a_configured_folder_parses_its_config_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(JUNK, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text("[tool.news-cleaner]\nlang = 'en'\n", "utf-8")
    assert _probe(tmp_path, "tomllib") == "1 True True ['tomllib']"
    assert _probe(tmp_path, "tomllib") == "1 True True []"
