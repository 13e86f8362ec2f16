"""Mechanisms for forms the reader met in blind rounds 77 (its rest) and 78, each line written here, not taken from a
corpus: closing words that name the council informed on a date, the matter put on an agenda, a final report still to
come; a glyph "1" inside a word; headings alone over paragraphs; a page's number alone at the break; a Drucksache
number labelled "Drucksachen-Nr."; a heading over the points it names; an enacting clause over clauses whose numbers
OCR damaged ("2:", "3;") with "Zul." for the first answer; a reference naming the decision by body and date; a table
column headed "Bemerkung"; one answer given to all the points; a row of labels over a row of values drawn with rules."""
from __future__ import annotations

from pipeline.header import label_row_over_values
from pipeline.lexicon import CLOSING_STATEMENT, LETTER_CLOSING
from pipeline.mandates import _page_numbers
from pipeline.numbering import repair_numbers
from pipeline.status import mend_cue_words, response_status
from pipeline.tables import _role
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


def test_the_council_informed_on_a_date_closes_the_last_answer_unless_the_point_asks_for_reports(tmp_path):
    assert LETTER_CLOSING.search("Der Kreistag wird im II. Quartal 2026 über den Entwurf der Satzung unterrichtet.")
    assert LETTER_CLOSING.search("Ein Schlussbericht folgt.")
    letter = """Stadt Beispielhafen
Amt für Häfen

An die Bürgerschaft

Zwischenbericht zum Beschluss 2025/BS/0101 – Liegeplätze

{lead}

Beschlusspunkt 1

    Die Gebühren für Liegeplätze sind zu überprüfen.

Stellungnahme: Eine Ermäßigung für Vereine wird abgelehnt.

Die Bürgerschaft wird im I. Quartal 2026 über den Entwurf der Satzung
unterrichtet.

Hanna Beispiel
Senatorin
"""
    record = read(tmp_path, letter.format(lead="Zum Beschluss berichte ich wie folgt:"))
    assert record.mandates[0].response == "Eine Ermäßigung für Vereine wird abgelehnt."
    assert record.mandates[0].status == "rejected"
    # a point asking for reports keeps it: it answers that point
    record = read(tmp_path, letter.format(lead="Zum Beschluss berichte ich wie folgt:").replace(
        "Die Gebühren für Liegeplätze sind zu überprüfen.", "Die Bürgerschaft ist über die Gebühren zu unterrichten.").replace(
        "Stellungnahme: Eine Ermäßigung für Vereine wird abgelehnt.\n\n", "Stellungnahme: Die Gebühren werden kalkuliert. "))
    assert record.mandates[0].response.endswith("über den Entwurf der Satzung unterrichtet.")


def test_the_matter_put_on_an_agenda_dates_the_next_review_and_a_final_report_announced(tmp_path):
    assert CLOSING_STATEMENT.match("Das Ortsamt wird die Angelegenheit auf die Tagesordnung der Beiratssitzung im Mai 2026 setzen.")
    record = read(tmp_path, """Ortsamt Beispieldorf

Mitteilung an den Beirat Beispieldorf

Beschluss des Beirats vom 12.02.2026 – Papierkörbe am Deich

Der Beirat hat am 12.02.2026 beschlossen:

1. „Am Deich sind Papierkörbe aufzustellen.“

2. „Die Leerung ist zu verdoppeln.“

Zu 1.
Laut Mitteilung der Stadtreinigung wurden sechs Papierkörbe aufgestellt.

Zu 2.
Eine Verdopplung ist derzeit nicht möglich.

Das Ortsamt wird die Angelegenheit auf die Tagesordnung der Beiratssitzung im
Mai 2026 setzen.

Mit freundlichen Grüßen

Jan Beispiel
Ortsamtsleiter
""")
    assert record.next_review == "2026-05"
    assert record.mandates[1].response == "Eine Verdopplung ist derzeit nicht möglich."
    assert record.recipients == "Beirat Beispieldorf"     # the form's title names whom it goes to


def test_a_one_read_for_an_l_inside_a_word_is_mended():
    assert mend_cue_words("Eine weitere Förderung wird abge1ehnt.") == "Eine weitere Förderung wird abgelehnt."
    assert response_status("Eine weitere Förderung wird abge1ehnt.") == "rejected"
    assert mend_cue_words("Vorlage V0741abcdef bleibt") == "Vorlage V0741abcdef bleibt"     # no word: left as it is


_HEADINGS_ALONE = """Stadt Beispielstadt
Amt für Kultur

An die Mitglieder des Kulturausschusses

Zwischenbericht zum Beschluss 0101/2026 – Bürgerhaus Nord

Zu den einzelnen Beschlusspunkten berichte ich wie folgt.

Beschlusspunkt 1
    Die Verwaltung wird beauftragt, den Betrieb des Bürgerhauses auszuschreiben.

Die Ausschreibung ist veröffentlicht.

Beschlusspunkt 2
    Die Gastronomie soll wieder geöffnet werden.

Die Wiedereröffnung ist Teil der Ausschreibung.

Beschlusspunkt 3
    Der Oberbürgermeister wird beauftragt,

    a) die Küche zu sanieren;

Mit der Sanierung wurde noch nicht begonnen.

1

Zwischenbericht Bürgerhaus Nord, Seite 2

    b) die Kosten zu melden.

Die Kosten sind gemeldet.

Mit freundlichen Grüßen

Petra Beispiel
Beigeordnete
"""


def test_headings_alone_keep_their_paragraphs_and_a_page_number_alone_goes(tmp_path):
    record = read(tmp_path, _HEADINGS_ALONE)
    assert [m.number for m in record.mandates] == ["1", "2", "3a", "3b"]
    assert record.mandates[1].quote == "Die Gastronomie soll wieder geöffnet werden."
    assert record.mandates[3].quote.endswith("die Kosten zu melden.")
    assert record.mandates[1].response == "Die Wiedereröffnung ist Teil der Ausschreibung."
    assert record.mandates[2].response == "Mit der Sanierung wurde noch nicht begonnen."


def test_a_points_number_alone_before_the_pages_header_stays():
    body = ["3", "Die Mittel sind bereitzustellen.", "Die Mittel sind bereitgestellt.",
            "4", "", "Az. 14-0001/2026   1/2", "Über den Fortgang ist zu berichten.", "Der Bericht folgt im Mai.",
            "", "1", "Seite 2 von 2"]
    assert _page_numbers(body, {"Az. #-#/#   #/#"}) == {9}     # the "1" goes, the table's "4" stays


_MITTEILUNGSDRUCKSACHE = """Freie und Hansestadt Hamburg
Bezirksamt Beispiel

Mitteilungsdrucksache Drucksachen-Nr.: 22-9001

Datum: 19.05.2026

Beratungsfolge: Bezirksversammlung Beispiel – zur Kenntnis
Schlussbericht
Spielplatz am Teich – Ersatz der Geräte
Sachverhalt
Die Bezirksversammlung hat am 26.09.2025 den Antrag 22-8001
beschlossen. Darin heißt es:
1. „Das Bezirksamt wird gebeten, die Spielgeräte zu ersetzen.“
2. „Zusätzlich soll eine Sitzgruppe aufgestellt werden.“
Das Fachamt Stadtgrün teilt hierzu mit:
Die Spielgeräte wurden ersetzt und eine Sitzgruppe aufgestellt.
Der Beschluss ist damit umgesetzt.
Petitum
Die Bezirksversammlung wird um Kenntnisnahme gebeten.

Maria Beispiel
Bezirksamtsleiterin
"""


def test_a_drucksache_number_labelled_as_the_forms_own_yields_to_the_motion_resolved(tmp_path):
    record = read(tmp_path, _MITTEILUNGSDRUCKSACHE)
    assert record.resolution == "22-8001"
    assert record.subject == "Spielplatz am Teich – Ersatz der Geräte"
    # one answer to all the points: its preamble off, what it says of the resolution kept
    assert [m.response for m in record.mandates] == ["Die Spielgeräte wurden ersetzt und eine Sitzgruppe aufgestellt. "
                                                     "Der Beschluss ist damit umgesetzt."] * 2


def test_a_heading_over_the_points_it_names_is_no_answer(tmp_path):
    record = read(tmp_path, """Landeshauptstadt Dresden
Geschäftsbereich Kultur

Sachstand zur Umsetzung des Beschlusses V0101/26 (SR/001/2026)
Bibliotheken im Stadtteil

Beschlusstext Punkt 1:
Der Stadtrat nimmt das Konzept zur Kenntnis.
Stellungnahme:
Keine weitere Veranlassung.
Beschlusstext Punkte 2a und 2b:
2a) Die Bibliothek Nord wird saniert.
2b) Für die Bibliothek Süd ist ein neuer Standort zu suchen.
Stellungnahme:
Die Sanierung ist abgeschlossen; ein Standort wird gesucht.

Max Beispiel
Beigeordneter
""")
    assert [m.number for m in record.mandates] == ["1", "2a", "2b"]
    assert record.mandates[0].response == "Keine weitere Veranlassung."


def test_an_enacting_clause_over_clauses_whose_numbers_ocr_damaged():
    lines = ["Die Bezirksverordnetenversammlung hat am 15.11.2025 beschlossen:",
             "Das Bezirksamt wird ersucht,",
             "in der Teichstraße eine Fahrradstraße anzuordnen,",
             "2: die Lieferzonen zu erhalten,",
             "3; der Bezirksverordnetenversammlung zu berichten.",
             "Das Bezirksamt hat am 19.03.2026 beschlossen, der",
             "Bezirksverordnetenversammlung hierzu wie folgt zu berichten:",
             "Zul.", "Die Anordnung ist erlassen.", "Zu 2.", "Die Lieferzonen bleiben.", "Zu 3.", "Hiermit wird berichtet."]
    out = repair_numbers(lines)
    assert out[2:5] == ["1. in der Teichstraße eine Fahrradstraße anzuordnen,", "2. die Lieferzonen zu erhalten,",
                        "3. der Bezirksverordnetenversammlung zu berichten."]
    assert out[1] == lines[1]
    # so too a quote opened before the clause, its first number read as an "l"
    lines = ["Der Beirat hat am 16.01.2026 beschlossen:", "„Der Beirat", "fordert das Amt auf,",
             "l. einen Überweg anzuordnen,", "2. die Geschwindigkeit zu begrenzen.“",
             "Zu 1.: Der Überweg ist angeordnet.", "Zu 2.: Eine Begrenzung wird nicht weiterverfolgt."]
    assert repair_numbers(lines)[3] == "1. einen Überweg anzuordnen,"
    # an enacting clause after a whole point opens the next point (its lettered parts below), not point 1
    lines = ["Der Stadtrat hat am 14.09.2026 beschlossen:", "1. Die Eignung des Grundstücks ist zu prüfen.",
             "Der Oberbürgermeister wird beauftragt,", "a) Verhandlungen aufzunehmen,", "b) hilfsweise ein Erbbaurecht zu verhandeln.",
             "Der Ausschuss ist zu informieren.", "Hierzu wird wie folgt berichtet:", "Zu Beschlusspunkt 1:", "Geprüft.",
             "Zu Beschlusspunkt 2 a) und b):", "Die Verhandlungen dauern an.", "Zu Beschlusspunkt 3:", "Steht noch aus."]
    out = repair_numbers(lines)
    assert out[1:3] == ["1. Die Eignung des Grundstücks ist zu prüfen.", "2. Der Oberbürgermeister wird beauftragt,"]
    assert out[5] == "3. Der Ausschuss ist zu informieren."
    # a glyph alone on its line is no number the sequence proves ("None" once took its place)
    alone = ["Der Kreistag hat beschlossen:", "", "1%", "", "„Die Taktung ist zu verdichten.“", "", "Sie ist verdichtet.",
             "2: „Ein Rufbus ist zu konzipieren.“", "Das Konzept ist in Bearbeitung."]
    assert "None" not in " ".join(repair_numbers(alone))
    # a first point's "1." read as "1%"
    assert repair_numbers(["1% »Der Bebauungsplan ist aufzustellen.«", "Stand: läuft.",
                           "2: »Mietwohnungen sind vorzusehen.«", "Stand: Siehe Punkt 1."])[0] == \
        "1. »Der Bebauungsplan ist aufzustellen.«"


def test_a_reference_naming_the_decision_by_body_and_date_makes_a_letter_of_a_sachstand(tmp_path):
    record = read(tmp_path, """Kreis Beispiel
Der Landrat
Fachdienst Naturschutz

Beispielstadt, 11.03.2026
Aktenzeichen: 67.10.001/26

An den
Umweltausschuss des Kreises Beispiel

Bezug: Beschluss des Kreistages vom 26.09.2025 zur Vorlage DrS/2025/001
Sachstand: Pflege der Hecken an Kreisstraßen

1. „Die Verwaltung erstellt ein Heckenkataster.“
Das Kataster ist zur Hälfte erfasst.

2. „Für Nachpflanzungen werden Mittel bereitgestellt.“
Die Mittel wurden im Haushalt 2026 nicht berücksichtigt.

Im Auftrag

Dr. Tim Beispiel
Fachdienstleitung
""")
    assert record.kind == "beschlusskontrolle"
    assert record.resolution == "DrS/2025/001"
    assert record.subject == "Pflege der Hecken an Kreisstraßen"


def test_a_column_headed_bemerkung_holds_the_answers():
    assert _role("Bemerkung") == "answer" and _role("Bemerkungen") == "answer"


def test_a_row_of_labels_over_a_row_of_values_drawn_with_rules():
    assert label_row_over_values(["Drucksachen-Nr.: | Datum: | Status:", "22-9001 | 08.04.2026 | Öffentlich"]) == \
        ["Drucksachen-Nr.: 22-9001", "Datum: 08.04.2026", "Status: Öffentlich", ""]
    # units' labels, the ruled row's last cells empty
    assert label_row_over_values(["Dezernat | Amt | ", "Dezernat für Schule | FB 40 | "]) == ["Dezernat: Dezernat für Schule", "Amt: FB 40", ""]
    # a box with its option in a label's cell, its value cell empty
    assert label_row_over_values(["GZ | □ vertraulich", "", "(GB 4) 40.21-Ab | "]) == ["GZ: (GB 4) 40.21-Ab", "□ vertraulich", "", ""]


def test_a_remark_on_how_to_treat_part_of_the_letter_closes_the_answers_not_the_lead(tmp_path):
    letter = """Landkreis Beispiel
Dezernat Bau

Zwischenbericht zum Beschluss KT/2026/001 – Kreisstraße 1

{lead}

1. „Die Kreisstraße ist zu sanieren.“
Der erste Abschnitt ist vergeben.

2. „Die Kosten sind gesondert auszuweisen.“
Die Kosten sind ausgewiesen.

Die Kostenaufstellung nach Losen ist wegen laufender Vergabe nichtöffentlich zu
behandeln.

Uwe Beispiel
Beigeordneter
"""
    record = read(tmp_path, letter.format(lead="Zum Stand berichte ich wie folgt:"))
    assert record.mandates[1].response == "Die Kosten sind ausgewiesen."
    # the same remark in the lead ends nothing
    record = read(tmp_path, letter.format(
        lead="Zum Stand berichte ich wie folgt. Die Angaben zur Vergabe sind bis zum Vertragsschluss vertraulich\nzu behandeln."))
    assert [m.response for m in record.mandates] == ["Der erste Abschnitt ist vergeben.", "Die Kosten sind ausgewiesen."]


def test_a_wahlperiodes_numeral_with_a_glyph_ocr_added():
    from pipeline.references import find_resolutions
    assert [f[0] for f in find_resolutions("Drucksache DS/0451/I1X (Schlussbericht)")] == ["DS/0451/IX"]
    assert [f[0] for f in find_resolutions("Drucksache DS/0733/VIII")] == ["DS/0733/VIII"]     # a numeral as printed stays


def test_a_signature_read_as_a_run_of_capitals_beside_the_role():
    from pipeline.closing import _without_scribbled_tail
    assert _without_scribbled_tail("Bürgermeisterin INININTISSINSFR") == "Bürgermeisterin"
    assert _without_scribbled_tail("Beigeordneter für Kultur PIAIFSINAISINYNRS N UMIAÄN VI") == "Beigeordneter für Kultur"
    # words in capitals stay
    for text in ("Leiter GESCHÄFTSBEREICH FINANZEN", "Referent UMWELTMINISTERIUM", "Dezernent VI"):
        assert _without_scribbled_tail(text) == text


def test_a_districts_o_read_twice():
    from pipeline.references import find_resolutions
    assert [f[0] for f in find_resolutions("Umsetzung des Beschlusses V-C0o00011/22")] == ["V-Co00011/22"]
    assert [f[0] for f in find_resolutions("Umsetzung des Beschlusses V-C0o00011/22", "Co")] == ["V-Co00011/22"]
    assert [f[0] for f in find_resolutions("Beschluss V-Pl0013/19")] == ["V-Pl0013/19"]


def test_a_postal_block_to_the_hands_of_a_council():
    from pipeline.header import find_recipients
    assert find_recipients(["Ortsamt Beispiel", "z. Hd. Beirat Beispiel", "Musterstraße 27", "28000 Bremen", "",
                            "Freie Hansestadt Bremen", "Amt für Straßen und Verkehr"]) == \
        "Ortsamt Beispiel z. Hd. Beirat Beispiel Musterstraße 27 28000 Bremen"


def test_the_rest_still_to_follow_leaves_a_point_in_progress():
    assert response_status("An acht Haltestellen sind die Bügel bereits aufgestellt, die übrigen folgen im Laufe des Jahres.") \
        == "in_progress"
