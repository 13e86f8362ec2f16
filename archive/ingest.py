"""Batch ingestion: many files -> the archive, with worker processes and one writer.

    ingest(paths, db_path, options) -> Summary

    find files      folders recursively, in sorted order; hidden files and folders are left out
    identify        sha256 of each file (in this, the writer process): stored documents are
                    skipped unless --reprocess or their pipeline version differs; the same
                    file under a second name is only recorded as a further path
    extract         in long-lived worker processes (imports are paid once per worker):
                    read_document + parse_letter, turned into rows there (stemming included);
                    with Options.cluster on a Dask cluster instead (archive.cluster)
    store           one transaction per document, in this process only (the single writer)

A file that cannot be read lands in `ingest_errors` (expected failures with the reader's
message and remedy; unexpected ones with their traceback in `detail`) and the batch goes on.
A run killed at any moment leaves only whole documents behind: the rerun completes it.
"""
from __future__ import annotations

import dataclasses

import hashlib
import importlib
import json
import os
import signal
import sqlite3
import stat
import sys
import time
from collections import Counter
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import TextIO

from archive import store
from archive.rows import RecordRows, record_rows

DEFAULT_EXTRACTOR = "archive.ingest:extract_rows"


@dataclass(frozen=True)
class Options:
    workers: int = max(os.cpu_count() or 1, 1)
    reprocess: bool = False
    retry_failed: bool = False
    ocr: str = "auto"
    # "module:function" run in the workers: (path, ocr) -> RecordRows; raises UnreadableDocument.
    extractor: str = DEFAULT_EXTRACTOR
    # Per file: seconds of reading, after which the file fails with that reason (0: no limit) ...
    timeout: float = 300.0
    # ... and memory (address space) of the worker reading it, in MB (0: no limit).
    max_memory_mb: int = 4096
    # A running Dask scheduler ("tcp://host:8786") whose workers read instead of local processes.
    cluster: str | None = None


@dataclass
class Summary:
    run_id: int
    files: int = 0
    new: int = 0
    reprocessed: int = 0
    skipped: int = 0
    failed: int = 0
    duration_s: float = 0.0
    store_s: float = 0.0      # time the writer spent storing documents (transactions included)
    known_failures: int = 0   # skipped: unreadable before, same file, same pipeline version
    failures: list[tuple[str, str]] = field(default_factory=list)  # (path, message)
    not_documents: Counter = field(default_factory=Counter)       # suffix -> files left out of folders

    @property
    def done(self) -> int:
        return self.new + self.reprocessed + self.skipped + self.failed

    def line(self) -> str:
        known = (f" (of them {self.known_failures} unreadable as before: --retry-failed tries again)"
                 if self.known_failures else "")
        return (f"{self.files} files in {self.duration_s:.1f} s: {self.new} new, "
                f"{self.reprocessed} reprocessed, {self.skipped} skipped{known}, {self.failed} failed")


# ---------------------------------------------------------------- the workers' side

def extract_rows(path: str, ocr: str) -> RecordRows:
    """The pipeline on one file, turned into rows (the run id and time are set by the writer)."""
    from pipeline import PIPELINE_VERSION, read_document
    from pipeline.letter import parse_letter
    from pipeline.provenance import locate

    doc = read_document(path, ocr=ocr)
    record = parse_letter(doc)
    record = record.model_copy(update={"provenance": locate(record, doc)})
    return record_rows(record, full_text=doc.text, size=os.path.getsize(path),
                       pipeline_version=PIPELINE_VERSION, ingested_at="")


@dataclass(frozen=True)
class Failure:
    stage: str
    error: str
    message: str
    remedy: str | None = None
    detail: str | None = None


_extract: Callable[[str, str], RecordRows] | None = None


def _load(extractor: str) -> Callable[[str, str], RecordRows]:
    module, _, name = extractor.partition(":")
    return getattr(importlib.import_module(module), name)


def _init_worker(extractor: str) -> None:
    """Load the extractor; for the pipeline, also pay its one-off costs (imports, spaCy's
    German lookups: together ~4 s) before the first file.

    Runs once in the writer before the first pool starts: workers are forked from it, so they
    start warm and share that memory, and a pool restarted after a crash starts at once.
    """
    global _extract
    if _extract is not None and getattr(_init_worker, "loaded", None) == extractor:
        return
    _extract = _load(extractor)
    _init_worker.loaded = extractor  # type: ignore[attr-defined]
    # Every extractor here wraps the pipeline: its one-off cost must not count against --timeout.
    import pipeline
    pipeline.warm_up()


def _start_worker(extractor: str, parent: int | None = None, max_memory_mb: int = 0) -> None:
    """In each worker process: Ctrl-C is the writer's business (it stops the run cleanly), the
    worker dies with the writer, however the writer ends (kill -9 included), and its memory is
    capped, so that one huge file fails alone instead of the machine swapping."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent(parent)
    _init_worker(extractor)
    if max_memory_mb:
        import resource
        limit = max_memory_mb * 1024 * 1024
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        resource.setrlimit(resource.RLIMIT_AS, (limit if hard == resource.RLIM_INFINITY else min(limit, hard), hard))


class _TimedOut(Exception):
    pass


def _alarm(signum, frame):
    raise _TimedOut()


def _die_with_parent(parent: int | None) -> None:
    """Ask Linux to kill this process when its parent dies (prctl PR_SET_PDEATHSIG); elsewhere
    nothing. A parent that died before the request leaves us orphaned already: leave at once."""
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)          # PR_SET_PDEATHSIG = 1
    except (OSError, AttributeError):
        return
    if parent is not None and os.getppid() != parent:
        os._exit(1)


def _work(path: str, ocr: str, timeout: float = 0, max_memory_mb: int = 0) -> RecordRows | Failure:
    from pipeline.errors import UnreadableDocument
    assert _extract is not None
    if timeout:   # an alarm interrupts the reading at the next Python step (OCR: after the page)
        signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        return _extract(path, ocr)
    except _TimedOut:
        return Failure("extract", "TimedOut", f"took longer than {timeout:g} s to read",
                       "split the file, or try it alone with a longer --timeout")
    except MemoryError:
        return Failure("extract", "OutOfMemory", f"needed more than {max_memory_mb} MB of memory to read",
                       "split the file, or try it alone with a higher --max-memory")
    except UnreadableDocument as exc:
        return Failure(exc.stage, "UnreadableDocument", exc.reason, exc.remedy)
    except Exception as exc:  # a bug or a library failing on this file: keep the traceback
        return Failure("extract", type(exc).__name__, str(exc) or type(exc).__name__,
                       "report this file to the maintainers", traceback.format_exc())
    finally:
        if timeout:
            signal.setitimer(signal.ITIMER_REAL, 0)


# ---------------------------------------------------------------- finding and identifying files

# In a folder, files with these suffixes are documents; the rest (truth files, notes, office
# files) are counted and named in the summary, not ingested. Files given by name are always tried.
DOCUMENT_SUFFIXES = {".pdf", ".png", ".tif", ".tiff", ".jpg", ".jpeg", ".txt", ""}


def find_files(paths: Iterable[str | Path], others: Counter | None = None) -> Iterator[tuple[str, str | None]]:
    """(path as given or found, problem) for every document under the paths, folders recursively;
    `others` counts the files in folders that are not documents, by suffix."""
    for given in paths:
        p = Path(given)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    suffix = Path(name).suffix.lower()
                    if suffix in DOCUMENT_SUFFIXES:
                        path = os.path.join(root, name)
                        yield path, not_regular(path)
                    elif others is not None:
                        others[suffix] += 1
        elif p.exists():
            yield str(given), not_regular(str(given))
        else:
            yield str(given), "no such file or folder"


def not_regular(path: str) -> str | None:
    """Why a path is not a regular file (a FIFO would block the reader for good, a device never
    ends), or None. Links are followed: a link to /dev/zero is a device."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        return f"cannot be opened ({exc.strerror})"
    if stat.S_ISREG(mode):
        return None
    kind = ("a FIFO (named pipe)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a regular file")
    return f"is {kind}, not a document: skipped"


def sha256_of(path: str) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


# ---------------------------------------------------------------- progress

class Progress:
    """Files done, failed, rate and ETA on stderr: one updating line on a terminal, else a line
    every `every` seconds."""

    def __init__(self, total: int, out: TextIO | None = None, every: float = 10.0):
        self.total, self.out, self.every = total, out or sys.stderr, every
        self.tty = hasattr(self.out, "isatty") and self.out.isatty()
        self.start = self.last = time.monotonic()
        self.shown = -1
        self.current: str | None = None   # the file being read longest, named on the line

    def update(self, s: Summary, force: bool = False) -> None:
        t = time.monotonic()
        if not force and t - self.last < (0.2 if self.tty else self.every):
            return
        self.last = t
        elapsed = max(t - self.start, 1e-9)
        rate = s.done / elapsed
        eta = (self.total - s.done) / rate if rate > 0 else float("nan")
        eta_text = "?" if eta != eta else f"{int(eta) // 60}:{int(eta) % 60:02d}"
        line = (f"ingest: {s.done}/{self.total} files, {s.failed} failed, "
                f"{rate:.1f} files/s, ETA {eta_text}")
        if self.current and s.done < self.total:
            from archive.cli import shown_name
            line += f", reading {shown_name(os.path.basename(self.current))}"
        if force and not self.tty and s.done == self.shown:
            return  # nothing new since the last line
        self.shown = s.done
        self.out.write(f"\r{line}\x1b[K" if self.tty else line + "\n")
        self.out.flush()

    def finish(self) -> None:
        if self.tty:
            self.out.write("\n")
            self.out.flush()


# ---------------------------------------------------------------- the writer

class _Writer:
    """Every write of a run, each in its own transaction."""

    def __init__(self, conn: sqlite3.Connection, summary: Summary):
        self.conn, self.summary = conn, summary

    def _count(self, column: str) -> None:
        self.conn.execute(f"UPDATE ingest_runs SET {column} = {column} + 1 WHERE id = ?",
                          (self.summary.run_id,))
        setattr(self.summary, column, getattr(self.summary, column) + 1)

    def _close_errors(self, paths: Iterable[str]) -> None:
        self.conn.executemany("UPDATE ingest_errors SET current = 0 WHERE path = ? AND current = 1",
                              [(p,) for p in paths])

    def stored(self, rows: RecordRows, paths: list[str], reprocessed: bool) -> None:
        started = time.perf_counter()
        stamp = store.now()
        rows = dataclasses.replace(rows, document={**rows.document, "ingested_at": stamp, "run_id": self.summary.run_id})
        with store.transaction(self.conn):
            store.write_rows(self.conn, rows)
            store.add_paths(self.conn, rows.document["sha256"], paths, seen_at=stamp, run_id=self.summary.run_id)
            self._close_errors(paths)
            self._count("reprocessed" if reprocessed else "new")
            for _ in paths[1:]:
                self._count("skipped")
        self.summary.store_s += time.perf_counter() - started

    def seen(self, sha256: str, path: str) -> None:
        """A stored document seen again (perhaps under a new name)."""
        with store.transaction(self.conn):
            store.add_paths(self.conn, sha256, [path], seen_at=store.now(), run_id=self.summary.run_id)
            self._close_errors([path])
            self._count("skipped")

    def known_failure(self) -> None:
        """A file that was unreadable before, unchanged: its error stays current."""
        with store.transaction(self.conn):
            self._count("skipped")
        self.summary.known_failures += 1

    def failed(self, path: str, sha256: str | None, failure: Failure, shown: str) -> None:
        with store.transaction(self.conn):
            self._close_errors([path])
            self.conn.execute(
                "INSERT INTO ingest_errors (run_id, path, sha256, stage, error, message, remedy, detail, "
                "occurred_at, current) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                (self.summary.run_id, path, sha256, failure.stage, failure.error, failure.message,
                 failure.remedy, failure.detail, store.now()))
            self._count("failed")
        text = failure.message + (f" — {failure.remedy}" if failure.remedy else "")
        self.summary.failures.append((shown, text))


def _start_run(conn: sqlite3.Connection, options: Options, paths: list[str]) -> int:
    from pipeline import PIPELINE_VERSION
    with store.transaction(conn):
        return conn.execute(
            "INSERT INTO ingest_runs (started_at, state, pipeline_version, options, workers) "
            "VALUES (?, 'running', ?, ?, ?)",
            (store.now(), PIPELINE_VERSION,
             json.dumps({"paths": paths, "reprocess": options.reprocess,
                         "retry_failed": options.retry_failed, "ocr": options.ocr,
                         **({"cluster": options.cluster} if options.cluster else {})}, ensure_ascii=False),
             options.workers)).lastrowid


def _finish_run(conn: sqlite3.Connection, summary: Summary, state: str) -> None:
    with store.transaction(conn):
        conn.execute("UPDATE ingest_runs SET finished_at = ?, state = ?, files = ?, duration_s = ? WHERE id = ?",
                     (store.now(), state, summary.files, round(summary.duration_s, 3), summary.run_id))


def known_unreadable(conn: sqlite3.Connection, version: str) -> dict[str, str]:
    """sha256 -> absolute path of files this pipeline version found unreadable (deterministic)."""
    return dict(conn.execute(
        "SELECT e.sha256, e.path FROM ingest_errors e JOIN ingest_runs r ON r.id = e.run_id "
        "WHERE e.current = 1 AND e.error = 'UnreadableDocument' AND e.sha256 IS NOT NULL "
        "AND r.pipeline_version = ?", (version,)).fetchall())


def failed_paths(conn: sqlite3.Connection) -> list[str]:
    """The files whose latest attempt failed: what --retry-failed retries."""
    return [r[0] for r in conn.execute(
        "SELECT path FROM ingest_errors WHERE current = 1 GROUP BY path ORDER BY min(id)")]


# ---------------------------------------------------------------- the run

@dataclass
class _Task:
    path: str           # as given / found: becomes source.path
    key: str            # absolute path: what document_paths and ingest_errors record
    sha256: str
    reprocess: bool
    state: str = "pending"   # pending | stored | failed
    attempts: int = 0        # worker crashes it was caught in
    failure: Failure | None = None
    duplicates: list[str] = field(default_factory=list)  # further absolute paths of the same file
    submitted: float = 0.0   # time.monotonic() when handed to the pool
    overran: bool = False    # read alone and stuck past its time limit


def ingest(paths: Iterable[str | Path], db_path: str | Path, options: Options = Options(),
           *, progress: TextIO | None = None) -> Summary:
    """Ingest files and folders into the archive at db_path; see the module docstring."""
    from pipeline import PIPELINE_VERSION

    started = time.monotonic()
    lock = _lock_archive(db_path)
    conn = store.open_archive(db_path)
    try:
        _mark_interrupted(conn)
        given = [str(p) for p in paths]
        retry = failed_paths(conn) if options.retry_failed else []
        summary = Summary(run_id=_start_run(conn, options, given))
        writer = _Writer(conn, summary)
        files = list(dict.fromkeys(find_files([*given, *retry], summary.not_documents)))
        files = list({os.path.abspath(p): (p, problem) for p, problem in files}.values())
        summary.files = len(files)
        retry_keys = {os.path.abspath(p) for p in retry}
        bar = Progress(len(files), progress)
        state = "interrupted"
        try:
            _run(files, retry_keys, store.stored_versions(conn), known_unreadable(conn, PIPELINE_VERSION),
                 PIPELINE_VERSION, options, writer, bar)
            state = "finished"
        finally:
            summary.duration_s = time.monotonic() - started
            bar.update(summary, force=True)
            bar.finish()
            _finish_run(conn, summary, state)
        return summary
    finally:
        conn.close()
        if lock is not None:
            lock.close()


class ArchiveBusy(Exception):
    """Another ingest is writing into the same archive."""


def _lock_archive(db_path: str | Path):
    """One ingest per archive at a time: an exclusive lock on '<archive>.lock', held for the run
    and released by the kernel however the run ends. None for an in-memory archive."""
    if str(db_path) == ":memory:":
        return None
    import fcntl
    path = Path(f"{db_path}.lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(path, "a+")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().strip() or "another process"
        handle.close()
        raise ArchiveBusy(f"another ingest ({holder}) is writing into {db_path}: wait for it to finish, "
                          f"or stop it, then run this one again") from None
    handle.seek(0)
    handle.truncate()
    handle.write(f"pid {os.getpid()}")
    handle.flush()
    return handle


def _mark_interrupted(conn: sqlite3.Connection) -> None:
    """Runs left 'running' by a process that is gone (we hold the archive's lock, so no other
    ingest is running) were interrupted: say so."""
    with store.transaction(conn):
        conn.execute("UPDATE ingest_runs SET state = 'interrupted' WHERE state = 'running'")


def _run(files: list[tuple[str, str | None]], retry_keys: set[str], stored: dict[str, str],
         unreadable: dict[str, str], version: str, options: Options, writer: _Writer, bar: Progress) -> None:
    in_run: dict[str, _Task] = {}   # sha256 -> task, for files met again in this run

    def tasks() -> Iterator[_Task]:
        for path, problem in files:
            key = os.path.abspath(path)
            if problem:
                missing = problem.startswith("no such")
                writer.failed(key, None, Failure("find", "NotFound" if missing else "NotRegular", problem,
                                                 "check the path" if missing else "give regular files only"), path)
                bar.update(writer.summary)
                continue
            try:
                sha, _ = sha256_of(path)
            except OSError as exc:
                writer.failed(key, None, Failure("read", "OSError", f"cannot be opened ({exc.strerror})",
                                                 "check its permissions"), path)
                bar.update(writer.summary)
                continue
            if sha in in_run:
                task = in_run[sha]
                if task.state == "stored":
                    writer.seen(sha, key)
                elif task.state == "failed" and task.failure:
                    writer.failed(key, sha, task.failure, path)
                else:
                    task.duplicates.append(key)
                bar.update(writer.summary)
                continue
            force = options.reprocess or key in retry_keys
            if sha in stored and stored[sha] == version and not force:
                in_run[sha] = _Task(path, key, sha, False, state="stored")
                writer.seen(sha, key)
                bar.update(writer.summary)
                continue
            if unreadable.get(sha) == key and not force:
                writer.known_failure()
                bar.update(writer.summary)
                continue
            in_run[sha] = task = _Task(path, key, sha, reprocess=sha in stored)
            yield task

    if options.cluster:   # the cluster reads; this process stores all the same (archive.cluster)
        from archive.cluster import extract_on_cluster
        extract_on_cluster(tasks(), options, writer, bar)
        return

    limit = max(options.workers, 1) * 4
    pending = tasks()
    exhausted = False
    # fork: workers inherit the warmed-up extractor (see _init_worker). The writer's database
    # connection is never used in a worker, and workers leave with os._exit.
    ctx = get_context("fork")
    executor: ProcessPoolExecutor | None = None   # started at the first file to read

    def new_pool() -> ProcessPoolExecutor:
        _init_worker(options.extractor)
        return ProcessPoolExecutor(options.workers, mp_context=ctx, initializer=_start_worker,
                                   initargs=(options.extractor, os.getpid(), options.max_memory_mb))

    def submit(task: _Task) -> Future:
        task.submitted = time.monotonic()
        try:
            return executor.submit(_work, task.path, options.ocr, options.timeout, options.max_memory_mb)
        except BrokenProcessPool as exc:
            # A worker died while the queue was being filled: the file was never sent. It goes
            # back with the files in flight, as if the pool had broken under it.
            lost: Future = Future()
            lost.set_exception(exc)
            return lost

    in_flight: dict[Future, _Task] = {}
    # Files that were in flight when a worker died: each is then read alone, so that only
    # the file that kills a worker fails (a crash in a C library, the OOM killer).
    suspects: deque[_Task] = deque()
    try:
        while True:
            if suspects:
                if not in_flight:
                    task = suspects.popleft()
                    executor = executor or new_pool()
                    in_flight[submit(task)] = task
            else:
                while not exhausted and len(in_flight) < limit:
                    task = next(pending, None)
                    if task is None:
                        exhausted = True
                    else:
                        executor = executor or new_pool()
                        future = submit(task)
                        in_flight[future] = task
                        if future.done():   # the pool broke: fill no more until it is replaced
                            break
            if not in_flight:
                break
            done, _ = wait(in_flight, timeout=1.0, return_when=FIRST_COMPLETED)
            broken = _overran(in_flight, done, options, executor)
            for future in done:
                try:
                    result = future.result()
                except BrokenProcessPool:
                    broken = True
                    continue
                _store_result(in_flight.pop(future), result, writer)
            if broken:
                caught = list(in_flight.values())
                in_flight.clear()
                assert executor is not None
                executor.shutdown(wait=False, cancel_futures=True)
                executor = None
                if len(caught) == 1 and caught[0].overran:   # stuck where the alarm cannot reach
                    _store_result(caught[0], Failure(
                        "extract", "TimedOut", f"took longer than {options.timeout:g} s to read (the worker was replaced)",
                        "split the file, or try it alone with a longer --timeout"), writer)
                elif len(caught) == 1 and caught[0].attempts > 0:  # it was alone: it is the cause
                    _store_result(caught[0], Failure(
                        "extract", "WorkerDied",
                        "the worker process reading this file died (out of memory or a crash in a library)",
                        "try it alone with: beschlussarchiv extract FILE"), writer)
                else:
                    for task in caught:
                        task.attempts += 1
                    suspects.extend(caught)
            bar.current = min(in_flight.values(), key=lambda t: t.submitted).path if in_flight else None
            bar.update(writer.summary)
    finally:
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)


def _overran(in_flight: dict[Future, _Task], done: set, options: Options, executor) -> bool:
    """A backstop for a file stuck in C code, where the worker's alarm cannot interrupt it: when
    a file read alone runs a minute (at most its limit again) past its limit, or the oldest file in flight runs past what
    the whole queue could take, the pool's processes are killed (the file fails, the rest are
    read again one by one)."""
    if not options.timeout or not in_flight or executor is None:
        return False
    now, grace = time.monotonic(), min(60.0, options.timeout)
    alone = len(in_flight) == 1
    allowed = options.timeout + grace if alone else options.timeout * (len(in_flight) + 1) + grace
    late = [t for f, t in in_flight.items() if f not in done and now - t.submitted > allowed]
    if not late:
        return False
    for task in late:
        task.overran = alone
    for process in list(getattr(executor, "_processes", {}).values()):
        process.kill()
    return True


def _store_result(task: _Task, result: RecordRows | Failure, writer: _Writer) -> None:
    if isinstance(result, Failure):
        writer.failed(task.key, task.sha256, result, task.path)
        for key in task.duplicates:
            writer.failed(key, task.sha256, result, key)
        task.state, task.failure = "failed", result
        return
    try:
        writer.stored(result, [task.key, *task.duplicates], reprocessed=task.reprocess)
    except (sqlite3.IntegrityError, sqlite3.InterfaceError, ValueError, TypeError) as exc:
        failure = Failure("store", type(exc).__name__, str(exc), "report this file to the maintainers",
                          traceback.format_exc())
        writer.failed(task.key, task.sha256, failure, task.path)
        task.state, task.failure = "failed", failure
        return
    task.state = "stored"
