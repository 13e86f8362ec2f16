"""Mechanisms for forms the reader met in blind round 61 (each letter written here, not taken from a
corpus): a heading that counts the resolutions it reports on; a first point's "1)" that OCR read as
"l)"; a consultation table whose cells a text export put each on a line of its own; a form's label
over its value; points numbered "001"; a table heading of several words; answer headings whose
number OCR lost or misread in the middle of the sequence."""
from __future__ import annotations

from pipeline.lexicon import REPORT_TITLE
from pipeline.marking import find_confidential
from pipeline.numbering import repair_numbers
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


def test_a_heading_that_counts_its_resolutions_names_a_report():
    assert REPORT_TITLE.search("Sachstand zu zwei Beschlüssen des Hauptausschusses vom 04.03.2024")
    assert REPORT_TITLE.search("Mitteilung zu den beiden Anträgen der Fraktionen")
    assert not REPORT_TITLE.search("Sachstand zwei Jahre nach der Eröffnung")


_LETTER_WITH_L_FOR_ONE = """Stadt Musterhausen
Fachbereich Grün

Musterhausen, den 04.03.2024
Az. 67.1-44

Sachstandsmitteilung
zur Drucksache Nr. 12-3456/2023
Bolzplatz am Lindenweg
l) Die Verwaltung wird gebeten, den Bolzplatz am Lindenweg mit neuen Toren auszustatten.
Die Tore sind bestellt und werden im Mai 2024 aufgestellt.
2) Der Zaun ist zu erneuern.
Der Zaun wurde im Februar 2024 erneuert.
Wiedervorlage: 30.06.2024

Petra Beispiel
Fachbereichsleiterin
"""


def test_a_first_point_whose_1_ocr_read_as_l_opens_the_points(tmp_path):
    record = read(tmp_path, _LETTER_WITH_L_FOR_ONE)
    assert record.kind == "beschlusskontrolle"
    assert [m.number for m in record.mandates] == ["1", "2"]
    assert record.mandates[0].quote.startswith("Die Verwaltung wird gebeten, den Bolzplatz")
    assert record.mandates[1].response == "Der Zaun wurde im Februar 2024 erneuert."


def test_a_consultation_table_with_each_cell_on_its_own_line_marks_nothing():
    head = ["Landeshauptstadt Musterstadt", "Öffentlichkeitsstatus", "öffentlich", "INFORMATION", "I0100/24",
            "Beratung", "Tag", "Behandlung", "Der Oberbürgermeister", "12.03.2024", "nicht öffentlich",
            "Stadtrat", "28.03.2024", "öffentlich", "Kurztitel", "Umsetzung des Beschlusses zur DS0100/23"]
    assert find_confidential(head, ()) == (False, [])
    # the form's own status says non-public: so it is
    own = ["nicht öffentlich" if line == "öffentlich" and k == 2 else line for k, line in enumerate(head)]
    assert find_confidential(own, ())[0] is True


def test_a_form_label_over_its_unit_is_no_unit(tmp_path):
    record = read(tmp_path, """Landeshauptstadt Musterstadt
- Der Oberbürgermeister -
Datum
04.03.2024
Dezernat
Dezernat IV
INFORMATION
I0100/24
Kurztitel
Umsetzung des Beschlusses zur DS0100/23 „Spielplatz am Anger“
Der Stadtrat hat in seiner Sitzung am 10.10.2023 beschlossen:
1. Der Oberbürgermeister wird beauftragt, den Spielplatz am Anger zu sanieren.
2. Die Anwohner sind zu beteiligen.
Zu 1.: Die Sanierung ist für den Sommer 2024 geplant.
Zu 2.: Die Beteiligung fand am 15.01.2024 statt.
""")
    assert record.department == "Dezernat IV"


def test_points_numbered_with_leading_zeros_are_answered_in_their_order(tmp_path):
    record = read(tmp_path, """Stadt Musterhausen
Dezernat Bauen

Musterhausen, 23.10.2023
Abschlussbericht zur Umsetzung des Stadtratsbeschlusses Nr. 22/0101-BR
Betreff: Radwege im Norden
Sehr geehrte Damen und Herren,
der o. g. Beschluss hat folgenden Wortlaut:
001
Der Radweg an der Nordstraße ist zu verbreitern.
002
Die Beleuchtung ist zu erneuern.
Zur Umsetzung berichte ich:
001
Die Verbreiterung wurde im Juli 2023 abgeschlossen.
002
Die Erneuerung der Beleuchtung wird nicht weiterverfolgt, die Mittel fehlen.
Tobias Beispiel
Dezernent
""")
    assert [m.number for m in record.mandates] == ["001", "002"]
    assert [m.response for m in record.mandates] == [
        "Die Verbreiterung wurde im Juli 2023 abgeschlossen.",
        "Die Erneuerung der Beleuchtung wird nicht weiterverfolgt, die Mittel fehlen."]


def test_a_table_heading_of_several_words_is_one_column(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from pipeline import extract

    path = tmp_path / "table.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    y = 780
    for line in ("Stadt Musterhausen", "Fachdienst Schule", "", "Datum: 22.01.2024", "", "Beschlussverfolgung",
                 "Beschluss des Schulausschusses vom 28.09.2023 zur Vorlage VO/2023/0100", "Neue Tafeln für die Schulen"):
        c.drawString(70, y, line)
        y -= 14
    y -= 10
    # (a cell's second line runs under the heading's later words: no column of its own starts there)
    rows = [[("Nr.", "Auftrag laut Beschluss", "Sachstand (Stand: 22.01.2024)")],
            [("1", "Alle Klassenräume werden mit", "Teilweise umgesetzt: 84 von 132"), ("", "Digitalisierungstafeln ausgestattet.", "Räumen sind ausgestattet.")],
            [("2", "Die Lehrkräfte sind in der Nutzung", "Die Schulungen fanden im"), ("", "der Tafeln zu schulen.", "Dezember statt.")]]
    for row in rows:
        c.line(70, y + 12, 540, y + 12)
        for cells in row:
            for x, text in zip((75, 105, 315), cells):
                c.drawString(x, y, text)
            y -= 12
        y -= 8
    c.line(70, y + 12, 540, y + 12)
    c.drawString(70, y - 20, "Mit freundlichen Grüßen")
    c.drawString(70, y - 60, "Petra Beispiel")
    c.save()
    record = extract(path)
    assert [(m.number, m.quote, m.response) for m in record.mandates] == [
        ("1", "Alle Klassenräume werden mit Digitalisierungstafeln ausgestattet.", "Teilweise umgesetzt: 84 von 132 Räumen sind ausgestattet."),
        ("2", "Die Lehrkräfte sind in der Nutzung der Tafeln zu schulen.", "Die Schulungen fanden im Dezember statt.")]


def test_an_answer_heading_that_lost_its_number_between_two_takes_the_one_between():
    lines = ["der Stadtrat hat folgenden Beschluss gefasst:",
             "l. Die Bibliothek bleibt erhalten.",
             "Der Oberbürgermeister wird beauftragt, den Mietvertrag zu verlängern.",
             "Die Öffnungszeiten sind zu erweitern.",
             "Zum Stand der Umsetzung wird mitgeteilt:",
             "zu 1.", "Die Bibliothek ist geöffnet.",
             "ZU:", "Die Verhandlungen laufen.",
             "zu.3,", "Die Erweiterung folgt 2025."]
    out = repair_numbers(lines)
    assert out[1:4] == ["1. Die Bibliothek bleibt erhalten.",
                        "2. Der Oberbürgermeister wird beauftragt, den Mietvertrag zu verlängern.",
                        "3. Die Öffnungszeiten sind zu erweitern."]
    assert out[7] == "Zu 2."


def test_a_report_form_with_its_labels_in_one_column_and_a_sentence_announcing_the_next_report(tmp_path):
    # a Magistrat's report form: "vom" / "Betreff" / "Vorgang" / "an" beside their values, read column by column;
    # after the last answer a sentence announcing the next report, which is no part of that answer
    record = read(tmp_path, """STADT MUSTERHAUSEN
Der Magistrat

Bericht des Magistrats B 101

vom
Betreff
Vorgang
an

04.09.2023
Sanierung des Freibades Süd
Beschl. d. Stv.-V. vom 16.03.2023, § 4127
die Stadtverordnetenversammlung

Die Stadtverordnetenversammlung hat mit dem oben genannten Beschluss Folgendes beschlossen:

1. Der Magistrat wird beauftragt, das Freibad Süd bis zur Saison 2025 zu sanieren.
2. Den Vereinen ist während der Schließung Wasserfläche in anderen Bädern anzubieten.

Hierzu berichtet der Magistrat:

Zu 1.: Die Ausschreibung der Arbeiten läuft.

Zu 2.: Alle Vereine haben Zeiten im Hallenbad Nord erhalten.

Der Magistrat wird der Stadtverordnetenversammlung den nächsten Sachstand zur Sitzung am 14.03.2024
vorlegen.

Petra Beispiel
Stadträtin
""")
    assert (record.letter_date, record.subject, record.recipients) == ("2023-09-04", "Sanierung des Freibades Süd",
                                                                       "die Stadtverordnetenversammlung")
    assert record.mandates[1].response == "Alle Vereine haben Zeiten im Hallenbad Nord erhalten."


def test_a_title_after_the_heading_colon_wraps_onto_the_identifier_line(tmp_path):
    record = read(tmp_path, """Freie und Hansestadt Hamburg
Bezirksamt Musterort

Mitteilungsvorlage Bezirksamt

Drucksachen-Nr.:          22-0100
Datum:                    06.05.2024

Sachstand zum Beschluss der Bezirksversammlung vom 23.11.2023: Sichere Gehwege an der
Musterallee (Drs. 22-0017)

Sachverhalt:

Die Bezirksversammlung hat am 23.11.2023 beschlossen: „Die Bezirksamtsleitung wird gebeten,
die Gehwege an der Musterallee zu überprüfen.“

Das Bezirksamt teilt hierzu mit: Die Gehwege wurden im März 2024 überprüft und instand gesetzt.
""")
    assert record.subject == "Sichere Gehwege an der Musterallee"
    assert record.resolution == "22-0017"


def test_a_heading_line_of_a_berlin_form_gives_its_title_without_the_genre_words(tmp_path):
    record = read(tmp_path, """Bezirksamt Musterbezirk von Berlin
Abteilung Stadtentwicklung
Berlin, den 16.11.2023
An die
Bezirksverordnetenversammlung Musterbezirk
Vorlage zur Kenntnisnahme
über Öffentliche Toiletten im Stadtpark – Schlussbericht zur
Drucksache DS/0100/IX
Wir bitten zur Kenntnis zu nehmen:
Die Bezirksverordnetenversammlung hat in ihrer Sitzung am 22.06.2023 Folgendes beschlossen:
„Das Bezirksamt wird ersucht, im Stadtpark eine öffentliche Toilette aufzustellen.“
Die Toilette wurde am 02.10.2023 in Betrieb genommen.
Der Beschluss ist damit erledigt.
""")
    assert record.subject == "Öffentliche Toiletten im Stadtpark"


def test_letterhead_fields_of_other_forms(tmp_path):
    record = read(tmp_path, """Zweckverband Wasserversorgung Musterland Gartenstraße 12
Der Verbandsvorsteher

Präsidentin der Verbandsversammlung
des Zweckverbandes Wasserversorgung Musterland

Az. ZV 02-14/24
Musterort, 15. Februar 2024

Zwischenbericht

Beschluss Nr. VV 07/2023, Verbandsversammlung, Sitzung VV-2/2023 am 27.06.2023

Notverbund der Trinkwassernetze

Sehr geehrte Damen und Herren,

zu dem o. g. Beschluss gebe ich Ihnen den folgenden Zwischenstand:

1. Der Verbandsvorsteher wird beauftragt, einen Notverbund vorzubereiten.

Die Planung ist beauftragt. Über den Fortgang wird im Juni 2023 berichtet.

Mit freundlichen Grüßen

Hans Beispiel
Verbandsvorsteher
""")
    assert record.city == "Zweckverband Wasserversorgung Musterland"
    assert record.recipients.startswith("Präsidentin der Verbandsversammlung")
    assert record.subject == "Notverbund der Trinkwassernetze"
    # a review dated before the letter is a misread: left empty, and said so
    assert record.next_review is None
    assert any("next review" in w for w in record.warnings)


def test_a_form_released_on_a_day_is_dated_that_day(tmp_path):
    record = read(tmp_path, """Stadt Musterhausen

Amt für Verkehr

Mitteilung
Vorlagen-Nr.:                 1893/2024
Gremium                       Bezirksvertretung 4 (Nord)
Datum der Sitzung             17.06.2024
Freigabedatum                 04.06.2024

Sachstand zum Beschluss der Bezirksvertretung Nord vom 11.12.2023, AN/1422/2023

Fahrradbügel am Marktplatz

Die Bezirksvertretung Nord hat in ihrer Sitzung am 11.12.2023 beschlossen:

1. „Die Verwaltung wird beauftragt, am Marktplatz zwanzig Fahrradbügel aufzustellen.“

Stellungnahme der Verwaltung:

Die Fahrradbügel wurden im März 2024 aufgestellt.
""")
    assert record.letter_date == "2024-06-04"


def test_a_letter_spaced_heading_under_the_unit_and_a_stamped_day_without_its_first_digit(tmp_path):
    record = read(tmp_path, """Landeshauptstadt Musterstadt
Geschäftsbereich Kultur
H a u s m i t t e i l u n g

An
Mitglieder des Stadtrates
GZ: (GB 4) 41.12
Datum: *4. APR. 2012
Beschlusskontrolle zu A0101/11 (Sitzungsnummer: SR/041/2012)
Stadtteilbibliothek Nord
Sehr geehrte Damen und Herren,
zum o. g. Beschluss gebe ich folgenden Sachstand:
„Die Stadtteilbibliothek Nord bleibt erhalten.“
Die Bibliothek ist unverändert geöffnet.
Mit freundlichen Grüßen
Gerd Beispiel
Beigeordneter für Kultur
""")
    assert record.department == "Geschäftsbereich Kultur"
    assert record.letter_date == "2012-04"      # 14th or 24th: the month is what is sure


# From rounds 57, 58 and 60, read after round 61 was scored.

def test_a_plain_text_table_right_under_the_title_holds_the_points(tmp_path):
    record = read(tmp_path, """Landeshauptstadt Musterstadt
Der Oberbürgermeister
Geschäftsbereich Stadtentwicklung
Stadtverordnetenversammlung                   Musterstadt, 30.11.2022
der Landeshauptstadt Musterstadt              Geschäftszeichen: 4.2/Rad-1203

Mitteilungsvorlage – Beschlussverfolgung

21/SVV/0100 – Fahrradparken am Bahnhof

Ziffer | Beschluss | Umsetzung
1 | Am Bahnhof ist eine Fahrradabstellanlage zu errichten. | Die Baugenehmigung liegt vor.
2 | Die Anlage soll Ladepunkte erhalten. | Wird in der Planung berücksichtigt.

Nächster Bericht: 31.05.2023
""")
    assert record.subject == "Fahrradparken am Bahnhof"
    assert record.department == "Geschäftsbereich Stadtentwicklung"
    assert [m.quote for m in record.mandates] == ["Am Bahnhof ist eine Fahrradabstellanlage zu errichten.",
                                                  "Die Anlage soll Ladepunkte erhalten."]


def test_orders_headed_auftrag_and_a_note_on_the_decision_after_the_subject(tmp_path):
    record = read(tmp_path, """Stadt Musterstadt
Dezernat Umwelt

Musterstadt, 14.06.2022
Unser Zeichen: 36-2022-113

Sachstandsbericht zum Beschluss VII-A-01234

Betreff: Grüne Schulhöfe (Ratsversammlung vom
16.02.2022, RBVII-0100/22)
Sehr geehrte Damen und Herren,
zum oben genannten Beschluss gebe ich folgenden Sachstand:
Auftrag 1
Der Oberbürgermeister wird beauftragt, bis Ende 2022 ein Konzept vorzulegen.
Sachstand
Das Konzept wird derzeit erarbeitet.
Auftrag 2
Pilotprojekte sind an zwei Schulen umzusetzen.
Sachstand
Mit den Pilotprojekten wurde noch nicht begonnen.
Mit freundlichen Grüßen
Heiko Beispiel
Bürgermeister
""")
    assert record.subject == "Grüne Schulhöfe"
    assert [m.number for m in record.mandates] == ["1", "2"]
    assert record.mandates[1].quote == "Pilotprojekte sind an zwei Schulen umzusetzen."


def test_a_title_below_a_note_on_the_session_or_after_the_deciding_body(tmp_path):
    noted = read(tmp_path, """Kreis Musterland
Fachbereich Soziales

Az.: 51.4/23-087
Musterort, 12.02.2025

An die Mitglieder des Kreistages

Sachstandsbericht zum Kreistagsbeschluss Nr. 87/2023
(Sitzung KT/014/2023 vom 20.09.2023)

Ausbau der Schulsozialarbeit

1. „Die Schulsozialarbeit wird um drei Stellen aufgestockt.“
Die Stellen sind besetzt.
""")
    assert noted.subject == "Ausbau der Schulsozialarbeit"
    dashed = read(tmp_path, """Landkreis Musterland
Der Landrat

Musterort, 22.04.2022
Az.: 41.2-8712/22

Schlussbericht

Beschluss-Nr. 57/2021 des Kreistages (KT/021/2021) – Taktverdichtung der Buslinie
102 nach Musterort
Beschlusspunkt 1) Der Landrat wird beauftragt, die Buslinie 102 im Stundentakt zu bedienen.
Stand: Der Stundentakt gilt seit dem 12.12.2021.
""")
    assert dashed.subject == "Taktverdichtung der Buslinie 102 nach Musterort"


def test_a_zweckverband_named_over_two_lines_beside_its_address(tmp_path):
    record = read(tmp_path, """Zweckverband Gruppenwasserversorgung Marktplatz 5, 71000 Musterort
Oberes Tal
Geschäftsstelle

Az. GWV 811.4-02/23
Musterort, den 04.04.2024

An die Mitglieder
der Verbandsversammlung

Bericht zum Vollzug des Beschlusses VV 04/2023
Erneuerung des Hochbehälters

1. Der Hochbehälter ist zu erneuern.
Die Arbeiten wurden im März 2024 vergeben.
""")
    assert (record.city, record.department) == ("Zweckverband Gruppenwasserversorgung Oberes Tal", "Geschäftsstelle")


def test_a_forms_council_row_names_the_recipients_unless_a_recipient_is_named(tmp_path):
    form = """Stadt Musterhausen
Amt für Verkehr
Mitteilung
Gremium                       Bezirksvertretung 4 (Nord)
{extra}Freigabedatum                 04.06.2024

Sachstand zum Beschluss der Bezirksvertretung Nord vom 11.12.2023, AN/1422/2023

Fahrradbügel am Marktplatz

1. „Die Verwaltung wird beauftragt, am Marktplatz Fahrradbügel aufzustellen.“
Die Fahrradbügel wurden im März 2024 aufgestellt.
"""
    assert read(tmp_path, form.format(extra="")).recipients == "Bezirksvertretung 4 (Nord)"
    assert read(tmp_path, form.format(extra="Empfänger                     Mitglieder des Verkehrsausschusses\n")).recipients \
        == "Mitglieder des Verkehrsausschusses"


def test_a_ruled_label_and_a_session_number_broken_after_its_body_code(tmp_path):
    record = read(tmp_path, """Verbandsgemeinde Musterland                 Hauptstraße 10
Fachbereich 3 – Bauen und Umwelt

Aktenzeichen: FB 3/661-12
Musterort, den 4. Juni 2025

Sachstandsbericht

Vorlage: | 0100/2023
Betreff: | Starkregenvorsorge in der Verbandsgemeinde

Sehr geehrte Damen und Herren,

zu den einzelnen Punkten des Beschlusses berichten wir wie folgt:

1. Die Verwaltung erstellt ein Starkregenvorsorgekonzept.
Das Konzept liegt vor.
""")
    assert (record.resolution, record.subject) == ("0100/2023", "Starkregenvorsorge in der Verbandsgemeinde")
    from pipeline.header import parse_reference
    found, _ = parse_reference(["Beschlusskontrolle zum Beschluss V-Pi00100/20 aus der Sitzung SBR",
                                "Pi/009/2020 vom 07.12.2020", "Sitzbänke am Elberadweg"])
    assert found[0][:2] == ("V-Pi00100/20", "SBR Pi/009/2020")


def test_a_letter_to_an_office_by_post_answering_its_resolution(tmp_path):
    record = read(tmp_path, """Freie Hansestadt Bremen    Auskunft: Herr Beispiel
Amt für Straßen und Verkehr    Az. ASV 2-31/0100
Abteilung 2 - Verkehrsplanung    Bremen, 08.02.2024

Ortsamt Musterviertel
Frau Ortsamtsleiterin Heike Beispiel
Musterstraße 9
28209 Bremen

Radverkehrsführung an der Musterallee
Ihr Beschluss vom 12.10.2023

Sehr geehrte Frau Beispiel,

der Beirat Musterviertel hat am 12. Oktober 2023 folgenden Beschluss gefasst:

„Das Amt für Straßen und Verkehr wird gebeten, an der Musterallee einen Radfahrstreifen zu markieren.“

Der Radfahrstreifen wurde im Januar 2024 markiert.

Mit freundlichen Grüßen

Im Auftrag
Peter Beispiel
""")
    assert record.file_number == "ASV 2-31/0100"
    assert record.subject == "Radverkehrsführung an der Musterallee"
    assert record.recipients == "Ortsamt Musterviertel Frau Ortsamtsleiterin Heike Beispiel Musterstraße 9 28209 Bremen"


def test_a_single_quote_inside_a_double_quote_does_not_close_it():
    from pipeline.mandates import _quote_delta
    line = "Punkt 3: \"Die Anlage ist in das Angebot 'Nette Toilette' aufzunehmen.\""
    depth, close = _quote_delta(line, 0)
    assert depth == 0 and line[:close].endswith("aufzunehmen.\"")
    assert _quote_delta("„Die Stadt prüft den Bau“", 0) == (0, len("„Die Stadt prüft den Bau“"))


def test_a_name_in_quotes_ending_the_points_sentence_is_no_quote_of_its_own(tmp_path):
    record = read(tmp_path, """Landkreis Musterland
Fachdienst Umwelt

Az.: 7.1-67-02/2024-17
Musterort, 21.05.2024

Sachstandsbericht

Kreistagsbeschluss vom 11.12.2023 – Drucksache 2023/0100

Naturnahe Gewässer

Sehr geehrte Damen und Herren,

nachfolgend sind die Beschlusspunkte wiedergegeben; darunter ist jeweils der Umsetzungsstand dargestellt.

1. Die Verwaltung beantragt Fördermittel aus dem Landesprogramm
„Klimafolgenanpassung in Kommunen“.

Umsetzungsstand:
Der Förderantrag wurde im April 2024 gestellt.

2. Der Kreistag ist jährlich zu unterrichten.

Umsetzungsstand:
Mit diesem Bericht erfolgt die erste Unterrichtung.
""")
    assert record.mandates[0].quote == "Die Verwaltung beantragt Fördermittel aus dem Landesprogramm \"Klimafolgenanpassung in Kommunen\"."
