"""End to end in a real browser: the report of a real run, opened from disk in headless Chromium.

Uses Debian's ``chromium`` and ``chromium-driver`` (``/usr/bin/chromedriver``) through
selenium, offline: selenium must never download a driver. Without them the test is skipped
with the reason, unless ``NEWS_CLEANER_REQUIRE_BROWSER=1`` (set by ``.ci/run``) makes that a
failure. The screenshots are kept in pytest's tmp folder and copied to ``test-artifacts/``.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from batch_outputs import build_contract_run
from typer.testing import CliRunner

from cleaner import Cleaner
from cleaner.cli import app

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
REQUIRE = "NEWS_CLEANER_REQUIRE_BROWSER"


def require_browser() -> None:
    missing = [str(path) for path in (CHROMIUM, CHROMEDRIVER) if not path.exists()]
    if importlib.util.find_spec("selenium") is None:
        missing.append("selenium (pip install -e '.[test]')")
    if not missing:
        return
    reason = (
        f"the browser test needs {', '.join(missing)}"
        " (apt-get install chromium chromium-driver)"
    )
    if os.environ.get(REQUIRE) == "1":
        pytest.fail(f"{reason}; {REQUIRE}=1 does not allow skipping it")
    pytest.skip(reason)


@pytest.fixture
def browser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    require_browser()
    monkeypatch.setenv("SE_OFFLINE", "true")  # selenium manager: never fetch a driver
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'profile'}")
    options.add_argument("--window-size=1366,2400")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def keep_screenshot(driver: Any, tmp_path: Path, name: str) -> Path:
    shot = tmp_path / name
    assert driver.save_screenshot(str(shot)), name
    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copy(shot, ARTIFACTS / name)
    return shot


VISIBLE_DROPS = """
const counts = {};
for (const line of document.querySelectorAll('.drop')) {
  if (line.getClientRects().length === 0) continue;
  const rule = line.getAttribute('data-rule');
  counts[rule] = (counts[rule] || 0) + 1;
}
return counts;
"""
COLUMN = """
const column = arguments[0];
return Array.from(document.querySelectorAll('#doc-table tbody tr'),
  row => row.cells[column].getAttribute('data-v'));
"""


def test_report_of_a_real_run_in_headless_chromium(
    browser: Any, tmp_path: Path, cleaner: Cleaner
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    run = build_contract_run(tmp_path / "run", cleaner)
    page = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", str(run.out), "-o", str(page)])
    assert result.exit_code == 0, result.output
    browser.get(page.as_uri())

    assert browser.find_element(By.ID, "chart-rules").is_displayed()
    assert browser.find_element(By.ID, "chart-share").is_displayed()
    assert browser.find_element(By.ID, "chart-rules").size["height"] > 100
    first_document = browser.find_element(By.CSS_SELECTOR, "article.doc")
    assert first_document.is_displayed()
    assert first_document.find_element(By.CSS_SELECTOR, ".drop del").is_displayed()
    keep_screenshot(browser, tmp_path, "report-overview.png")

    before = browser.execute_script(VISIBLE_DROPS)
    assert len(before) > 3 and before["comment-counter"] > 0
    Select(browser.find_element(By.ID, "filter-rule")).select_by_value("comment-counter")
    after = browser.execute_script(VISIBLE_DROPS)
    assert after == {"comment-counter": before["comment-counter"]}
    documents = browser.find_elements(By.CSS_SELECTOR, "article.doc")
    shown = [doc for doc in documents if doc.is_displayed()]
    assert 0 < len(shown) < len(documents)
    status = browser.find_element(By.ID, "filter-status").text
    assert status.startswith(f"Showing {len(shown)} of {len(documents)} documents")
    browser.execute_script("arguments[0].scrollIntoView()", shown[0])
    keep_screenshot(browser, tmp_path, "report-filtered.png")
    Select(browser.find_element(By.ID, "filter-rule")).select_by_value("")
    assert browser.execute_script(VISIBLE_DROPS) == before

    shares = [float(value) for value in browser.execute_script(COLUMN, 6)]
    assert shares == sorted(shares, reverse=True)  # as rendered, before any click
    share_heading = browser.find_element(By.CSS_SELECTOR, "#doc-table th:nth-child(7)")
    share_heading.find_element(By.TAG_NAME, "button").click()
    shares = [float(value) for value in browser.execute_script(COLUMN, 6)]
    assert shares == sorted(shares) and shares[0] < shares[-1]
    assert share_heading.get_attribute("aria-sort") == "ascending"
    comments_heading = browser.find_element(By.CSS_SELECTOR, "#doc-table th:nth-child(4)")
    comments_heading.find_element(By.TAG_NAME, "button").click()
    comments = [float(value) for value in browser.execute_script(COLUMN, 3)]
    assert comments == sorted(comments, reverse=True) and comments[0] > comments[-1]
    assert share_heading.get_attribute("aria-sort") is None

    problems = [entry for entry in browser.get_log("browser") if entry["level"] != "INFO"]
    assert problems == []
