"""``clean`` on fsspec URLs: memory://, file:// (with workers and on Dask), the same bytes as on
local paths; resume, globs, include/exclude, missing inputs and missing packages."""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cleaner.cli import app

fsspec = pytest.importorskip("fsspec")

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = FIXTURES / "seeds"
TREE = "corpus-in"
"""The input folder's name: distinct enough that it names nothing but the sidecars' paths."""


def clean(*args: str) -> Any:
    return CliRunner().invoke(app, ["clean", *args])


def corpus_body() -> str:
    """The seeds as records, with a line that is not JSON and one without a text field."""
    records = [
        json.dumps({"id": f"seed-{n}", "text": path.read_text(encoding="utf-8")})
        for n, path in enumerate(sorted(SEEDS.glob("*.txt")))
    ]
    records.insert(2, "{not json")
    records.append(json.dumps({"id": 9, "body": "no text field"}))
    return "\n".join(records) + "\n"


def tree_files() -> dict[str, bytes]:
    """Seeds at the top and in a subfolder, an HTML page, a JSONL corpus and a gzipped one,
    a hidden file and folder (skipped) and a file that is no document (skipped)."""
    files = {
        ("sub/" if n % 2 else "") + path.name: path.read_bytes()
        for n, path in enumerate(sorted(SEEDS.glob("*.txt")))
    }
    files["pages/article.html"] = (FIXTURES / "html" / "article.html").read_bytes()
    files["corpus.jsonl"] = corpus_body().encode()
    files["sub/packed.jsonl.gz"] = gzip.compress(corpus_body().encode(), mtime=0)
    files[".hidden.txt"] = b"Not to be cleaned.\n"
    files[".cache/hidden.txt"] = b"Not to be cleaned either.\n"
    files["notes.md"] = b"Not a document.\n"
    return files


def write_local(root: Path, files: dict[str, bytes]) -> Path:
    for relative, data in files.items():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_bytes(data)
    return root


def local_outputs(folder: Path) -> dict[str, bytes]:
    """Every output file's bytes, except run.json (it holds timings)."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != "run.json"
    }


def memory_outputs(folder: str) -> dict[str, bytes]:
    fs = fsspec.filesystem("memory")
    root = fs._strip_protocol(folder)
    return {
        name[len(root) + 1 :]: fs.cat_file(name)
        for name in sorted(fs.find(root))
        if not name.endswith("/run.json")
    }


def relabelled(outputs: dict[str, bytes], local: str, url: str) -> dict[str, bytes]:
    """A local run's outputs as a URL run names its inputs: sidecars and errors.jsonl hold
    the path as given (``source.path``), and that is all that may differ."""
    old, new = f'"{local}/'.encode(), f'"{url}/'.encode()
    return {
        name: data.replace(old, new) if name.endswith((".json", ".jsonl")) else data
        for name, data in outputs.items()
    }


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def memory() -> Iterator[str]:
    """A fresh memory:// folder (the store is shared by the whole test process)."""
    root = f"nc-{uuid.uuid4().hex[:8]}"
    yield f"memory://{root}"
    fs = fsspec.filesystem("memory")
    if fs.exists(f"/{root}"):
        fs.rm(f"/{root}", recursive=True)


def write_memory(root: str, files: dict[str, bytes]) -> str:
    fs = fsspec.filesystem("memory")
    for relative, data in files.items():
        fs.pipe_file(f"{root}/{relative}", data)
    return root


@pytest.fixture
def expected(workdir: Path) -> dict[str, bytes]:
    """What a run on the local tree writes, with relative labels (``corpus-in/...``)."""
    write_local(workdir / TREE, tree_files())
    result = clean(TREE, "-o", "local-out", "--jobs", "1", "-q")
    assert result.exit_code == 1, result.output  # the two bad lines, twice
    outputs = local_outputs(workdir / "local-out")
    assert {"corpus.jsonl", "sub/packed.jsonl.gz", "pages/article.txt", "errors.jsonl"} <= set(
        outputs
    )
    assert not any("hidden" in name or "notes" in name for name in outputs)
    return outputs


# -- the same bytes ---------------------------------------------------------------------------


def test_memory_tree_gives_the_bytes_of_a_local_run(
    expected: dict[str, bytes], memory: str
) -> None:
    source = write_memory(f"{memory}/{TREE}", tree_files())
    result = clean(source, "-o", f"{memory}/out", "--jobs", "1", "-q")
    assert result.exit_code == 1, result.output
    assert memory_outputs(f"{memory}/out") == relabelled(expected, TREE, source)
    run = json.loads(fsspec.filesystem("memory").cat_file(f"{memory}/out/run.json"))
    assert (run["documents"]["cleaned"], run["documents"]["failed"]) == (16, 4)
    assert run["inputs"] == [source]


def test_file_urls_with_two_jobs_give_the_bytes_of_a_local_run(tmp_path: Path) -> None:
    tree = write_local(tmp_path / TREE, tree_files())
    assert clean(str(tree), "-o", str(tmp_path / "local"), "-j", "1", "-q").exit_code == 1
    expected = relabelled(local_outputs(tmp_path / "local"), str(tree), f"file://{tree}")
    out = tmp_path / "url-out"
    result = clean(f"file://{tree}", "-o", f"file://{out}", "--jobs", "2", "-q")
    assert result.exit_code == 1, result.output
    assert local_outputs(out) == expected
    assert not list(out.rglob(".*.tmp")), "temporary files left behind"


def test_file_urls_on_a_local_dask_cluster_give_the_bytes_of_a_local_run(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    tree = write_local(tmp_path / TREE, tree_files())
    assert clean(str(tree), "-o", str(tmp_path / "local"), "-j", "1", "-q").exit_code == 1
    expected = relabelled(local_outputs(tmp_path / "local"), str(tree), f"file://{tree}")
    out = tmp_path / "dask-out"
    result = clean(f"file://{tree}", "-o", f"file://{out}", "--dask", "local", "-j", "2", "-q")
    assert result.exit_code == 1, result.output
    assert local_outputs(out) == expected


def test_a_gzipped_jsonl_named_by_url_to_a_local_folder(workdir: Path, memory: str) -> None:
    packed = tree_files()["sub/packed.jsonl.gz"]
    write_local(workdir / "one", {"packed.jsonl.gz": packed})
    assert clean("one/packed.jsonl.gz", "-o", "local-out", "-j", "1", "-q").exit_code == 1
    url = write_memory(memory, {"packed.jsonl.gz": packed}) + "/packed.jsonl.gz"
    result = clean(url, "-o", "url-out", "-j", "1", "-q")
    assert result.exit_code == 1, result.output
    outputs = local_outputs(workdir / "url-out")
    assert set(outputs) == {"packed.jsonl.gz", "packed.meta.jsonl", "errors.jsonl"}
    assert outputs == relabelled(local_outputs(workdir / "local-out"), "one", memory)
    lines = gzip.decompress(outputs["packed.jsonl.gz"]).splitlines()
    assert len(lines) == len(corpus_body().splitlines())
    assert json.loads(lines[0])["id"] == "seed-0" and lines[2] == b"{not json"


# -- resume, walking, naming ------------------------------------------------------------------


def test_a_second_run_rewrites_nothing(memory: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from cleaner import remote

    source = write_memory(f"{memory}/{TREE}", tree_files())
    out = f"{memory}/out"
    assert clean(source, "-o", out, "-j", "1", "-q").exit_code == 1
    first = memory_outputs(out)
    written: list[str] = []
    original = remote.RemoteAtomicFile.__init__

    def recording(self: remote.RemoteAtomicFile, path: remote.RemotePath) -> None:
        written.append(path.name)
        original(self, path)

    monkeypatch.setattr(remote.RemoteAtomicFile, "__init__", recording)
    assert clean(source, "-o", out, "-j", "1", "-q").exit_code == 1
    assert sorted(written) == ["errors.jsonl", "run.json"]  # the failed records fail again
    assert memory_outputs(out) == first
    run = json.loads(fsspec.filesystem("memory").cat_file(f"{out}/run.json"))
    assert (run["documents"]["resumed"], run["documents"]["cleaned"]) == (16, 0)


def test_a_stale_output_is_redone(memory: str) -> None:
    source = write_memory(f"{memory}/{TREE}", tree_files())
    out = f"{memory}/out"
    assert clean(source, "-o", out, "-j", "1", "-q").exit_code == 1
    fs = fsspec.filesystem("memory")
    name = sorted(SEEDS.glob("*.txt"))[0].stem
    good = fs.cat_file(f"{out}/{name}.txt")
    fs.pipe_file(f"{out}/{name}.txt", b"truncated")
    assert clean(source, "-o", out, "-j", "1", "-q").exit_code == 1
    assert fs.cat_file(f"{out}/{name}.txt") == good


def test_an_output_folder_inside_the_input_is_not_walked(memory: str) -> None:
    story = sorted(SEEDS.glob("*.txt"))[0].read_bytes()
    source = write_memory(f"{memory}/{TREE}", {"story.txt": story})
    for _ in range(2):
        result = clean(source, "-o", f"{source}/out", "-j", "1", "-q")
        assert result.exit_code == 0, result.output
    assert sorted(memory_outputs(f"{source}/out")) == ["story.meta.json", "story.txt"]


def test_a_glob_url_names_each_file_it_matches(memory: str) -> None:
    source = write_memory(f"{memory}/{TREE}", tree_files())
    result = clean(f"{source}/*/*.txt", "-o", f"{memory}/out", "-j", "1", "-q")
    assert result.exit_code == 0, result.output
    names = sorted(path.stem for n, path in enumerate(sorted(SEEDS.glob("*.txt"))) if n % 2)
    expected = sorted([f"{name}.txt" for name in names] + [f"{name}.meta.json" for name in names])
    assert sorted(memory_outputs(f"{memory}/out")) == expected
    meta = json.loads(fsspec.filesystem("memory").cat_file(f"{memory}/out/{names[0]}.meta.json"))
    assert meta["source"]["path"] == f"{source}/sub/{names[0]}.txt"


def test_include_and_exclude_judge_url_trees_like_local_ones(workdir: Path, memory: str) -> None:
    globs = ["--exclude", "sub", "--exclude", "*.html", "--include", "*.jsonl", "--include", "0*"]
    write_local(workdir / TREE, tree_files())
    assert clean(TREE, "-o", "local-out", "-j", "1", "-q", *globs).exit_code == 1
    expected = local_outputs(workdir / "local-out")
    assert {"corpus.jsonl", "000_9e49a12f01b8817f.txt"} <= set(expected)
    assert not any(name.startswith(("sub/", "pages/")) for name in expected)
    source = write_memory(f"{memory}/{TREE}", tree_files())
    result = clean(source, "-o", f"{memory}/out", "-j", "1", "-q", *globs)
    assert result.exit_code == 1, result.output
    assert memory_outputs(f"{memory}/out") == relabelled(expected, TREE, source)


def test_a_missing_url_fails_like_a_missing_file(workdir: Path, memory: str) -> None:
    local = clean("missing.txt", "-o", "local-out", "-j", "1")
    result = clean(f"{memory}/missing.txt", "-o", f"{memory}/out", "-j", "1")
    assert (local.exit_code, result.exit_code) == (1, 1)
    assert f"{memory}/missing.txt: cannot read: No such file or directory" in result.stderr
    [failure] = map(json.loads, memory_outputs(f"{memory}/out")["errors.jsonl"].splitlines())
    [local_failure] = map(
        json.loads, (workdir / "local-out" / "errors.jsonl").read_bytes().splitlines()
    )
    assert failure == {**local_failure, "path": f"{memory}/missing.txt"}


# -- atomic writes ------------------------------------------------------------------------------


def test_a_remote_output_appears_only_when_complete(memory: str) -> None:
    from cleaner.atomic import open_atomic, write_atomic
    from cleaner.remote import RemotePath

    fs = fsspec.filesystem("memory")
    target = RemotePath(f"{memory}/out/a.txt")
    write_atomic(target, b"old\n")
    pending = open_atomic(target)
    pending.handle.write(b"new, half")
    assert fs.cat_file(target.url) == b"old\n"
    pending.discard()
    assert fs.cat_file(target.url) == b"old\n"
    pending = open_atomic(target)
    pending.handle.write(b"new\n")
    pending.commit()
    assert fs.cat_file(target.url) == b"new\n"
    assert fs.ls(f"{memory}/out", detail=False) == [f"/{memory.split('://')[1]}/out/a.txt"]


# -- usage errors -------------------------------------------------------------------------------


def test_an_unknown_protocol_exits_2(workdir: Path) -> None:
    result = clean("nosuchproto://bucket/in", "-o", "out")
    assert result.exit_code == 2
    assert "nosuchproto" in result.stderr and "no fsspec file system" in result.stderr
    assert not (workdir / "out").exists()


def test_a_missing_protocol_package_exits_2_saying_what_to_install(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fsspec.registry import known_implementations

    entry = {"class": "nc_missing_fs.FileSystem", "err": "Install nc_missing_fs for nctest"}
    monkeypatch.setitem(known_implementations, "nctest", entry)
    result = clean("in", "-o", "nctest://bucket/out")
    assert result.exit_code == 2
    assert "pip install nc_missing_fs" in result.stderr
    assert "Traceback" not in result.output


def test_s3_without_s3fs_exits_2_saying_what_to_install(workdir: Path) -> None:
    import importlib.util

    if importlib.util.find_spec("s3fs") is not None:
        pytest.skip("s3fs is installed")
    result = clean("s3://bucket/in", "-o", "out")
    assert result.exit_code == 2
    assert "pip install s3fs" in result.stderr


def test_without_fsspec_a_url_exits_2_naming_the_extra(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for module in ("fsspec", "fsspec.core"):
        monkeypatch.setitem(sys.modules, module, None)
    result = clean("file:///nowhere/in", "-o", "out")
    assert result.exit_code == 2
    assert "pip install 'news-cleaner[remote]'" in result.stderr


def test_memory_urls_refuse_several_workers(memory: str) -> None:
    result = clean(memory, "-o", f"{memory}/out", "--jobs", "2")
    assert result.exit_code == 2
    assert "--jobs 1" in result.stderr


@pytest.mark.parametrize("command", ["check", "fix", "explain"])
def test_only_clean_takes_urls(command: str, memory: str) -> None:
    result = CliRunner().invoke(app, [command, f"{memory}/a.txt"])
    assert result.exit_code == 2
    assert "URLs work with `clean` only" in result.stderr


# -- fsspec only when asked for ------------------------------------------------------------------

PROBE = """
import sys
from cleaner.cli import main
sys.argv = ["news-cleaner", *sys.argv[1:]]
try:
    main()
except SystemExit as exit:
    print("fsspec" in sys.modules, exit.code)
"""


@pytest.mark.slow
def test_a_local_run_does_not_import_fsspec_and_a_url_run_does(tmp_path: Path) -> None:
    shutil.copytree(SEEDS, tmp_path / "in")

    def run(*args: str) -> str:
        command = [sys.executable, "-c", PROBE, "clean", *args, "-q", "--jobs", "1"]
        done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    assert run("in", "-o", "out") == "False 0"
    assert run(f"file://{tmp_path / 'in'}", "-o", "url-out") == "True 0"
    assert local_outputs(tmp_path / "out") == relabelled(
        local_outputs(tmp_path / "url-out"), f"file://{tmp_path / 'in'}", "in"
    )
