"""Output naming and input expansion, decided before any document is read."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.outputs import (
    InputFile,
    SidecarPlacement,
    UsageError,
    expand_inputs,
    output_stem,
    plan_outputs,
    plan_sidecars,
)

BESIDE = SidecarPlacement()


def touch(path: Path, data: bytes = b"text\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "relative, stem",
    [
        ("a/b.txt", "a/b"),
        ("a/b.txt.gz", "a/b"),
        ("page.html", "page"),
        ("page.HTM.GZ", "page"),
        ("notes.md", "notes"),
        ("2024.05.01.story.txt", "2024.05.01.story"),
        ("README", "README"),
    ],
)
def test_output_stem_drops_gz_and_one_extension(relative: str, stem: str) -> None:
    assert output_stem(Path(relative)) == Path(stem)


def test_directories_are_walked_sorted_and_filtered(tmp_path: Path) -> None:
    root = tmp_path / "data"
    for name in [
        "b.txt",
        "a.html",
        "sub/c.text.gz",
        "sub/deeper/d.htm",
        "image.png",
        "notes.md",
        ".hidden.txt",
        ".git/e.txt",
        "sub/.cache/f.txt",
    ]:
        touch(root / name)
    found = expand_inputs([str(root)])
    assert [item.relative.as_posix() for item in found] == [
        "a.html",
        "b.txt",
        "sub/c.text.gz",
        "sub/deeper/d.htm",
    ]
    assert found[0].label == str(root / "a.html")


def test_a_walk_does_not_enter_the_output_folder(tmp_path: Path) -> None:
    touch(tmp_path / "story.txt")
    touch(tmp_path / "out" / "story.txt")
    found = expand_inputs([str(tmp_path)], skip=tmp_path / "out")
    assert [item.relative.as_posix() for item in found] == ["story.txt"]


def test_named_files_are_taken_whatever_their_extension(tmp_path: Path) -> None:
    note = touch(tmp_path / "notes.md")
    (item,) = expand_inputs([str(note)])
    assert item.path == note
    assert item.relative == Path("notes.md")
    assert item.label == str(note)


def test_relative_labels_stay_relative(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    touch(tmp_path / "data" / "x.txt")
    monkeypatch.chdir(tmp_path)
    (item,) = expand_inputs(["data"])
    assert item.label == "data/x.txt"


def test_dash_is_stdin() -> None:
    (item,) = expand_inputs(["-"])
    assert item.is_stdin
    assert item.label == "-"


def test_a_missing_named_file_is_kept_for_the_reader_to_report(tmp_path: Path) -> None:
    absent = tmp_path / "absent.txt"
    (item,) = expand_inputs([str(absent)])
    assert item.path == absent


def test_select_filters_named_and_found_files(tmp_path: Path) -> None:
    kept = touch(tmp_path / "data" / "story.txt")
    touch(tmp_path / "data" / "drafts" / "draft.txt")
    named = touch(tmp_path / "notes" / "draft.txt")
    found = expand_inputs(
        [str(tmp_path / "data"), str(named), "-"], select=lambda path: "draft" not in path.name
    )
    assert [item.path for item in found] == [kept, None]


def test_outputs_mirror_the_input_tree(tmp_path: Path) -> None:
    root = tmp_path / "in"
    touch(root / "2024" / "story.txt.gz")
    out = tmp_path / "out"
    ((_, paths),) = plan_outputs(expand_inputs([str(root)]), out)
    assert paths.text == out / "2024" / "story.txt"
    assert paths.meta == out / "2024" / "story.meta.json"


def test_stdin_text_goes_to_stdout_and_its_sidecar_to_out(tmp_path: Path) -> None:
    ((_, paths),) = plan_outputs(expand_inputs(["-"]), tmp_path)
    assert paths.text is None
    assert paths.meta == tmp_path / "stdin.meta.json"


def test_two_inputs_with_one_output_are_named_up_front(tmp_path: Path) -> None:
    first = touch(tmp_path / "a" / "story.txt")
    second = touch(tmp_path / "b" / "story.html")
    inputs = expand_inputs([str(first), str(second)])
    with pytest.raises(UsageError) as caught:
        plan_outputs(inputs, tmp_path / "out")
    message = str(caught.value)
    assert str(first) in message and str(second) in message
    assert "story.meta.json" in message


def test_same_stem_with_different_extensions_in_one_folder_collides(tmp_path: Path) -> None:
    touch(tmp_path / "in" / "story.txt")
    touch(tmp_path / "in" / "story.txt.gz")
    with pytest.raises(UsageError, match="would both be written"):
        plan_outputs(expand_inputs([str(tmp_path / "in")]), tmp_path / "out")


def test_stdin_twice_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="more than once"):
        plan_outputs(expand_inputs(["-", "-"]), tmp_path)


def test_output_onto_its_own_input_is_refused(tmp_path: Path) -> None:
    touch(tmp_path / "story.txt")
    with pytest.raises(UsageError, match="overwrite its input"):
        plan_outputs(expand_inputs([str(tmp_path)]), tmp_path)


def test_fix_sidecars_sit_beside_their_files(tmp_path: Path) -> None:
    story = touch(tmp_path / "sub" / "story.txt.gz")
    ((item, sidecar),) = plan_sidecars(expand_inputs([str(tmp_path)]), lambda _: BESIDE)
    assert item.path == story
    assert sidecar == tmp_path / "sub" / "story.meta.json"


def test_a_sidecar_folder_mirrors_the_tree_below_its_base(tmp_path: Path) -> None:
    story = touch(tmp_path / "data" / "2024" / "story.txt.gz")
    placement = SidecarPlacement(".news-cleaner", tmp_path)
    assert placement.sidecar_for(story) == tmp_path / ".news-cleaner/data/2024/story.meta.json"
    nested = SidecarPlacement("meta/sidecars", tmp_path / "data")
    assert nested.sidecar_for(story) == tmp_path / "data/meta/sidecars/2024/story.meta.json"


def test_a_file_outside_the_mirrored_tree_is_a_usage_error(tmp_path: Path) -> None:
    outside = touch(tmp_path / "elsewhere" / "story.txt")
    placement = SidecarPlacement(".news-cleaner", tmp_path / "repo")
    with pytest.raises(UsageError, match="outside"):
        placement.sidecar_for(outside)


def test_sidecars_none_plans_no_sidecar(tmp_path: Path) -> None:
    touch(tmp_path / "story.txt")
    touch(tmp_path / "story.text")  # would collide beside: no sidecars, no collision
    plan = plan_sidecars(expand_inputs([str(tmp_path)]), lambda _: SidecarPlacement("none"))
    assert [sidecar for _, sidecar in plan] == [None, None]


def test_fix_refuses_stdin_and_sidecar_collisions(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="stdin"):
        plan_sidecars([InputFile(label="-", path=None, relative=Path("stdin"))], lambda _: BESIDE)
    touch(tmp_path / "story.txt")
    touch(tmp_path / "story.text")
    with pytest.raises(UsageError, match=r"story\.meta\.json"):
        plan_sidecars(expand_inputs([str(tmp_path)]), lambda _: BESIDE)
