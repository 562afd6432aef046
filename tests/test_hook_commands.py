"""The pre-commit hooks' command lines, run by the launcher without typer, against typer's.

The launcher runs ``check PATH...`` and ``fix PATH...`` (paths, no options) through
``cleaner.check_command`` and ``cleaner.fix_command``, and everything else through the typer
app; both ways must print the same bytes, exit with the same codes and leave the same files,
on success, junk, bad input, configs and corpora alike.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import cleaner
from cleaner import check_command, command_support
from cleaner.launch import HookCommand, hook_command
from cleaner.project_config import Overrides
from cleaner.report import excerpt

PROSE = (
    "The regional council voted on Tuesday to expand the bus network into three new districts"
    " across the city.\n"
    "Officials said the first routes would open in the spring, pending a final safety review by"
    " the transport authority.\n"
)
JUNK = PROSE + "0 Comments\n"
SEED = Path(__file__).parent / "fixtures" / "seeds" / "002_ff676569119975ca.txt"

#: The launcher as the console script runs it, and the typer app alone.
LAUNCHER = [sys.executable, "-m", "cleaner"]
TYPER_APP = [sys.executable, "-c", "from cleaner.cli import main; main()"]


@pytest.mark.parametrize(
    ("args", "hook"),
    [
        (["check", "a.txt"], HookCommand("check", ["a.txt"])),
        (["fix", "a.txt", "docs", "b.gz"], HookCommand("fix", ["a.txt", "docs", "b.gz"])),
        (["check"], None),  # typer says the path is missing
        (["fix"], None),
        (["check", "-"], None),  # stdin
        (["check", "--diff", "a.txt"], None),
        (["fix", "a.txt", "--sidecars", "none"], None),
        (["check", "--", "a.txt"], None),
        (["check", "--help"], None),
        (["clean", "a.txt"], None),
        (["explain", "a.txt"], None),
        (["--version"], None),
        ([], None),
    ],
)
def test_only_a_hook_command_with_plain_paths_skips_typer(
    args: list[str], hook: HookCommand | None
) -> None:
    assert hook_command(args) == (None if os.name == "nt" else hook)


def _env() -> dict[str, str]:
    package_root = str(Path(cleaner.__file__).resolve().parent.parent)
    env = {key: value for key, value in os.environ.items() if key != "FORCE_COLOR"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
    return env


def _run(
    command: list[str], args: list[str], cwd: Path, **env: str
) -> tuple[int, str, str]:
    result = subprocess.run(
        [*command, *args],
        cwd=cwd,
        capture_output=True,
        env={**_env(), **env},
        timeout=120,
        check=False,
    )
    return result.returncode, result.stdout.decode(), result.stderr.decode()


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Files of every kind ``check`` meets, in folders with and without configs."""
    root = tmp_path_factory.mktemp("tree")
    (root / "story.txt").write_text(JUNK, encoding="utf-8")
    (root / "clean.txt").write_text(PROSE, encoding="utf-8")
    (root / "seed.txt.gz").write_bytes(gzip.compress(SEED.read_bytes()))
    (root / "binary.txt").write_bytes(bytes(range(256)) * 8)
    configured = root / "configured"
    configured.mkdir()
    (configured / "pyproject.toml").write_text(
        '[tool.news-cleaner]\ndisable = ["comment-counter"]\nexclude = ["skipped.txt"]\n',
        encoding="utf-8",
    )
    (configured / "story.txt").write_text(JUNK, encoding="utf-8")
    (configured / "skipped.txt").write_text(JUNK, encoding="utf-8")
    broken = root / "broken"
    broken.mkdir()
    (broken / "news-cleaner.toml").write_text("colour = true\n", encoding="utf-8")
    (broken / "story.txt").write_text(JUNK, encoding="utf-8")
    record = json.dumps({"id": 1, "text": JUNK})
    (root / "corpus.jsonl").write_text(f"{record}\n{{not json\n", encoding="utf-8")
    return root


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["story.txt", "clean.txt", "seed.txt.gz"], 1),
        (["clean.txt"], 0),
        (["missing.txt", "story.txt"], 2),
        (["binary.txt", "clean.txt"], 2),
        (["configured/story.txt", "story.txt"], 1),
        (["configured/story.txt"], 1),
        (["configured/skipped.txt"], 0),
        (["broken/story.txt"], 2),
        (["corpus.jsonl"], 2),
        (["."], 2),
    ],
)
def test_the_launcher_checks_as_typer_does(tree: Path, args: list[str], code: int) -> None:
    plain = _run(LAUNCHER, ["check", *args], tree)
    assert plain[0] == code, plain[2]
    assert plain == _run(TYPER_APP, ["check", *args], tree)
    assert "Traceback" not in plain[2]


def _files(root: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["story.txt", "clean.txt", "seed.txt.gz"], 1),
        (["clean.txt"], 0),
        (["missing.txt", "story.txt"], 2),
        (["configured", "broken/story.txt"], 2),
        (["corpus.jsonl", "configured"], 2),
        (["."], 2),
    ],
)
def test_the_launcher_fixes_as_typer_does(
    tree: Path, tmp_path: Path, args: list[str], code: int
) -> None:
    plain_tree, typer_tree = tmp_path / "plain", tmp_path / "typer"
    shutil.copytree(tree, plain_tree)
    shutil.copytree(tree, typer_tree)
    plain = _run(LAUNCHER, ["fix", *args], plain_tree)
    assert plain[0] == code, plain[2]
    by_typer = _run(TYPER_APP, ["fix", *args], typer_tree)
    assert plain[2].replace(str(plain_tree), "TREE") == by_typer[2].replace(str(typer_tree), "TREE")
    assert plain[:2] == by_typer[:2]
    assert "Traceback" not in plain[2]
    assert _files(plain_tree) == _files(typer_tree)
    if code == 1:
        assert _files(plain_tree) != _files(tree)
        assert "fixed story.txt: 1 line removed, sidecar story.meta.json" in plain[1]


@pytest.mark.slow
@pytest.mark.parametrize("command", [LAUNCHER, TYPER_APP], ids=["launcher", "typer"])
def test_a_reader_that_goes_away_ends_the_check_quietly(tmp_path: Path, command: list[str]) -> None:
    for number in range(300):  # some 1,200 lines: more than a pipe holds
        (tmp_path / f"{number:03}.txt").write_bytes(SEED.read_bytes())
    process = subprocess.Popen(
        [*command, "check", "."],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(),
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline().startswith(b"000.txt:1: section-label")
    process.stdout.close()
    errors = process.stderr.read()
    assert process.wait(timeout=120) == 1
    assert errors == b""


@pytest.mark.slow
@pytest.mark.parametrize("command", [LAUNCHER, TYPER_APP], ids=["launcher", "typer"])
def test_an_ascii_terminal_gets_escapes_not_a_crash(tree: Path, command: list[str]) -> None:
    code, out, errors = _run(command, ["check", "seed.txt.gz"], tree, PYTHONIOENCODING="ascii")
    assert (code, errors) == (1, "")
    assert "\\u2026" in out  # the "…" that ends a cut excerpt


@pytest.mark.slow
@pytest.mark.skipif(os.name == "nt", reason="closes a POSIX file descriptor")
@pytest.mark.parametrize("command", [LAUNCHER, TYPER_APP], ids=["launcher", "typer"])
def test_a_check_started_without_stdout_still_answers_by_its_exit_code(
    tree: Path, command: list[str]
) -> None:
    result = subprocess.run(
        [*command, "check", "story.txt"],
        cwd=tree,
        stderr=subprocess.PIPE,
        env=_env(),
        timeout=120,
        preexec_fn=lambda: os.close(1),
        check=False,
    )
    assert (result.returncode, result.stderr) == (1, b"")


def test_ctrl_c_ends_a_hook_command_with_130() -> None:
    def interrupted() -> int:
        raise KeyboardInterrupt

    with pytest.raises(SystemExit) as done:
        command_support.exit_with(interrupted)
    assert done.value.code == 130


def test_an_error_follows_the_lines_printed_before_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """stdout is flushed before each message on stderr, so where both streams are shown as
    one (pre-commit's output), a file's message stays after the lines of the files before it."""
    (tmp_path / "story.txt").write_text(JUNK, encoding="utf-8")
    log: list[str] = []

    class Stream:
        def __init__(self, name: str) -> None:
            self.name, self.held = name, ""

        def write(self, text: str) -> None:
            self.held += text

        def flush(self) -> None:
            if self.held:
                log.append(f"{self.name}:{self.held}")
            self.held = ""

    monkeypatch.setattr(sys, "stdout", Stream("out"))
    monkeypatch.setattr(sys, "stderr", Stream("err"))
    monkeypatch.chdir(tmp_path)
    code = check_command.run_check(["story.txt", "missing.txt"], Overrides())
    assert code == 2
    assert [entry.split(":")[0] for entry in log] == ["out", "err"]
    assert log[0].startswith("out:story.txt:3: comment-counter")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Share\x1b[2J this", "Share\\x1b[2J this"),  # a scraped screen-clearing sequence
        ("Photo:\x00 AP", "Photo:\\x00 AP"),
        ("  Read\n\tmore  ", "Read more"),
        ("x" * 100, "x" * 59 + "…"),
    ],
)
def test_a_removed_line_is_shown_on_one_line_with_its_control_characters_escaped(
    text: str, shown: str
) -> None:
    assert excerpt(text) == shown


HOOK_PROBE = """
import sys
from cleaner.launch import main
sys.argv = ["news-cleaner", *sys.argv[1:]]
try:
    main()
except SystemExit as done:
    code = done.code
print(code, sorted(name for name in sys.modules if name.split(".")[0] in ("typer", "click")))
"""


@pytest.mark.slow
@pytest.mark.parametrize("command", ["check", "fix"])
def test_a_hook_command_does_not_load_typer(tree: Path, tmp_path: Path, command: str) -> None:
    shutil.copy(tree / "clean.txt", tmp_path / "clean.txt")
    result = subprocess.run(
        [sys.executable, "-c", HOOK_PROBE, command, "clean.txt"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
        check=False,
    )
    assert result.stdout.splitlines()[-1] == "0 []", result.stderr
