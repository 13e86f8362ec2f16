"""Hand-written letters in layouts and wordings the generated golden set does not use."""
from pathlib import Path

from pipeline import extract

HERE = Path(__file__).resolve().parent.parent / "fixtures" / "variants"


def test_ortsamt_letter_with_ziffer_points():
    r = extract(HERE / "ortsamt_ziffer.txt")
    assert (r.kind, r.resolution, r.session_number) == ("beschlusskontrolle", "V-Lo0021/18", "OBR Lo/012/2018")
    assert (r.department, r.file_number, r.letter_date) == ("Ortsamt Loschwitz", "OA-Lo 12/2019", "2019-05-14")
    assert r.recipients == "An den Ortsbeirat Loschwitz"
    assert (r.report_type, r.next_review, r.status) == ("interim", "2019-11", "in_progress")
    assert [(m.number, m.status, m.deadlines) for m in r.mandates] == [
        ("1", "in_progress", ["2019-10"]), ("2", "done", []), ("3", "rejected", [])]
    assert r.mandates[0].quote == "Der Spielplatz Körnerweg ist bis Herbst 2019 zu sanieren."
    assert r.mandates[1].response.startswith("Eine Anwohnerversammlung fand")
    assert (r.sender.name, r.sender.role) == ("Dr. Anna-Lena Vogt", "stellvertretende Ortsamtsleiterin")
    assert r.acknowledged_by is None


def test_mitteilung_with_prose_next_review():
    r = extract(HERE / "mitteilung_headed_quotes.txt")
    assert (r.resolution, r.session_number, r.letter_date) == ("A0512/23", "AWF/021/2023", "2024-03-07")
    assert r.next_review == "2024-09"
    assert [(m.number, m.status, m.deadlines) for m in r.mandates] == [
        ("1", "in_progress", ["2024-09"]), ("2", "in_progress", []), ("3", "done", [])]
    assert r.mandates[2].response == "Dem Auftrag wird mit dieser Mitteilung nachgekommen."
