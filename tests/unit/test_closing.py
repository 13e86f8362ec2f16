import pytest

from pipeline.closing import find_next_review, find_report_type, find_signatories


def people(closing: str):
    sender, ack = find_signatories(closing.split("\n"))
    as_tuple = lambda p: (p.name, p.role) if p else None  # noqa: E731
    return as_tuple(sender), as_tuple(ack)


@pytest.mark.parametrize("closing, sender, ack", [
    pytest.param("Mit freundlichen Grüßen\n\nDr. Peter Lames\nBeigeordneter für Finanzen,\nPersonal und Recht\n\nKenntnisnahme:\n\nDirk Hilbert\nOberbürgermeister",
                 ("Dr. Peter Lames", "Beigeordneter für Finanzen, Personal und Recht"), ("Dirk Hilbert", "Oberbürgermeister"), id="seed"),
    pytest.param("Mit freundlichen Grüßen\ngez. Anna Weiß\nAmtsleiterin", ("Anna Weiß", "Amtsleiterin"), None, id="gez"),
    pytest.param("Mit freundlichen Grüßen\n\nRalf Benz\nGeschäftsführer\n\nZur Kenntnis genommen:\n\nMarta Stolz\nVerbandsvorsitzende",
                 ("Ralf Benz", "Geschäftsführer"), ("Marta Stolz", "Verbandsvorsitzende"), id="zur-kenntnis-genommen"),
    pytest.param("Mit freundlichen Grüßen\n\nin Vertretung\n\nDipl.-Ing. Jan Roth\nstellvertretender Amtsleiter",
                 ("Dipl.-Ing. Jan Roth", "stellvertretender Amtsleiter"), None, id="deputy"),
    pytest.param("Mit freundlichen Grüßen\n\nKenntnisnahme:\n\nOberbürgermeister", None, (None, "Oberbürgermeister"), id="role-only"),
    pytest.param("Der Beigeordnete\n\ngez. Tobias Ruppert", ("Tobias Ruppert", "Der Beigeordnete"), None, id="gez-under-its-role"),
    pytest.param("Der Magistrat\ngez. Heike Brandt\nStadträtin", ("Heike Brandt", "Stadträtin"), None,
                 id="gez-role-under-the-name-wins"),
    pytest.param("Mit freundlichen Grüßen\n\nDr. Ulrich Kersten Kenntnis genommen\nBeigeordneter für Stadtentwicklung\n"
                 "Gerlinde Hauswald\nOberbürgermeisterin",
                 ("Dr. Ulrich Kersten", "Beigeordneter für Stadtentwicklung"), ("Gerlinde Hauswald", "Oberbürgermeisterin"),
                 id="label-run-into-the-name-line"),
    pytest.param("Mit freundlichen Grüßen\n\nKenntnisnahme:\n.hristian Wirftrich\nStadtbezirksamtsleiter\n\nErster Bürgermeister",
                 (".hristian Wirftrich", "Stadtbezirksamtsleiter"), (None, "Erster Bürgermeister"), id="ocr-sender-after-label"),
])
def test_signatories(closing, sender, ack):
    assert people(closing) == (sender, ack)


@pytest.mark.parametrize("lines, expected", [
    (["Nächste Beschlusskontrolle: 28. Februar 2022."], "2022-02-28"),
    (["nächste Beschlusskontrolle: Mai 2016"], "2016-05"),
    (["Wiedervorlage: IV. Quartal 2023"], "2023-12"),
    (["Die nächste Beschlusskontrolle erfolgt zum", "30.09.2022."], "2022-09-30"),
    (["Über den weiteren Fortgang werde ich Sie im März 2025 erneut informieren."], "2025-03"),
    (["Der Beschluss ist damit vollständig umgesetzt."], None),
    (["Ein abschließender Bericht folgt nach Eintragung im Grundbuch, voraussichtlich im Februar", "2024."], "2024-02"),
    (["Der Ortsbeirat wird im 1. Quartal 2025 über den weiteren Sachstand informiert."], "2025-03"),
    (["Mit diesem abschließenden Bericht ist die Beschlusskontrolle beendet."], None),
    # the date stands before the announcement in its sentence
    (["Ich gehe davon aus, Ihnen im Mai 2024 einen abschließenden Bericht zu den Ersatzstan-", "dorten geben zu können."], "2024-05"),
    (["Der Beschluss ist damit noch nicht umgesetzt. Eine erneute Mitteilung erfolgt", "im II. Quartal 2021."], "2021-06"),
    # a word OCR damaged by one glyph is read as the announcement's word it must be
    (["Die Verwaltung wird dem Ausschuss in seiner Sitzung am", "18.11.2025 erneut bcrichten."], "2025-11-18"),
    # the announcement's words broken over two lines
    (["Mit diesem Bericht wird der Berichtspflicht entsprochen. Der nächste", "Bericht folgt im April 2026."], "2026-04"),
])
def test_next_review(lines, expected):
    assert find_next_review(lines) == expected


@pytest.mark.parametrize("lead, body, next_review, statuses, expected", [
    ("folgender Zwischenstand kann gegeben werden:", "", "2022-02-28", ["done"], "interim"),
    ("folgende abschließende Information kann gegeben werden:", "", None, ["in_progress"], "final"),
    ("zum Beschluss berichte ich:", "Eine weitere Beschlusskontrolle ist nicht erforderlich.", None, ["in_progress"], "final"),
    ("zum Beschluss berichte ich:", "", None, ["done", "rejected"], "final"),
    ("zum Beschluss berichte ich:", "", None, ["done", "in_progress"], "interim"),
    ("Sachstand:", "", "2024-10", ["done"], "interim"),
    ("zu den Beschlüssen:", "Beschluss B-SV 44/2023 ist damit abgeschlossen. Zu Beschluss B-SV 51/2023 wird das Ortsamt "
     "den Beirat weiter unterrichten.", None, ["rejected", "in_progress"], "interim"),
    # a final report announced is no final report; one that says it is, is
    ("Sachstand:", "Das Bezirksamt wird nach Abschluss der Montage abschließend berichten.", None, ["in_progress", "done"], "interim"),
    ("Hierzu wird berichtet:", "Die BVV wird bis zum 31.12.2024 abschließend informiert.", None, ["done", "in_progress"], "interim"),
    ("Hierzu wird berichtet:", "Mit dieser Vorlage wird abschließend berichtet.", None, ["done", "in_progress"], "final"),
    # a report still to come, even a final one, makes this one interim; one that is not planned does not
    ("Hierzu:", "Ein Schlussbericht folgt nach Abschluss der Prüfung.", None, ["not_started"], "interim"),
    ("Hierzu:", "Über den Abschluss wird der Rat bis Ende 2025 mit einem Schlussbericht informiert.", None, ["done"], "interim"),
    ("Hierzu:", "Eine weitere Mitteilung erfolgt nach Vorliegen der Zählergebnisse.", None, ["done", "rejected"], "interim"),
    ("Hierzu:", "Ein Zwischenbericht wurde im Mai vorgelegt. Mit dieser Vorlage wird abschließend berichtet.", None, ["done"], "final"),
    ("Hierzu:", "Die Beschlusskontrolle wird damit abgeschlossen; ein weiterer Bericht ist nicht vorgesehen.", None,
     ["in_progress"], "final"),
    # a step of the matter that is finished does not finish the matter
    ("Hierzu:", "Die Beteiligung ist damit abgeschlossen. Die Bänke sind bestellt.", None, ["in_progress", "done"], "interim"),
    ("Hierzu:", "Mit diesem Bericht wird die Beschlusskontrolle abgeschlossen.", None, ["done", "in_progress"], "final"),
    ("Hierzu:", "Damit ist der Beschluss aus Sicht des Magistrats erledigt.", None, ["done", "in_progress"], "final"),
])
def test_report_type(lead, body, next_review, statuses, expected):
    assert find_report_type(lead, body, next_review, statuses) == expected


def test_the_deputy_who_signs_for_an_organ_is_the_sender():
    from pipeline.closing import find_signatories
    sender, _ = find_signatories(["Der Landrat", "In Vertretung", "", "Dr. Anke Wessels", "Erste Kreisrätin"])
    assert (sender.name, sender.role) == ("Dr. Anke Wessels", "Erste Kreisrätin")
    # the organ's line set apart from the deputy's by blank lines (a page break between them)
    sender, _ = find_signatories(["Der Oberbürgermeister", "", "In Vertretung", "", "gez. Meike Grundhöfer", "Bürgermeisterin"])
    assert (sender.name, sender.role) == ("Meike Grundhöfer", "Bürgermeisterin")


def test_two_signature_blocks_run_into_single_lines_are_read_left_block_first():
    from pipeline.closing import find_signatories
    sender, _ = find_signatories(["Mit freundlichen Grüßen", "Markus Brand Ulrike Stein", "Oberbürgermeister Bürgermeisterin"])
    assert (sender.name, sender.role) == ("Markus Brand", "Oberbürgermeister")
    # one name and a role of several words stay one block
    sender, _ = find_signatories(["Mit freundlichen Grüßen", "Dr. Peter Lames", "Bürgermeister für Finanzen"])
    assert (sender.name, sender.role) == ("Dr. Peter Lames", "Bürgermeister für Finanzen")


def test_a_passive_announcement_in_the_last_words_dates_the_next_review():
    from pipeline.closing import find_next_review
    assert find_next_review(["Die Anbindung ist noch offen.",
                             "Über die Inbetriebnahme wird in der Sitzung des Marktgemeinderates im Mai 2024 berichtet."]) == "2024-05"


def test_two_signed_copies_run_into_one_line_each_keep_their_role():
    sender, _ = find_signatories(["Mit freundlichen Grüßen", "", "gez. Theresa Windisch gez. Rolf Beuerle",
                                  "Leiterin Bauamt Erster Bürgermeister", ""])
    assert (sender.name, sender.role) == ("Theresa Windisch", "Leiterin Bauamt")


def test_next_review_from_a_further_notice_a_form_field_and_none_when_no_further_report_is_planned():
    from pipeline.closing import find_next_review, labelled_review
    assert find_next_review(["Eine weitere Mitteilung erfolgt bis Ende des 1. Halbjahres 2023."]) == "2023-06"
    assert labelled_review(["Az.: 32.1-12/2023", "Wiedervorlage: 12/2023"]) == "2023-12"
    assert labelled_review(["Wiedervorlage: I. Quartal 2024"]) == "2024-03"
    assert labelled_review(["Wiedervorlage"]) is None
    # no further report: the date of another submission is no review
    assert find_next_review(["Die Maßnahme ist abgeschlossen; eine weitere Berichterstattung ist nicht vorgesehen.",
                             "Die Schlussrechnung wird der Verbandsversammlung in der Sitzung am 25.04.2024",
                             "vorgelegt."]) is None


def test_a_sentence_that_no_further_report_follows_closes_the_last_answer():
    from pipeline.answers import clean_response
    from pipeline.mandates import read_body
    found, _ = read_body("""1. „Der Hochbehälter wird saniert.“
2. „Die Versorgung ist sicherzustellen.“
zu 1. Die Sanierung ist abgeschlossen.
zu 2. Die Versorgung war gewährleistet.
Die Maßnahme ist abgeschlossen; eine weitere Berichterstattung ist nicht vorgesehen.""".split("\n"), "VV 07/2023", [])
    assert [clean_response(p.response) for p in found] == ["Die Sanierung ist abgeschlossen.", "Die Versorgung war gewährleistet."]


def test_announcements_after_the_last_answer_close_it_but_are_the_answer_to_a_point_asking_for_reports():
    from pipeline.closing import labelled_review
    from pipeline.answers import clean_response
    from pipeline.mandates import read_body

    def answers(text):
        found, _ = read_body(text.split("\n"), "V0100/23", [])
        return [clean_response(p.response) for p in found]
    assert answers("""1. „Die Kommunen sind zu beteiligen.“
Die Kommunen wurden am 04.05.2023 beteiligt und werden laufend informiert.

Die Verwaltung wird dem Ausschuss im Dezember 2023 über die Auslastung der Plätze
berichten.""") == ["Die Kommunen wurden am 04.05.2023 beteiligt und werden laufend informiert."]
    assert answers("""1. „Die Vermessung ist zu beauftragen.“
Die Vermessungskosten wurden beglichen.

Ein Schlussbericht folgt nach Eintragung der Erwerber in das Grundbuch.""") == ["Die Vermessungskosten wurden beglichen."]
    assert answers("""1. „Der Stadtverordnetenversammlung ist jährlich zu berichten.“
Zu 1.:
Der Magistrat wird der Stadtverordnetenversammlung erstmals im Mai 2024 über den Fortschritt berichten.""") == [
        "Der Magistrat wird der Stadtverordnetenversammlung erstmals im Mai 2024 über den Fortschritt berichten."]
    assert labelled_review(["Schlussbericht: bis 31.03.2024"]) == "2024-03-31"
    assert labelled_review(["Berichtsart: Zwischenbericht"]) is None


def test_a_name_and_its_role_on_one_line_after_a_comma():
    sender, ack = find_signatories(["Sandra Meinhard", "Fachbereichsleiterin", "", "Kenntnisnahme:", "",
                                    "gez. Karl-Heinz Wolfram, Bürgermeister"])
    assert (sender.name, sender.role) == ("Sandra Meinhard", "Fachbereichsleiterin")
    assert (ack.name, ack.role) == ("Karl-Heinz Wolfram", "Bürgermeister")
    # a place after the comma is no role
    sender, _ = find_signatories(["Dr. Anna Weber, Leipzig"])
    assert sender is None or sender.role is None


def test_the_genre_s_other_names_announce_the_next_review():
    assert find_next_review(["Die nächste Beschlussverfolgung erfolgt zum Stand 31.03.2023."]) == "2023-03-31"
    from pipeline.answers import clean_response
    from pipeline.mandates import read_body
    points, _ = read_body(["1. „Die Wege sind zu beleuchten.“", "Die Planung liegt vor.", "",
                           "Die nächste Beschlussverfolgung erfolgt zum Stand 31.03.2023."], None, [])
    assert clean_response(points[0].response) == "Die Planung liegt vor."


def test_in_a_page_read_by_columns_the_label_opening_the_closing_heads_the_acknowledgement():
    closing = ["Kenntnisnahme", "", "Jan Donhauser", "Erster Bürgermeister", "", "Stephan Kühn", "Beigeordneter"]
    # a text's OCR: the sender's name comes first after the label (Dresden's own conversions)
    sender, ack = find_signatories(closing)
    assert (sender.name, ack.name) == ("Jan Donhauser", "Stephan Kühn")
    # a page's layout read column by column: the label heads its own column
    sender, ack = find_signatories(closing, by_column=True)
    assert (sender.name, sender.role, ack.name, ack.role) == ("Stephan Kühn", "Beigeordneter", "Jan Donhauser", "Erster Bürgermeister")


def test_a_role_and_the_other_columns_name_run_together_without_a_space():
    assert people("Jörn Marx\n\nKenntnisnahme\n\nBeigeordneter für Umwelt und KommunalwirtschaftHelma Orosz\nOberbürgermeisterin") \
        == (("Jörn Marx", "Beigeordneter für Umwelt und Kommunalwirtschaft"), ("Helma Orosz", "Oberbürgermeisterin"))


def test_an_announcement_opening_its_sentence_takes_no_date_from_the_sentence_before():
    lines = ["Seit Februar 2025 nutzen die Grundschulen das", "Hallenbad Montabaur.",
             "Ein abschließender Bericht folgt nach Vorliegen des Förderbescheides."]
    assert find_next_review(lines) is None
