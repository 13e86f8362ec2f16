"""Helpers for the publishing tests: a known test archive, and a real Datasette server over HTTP.

    corpus = build_corpus(tmp_path)                 # files on disk + archive.db, records known
    with Server(corpus.db) as server:               # `beschlussarchiv serve` on 127.0.0.1, a free port
        server.json("/archiv/letters.json?_shape=objects")

The corpus (letters made by the test-letter generator, stored straight from their truth
records, so expected query results are known exactly; each file is written to disk so the
original-file links can be followed):

    s1..s3   a series about one resolution: interim -> interim -> final (public)
    o1..o2   a series that ends interim in 2024: its announced review has passed (public)
    p1..p4   single public final reports; p4 quotes "Spielplätze ..." for the word-form search
    c1, c2   confidential (ticked box; "VERTRAULICH"-style marking), with unique words
    u1       unverified (form label without a visible box: confidential is null)
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, replace
from datetime import date
from hashlib import sha256
from pathlib import Path

from archive import store
from models import Record
from tests.letters.generate import make_series, random_spec, render, truth_of
from tests.letters.spec import Point

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
MEDIA = {"txt": "text/plain", "digital.pdf": "application/pdf"}

# Words that occur only in the confidential and unverified letters.
SECRET_WORDS = ["Zitadelle", "Kronjuwel", "Nebelkammer"]


@dataclass
class Letter:
    id: str
    record: Record
    path: Path
    full_text: str

    @property
    def public(self) -> bool:
        return self.record.confidential is False


@dataclass
class Corpus:
    db: Path
    folder: Path
    letters: dict[str, Letter]

    @property
    def public(self) -> list[Letter]:
        return [l for l in self.letters.values() if l.public]

    @property
    def hidden(self) -> list[Letter]:
        return [l for l in self.letters.values() if not l.public]


def _secret(spec, ident: str, word: str):
    """A spec whose resolution, subject and quotes are unique to it (so a leak can be recognised)."""
    res = spec.resolutions[0]
    points = tuple(replace(p, quote=f"Die {word} Punkt {p.number or 1} ist streng geheim zu behandeln.")
                   for p in res.points)
    return replace(spec, resolutions=(replace(res, ident=ident, subject=(f"Vorhaben {word} am Elbufer",),
                                              points=points),))


def _spielplatz(spec):
    res = spec.resolutions[0]
    first = replace(res.points[0], quote="Die Spielplätze in den Neubaugebieten sind bis 2025 zu sanieren.")
    return replace(spec, resolutions=(replace(res, points=(first, *res.points[1:])),))


def corpus_specs():
    """(spec, variant) of every letter of the test corpus, in storing order."""
    series = make_series(3, ("interim", "interim", "final"), start=date(2023, 3, 14), prefix="s",
                         marking="unticked", n_points=3)
    overdue = make_series(5, ("interim", "interim"), start=date(2024, 1, 10), prefix="o", marking="unticked",
                          n_points=2)
    extras = [random_spec(100 + i, f"p{i}", layout="A", marking="unticked", final=True, n_points=2,
                          letter_date=date(2019 + i, 5, 6)) for i in range(1, 5)]
    extras[3] = _spielplatz(extras[3])
    c1 = _secret(random_spec(21, "c1", layout="A", marking="ticked", final=False, review="day", n_points=2,
                             letter_date=date(2022, 2, 2)), "V9901/22", SECRET_WORDS[0])
    c2 = _secret(random_spec(22, "c2", layout="C", marking="vertraulich", final=True, n_points=2,
                             letter_date=date(2021, 3, 3)), "A9902/21", SECRET_WORDS[1])
    u1 = _secret(random_spec(23, "u1", layout="A", marking="label_only", final=False, review="day", n_points=2,
                             letter_date=date(2022, 8, 8)), "V9903/22", SECRET_WORDS[2])
    out = [(s, "digital.pdf") for s in series] + [(s, "txt") for s in overdue]
    out += [(s, "txt") for s in extras] + [(c1, "digital.pdf"), (c2, "txt"), (u1, "txt")]
    return out


def build_corpus(folder: Path) -> Corpus:
    """Write the corpus's files under folder/letters and store their truth records in folder/archive.db."""
    files = folder / "letters"
    files.mkdir(parents=True, exist_ok=True)
    db = folder / "archive.db"
    conn = store.open_archive(db)
    letters = {}
    try:
        for spec, variant in corpus_specs():
            data = render(spec, variant)
            path = (files / f"{spec.id}.{variant}").resolve()
            path.write_bytes(data)
            pages = 1 if variant == "txt" else _pdf_pages(data)
            record = Record.model_validate({
                **truth_of(spec), "warnings": [],
                "source": {"path": str(path), "sha256": sha256(data).hexdigest(), "media_type": MEDIA[variant],
                           "pages": pages, "ocr": False}})
            full_text = render(spec, "txt").decode("utf-8")
            store.save_record(conn, record, full_text=full_text, size=len(data), pipeline_version="test")
            letters[spec.id] = Letter(spec.id, record, path, full_text)
    finally:
        conn.close()
    assert [l.id for l in letters.values() if l.record.confidential is None] == ["u1"]
    return Corpus(db, folder, letters)


def _pdf_pages(data: bytes) -> int:
    return max(data.count(b"/Type /Page") - data.count(b"/Type /Pages"), 1)


# ------------------------------------------------------------------ the server

def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


class Server:
    """`beschlussarchiv serve` in a subprocess on a loopback address; stopped on exit."""

    def __init__(self, db: Path, *extra: str, host: str = "127.0.0.1", env: dict | None = None,
                 ready_path: str = "/-/versions.json"):
        assert host.startswith("127."), "tests only ever talk to loopback addresses"
        self.db, self.extra, self.host, self.ready_path = db, extra, host, ready_path
        self.env = {**os.environ, **(env or {})}
        self.port = free_port(host)
        self.base = f"http://{host}:{self.port}"
        self.proc: subprocess.Popen | None = None

    def __enter__(self) -> "Server":
        # The log goes to a file: a pipe nobody reads would block the server once it is full.
        self.log_file = tempfile.TemporaryFile(mode="w+")
        self.proc = subprocess.Popen(
            [str(BIN / "beschlussarchiv"), "serve", "--db", str(self.db), "--host", self.host,
             "--port", str(self.port), *self.extra],
            cwd=ROOT, env=self.env, stdout=self.log_file, stderr=subprocess.STDOUT, text=True)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"serve exited with {self.proc.returncode}: {self.log()}")
            try:
                with urllib.request.urlopen(self.base + self.ready_path, timeout=2):
                    return self
            except urllib.error.HTTPError:
                return self  # it answers (e.g. 401 when authentication is required)
            except OSError:
                time.sleep(0.1)
        self.__exit__()
        raise RuntimeError("serve did not start within 30 s")

    def __exit__(self, *exc) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log_file.close()

    def log(self) -> str:
        """What the server printed so far (read without moving the offset the server writes at)."""
        self.log_file.flush()
        fd = self.log_file.fileno()
        return os.pread(fd, os.fstat(fd).st_size, 0).decode("utf-8", errors="replace")

    def get(self, path: str, *, headers: dict | None = None, method: str = "GET",
            data: bytes | None = None) -> tuple[int, dict, bytes]:
        """(status, headers with lower-case names, body) without following redirects."""
        request = urllib.request.Request(self.base + path, headers=headers or {}, method=method, data=data)
        opener = urllib.request.build_opener(_NoRedirect)
        try:
            with opener.open(request, timeout=30) as r:
                return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read()
        except urllib.error.HTTPError as e:
            return e.code, {k.lower(): v for k, v in e.headers.items()}, e.read()

    def json(self, path: str):
        status, _, body = self.get(path)
        assert status == 200, (path, status, body[:500])
        return json.loads(body)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None
