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


def test_dienstgebrauch_marking_block_quote_and_side_by_side_acknowledgements():
    r = extract(HERE / "dienstgebrauch_two_acks.txt")
    assert r.confidential is True
    assert (r.resolution, r.session_number, r.letter_date, r.file_number) == ("V1701/22", "KA/014/2022", "2023-03-05", "KL-V 7/2022")
    assert r.recipients == "Herrn Stadtrat Jens Beispiel Vorsitzender des Krankenhausausschusses"
    assert [m.quote for m in r.mandates] == ["Die Notaufnahmen der Standorte Friedrichstadt und Neustadt werden zusammengeführt.",
                                             "Für die Beschäftigten ist ein Personalkonzept vorzulegen."]
    assert [m.deadlines for m in r.mandates] == [[], ["2023-06-30"]]   # a start ("wird … begonnen") is no deadline
    assert r.next_review == "2023-12"                                 # 4. Quartal -> its last month
    assert (r.sender.name, r.sender.role) == ("Prof. Dr. med. Ute Krüger", "Betriebsleiterin")
    assert (r.acknowledged_by.name, r.acknowledged_by.role) == ("Dr. Katrin Meyer", "Bürgermeisterin")   # the first of two


def test_press_release_naming_a_beschlusskontrolle_is_not_a_letter():
    r = extract(HERE / "press_release_untitled.txt")
    assert (r.kind, r.resolution, r.mandates, r.status) == ("unknown", None, [], "unknown")


def test_other_documents_still_say_whether_they_are_confidential(tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("NICHT ÖFFENTLICH\n\nTagesordnung der 12. Sitzung\n\nTOP 1 Beschlusskontrolle zu V0100/20\n", encoding="utf-8")
    assert (extract(note).kind, extract(note).confidential) == ("unknown", True)
    assert extract(HERE / "press_release_untitled.txt").confidential is False


def test_report_of_a_magistrat_with_commissioned_clauses():
    """A report whose points are the clauses after "… hat den Magistrat beauftragt,", answered "Zu 1.:";
    the paragraph number after "Beschl." is the resolution, the motion in parentheses is not a second one."""
    r = extract(HERE / "magistrat_bericht.txt")
    assert (r.kind, r.resolution, r.also_concerns, r.letter_date) == ("beschlusskontrolle", "§ 2214", [], "2024-05-03")
    assert (r.city, r.department, r.subject) == ("Stadt Musterhafen", "Dezernat Umwelt", "Trinkbrunnen in der Innenstadt")
    assert [m.number for m in r.mandates] == ["1", "2"]
    assert r.mandates[0].quote.startswith("bis Ende 2025 zwölf Trinkbrunnen")
    # the contract's end is no target; the coordinated "… und sollen im 2. Quartal 2025 in Betrieb gehen" is
    assert r.mandates[0].deadlines == ["2025-06"]
    assert (r.next_review, r.report_type) == ("2026", "interim")
    assert (r.sender.name, r.sender.role) == ("Petra Sonnleitner", "Stadträtin")     # not "Der Magistrat"


def test_letter_titled_only_mitteilung_that_quotes_and_answers_a_resolution_is_a_report():
    r = extract(HERE / "mitteilung_untitled.txt")
    assert (r.kind, r.resolution, r.subject) == ("beschlusskontrolle", "AN/0211/2024", "Zebrastreifen an der Lindenschule")
    assert [(m.number, m.status) for m in r.mandates] == [("1", "done"), ("2", "rejected")]
    assert (r.sender.name, r.sender.role) == ("Jonas Feldmeier", "Beigeordneter")


def test_a_mitteilung_that_quotes_no_resolution_is_no_report(tmp_path):
    letter = tmp_path / "mitteilung.txt"
    letter.write_text("Stadt Beispielfeld\nAmt für Verkehr\n\nMitteilung\n\nAn den Verkehrsausschuss\n\n"
                      "Baustellen im Oktober\n\n1. Die Lindenstraße ist vom 7. bis 11. Oktober gesperrt.\n\n"
                      "2. Die Umleitung führt über die Ahornstraße.\n\nIm Auftrag\n\ngez. Jonas Feldmeier\n", encoding="utf-8")
    assert extract(letter).kind == "unknown"


def test_signed_under_the_annex_list_and_a_resolution_named_twice():
    r = extract(HERE / "bezirk_signed_under_annexes.txt")
    assert (r.sender.name, r.sender.role) == ("Jorinde Pahlke-Mertens", "Bezirksbürgermeisterin")
    assert (r.resolution, r.subject) == ("AN/0815/2023", "Beleuchtung des Gehwegs am Eichtalpark")
    assert [(a.resolution, a.subject) for a in r.also_concerns] == [("AN/0990/2023", "Fahrradbügel am Markt")]
    assert [(m.number, m.resolution) for m in r.mandates] == [("1", "AN/0815/2023"), ("1", "AN/0990/2023")]


def test_a_signed_report_whose_table_text_conversion_scrambled_is_a_letter_without_points():
    r = extract(HERE / "quarterly_table_scrambled.txt")
    assert (r.kind, r.city, r.department) == ("beschlusskontrolle", "Stadt Gera", "Dezernat Bau und Umwelt")
    assert (r.resolution, r.subject, r.letter_date) == ("0718/22", "Neubau der Fußgängerbrücke am Hofwiesenpark", "2023-04-14")
    assert (r.sender.name, r.sender.role) == ("Katrin Oswald", "Beigeordnete")
    assert r.mandates == [] and "no quoted resolution points found" in r.warnings   # said plainly, not guessed


def test_a_signed_answer_to_a_question_about_a_resolution_stays_no_letter():
    r = extract(HERE / "answer_to_question_signed.txt")
    assert r.kind == "unknown"


def test_a_title_set_apart_under_the_reference_and_a_deputy_signing_after_a_page_break():
    r = extract(HERE / "title_under_reference.txt")
    assert (r.resolution, r.subject) == ("23/0912", "Neue Querungshilfe an der Metzer Straße")
    assert [(m.number, m.status) for m in r.mandates] == [("1", "done")]
    assert (r.sender.name, r.sender.role) == ("Tobias Keller", "Bürgermeister")


def test_the_title_between_the_genre_heading_and_the_identifier_is_the_subject():
    from pipeline.letter import _title_above
    header = ["An die Mitglieder des Ausschusses", "", "Sachstandsbericht zum Stadtratsbeschluss", "",
              "Hitzeschutz in Quartieren – Kühle Orte schaffen"]
    assert _title_above(header) == "Hitzeschutz in Quartieren – Kühle Orte schaffen"
    assert _title_above(["Sachstandsbericht zum Stadtratsbeschluss", "München, 18.03.2025"]) is None
    assert _title_above(["Referat für Stadtplanung", "Hitzeschutz in Quartieren"]) is None   # no genre heading above
