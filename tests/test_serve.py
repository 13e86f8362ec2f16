"""The real Datasette server over HTTP on 127.0.0.1: canned queries, facets, search, letter page, files."""
from __future__ import annotations

import json
import re
import subprocess
import time
from collections import Counter
from datetime import date
from urllib.parse import quote

import pytest

from archive.metadata import FACET_LINK
from archive.publish import publish
from archive.rows import period
from models.record import overall_status
from tests.publishing import BIN, ROOT, SECRET_WORDS, Server, build_corpus

pytestmark = pytest.mark.slow
TODAY = date.today().isoformat()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return build_corpus(tmp_path_factory.mktemp("serve"))


@pytest.fixture(scope="module")
def full(corpus):
    with Server(corpus.db) as server:
        yield server


@pytest.fixture(scope="module")
def public(corpus):
    publish(corpus.db, corpus.folder / "public.db")
    with Server(corpus.folder / "public.db", "--public") as server:
        yield server


def letters_of(corpus, which):
    return corpus.letters.values() if which == "full" else corpus.public


def latest_by_resolution(letters):
    out = {}
    for l in sorted(letters, key=lambda l: (l.record.letter_date, l.id)):
        out[l.record.resolution] = l.record
    return out


def rows(server, name, **params):
    query = "&".join(f"{k}={quote(v)}" for k, v in params.items())
    return server.json(f"/archiv/{name}.json?_shape=array&{query}")


@pytest.fixture(params=["full", "public"])
def which(request, full, public):
    return request.param, (full if request.param == "full" else public)


# ------------------------------------------------------------------ canned queries

def test_overdue_reviews(corpus, which):
    name, server = which
    expected = {res for res, r in latest_by_resolution(letters_of(corpus, name)).items()
                if r.next_review and period(r.next_review)[1] < TODAY}
    got = rows(server, "ueberfaellige_wiedervorlagen")
    assert {r["resolution"] for r in got} == expected
    assert ("V9901/22" in expected) == (name == "full") and "V0654/24" in expected
    overdue = next(r for r in got if r["resolution"] == "V0654/24")
    checked = overdue["checked_on"]      # the server's today: a run may cross midnight after TODAY was taken
    assert overdue["next_review"] == "2024-09-30" and TODAY <= checked <= date.today().isoformat()
    assert overdue["days_overdue"] == (date.fromisoformat(checked) - date(2024, 9, 30)).days
    assert [r["days_overdue"] for r in got] == sorted((r["days_overdue"] for r in got), reverse=True)


def test_deadlines_that_passed(corpus, which):
    name, server = which
    latest = {}
    for l in sorted(letters_of(corpus, name), key=lambda l: (l.record.letter_date, l.id)):
        for m in l.record.mandates:
            latest[(m.resolution or l.record.resolution, m.number)] = m.status
    expected = {(m.resolution, m.number, d) for l in letters_of(corpus, name) for m in l.record.mandates
                for d in m.deadlines if period(d)[1] < TODAY and latest[(m.resolution, m.number)] != "done"}
    got = rows(server, "verstrichene_fristen")
    assert {(r["resolution"], r["point"], r["deadline"]) for r in got} == expected
    assert ("A1577/21", "1", "2023-06") in expected
    assert (("V9903/22", "1", "2023-12") in expected) == (name == "full")


def test_resolutions_not_implemented_by_age(corpus, which):
    name, server = which
    latest = latest_by_resolution(letters_of(corpus, name))
    expected = {res for res, r in latest.items()
                if overall_status([m.status for m in r.mandates]) not in ("done", "rejected")}
    got = rows(server, "offene_beschluesse")
    assert {r["resolution"] for r in got} == expected and "A1577/21" in expected
    dates = [r["first_letter_date"] for r in got]
    assert dates == sorted(dates)
    assert all(r["days_since_first_letter"] > 0 for r in got)


def test_history_of_one_resolution(corpus, which):
    _, server = which
    got = rows(server, "beschluss_verlauf", resolution="V1933/23")
    series = [corpus.letters[k].record for k in ("s1", "s2", "s3")]
    expected = [(i, r.letter_date, m.number, m.status) for i, r in enumerate(series, 1) for m in r.mandates]
    assert [(r["sequence"], r["letter_date"], r["point"], r["point_status"]) for r in got] == expected
    assert [r["report_type"] for r in got][-1] == "final"
    assert rows(server, "beschluss_verlauf", resolution="V0000/00") == []


def test_word_form_search(corpus, which):
    name, server = which
    p4 = corpus.letters["p4"].record
    for q in ("Spielplatz", "spielplätzen sanieren", "Neubaugebiet"):
        got = rows(server, "wortformen_suche", q=q)
        assert [(r["resolution"], r["point"]) for r in got] == [(p4.resolution, "1")], q
    assert rows(server, "wortformen_suche", q="Spielplatz Zitadelle") == []
    secret = rows(server, "wortformen_suche", q=SECRET_WORDS[0])
    assert len(secret) == (2 if name == "full" else 0)
    assert rows(server, "wortformen_suche", q='") OR "') == []  # operators are not interpreted


def test_letters_per_department_and_year(corpus, which):
    name, server = which
    expected = Counter((l.record.department, int(l.record.letter_date[:4])) for l in letters_of(corpus, name))
    got = rows(server, "briefe_je_bereich_und_jahr")
    assert {(r["department"], r["year"]): r["letters"] for r in got} == expected
    for r in got:
        assert r["done"] + r["in_progress"] + r["not_started"] + r["rejected"] + r["unknown"] == r["letters"]


# ------------------------------------------------------------------ facets and full-text search

def test_facets(corpus, which):
    name, server = which
    data = server.json(FACET_LINK.replace("/archiv/letters?", "/archiv/letters.json?_size=0&"))
    facets = data["facet_results"]
    assert set(facets) == {"status", "report_type", "department", "letter_year"}
    letters = list(letters_of(corpus, name))
    assert {f["value"]: f["count"] for f in facets["status"]["results"]} == Counter(l.record.status for l in letters)
    assert {f["value"]: f["count"] for f in facets["letter_year"]["results"]} == \
        Counter(int(l.record.letter_date[:4]) for l in letters)
    labels = {f["value"]: f["label"] for f in facets["status"]["results"]}
    assert labels["done"] == "umgesetzt"  # the statuses lookup gives the labels
    filtered = server.json("/archiv/letters.json?_shape=array&status=done&report_type=final")
    assert {r["sha256"] for r in filtered} == {l.record.source.sha256 for l in letters
                                               if l.record.status == "done" and l.record.report_type == "final"}


def test_facet_counts_follow_every_change_to_the_archive_while_served(corpus, tmp_path):
    """The full archive's facet counts are kept between requests (archive.query_cache) only until
    another connection commits: a letter deleted or stored while served is counted at once."""
    import shutil

    from archive import store

    archive = tmp_path / "archive.db"
    shutil.copy(corpus.db, archive)
    url = "/archiv/letters.json?_size=0&_facet=status&_facet=letter_year"

    def counts(server):
        facets = server.json(url)["facet_results"]
        return ({f["value"]: f["count"] for f in facets["status"]["results"]},
                {f["value"]: f["count"] for f in facets["letter_year"]["results"]})

    with Server(archive) as server:
        before = [counts(server) for _ in range(6)]        # every SQL thread has answered, and kept it
        assert all(c == before[0] for c in before)
        rows = server.json("/archiv/letters.json?_shape=array&_size=max")
        gone = rows[0]
        conn = store.connect(archive)
        store.delete_document(conn, gone["sha256"])
        for _ in range(6):
            status, years = counts(server)
            assert sum(status.values()) == sum(before[0][0].values()) - 1
            assert years.get(gone["letter_year"], 0) == before[0][1][gone["letter_year"]] - 1
        letter = corpus.letters[next(k for k, l in corpus.letters.items() if l.record.source.sha256 == gone["sha256"])]
        store.save_record(conn, letter.record, full_text=letter.full_text, pipeline_version="test")
        conn.close()
        assert all(counts(server) == before[0] for _ in range(6))


def test_full_text_search(corpus, which):
    name, server = which
    got = server.json("/archiv/letters.json?_shape=array&_search=" + quote("Spielplätze"))
    assert [r["resolution"] for r in got] == [corpus.letters["p4"].record.resolution]
    got = server.json("/archiv/letters.json?_shape=array&_search=" + quote(SECRET_WORDS[0]))
    assert [r["resolution"] for r in got] == (["V9901/22"] if name == "full" else [])
    got = server.json("/archiv/mandates.json?_shape=array&_search=" + quote("Neubaugebieten"))
    assert [r["quote"] for r in got] == [corpus.letters["p4"].record.mandates[0].quote]
    subject = corpus.letters["s1"].record.subject.split()[0]
    got = server.json(f"/archiv/letters.json?_shape=array&_search={quote(subject)}")
    assert {"V1933/23"} <= {r["resolution"] for r in got}


# ------------------------------------------------------------------ pages and files

def test_letter_page_shows_points_status_text_and_original(corpus, full):
    letter = corpus.letters["s2"]
    found = full.json(f"/archiv/letters.json?_shape=array&sha256={letter.record.source.sha256}")
    status, _, body = full.get(f"/archiv/letters/{found[0]['id']}")
    page = body.decode()
    assert status == 200
    assert letter.record.subject.replace('"', "&#34;") in page
    for m in letter.record.mandates:
        assert f"point point-{m.status}" in page
        assert m.quote.replace('"', "&#34;")[:40] in page
    assert 'class="ampel ampel-in_progress"' in page and "in Bearbeitung" in page
    assert "Erkannter Text" in page
    link = re.search(r'href="(/-/original/[0-9a-f]{64}\.pdf)"', page).group(1)
    status, headers, data = full.get(link)
    assert status == 200 and data == letter.path.read_bytes()
    assert headers["content-type"] == "application/pdf"
    assert "beschluss_verlauf?resolution=V1933%2F23" in page


def test_original_files(corpus, full, public):
    txt = corpus.letters["o2"]
    for server in (full, public):
        status, headers, data = server.get(f"/-/original/{txt.record.source.sha256}.txt")
        assert status == 200 and data == txt.path.read_bytes()
        assert headers["content-type"].startswith("text/plain")
        assert headers["x-content-type-options"] == "nosniff"
        assert server.get("/-/original/" + "0" * 64)[0] == 404
    secret = corpus.letters["c1"].record.source.sha256
    assert full.get(f"/-/original/{secret}.pdf")[0] == 200
    assert public.get(f"/-/original/{secret}.pdf")[0] == 404


def test_timeline_and_charts_pages(full, public):
    for server in (full, public):
        status, _, body = server.get("/archiv/beschluss_verlauf?resolution=V1933%2F23")
        assert status == 200 and 'class="timeline-letter"' in body.decode() and "Abschlussbericht" in body.decode()
        status, _, body = server.get("/-/diagramme")
        assert status == 200 and "Stand je Geschäftsbereich" in body.decode() and 'class="bar ampel-done"' in body.decode()


def test_home_page_is_self_explanatory(full, public):
    status, _, body = full.get("/")
    assert status == 200 and "Beschlusskontrollen" in body.decode() and "Überfällige Wiedervorlagen" in body.decode()
    for server in (full, public):    # the front page answers first: states, what is overdue, what came last
        page = server.get("/")[2].decode()
        states = server.json("/archiv.json?sql=" + quote("select latest_status, count(*) as n from resolutions "
                                                          "group by 1")) if server is full else None
        assert "Stand der Beschlüsse" in page and 'class="ampel ampel-in_progress"' in page
        assert "Verstrichene Fristen" in page and "Zuletzt eingegangene Briefe" in page
        assert 'action="/archiv/letters"' in page and 'name="_search"' in page
        if states:
            for row in states["rows"]:
                label = {"done": "umgesetzt", "in_progress": "in Bearbeitung", "not_started": "nicht begonnen",
                         "rejected": "abgelehnt / nicht umsetzbar", "unknown": "unbekannt"}[row[0]]
                assert f"{label}: {row[1]}</a>" in page
    data = public.json("/-/metadata.json")
    assert "öffentliche Kopie" in data["title"]


def test_the_letters_table_opens_on_what_people_read(full, public):
    for server in (full, public):
        status, _, body = server.get("/archiv/letters?_size=5")
        page = body.decode()
        assert status == 200, page[-1500:]
        heads = re.findall(r'<th [^>]*data-column="([^"]+)"', page)
        assert heads[:6] == ["id", "resolution", "letter_date", "subject", "status", "department"]
        assert heads.index("sha256") > heads.index("department") and len(heads) == len(set(heads))
        # each cell stays under its own heading
        first_row = re.search(r"<tbody>\s*<tr>(.*?)</tr>", page, re.S).group(1)
        cells = re.findall(r'<td class="col-([\w-]+)', first_row)
        assert cells == heads


# ------------------------------------------------------------------ the public server: read-only, time limits

def test_public_server_is_read_only_with_time_limits(corpus, public, full):
    before = public.json("/archiv/letters.json?_size=0")["filtered_table_rows_count"]
    assert public.get("/archiv.json?sql=" + quote("delete from letters"))[0] in (400, 403)
    assert public.get("/archiv.json?sql=" + quote("select 1"))[0] == 403   # no custom SQL for visitors ...
    status, _, body = public.get("/archiv.db")
    assert status == 200 and body.startswith(b"SQLite format 3")   # ... the database is a download instead
    for path in ("/archiv/letters", "/archiv", "/archiv/letters/1", "/-/upload-csvs", "/archiv/-/create",
                 "/archiv/letters/-/insert", "/archiv/letters/1/-/delete"):
        for method in ("POST", "PUT", "DELETE", "PATCH"):
            assert public.get(path, method=method, data=b"x=1")[0] == 405, (method, path)
    assert public.json("/archiv/letters.json?_size=0")["filtered_table_rows_count"] == before
    slow = "with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c"
    assert public.get("/archiv.json?sql=" + quote(slow))[0] == 403
    started = time.monotonic()
    status, _, body = full.get("/archiv.json?sql=" + quote(slow))   # staff's SQL: bounded by 5 s
    assert time.monotonic() - started < 8
    assert status == 400 and b"took too long" in body
    settings = public.json("/-/settings.json")
    assert settings["suggest_facets"] is False and settings["sql_time_limit_ms"] <= 2000
    for internal in ("/-/versions", "/-/versions.json", "/-/threads", "/-/threads.json", "/-/plugins.json"):
        assert public.get(internal)[0] == 404, internal
    assert public.get("//archiv")[0] == 404      # was a 500


def test_expected_errors_are_cheap_and_logged_in_one_line(public):
    for path, expected in (("/archiv/letters/987654", 404), ("/archiv/letters/987654.json", 404),
                           ("/archiv/no_such_table", 404), ("/archiv/letters?_sort=no_such_column", 400)):
        status, _, body = public.get(path)
        assert status == expected, path
        assert len(body) < 1000 and b"Traceback" not in body
    data = json.loads(public.get("/archiv/letters/987654.json")[2])
    assert data == {"ok": False, "error": "Record not found", "status": 404}
    log = public.log()
    assert "404 GET /archiv/letters/987654: Record not found" in log
    assert "Traceback" not in log and "locals" not in log


def test_serve_refuses_the_full_archive_as_public_and_off_loopback_without_password(corpus):
    def serve(*args, env=None):
        return subprocess.run([str(BIN / "beschlussarchiv"), "serve", "--db", str(corpus.db), *args],
                              cwd=ROOT, capture_output=True, text=True, timeout=60,
                              env={"PATH": "/usr/bin:/bin", **(env or {})})
    result = serve("--public", "--port", "1")
    assert result.returncode == 1 and "not a public copy" in result.stderr
    result = serve("--host", "127.0.0.2", "--port", "1")
    assert result.returncode == 1 and "BESCHLUSSARCHIV_PASSWORD_HASH" in result.stderr


def test_republishing_takes_effect_on_the_running_public_server(corpus, tmp_path):
    import shutil

    from archive import store

    archive = tmp_path / "archive.db"
    shutil.copy(corpus.db, archive)
    public_db = tmp_path / "public.db"
    publish(archive, public_db)
    with Server(public_db, "--public") as server:
        rows = server.json("/archiv/letters.json?_shape=array&_size=max")
        gone = rows[0]
        assert server.get(f"/archiv/letters/{gone['id']}")[0] == 200      # seen, and now in the page cache
        conn = store.connect(archive)
        store.delete_document(conn, gone["sha256"])                       # the archivist withdraws it
        conn.close()
        publish(archive, public_db)
        assert server.get(f"/archiv/letters/{gone['id']}")[0] == 404
        after = server.json("/archiv/letters.json?_shape=array&_size=max")
        assert len(after) == len(rows) - 1 and gone["sha256"] not in {r["sha256"] for r in after}


def test_resolution_history_finds_the_resolution_in_any_case(corpus, which):
    _, server = which
    rows = server.json("/archiv/resolutions.json?_shape=array&_size=1")
    resolution = rows[0]["resolution"]
    exact = server.json(f"/archiv/beschluss_verlauf.json?_shape=array&resolution={quote(resolution)}")
    assert exact
    for typed in (resolution.lower(), f"  {resolution.lower()} "):
        assert server.json(f"/archiv/beschluss_verlauf.json?_shape=array&resolution={quote(typed)}") == exact


# ------------------------------------------------------------------ the search box understands German

def _ids(server, table: str, words: str) -> set[int]:
    return {r["id"] for r in server.json(f"/archiv/{table}.json?_shape=array&_size=max&_search={quote(words)}")}


def test_the_search_box_finds_word_forms_folded_spellings_and_compounds(which):
    _, server = which
    rows = server.json("/archiv/mandates.json?_shape=array&_size=max")
    assert rows
    spielplatz = {r["id"] for r in rows if "Spielplätze" in r["quote"]}
    assert spielplatz and _ids(server, "mandates", "Spielplatz") >= spielplatz          # a word form
    assert _ids(server, "mandates", "Spielplaetze") == _ids(server, "mandates", "Spielplätze") >= spielplatz  # ae
    assert _ids(server, "mandates", "Spiel") >= spielplatz                             # a compound's first part
    letters = server.json("/archiv/letters.json?_shape=array&_size=max")
    strasse = {r["id"] for r in letters if "straße" in (r["subject"] or "").lower()} or None
    if strasse:
        assert _ids(server, "letters", "strasse") >= strasse                           # ß as ss
    for nasty in ('"', 'Spielplatz"', "AND OR NOT", "(", "*"):
        status, _, body = server.get(f"/archiv/letters?_search={quote(nasty)}")
        assert status == 200, (nasty, body[:300])
    status, _, body = server.get(f"/archiv/mandates?_search={quote('Spielplätze')}")
    assert 'value="Spielplätze"' in body.decode()                                      # the box shows what was typed


# ------------------------------------------------------------------ feeds

def test_atom_feeds_of_letters_overdue_reviews_deadlines_and_one_resolution(which):
    import xml.etree.ElementTree as ET

    kind, server = which
    ns = {"a": "http://www.w3.org/2005/Atom"}
    letters = server.json("/archiv/letters.json?_shape=array&_size=max&kind=beschlusskontrolle")
    overdue = server.json("/archiv/overdue_reviews.json?_shape=array&_size=max")
    for path, expected in (("/-/feeds/briefe.atom", min(len(letters), 50)),
                           ("/-/feeds/wiedervorlagen.atom", min(len(overdue), 50)),
                           ("/-/feeds/fristen.atom", None)):
        status, headers, body = server.get(path)
        assert status == 200 and headers["content-type"].startswith("application/atom+xml"), path
        entries = ET.fromstring(body).findall("a:entry", ns)
        if expected is not None:
            assert len(entries) == expected, path
        for e in entries:
            assert e.find("a:title", ns).text and e.find("a:link", ns).get("href").startswith(server.base)
    resolution = letters[0]["resolution"]
    status, _, body = server.get(f"/-/feeds/beschluss/{quote(resolution, safe='')}.atom")
    assert status == 200 and ET.fromstring(body).findall("a:entry", ns)
    page = server.get(f"/archiv/beschluss_verlauf?resolution={quote(resolution)}")[2].decode()
    assert f'/-/feeds/beschluss/{quote(resolution, safe="")}.atom' in page
    assert server.get("/-/feeds/beschluss/X0000%2F00.atom")[0] == 404


def test_one_department_however_spelled_is_one_bar_and_one_page(corpus, tmp_path):
    import shutil

    from archive import store

    db = tmp_path / "archive.db"
    shutil.copy(corpus.db, db)
    conn = store.connect(db)
    with store.transaction(conn):
        ids = [r[0] for r in conn.execute("SELECT id FROM letters WHERE kind = 'beschlusskontrolle' LIMIT 3")]
        for i, spelling in zip(ids, ("Geschäftsbereich Arbeit, Soziales, Gesundheit und Wohnen",
                                     "Geschäftsbereich für Arbeit, Soziales, Gesundheit und Wohnen",
                                     "GESCHÄFTSBEREICH ARBEIT, SOZIALES, GESUNDHEIT UND WOHNEN")):
            conn.execute("UPDATE letters SET department = ?, department_key = department_key(?) WHERE id = ?",
                         (spelling, spelling, i))
    conn.close()
    with Server(db) as server:
        page = server.get("/-/diagramme")[2].decode()
        assert page.count("GESCHÄFTSBEREICH ARBEIT") + page.count("Geschäftsbereich für Arbeit") == 1
        rows = server.json("/archiv/geschaeftsbereich.json?_shape=array&department="
                           + quote("geschäftsbereich arbeit soziales gesundheit wohnen"))
        assert sorted(r["letter_id"] for r in rows) == sorted(ids)


# ------------------------------------------------------------------ search at scale

def test_a_common_word_walks_the_letters_newest_first(tmp_path):
    """More than WALK_FROM matches: the search walks the letters newest first (no count of all
    matches) and gives exactly the letters, order and pages that fetching every match gives."""
    import hashlib

    from archive import store
    from archive.datasette_plugin import WALK_FROM
    from archive.stemming import stems
    from archive.rows import record_rows
    from models import Record
    from tests.bench_serve import variant
    from tests.letters.generate import random_spec, render, truth_of

    bases = []
    for i in range(4):
        spec = random_spec(4242 + i, f"w{i}")
        text = render(spec, "txt")
        record = Record.model_validate({**truth_of(spec), "warnings": [], "source": {
            "path": f"{spec.id}.txt", "sha256": hashlib.sha256(text).hexdigest(), "media_type": "text/plain",
            "pages": 1, "ocr": False}})
        bases.append(record_rows(record, full_text=text.decode("utf-8"), size=len(text), pipeline_version="t",
                                 ingested_at="2026-01-01T00:00:00+00:00"))
    conn = store.open_archive(tmp_path / "many.db")
    with store.transaction(conn):
        for i in range(WALK_FROM + 200):
            store.write_rows(conn, variant(bases[i % 4], i))

    def expected(word: str) -> list[int]:
        return [r[0] for r in conn.execute(
            "SELECT id FROM letters WHERE copy_of IS NULL AND id IN (SELECT rowid FROM letters_stem_fts "
            "WHERE letters_stem_fts MATCH ?) ORDER BY letter_date DESC, id", (f'"{stems(word)[0]}"*',))]

    # a word of every letter (more than WALK_FROM matches)
    word = next(w for w in re.findall(r"[A-Za-zäöüß]{8,}", bases[0].document["full_text"])
                if len(expected(w)) > WALK_FROM)
    everything = expected(word)
    with Server(tmp_path / "many.db") as server:
        page = server.json(f"/archiv/letters.json?_search={quote(word)}&_size=100")
        assert page["filtered_table_rows_count"] is None       # not counted: that would read every letter
        got = [row[0] for row in page["rows"]]
        while page.get("next_url") and len(got) < 300:
            page = server.json(page["next_url"].split(str(server.port), 1)[1])
            got += [row[0] for row in page["rows"]]
        assert got == everything[:len(got)] and len(got) >= 300
        status, _, body = server.get(f"/archiv/letters?_search={quote(word)}")
        assert status == 200 and "nicht gezählt" in body.decode()
        # a word of some letters only: few matches, fetched and counted as before
        rare = next(w for w in re.findall(r"[A-Za-zäöüß]{8,}", bases[1].document["full_text"])
                    if 0 < len(expected(w)) <= WALK_FROM)
        page = server.json(f"/archiv/letters.json?_search={quote(rare)}&_size=max")
    assert page["filtered_table_rows_count"] == len(page["rows"]) == len(expected(rare))
    assert [row[0] for row in page["rows"]] == expected(rare)
    conn.close()
