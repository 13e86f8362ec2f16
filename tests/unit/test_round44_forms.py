"""Whole letters and single mechanisms in forms the reader met in blind round 44 (each written here,
not taken from a corpus): labels "Beschlussinhalt zu a):" / "Umsetzung:", a second resolution brought in
by a sentence after the first one's answers, a negated answer to a negated order, a Zweckverband named
with "und", a form's fields and a received stamp under an unsigned closing, the addressee's and the
unit's columns run into single lines, a form's "an" / "von" rows, the paragraph sign OCR lost, a
"Gesehen:" label, two signatures side by side with the left role wrapped, and a page's footer between
greeting and signatures."""
from __future__ import annotations

from pipeline import closing
from pipeline.deadlines import find_deadlines
from pipeline.header import find_city, find_letter_date, labelled_values
from pipeline.letterhead_columns import separate
from pipeline.references import find_resolutions, find_sessions
from pipeline.status import keeps_prohibition
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


def test_points_labelled_with_their_letter_and_answers_labelled_umsetzung(tmp_path):
    record = read(tmp_path, """Zweckverband Wasser und Abwasser Musteraue
– Der Verbandsvorsitzende –
Musterdorf, den 10.10.2023
An die Mitglieder der Verbandsversammlung
Bericht zur Umsetzung des Beschlusses VV-04/2023
der Verbandsversammlung vom 20.06.2023
Erneuerung der Kläranlage Süd
Sehr geehrte Damen und Herren,
zu den einzelnen Beschlusspunkten berichte ich wie folgt:
Beschlussinhalt zu a):
Die Geschäftsführung wird beauftragt, die Planung der Kläranlage zu vergeben.
Umsetzung:
Die Planung wurde am 14.08.2023 vergeben.
Beschlussinhalt zu b):
Die Finanzierung ist über Fördermittel zu sichern.
Umsetzung:
Der Förderantrag wird derzeit vorbereitet.
Mit freundlichen Grüßen
Kurt Ebersbach-Lind
Verbandsvorsitzender
""")
    assert record.city == "Zweckverband Wasser und Abwasser Musteraue"
    assert [(m.number, m.status) for m in record.mandates] == [("a", "done"), ("b", "in_progress")]
    assert record.mandates[0].quote == "Die Geschäftsführung wird beauftragt, die Planung der Kläranlage zu vergeben."
    assert record.mandates[1].response == "Der Förderantrag wird derzeit vorbereitet."


def test_a_second_resolution_brought_in_by_a_sentence_after_the_first_ones_answers(tmp_path):
    record = read(tmp_path, """Stadt Musterfurt
DER MAGISTRAT
Bericht des Magistrats
An die Stadtverordnetenversammlung
B 218
vom 04.03.2024
Betreff: Mehr Grün am Marktplatz
Vorgang: Beschluss der Stadtverordnetenversammlung vom 12.10.2023, § 1204
Beschluss der Stadtverordnetenversammlung vom 09.11.2023, § 1288

Die Stadtverordnetenversammlung hat am 12.10.2023 beschlossen:

a) Am Marktplatz werden sechs Bäume gepflanzt.

b) Die Beete sind mit Stauden zu bepflanzen.

Der Magistrat berichtet hierzu:

Zu a): Die sechs Bäume wurden im Dezember 2023 gepflanzt.

Zu b): Wird bei der Pflanzung beachtet.

Mit Beschluss vom 09.11.2023, § 1288, hat die Stadtverordnetenversammlung zudem beschlossen:

Der Magistrat wird gebeten, die Rasenflächen am Marktplatz nicht als Parkplatz zu nutzen.

Der Magistrat berichtet hierzu: Eine Nutzung der Rasenflächen als Parkplatz ist nicht vorgesehen.

Ilse Marquardt-Hein
Stadträtin

Vertraulichkeit: Nein
Anlagen: keine
""")
    assert record.letter_date == "2024-03-04"
    assert [(m.resolution, m.number, m.status) for m in record.mandates] == [
        ("§ 1204", "a", "done"), ("§ 1204", "b", "done"), ("§ 1288", "1", "done")]
    assert record.mandates[2].response == "Eine Nutzung der Rasenflächen als Parkplatz ist nicht vorgesehen."
    assert (record.sender.name, record.sender.role) == ("Ilse Marquardt-Hein", "Stadträtin")


def test_a_negated_answer_agrees_with_a_negated_order_only_about_the_same_thing():
    order = "Der Magistrat wird gebeten, die Wiese nicht als Abstellfläche zu nutzen."
    assert keeps_prohibition(order, "Eine Nutzung der Wiese als Abstellfläche ist nicht vorgesehen.")
    assert not keeps_prohibition(order, "Eine Bebauung des Grundstücks ist nicht vorgesehen.")
    assert not keeps_prohibition("Die Wiese ist als Abstellfläche zu nutzen.", "Eine Nutzung ist nicht vorgesehen.")


def test_a_form_printing_an_and_von_rows_and_a_box_at_the_rows_end(tmp_path):
    record = read(tmp_path, """Landeshauptstadt
Hausmitteilung
Musterstadt
an alle Fraktionen des Stadtrates □ vertraulich
Ausschuss für Umwelt
von Geschäftsbereich Umwelt und Klima,
Recht und Ordnung
Geschäftszeichen GB 7/86.3-0011/25
Datum 08.04.2025
Beschlusskontrolle
V2001/24 (Sitzungsnummer: SR/071/2024)
Stadtbäume
Sehr geehrte Damen und Herren,
1. „Der Oberbürgermeister wird beauftragt, 100 Stadtbäume zu pflanzen.“
Die Bäume wurden im März 2025 gepflanzt.
Mit freundlichen Grüßen
In Vertretung Kenntnisnahme:
Dr. Gunda Seefeld Anton Pätsch
Beigeordnete für Stadtentwicklung, Oberbürgermeister
Bau, Verkehr und Liegenschaften
""")
    assert record.city == "Landeshauptstadt Musterstadt"
    assert record.department == "Geschäftsbereich Umwelt und Klima, Recht und Ordnung"
    assert record.recipients == "alle Fraktionen des Stadtrates Ausschuss für Umwelt"
    assert record.confidential is False
    assert (record.sender.name, record.sender.role) == ("Dr. Gunda Seefeld", "Beigeordnete für Stadtentwicklung, Bau, Verkehr und Liegenschaften")
    assert (record.acknowledged_by.name, record.acknowledged_by.role) == ("Anton Pätsch", "Oberbürgermeister")


def test_the_addressees_column_and_the_labels_column_run_into_single_lines():
    lines = ["Stadt Musterfeld", "Der Oberbürgermeister", "An die Mitglieder der Zimmer 312",
             "Bezirksvertretung Nord Telefon 0521 51-4417", "über Frau Bezirksbürgermeisterin Geschäftszeichen",
             "Anna Pohlhaus 660.21-Kr"]
    out = separate(lines)
    assert out[2:6] == ["An die Mitglieder der", "Bezirksvertretung Nord", "über Frau Bezirksbürgermeisterin", "Anna Pohlhaus"]
    assert labelled_values(out)["geschäftszeichen"] == "660.21-Kr"
    # a unit run into the addressee's first line goes above it, where the unit is read
    out = separate(["MARKT MUSTERRIED", "An die Mitglieder Bauamt", "des Marktgemeinderats Musterried Zeichen: BA 61-3/Mp"])
    assert out[1:4] == ["Bauamt", "An die Mitglieder", "des Marktgemeinderats Musterried"]
    assert "Zeichen: BA 61-3/Mp" in out
    # an addressee that is a unit stays one
    assert separate(["Stadt Musterfeld", "An das Bauamt", "Herrn Meier"]) == ["Stadt Musterfeld", "An das Bauamt", "Herrn Meier"]


def test_a_row_of_labels_over_a_row_of_values():
    values = labelled_values(["Geschäftszeichen Datum", "Dez. III/43-2023-009 Freiberg, 06.03.2023", "Sitzung KT/021/2022"])
    assert values == {"geschäftszeichen": "Dez. III/43-2023-009", "datum": "Freiberg, 06.03.2023"}
    assert find_letter_date(["Datum Nummer", "SR-Büro", "4. JUNI 2022", "21.06.2022 I0214/22"],
                            labelled_values(["Datum Nummer", "21.06.2022 I0214/22"])) == "2022-06-21"


def test_identifiers_and_sessions_ocr_or_line_breaks_obscured():
    # the paragraph sign lost or read as a digit after Frankfurt's "Beschluss … vom <date>,"
    assert [r for r, *_ in find_resolutions("Beschluss der Stadtverordnetenversammlung vom 23.03.2023, 3062 (NR 618/23)")][0] == "§ 3062"
    assert [r for r, *_ in find_resolutions("Beschluss der Stadtverordnetenversammlung vom 26.01.2023, 8 2914")] == ["§ 2914"]
    assert find_resolutions("Die Kosten vom 23.03.2023, 3062 Euro") == []
    # a zero read as two glyphs in a Dresden Antrag; a roman term read with digits in Magdeburg's decision
    assert [r for r, *_ in find_resolutions("Beschlusskontrolle zu AOD312/10")] == ["A0312/10"]
    assert find_resolutions("Beschluss des Stadtrates Nr. 1375-036(VI11)22") == []
    assert [s for s, *_ in find_sessions("aus der Sitzung vom 21.09.2023 (VGR 06/2023)")] == ["VGR 06/2023"]


def test_signature_blocks_gesehen_and_a_footer_between_greeting_and_names():
    sender, ack = closing.find_signatories(["Gesehen:", "Dipl.-Ing. Ralf Kächler", "Geschäftsführer", "", "Udo Saalbach",
                                            "Verbandsvorsitzender"])
    assert (sender.name, ack.name) == ("Dipl.-Ing. Ralf Kächler", "Udo Saalbach")
    sender, ack = closing.find_signatories([
        "Mit freundlichen Grüßen", "Besucheranschrift Postanschrift Internet", "Dr.-Külz-Ring 19 Stadt Musterstadt www.muster.de",
        "01067 Musterstadt Postfach 12 00 20", "- 2 -", "Kenntnisnahme", "Robert Langmann",
        "Beigeordneter für Stadtentwicklung, Andrea Pätz", "Bau, Verkehr und Liegenschaften Oberbürgermeisterin"])
    assert (sender.name, sender.role) == ("Robert Langmann", "Beigeordneter für Stadtentwicklung, Bau, Verkehr und Liegenschaften")
    assert (ack.name, ack.role) == ("Andrea Pätz", "Oberbürgermeisterin")


def test_start_dates_and_budget_years():
    assert find_deadlines("Die Umsetzung ist im Haushaltsjahr 2022 vorgesehen.", not_before="2020-11-11") == ["2022"]
    assert find_deadlines("Mittel können frühestens im Haushaltsjahr 2026 bereitgestellt werden.", not_before="2025-01-01") == []


def test_a_letterhead_with_the_form_title_between_the_name_lines():
    assert find_city(["Landeshauptstadt", "Hausmitteilung", "Musterstadt", "an Fraktionen"])[0] == "Landeshauptstadt Musterstadt"
