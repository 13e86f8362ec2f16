"""Serving the public copy: it does not change while served, so pages are cached per copy of the
database, and a copy that `publish` replaced is opened anew on the next request. Its row counts
are Datasette's inspect data, written beside it by `publish` (`PUBLIC.inspect.json`): over a million
letters a table page would otherwise count every row.

    identity = reopen_if_replaced(datasette, state)       # per request, in the plugin's ASGI gate
    await cached(app, cache, (identity, path, query), scope, receive, send)
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path

from archive.metadata import DATABASE


def inspect_path(db: str | Path) -> Path:
    return Path(f"{db}.inspect.json")


def _identity(path: str | Path) -> list[int]:
    st = os.stat(path)
    return [st.st_ino, st.st_mtime_ns, st.st_size]


def write_inspect(db: str | Path) -> Path:
    """Datasette's inspect data for the public copy at `db` (each table's row count, the file's hash and
    size), with the identity of the file it was taken from, so a copy replaced later is never served
    with another copy's counts."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()
    digest = hashlib.sha256()
    with open(db, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    entry = {"hash": digest.hexdigest(), "size": os.stat(db).st_size, "file": str(db), "identity": _identity(db),
             "tables": {t: {"count": n} for t, n in counts.items()}}
    path = inspect_path(db)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps({DATABASE: entry}, indent=1), encoding="utf-8")
    os.replace(tmp, path)
    return path


def load_inspect(db: str | Path) -> dict | None:
    """The inspect data written for the copy now at `db`; None when there is none or it was taken
    from another file (a copy `publish` replaced since, or one copied here by hand)."""
    try:
        data = json.loads(inspect_path(db).read_text(encoding="utf-8"))
        return data if data[DATABASE]["identity"] == _identity(db) else None
    except (OSError, ValueError, KeyError, TypeError):
        return None


class ResponseCache:
    """Public copy: the database never changes while served (immutable), so a page is the same for
    every visitor until the copy is replaced. Answers to anonymous GETs are kept (up to MAX_BYTES,
    least recently used out): 20 clients asking for the 1,000-row passed-deadlines page cost one
    rendering, not twenty a second. Keyed by the database file's identity, so a replaced copy is
    never answered from the old one's pages."""
    MAX_BYTES = 128 * 1024 * 1024
    MAX_ONE = 4 * 1024 * 1024

    def __init__(self):
        from collections import OrderedDict
        self.entries: "OrderedDict[tuple, tuple[int, list, bytes]]" = OrderedDict()
        self.size = 0

    def get(self, key):
        hit = self.entries.get(key)
        if hit is not None:
            self.entries.move_to_end(key)
        return hit

    def put(self, key, status: int, headers: list, body: bytes) -> None:
        if len(body) > self.MAX_ONE or key in self.entries:
            return
        self.entries[key] = (status, headers, body)
        self.size += len(body)
        while self.size > self.MAX_BYTES:
            _, (_, _, old) = self.entries.popitem(last=False)
            self.size -= len(old)


def db_identity(datasette) -> tuple:
    db = datasette.databases.get(DATABASE)
    try:
        return tuple(_identity(db.path))
    except (AttributeError, TypeError, OSError):
        return ()


def _reopened_copy(datasette, path: str, identity: tuple):
    """A new Database for the replaced file. Datasette keeps one connection per SQL thread, keyed
    by the database's name, which the new copy shares with the old: this one keys its own."""
    import asyncio

    from datasette.database import Database, connections

    key = f"{DATABASE}-{'-'.join(map(str, identity))}"

    class ReopenedCopy(Database):
        async def execute_fn(self, fn):
            def in_thread():
                conn = getattr(connections, key, None)
                if not conn:
                    conn = self.connect()
                    self.ds._prepare_connection(conn, self.name)
                    setattr(connections, key, conn)
                return fn(conn)
            return await asyncio.get_event_loop().run_in_executor(self.ds.executor, in_thread)

    return ReopenedCopy(datasette, path=path, is_mutable=False)


def reopen_if_replaced(datasette, state: dict) -> tuple:
    """Public copy: `publish` replaces the file atomically; a running server keeps reading the old
    one through its open connections. When the file at the path is another one, open it anew, so a
    withdrawn letter is gone from the running server at once."""
    identity = db_identity(datasette)
    if state.get("identity") not in (None, identity) and identity:
        old = datasette.databases[DATABASE]
        datasette.remove_database(DATABASE)
        datasette.inspect_data = load_inspect(old.path)      # the new copy's counts, or none
        datasette.add_database(_reopened_copy(datasette, old.path, identity), name=DATABASE)
        old.close()
        identity = db_identity(datasette)
    if datasette.inspect_data is None and identity:
        # (`publish` writes the counts just after the copy: a request in between found none yet)
        path = datasette.databases[DATABASE].path
        try:
            written = os.stat(inspect_path(path)).st_mtime_ns
        except OSError:
            written = None
        if written is not None and state.get("inspect_seen") != written:
            state["inspect_seen"] = written
            datasette.inspect_data = load_inspect(path)
    state["identity"] = identity
    return identity


async def cached(app, cache: ResponseCache, key, scope, receive, send):
    hit = cache.get(key)
    if hit is not None:
        status, headers, body = hit
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})
        return
    started: dict = {}
    chunks: list[bytes] = []

    async def capture(message):
        if message["type"] == "http.response.start":
            started.update(message)
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))
            if not message.get("more_body") and started.get("status") == 200:
                cache.put(key, 200, list(started.get("headers", [])), b"".join(chunks))
        await send(message)

    await app(scope, receive, capture)
