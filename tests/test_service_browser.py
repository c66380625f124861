"""The page in a real browser: Debian's Chromium, headless, driven by selenium through
Debian's chromedriver (named explicitly: nothing is downloaded). Fill in the form with
the keyboard, submit it, read the verdict and a due date, compare them with the library,
and save a screenshot in the test's folder.

A missing browser fails the test with what to install; ``KLACHTREGELS_SKIP_BROWSER=1``
skips it instead (say so where you do). ``KLACHTREGELS_SCREENSHOT_DIR=DIR`` also copies
the screenshots there.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

import klachtregels as kr
from servicekit import Server, running

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
SKIP = os.environ.get("KLACHTREGELS_SKIP_BROWSER") == "1"

if SKIP:
    pytest.skip("KLACHTREGELS_SKIP_BROWSER=1: the browser test is skipped", allow_module_level=True)
if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
    pytest.fail(
        f"the browser test needs {CHROMIUM} and {CHROMEDRIVER}: "
        "apt-get install -y chromium chromium-driver (or set KLACHTREGELS_SKIP_BROWSER=1)",
        pytrace=False,
    )

from selenium import webdriver  # noqa: E402 - after the check that says what is missing
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.remote.webdriver import WebDriver  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--lang=en-US",  # the date fields then take month, day, year as typed
    "--window-size=1280,1000",
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running(tmp_path_factory.mktemp("serve")) as s:
        yield s


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[WebDriver]:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    profile = tmp_path / "profile"
    profile.mkdir()
    options.add_argument(f"--user-data-dir={profile}")
    # A Dutch reader (Accept-Language), with the date fields in the en-US order.
    options.add_experimental_option("prefs", {"intl.accept_languages": "nl-NL,nl"})
    service = Service(executable_path=str(CHROMEDRIVER), log_output=str(tmp_path / "driver.log"))
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def _type_date(driver: WebDriver, name: str, day: date) -> None:
    """Into a date field with the keyboard, as a person would (the en-US order)."""
    field = driver.find_element(By.ID, f"f-{name}")
    field.click()
    field.send_keys(day.strftime("%m%d%Y"))
    assert field.get_attribute("value") == day.isoformat()


def _screenshot(driver: WebDriver, path: Path) -> Path:
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1280, min(int(height) + 40, 8000))
    driver.save_screenshot(str(path))
    copy_to = os.environ.get("KLACHTREGELS_SCREENSHOT_DIR")
    if copy_to:
        Path(copy_to).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(copy_to) / path.name)
    return path


def _resources(driver: WebDriver) -> list[str]:
    found: list[str] = driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)"
    )
    return found


def test_fill_in_the_form_read_the_verdict_and_a_due_date(
    server: Server, browser: WebDriver, tmp_path: Path
) -> None:
    browser.get(f"{server.url}/")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "nl"
    assert browser.title == "Klachtregels: een klacht beoordelen"
    Select(browser.find_element(By.ID, "f-regulation")).select_by_value("livio")
    _type_date(browser, "as_of", date(2027, 1, 5))
    _type_date(browser, "received_on", date(2026, 12, 24))
    Select(browser.find_element(By.ID, "f-channel")).select_by_value("email")
    Select(browser.find_element(By.ID, "f-complainant_role")).select_by_value("client")
    _type_date(browser, "event_on", date(2026, 11, 16))

    # To the button with Tab alone, and submit with Enter.
    button = browser.find_element(By.CSS_SELECTOR, "#complaint-form button[type=submit]")
    for _ in range(80):
        if browser.switch_to.active_element == button:
            break
        browser.switch_to.active_element.send_keys(Keys.TAB)
    assert browser.switch_to.active_element == button, "the button is not reached with Tab"
    button.send_keys(Keys.ENTER)
    WebDriverWait(browser, 30).until(lambda d: d.find_elements(By.ID, "result"))

    complaint = kr.Complaint.model_validate(
        {
            "received_on": "2026-12-24",
            "channel": "email",
            "complainant_role": "client",
            "event_on": "2026-11-16",
        }
    )
    a = kr.evaluate(kr.load("livio"), complaint, date(2027, 1, 5))
    standing = browser.find_element(By.ID, "standing")
    assert standing.get_attribute("data-ok") == str(a.standing.ok).lower() == "true"
    assert standing.find_element(By.CLASS_NAME, "answer").text == "ja"
    row = browser.find_element(By.CSS_SELECTOR, 'tr[data-deadline="judgment"]')
    due = row.find_element(By.CSS_SELECTOR, "td.due time")
    judgment = next(d for d in a.deadlines if d.id == "judgment")
    assert due.get_attribute("datetime") == judgment.due.isoformat() == "2027-02-04"
    assert due.text == "donderdag 4 februari 2027"
    assert row.find_element(By.CSS_SELECTOR, "td.status").text == "loopt"
    first = browser.find_element(By.CSS_SELECTOR, 'tr[data-deadline="first_contact"] td.due time')
    assert first.get_attribute("datetime") == "2027-01-04"
    assert browser.find_element(By.ID, "escalation").is_displayed()
    assert browser.find_element(By.ID, "timeline").is_displayed()
    # What was typed is still there, to change and assess again.
    assert browser.find_element(By.ID, "f-received_on").get_attribute("value") == "2026-12-24"
    assert [u for u in _resources(browser) if not u.startswith(server.url)] == []
    shot = _screenshot(browser, tmp_path / "page-nl.png")
    assert shot.stat().st_size > 10_000


def test_english_and_a_bad_complaint_in_the_browser(
    server: Server, browser: WebDriver, tmp_path: Path
) -> None:
    browser.get(f"{server.url}/")
    browser.find_element(By.LINK_TEXT, "English").click()
    WebDriverWait(browser, 30).until(
        lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    )
    assert browser.find_element(By.TAG_NAME, "h1").text == "Klachtregels: assess a complaint"
    _type_date(browser, "received_on", date(2027, 1, 4))
    _type_date(browser, "judgment_on", date(2027, 1, 3))
    browser.find_element(By.CSS_SELECTOR, "#complaint-form button[type=submit]").click()
    WebDriverWait(browser, 30).until(lambda d: d.find_elements(By.ID, "error"))
    assert browser.find_element(By.ID, "error").text == (
        "judgment_on: 2027-01-03 is before the complaint was received (2027-01-04); that cannot be"
    )
    field = browser.find_element(By.ID, "f-judgment_on")
    assert field.get_attribute("aria-invalid") == "true"
    _screenshot(browser, tmp_path / "page-en-error.png")


def test_the_docs_page_works_with_nothing_from_elsewhere(
    server: Server, browser: WebDriver, tmp_path: Path
) -> None:
    """Swagger UI from the package's own files: this machine's network is closed, so a
    script from a CDN would not load and the page would stay empty."""
    browser.get(f"{server.url}/docs")
    WebDriverWait(browser, 30).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, ".swagger-ui .opblock-summary-path")
    )
    paths = {
        e.text.replace("\u200b", "")
        for e in browser.find_elements(By.CSS_SELECTOR, ".opblock-summary-path")
    }
    assert "/v1/regulations/{regulation_id}/evaluate" in paths
    assert [u for u in _resources(browser) if not u.startswith(server.url)] == []
    time.sleep(0.2)
    _screenshot(browser, tmp_path / "docs.png")
