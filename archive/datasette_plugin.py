"""The archive's Datasette plugin: German word-form search in SQL, the letter page, charts, original files.

Registered by `beschlussarchiv serve` (and, through the `datasette` entry point, in any Datasette
started from this environment). Its settings come from the metadata's plugin block
`"beschlussarchiv"` that serve writes:

    mode            "archive" (the full archive) or "public" (a copy written by publish)
    files_dir       public mode: the folder of original files that publish wrote (<sha256>.<ext>)
    require_actor   true when the full archive is served on another address than loopback:
                    every request without a signed-in actor is refused (login at /-/login)

Routes:
    /-/original/<sha256>   the original file of a stored document (see `original_file`)
    /-/diagramme           charts: status over time, per department, overdue counts
    /-/feeds/*.atom        Atom feeds (archive.feeds)
    /-/seite/…, /-/fundstelle/…   where a value was read, marked on the page (archive.fundstelle)

Also: the German front page (front_page_vars), the German search box (german_search; a common word
walks the letters newest first: walk_common_search), one small
page and log line for every error (handle_exception), and for the public copy its page cache and
re-opening a re-published file (archive.public_server).
"""
from __future__ import annotations

import json
import mimetypes
import os
import sys
import traceback
from pathlib import Path

import markupsafe
from datasette import Forbidden, NotFound, Response, hookimpl
from datasette.database import QueryInterrupted

from archive.fundstelle import correction_form, page_image, source_view
from archive.metadata import DATABASE
from archive.public_server import ResponseCache, cached, reopen_if_replaced
from archive.query_cache import execute_cached
from archive.publish import EXTENSIONS, file_sha256
from archive.schema import TODAY
from archive.stemming import register_functions

PLUGIN = "beschlussarchiv"
STATUS_COLUMNS = {"status", "latest_status", "letter_status", "point_status", "status_then"}
LETTER_COLUMNS = {"letter_id", "latest_letter_id", "first_letter_id"}
# Paths an anonymous visitor may reach when the archive requires a signed-in actor.
OPEN_PATHS = ("/-/login", "/-/static/", "/-/logout")


def config(datasette) -> dict:
    return datasette.plugin_config(PLUGIN) or {}


# ------------------------------------------------------------------ SQL functions

@hookimpl
def prepare_connection(conn):
    register_functions(conn)  # stem_query(:q), stem_text(text)


# ------------------------------------------------------------------ facets

@hookimpl
def register_facet_classes():
    """Datasette's facets, the column facet's counts kept until the data changes (archive.query_cache).
    Only where `beschlussarchiv serve` took Datasette's own facet plugin out (serve.register_plugin):
    in any other Datasette its own facets answer, and they are not offered twice."""
    from datasette.plugins import pm

    if pm.get_plugin("datasette.facets") is not None:
        return []
    from datasette.facets import ArrayFacet, DateFacet
    from datasette.utils import detect_json1

    from archive.query_cache import CachedColumnFacet

    return [CachedColumnFacet, DateFacet] + ([ArrayFacet] if detect_json1() else [])


# ------------------------------------------------------------------ who may see anything

@hookimpl
def permission_allowed(datasette, actor, action):
    if config(datasette).get("require_actor") and not actor:
        return False
    return None


# The server's internals: not the public's business (its settings, the time limits, stay readable).
INTERNAL_PATHS = {"/-/versions", "/-/threads", "/-/plugins", "/-/databases", "/-/actor", "/-/permissions",
                  "/-/messages", "/-/allow-debug", "/-/patterns"}


_ERROR_PAGE = ("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>{status}</title>"
               "<link rel=\"stylesheet\" href=\"/static/archiv.css\"></head><body><main><h1>{status}: {message}</h1>"
               "<p><a href=\"/\">Zur Startseite</a></p></main></body></html>")


@hookimpl
def handle_exception(datasette, request, exception):
    """Every error costs a small page and one log line. Datasette's own handler (unregistered by
    `beschlussarchiv serve`) prints each traceback with every local variable: 150-250 ms of CPU
    and 10-17 KB of log per missing row, so a flood of 404s would starve the server. Unexpected
    errors (500) still log their plain traceback."""
    from datasette.utils.asgi import Base400
    from datasette.views.base import DatasetteError

    if isinstance(exception, (Base400, DatasetteError)):
        status, message = exception.status, str(exception.args[0]) if exception.args else "Fehler"
        if status == 500:
            status = 400     # Datasette's errors about parameters ("Cannot sort table by x") are the asker's
        print(f"{status} {request.method} {request.path}: {message[:120]}", file=sys.stderr, flush=True)
    else:
        status, message = 500, "interner Fehler"
        print(f"500 {request.method} {request.path}: {type(exception).__name__}", file=sys.stderr, flush=True)
        traceback.print_exception(exception, limit=-4)
    if request.path.endswith(".json"):
        return Response.json({"ok": False, "error": message, "status": status}, status=status)
    text = {404: "nicht gefunden", 403: "kein Zugriff", 400: "ungültige Anfrage", 500: "interner Fehler"}.get(
        status, "Fehler")
    return Response.html(_ERROR_PAGE.format(status=status, message=markupsafe.escape(f"{text} — {message}")),
                         status=status)


# Tables whose search box searches word stems (their metadata names the stemmed FTS table).
STEM_SEARCH = {f"/{DATABASE}/letters", f"/{DATABASE}/mandates"}


def german_search(path: str, query_string: bytes) -> tuple[bytes, str | None]:
    """The search box understands German: `_search` on letters and points becomes a query over
    Snowball stems, each word also as a prefix (a compound's first part finds the compound:
    "Trinkwasser" finds "Trinkwasserbrunnen"), ß and umlauts folded, any syntax taken as words
    (a stray quote mark is no error). Returns the new query string and the words as typed,
    which the page's search box shows."""
    from urllib.parse import parse_qsl, urlencode

    from archive.stemming import stems

    if path.rsplit(".", 1)[0] not in STEM_SEARCH or b"_search=" not in query_string:
        return query_string, None
    pairs = parse_qsl(query_string.decode("utf-8", "replace"), keep_blank_values=True)
    typed = " ".join(v for k, v in pairs if k == "_search")
    words = list(dict.fromkeys(stems(typed)))
    query = " ".join(f'"{w}"*' for w in words) or '""'
    pairs = [(k, v) for k, v in pairs if k not in ("_search", "_searchmode")]
    pairs += [("_search", query), ("_searchmode", "raw")]
    if path.rsplit(".", 1)[0].endswith("/letters") and not any(k.startswith("copy_of") for k, _ in pairs):
        pairs.append(("copy_of__isnull", "1"))     # found letters count once, not once per copy
    return urlencode(pairs).encode(), typed


# A letters search with more matches than this walks the letters newest first and stops when a
# page is full (the date index), instead of fetching every match to sort it: at a million letters
# a common word matches 40,000, and fetching and sorting them took longer than the 5 s limit. Below
# it fetching the matches is cheaper than walking the index, which a rare word would walk to its end.
WALK_FROM = 1000
WALK_SEARCH = "_suche"      # the walking search's parameter (handled by filters_from_request below)


async def walk_common_search(datasette, query_string: bytes) -> bytes:
    """A letters search (as german_search wrote it) that matches more than WALK_FROM letters
    becomes a walking search, without Datasette's count of all matches (a walk over every letter)."""
    from urllib.parse import parse_qsl, urlencode

    pairs = parse_qsl(query_string.decode("utf-8"), keep_blank_values=True)
    query = dict(pairs).get("_search")
    try:
        matches = (await datasette.get_database(DATABASE).execute(
            "select count(*) from (select 1 from letters_stem_fts where letters_stem_fts match :q limit :n)",
            {"q": query, "n": WALK_FROM + 1})).first()[0]
    except Exception:     # noqa: BLE001 - not an FTS query: Datasette's own search answers it
        return query_string
    if matches <= WALK_FROM:
        return query_string
    pairs = [(WALK_SEARCH if k == "_search" else k, v) for k, v in pairs if k != "_searchmode"]
    return urlencode(pairs + [("_nocount", "1")]).encode()


@hookimpl
def filters_from_request(request, database, table, datasette):
    """The walking letters search: `+id` keeps SQLite from fetching the matches by id, so it
    walks the index of the page's order and tests each letter against the matches' set."""
    if database != DATABASE or table != "letters" or WALK_SEARCH not in request.args:
        return None
    from datasette.filters import FilterArguments

    words = request.scope.get("search_typed") or request.args[WALK_SEARCH]
    return FilterArguments(
        ["+id in (select rowid from letters_stem_fts where letters_stem_fts match :walk_search)"],
        {"walk_search": request.args[WALK_SEARCH]},
        [f"Suche „{words}“ (mehr als {WALK_FROM:,} Briefe, nicht gezählt)".replace(",", ".")])


@hookimpl
def asgi_wrapper(datasette):
    """Public copy: refuse every request but GET and HEAD. With require_actor: refuse every request
    without a valid signed-in actor before Datasette sees it, so that no page, JSON, file or plugin
    route is reachable anonymously, whatever it checks itself."""

    def wrap(app):
        cache = ResponseCache()
        state: dict = {}

        async def gate(scope, receive, send):
            settings = config(datasette)
            if scope["type"] != "http":
                return await app(scope, receive, send)
            if settings.get("mode") == "public" and scope.get("method") not in ("GET", "HEAD"):
                # the public copy is read-only: no form, write, upload or login endpoint answers
                return await Response.text("405: nur lesen (read-only)", status=405,
                                           headers={"allow": "GET, HEAD"}).asgi_send(send)
            path = scope.get("path", "")
            if scope.get("query_string"):
                query_string, typed = german_search(path, scope["query_string"])
                if typed is not None:
                    if path.rsplit(".", 1)[0] == f"/{DATABASE}/letters":
                        query_string = await walk_common_search(datasette, query_string)
                    scope = dict(scope, query_string=query_string, search_typed=typed)
            if path.startswith("//"):
                # a path starting with // would make Datasette answer 500: one short 404 instead
                return await Response.text("404: nicht gefunden (not found)", status=404).asgi_send(send)
            if settings.get("mode") == "public" and path.rstrip("/").removesuffix(".json") in INTERNAL_PATHS:
                # the server's internals (versions, threads, plugins) are not the public's business
                return await Response.text("404: nicht gefunden (not found)", status=404).asgi_send(send)
            if settings.get("mode") == "public":
                identity = reopen_if_replaced(datasette, state)
                headers = dict(scope.get("headers") or [])
                if scope.get("method") == "GET" and b"cookie" not in headers:   # anonymous: one page for all
                    key = (identity, path, scope.get("query_string", b""),
                           b"gzip" in headers.get(b"accept-encoding", b""))
                    return await cached(app, cache, key, scope, receive, send)
            if not settings.get("require_actor"):
                return await app(scope, receive, send)
            path = scope.get("path", "")
            if path.startswith(OPEN_PATHS) or _actor_of(datasette, scope):
                return await app(scope, receive, send)
            accepts_html = b"text/html" in dict(scope.get("headers") or []).get(b"accept", b"")
            if accepts_html and scope.get("method") == "GET":
                response = Response.redirect("/-/login")
            else:
                response = Response.text("401: anmelden unter /-/login (authentication required)", status=401)
            await response.asgi_send(send)

        return gate

    return wrap


def _actor_of(datasette, scope) -> dict | None:
    from datasette.actor_auth_cookie import actor_from_request as cookie_actor
    from datasette.utils.asgi import Request

    request = Request(scope, None)
    actor = cookie_actor(datasette, request)
    if actor:
        return actor
    try:
        from datasette_auth_passwords.utils import scope_has_valid_authorization
    except ImportError:  # pragma: no cover - the dependency is installed with the project
        return None
    return scope_has_valid_authorization(scope, datasette)


async def _ensure_view(datasette, request, table: str | None = None) -> None:
    checks = [("view-table", (DATABASE, table))] if table else []
    checks += [("view-database", DATABASE), "view-instance"]
    await datasette.ensure_permissions(request.actor, checks)
    if config(datasette).get("require_actor") and not request.actor:
        raise Forbidden("authentication required")


# ------------------------------------------------------------------ cells

def ampel_badge(code: str, label: str | None = None, href: str | None = None) -> markupsafe.Markup:
    tag = f'a href="{markupsafe.escape(href)}"' if href else "span"
    end = "a" if href else "span"
    return markupsafe.Markup(f'<{tag} class="ampel ampel-{markupsafe.escape(code)}">'
                             f'{markupsafe.escape(label or code)}</{end}>')


STATUS_LABELS = {"done": "umgesetzt", "in_progress": "in Bearbeitung", "not_started": "nicht begonnen",
                 "rejected": "abgelehnt / nicht umsetzbar", "unknown": "unbekannt"}


@hookimpl
def render_cell(value, column, table, database):
    if database != DATABASE:
        return None
    if column in STATUS_COLUMNS and table not in ("statuses",):
        if isinstance(value, dict) and value.get("value") in STATUS_LABELS:  # an expanded foreign key
            return ampel_badge(value["value"], value.get("label"), f"/{DATABASE}/statuses/{value['value']}")
        if isinstance(value, str) and value in STATUS_LABELS:
            return ampel_badge(value, STATUS_LABELS[value])
    if column in LETTER_COLUMNS and isinstance(value, int) and table not in ("letters",):
        return markupsafe.Markup(f'<a href="/{DATABASE}/letters/{value}">{value}</a>')
    if column == "resolution" and isinstance(value, str) and value:
        return markupsafe.Markup(f'<a href="/{DATABASE}/beschluss_verlauf?resolution='
                                 f'{markupsafe.escape(_quote(value))}">{markupsafe.escape(value)}</a>')
    return None


def _correctable(letter: dict, points: list[dict]) -> list[tuple[str, str]]:
    """(field path, label) of every value the letter page's correction form offers."""
    from archive.fundstelle import label

    fields = ["letter_date", "department", "city", "file_number", "resolution", "session_number", "subject",
              "recipients", "confidential", "report_type", "next_review", "status", "sender.name", "sender.role",
              "acknowledged_by.name", "acknowledged_by.role"]
    out = [(f, label(f) if label(f) != f else f) for f in fields]
    for k, _ in enumerate(points):
        out += [(f"mandates[{k}].{part}", label(f"mandates[{k}].{part}"))
                for part in ("status", "deadlines", "number", "quote", "response")]
    return out


def _quote(value: str) -> str:
    from urllib.parse import quote
    return quote(value, safe="")


# ------------------------------------------------------------------ the letter page

FRONT_PAGE_QUERIES = {
    # Resolutions by the state their latest letter reports (the Ampel), worst first.
    "states": "select latest_status as status, count(*) as n from resolution_state group by latest_status",
    "overdue_reviews": "select resolution, subject, review_due, days_overdue, letter_id from overdue_reviews "
                       "order by review_due limit 5",
    "overdue_review_count": "select count(*) as n from overdue_reviews",
    "passed_deadlines": "select resolution, point, due_date, days_overdue, latest_status, latest_letter_id "
                        "from overdue_deadlines order by due_date limit 5",
    # the overdue_deadlines view's condition on its table (counting through the view computes every row)
    "passed_deadline_count": f"select count(*) as n from deadline_state where due_date < {TODAY} "
                             "and latest_status != 'done'",
    # the newest first through the index on letter_date (its entries end in the id), stopping after five:
    # the indexes on kind would have every follow-up letter read and sorted (5 s for a million)
    "latest_letters": "select id, letter_date, resolution, subject, status from letters "
                      "where +kind = 'beschlusskontrolle' and +copy_of is null order by letter_date desc, id desc limit 5",
}
# Counted over every resolution or deadline: kept until the data changes (archive.query_cache).
FRONT_PAGE_CACHED = {"states", "overdue_review_count", "passed_deadline_count"}
STATE_ORDER = ["not_started", "in_progress", "unknown", "rejected", "done"]


async def front_page_vars(datasette) -> dict:
    """What the front page answers first: how many resolutions stand where, what is overdue
    (worst first), what arrived last."""
    db = datasette.get_database(DATABASE)
    if db is None:
        return {}
    rows = {}
    for name, sql in FRONT_PAGE_QUERIES.items():
        try:
            run = execute_cached(db, sql) if name in FRONT_PAGE_CACHED else db.execute(sql)
            rows[name] = [dict(r) for r in (await run).rows]
        except Exception:        # an archive of an older schema, or over the time limit: that part is empty
            rows[name] = [{"n": 0}] if name.endswith("_count") else []
    counts = {r["status"]: r["n"] for r in rows["states"]}
    return {"front": {
        "states": [{"code": c, "label": STATUS_LABELS[c], "n": counts.get(c, 0)} for c in STATE_ORDER],
        "resolutions": sum(counts.values()),
        "overdue_reviews": rows["overdue_reviews"], "overdue_review_count": rows["overdue_review_count"][0]["n"],
        "passed_deadlines": rows["passed_deadlines"], "passed_deadline_count": rows["passed_deadline_count"][0]["n"],
        "latest_letters": rows["latest_letters"],
    }, "status_labels": STATUS_LABELS, "database": DATABASE}


_CHROME_DE = (Path(__file__).with_name("chrome_de.js")).read_text(encoding="utf-8")


@hookimpl
def extra_body_script(template, database, table, view_name, datasette):
    """Datasette's own labels on table, row and query pages in German (the English kept as tooltip)."""
    if view_name in ("table", "row", "database", "query"):
        return _CHROME_DE
    return ""


@hookimpl
def extra_template_vars(template, database, table, view_name, request, datasette):
    if view_name == "index":
        return lambda: front_page_vars(datasette)
    if database != DATABASE:
        return {}
    if view_name != "row" or table != "letters" or request is None:
        typed = request.scope.get("search_typed") if request is not None else None
        return {"status_labels": STATUS_LABELS, **({"search": typed} if typed is not None else {})}

    async def letter_vars():
        pk = request.url_vars.get("pks")
        db = datasette.get_database(DATABASE)
        letter = (await db.execute("select * from letters where id = ?", [pk])).first()
        if letter is None:
            return {}
        letter = dict(letter)
        document = dict((await db.execute(
            "select sha256, source_path, media_type, pages, ocr, size, full_text from documents "
            "where sha256 = ?", [letter["sha256"]])).first() or {})
        statuses = {r["code"]: dict(r) for r in (await db.execute("select * from statuses")).rows}
        points = [dict(r) for r in (await db.execute(
            "select m.*, (select group_concat(value, ', ') from deadlines d where d.mandate_id = m.id "
            "order by d.position) as deadlines from mandates m where letter_id = ? order by position",
            [letter["id"]])).rows]
        resolutions = [dict(r) for r in (await db.execute(
            "select * from letter_resolutions where letter_id = ? order by position", [letter["id"]])).rows]
        # The letters about the same resolution (straight from the indexed tables: the
        # resolution_letters view computes its window over the whole archive first).
        history = [dict(r) for r in (await db.execute(
            "select l.id as letter_id, l.letter_date, l.report_type, l.status from letter_resolutions lr "
            "join letters l on l.id = lr.letter_id where lr.resolution = ? and l.kind = 'beschlusskontrolle' and l.copy_of is null "
            "order by l.letter_date is null, l.letter_date, l.id", [letter["resolution"]])).rows] \
            if letter["resolution"] else []
        extension = EXTENSIONS.get(document.get("media_type"), "")
        decisions = [dict(r) for r in (await db.execute(
            "select action, reason, decided_by, decided_at from decisions where sha256 = ? order by id",
            [letter["sha256"]])).rows]
        group = letter["copy_of"] or letter["id"]
        copies = [dict(r) for r in (await db.execute(
            "select l.id, l.copy_of, d.media_type, d.ocr, d.source_path, d.sha256 from letters l join documents d "
            "using (sha256) where l.id = ? or l.copy_of = ? order by l.copy_of is not null, l.id", [group, group])).rows]
        for copy in copies:
            copy["url"] = f"/-/original/{copy['sha256']}{EXTENSIONS.get(copy['media_type'], '')}"
            copy["name"] = Path(copy["source_path"] or "").name
        found = (await db.execute("select fields from provenance where letter_id = ?", [letter["id"]])).first()
        sources = set(json.loads(found["fields"])) if found else set()
        corrections = [dict(r) for r in (await db.execute(
            "select field, old_value, new_value, reason, corrected_by, corrected_at from corrections "
            "where sha256 = ? order by id", [letter["sha256"]])).rows]
        return {
            "status_labels": STATUS_LABELS, "letter": letter, "document": document, "points": points, "statuses": statuses,
            "resolutions": resolutions, "history": history, "decisions": decisions,
            "copies": copies if len(copies) > 1 else [],
            "sources": sources, "corrected": set(json.loads(letter.get("corrected") or "[]")),
            "corrections": corrections, "can_correct": config(datasette).get("mode") != "public",
            "correctable": _correctable(letter, points), "source_url": lambda path: f"/-/fundstelle/{letter['id']}?feld={_quote(path)}",
            "original_url": f"/-/original/{letter['sha256']}{extension}",
            "original_name": Path(document.get("source_path") or "").name,
            "warnings": json.loads(letter.get("warnings") or "[]"),
            "resolution_url": lambda r: f"/{DATABASE}/beschluss_verlauf?resolution={_quote(r)}",
        }

    return letter_vars


# ------------------------------------------------------------------ original files

@hookimpl
def register_routes():
    return [
        (r"^/-/original/(?P<sha256>[0-9a-f]{64})(?P<ext>\.[a-z]{3,4})?$", original_file),
        (r"^/-/diagramme$", charts),
        (r"^/-/feeds/(?P<name>briefe|wiedervorlagen|fristen)\.atom$", feed),
        (r"^/-/feeds/beschluss/(?P<resolution>.+)\.atom$", feed),
        (r"^/-/seite/(?P<sha256>[0-9a-f]{64})/(?P<page>[1-9][0-9]{0,3})\.png$", page_image),
        (r"^/-/fundstelle/(?P<letter_id>[0-9]{1,12})$", source_view),
        (r"^/-/korrektur/(?P<letter_id>[0-9]{1,12})$", correction_form),
    ]


async def feed(datasette, request):
    """An Atom feed (archive.feeds) over the database being served."""
    from urllib.parse import unquote

    from archive.feeds import FEEDS, LIMIT, RESOLUTION_FEED, atom, entry

    db = datasette.get_database(DATABASE)
    base = f"{request.scheme}://{request.host}"
    name = request.url_vars.get("name")
    if name:
        title, sql = FEEDS[name]
        params = {"limit": LIMIT}
    else:
        resolution = unquote(request.url_vars["resolution"])
        name, title, sql = "beschluss", f"Beschlussarchiv: Briefe zu {resolution}", RESOLUTION_FEED
        params = {"limit": LIMIT, "resolution": resolution}
    rows = [dict(r) for r in (await db.execute(sql, params)).rows]
    if not rows and name == "beschluss":   # answered here: a NotFound would send Datasette redirecting
        return Response.text(f"404: keine Briefe zu {resolution} (no letters about it)", status=404)
    entries = [entry(base, name, row, STATUS_LABELS) for row in rows]
    return Response(atom(base + request.path, title, entries), content_type="application/atom+xml; charset=utf-8")


async def locate_original(datasette, sha256: str) -> tuple[str, dict] | None:
    """(file path, document row) of a stored document's original, or None.

    Public mode: only from publish's files folder, and only for a document in the public copy.
    Full archive: from a path the document was seen under, and only while the file there still
    has the document's sha256 (a file changed or replaced since is never served in its name).
    """
    db = datasette.get_database(DATABASE)
    row = (await db.execute("select sha256, source_path, media_type from documents where sha256 = ?",
                            [sha256])).first()
    if row is None:
        return None
    document = dict(row)
    settings = config(datasette)
    if settings.get("mode") == "public":
        folder = settings.get("files_dir")
        if not folder:
            return None
        candidate = os.path.join(folder, sha256 + EXTENSIONS.get(document["media_type"], ""))
        if file_sha256(candidate) == sha256:
            return candidate, document
        return None
    paths = [r[0] for r in (await db.execute(
        "select path from document_paths where sha256 = ? order by last_seen desc", [sha256])).rows]
    for path in dict.fromkeys([*paths, document["source_path"]]):
        if path and os.path.isfile(path) and file_sha256(path) == sha256:
            return path, document
    return None


async def original_file(request, datasette):
    await _ensure_view(datasette, request, "documents")
    sha256 = request.url_vars["sha256"]
    found = await locate_original(datasette, sha256)
    if found is None:
        raise NotFound("Originaldatei nicht vorhanden (original file not available)")
    path, document = found
    name = Path(document["source_path"] or "").name or sha256
    media_type = document["media_type"] or mimetypes.guess_type(name)[0] or "application/octet-stream"
    if media_type == "text/plain":
        media_type = "text/plain; charset=utf-8"
    data = Path(path).read_bytes()
    return Response(data, content_type=media_type,
                    headers={"content-disposition": content_disposition(name), "x-content-type-options": "nosniff"})


def content_disposition(name: str) -> str:
    """`inline` with the file's name: ASCII in `filename` (control characters, which would break
    the header, and quotes dropped), the exact name in `filename*` (RFC 6266/5987)."""
    from urllib.parse import quote as percent

    printable = "".join(ch for ch in name if ch.isprintable())
    ascii_name = printable.encode("ascii", "replace").decode().replace('"', "").replace("\\", "") or "original"
    return f"inline; filename=\"{ascii_name}\"; filename*=UTF-8''{percent(printable, safe='')}"


# ------------------------------------------------------------------ charts

CHART_QUERIES = {
    # Follow-up letters counted once however many copies (copy_of is null), as all letters (index-only,
    # on kind, year and status) less the copies (through the index on copy_of; copies are few): the
    # year and status indexes predate copy_of, so "copy_of is null" would read every letter's row,
    # 4-5 s for a million letters. The copies' part has its other terms unindexed (+) so that it
    # reads only the copies.
    "by_year": """select key, status, sum(n) as n from (
                      select letter_year as key, status, count(*) as n from letters
                      where kind = 'beschlusskontrolle' and letter_year is not null group by letter_year, status
                      union all
                      select letter_year, status, -count(*) from letters
                      where copy_of > 0 and +kind = 'beschlusskontrolle' and +letter_year is not null
                      group by +letter_year, status)
                  group by key, status having sum(n) > 0 order by key""",
    # One bar per office, however its name was spelled (department_key); labelled by a printed name.
    "by_department": """select key, status, sum(n) as n, max(name) as name from (
                            select department_key as key, status, count(*) as n, max(department) as name
                            from letters where kind = 'beschlusskontrolle' group by department_key, status
                            union all
                            select department_key, status, -count(*), null from letters
                            where copy_of > 0 and +kind = 'beschlusskontrolle' group by department_key, status)
                        group by key, status having sum(n) > 0""",
    "overdue_reviews": """select substr(review_due, 1, 4) as key, count(*) as n from overdue_reviews
                          group by key order by key""",
    # The overdue_deadlines view's condition, on its table: counting through the view would compute
    # every row's columns first (its ORDER BY keeps SQLite from flattening it into an aggregate).
    "overdue_deadlines": """select substr(due_date, 1, 4) as key, count(*) as n from deadline_state
                            where due_date < date('now', 'localtime') and latest_status != 'done'
                            group by key order by key""",
}
# An archive of schema 1 (not yet upgraded by ingest, status or publish) has no deadline_state.
CHART_FALLBACKS = {
    "overdue_deadlines": """select substr(due_date, 1, 4) as key, count(*) as n from overdue_deadlines
                            group by key order by key""",
}
STATUS_ORDER = ["done", "in_progress", "not_started", "rejected", "unknown"]


def stacked(rows) -> list[dict]:
    """[{key, total, parts: [{status, n, percent}]}] from (key, status, n) rows, keys in first-seen order."""
    groups: dict = {}
    for key, status, n in rows:
        groups.setdefault(key, {})[status] = n
    out = []
    for key, counts in groups.items():
        total = sum(counts.values())
        out.append({"key": key, "total": total,
                    "parts": [{"status": s, "n": counts[s], "percent": 100 * counts[s] / total}
                              for s in STATUS_ORDER if counts.get(s)]})
    return out


def bars(rows) -> list[dict]:
    rows = list(rows)
    peak = max((n for _, n in rows), default=0) or 1
    return [{"key": key, "n": n, "percent": 100 * n / peak} for key, n in rows]


async def charts(request, datasette):
    await _ensure_view(datasette, request)
    db = datasette.get_database(DATABASE)
    results, too_slow = {}, []
    tables = set(await db.table_names())
    for name, sql in CHART_QUERIES.items():
        if name in CHART_FALLBACKS and "deadline_state" not in tables:
            sql = CHART_FALLBACKS[name]
        try:
            results[name] = (await execute_cached(db, sql)).rows     # kept until the data changes
        except QueryInterrupted:  # over the SQL time limit: that chart says so, the others show
            results[name] = []
            too_slow.append(name)
    names: dict = {}
    for row in results["by_department"]:      # the longest printed name of the office labels its bar
        names[row[0]] = max(names.get(row[0]) or "", row[3] or "", key=len) or "(unbekannt)"
    by_department = sorted(stacked([(names[r[0]], r[1], r[2]) for r in results["by_department"]]),
                           key=lambda g: -g["total"])
    peak = max((g["total"] for g in by_department), default=1)
    for group in by_department:
        group["width"] = 100 * group["total"] / peak
    context = {
        "by_year": stacked(results["by_year"]),
        "by_department": by_department[:25],
        "overdue_reviews": bars(results["overdue_reviews"]),
        "overdue_deadlines": bars(results["overdue_deadlines"]),
        "labels": STATUS_LABELS,
        "status_order": STATUS_ORDER,
        "database": DATABASE,
        "too_slow": too_slow,
    }
    return Response.html(await datasette.render_template("diagramme.html", context, request=request))
