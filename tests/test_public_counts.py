"""The public copy's row counts (issue 13): `publish` writes Datasette's inspect data beside the copy, and
`serve --public` takes the table pages' counts from it instead of counting every row, as long as it was
taken from the file being served; a copy replaced since is counted again, never shown another copy's counts."""
from __future__ import annotations

import json
import sqlite3

import pytest

from archive.metadata import DATABASE
from archive.public_server import inspect_path, load_inspect
from archive.publish import publish
from tests.publishing import Server, build_corpus


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    corpus = build_corpus(tmp_path_factory.mktemp("counts"))
    public = corpus.folder / "public.db"
    publish(corpus.db, public)
    return corpus, public


def _count(public, table: str) -> int:
    conn = sqlite3.connect(public)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def test_publish_writes_the_copy_s_row_counts_beside_it(published):
    corpus, public = published
    data = json.loads(inspect_path(public).read_text(encoding="utf-8"))
    tables = data[DATABASE]["tables"]
    assert tables["letters"]["count"] == _count(public, "letters") == len(corpus.public)
    assert tables["mandates"]["count"] == _count(public, "mandates") > 0
    assert load_inspect(public) == data


def test_the_server_takes_its_counts_from_them_and_ignores_another_copy_s(published, tmp_path):
    _, public = published
    letters = _count(public, "letters")
    # a copy of its own with inspect data that says otherwise, from the same file: the page shows that number,
    # so the server did not count the rows itself
    served = tmp_path / "served.db"
    served.write_bytes(public.read_bytes())
    data = json.loads(inspect_path(public).read_text(encoding="utf-8"))
    entry = data[DATABASE]
    entry["file"], entry["tables"]["letters"]["count"] = str(served), 4242
    st = served.stat()
    entry["identity"] = [st.st_ino, st.st_mtime_ns, st.st_size]
    inspect_path(served).write_text(json.dumps(data), encoding="utf-8")
    with Server(served, "--public") as server:
        assert server.json(f"/{DATABASE}/letters.json?_size=1")["filtered_table_rows_count"] == 4242
    # the same data beside a file that is not the one it was taken from: counted anew
    served.write_bytes(public.read_bytes())      # another file now (its identity changed)
    assert load_inspect(served) is None
    with Server(served, "--public") as server:
        assert server.json(f"/{DATABASE}/letters.json?_size=1")["filtered_table_rows_count"] == letters


def test_a_copy_republished_under_the_running_server_is_served_with_its_own_counts(published, tmp_path):
    import shutil

    corpus, _ = published
    db = tmp_path / "archive.db"
    shutil.copy(corpus.db, db)
    public = tmp_path / "public.db"
    publish(db, public)
    before = _count(public, "letters")
    with Server(public, "--public") as server:
        assert server.json(f"/{DATABASE}/letters.json?_size=1")["filtered_table_rows_count"] == before
        conn = sqlite3.connect(db)      # one letter no longer known to be public: withheld from the next copy
        conn.execute("UPDATE letters SET confidential = NULL WHERE sha256 = ?", (corpus.public[0].record.source.sha256,))
        conn.commit()
        conn.close()
        publish(db, public)
        assert server.json(f"/{DATABASE}/letters.json?_size=1")["filtered_table_rows_count"] == before - 1


def test_counts_written_after_the_server_opened_the_copy_are_taken_up(published, tmp_path):
    _, public = published
    served = tmp_path / "late.db"
    served.write_bytes(public.read_bytes())
    letters = _count(public, "letters")
    with Server(served, "--public") as server:
        # (publish writes the counts just after it replaced the copy: a request in between finds none)
        assert server.json(f"/{DATABASE}/letters.json?_size=1")["filtered_table_rows_count"] == letters
        data = json.loads(inspect_path(public).read_text(encoding="utf-8"))
        st = served.stat()
        data[DATABASE]["identity"] = [st.st_ino, st.st_mtime_ns, st.st_size]
        data[DATABASE]["tables"]["letters"]["count"] = 4242
        inspect_path(served).write_text(json.dumps(data), encoding="utf-8")
        # (another page: the first is kept as answered for this copy, its count was right too)
        assert server.json(f"/{DATABASE}/letters.json?_size=2")["filtered_table_rows_count"] == 4242
