"""Leak test: publish an archive with confidential, unverified and public letters, serve the public copy,
and crawl every table, view, canned query, search and file URL of it; then check that the full
archive served off the default address refuses every anonymous request."""
from __future__ import annotations

import base64
import hashlib
import json
import re
import sqlite3
from collections import deque
from urllib.parse import quote, unquote, urlsplit

import pytest

from archive.datasette_plugin import OPEN_PATHS
from archive.metadata import QUERIES
from archive.publish import EXTENSIONS, publish
from tests.publishing import SECRET_WORDS, Server, build_corpus

pytestmark = pytest.mark.slow
MAX_PAGES = 250       # the link-following part of the crawl stops here
MAX_NEXT = 20         # pages followed per table via _next


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return build_corpus(tmp_path_factory.mktemp("leak"))


@pytest.fixture(scope="module")
def secrets(corpus) -> dict[str, bytes]:
    """Everything of a confidential or unverified letter that must not be reachable: name -> bytes."""
    out = {}
    for letter in corpus.hidden:
        r = letter.record
        values = [r.source.sha256, r.resolution, quote(r.resolution, safe=""), r.subject, *SECRET_WORDS,
                  *(m.quote for m in r.mandates), letter.path.name]
        for value in values:
            out[value] = value.encode("utf-8")
            out[value + " (json)"] = json.dumps(value)[1:-1].encode("utf-8")
        out[f"file {letter.id}"] = letter.path.read_bytes()[-200:]
    return out


@pytest.fixture(scope="module")
def public_server(corpus):
    public = corpus.folder / "public.db"
    summary = publish(corpus.db, public)
    assert summary.letters == len(corpus.public)
    with Server(public, "--public") as server:
        yield server


def secret_urls(corpus) -> list[str]:
    """URLs aimed straight at the hidden letters: rows, files, searches and queries naming them."""
    urls = []
    for letter in corpus.hidden:
        r = letter.record
        sha = r.source.sha256
        urls += [f"/-/original/{sha}", *(f"/-/original/{sha}{ext}" for ext in set(EXTENSIONS.values())),
                 f"/archiv/documents/{sha}", f"/archiv/documents/{sha}.json",
                 f"/archiv/letters.json?sha256={sha}", f"/archiv/letters.json?resolution={quote(r.resolution)}",
                 f"/archiv/letter_resolutions.json?resolution={quote(r.resolution)}",
                 f"/archiv/beschluss_verlauf.json?resolution={quote(r.resolution)}",
                 f"/archiv/beschluss_verlauf?resolution={quote(r.resolution)}",
                 f"/archiv/resolutions.json?resolution={quote(r.resolution)}"]
        words = set(SECRET_WORDS) | set(re.findall(r"\w{5,}", r.subject or "")) | {r.resolution}
        for word in sorted(words):
            q = quote(word)
            urls += [f"/archiv/letters.json?_search={q}", f"/archiv/letters.json?_search={q}&_searchmode=raw",
                     f"/archiv/mandates.json?_search={q}", f"/archiv/letters?_search={q}",
                     f"/archiv/wortformen_suche.json?q={q}", f"/archiv/wortformen_suche?q={q}",
                     f"/archiv/letter_search.json?_search={q}"]
    return urls


def table_urls(db_path) -> list[str]:
    conn = sqlite3.connect(db_path)
    names = [r[0] for r in conn.execute("select name from sqlite_master where type in ('table', 'view')")]
    ids = [r[0] for r in conn.execute("select id from letters")]
    conn.close()
    urls = ["/", "/archiv", "/archiv.json", "/archiv.db", "/-/metadata.json", "/-/diagramme", "/-/versions.json",
            "/-/plugins.json", "/-/settings.json", "/-/databases.json", "/-/actor.json", "/_internal",
            "/-/static/app.css"]
    for name in names:
        urls += [f"/archiv/{name}", f"/archiv/{name}.json?_shape=array&_size=max", f"/archiv/{name}.csv?_stream=on",
                 f"/archiv/{name}.json?_size=max&_nocount=1"]
    for query, spec in QUERIES.items():
        params = "&".join(f"{p}=a" for p in re.findall(r":(\w+)", spec["sql"]))
        urls += [f"/archiv/{query}?{params}", f"/archiv/{query}.json?_shape=array&{params}",
                 f"/archiv/{query}.csv?{params}"]
    urls += [f"/archiv/letters/{i}" for i in ids] + [f"/archiv/letters/{i}.json" for i in range(1, max(ids) + 5)]
    return urls


def check(url: str, body: bytes, secrets: dict[str, bytes]) -> None:
    asked = unquote(url)
    for name, value in secrets.items():
        if unquote(name.removesuffix(" (json)")) in asked:
            continue  # the page may echo what was asked for (a search box); its rows are checked below
        assert value not in body, f"{name!r} reachable at {url}"
    assert hashlib.sha256(body).hexdigest() not in secrets


def crawl(server, start: list[str], secrets: dict[str, bytes]) -> int:
    seen, queue, pages = set(), deque(start), 0
    while queue and pages < MAX_PAGES + len(start):
        url = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        status, headers, body = server.get(url)
        pages += 1
        assert status in (200, 302, 400, 403, 404), (url, status)
        check(url, body, secrets)
        if status != 200:
            continue
        kind = headers.get("content-type", "")
        if url.split("?")[0].endswith(".json") and "json" in kind:
            data = json.loads(body)
            if isinstance(data, dict):
                if any(s in unquote(url) for s in SECRET_WORDS) or "V99" in url:
                    assert not data.get("rows"), f"rows for a hidden letter at {url}"
                nxt = data.get("next_url")
                if nxt and url.count("_next=") < MAX_NEXT:
                    queue.append(urlsplit(nxt)._replace(scheme="", netloc="").geturl())
        if "text/html" in kind:
            for link in re.findall(r'href="(/[^"#]*)"', body.decode("utf-8", "replace")):
                link = link.replace("&amp;", "&")
                if link not in seen and not link.startswith("//"):
                    queue.append(link)
    return pages


def test_public_server_never_shows_a_confidential_or_unverified_letter(corpus, secrets, public_server):
    start = table_urls(corpus.folder / "public.db") + secret_urls(corpus)
    pages = crawl(public_server, start, secrets)
    print(f"crawled {pages} URLs ({len(start)} listed, the rest linked)")
    assert pages > len(start)
    # and what is public is there: a positive control for the crawl
    status, _, body = public_server.get("/archiv/letters.json?_shape=array&_size=max")
    assert len(json.loads(body)) == len(corpus.public)
    sha = corpus.public[0].record.source.sha256
    assert public_server.get(f"/-/original/{sha}{corpus.public[0].path.suffix}")[0] == 200


def test_full_archive_off_the_default_address_refuses_anonymous_requests(corpus, secrets):
    from datasette_auth_passwords.utils import hash_password

    env = {"BESCHLUSSARCHIV_PASSWORD_HASH": hash_password("richtig", iterations=1000),
           "BESCHLUSSARCHIV_USER": "archivar"}
    with Server(corpus.db, host="127.0.0.2", env=env) as server:
        urls = table_urls(corpus.db) + secret_urls(corpus)
        for letter in corpus.letters.values():
            urls.append(f"/-/original/{letter.record.source.sha256}{letter.path.suffix}")
        for url in [u for u in urls if not u.startswith(OPEN_PATHS)]:
            for headers in ({}, {"Accept": "text/html"}, {"Authorization": _basic("archivar", "falsch")}):
                status, response_headers, body = server.get(url, headers=headers)
                assert status in (302, 401), (url, headers, status)
                if status == 302:
                    assert response_headers["location"] == "/-/login"
                check(url, body, secrets)
        for method in ("POST", "PUT", "DELETE"):
            assert server.get("/archiv/letters", method=method, data=b"x=1")[0] == 401
        assert server.get("/-/login")[0] == 200  # the way in stays open
        # signed in (HTTP Basic here), the archive is all there
        auth = {"Authorization": _basic("archivar", "richtig")}
        status, _, body = server.get("/archiv/letters.json?_shape=array&_size=max", headers=auth)
        assert status == 200 and len(json.loads(body)) == len(corpus.letters)
        c1 = corpus.letters["c1"]
        status, _, body = server.get(f"/-/original/{c1.record.source.sha256}.pdf", headers=auth)
        assert status == 200 and body == c1.path.read_bytes()


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
