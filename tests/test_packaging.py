"""The rule packs ship inside the wheel: a fresh install runs without this checkout."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from cleaner.rules import load_rules

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_built_wheel_carries_the_rules(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(dist), str(ROOT)],
        check=True,
    )
    wheel = next(dist.glob("news_cleaner-*.whl"))
    env_dir = tmp_path / "env"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    # The running environment provides the dependencies (appended after the new environment's
    # own site-packages, so `cleaner` itself can only come from the wheel).
    site_packages = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    Path(site_packages, "outer-dependencies.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8"
    )
    subprocess.run(
        [str(python), "-m", "pip", "install", "--no-deps", "--quiet", str(wheel)], check=True
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    listing = subprocess.run(
        [str(env_dir / "bin" / "news-cleaner"), "rules", "list"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    location = subprocess.run(
        [str(python), "-c", "import cleaner.rules as r; print(r.builtin_rules_dir())"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert location.startswith(str(env_dir)), location
    for rule in load_rules([]):
        assert rule.id in listing
    assets = subprocess.run(
        [str(python), "-c", _REVIEW_ASSETS],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert assets == ["True", "True"], "the report's stylesheet and script are not in the wheel"


_REVIEW_ASSETS = (
    "from importlib import resources; folder = resources.files('cleaner.review');"
    " print(*(folder.joinpath(name).is_file() for name in ('page.css', 'page.js')))"
)
