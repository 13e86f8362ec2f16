"""The command-line contract, run as a real subprocess with real bad files.

`beschlussarchiv extract FILE... --json`: one JSON line per readable file on stdout, in argument
order, nothing else on stdout; one `error: PATH: ...` line on stderr per unreadable file; exit 1
when any file was unreadable; never a traceback.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "letters" / "golden"
GOOD_TXT = GOLDEN / "g01.txt"
GOOD_PDF = GOLDEN / "g01.digital.pdf"


def command() -> list[str]:
    script = Path(sys.executable).parent / "beschlussarchiv"
    return [str(script)] if script.exists() else [sys.executable, "-c", "from archive.cli import main; main()"]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*command(), *args], capture_output=True, text=True, timeout=300)


def _png() -> bytes:
    import io
    from PIL import Image
    buf = io.BytesIO()
    Image.new("L", (40, 30), 255).save(buf, "PNG")
    return buf.getvalue()


def _encrypted(pdf: Path) -> bytes:
    import io
    from pypdf import PdfReader, PdfWriter
    writer = PdfWriter()
    for page in PdfReader(pdf).pages:
        writer.add_page(page)
    writer.encrypt(user_password="geheim", owner_password="noch-geheimer")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


BAD_FILES = {
    "empty.pdf": lambda: b"",
    "truncated.pdf": lambda: GOOD_PDF.read_bytes()[:400],
    "encrypted.pdf": lambda: _encrypted(GOOD_PDF),
    "broken_image.pdf": lambda: _png()[:60],          # a PNG cut short, named .pdf
    "webpage.pdf": lambda: b"<!DOCTYPE html>\n<html><head><title>404</title></head><body>Not found</body></html>\n",
}


@pytest.fixture
def bad(tmp_path) -> dict[str, Path]:
    """Every kind of unreadable input: the files above, a missing path and a directory."""
    paths = {}
    for name, make in BAD_FILES.items():
        path = tmp_path / name
        path.write_bytes(make())
        paths[name] = path
    paths["missing.pdf"] = tmp_path / "does-not-exist.pdf"
    paths["folder"] = tmp_path / "letters"
    paths["folder"].mkdir()
    return paths


def assert_no_traceback(proc: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in proc.stdout + proc.stderr, proc.stderr[-2000:]


@pytest.mark.parametrize("name", [*BAD_FILES, "missing.pdf", "folder"])
def test_each_unreadable_file_is_one_error_line(bad, name):
    path = bad[name]
    proc = run("extract", str(path), "--json")
    assert_no_traceback(proc)
    assert proc.returncode == 1
    assert proc.stdout == ""
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith(f"error: {path}: "), lines[0]
    assert len(lines[0]) > len(f"error: {path}: ") + 5, "the line should say why"


def test_mixed_arguments_keep_order_and_report_every_bad_file(bad):
    args = [str(GOOD_TXT), *(str(p) for p in bad.values()), str(GOOD_PDF), str(GOOD_TXT)]
    proc = run("extract", *args, "--json")
    assert_no_traceback(proc)
    assert proc.returncode == 1
    records = [json.loads(line) for line in proc.stdout.splitlines()]   # nothing but JSON lines
    assert [r["source"]["path"] for r in records] == [str(GOOD_TXT), str(GOOD_PDF), str(GOOD_TXT)]
    errors = [ln for ln in proc.stderr.splitlines() if ln.startswith("error: ")]
    for path in bad.values():
        assert sum(ln.startswith(f"error: {path}: ") for ln in errors) == 1, (path, proc.stderr)
    assert len(errors) == len(bad)


def test_good_files_exit_zero_with_one_record_each():
    proc = run("extract", str(GOOD_PDF), str(GOOD_TXT), "--json")
    assert_no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert first["source"]["media_type"] == "application/pdf"
    assert json.loads(lines[1])["source"]["media_type"] == "text/plain"
    assert len(first["source"]["sha256"]) == 64


def test_png_renamed_pdf_is_read_as_the_png_it_is(tmp_path):
    """The contract decides the media type from the bytes: a PNG named .pdf is an image, not a broken PDF."""
    path = tmp_path / "scan.pdf"
    path.write_bytes(_png())
    proc = run("extract", str(path), "--json")
    assert_no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout)
    assert record["source"]["media_type"] == "image/png"
    assert record["kind"] == "unknown"          # a blank page is no letter


def test_media_type_comes_from_the_bytes(tmp_path):
    disguised = tmp_path / "letter.png"
    disguised.write_bytes(GOOD_PDF.read_bytes())
    proc = run("extract", str(disguised), "--json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["source"]["media_type"] == "application/pdf"


def test_summary_mode_is_for_people():
    proc = run("extract", str(GOOD_TXT))
    assert_no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert str(GOOD_TXT) in out
    with pytest.raises(json.JSONDecodeError):
        json.loads(out.splitlines()[0])
    truth = json.loads((GOLDEN / "truth" / "g01.json").read_text(encoding="utf-8"))
    assert truth["resolution"] in out


def test_schema_prints_a_json_schema():
    proc = run("schema")
    assert proc.returncode == 0, proc.stderr
    schema = json.loads(proc.stdout)
    assert schema.get("type") == "object"
    for field in ("source", "kind", "resolution", "mandates", "status", "warnings"):
        assert field in schema["properties"], field


def test_each_bad_file_names_its_own_reason(bad):
    """The archivist reads what to do: an encrypted PDF is not called damaged, and so on."""
    expected = {"empty.pdf": "empty", "truncated.pdf": "damaged", "encrypted.pdf": "encrypted",
                "webpage.pdf": "not a supported document type", "missing.pdf": "no such file"}
    for name, words in expected.items():
        proc = run("extract", str(bad[name]), "--json")
        assert words in proc.stderr, (name, proc.stderr)


def test_file_names_are_printed_escaped_so_a_name_cannot_forge_a_line():
    from archive.cli import shown_name
    assert shown_name("Brief\nfailed: forged.pdf") == "Brief\\nfailed: forged.pdf"
    assert shown_name("Straße\r.pdf") == "Straße\\r.pdf"
    assert shown_name("Straße.pdf") == "Straße.pdf"


# ------------------------------------------------------------------ an archive that cannot be used: exit 3, one line

@pytest.mark.parametrize("content", [GOOD_PDF.read_bytes(), GOOD_PDF.read_bytes()[:3000]], ids=["a-pdf", "truncated"])
@pytest.mark.parametrize("args", [["ingest", str(GOOD_TXT)], ["status"], ["publish", "--public", "PUBLIC"]],
                         ids=["ingest", "status", "publish"])
def test_a_file_that_is_not_an_archive_is_named_in_one_line(tmp_path, content, args):
    db = tmp_path / "not-an-archive.db"
    db.write_bytes(content)
    result = run(*[str(tmp_path / "p.db") if a == "PUBLIC" else a for a in args], "--db", str(db))
    assert result.returncode == 3, result.stderr
    assert result.stderr.strip().splitlines() == [
        f"error: {db} is not an archive (not an SQLite database): give the archive's path, "
        "or a new file name to create one"]
    assert db.read_bytes() == content           # and it is left as it was


@pytest.fixture
def small_disk(tmp_path):
    """A real, tiny file system (tmpfs): needs root to mount; skipped elsewhere."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(mount)],
                      capture_output=True).returncode != 0:
        pytest.skip("mounting a tmpfs needs root")
    yield mount
    subprocess.run(["umount", str(mount)], capture_output=True)


def test_a_full_disk_and_a_read_only_archive_are_one_line_each(small_disk):
    examples = Path(__file__).parents[1] / "examples"
    db = small_disk / "archive.db"
    full = run("ingest", str(examples), "--db", str(db), "--workers", "1")
    assert full.returncode == 3
    assert full.stderr.strip().splitlines()[-1] == (
        f"error: {db} cannot be written: the disk is full: free some space and run the same command again; "
        "every document stored so far is complete")
    assert "Traceback" not in full.stderr
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    readonly = run("ingest", str(examples), "--db", str(db), "--workers", "1")
    assert readonly.returncode == 3 and "Traceback" not in readonly.stderr
    assert readonly.stderr.strip().splitlines()[-1] == (
        f"error: {db} cannot be written (a read-only file or folder): check its permissions, "
        "or copy it to a writable place")


def test_extract_names_an_unreadable_file_and_reads_the_others(tmp_path):
    """A file the system refuses to read (here /proc/self/mem, which fails with EIO even for root;
    without root also a file without read permission) is one error line; the others are read."""
    import os
    import shutil

    unreadable = ["/proc/self/mem"]
    if os.geteuid() != 0:
        secret = tmp_path / "no-permission.txt"
        shutil.copy(GOOD_TXT, secret)
        secret.chmod(0)
        unreadable.append(str(secret))
    result = run("extract", "--json", *unreadable, str(GOOD_TXT))
    assert result.returncode == 1, result.stderr
    errors = result.stderr.strip().splitlines()
    assert errors[0] == "error: /proc/self/mem: cannot be opened (Input/output error) — check its permissions"
    assert all(line.startswith("error: ") and "cannot be opened" in line for line in errors)
    assert len(errors) == len(unreadable)
    assert [json.loads(line)["source"]["path"] for line in result.stdout.splitlines()] == [str(GOOD_TXT)]


def test_usage_errors_exit_with_status_2():
    result = run("ingest", "--db", "/tmp/never-created.db")          # no files, no --retry-failed
    assert result.returncode == 2 and "give files or folders" in result.stderr
    assert run("extract").returncode == 2
