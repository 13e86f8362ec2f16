"""A real headless browser (Debian's chromium, driven by Playwright) walks the archive as a person would:
home page -> overdue reviews -> a letter page -> its original file. Screenshots go to tests/artifacts/."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.publishing import ROOT, Server, build_corpus

pytestmark = pytest.mark.slow
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not Path(CHROMIUM).exists():
        message = "chromium is not installed (apt-get install -y chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, headless=True, args=ARGS,
            viewport={"width": 1200, "height": 900}, locale="de-DE")
        yield context
        context.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    corpus = build_corpus(tmp_path_factory.mktemp("browser"))
    with Server(corpus.db) as s:
        s.corpus = corpus
        yield s


def test_home_overdue_letter_original(browser, server):
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page()
    page.set_default_timeout(15_000)

    page.goto(server.base + "/")
    assert "Beschlusskontrollen" in page.inner_text("body")
    page.screenshot(path=ARTIFACTS / "01-home.png", full_page=True)

    assert "Stand der Beschlüsse" in page.inner_text("body")          # the front page's counts (Ampel)
    assert page.locator("ul.front-states a.ampel").count() == 5
    page.click("text=Alle überfälligen Wiedervorlagen")
    page.wait_for_url("**/archiv/ueberfaellige_wiedervorlagen")
    row = page.locator("table.rows-and-columns tr", has_text="V0654/24")
    assert row.count() == 1
    assert row.locator(".ampel").count() == 1
    page.screenshot(path=ARTIFACTS / "02-overdue-reviews.png", full_page=True)

    # the overdue resolution's history, then its latest letter
    row.locator("td.col-resolution a").click()
    page.wait_for_url("**/archiv/beschluss_verlauf?resolution=*")
    assert "Verlauf von V0654/24" in page.inner_text("h1")
    letters = page.locator("li.timeline-letter")
    assert letters.count() >= 1 and "Zwischenbericht" in letters.last.inner_text()
    page.screenshot(path=ARTIFACTS / "02b-timeline.png", full_page=True)
    letters.last.locator("a", has_text="Brief").click()
    page.wait_for_url("**/archiv/letters/*")
    o2 = server.corpus.letters["o2"].record
    assert o2.subject.split()[0] in page.inner_text("h1.letter-title")
    points = page.locator("ol.points > li")
    assert points.count() == len(o2.mandates)
    done = page.locator("ol.points .ampel-done").first
    assert done.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(46, 125, 50)"  # Ampel green
    page.click("details.full-text summary")
    assert page.locator("details.full-text pre").is_visible()
    page.screenshot(path=ARTIFACTS / "03-letter.png", full_page=True)
    page.screenshot(path=ARTIFACTS / "03-letter-top.png")

    with page.expect_navigation():
        page.click("a.original-link")
    assert page.url.endswith(f"/-/original/{o2.source.sha256}.txt")
    assert o2.file_number in page.inner_text("body")
    page.screenshot(path=ARTIFACTS / "04-original.png")

    # a PDF original answers as a PDF (headless Chromium would download it rather than show it)
    s1 = server.corpus.letters["s1"].record
    response = page.request.get(f"{server.base}/-/original/{s1.source.sha256}.pdf")
    assert response.status == 200 and response.headers["content-type"] == "application/pdf"
    assert response.body()[:5] == b"%PDF-"


def test_datasettes_own_labels_are_german_with_the_english_as_tooltip(browser, server):
    page = browser.new_page()
    page.goto(server.base + "/archiv/letters")
    body = page.inner_text("body")
    assert "SQL ansehen und bearbeiten" in body and "Diese Daten als" in body
    assert "View and edit SQL" not in body and "This data as" not in body
    assert page.get_attribute("text=SQL ansehen und bearbeiten", "title") == "View and edit SQL"
    assert page.input_value("input[type=submit][value=Anwenden]") == "Anwenden"


def test_timeline_and_charts_render(browser, server):
    page = browser.new_page()
    page.goto(server.base + "/archiv/beschluss_verlauf?resolution=V1933%2F23")
    assert page.locator("li.timeline-letter").count() == 3
    page.screenshot(path=ARTIFACTS / "05-timeline.png", full_page=True)
    page.goto(server.base + "/-/diagramme")
    widths = page.locator(".stack .bar").evaluate_all("bars => bars.map(b => b.getBoundingClientRect().width)")
    assert widths and all(w > 0 for w in widths)
    page.screenshot(path=ARTIFACTS / "06-charts.png", full_page=True)


@pytest.fixture(scope="module")
def read_archive(tmp_path_factory):
    """An archive the reader wrote itself (with provenance): the bundled example letters."""
    import subprocess
    import sys

    db = tmp_path_factory.mktemp("read") / "archive.db"
    command = Path(sys.executable).parent / "beschlussarchiv"
    done = subprocess.run([str(command), "ingest", str(ROOT / "examples"), "--db", str(db)],
                          capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    with Server(db) as s:
        s.db_path = db
        yield s


def test_a_points_answer_opens_its_page_with_the_words_marked_and_a_correction_is_made(browser, read_archive):
    import sqlite3

    with sqlite3.connect(read_archive.db_path) as conn:
        letter = conn.execute("SELECT l.id FROM letters l JOIN documents d USING (sha256) WHERE l.mandate_count >= 2 "
                              "AND d.media_type = 'application/pdf' AND d.ocr = 0 AND l.confidential = 0 ORDER BY l.id").fetchone()[0]
    page = browser.new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{read_archive.base}/archiv/letters/{letter}")
    page.locator("ol.points > li").nth(1).locator(".response a.fund").click()
    page.wait_for_url("**/-/fundstelle/**")
    image = page.locator(".page-view img").first
    page.wait_for_function("() => { const i = document.querySelector('.page-view img'); return i && i.complete && i.naturalWidth > 0 }")
    frame = image.bounding_box()
    marks = page.locator(".page-view .mark")
    assert marks.count() >= 1
    for k in range(marks.count()):
        box = marks.nth(k).bounding_box()
        assert box["width"] > 20 and box["height"] > 4
        assert frame["x"] <= box["x"] and box["x"] + box["width"] <= frame["x"] + frame["width"] + 5
        assert frame["y"] <= box["y"] and box["y"] + box["height"] <= frame["y"] + frame["height"] + 5
    assert "Antwort" in page.inner_text("h1")
    page.screenshot(path=ARTIFACTS / "07-fundstelle.png", full_page=True)

    # the archivist corrects the point's status on the letter page
    page.goto(f"{read_archive.base}/archiv/letters/{letter}")
    page.click("details.correction-form summary")
    page.select_option("select[name=feld]", "mandates[1].status")
    page.fill("input[name=wert]", "rejected")
    page.fill("input[name=grund]", "Ablehnung laut Ausschussprotokoll")
    page.click("details.correction-form button[type=submit]")
    page.wait_for_url(f"**/archiv/letters/{letter}*")
    second = page.locator("ol.points > li").nth(1)
    assert second.locator(".ampel-rejected").count() == 1 and "korrigiert" in second.inner_text()
    assert "Ablehnung laut Ausschussprotokoll" in page.inner_text("ul.corrections")
    page.screenshot(path=ARTIFACTS / "08-corrected.png", full_page=True)

    # the form's correction outlasts a new reading, reaches the public copy and the export
    import json
    import subprocess
    import sys

    command = str(Path(sys.executable).parent / "beschlussarchiv")
    db = str(read_archive.db_path)
    done = subprocess.run([command, "ingest", str(ROOT / "examples"), "--db", db, "--reprocess"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT status FROM mandates WHERE letter_id = ? AND position = 1",
                            (letter,)).fetchone() == ("rejected",)
        sha256 = conn.execute("SELECT sha256 FROM letters WHERE id = ?", (letter,)).fetchone()[0]
    listed = subprocess.run([command, "export", "--corrections", "--db", db], capture_output=True, text=True)
    assert [(e["field"], e["new_value"]) for e in map(json.loads, listed.stdout.splitlines())
            if e["sha256"] == sha256] == [("mandates[1].status", "rejected")]
    public = Path(db).with_name("public.db")
    assert subprocess.run([command, "publish", "--db", db, "--public", str(public)], capture_output=True).returncode == 0
    with sqlite3.connect(public) as conn:
        shown = conn.execute("SELECT m.status FROM mandates m JOIN letters l ON l.id = m.letter_id "
                             "WHERE l.sha256 = ? AND m.position = 1", (sha256,)).fetchall()
    assert shown == [("rejected",)]
