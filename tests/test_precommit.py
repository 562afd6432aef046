"""The pre-commit hooks, run by the real pre-commit in throwaway git repositories of seeds.

pre-commit installs a hook's environment from a git commit of the hook repository, so the
session first commits a snapshot of this working tree (uncommitted changes included) and
installs it once into a private PRE_COMMIT_HOME; every test then reuses that environment.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cli import app

pytest.importorskip("pre_commit", reason="pre-commit is in the test extra")
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
SEEDS = Path(__file__).parent / "fixtures" / "seeds"
WITH_JUNK = ["001_5f00f923ba03b0a8.txt", "002_ff676569119975ca.txt", "004_4a336b5a5aa40b93.txt"]
CLEAN = ["000_9e49a12f01b8817f.txt", "003_02bce612197ac3c6.txt"]
CHECK_LINE = re.compile(r"^(\S+):\d+: [a-z-]+ [a-z-]+: ", re.MULTILINE)
GIT_IDENTITY = {
    "GIT_AUTHOR_NAME": "news-cleaner tests",
    "GIT_AUTHOR_EMAIL": "tests@news-cleaner.invalid",
    "GIT_COMMITTER_NAME": "news-cleaner tests",
    "GIT_COMMITTER_EMAIL": "tests@news-cleaner.invalid",
}


@dataclass(frozen=True)
class HookRepo:
    """A committed snapshot of this working tree, and the environment to run pre-commit in."""

    path: Path
    rev: str
    env: dict[str, str]

    def config(self, *hooks: str, local: str = "") -> str:
        """A .pre-commit-config.yaml using these hooks of the snapshot (after ``local`` ones)."""
        listed = "".join(f"      - id: {hook}\n" for hook in hooks)
        ours = f"  - repo: {self.path.as_posix()}\n    rev: {self.rev}\n    hooks:\n{listed}"
        return f"repos:\n{local}{ours}"


def git(*args: str, cwd: Path, env: dict[str, str]) -> str:
    return subprocess.run(
        ["git", "-c", "commit.gpgsign=false", *args],
        cwd=cwd,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


@pytest.fixture(scope="session")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> HookRepo:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    env = {key: value for key, value in os.environ.items() if key != "FORCE_COLOR"}
    env.update(GIT_IDENTITY, PRE_COMMIT_HOME=str(tmp_path_factory.mktemp("pre-commit-home")))
    listing = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    if listing.returncode != 0:
        pytest.skip("the hook repository must be a git working tree")
    snapshot = tmp_path_factory.mktemp("hook-repo")
    for name in listing.stdout.decode().split("\0"):
        source = ROOT / name
        if name and source.is_file():  # a tracked file deleted in the tree is left out
            (snapshot / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, snapshot / name)
    git("init", "-q", cwd=snapshot, env=env)
    git("add", "-A", cwd=snapshot, env=env)
    git("commit", "-q", "-m", "snapshot", cwd=snapshot, env=env)
    repo = HookRepo(snapshot, git("rev-parse", "HEAD", cwd=snapshot, env=env).strip(), env)
    installer = data_repo(tmp_path_factory.mktemp("installer"), repo, [])
    write(installer / ".pre-commit-config.yaml", repo.config("news-cleaner-check"))
    install = pre_commit("install-hooks", repo=installer, env=env, timeout=900)
    assert install.returncode == 0, install.stdout
    return repo


def data_repo(folder: Path, hook_repo: HookRepo, seeds: list[str]) -> Path:
    """A git repository with copies of the named seeds, not yet staged."""
    folder.mkdir(parents=True, exist_ok=True)
    git("init", "-q", cwd=folder, env=hook_repo.env)
    add_seeds(folder, seeds)
    return folder


def add_seeds(repo: Path, seeds: list[str], under: str = "") -> None:
    (repo / under).mkdir(parents=True, exist_ok=True)
    for name in seeds:
        shutil.copyfile(SEEDS / name, repo / under / name)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def pre_commit(
    *args: str, repo: Path, env: dict[str, str], timeout: int = 300
) -> subprocess.CompletedProcess[str]:
    """``pre-commit ARGS`` in ``repo``: stdout and stderr together, as a user sees them."""
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *args, "--color", "never"],
        cwd=repo,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        check=False,
        timeout=timeout,
    )


def run_hooks(
    repo: Path, hook_repo: HookRepo, *hooks: str, files: list[str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Stage everything, write the config for ``hooks`` and run them on the repository."""
    write(repo / ".pre-commit-config.yaml", hook_repo.config(*hooks))
    git("add", "-A", cwd=repo, env=hook_repo.env)
    selection = ["--files", *files] if files is not None else ["--all-files"]
    return pre_commit("run", *selection, repo=repo, env=hook_repo.env)


def flagged(output: str) -> list[str]:
    """The files that ``news-cleaner check`` reported junk in, in order, once each."""
    return list(dict.fromkeys(CHECK_LINE.findall(output)))


def snapshot_of(repo: Path) -> dict[str, bytes]:
    return {
        path.relative_to(repo).as_posix(): path.read_bytes()
        for path in sorted(repo.rglob("*"))
        if path.is_file() and ".git" not in path.relative_to(repo).parts
    }


def test_check_fails_on_junk_passes_clean_seeds_and_changes_nothing(
    hook_repo: HookRepo, tmp_path: Path
) -> None:
    repo = data_repo(tmp_path, hook_repo, [*WITH_JUNK, *CLEAN])
    before = snapshot_of(repo)
    result = run_hooks(repo, hook_repo, "news-cleaner-check")
    assert result.returncode == 1, result.stdout
    assert "- hook id: news-cleaner-check" in result.stdout
    assert flagged(result.stdout) == WITH_JUNK
    assert f"{WITH_JUNK[0]}:7: comment-counter comments:" in result.stdout
    after = snapshot_of(repo)
    del after[".pre-commit-config.yaml"]
    assert after == before

    clean_only = run_hooks(repo, hook_repo, "news-cleaner-check", files=CLEAN)
    assert clean_only.returncode == 0, clean_only.stdout
    assert "Passed" in clean_only.stdout


def test_fix_on_commit_changes_once_and_commits_what_clean_gives(
    hook_repo: HookRepo, tmp_path: Path
) -> None:
    repo = data_repo(tmp_path / "repo", hook_repo, [])
    write(repo / "pyproject.toml", '[tool.news-cleaner]\nsidecars = ".news-cleaner"\n')
    write(repo / ".pre-commit-config.yaml", hook_repo.config("news-cleaner-fix"))
    add_seeds(repo, [*WITH_JUNK, *CLEAN], under="articles")
    installed = pre_commit("install", repo=repo, env=hook_repo.env)
    assert installed.returncode == 0, installed.stdout
    git("add", "-A", cwd=repo, env=hook_repo.env)

    refused = subprocess.run(
        ["git", "commit", "-m", "add articles"],
        cwd=repo,
        env=hook_repo.env,
        capture_output=True,
        text=True,
        check=False,
    )
    output = refused.stdout + refused.stderr
    assert refused.returncode == 1, output
    assert "files were modified by this hook" in output
    for name in WITH_JUNK:
        sidecar = f".news-cleaner/articles/{Path(name).stem}.meta.json"
        assert f"fixed articles/{name}:" in output
        assert f"sidecar {sidecar}" in output
        assert (repo / sidecar).is_file()
    assert "fixed articles/000" not in output and "fixed articles/003" not in output

    git("add", "-A", cwd=repo, env=hook_repo.env)
    git("commit", "-q", "-m", "add articles", cwd=repo, env=hook_repo.env)  # the hook passes
    assert git("status", "--porcelain", cwd=repo, env=hook_repo.env) == ""

    expected = tmp_path / "expected"
    cleaned = CliRunner().invoke(app, ["clean", str(SEEDS), "-o", str(expected), "-q"])
    assert cleaned.exit_code == 0, cleaned.output
    for name in [*WITH_JUNK, *CLEAN]:
        committed = git("show", f"HEAD:articles/{name}", cwd=repo, env=hook_repo.env)
        assert committed == (expected / name).read_text(encoding="utf-8"), name
        if name in WITH_JUNK:  # the committed sidecar gives the scraped original back
            sidecar = repo / ".news-cleaner" / "articles" / f"{Path(name).stem}.meta.json"
            restored = CliRunner().invoke(
                app, ["restore", str(repo / "articles" / name), str(sidecar)]
            )
            assert restored.stdout_bytes == (SEEDS / name).read_bytes()

    again = pre_commit("run", "news-cleaner-fix", "--all-files", repo=repo, env=hook_repo.env)
    assert again.returncode == 0, again.stdout
    assert git("status", "--porcelain", cwd=repo, env=hook_repo.env) == ""


@pytest.mark.parametrize("sidecars", ["beside", "none"])
def test_fix_names_every_sidecar_it_writes(
    hook_repo: HookRepo, tmp_path: Path, sidecars: str
) -> None:
    repo = data_repo(tmp_path, hook_repo, [*WITH_JUNK, *CLEAN])
    write(repo / "news-cleaner.toml", f'sidecars = "{sidecars}"\n')
    result = run_hooks(repo, hook_repo, "news-cleaner-fix")
    assert result.returncode == 1, result.stdout
    written = sorted(path.name for path in repo.rglob("*.meta.json"))
    if sidecars == "none":
        assert written == []
        assert result.stdout.count(", no sidecar") == len(WITH_JUNK)
    else:
        assert written == [f"{Path(name).stem}.meta.json" for name in WITH_JUNK]
        for name in written:
            assert f"sidecar {name}" in result.stdout
            assert json.loads((repo / name).read_text(encoding="utf-8"))["removed"]


def test_each_file_follows_its_nearest_config(hook_repo: HookRepo, tmp_path: Path) -> None:
    repo = data_repo(tmp_path, hook_repo, [WITH_JUNK[0]])
    write(repo / "pyproject.toml", '[tool.news-cleaner]\nexclude = ["archive"]\n')
    # a pyproject.toml without the table does not stop the search
    write(
        repo / "desk" / "pyproject.toml",
        '[tool.news-cleaner]\ndisable = ["comment-counter", "tail-trim"]\n',
    )
    write(repo / "desk" / "wire" / "pyproject.toml", '[project]\nname = "wire"\n')
    add_seeds(repo, [WITH_JUNK[0]], under="desk/wire")
    add_seeds(repo, [WITH_JUNK[0]], under="archive")
    result = run_hooks(repo, hook_repo, "news-cleaner-check")
    assert result.returncode == 1, result.stdout
    # desk/ turns off what finds 001's junk (wire/ has no table), archive/ is excluded at the top
    assert flagged(result.stdout) == [WITH_JUNK[0]]


@pytest.mark.parametrize(
    "table, key",
    [("keep_title = true", "'keep_title'"), ('exclude = "drafts"', "'exclude'")],
    ids=["unknown-key", "wrong-type"],
)
def test_a_bad_config_fails_the_hook_naming_file_and_key(
    hook_repo: HookRepo, tmp_path: Path, table: str, key: str
) -> None:
    repo = data_repo(tmp_path, hook_repo, CLEAN)
    write(repo / "pyproject.toml", f"[tool.news-cleaner]\n{table}\n")
    result = run_hooks(repo, hook_repo, "news-cleaner-check")
    assert result.returncode == 1
    assert "exit code: 2" in result.stdout
    assert f"{(repo / 'pyproject.toml').resolve()}: " in result.stdout
    assert key in result.stdout
    assert "Traceback" not in result.stdout


def test_a_file_that_vanishes_during_the_run_fails_alone(
    hook_repo: HookRepo, tmp_path: Path
) -> None:
    repo = data_repo(tmp_path, hook_repo, [*WITH_JUNK, *CLEAN])
    # A hook that runs first deletes a file that pre-commit has already listed for ours (its
    # types_or makes pre-commit classify every file before it runs, as it would for ours).
    vanish = (
        "  - repo: local\n    hooks:\n      - id: vanish\n        name: vanish\n"
        f"        entry: rm {CLEAN[0]}\n        language: unsupported\n"
        "        pass_filenames: false\n        types_or: [text]\n"
    )
    write(repo / ".pre-commit-config.yaml", hook_repo.config("news-cleaner-check", local=vanish))
    git("add", "-A", cwd=repo, env=hook_repo.env)
    result = pre_commit("run", "--all-files", repo=repo, env=hook_repo.env)
    assert result.returncode == 1
    assert "exit code: 2" in result.stdout
    assert f"{CLEAN[0]}: cannot read: No such file or directory" in result.stdout
    assert flagged(result.stdout) == WITH_JUNK  # the other files were still checked
