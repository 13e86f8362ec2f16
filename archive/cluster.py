"""The extract step on a Dask cluster (`ingest --cluster ADDRESS`); this process still stores.

    writer (this process)                     Dask workers (any host with the project installed)
    find, identify, skip as without a cluster
    read the file's bytes  -- submit -->      write them to a private temporary file, run the
                                              extractor on it (as the local workers do), give
    store each result as it arrives  <--      back its rows with the path as the writer knows it

Workers get the file's bytes, not its path: no shared filesystem is assumed, and the record
says where the file lies on the writer's disk. Everything around the extract step (one
transaction per document, skipping what is stored, quarantine, resume after a kill, progress)
is archive.ingest's own: the same code stores what a local worker or a Dask worker read.
"""
from __future__ import annotations

import contextlib
import ctypes
import dataclasses
import itertools
import logging
import math
import os
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator

from archive import ingest
from archive.ingest import Failure, Options, Progress, _Task, _Writer
from archive.rows import RecordRows

# How long to wait for the scheduler to answer, and for a first worker to join it.
CONNECT_TIMEOUT_S = 10
WORKERS_TIMEOUT_S = 30
# Files up to this size travel with their task through the scheduler; larger ones (scans) are
# scattered to a worker first, as Dask advises for large arguments.
INLINE_BYTES = 1 << 20


class ClusterError(Exception):
    """The cluster cannot be used (unreachable, no workers, workers without the project, lost);
    the message is one line and says what to do. Every document stored before it is complete."""


# ---------------------------------------------------------------- on the Dask workers

# The pipeline is not written for threads (one Tesseract engine per process) and holds the GIL
# most of the time: a worker process reads one file at a time, however many threads it has.
_one_at_a_time = threading.Lock()


def worker_version() -> str:
    """What a worker would write as the documents' pipeline version (run on every worker)."""
    from pipeline import PIPELINE_VERSION
    return PIPELINE_VERSION


def extract_bytes(data: bytes, path: str, ocr: str, extractor: str, timeout: float) -> RecordRows | Failure:
    """One file, given as its bytes, read as a local worker reads it (archive.ingest._work),
    with the writer's path put back into the record."""
    with _one_at_a_time, tempfile.TemporaryDirectory(prefix="beschlussarchiv-") as folder:
        # The same file name: a reader that looks at the suffix sees what it would see locally.
        local = os.path.join(folder, os.path.basename(path) or "document")
        with open(local, "wb") as f:
            f.write(data)
        ingest._init_worker(extractor)      # loads and warms up the pipeline once per process
        try:
            result = _within(timeout, lambda: ingest._work(local, ocr))
        except _OverTime:
            return Failure("extract", "TimedOut", f"took longer than {timeout:g} s to read",
                           "split the file, or try it alone with a longer --timeout")
    if isinstance(result, Failure):
        return dataclasses.replace(result, message=result.message.replace(local, path))
    return _at_path(result, path)


class _OverTime(BaseException):
    """Raised into a reading past its time; a BaseException, so that no `except Exception` in
    the pipeline or in _work takes it for a reading error."""


def _within(timeout: float, call):
    """call() in this thread, interrupted after timeout seconds at its next Python step, as the
    local workers' alarm does (a Dask task runs in a worker thread, where signals cannot go).
    Code stuck in C is beyond it: the writer's backstop (_give_up_on_stuck) restarts the worker."""
    if not timeout:
        return call()
    thread, guard, running = threading.get_ident(), threading.Lock(), [True]

    def interrupt() -> None:
        with guard:
            if running[0]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread), ctypes.py_object(_OverTime))

    timer = threading.Timer(timeout, interrupt)
    timer.daemon = True
    timer.start()
    try:
        return call()
    finally:
        timer.cancel()
        with guard:
            running[0] = False
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread), None)  # one not yet raised


def _at_path(rows: RecordRows, path: str) -> RecordRows:
    record = rows.record
    if record is not None:
        record = record.model_copy(update={"source": record.source.model_copy(update={"path": path})})
    return dataclasses.replace(rows, document={**rows.document, "source_path": path}, record=record)


# ---------------------------------------------------------------- in the writer

def connect(address: str):
    """A client of the running scheduler at address, with at least one worker that runs this
    pipeline version; ClusterError otherwise."""
    from distributed import Client
    from distributed.comm import parse_address, parse_host_port

    from pipeline import PIPELINE_VERSION

    # Dask's client logs a lost scheduler with tracebacks, also after it is closed; the writer
    # says it in one line (ClusterError) instead. (Set after importing distributed, which sets it.)
    logging.getLogger("distributed.client").setLevel(logging.CRITICAL)
    try:
        parse_host_port(parse_address(address)[1])
    except ValueError as exc:
        raise ClusterError(f"{address} is no scheduler address ({_first_line(exc)}): give one such as "
                           "tcp://host:8786, as `dask scheduler` prints it") from None
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT_S, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {_first_line(exc)}; "
                           f"start one with `dask scheduler`") from None
    try:
        try:
            client.wait_for_workers(1, timeout=WORKERS_TIMEOUT_S)
        except TimeoutError:
            raise ClusterError(f"the Dask scheduler at {address} has no workers after {WORKERS_TIMEOUT_S} s: "
                               f"start some with `dask worker {address}`") from None
        try:
            versions = client.run(worker_version)
        except Exception as exc:  # a worker without the project cannot even unpickle the call
            raise ClusterError(f"the Dask workers at {address} cannot run beschlussarchiv ({_first_line(exc)}): "
                               "install the same version of the project on every worker host") from None
        other = {worker: v for worker, v in versions.items() if v != PIPELINE_VERSION}
        if other:
            worker, version = next(iter(other.items()))
            raise ClusterError(f"the Dask worker {worker} reads with pipeline {version}, this ingest stores "
                               f"{PIPELINE_VERSION}: install the same version of the project on every worker host")
    except BaseException:
        client.close()
        raise
    return client


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]


def extract_on_cluster(tasks: Iterator[_Task], options: Options, writer: _Writer, bar: Progress) -> None:
    """Hand each task's file to the cluster, up to four per worker as the local pool does, and
    store each result as it arrives (archive.ingest._store_result, as for the local pool)."""
    first = next(tasks, None)
    if first is None:          # nothing to read (a rerun): no cluster needed
        return
    pending = itertools.chain([first], tasks)
    client = connect(options.cluster)
    try:
        _read_and_store(client, pending, options, writer, bar)
    finally:
        client.close()


def _read_and_store(client, pending: Iterator[_Task], options: Options, writer: _Writer, bar: Progress) -> None:
    """archive.ingest._run's pool loop with Dask futures: keep the workers busy, store what is
    done, give up on what is stuck, show progress."""
    from distributed import wait
    from distributed.client import FutureCancelledError, FuturesCancelledError
    from distributed.scheduler import KilledWorker

    from pipeline import PIPELINE_VERSION as version

    in_flight: dict = {}       # distributed.Future -> _Task
    try:
        workers, counted, exhausted = 1, 0.0, False
        while True:
            if time.monotonic() - counted > 10:   # workers may join or leave during the run
                workers, counted = max(len(client.nthreads()), 1), time.monotonic()
            while not exhausted and len(in_flight) < workers * 4:
                task = next(pending, None)
                if task is None:
                    exhausted = True
                elif (future := _submit(client, task, options, writer)) is not None:
                    in_flight[future] = task
            if not in_flight:
                break
            try:
                with client.as_current():   # distributed.wait asks for "the current client"
                    done = wait(list(in_flight), timeout=1.0, return_when="FIRST_COMPLETED").done
            except TimeoutError:
                done = set()
            except FuturesCancelledError:   # the scheduler went away with the files in flight
                raise ClusterError(_lost(options.cluster)) from None
            for future in done:
                task = in_flight.pop(future)
                try:
                    result = future.result()
                except KilledWorker:   # Dask gave it to other workers, and it killed them too
                    result = Failure("extract", "WorkerDied",
                                     "the Dask workers reading this file died (out of memory or a crash in a library)",
                                     "try it alone with: beschlussarchiv extract FILE")
                except FutureCancelledError:
                    raise ClusterError(_lost(options.cluster)) from None
                except Exception as exc:   # the worker, not the file: _work catches what reading raises
                    raise ClusterError(
                        f"a Dask worker at {options.cluster} failed before reading {task.path} "
                        f"({type(exc).__name__}: {_first_line(exc)}): check that every worker host has the "
                        "same version of the project installed; every document stored so far is complete") from None
                if isinstance(result, RecordRows) and result.document["pipeline_version"] != version:
                    raise ClusterError(  # a worker that joined after connect() checked the others
                        f"a Dask worker at {options.cluster} reads with pipeline {result.document['pipeline_version']}, "
                        f"this ingest stores {version}: install the same version of the project on every worker host")
                ingest._store_result(task, result, writer)
            _give_up_on_stuck(client, in_flight, options, workers, writer)
            bar.current = min(in_flight.values(), key=lambda t: t.submitted).path if in_flight else None
            bar.update(writer.summary)
    except OSError as exc:     # the connection to the scheduler broke
        raise ClusterError(_lost(options.cluster, exc)) from None
    finally:
        with contextlib.suppress(Exception):   # the scheduler may be gone already
            client.cancel(list(in_flight))


def _submit(client, task: _Task, options: Options, writer: _Writer):
    """Submit one file's bytes; None when they cannot be read here (its failure is stored)."""
    try:
        with open(task.path, "rb") as f:
            data = f.read()
    except OSError as exc:    # as a local worker's reader says it
        ingest._store_result(task, Failure("read", "UnreadableDocument", f"cannot be opened ({exc.strerror})",
                                           "check its permissions"), writer)
        return None
    if len(data) > INLINE_BYTES:   # sent to a worker directly, not through the scheduler
        data = client.scatter(data, hash=False)
    task.submitted = time.monotonic()
    return client.submit(extract_bytes, data, task.path, options.ocr, options.extractor, options.timeout,
                         key=f"beschlussarchiv-extract-{uuid.uuid4().hex}", pure=False)


def _give_up_on_stuck(client, in_flight: dict, options: Options, workers: int, writer: _Writer) -> None:
    """The backstop for a file stuck where the worker's time limit cannot reach (C code): when
    the oldest file in flight runs past what the files queued with it could take, it fails and
    the worker reading it is restarted (Dask gives that worker's other files to the others)."""
    if not options.timeout or not in_flight:
        return
    future, task = min(in_flight.items(), key=lambda item: item[1].submitted)
    allowed = options.timeout * (math.ceil(len(in_flight) / workers) + 1) + min(60.0, options.timeout)
    if time.monotonic() - task.submitted <= allowed:
        return
    stuck = [worker for worker, keys in client.processing().items() if future.key in keys]
    future.cancel()
    del in_flight[future]
    if stuck:
        client.restart_workers(stuck, raise_for_error=False)
    ingest._store_result(task, Failure(
        "extract", "TimedOut", f"took longer than {options.timeout:g} s to read (the worker was restarted)",
        "split the file, or try it alone with a longer --timeout"), writer)
    for other in in_flight.values():   # their clocks start again: they may have waited behind it
        other.submitted = time.monotonic()


def _lost(address: str, exc: BaseException | None = None) -> str:
    why = f" ({_first_line(exc)})" if exc else ""
    return (f"lost the Dask scheduler at {address}{why}: every document stored so far is complete; "
            "run the same command again to go on")
