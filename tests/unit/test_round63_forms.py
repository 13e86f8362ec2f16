"""Mechanisms for forms the reader met in blind round 63 (each letter or line written here, not taken
from a corpus): a row of small print that OCR joined to the row beside it; signature columns a text
export ran together without a space; an answer after a dash on the point's line; "Zu Petitum 1:";
a Hamburg form's own number beside its date, and the resolution named after "hier:"; Frankfurt's
"§ 3912" after an OCR-damaged "Beschl."; prose answers naming their points in the middle of a
sentence; a paper's number opening its title line over the genre's heading; OCR's "T." and "3;" for
a point's "1." and "3."; a council agreeing ("stimmt … zu") as a resolution's voice; a signer's name,
role and the acknowledgement's label on one line."""
from __future__ import annotations

from pipeline.layout import layout_text
from pipeline.ocr import RawLine, RawWord, Recognition, page_from_words
from pipeline.references import find_resolutions
from pipeline.status import split_by_naming
from pipeline.text import text_columns
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


def test_a_row_of_small_print_that_ocr_joined_to_the_row_beside_it_keeps_its_own_baseline():
    # Tesseract's line 0 holds the left row and, further right and a little lower, "Az.: 66.2/2023/0441";
    # line 1 is the right column's row above it ("Dezernat Bau")
    words = (RawWord("Planungs-", 93, (386, 324, 597, 368), 0), RawWord("Umweltausschuss", 91, (617, 333, 1186, 373), 0),
             RawWord("Az.:", 83, (1449, 374, 1509, 400), 0), RawWord("66.2/2023/0441", 83, (1524, 374, 1785, 407), 0),
             RawWord("Dezernat", 97, (1453, 330, 1602, 359), 1), RawWord("Bau", 96, (1615, 333, 1700, 368), 1))
    lines = (RawLine((386, 357, 1785, 384), (386, 324, 1785, 407), 25.0), RawLine((1453, 356, 1700, 366), (1453, 330, 1700, 368), 20.0))
    page = page_from_words(Recognition(2481, 3508, words, lines), 1, 2481, 3508)
    rows = [line.strip() for line in layout_text([page]).split("\n") if line.strip()]
    assert "Dezernat Bau" in rows and "Az.: 66.2/2023/0441" in rows      # each column's row whole, not interleaved


def test_signature_columns_run_together_without_a_space_are_parted():
    text = ("Mit freundlichen Grüßen                 Kenntnisnahme:\n"
            "Thomas Beispiel\n"
            "Beigeordneter für Finanzen und LiegenschaftenOberbürgermeisterin\n")
    assert text_columns(text).split("\n")[:5] == ["Mit freundlichen Grüßen", "Thomas Beispiel",
                                                  "Beigeordneter für Finanzen und Liegenschaften", "", "Kenntnisnahme:"]


_DASHED_ANSWERS = """Stadt Musterstadt
Dezernat für Bildung

Az.: 40 10 02/23
Musterstadt, den 04.09.2023

Beschlussverfolgung zum Beschluss 23/1872-BR vom 22.03.2023: Öffnung von Schulhöfen

1. Der Oberbürgermeister wird beauftragt, an drei Grundschulen die Schulhöfe an Wochenenden
zu öffnen. – Die Schulhöfe von drei Grundschulen sind seit dem 1. Juni 2023 geöffnet.
2. Der Stadtrat dankt den Schulleitungen für ihre Unterstützung. – Der Dank wurde übermittelt.

Mit freundlichen Grüßen
Petra Beispiel
Bürgermeisterin
"""


def test_an_answer_after_a_dash_on_the_points_line(tmp_path):
    record = read(tmp_path, _DASHED_ANSWERS)
    assert record.mandates[0].quote.endswith("die Schulhöfe an Wochenenden zu öffnen.")
    assert record.mandates[0].response == "Die Schulhöfe von drei Grundschulen sind seit dem 1. Juni 2023 geöffnet."
    assert record.mandates[0].status == "done"
    assert record.mandates[1].response == "Der Dank wurde übermittelt."


_HAMBURG_FORM = """Freie und Hansestadt Musterburg
Bezirksamt Nord

Mitteilungsvorlage   Drucksachen-Nr.: 21-4530   Datum: 06.03.2024
Bezirksamt
Status: öffentlich

Sitzgelegenheiten entlang der Uferwege

hier: Beschluss der Bezirksversammlung vom 26.10.2023 (Drucksache 21-4102)

Sachverhalt:

Die Bezirksversammlung hat folgendes Petitum beschlossen:

1. Auf den Uferwegen werden zwölf zusätzliche Sitzbänke aufgestellt.
2. Die Kosten werden aus bezirklichen Sondermitteln finanziert.
Das Bezirksamt teilt hierzu Folgendes mit:

Zu Petitum 1:

Sieben Bänke wurden im Dezember 2023 aufgestellt; die übrigen folgen bis Ende Mai 2024.

Zu Petitum 2:

Die Finanzierung wurde mit Drucksache 21-4388 bewilligt.
"""


def test_a_forms_own_number_beside_its_date_and_answers_headed_petitum(tmp_path):
    record = read(tmp_path, _HAMBURG_FORM)
    assert record.resolution == "21-4102"
    assert record.subject == "Sitzgelegenheiten entlang der Uferwege"
    assert [m.number for m in record.mandates] == ["1", "2"]
    assert record.mandates[0].response.startswith("Sieben Bänke wurden")
    assert record.mandates[1].response == "Die Finanzierung wurde mit Drucksache 21-4388 bewilligt."


def test_a_paragraph_number_after_an_ocr_damaged_beschl():
    found = find_resolutions("Vorgang: Bcschl. d. Stv.-V. vom 14.09.2023, § 3912 (NR 641/23)")
    assert found[0][0] == "§ 3912"


def test_prose_answers_naming_their_points_in_the_middle_of_a_sentence():
    answer = ("Die Bestandsaufnahme, um die unter Ziffer 1 gebeten wurde, ist erfolgt. Es fehlen Schatten auf 118 Plätzen. "
              "Was die unter Ziffer 2 geforderte Nachrüstung angeht, wurde ein Rahmenvertrag ausgeschrieben. "
              "Schließlich wurde die Richtlinie im Sinne der Ziffer 3 ergänzt.")
    assert split_by_naming(answer, "1") == ["Die Bestandsaufnahme, um die unter Ziffer 1 gebeten wurde, ist erfolgt.",
                                            "Es fehlen Schatten auf 118 Plätzen."]
    assert split_by_naming(answer, "3") == ["Schließlich wurde die Richtlinie im Sinne der Ziffer 3 ergänzt."]
    # a point named in passing twice, or out of order, tells no parts apart
    assert split_by_naming("Wie zu Ziffer 2 gesagt, ist Ziffer 1 erledigt. Ziffer 3 folgt.", "1") == []


_ULM_FORM = """Stadt Musterstadt
Abteilung Bildung und Sport

Zeichen: BS/GT 2024-118
Musterstadt, 19.11.2024

An die Mitglieder des Gemeinderats
GD 412/23 – Ganztagsbetreuung an Grundschulen – Ausbauprogramm
2024-2026
Information über den Stand der Umsetzung
T. Der Gemeinderat stimmt dem Ausbauprogramm Ganztagsbetreuung 2024-2026
zu.
Keine Veranlassung durch die Verwaltung.
2. Zur Umsetzung werden folgende Maßnahmen beschlossen:
a) An der Grundschule Eselsberg wird eine Mensa errichtet.
Die Mensa ist seit dem 09.09.2024 in Betrieb.
b) An der Grundschule Wiblingen werden Betreuungsräume geschaffen.
Die Bauarbeiten haben im Oktober 2024 begonnen.
3; Der Betreuungsschlüssel wird auf eine Fachkraft je 20 Kinder festgelegt.
Eine Festlegung in dieser Form ist nicht umsetzbar.
Wiedervorlage: 31.03.2025

gez. Dr. Friederike Beispiel, Bürgermeisterin Kenntnisnahme:

Joachim Beispiel
Oberbürgermeister
"""


def test_a_papers_number_opening_its_title_over_the_genres_heading_and_ocr_glyphs_for_point_numbers(tmp_path):
    record = read(tmp_path, _ULM_FORM)
    assert record.resolution == "GD 412/23"
    assert record.subject == "Ganztagsbetreuung an Grundschulen – Ausbauprogramm 2024-2026"
    assert record.recipients == "An die Mitglieder des Gemeinderats"
    assert [m.number for m in record.mandates] == ["1", "2a", "2b", "3"]
    # the council agreeing is the resolution's voice: the line below answers it
    assert record.mandates[0].response == "Keine Veranlassung durch die Verwaltung."
    assert record.mandates[3].status == "rejected"
    assert (record.sender.name, record.sender.role) == ("Dr. Friederike Beispiel", "Bürgermeisterin")
    assert (record.acknowledged_by.name, record.acknowledged_by.role) == ("Joachim Beispiel", "Oberbürgermeister")


def test_signed_for_whom_and_a_last_point_whose_number_ocr_lost(tmp_path):
    record = read(tmp_path, """Hansestadt Musterstadt
Amt für Mobilität
Musterstadt, 12.02.2024

Sachstandsbericht
Beschluss der Bürgerschaft Nr. 2022/AN/3391 vom 06.07.2022
Fahrradparkhaus am Hauptbahnhof
Sehr geehrte Frau Präsidentin,
zur Umsetzung des oben genannten Beschlusses berichte ich wie folgt:
1.1 "Die Oberbürgermeisterin wird beauftragt, ein Fahrradparkhaus vorzubereiten."
Die Machbarkeitsstudie liegt seit März 2023 vor.
1.2 "Dazu sind Fördermittel des Bundes einzuwerben."
Der Förderantrag wurde am 15. Januar 2024 eingereicht.
"Bis zur Fertigstellung sind provisorische Abstellanlagen zu schaffen."
Provisorische Abstellanlagen sind auf dem Vorplatz nicht umsetzbar.
Die Verwaltung wird der Bürgerschaft im Dezember 2024 erneut berichten.
Mit freundlichen Grüßen

In Vertretung des Oberbürgermeisters
Erster Beigeordneter
Thomas Beispiel
""")
    assert [m.number for m in record.mandates] == ["1.1", "1.2", "2"]
    assert record.mandates[1].response == "Der Förderantrag wurde am 15. Januar 2024 eingereicht."
    assert record.mandates[2].status == "rejected"
    assert (record.sender.name, record.sender.role) == ("Thomas Beispiel", "Erster Beigeordneter")


def test_an_order_to_keep_answered_that_the_change_is_not_planned_is_kept():
    from pipeline.status import keeps_prohibition
    assert keeps_prohibition("Die Stadtteilbibliothek bleibt am bisherigen Standort erhalten.",
                             "Die Bibliothek wird am Standort weiter betrieben; ein Umzug ist nicht vorgesehen.")
    assert not keeps_prohibition("Die Stadtteilbibliothek bleibt am bisherigen Standort erhalten.",
                                 "Ein Erhalt am Standort ist nicht vorgesehen.")


def test_an_answer_to_a_question_whose_heading_ocr_split_is_no_report(tmp_path):
    record = read(tmp_path, """Landeshauptstadt Musterstadt
Geschäftsbereich Umwelt

GZ: (GB 7) 86.2/23-44
Datum: 07.08.2023

Anf rage AF2315/23 – Stand der Umsetzung des Beschlusses A0512/22

Sehr geehrte Frau Beispiel,

Frage 1: Wie viele Schulhöfe wurden entsiegelt?

Antwort: Seit Juni 2022 wurden an vier Schulen Flächen entsiegelt.

Mit freundlichen Grüßen

Dr. Sabine Beispiel
Beigeordnete
""")
    assert record.kind == "unknown"


def test_titles_after_the_genre_words_a_must_in_the_resolutions_voice_and_the_next_agenda(tmp_path):
    record = read(tmp_path, """Markt Musterhausen
Bauamt

Az. 6102-FB/25
Musterhausen, 18.03.2025

An die Mitglieder
des Marktgemeinderates

Sachstandsbericht – Sanierung des Freibads
Beschluss des Marktgemeinderates Nr. 2024/117 aus der Sitzung MGR/07/2024
Sehr geehrte Damen und Herren,
zu den Punkten des oben genannten Beschlusses ergibt sich folgender Stand:
a) Der Bürgermeister wird beauftragt, ein Konzept erstellen zu lassen.
Das Konzept liegt seit dem 12.02.2025 vor.
b) Die Buchung muss telefonisch und über eine App möglich sein.
Beide Buchungswege stehen zur Verfügung.
c) Die Kosten sind im Haushalt darzustellen.
Die Kosten sind im Haushalt 2025 veranschlagt.
Alle Punkte des Beschlusses sind umgesetzt.
Die Verwaltung wird das Thema im 1. Quartal 2026 erneut auf die Tagesordnung setzen.

Mit freundlichen Grüßen
Hans Beispiel
Erster Bürgermeister
""")
    assert record.subject == "Sanierung des Freibads"
    assert record.mandates[1].quote == "Die Buchung muss telefonisch und über eine App möglich sein."
    assert record.mandates[1].response == "Beide Buchungswege stehen zur Verfügung."
    assert record.mandates[2].response == "Die Kosten sind im Haushalt 2025 veranschlagt."
    assert record.next_review == "2026-03"


def test_a_title_in_quotes_after_the_genre_words_and_an_addressee_under_the_subject(tmp_path):
    record = read(tmp_path, """Stadt Musterstadt

Mitteilung
Vorlagen-Nummer: VII/2023/05512
Datum: 21.03.2023

Betreff: Sachstand zum Beschluss „Hitzeaktionsplan für die Stadt“
(VII/2021/02544)

An den Stadtrat der Stadt Musterstadt

Der Stadtrat hat am 27.10.2021 beschlossen:

1) Die Verwaltung erarbeitet bis Ende 2022 einen Hitzeaktionsplan.
Der Hitzeaktionsplan wurde im Dezember 2022 beschlossen.

Petra Beispiel
Beigeordnete
""")
    assert record.subject == "Hitzeaktionsplan für die Stadt"
    assert record.recipients == "An den Stadtrat der Stadt Musterstadt"


def test_words_run_together_whose_first_lost_its_last_glyph():
    from pipeline.nlp import split_run_together
    assert split_run_together("Die nächstcBeschlusskontrolle erfolgt im Mai.") == "Die nächstc Beschlusskontrolle erfolgt im Mai."
    assert split_run_together("Die StadtGrün GmbH") == "Die StadtGrün GmbH"


def test_a_running_header_marking_whose_dash_ocr_lost_beside_a_rulings_noise():
    # round 64's one leak: page 2's header "VS – Nur für den Dienstgebrauch" read without its dash, the rule under it
    # read as letters on the same row
    from pipeline.marking import is_marking
    assert is_marking("VS Nur für den Dienstgebrauch EErR Asfn PER EEE EEE EEE NEE EIER EEE EEEEEEREEEE")
    assert is_marking("VS – Nur für den Dienstgebrauch")
