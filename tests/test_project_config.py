"""Project defaults: nearest config wins, errors name file and key, the command line wins."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import project_config
from cleaner.digest import sha256_hex
from cleaner.project_config import (
    COMMAND_LINE,
    DEFAULT,
    KEYS,
    ConfigError,
    Overrides,
    SettingsFinder,
    find_config,
    resolve_settings,
)
from cleaner.rule_cache import RuleCache


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_no_config_gives_defaults(tmp_path: Path) -> None:
    settings = resolve_settings(Overrides(), tmp_path)
    assert settings.config_file is None
    assert settings.rules == ()
    assert settings.disable == frozenset()
    assert settings.keep_title is False
    assert settings.lang is None
    assert settings.sidecars.setting == "beside"
    assert settings.text_field == "text"
    assert settings.origins == dict.fromkeys(KEYS, DEFAULT)


def test_nearest_pyproject_with_the_table_wins(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.news-cleaner]\nlang = "de"\n')
    write(tmp_path / "repo" / "pyproject.toml", '[tool.news-cleaner]\nlang = "fr"\n')
    write(tmp_path / "repo" / "data" / "pyproject.toml", '[project]\nname = "no-table"\n')
    start = tmp_path / "repo" / "data" / "2024"
    start.mkdir(parents=True)
    settings = resolve_settings(Overrides(), start)
    assert settings.lang == "fr"
    assert settings.config_file == (tmp_path / "repo" / "pyproject.toml").resolve()
    assert settings.origins["lang"] == str(settings.config_file)
    assert settings.origins["keep-title"] == DEFAULT


def test_search_starts_from_a_file_s_folder(tmp_path: Path) -> None:
    config = write(tmp_path / "news-cleaner.toml", "keep-title = true\n")
    story = write(tmp_path / "sub" / "story.txt", "text\n")
    found = find_config(story)
    assert found is not None
    assert found[0] == config.resolve()
    assert resolve_settings(Overrides(), story).keep_title is True


def test_news_cleaner_toml_beats_pyproject_in_the_same_folder(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.news-cleaner]\nlang = "de"\n')
    write(tmp_path / "news-cleaner.toml", 'lang = "nl"\n')
    assert resolve_settings(Overrides(), tmp_path).lang == "nl"


def test_rule_folders_are_relative_to_the_config_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "my-rules").mkdir()
    write(tmp_path / "pyproject.toml", '[tool.news-cleaner]\nrules = ["my-rules"]\n')
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    settings = resolve_settings(Overrides(), tmp_path)
    assert [folder.resolve() for folder in settings.rules] == [(tmp_path / "my-rules").resolve()]
    assert settings.cleaner_config().rules_dirs == settings.rules


def test_missing_rule_folder_names_file_and_key(tmp_path: Path) -> None:
    config = write(tmp_path / "news-cleaner.toml", 'rules = ["nowhere"]\n')
    with pytest.raises(ConfigError, match="'rules'") as caught:
        resolve_settings(Overrides(), tmp_path)
    assert str(config.resolve()) in str(caught.value)


def test_unknown_key_names_file_and_key(tmp_path: Path) -> None:
    config = write(tmp_path / "pyproject.toml", "[tool.news-cleaner]\nkeep_title = true\n")
    with pytest.raises(ConfigError) as caught:
        resolve_settings(Overrides(), tmp_path)
    message = str(caught.value)
    assert str(config.resolve()) in message
    assert "'keep_title'" in message
    assert "\n" not in message


@pytest.mark.parametrize(
    "line, key",
    [
        ('keep-title = "yes"', "keep-title"),
        ('disable = "comment-counter"', "disable"),
        ("lang = 1", "lang"),
        ("exclude = [1, 2]", "exclude"),
        ("include = 'x/*'", "include"),
        ("sidecars = false", "sidecars"),
        ('sidecars = ""', "sidecars"),
        ("text-field = 3", "text-field"),
    ],
)
def test_wrong_type_names_file_and_key(tmp_path: Path, line: str, key: str) -> None:
    config = write(tmp_path / "pyproject.toml", f"[tool.news-cleaner]\n{line}\n")
    with pytest.raises(ConfigError) as caught:
        resolve_settings(Overrides(), tmp_path)
    assert str(config.resolve()) in str(caught.value)
    assert repr(key) in str(caught.value)


@pytest.mark.parametrize(
    "text",
    [
        '[tool.news-cleaner]\nlang = "de"\n',
        '[ tool . "news-cleaner" ]\nlang = "de"\n',
        "[tool.'news-cleaner']\nlang = 'de'\n",
        '[project]\nname = "x"\n\n[tool]\nnews-cleaner = { lang = "de" }\n',
        'tool.news-cleaner.lang = "de"\n[project]\nname = "x"\n',
        'tool = { news-cleaner = { lang = "de" } }\n',
        '[tool.ruff]\nline-length = 100\n\n  [tool.news-cleaner]\n  lang = "de"\n',
        '[tool."news\\u002Dcleaner"]\nlang = "de"\n',
    ],
)
def test_every_way_of_writing_the_table_is_found(tmp_path: Path, text: str) -> None:
    config = write(tmp_path / "pyproject.toml", text)
    settings = resolve_settings(Overrides(), tmp_path)
    assert settings.config_file == config.resolve()
    assert settings.lang == "de"


def test_a_pyproject_that_only_names_news_cleaner_is_not_parsed(tmp_path: Path) -> None:
    # a dependency or a script of that name, and TOML that would not parse: not our table,
    # so not our error (the search goes on upwards)
    write(
        tmp_path / "pyproject.toml",
        '[project]\nname = "news-cleaner"\ndependencies = ["news-cleaner>=0.1"]\n'
        '[project.scripts]\nnews-cleaner = "cleaner.cli:main"\n[tool.ruff\n',
    )
    assert resolve_settings(Overrides(), tmp_path).config_file is None


@pytest.mark.parametrize(
    "data",
    [
        b"\xef\xbb\xbf[tool.news-cleaner]\nlang = 'de'\n",  # a byte-order mark
        "[tool.news-cleaner]\nlang = 'de'\n".encode("utf-16"),
    ],
    ids=["bom", "utf-16"],
)
def test_a_pyproject_that_is_not_plain_utf8_is_parsed_and_refused(
    tmp_path: Path, data: bytes
) -> None:
    (tmp_path / "pyproject.toml").write_bytes(data)
    with pytest.raises(ConfigError, match="invalid TOML"):
        resolve_settings(Overrides(), tmp_path)


def test_invalid_toml_is_a_config_error(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.news-cleaner\n")
    with pytest.raises(ConfigError, match="invalid TOML"):
        resolve_settings(Overrides(), tmp_path)


def test_include_and_exclude_are_relative_to_the_config_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "news-cleaner.toml", 'include = ["data"]\nexclude = ["data/drafts"]\n')
    monkeypatch.chdir(write(tmp_path / "data" / "story.txt", "").parent)
    settings = resolve_settings(Overrides(), tmp_path)
    assert settings.include.patterns == ("data",)
    assert settings.exclude.patterns == ("data/drafts",)
    assert settings.selects(Path("story.txt"))
    assert settings.why_skipped(Path("drafts/a.txt")) == "excluded by 'data/drafts'"
    assert settings.why_skipped(tmp_path / "notes.txt") == "matches no include pattern"


def test_command_line_globs_replace_the_config_s_and_are_relative_to_the_cwd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "pyproject.toml", '[tool.news-cleaner]\nexclude = ["data/drafts"]\n')
    monkeypatch.chdir(write(tmp_path / "data" / "story.txt", "").parent)
    settings = resolve_settings(Overrides(exclude=("story.txt",)), tmp_path)
    assert settings.origins["exclude"] == COMMAND_LINE
    assert settings.selects(tmp_path / "data" / "drafts" / "a.txt")
    assert not settings.selects(Path("story.txt"))


def test_sidecars_and_text_field_come_from_the_config(tmp_path: Path) -> None:
    config = write(
        tmp_path / "pyproject.toml",
        '[tool.news-cleaner]\nsidecars = ".news-cleaner"\ntext-field = "body"\n',
    )
    story = write(tmp_path / "data" / "story.txt", "")
    settings = resolve_settings(Overrides(), story)
    assert settings.text_field == "body"
    assert settings.origins["text-field"] == str(config.resolve())
    mirrored = tmp_path / ".news-cleaner" / "data" / "story.meta.json"
    assert settings.sidecars.sidecar_for(story) == mirrored.resolve()
    none = resolve_settings(Overrides(sidecars="none"), story)
    assert none.sidecars.sidecar_for(story) is None
    assert none.origins["sidecars"] == COMMAND_LINE


def test_each_file_gets_its_nearest_config(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.news-cleaner]\nlang = "en"\n')
    write(tmp_path / "desk" / "news-cleaner.toml", 'lang = "de"\n')
    finder = SettingsFinder(Overrides(keep_title=True))
    top = finder.for_path(write(tmp_path / "a.txt", ""))
    nested = finder.for_path(write(tmp_path / "desk" / "2024" / "b.txt", ""))
    assert (top.lang, nested.lang) == ("en", "de")
    assert top.keep_title and nested.keep_title
    assert finder.for_path(tmp_path / "desk" / "c.txt") is nested  # one Settings per config


def test_a_linked_file_gets_the_config_where_it_points(tmp_path: Path) -> None:
    """Files of one folder share its config lookup, but a link is judged where it points."""
    write(tmp_path / "archive" / "news-cleaner.toml", 'lang = "fr"\n')
    target = write(tmp_path / "archive" / "story.txt", "")
    write(tmp_path / "inbox" / "news-cleaner.toml", 'lang = "es"\n')
    plain = write(tmp_path / "inbox" / "plain.txt", "")
    linked = tmp_path / "inbox" / "linked.txt"
    linked.symlink_to(target)
    finder = SettingsFinder(Overrides())
    assert [finder.for_path(path).lang for path in (plain, linked, plain)] == ["es", "fr", "es"]


def test_command_line_overrides_the_config(tmp_path: Path) -> None:
    write(
        tmp_path / "pyproject.toml",
        '[tool.news-cleaner]\nlang = "de"\nkeep-title = true\ndisable = ["title"]\n',
    )
    extra = tmp_path / "extra"
    extra.mkdir()
    overrides = Overrides(rules=(extra,), disable=("caption",), keep_title=False, lang="en")
    settings = resolve_settings(overrides, tmp_path)
    assert settings.lang == "en"
    assert settings.keep_title is False
    assert settings.disable == frozenset({"caption"})
    assert settings.rules == (extra,)
    for key in ("lang", "keep-title", "disable", "rules"):
        assert settings.origins[key] == COMMAND_LINE


def test_unset_command_line_options_keep_the_config(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.news-cleaner]\ndisable = ["title"]\n')
    settings = resolve_settings(Overrides(lang="en"), tmp_path)
    assert settings.disable == frozenset({"title"})
    assert settings.origins["disable"].endswith("pyproject.toml")
    assert settings.cleaner_config().disabled == frozenset({"title"})


def test_a_config_is_parsed_once_per_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache_file = tmp_path / "cache" / "rules.marshal"
    config = write(tmp_path / "repo" / "pyproject.toml", '[tool.news-cleaner]\nlang = "de"\n')
    monkeypatch.setattr(project_config, "default_rule_cache", lambda: RuleCache(cache_file))
    assert resolve_settings(Overrides(), config.parent).lang == "de"  # parsed, then kept

    def refuse(path: Path, data: bytes) -> None:
        raise AssertionError(f"parsed {path} again")

    with monkeypatch.context() as later_run:
        later_run.setattr(project_config, "_parse_toml", refuse)
        assert resolve_settings(Overrides(), config.parent).lang == "de"
    write(config, '[tool.news-cleaner]\nlang = "fr"\n')  # an edit is read
    assert resolve_settings(Overrides(), config.parent).lang == "fr"


def test_a_config_that_fails_is_never_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache_file = tmp_path / "cache" / "rules.marshal"
    monkeypatch.setattr(project_config, "default_rule_cache", lambda: RuleCache(cache_file))
    write(tmp_path / "pyproject.toml", "[tool.news-cleaner]\nlang = 2024-01-01\n")  # a date
    for _ in range(2):
        with pytest.raises(ConfigError, match="'lang' must be a string"):
            resolve_settings(Overrides(), tmp_path)
    assert not cache_file.exists()


@pytest.mark.parametrize("table", [["not", "a", "table"], "text", None, {"lang": object}])
def test_a_damaged_cached_table_is_parsed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, table: object
) -> None:
    cache = RuleCache(tmp_path / "cache" / "rules.marshal")
    monkeypatch.setattr(project_config, "default_rule_cache", lambda: cache)
    config = write(tmp_path / "repo" / "news-cleaner.toml", 'lang = "de"\n')
    key = f"config:whole:{sha256_hex(config.read_bytes())}"
    cache.store(key, {"table": table})  # as if the cache file held this for the config
    assert resolve_settings(Overrides(), config.parent).lang == "de"
