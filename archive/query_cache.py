"""Counts kept until the data changes: a facet or chart over a million letters counts a million rows.

Datasette computes every facet on every request: `select col, count(*) ... group by col` over the
whole (filtered) table. On an archive of 1,000,000 letters that is a scan of an index of a million
entries per facet, 100-200 ms each, and 3 million points for the status of the points (about 400
ms); four facets on one letters page take most of a second. The counts change only when a letter
is written, so each facet's rows are kept per SQLite connection together with that connection's
`PRAGMA data_version`, which changes as soon as any other connection (ingest, a correction,
publish) has committed a change; the next request after a change counts anew. The pages show the
same counts as before, never older ones than the letters they list. Today's date is part of every
key: the views that compare dates with today (overdue reviews, passed deadlines) change at midnight.
The charts and the front page's counts (archive.datasette_plugin) are kept the same way
(`execute_cached`).

`CachedColumnFacet` replaces Datasette's ColumnFacet (same `_facet=` parameter, same JSON and
HTML); `beschlussarchiv serve` unregisters Datasette's own facet plugin and archive.datasette_plugin
registers this one with Datasette's date and array facets (see register_facet_classes there).
"""
from __future__ import annotations

import sqlite3
import threading
import time
from collections import OrderedDict

from datasette.database import QueryInterrupted, Results
from datasette.facets import ColumnFacet
from datasette.utils import sqlite_timelimit

MAX_ENTRIES = 256          # facet results kept per connection (least recently used out)

_lock = threading.Lock()
# id(connection) -> [connection, data_version, OrderedDict(key -> (rows, description))]; the
# connection is held so that its id cannot be given to another connection while it is here.
_caches: dict[int, list] = {}


def _cache_for(conn: sqlite3.Connection) -> OrderedDict:
    version = conn.execute("PRAGMA data_version").fetchone()[0]
    with _lock:
        entry = _caches.get(id(conn))
        if entry is None or entry[0] is not conn:
            for key, (other, _, _) in list(_caches.items()):   # forget connections Datasette closed
                try:
                    other.total_changes
                except sqlite3.ProgrammingError:
                    del _caches[key]
            entry = _caches[id(conn)] = [conn, version, OrderedDict()]
        elif entry[1] != version:          # another connection committed: every count may have changed
            entry[1], entry[2] = version, OrderedDict()
        return entry[2]


def cached_query(conn: sqlite3.Connection, sql: str, params, time_limit_ms: int):
    """(rows, description) of a read-only query, from this connection's cache while the data is unchanged."""
    cache = _cache_for(conn)
    key = (time.strftime("%Y-%m-%d"), sql,      # the local date, as SQLite's date('now', 'localtime')
           repr(sorted(params.items()) if isinstance(params, dict) else list(params or [])))
    hit = cache.get(key)
    if hit is not None:
        cache.move_to_end(key)
        return hit
    with sqlite_timelimit(conn, time_limit_ms):
        try:
            cursor = conn.execute(sql, params if params is not None else {})
            rows = cursor.fetchall()
        except (sqlite3.OperationalError, sqlite3.DatabaseError) as e:
            if e.args == ("interrupted",):
                raise QueryInterrupted(e, sql, params)
            raise
    result = (rows, cursor.description)
    # a write committed meanwhile may or may not be counted: keep the rows only if none was
    if conn.execute("PRAGMA data_version").fetchone()[0] == _caches[id(conn)][1]:
        cache[key] = result
        while len(cache) > MAX_ENTRIES:
            cache.popitem(last=False)
    return result


async def execute_cached(db, sql: str, params=None, time_limit_ms: int | None = None) -> Results:
    """`db.execute(sql, params)` for a read-only query, answered from the cache while the data is unchanged."""
    limit = db.ds.sql_time_limit_ms
    if time_limit_ms and time_limit_ms < limit:
        limit = time_limit_ms
    rows, description = await db.execute_fn(lambda conn: cached_query(conn, sql, params, limit))
    return Results(rows, False, description)


class _CountingDatasette:
    """The Datasette instance as a facet sees it, with `execute` answered through the cache."""

    def __init__(self, ds):
        self._ds = ds

    def __getattr__(self, name):
        return getattr(self._ds, name)

    async def execute(self, db_name, sql, params=None, truncate=False, custom_time_limit=None, **_):
        return await execute_cached(self._ds.databases[db_name], sql, params, custom_time_limit)


class CachedColumnFacet(ColumnFacet):
    """Datasette's column facet; its counts are kept until the data changes (see the module)."""

    async def facet_results(self):
        plain = self.ds
        self.ds = _CountingDatasette(plain)
        try:
            return await super().facet_results()
        finally:
            self.ds = plain
