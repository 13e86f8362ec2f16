"""The `beschlussarchiv` command: one click group; each command is thin over a library call."""
from __future__ import annotations

import json
import os
import sys

import click

from pipeline.cli import extract


# Exit status 3: the archive (the --db file) cannot be used. What SQLite or the system said,
# and what the user can do about it, in one line instead of a traceback.
ARCHIVE_UNUSABLE = 3
_ARCHIVE_PROBLEMS = [
    ("file is not a database", "is not an archive (not an SQLite database)",
     "give the archive's path, or a new file name to create one"),
    ("malformed", "is damaged (the database image is malformed)", "restore it from a backup"),
    ("readonly", "cannot be written (a read-only file or folder)",
     "check its permissions, or copy it to a writable place"),
    ("disk is full", "cannot be written: the disk is full",
     "free some space and run the same command again; every document stored so far is complete"),
    ("unable to open", "cannot be opened", "check the path and the folder's permissions"),
]
# Exit status 4: the Dask cluster given with `ingest --cluster` cannot be used.
CLUSTER_UNUSABLE = 4
_ERRNO_PROBLEMS = {28: "disk is full", 30: "readonly", 13: "readonly"}   # ENOSPC, EROFS, EACCES


def archive_problem(exc: BaseException, db: str | None) -> str | None:
    """The one-line message for an archive that cannot be used, or None for any other error."""
    import sqlite3

    if isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
    elif isinstance(exc, OSError) and exc.errno in _ERRNO_PROBLEMS:
        text = _ERRNO_PROBLEMS[exc.errno]
    else:
        return None
    for needle, what, todo in _ARCHIVE_PROBLEMS:
        if needle in text:
            return f"error: {shown_name(db or 'the archive')} {what}: {todo}"
    return None


class _Commands(click.Group):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except Exception as exc:
            message = archive_problem(exc, _db_argument(sys.argv))
            if message is None:
                raise
            click.echo(message, err=True)
            sys.exit(ARCHIVE_UNUSABLE)


def _db_argument(argv: list[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--db" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--db="):
            return arg[5:]
    return None


@click.group(cls=_Commands)
@click.version_option(package_name="beschlussarchiv")
def main() -> None:
    """beschlussarchiv: read council follow-up letters into an archive and publish it."""


@main.command()
def schema() -> None:
    """Print the JSON Schema of the record.

    Example: beschlussarchiv schema > record.schema.json
    """
    from models import Record
    click.echo(json.dumps(Record.model_json_schema(), ensure_ascii=False, indent=2))


main.add_command(extract)


def shown_name(path: str) -> str:
    """A file name as printed: control characters (a newline, a CR) escaped, so that a name can
    never forge an output line."""
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
    return "".join(named.get(ch) or (f"\\x{ord(ch):02x}" if ord(ch) < 32 or ord(ch) == 127 else ch) for ch in path)


def _db_option(func):
    return click.option("--db", "db", required=True, type=click.Path(dir_okay=False, path_type=str),
                        help="The archive (an SQLite file).")(func)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@_db_option
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes that read files  [default: the number of CPUs]")
@click.option("--reprocess", is_flag=True, help="Read stored documents again (default: skip them).")
@click.option("--retry-failed", is_flag=True, help="Retry every file whose latest attempt failed.")
@click.option("--ocr", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="auto: OCR pages without a usable text layer and images.")
@click.option("--timeout", type=click.FloatRange(min=0), default=300, show_default=True,
              help="Seconds to read one file; a file that takes longer fails with that reason (0: no limit).")
@click.option("--max-memory", "max_memory", type=click.IntRange(min=0), default=4096, show_default=True,
              help="MB of memory for the worker reading a file; a file that needs more fails with that reason (0: no limit).")
@click.option("--cluster", metavar="ADDRESS", default=None,
              help="Let the workers of the running Dask scheduler at ADDRESS (tcp://host:8786) read the files "
                   "instead of local processes; this process stores. Their memory is set with "
                   "`dask worker --memory-limit`.")
def ingest(paths: tuple[str, ...], db: str, workers: int | None, reprocess: bool, retry_failed: bool,
           ocr: str, timeout: float, max_memory: int, cluster: str | None) -> None:
    """Read files and folders (recursively) into the archive; progress on stderr.

    Example: beschlussarchiv ingest scans/ digital/ letter.pdf --db archive.db

    Documents already stored are skipped (unless --reprocess or the pipeline changed); a file
    that cannot be read is listed in ingest_errors and the others go on. Exit status 1 when
    any file failed.
    """
    import os

    from archive.ingest import Options, ingest as run_ingest

    if not paths and not retry_failed:
        raise click.UsageError("give files or folders to ingest, or --retry-failed")
    if cluster and workers:
        raise click.UsageError("--workers counts local processes; with --cluster the cluster's workers read")
    options = Options(workers=workers or max(os.cpu_count() or 1, 1), reprocess=reprocess,
                      retry_failed=retry_failed, ocr=ocr, timeout=timeout, max_memory_mb=max_memory,
                      cluster=cluster)
    from archive.cluster import ClusterError
    from archive.ingest import ArchiveBusy
    try:
        summary = run_ingest(paths, db, options)
    except ArchiveBusy as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(3)
    except ClusterError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(CLUSTER_UNUSABLE)
    except KeyboardInterrupt:
        click.echo("\ninterrupted: every document stored so far is complete and kept; "
                   "run the same command again to go on", err=True)
        sys.exit(130)
    for path, message in summary.failures[:50]:
        click.echo(f"failed: {shown_name(path)}: {message}", err=True)
    if len(summary.failures) > 50:
        click.echo(f"... and {len(summary.failures) - 50} more (see: beschlussarchiv status --db {db})", err=True)
    if summary.not_documents:
        kinds = ", ".join(f"{n} {suffix or 'without suffix'}" for suffix, n in summary.not_documents.most_common())
        click.echo(f"not documents, left out: {kinds} (give such a file by name to try it)", err=True)
    click.echo(f"ingest: {summary.line()}", err=True)
    if summary.failed:
        sys.exit(1)


@main.command()
@_db_option
@click.option("--json", "as_json", is_flag=True, help="As one JSON object.")
def status(db: str, as_json: bool) -> None:
    """What the archive holds: counts, files that failed, the last ingest run.

    Example: beschlussarchiv status --db archive.db
    """
    from archive import store

    if not os.path.exists(db):
        raise click.ClickException(f"no archive at {db}: create it with beschlussarchiv ingest FILES --db {db}")
    conn = store.open_archive(db)
    try:
        info = store.status(conn)
    finally:
        conn.close()
    if as_json:
        click.echo(json.dumps(info, ensure_ascii=False, indent=2))
        return
    counts = info["counts"]
    click.echo(f"archive {db} (schema {info['schema_version']}, pipeline {info['pipeline_version']})")
    click.echo(f"  documents       {counts['documents']} ({info['ocr_documents']} read with OCR, "
               f"{info['outdated_documents']} from an older pipeline), {counts['document_paths']} paths")
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(info["letters_by_kind"].items())) or "none"
    click.echo(f"  letters         {counts['letters']} ({kinds})")
    click.echo(f"  points          {counts['mandates']}, deadlines {counts['deadlines']}, "
               f"resolution links {counts['letter_resolutions']}")
    run = info["last_run"]
    if run:
        state = run["state"] if run["state"] != "running" else "running, or stopped without finishing"
        click.echo(f"  last run        #{run['id']} {run['started_at']} ({state}): {run['new']} new, "
                   f"{run['reprocessed']} reprocessed, {run['skipped']} skipped, {run['failed']} failed")
    failures = info["failures"]
    click.echo(f"  failed files    {len(failures)}" + (" (retry: beschlussarchiv ingest --retry-failed "
                                                      f"--db {db})" if failures else ""))
    for f in failures:
        click.echo(f"    {f['path']}: [{f['stage']}] {f['message']}")


@main.command()
@_db_option
@click.option("--corrections", "only_corrections", is_flag=True,
              help="Print the corrections in force instead (JSON Lines), for import-corrections.")
def export(db: str, only_corrections: bool) -> None:
    """Print every stored record as JSON Lines, in the contract's form (as extract --json does),
    with the archivists' corrections applied (listed in each record's `corrected`) and where
    each value was read (`provenance`).

    Example: beschlussarchiv export --db archive.db > records.jsonl
    """
    from archive import store
    from archive.corrections import corrections_export

    if not os.path.exists(db):
        raise click.ClickException(f"no archive at {db}")
    conn = store.connect(db, readonly=True)
    try:
        if only_corrections:
            for entry in corrections_export(conn):
                sys.stdout.write(json.dumps(entry, ensure_ascii=False) + "\n")
            return
        for record in store.load_records(conn):
            sys.stdout.write(record.model_dump_json() + "\n")
    finally:
        conn.close()


@main.command()
@click.argument("letter")
@click.argument("field")
@click.argument("value")
@_db_option
@click.option("--reason", required=True, help="Why: kept with the correction.")
@click.option("--by", "by", default=None, help="Who corrects  [default: the login name]")
def correct(letter: str, field: str, value: str, db: str, reason: str, by: str | None) -> None:
    """Correct one value of a letter; the correction outlasts every new reading.

    LETTER is the letter's number or its sha256; FIELD a field path (letter_date, status,
    confidential, sender.name, mandates[2].status, mandates[2].deadlines, …; points from 0);
    VALUE the right value ('-' clears it; deadlines comma-separated). Every view, page,
    export and the next public copy show it; ingest --reprocess keeps it.

    Example: beschlussarchiv correct 17 "mandates[1].status" done --reason "laut Schlussbericht" --db archive.db
    """
    import getpass

    from archive.corrections import CorrectionError
    from archive.corrections import correct as make_correction

    conn = _open_existing(db)
    try:
        row, old, new = make_correction(conn, letter, field, value, reason, by=by or getpass.getuser())
    except CorrectionError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        conn.close()
    click.echo(f"letter {row['id']}: {field} {json.dumps(old, ensure_ascii=False)} -> "
               f"{json.dumps(new, ensure_ascii=False)}; publish again to show it in the public copy")


@main.command(name="import-corrections")
@click.argument("file", type=click.File("r", encoding="utf-8"))
@_db_option
def import_corrections_command(file, db: str) -> None:
    """Apply corrections exported with `export --corrections` (to a rebuilt archive, say).

    Example: beschlussarchiv import-corrections corrections.jsonl --db archive.db
    """
    from archive.corrections import import_corrections

    entries = []
    for number, line in enumerate(file, start=1):
        if line.strip():
            try:
                entries.append(json.loads(line))
            except ValueError:
                raise click.ClickException(f"{file.name}, line {number}: not JSON; give a file written by "
                                           "export --corrections") from None
    conn = _open_existing(db)
    try:
        applied, problems = import_corrections(conn, entries)
    finally:
        conn.close()
    for problem in problems:
        click.echo(f"not applied: {problem}", err=True)
    click.echo(f"{applied} corrections applied, {len(problems)} not applied")
    if problems:
        sys.exit(1)


@main.command()
@_db_option
@click.option("--public", "public", required=True, type=click.Path(dir_okay=False, path_type=str),
              help="The public copy to write (replaced when it exists).")
@click.option("--files", "files_dir", type=click.Path(file_okay=False, path_type=str), default=None,
              help="Folder for the published original files  [default: PUBLIC without .db + .files]")
@click.option("--no-files", is_flag=True, help="Do not copy the original files.")
def publish(db: str, public: str, files_dir: str | None, no_files: bool) -> None:
    """Write a public copy of the archive: no confidential or unverified letter, nothing derived from one.

    Example: beschlussarchiv publish --db archive.db --public public.db

    Only letters marked not confidential are copied, with their points, deadlines, search rows
    and original files (into public.files/); paths, ingest runs and errors stay behind.
    """
    from archive.publish import PublishError, publish as run_publish

    try:
        summary = run_publish(db, public, files_dir=files_dir, copy_files=not no_files)
    except PublishError as e:
        raise click.ClickException(str(e))
    click.echo(f"publish: {summary.line()} -> {summary.public}"
               + ("" if no_files else f", files in {summary.files_dir}"), err=True)


@main.command()
@_db_option
@click.option("--public", "public", is_flag=True,
              help="Serve a public copy (written by publish): read-only, SQL time limits, its files only.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. The full archive on any other address than 127.0.0.1 needs "
                   "BESCHLUSSARCHIV_PASSWORD_HASH (see `datasette hash-password`).")
@click.option("--port", type=click.IntRange(0, 65535), default=8001, show_default=True, help="Port.")
@click.option("--files", "files_dir", type=click.Path(file_okay=False, path_type=str), default=None,
              help="With --public: the folder of original files  [default: DB without .db + .files]")
def serve(db: str, public: bool, host: str, port: int, files_dir: str | None) -> None:
    """Serve the archive with Datasette (letters, resolutions, charts, original files).

    Example: beschlussarchiv serve --db archive.db

    Example: beschlussarchiv serve --db public.db --public --host 0.0.0.0
    """
    from archive.serve import ServeError, ServeOptions, run

    try:
        run(ServeOptions(db=db, public=public, host=host, port=port, files_dir=files_dir))
    except ServeError as e:
        raise click.ClickException(str(e))


# ------------------------------------------------------------------ the archivist decides what goes public

def _open_existing(db: str):
    from archive import store

    if not os.path.exists(db):
        raise click.ClickException(f"no archive at {db}: create it with beschlussarchiv ingest FILES --db {db}")
    return store.open_archive(db)


@main.command()
@_db_option
@click.option("--json", "as_json", is_flag=True, help="As JSON lines, one letter each.")
def review(db: str, as_json: bool) -> None:
    """List the letters the public copy leaves out, with the reason and the file, and the
    letters whose new reading disagrees with an archivist's correction.

    Example: beschlussarchiv review --db archive.db
    """
    from archive.corrections import disputed_corrections
    from archive.decisions import withheld

    conn = _open_existing(db)
    try:
        rows, disputed = withheld(conn), disputed_corrections(conn)
    finally:
        conn.close()
    for row in rows + disputed:
        if as_json:
            click.echo(json.dumps(row, ensure_ascii=False))
            continue
        click.echo(f"letter {row['letter']}  {row['letter_date'] or '—'}  {row['resolution'] or '—'}  "
                   f"{shown_name(row['file'] or '')}")
        if row["kind"] == "withheld":
            click.echo(f"  {row['reason']}")
        for note in row.get("notes", []) + [f"warning: {w}" for w in row.get("warnings", [])]:
            click.echo(f"  {note}")
    if not as_json:
        click.echo(f"{len(rows)} letters withheld from the public copy; "
                   f"publish one with: beschlussarchiv release LETTER --reason ... --db {db}")
        if disputed:
            click.echo(f"{len(disputed)} letters whose new reading disagrees with a correction: check them, and "
                       "correct again or keep the correction")


def _decision_command(action: str, summary: str):
    @main.command(name=action, help=f"""{summary}

    LETTER is the letter's number (as on its page and in review) or its sha256. The decision
    (who, when, why) is kept in the archive: it survives re-ingest, --reprocess and new pipeline
    versions, and the next publish obeys it.

    Example: beschlussarchiv {action} 17 --reason "..." --db archive.db
    """)
    @click.argument("letter")
    @_db_option
    @click.option("--reason", required=True, help="Why: kept with the decision.")
    @click.option("--by", "by", default=None, help="Who decides  [default: the login name]")
    def command(letter: str, db: str, reason: str, by: str | None) -> None:
        import getpass

        from archive.decisions import DecisionError, decide

        conn = _open_existing(db)
        try:
            row = decide(conn, letter, action, reason, by=by or getpass.getuser())
        except DecisionError as exc:
            raise click.ClickException(str(exc)) from None
        finally:
            conn.close()
        verb = "released for" if action == "release" else "withheld from"
        click.echo(f"letter {row['id']} ({row['resolution'] or 'no resolution'}, {row['letter_date'] or 'undated'}) "
                   f"{verb} the public copy; publish again to apply it")
    return command


release = _decision_command("release", "Publish a letter although it is marked confidential or unverified.")
withhold = _decision_command("withhold", "Keep a letter out of the public copy although it is marked public.")
