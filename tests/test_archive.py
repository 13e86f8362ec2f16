"""The archive's schema, rows, search and views, on records built directly (no extraction)."""
from __future__ import annotations

import random
import sqlite3
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from archive import schema, store
from archive.rows import period
from archive.stemming import stem_query, stem_text
from models import Record
from models.record import Alias, Mandate, Person, Source

FTS_TABLES = ("letters_fts", "mandates_fts", "letters_stem_fts", "mandates_stem_fts")


def sha(n: int) -> str:
    return f"{n:064x}"


def make_record(n: int, **fields) -> Record:
    base = dict(
        source=Source(path=f"letters/bk_{n}.pdf", sha256=sha(n), media_type="application/pdf", pages=2, ocr=False),
        kind="beschlusskontrolle", city="Landeshauptstadt Dresden", department="Geschäftsbereich Bildung",
        letter_date="2021-10-13", resolution="V0870/21", session_number="SR/026/2021",
        subject="Spielplätze in Neubaugebieten", confidential=False,
        recipients="An alle Fraktionen des Stadtrates", report_type="interim", next_review="2022-02-28",
        sender=Person(name="Dr. Peter Lames", role="Beigeordneter"),
        acknowledged_by=Person(name="Dirk Hilbert", role="Oberbürgermeister"),
        mandates=[Mandate(number="1", resolution="V0870/21", quote="Der Spielplatz ist zu sanieren.",
                          response="Die Anträge auf Fördermittel wurden gestellt.", status="in_progress",
                          deadlines=["2022-07"])],
        status="in_progress")
    base.update(fields)
    return Record(**base)


def q(conn: sqlite3.Connection, sql: str, *args) -> list[tuple]:
    return [tuple(r) for r in conn.execute(sql, args)]


def check_consistent(conn: sqlite3.Connection) -> None:
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert q(conn, "PRAGMA foreign_key_check") == []
    for table in FTS_TABLES:  # the index agrees with its content table, row by row
        conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")


@pytest.fixture
def conn(tmp_path):
    c = store.open_archive(tmp_path / "archive.db")
    yield c
    c.close()


# ------------------------------------------------------------------ schema

def test_schema_is_versioned_and_migrating_twice_changes_nothing(tmp_path):
    path = tmp_path / "a.db"
    store.open_archive(path).close()
    c = store.open_archive(path)
    assert c.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    names = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    assert {"documents", "document_paths", "letters", "letter_resolutions", "mandates", "deadlines", "statuses",
            "ingest_runs", "ingest_errors", "resolutions", "resolution_history", "overdue_reviews",
            "overdue_deadlines", *FTS_TABLES} <= names
    statuses = {r["code"]: (r["label"], r["ampel"]) for r in c.execute("SELECT * FROM statuses")}
    assert statuses["done"] == ("umgesetzt", "green") and statuses["rejected"][1] == "grey"
    assert statuses["not_started"][1] == "red" and statuses["in_progress"][1] == "yellow"


def test_a_newer_archive_is_refused(tmp_path):
    path = tmp_path / "a.db"
    c = store.open_archive(path)
    c.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    c.close()
    with pytest.raises(schema.SchemaTooNew):
        store.open_archive(path)


FILTERED = [("letters", c) for c in ("kind", "city", "department", "letter_date", "letter_year", "resolution",
                                     "session_number", "confidential", "report_type", "status", "next_review_due")] + [
    ("mandates", "status"), ("mandates", "resolution"), ("letter_resolutions", "resolution"),
    ("deadlines", "due_date"), ("documents", "media_type"), ("documents", "ocr"),
    ("document_paths", "path"), ("ingest_errors", "path"), ("ingest_errors", "current")]


@pytest.mark.parametrize("table,column", FILTERED, ids=[f"{t}.{c}" for t, c in FILTERED])
def test_filtered_columns_are_indexed(conn, table, column):
    leading = set()
    for index in conn.execute(f"PRAGMA index_list({table})").fetchall():
        first = conn.execute(f"PRAGMA index_info({index['name']})").fetchone()
        leading.add(first["name"])
    assert column in leading


@pytest.mark.parametrize("value,expected", [
    pytest.param("2022-07", ("month", "2022-07-31"), id="month"),
    pytest.param("2024-02", ("month", "2024-02-29"), id="leap-february"),
    pytest.param("2024", ("year", "2024-12-31"), id="year"),
    pytest.param("2023-06-30", ("day", "2023-06-30"), id="day"),
    pytest.param("2023-02-30", (None, None), id="no-such-day"),
    pytest.param("Ende 2024", (None, None), id="not-iso"),
    pytest.param(None, (None, None), id="none"),
])
def test_period_of_a_partial_date(value, expected):
    assert period(value) == expected


# ------------------------------------------------------------------ round trip

_text = st.text(max_size=40)
_opt = st.none() | _text
_partial = st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)).flatmap(
    lambda d: st.sampled_from([d.isoformat(), d.isoformat()[:7], d.isoformat()[:4]]))
_status = st.sampled_from(["done", "in_progress", "not_started", "rejected", "unknown"])
_person = st.none() | st.builds(Person, name=_opt, role=_opt)
_mandate = st.builds(Mandate, number=st.text(min_size=1, max_size=4), resolution=_opt, quote=_text,
                     response=_text, status=_status, deadlines=st.lists(_partial | _text, max_size=3))
_source = st.builds(Source, path=st.text(min_size=1, max_size=30),
                    sha256=st.text("0123456789abcdef", min_size=64, max_size=64),
                    media_type=st.sampled_from(["application/pdf", "image/png", "image/tiff", "image/jpeg", "text/plain"]),
                    pages=st.integers(0, 500), ocr=st.booleans())
records = st.builds(
    Record, source=_source, kind=st.sampled_from(["beschlusskontrolle", "unknown"]), city=_opt, department=_opt,
    file_number=_opt, letter_date=st.none() | _partial, resolution=_opt, session_number=_opt, subject=_opt,
    also_concerns=st.lists(st.builds(Alias, resolution=_text, session_number=_opt, subject=_opt), max_size=3),
    confidential=st.none() | st.booleans(), recipients=_opt, report_type=st.none() | st.sampled_from(["interim", "final"]),
    next_review=st.none() | _partial, sender=_person, acknowledged_by=_person,
    mandates=st.lists(_mandate, max_size=4), status=_status, warnings=st.lists(_text, max_size=3))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(record=records, full_text=st.text(max_size=200))
def test_save_then_load_gives_back_the_record(record, full_text):
    conn = store.open_archive(":memory:")
    store.save_record(conn, record, full_text=full_text, size=123)
    store.save_record(conn, record, full_text=full_text, size=123)  # storing again replaces it
    assert list(store.load_records(conn)) == [record]
    check_consistent(conn)


# ------------------------------------------------------------------ storing, replacing, deleting

def test_storing_again_replaces_and_keeps_the_letter_id(conn):
    first = store.save_record(conn, make_record(1), full_text="Erste Fassung über Brunnen")
    store.save_record(conn, make_record(2))
    again = store.save_record(conn, make_record(1, subject="Trinkwasser", mandates=[]), full_text="Zweite Fassung")
    assert again == first
    counts = store.counts(conn)
    assert (counts["documents"], counts["letters"], counts["mandates"], counts["deadlines"]) == (2, 2, 1, 1)
    assert q(conn, "SELECT rowid FROM letters_fts WHERE letters_fts MATCH 'Fassung'") == [(first,)]
    assert q(conn, "SELECT rowid FROM letters_fts WHERE letters_fts MATCH 'Brunnen'") == []
    check_consistent(conn)


def test_the_same_document_under_two_paths_is_one_document(conn):
    store.save_record(conn, make_record(1), paths=["/archive/a.pdf", "/archive/copy of a.pdf"])
    assert store.counts(conn)["documents"] == 1
    paths = {r[0] for r in conn.execute("SELECT path FROM document_paths WHERE sha256 = ?", (sha(1),))}
    assert paths == {"letters/bk_1.pdf", "/archive/a.pdf", "/archive/copy of a.pdf"}


def test_deleting_a_document_leaves_nothing_derived(conn):
    store.save_record(conn, make_record(1), full_text="Spielplatz")
    store.save_record(conn, make_record(2), full_text="Spielplatz")
    store.delete_document(conn, sha(1))
    assert store.counts(conn)["documents"] == 1
    for table in FTS_TABLES:
        ids = conn.execute(f"SELECT rowid FROM {table}").fetchall()
        assert len(ids) == 1, table
    check_consistent(conn)


# ------------------------------------------------------------------ search

@pytest.mark.parametrize("query,expected", [
    pytest.param("Spielplätze", '"spielplatz"', id="plural-umlaut"),
    pytest.param("Anträge", '"antrag"', id="antraege"),
    pytest.param("Straße AND  Brunnen*", '"strass" "and" "brunn"', id="operators-are-words"),
    pytest.param("   ", '""', id="empty"),
])
def test_stem_query(query, expected):
    assert stem_query(query) == expected


def test_stems_fold_case_umlauts_and_forms():
    assert stem_text("Spielplätze SPIELPLATZ Spielplatzes") == "spielplatz spielplatz spielplatz"


@pytest.mark.parametrize("query", ["Spielplätze", "spielplatz", "Anträgen", "Antrag", "Fördermittel"])
def test_word_form_search_over_mandates(conn, query):
    store.save_record(conn, make_record(1))
    store.save_record(conn, make_record(2, mandates=[Mandate(number="1", quote="Radwege bauen", status="unknown")]))
    hits = conn.execute("SELECT m.letter_id FROM mandates m WHERE m.id IN (SELECT rowid FROM mandates_stem_fts "
                        "WHERE mandates_stem_fts MATCH stem_query(?))", (query,)).fetchall()
    assert [h[0] for h in hits] == [1]


def test_plain_search_ignores_diacritics_and_covers_the_full_text(conn):
    store.save_record(conn, make_record(1), full_text="Der Oberbürgermeister berichtet über Brunnen.")
    assert q(conn, "SELECT rowid FROM letters_fts WHERE letters_fts MATCH 'Oberburgermeister'") == [(1,)]
    assert q(conn, "SELECT rowid FROM letters_fts WHERE letters_fts MATCH 'Spielplatze'") == [(1,)]
    assert q(conn, "SELECT rowid FROM mandates_fts WHERE mandates_fts MATCH 'Antrage'") == [(1,)]
    assert q(conn, "SELECT rowid FROM letters_stem_fts WHERE letters_stem_fts MATCH stem_query('Brunnens')") == [(1,)]


# ------------------------------------------------------------------ views over a series of letters

def _point(status: str, deadlines=(), number="1", resolution=None) -> Mandate:
    return Mandate(number=number, resolution=resolution, quote=f"Punkt {number}", response=f"Antwort: {status}",
                   status=status, deadlines=list(deadlines))


def test_views_follow_a_resolution_over_time(conn):
    today = date.today()
    past = lambda days: (today - timedelta(days=days)).isoformat()  # noqa: E731
    future = (today + timedelta(days=90)).isoformat()
    # A: interim -> interim -> final, all done in the end.
    series_a = [
        make_record(1, resolution="A0001/20", letter_date=past(700), next_review=past(500), report_type="interim",
                    mandates=[_point("not_started"), _point("in_progress", ["2020-01"], number="2")],
                    status="in_progress"),
        make_record(2, resolution="A0001/20", letter_date=past(510), next_review=past(300), report_type="interim",
                    mandates=[_point("in_progress", [past(400)[:7]]), _point("done", number="2")], status="in_progress"),
        make_record(3, resolution="A0001/20", letter_date=past(310), next_review=None, report_type="final",
                    mandates=[_point("done"), _point("done", number="2")], status="done"),
    ]
    # B: interim -> interim whose announced review passed 30 days ago without a further letter.
    series_b = [
        make_record(4, resolution="B0002/21", letter_date=past(400), next_review=past(200),
                    mandates=[_point("not_started")], status="not_started"),
        make_record(5, resolution="B0002/21", letter_date=past(210), next_review=past(30),
                    mandates=[_point("in_progress", [past(60)])], status="in_progress"),
    ]
    # C: one letter, review still ahead; it also reports on B in passing (also_concerns).
    c = make_record(6, resolution="C0003/22", letter_date=past(10), next_review=future,
                    also_concerns=[Alias(resolution="D0004/22", subject="Nebenbei")],
                    mandates=[_point("done", resolution="C0003/22"), _point("rejected", resolution="D0004/22")],
                    status="done")
    other = make_record(7, kind="unknown", resolution=None, mandates=[], status="unknown")
    for record in [series_a[2], series_b[1], series_a[0], c, series_b[0], series_a[1], other]:  # any order
        store.save_record(conn, record)

    rows = {r["resolution"]: dict(r) for r in conn.execute("SELECT * FROM resolutions")}
    assert set(rows) == {"A0001/20", "B0002/21", "C0003/22", "D0004/22"}
    a = rows["A0001/20"]
    assert (a["letter_count"], a["first_letter_date"], a["latest_letter_date"]) == (3, past(700), past(310))
    assert (a["latest_status"], a["latest_report_type"], a["next_review"], a["final_reported"]) == ("done", "final", None, 1)
    assert rows["B0002/21"]["latest_status"] == "in_progress" and rows["B0002/21"]["next_review"] == past(30)
    assert rows["D0004/22"]["latest_status"] == "rejected"  # from its own points, not the letter's status

    history = conn.execute("SELECT sequence, letter_date, point, point_status, deadlines FROM resolution_history "
                           "WHERE resolution = 'A0001/20'").fetchall()
    assert [tuple(r) for r in history] == [
        (1, past(700), "1", "not_started", None), (1, past(700), "2", "in_progress", "2020-01"),
        (2, past(510), "1", "in_progress", past(400)[:7]), (2, past(510), "2", "done", None),
        (3, past(310), "1", "done", None), (3, past(310), "2", "done", None)]

    overdue = [dict(r) for r in conn.execute("SELECT * FROM overdue_reviews")]
    assert [(r["resolution"], r["next_review"], r["checked_on"], r["days_overdue"]) for r in overdue] == [
        ("B0002/21", past(30), today.isoformat(), 30)]

    late = [dict(r) for r in conn.execute("SELECT * FROM overdue_deadlines")]
    # A's deadlines were met (the points are done by now); B's promise of 60 days ago is open.
    assert [(r["resolution"], r["point"], r["deadline"], r["latest_status"]) for r in late] == [
        ("B0002/21", "1", past(60), "in_progress")]
    assert late[0]["checked_on"] == today.isoformat() and late[0]["days_overdue"] == 60


# ------------------------------------------------------------------ derived state (schema 2) = schema 1's views

V1_VIEW_NAMES = ("resolution_letters", "resolutions", "resolution_history", "overdue_reviews", "overdue_deadlines")


def _v1_sql(sql: str) -> str:
    import re
    sql = re.sub(r"\bresolution_letters\b", "v1_resolution_letters", sql)
    return re.sub(r"\bresolutions\b", "v1_resolutions", sql)


def _v1_views_as_temp(conn: sqlite3.Connection) -> None:
    """Schema 1's views (window functions over the base tables) as temp views v1_<name>."""
    for name in V1_VIEW_NAMES:
        conn.execute(f"DROP VIEW IF EXISTS temp.v1_{name}")
        conn.execute(f"CREATE TEMP VIEW v1_{name} AS {_v1_sql(schema.VIEWS_V1[name])}")


def _rows(conn: sqlite3.Connection, sql: str) -> tuple[list[str], list[tuple]]:
    cursor = conn.execute(sql)
    rows = [tuple(r) for r in cursor]
    return [c[0] for c in cursor.description], sorted(rows, key=repr)


def assert_views_match_schema_1(conn: sqlite3.Connection) -> None:
    _v1_views_as_temp(conn)
    for name in V1_VIEW_NAMES:
        assert _rows(conn, f"SELECT * FROM main.{name}") == _rows(conn, f"SELECT * FROM v1_{name}"), name


def _random_record(rng, n: int, resolutions: list[str]) -> Record:
    today = date.today()
    day = lambda: (today + timedelta(days=rng.randrange(-900, 200))).isoformat()  # noqa: E731
    partial = lambda: rng.choice([day(), day()[:7], day()[:4]])  # noqa: E731
    own = rng.choice([*resolutions, None])
    others = rng.sample([r for r in resolutions if r != own], rng.randrange(0, 3))
    statuses = ["done", "in_progress", "not_started", "rejected", "unknown"]
    points = [Mandate(number=str(i + 1), resolution=rng.choice([None, own, *others]), quote=f"Punkt {i}",
                      response="Antwort", status=rng.choice(statuses),
                      deadlines=[partial() for _ in range(rng.randrange(0, 3))])
              for i in range(rng.randrange(0, 4))]
    return make_record(
        n, kind=rng.choice(["beschlusskontrolle"] * 5 + ["unknown"]), resolution=own,
        letter_date=rng.choice([partial(), partial(), None]), file_number=rng.choice([None, "GZ 1", "GZ 2"]),
        subject=rng.choice([None, f"Betreff {n}"]), session_number=rng.choice([None, "SR/1/2020"]),
        report_type=rng.choice(["interim", "final", None]), next_review=rng.choice([None, partial()]),
        also_concerns=[Alias(resolution=r, subject=rng.choice([None, f"Auch {r}"])) for r in others],
        mandates=points, status=rng.choice(statuses), confidential=rng.choice([False, True, None]))


@pytest.mark.parametrize("seed", range(6))
def test_derived_state_gives_schema_1_views_through_writes_rewrites_and_deletes(conn, seed):

    rng = random.Random(seed)
    resolutions = ["A0001/20", "B0002/21", "C0003/22", "D0004/22"]
    stored: set[int] = set()
    for step in range(40):
        n = rng.randrange(1, 16)
        if n in stored and rng.random() < 0.25:
            store.delete_document(conn, sha(n))
            stored.discard(n)
        else:  # a new document, or the same document read again with other content (--reprocess)
            store.save_record(conn, _random_record(rng, n, resolutions))
            stored.add(n)
        if step % 5 == 4:
            assert_views_match_schema_1(conn)
    assert_views_match_schema_1(conn)
    assert conn.execute("SELECT count(*) FROM resolutions").fetchone()[0] > 0
    check_consistent(conn)
    # The charts count overdue deadlines on deadline_state with the view's condition.
    from archive.datasette_plugin import CHART_FALLBACKS, CHART_QUERIES
    for name, sql in CHART_FALLBACKS.items():
        assert q(conn, CHART_QUERIES[name]) == q(conn, sql)


def test_an_archive_of_schema_1_is_upgraded_in_place(tmp_path):

    rng = random.Random(99)
    path = tmp_path / "old.db"
    c = store.open_archive(path)
    for n in range(1, 30):
        store.save_record(c, _random_record(rng, n, ["A0001/20", "B0002/21", "C0003/22"]))
    # What schema 1 left behind: its views, no derived tables, user_version 1.
    with store.transaction(c):
        for table in ("resolution_letter_state", "resolution_state", "deadline_state"):
            c.execute(f"DROP TABLE {table}")
        for index in ("idx_letters_kind_letter_year_status", "idx_letters_kind_department_status"):
            c.execute(f"DROP INDEX {index}")
        for name, sql in schema.VIEWS_V1.items():
            c.execute(f"DROP VIEW {name}")
            c.execute(f"CREATE VIEW {name} AS {sql}")
        c.execute("DROP VIEW current_decisions")      # schema 3's
        c.execute("DROP TABLE decisions")
        c.execute("DROP INDEX idx_letters_kind_department_key_status")   # schema 4's
        c.execute("ALTER TABLE letters DROP COLUMN department_key")
        c.execute("DROP VIEW current_corrections")    # schema 5's
        c.execute("DROP VIEW briefe")
        c.execute("DROP TABLE corrections")
        c.execute("DROP TABLE provenance")
        c.execute("ALTER TABLE letters DROP COLUMN corrected")
        for column in ("letter_date", "status", "report_type", "department", "letter_year"):   # schema 6's
            c.execute(f"DROP INDEX idx_letters_original_{column}")
        c.execute("DROP INDEX idx_letters_copies")
        c.execute("DROP INDEX idx_letters_resolution_letter_date")
        c.execute("ALTER TABLE letters DROP COLUMN copy_of")
        c.execute("PRAGMA user_version = 1")
    before = {name: _rows(c, f"SELECT * FROM {name}") for name in V1_VIEW_NAMES}
    assert before["resolutions"][1] and before["resolution_history"][1]
    c.close()

    c = store.open_archive(path)  # migrates 1 -> 2 -> 3 -> 4 -> 5 -> 6
    try:
        assert schema.schema_version(Database(c)) == schema.SCHEMA_VERSION == 6
        assert c.execute("SELECT count(*) FROM letters WHERE department IS NOT NULL AND department_key IS NULL"
                         ).fetchone()[0] == 0
        assert c.execute("SELECT count(*) FROM decisions").fetchone()[0] == 0
        assert {name: _rows(c, f"SELECT * FROM {name}") for name in V1_VIEW_NAMES} == before
        store.save_record(c, _random_record(rng, 5, ["A0001/20", "B0002/21"]))  # the state stays maintained
        store.delete_document(c, sha(7))
        assert_views_match_schema_1(c)
        check_consistent(c)
    finally:
        c.close()


def test_views_are_indexed_selects(conn):
    """The pages people open read the derived tables through indexes, not a scan of the letters."""
    plans = {
        "resolutions": "SELECT * FROM resolutions ORDER BY latest_letter_date DESC LIMIT 30",
        "overdue_reviews": "SELECT * FROM overdue_reviews",
        "overdue_deadlines": "SELECT * FROM overdue_deadlines",
        "history": "SELECT * FROM resolution_history WHERE resolution = 'A0001/20'",
    }
    for name, sql in plans.items():
        plan = " | ".join(r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}"))
        assert "SCAN l" not in plan and "SCAN letters" not in plan, (name, plan)
        assert "USING INDEX" in plan or "USING COVERING INDEX" in plan or "PRIMARY KEY" in plan, (name, plan)


def test_letters_without_copies_are_counted_and_walked_by_index(conn):
    """The front page's facets over the letters without copies read an index alone, and a search
    with many matches walks the letters newest first (archive.datasette_plugin.walk_common_search)."""
    rng = random.Random(6)
    for n in range(1, 200):
        store.save_record(conn, _random_record(rng, n, ["A0001/20", "B0002/21", "C0003/22"]))
    conn.execute("ANALYZE")
    for column in ("status", "report_type", "department", "letter_year"):
        plan = " | ".join(r[3] for r in conn.execute(
            f"EXPLAIN QUERY PLAN SELECT {column}, count(*) FROM letters WHERE copy_of IS NULL GROUP BY {column}"))
        assert f"COVERING INDEX idx_letters_original_{column}" in plan, plan
    plan = " | ".join(r[3] for r in conn.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM letters WHERE copy_of IS NULL AND +id IN "
        "(SELECT rowid FROM letters_stem_fts WHERE letters_stem_fts MATCH 'x') ORDER BY letter_date DESC, id LIMIT 101"))
    assert "idx_letters_original_letter_date" in plan and "TEMP B-TREE FOR ORDER BY" not in plan, plan



def vm_steps(conn: sqlite3.Connection, writes: list) -> float:
    """SQLite VM instructions per write: the SQL work done, whatever else runs on the machine."""
    steps = 0

    def tick() -> int:
        nonlocal steps
        steps += 1
        return 0

    conn.set_progress_handler(tick, 100)
    try:
        for write in writes:
            write()
    finally:
        conn.set_progress_handler(None, 0)
    return steps * 100 / len(writes)


def test_storing_a_letter_does_the_same_work_in_a_ten_times_larger_archive(tmp_path):
    """Constant write cost (issue 13): storing, re-storing and deleting letters do as much SQL work in
    an archive of 1,000 letters as in one of 100 (derived state, copies and search rows included).
    Counted in VM instructions, which a scan of the archive multiplies and machine load does not
    change: the refresh before 6aa4285, which walked every letter, did 2.5x the work at 1,000.
    tests/bench_store.py times the same at 1,000 and 100,000 letters."""

    c = store.open_archive(tmp_path / "archive.db")

    def letters(rng, first: int, count: int) -> list[Record]:
        out: list[Record] = []
        for n in range(first, first + count):
            if out and rng.random() < 0.1:    # another document (a scan, say) of the letter before
                source = out[-1].source.model_copy(update={"sha256": sha(n)})
                out.append(out[-1].model_copy(update={"source": source}))
            else:                             # about three letters per resolution, whatever the archive's size
                out.append(_random_record(rng, n, [f"R{n // 3 + j:05d}/20" for j in range(4)]))
        return out

    def save(rec: Record) -> None:
        store.save_record(c, rec, full_text=f"Bericht zu {rec.resolution}: {rec.subject}, Spielplätze, Brunnen")

    def delete(rec: Record) -> None:
        store.delete_document(c, rec.source.sha256)

    rng, n, work = random.Random(13), 1, {}
    for size in (100, 1000):
        for rec in letters(rng, n, size + 1 - n):
            save(rec)
        probe = letters(random.Random(7), size + 1, 40)    # the same writes at both sizes, continuing the series
        n = size + 41
        work[size] = vm_steps(c, [lambda r=r: save(r) for r in probe]
                               + [lambda r=r: save(r) for r in probe[:20]]       # read again
                               + [lambda r=r: delete(r) for r in probe[20:30]])
    derived = ("resolution_letter_state", "resolution_state", "deadline_state")
    kept = {t: _rows(c, f"SELECT * FROM {t}") for t in derived}
    with store.transaction(c):
        schema.refresh_derived(c)     # the whole archive at once: what the writes kept up to date
    assert {t: _rows(c, f"SELECT * FROM {t}") for t in derived} == kept
    check_consistent(c)
    c.close()
    assert work[1000] < 1.2 * work[100], work


def test_spellings_of_one_department_are_one_key():
    from archive.stemming import department_key

    a = department_key("Geschäftsbereich Arbeit, Soziales, Gesundheit und Wohnen")
    assert a == department_key("Geschäftsbereich für Arbeit, Soziales, Gesundheit und Wohnen")
    assert a == department_key("GESCHÄFTSBEREICH ARBEIT, SOZIALES,\nGESUNDHEIT UND WOHNEN")
    assert a != department_key("Geschäftsbereich Kultur und Wissenschaft")
    assert department_key("Straßen- und Tiefbauamt") == department_key("Strassen- und Tiefbauamt")
    assert department_key(None) is None and department_key("und") is None


def test_one_person_is_one_key_and_the_person_query_finds_every_spelling(conn):
    from archive.metadata import build
    from archive.stemming import person_key

    assert person_key("Dr. Peter Lames") == person_key("Peter Lames") == person_key("PETER  LAMES")
    assert person_key("Prof. Dr.-Ing. Anna Müller") == person_key("Anna Mueller")
    assert person_key("Peter Lames") != person_key("Petra Lammers") and person_key(None) is None
    sql = build()["databases"]["archiv"]["queries"]["person"]["sql"]
    for n, (sender, ack) in enumerate([("Dr. Peter Lames", "Dirk Hilbert"), ("Peter Lames", None),
                                       ("Anna Weber", "DIRK HILBERT")], start=1):
        store.save_record(conn, Record.model_validate({
            "source": {"path": f"p{n}.txt", "sha256": f"{n:064x}", "media_type": "text/plain", "pages": 1, "ocr": False},
            "kind": "beschlusskontrolle", "status": "unknown", "resolution": f"V000{n}/21", "letter_date": f"2021-0{n}-01",
            "sender": {"name": sender, "role": "Beigeordneter"}, "acknowledged_by": {"name": ack, "role": None} if ack else None}))
    assert len(conn.execute(sql, {"name": "peter lames"}).fetchall()) == 2
    roles = [r["als"] for r in conn.execute(sql, {"name": "Dirk Hilbert"})]
    assert roles == ["Kenntnis genommen", "Kenntnis genommen"]
