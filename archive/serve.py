"""Serving the archive with Datasette: the full archive for the archive's staff, or the public copy.

    app = build(ServeOptions(db="archive.db"))                  # a configured Datasette instance
    run(ServeOptions(db="public.db", public=True, host=...))    # build, print the URL, serve (blocks)

Full archive: served on 127.0.0.1 by default. On any other address (0.0.0.0, a LAN address,
even 127.0.0.2) it is served only with authentication: the password hash comes from the
environment variable BESCHLUSSARCHIV_PASSWORD_HASH (make one with `datasette hash-password`),
the user name from BESCHLUSSARCHIV_USER (default "archiv"), and every anonymous request is
refused (archive.datasette_plugin's gate, plus `allow` blocks in the metadata).

Public copy (`public=True`): only a database written by `publish` is accepted (checked before
serving); it is opened immutable (read-only, no locking), custom SQL is off (canned queries and
the database download /archiv.db stay), SQL has a time limit, facet suggestions are off, and
the original files come only from the folder publish wrote.

Datasette 0.65 has no write or upload endpoints, and no plugin that adds one is installed with
the project; tests/test_serve.py checks that POSTs change nothing.
"""
from __future__ import annotations

import os
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

from archive import metadata as meta
from archive.publish import files_dir_for

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"
STATIC = ROOT / "static"
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
PASSWORD_HASH_ENV = "BESCHLUSSARCHIV_PASSWORD_HASH"
USER_ENV = "BESCHLUSSARCHIV_USER"
DEFAULT_PORT = 8001

COMMON_SETTINGS = {
    "suggest_facets": False,      # with it on, a table page of 100,000 letters takes seconds
    "default_page_size": 30,      # rendering the HTML table costs ~0.7 ms per row of letters
    "facet_size": 20,
}
ARCHIVE_SETTINGS = {**COMMON_SETTINGS, "sql_time_limit_ms": 5000, "facet_time_limit_ms": 1000}
PUBLIC_SETTINGS = {**COMMON_SETTINGS, "sql_time_limit_ms": 1500, "facet_time_limit_ms": 500,
                   "max_returned_rows": 1000, "max_csv_mb": 50, "num_sql_threads": 3}


class ServeError(Exception):
    """The archive cannot be served as asked; the message says what to do."""


@dataclass(frozen=True)
class ServeOptions:
    db: str
    public: bool = False
    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    files_dir: str | None = None   # public: the folder publish wrote; default <db without .db>.files
    require_auth: bool | None = None  # None: required on any address other than loopback's default


def check_public(db: str | Path) -> None:
    """Refuse a database that is not a public copy: it must hold no letter that is confidential or
    unverified, and nothing of the archive's own bookkeeping (paths, runs, errors)."""
    conn = sqlite3.connect(f"file:{Path(db)}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
        if "letters" not in tables:
            raise ServeError(f"{db} is not an archive (no letters table)")
        from archive.publish import PUBLISHED
        rule = PUBLISHED.format(src="") if "decisions" in tables else "l.confidential = 0"
        hidden = conn.execute(f"select count(*) from letters l where not {rule}").fetchone()[0]
        internal = sum(conn.execute(f"select count(*) from {t}").fetchone()[0]
                       for t in ("document_paths", "ingest_runs", "ingest_errors") if t in tables)
    finally:
        conn.close()
    if hidden or internal:
        raise ServeError(f"{db} is not a public copy ({hidden} confidential or unverified letters): "
                         f"write one with: beschlussarchiv publish --db {db} --public public.db")


def needs_auth(options: ServeOptions) -> bool:
    if options.public:
        return False
    if options.require_auth is not None:
        return options.require_auth
    return options.host not in LOOPBACK


def build_metadata(options: ServeOptions) -> dict:
    data = meta.build(public=options.public)
    plugin = {"mode": "public" if options.public else "archive"}
    if options.public:
        plugin["files_dir"] = str(Path(options.files_dir or files_dir_for(options.db)).resolve())
        # No custom SQL for anonymous visitors: 20 clients with 1-s queries would hold every SQL
        # thread and make everyone else wait. The canned queries stay, and the whole database
        # is one download (/archiv.db) for anyone who wants to query it their own way.
        data["allow_sql"] = False
    plugins = {"beschlussarchiv": plugin}
    if needs_auth(options):
        password_hash = os.environ.get(PASSWORD_HASH_ENV, "").strip()
        if password_hash.count("$") != 3:
            raise ServeError(
                f"serving the full archive on {options.host} needs a password: set {PASSWORD_HASH_ENV} "
                f"to a hash made with `datasette hash-password` (and {USER_ENV}, default 'archiv'), "
                f"or serve on 127.0.0.1, or serve a public copy with --public")
        user = os.environ.get(USER_ENV, "archiv").strip() or "archiv"
        plugin["require_actor"] = True
        plugins["datasette-auth-passwords"] = {f"{user}_password_hash": {"$env": PASSWORD_HASH_ENV}}
        signed_in = {"id": "*"}
        data["allow"] = signed_in
        data["allow_sql"] = signed_in
        data["databases"][meta.DATABASE]["allow"] = signed_in
    data["plugins"] = plugins
    data["extra_css_urls"] = ["/static/archiv.css"]
    return data


def register_plugin() -> None:
    """Register archive.datasette_plugin unless the entry point already did."""
    from datasette.plugins import pm

    from archive import datasette_plugin

    if not pm.is_registered(datasette_plugin) and pm.get_plugin("beschlussarchiv") is None:
        pm.register(datasette_plugin, name="beschlussarchiv")
    # Our plugin answers every error (see its handle_exception); Datasette's default handler
    # would also print each traceback with all local variables, at ~200 ms of CPU a request.
    if pm.get_plugin("datasette.handle_exception") is not None:
        pm.unregister(name="datasette.handle_exception")
    # Facet counts over a million letters take 100-400 ms each: our plugin offers the same facets,
    # their counts kept until the data changes (archive.query_cache), in place of Datasette's own.
    if pm.get_plugin("datasette.facets") is not None:
        pm.unregister(name="datasette.facets")


def build(options: ServeOptions):
    """A Datasette instance serving the archive (or public copy) at /archiv."""
    from datasette.app import Datasette

    db = Path(options.db)
    if not db.is_file():
        raise ServeError(f"no archive at {db}: create it with beschlussarchiv ingest FILES --db {db}")
    if options.public:
        check_public(db)
    else:
        _check_schema(db, options.public)
    register_plugin()
    settings = PUBLIC_SETTINGS if options.public else ARCHIVE_SETTINGS
    kwargs = dict(metadata=build_metadata(options), settings=dict(settings), template_dir=str(TEMPLATES),
                  static_mounts=[("static", str(STATIC))], secret=os.environ.get("DATASETTE_SECRET") or None)
    if options.public:      # the copy's row counts from its inspect data, not counted on every table page
        from archive.public_server import load_inspect
        ds = Datasette(immutables=[str(db)], inspect_data=load_inspect(db), **kwargs)
    else:
        ds = Datasette([str(db)], **kwargs)
    original = next(name for name in ds.databases if name not in ("_internal", "_memory"))
    database = ds.databases[original]
    ds.remove_database(original)
    ds.add_database(database, name=meta.DATABASE)
    return ds


def _check_schema(db: Path, public: bool = False) -> None:
    from archive import schema

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()
    if version == 0:
        raise ServeError(f"{db} is not an archive: create one with beschlussarchiv ingest FILES --db {db}")
    if version > schema.SCHEMA_VERSION:
        raise ServeError(f"{db} has schema version {version}, newer than this program: update beschlussarchiv")
    if version < schema.SCHEMA_VERSION and not public:
        from archive import store
        try:      # the archive's own staff serve it: bring it up to date first, as ingest would
            store.open_archive(db).close()
        except sqlite3.Error as exc:
            raise ServeError(f"{db} has schema version {version} and cannot be upgraded ({exc}): "
                             f"run beschlussarchiv status --db {db}") from None


def url(options: ServeOptions) -> str:
    host = f"[{options.host}]" if ":" in options.host else options.host
    return f"http://{host}:{options.port}/"


def run(options: ServeOptions) -> None:
    """Build, print the URL on stderr, and serve until interrupted."""
    import uvicorn
    from datasette.cli import check_databases, run_sync

    ds = build(options)
    run_sync(ds.invoke_startup)
    run_sync(lambda: check_databases(ds))
    what = "öffentliche Kopie (public copy)" if options.public else "Archiv (full archive)"
    auth = ", Anmeldung nötig: /-/login" if needs_auth(options) else ""
    print(f"Beschlussarchiv, {what}{auth}: {url(options)}", file=sys.stderr, flush=True)
    uvicorn.run(ds.app(), host=options.host, port=options.port, log_level="warning", lifespan="on")

