"""metadata.json: generated from the record's descriptions and the schema; nothing undocumented, nothing drifts."""
from __future__ import annotations

import json
import re

import pytest

from archive import metadata, store

SHADOW = re.compile(r"_fts_(data|idx|config|docsize|content)$")  # FTS5's own tables


@pytest.fixture(scope="module")
def conn():
    c = store.open_archive(":memory:")
    yield c
    c.close()


def schema_columns(conn) -> dict[str, list[str]]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'")]
    return {n: [r[1] for r in conn.execute(f"PRAGMA table_info([{n}])")] for n in names if not SHADOW.search(n)}


def test_metadata_json_is_the_generated_one():
    assert metadata.METADATA_JSON.read_text(encoding="utf-8") == metadata.render(), \
        "metadata.json is out of date: run .venv/bin/python -m archive.metadata"


def test_every_table_view_and_column_is_described_and_nothing_else(conn):
    tables = metadata.build()["databases"][metadata.DATABASE]["tables"]
    columns = schema_columns(conn)
    assert sorted(tables) == sorted(columns), "tables/views without metadata, or metadata without a table"
    for name, cols in columns.items():
        described = tables[name]["columns"]
        assert tables[name]["description"].strip(), name
        assert sorted(described) == sorted(cols), f"{name}: undocumented or unknown columns"
        for col, text in described.items():
            german, _, english = text.partition(" — ")
            assert german.strip() and english.strip(), f"{name}.{col} needs German and English"


def test_facets_sorts_and_labels_name_real_columns(conn):
    tables = metadata.build()["databases"][metadata.DATABASE]["tables"]
    columns = schema_columns(conn)
    for name, spec in tables.items():
        for key in ("sort", "sort_desc", "label_column"):
            if key in spec:
                assert spec[key] in columns[name], (name, key)
        for facet in spec.get("facets", []):
            assert facet in columns[name], (name, facet)
    for facet in metadata.LETTER_FACETS:
        assert facet in columns["letters"]
    assert metadata.FACET_LINK.replace("&", "&amp;") in metadata.DESCRIPTION_HTML


def test_record_field_descriptions_feed_the_columns():
    from models.record import Record
    letters = metadata.TABLES["letters"]["columns"]
    assert letters["department"].endswith(Record.model_fields["department"].description)
    assert letters["confidential"].endswith(Record.model_fields["confidential"].description)


def test_every_canned_query_compiles_and_names_its_parameters(conn):
    queries = metadata.build()["databases"][metadata.DATABASE]["queries"]
    assert set(queries) >= {"ueberfaellige_wiedervorlagen", "verstrichene_fristen", "offene_beschluesse",
                            "beschluss_verlauf", "wortformen_suche", "briefe_je_bereich_und_jahr"}
    for name, query in queries.items():
        params = dict.fromkeys(re.findall(r":(\w+)", query["sql"]), "x")
        conn.execute("EXPLAIN " + query["sql"], params)  # raises on an unknown table, column or function
        assert query["title"] and query["description"], name
    assert "resolution" in queries["beschluss_verlauf"]["sql"] and ":q" in queries["wortformen_suche"]["sql"]


def test_public_metadata_hides_bookkeeping_and_says_what_it_is():
    public = metadata.build(public=True)
    tables = public["databases"][metadata.DATABASE]["tables"]
    assert all(tables[t].get("hidden") for t in ("document_paths", "ingest_runs", "ingest_errors"))
    assert "öffentliche Kopie" in public["title"]
    json.dumps(public)
