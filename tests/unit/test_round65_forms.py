"""Mechanisms for forms the reader met in blind round 65 (each letter or line written here, not taken
from a corpus): "Beantwortung/Umsetzung des Beschlusses" as a report's heading; a press release and a
resolution's extract ("Beschlussauszug") as look-alikes; OCR's "1:", "3i" and "Il." for "1.", "3." and
"II."; a lone heading number or a line Tesseract dealt to two of its lines, read again; a checkbox
under a form's label column; a point cited in prose as "Zlffer 1"; words run into "wird" or "nicht";
an answer heading run on after a sentence; a body's name ending in "Obere"; signature columns whose
names stand at different heights; a date in a main clause after a comma; "Beschluss vom:" ending a title."""
from __future__ import annotations

import io

from pipeline.checkbox import from_pixels
from pipeline.deadlines import find_deadlines
from pipeline.layout import Page, Word, layout_text
from pipeline.nlp import split_run_together
from pipeline.numbering import repair_numbers
from pipeline.ocr import RawWord, _interleaved_span, reread_short_lines, unread_top_words
from pipeline.status import response_status, sentence_status
from pipeline.tables import _group_heading
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


_ANSWERED_RESOLUTION = """Stadt Musterstadt
Bezirksamt Nord

Mitteilung

Musterstadt, 12.05.2025

Beantwortung/Umsetzung des Beschlusses AN/0815/2024
Bänke am Stadtteilpark

Die Bezirksvertretung hat in ihrer Sitzung am 03.12.2024 folgenden Beschluss gefasst:
1. Die Verwaltung wird gebeten, am Stadtteilpark vier Bänke aufzustellen.
2. Die Bänke sind barrierefrei zu gestalten.
Die Verwaltung nimmt hierzu wie folgt Stellung:
Zu 1.: Die vier Bänke wurden im April 2025 aufgestellt.
Zu 2.: Alle Bänke haben Armlehnen und eine Sitzhöhe von 46 cm.

gez. Erika Beispiel
Bezirksamtsleiterin
"""


def test_an_answer_to_a_resolution_is_a_report_not_an_answer_to_a_question(tmp_path):
    record = read(tmp_path, _ANSWERED_RESOLUTION)
    assert record.kind == "beschlusskontrolle" and record.resolution == "AN/0815/2024"
    assert [m.number for m in record.mandates] == ["1", "2"]


def test_a_press_release_with_its_own_number_is_no_letter(tmp_path):
    record = read(tmp_path, """Gemeinde Musterdorf - Pressemitteilung Nr. 12/2025

Musterdorf, 02.06.2025

Neubau der Kita: Umsetzung des Gemeinderatsbeschlusses kommt voran

Der Gemeinderat hatte im März 2024 (Beschluss GR 031/2024) den Neubau der Kita
beschlossen. Wie Bürgermeister Max Beispiel mitteilt, ist die Planung inzwischen
abgeschlossen. Die Ausschreibung soll bis Ende Juli 2025 erfolgen.

"Wenn alles nach Plan läuft, können die Kinder im Herbst 2026 einziehen", so Beispiel.

Pressekontakt: Erika Beispiel, Tel. 01234 567-89
""")
    assert record.kind == "unknown"


def test_an_extract_of_a_resolution_is_its_record_not_a_report(tmp_path):
    record = read(tmp_path, """Stadt Musterstadt
Stadtrat
Beschlussauszug

Musterstadt, 20.03.2025

Vorlage: VO/2025/0042
Gegenstand: Sanierung des Hallenbades
Beschluss:
1. Die Verwaltung wird beauftragt, bis 30.09.2025 ein Konzept vorzulegen und dem
Stadtrat über den Stand der Umsetzung zu berichten.
2. Die Mittel werden im Haushalt 2026 bereitgestellt.
Abstimmungsergebnis: 31 : 4 Stimmen
Für die Richtigkeit des Auszugs:

Max Beispiel
Protokollführer
""")
    assert record.kind == "unknown"


def test_a_first_number_with_a_colon_takes_the_stop_of_the_second():
    lines = ["1: Der Magistrat wird beauftragt, Bänke aufzustellen.", "2. Die Wartung ist zu regeln.", "3. Die Kosten sind zu tragen."]
    assert repair_numbers(lines)[0] == "1. Der Magistrat wird beauftragt, Bänke aufzustellen."


def test_a_thin_letter_for_a_stop_after_the_next_number_is_the_stop():
    lines = ["1. Die Kreisverwaltung wird beauftragt, ein Konzept zu erstellen.", "2. Die Ausschreibung ist vorzubereiten.",
             "3i Die Finanzierung ist sicherzustellen."]
    assert repair_numbers(lines)[2] == "3. Die Finanzierung ist sicherzustellen."
    assert repair_numbers(["5i Die Finanzierung ist sicherzustellen."]) == ["5i Die Finanzierung ist sicherzustellen."]   # no sequence


def test_a_groups_roman_numeral_read_by_ocr_still_heads_the_group():
    assert _group_heading("Il. AO765/23 (SR/061/2023)") and _group_heading("II. A0765/23 (SR/061/2023)")
    assert not _group_heading("ll. A0765/23")      # no numeral letter at all


def _text_image(text: str, size: float = 11):
    """A greyscale page image (300 dpi) of one line of text, and the text's pixel box."""
    import pypdfium2 as pdfium
    from reportlab.pdfgen import canvas
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(300, 100))
    pdf.setFont("Helvetica-Bold", size)
    pdf.drawString(60, 50, text)
    pdf.save()
    page = pdfium.PdfDocument(buffer.getvalue())[0]
    image = page.render(scale=300 / 72, grayscale=True).to_pil().convert("L")
    scale = 300 / 72
    width = pdf.stringWidth(text, "Helvetica-Bold", size)
    box = (round(60 * scale), round((100 - 50 - size * 0.75) * scale), round((60 + width) * scale), round((100 - 50 + size * 0.2) * scale))
    return image, box


def test_a_lone_heading_number_read_unsure_is_read_again_on_its_own():
    image, box = _text_image("3.1")
    words, _ = reread_short_lines(image, [RawWord("3,2", 36.0, box, 0)], [])
    assert [w.text for w in words] == ["3.1"] and words[0].confidence > 80
    # a stray letter read unsure is left as it was, for the speck filter ("r" at a table rule's end)
    image, box = _text_image("r")
    assert reread_short_lines(image, [RawWord("r", 15.0, box, 0)], [])[0] == [RawWord("r", 15.0, box, 0)]


def test_a_line_dealt_to_two_of_tesseracts_lines_is_seen_as_interleaved():
    a = [RawWord("U", 95, (1412, 355, 1433, 382), 1), RawWord("ichen:", 93, (1573, 356, 1674, 385), 1),
         RawWord("61.3-B", 91, (1715, 359, 1803, 387), 1)]
    b = [RawWord("DEM", 20, (1438, 362, 1513, 384), 2), RawWord("ERICHEN", 30, (1525, 356, 1663, 385), 2),
         RawWord("EORENOR", 0, (1805, 360, 2010, 391), 2)]
    assert _interleaved_span(a, b)
    below = [RawWord("Dezernat", 97, (1412, 420, 1600, 450), 2), RawWord("Bau", 96, (1620, 420, 1700, 450), 2)]
    assert not _interleaved_span(a, below)        # the next line down: no overlap up and down
    # specks read as a line above the words' tops ("i", ":", "f") do not alternate with them at one height
    specks = [RawWord("i", 20, (468, 655, 473, 660), 7), RawWord(":", 20, (886, 656, 891, 662), 7), RawWord("f", 20, (1041, 657, 1046, 662), 7)]
    words = [RawWord("Kreistages", 96, (398, 656, 612, 697), 8), RawWord("des", 96, (628, 655, 699, 689), 8),
             RawWord("Landkreises", 96, (717, 656, 962, 690), 8), RawWord("Meißen", 96, (979, 657, 1125, 691), 8)]
    assert not _interleaved_span(specks, words)


def test_a_number_read_unsure_in_the_letterhead_is_no_unread_marking():
    words = [RawWord("660.21-J6/25", 26, (1551, 479, 1760, 512), 4), RawWord("VERTRAULTCH", 30, (1551, 420, 1860, 450), 3)]
    assert unread_top_words(words, 3508) == 1


def test_a_checkbox_under_a_forms_label_column_is_found_where_nothing_stands_between():
    from PIL import Image, ImageDraw
    image = Image.new("L", (1200, 200), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((100, 80, 130, 110), outline=0, width=3)      # the box, under the label column
    draw.line((104, 84, 126, 106), fill=0, width=3)
    draw.line((104, 106, 126, 84), fill=0, width=3)
    label = (300.0, 78.0, 480.0, 112.0)     # "vertraulich", about six letter heights to the right
    assert from_pixels(image, label) is None                     # beyond the near search
    box = from_pixels(image, label, free_left=0.0)
    assert box is not None and box.ticked


def test_a_point_cited_in_prose_by_an_ocr_damaged_word(tmp_path):
    record = read(tmp_path, """Stadt Musterstadt
Geschäftsbereich Umwelt

Musterstadt, 5. Oktober 2022

Mitteilung zum Beschluss VII/2021/01234

Grüne Gleise

mit Zlffer 1 des Beschlusses wurde die Verwaltung beauftragt, „gemeinsam mit dem
Verkehrsbetrieb zu prüfen, wo ein Rasengleis möglich ist“. Die Prüfung ist abgeschlossen.

Ziffer 2 sah vor, „die geeigneten Abschnitte in die Planung aufzunehmen“. Die Planung für die
Hauptstraße ist begonnen.

Zlffer 3 verlangte die „Finanzierung über ein Förderprogramm des Landes“. Diese ist nicht
möglich, da das Programm Gleise nicht fördert.

Die Verwaltungwird den Ausschuss im III. Quartal 2023 erneut unterrichten.

Mit freundlichen Grüßen

Max Beispiel
Beigeordneter
""")
    assert [m.number for m in record.mandates] == ["1", "2", "3"]
    assert record.mandates[2].response == "Diese ist nicht möglich, da das Programm Gleise nicht fördert."


def test_words_run_into_an_auxiliary_or_a_negation_are_parted():
    assert split_run_together("Die Verwaltungwird den Ausschuss unterrichten.") == "Die Verwaltung wird den Ausschuss unterrichten."
    assert split_run_together("Eine Anfrage ist bishernicht erfolgt.") == "Eine Anfrage ist bisher nicht erfolgt."
    assert split_run_together("Der Polizist ist da.") == "Der Polizist ist da."       # a word the lexicon knows whole


def test_an_answer_heading_run_on_after_a_sentence_opens_its_answer(tmp_path):
    record = read(tmp_path, """Zweckverband Abwasser Musterland Obere
Altmühl
Geschäftsstelle

Musterstadt, 07.04.2025

An die Mitglieder der Verbandsversammlung
Abschlussbericht
zum Beschluss Nr. 07/2024 der Verbandsversammlung vom 18.04.2024
Vierte Reinigungsstufe
Der Beschluss lautet:
1) Die Kläranlage ist um eine vierte Reinigungsstufe zu erweitern.
2) Hierfür sind Fördermittel zu beantragen.
Zu 1): Die vierte Reinigungsstufe wurde am 28.03.2025 in Betrieb genommen. Zu 2): Der
Förderbescheid liegt seit dem 14.10.2024 vor.

Max Beispiel
Verbandsvorsitzender
""")
    assert record.city == "Zweckverband Abwasser Musterland Obere Altmühl" and record.department == "Geschäftsstelle"
    assert record.mandates[0].response == "Die vierte Reinigungsstufe wurde am 28.03.2025 in Betrieb genommen."
    assert record.mandates[1].response == "Der Förderbescheid liegt seit dem 14.10.2024 vor."


def test_an_answer_that_reports_in_its_first_clause_is_parted_from_the_point(tmp_path):
    record = read(tmp_path, """Stadtverwaltung Musterstadt
Dezernat für Kultur

Musterstadt, den 02.07.2025

Beschlusskontrolle zum Antrag 0931/2024

1. Für den Ausleihbetrieb ist eine Kooperation mit einem Verein anzustreben.
Gespräche mit dem Verein haben stattgefunden; der Verein sieht sich nicht in der Lage, Prüfungen
zu übernehmen.
2. Über die Nutzung ist dem Kulturausschuss zu berichten.
Der Bericht erfolgt nach einem Jahr Ausleihbetrieb.

Mit freundlichen Grüßen
Erika Beispiel
Beigeordnete
""")
    assert record.mandates[0].quote == "Für den Ausleihbetrieb ist eine Kooperation mit einem Verein anzustreben."
    assert record.mandates[0].response.startswith("Gespräche mit dem Verein haben stattgefunden")


def _row(y: float, *cells: tuple[float, str]) -> list[Word]:
    """A printed row: each cell's words from its x on, as a PDF's text layer has them."""
    out = []
    for x, text in cells:
        for word in text.split():
            out.append(Word(word, x, y, x + 5.5 * len(word), y + 10))
            x += 5.5 * (len(word) + 1)
    return out


def test_signature_columns_whose_names_stand_at_different_heights_are_read_column_by_column():
    # the letter's second page: the acknowledgement's label heads the right column a narrow gap away
    first = Page(1, 595, 842, tuple(_row(100, (71, "Zu Ziffer 1: Die Planung ist abgeschlossen."))))
    words = _row(100, (71, "Über den weiteren Fortgang wird im IV. Quartal 2026 erneut berichtet."))
    words += _row(177, (71, "Der Beigeordnete für Stadtentwicklung"), (298, "Kenntnis genommen:"))
    words += _row(190.6, (71, "und Bau")) + _row(230.6, (298, "Hartmut Beispiel"))
    words += _row(244.1, (71, "Jens Muster")) + _row(250.1, (298, "Oberbürgermeister"))
    lines = [line.strip() for line in layout_text([first, Page(2, 595, 842, tuple(words))]).split("\n") if line.strip()]
    at = lines.index("Der Beigeordnete für Stadtentwicklung")
    assert lines[at:at + 6] == ["Der Beigeordnete für Stadtentwicklung", "und Bau", "Jens Muster",
                                "Kenntnis genommen:", "Hartmut Beispiel", "Oberbürgermeister"]


def test_a_date_in_a_main_clause_after_a_comma_is_judged_by_its_own_verb():
    answer = "Für die Hauptstraße ist die Planung begonnen, die Bauausführung soll im 2. Halbjahr 2023 erfolgen."
    assert find_deadlines(answer, "2022-10-05") == ["2023-12"]
    assert find_deadlines("Mit dem Umbau wird im zweiten Halbjahr 2023 begonnen.", "2022-10-05") == []


def test_not_yet_for_a_reason_is_put_off_and_a_damaged_participle_is_read():
    assert sentence_status("Die Ausschreibung ist wegen einer Änderung der Richtlinie noch nicht eingeleitet.") == "not_started"
    assert sentence_status("Die Ausschreibung ist wegen einer Änderung der Richtlinie nicht eingeleitet worden.") == "rejected"
    assert response_status("Eine Auswertung ist erst nach einem Jahr möglich und wurde daher noch nicht bcgonnen.") == "not_started"


def test_a_forms_next_labelled_row_ends_the_title(tmp_path):
    record = read(tmp_path, """Stadt Musterstadt
Dezernat III – Bildung

Musterstadt, 17. April 2025

An den Gemeinderat

Beschlussverfolgung

Drucksache: G-24/118
Gegenstand: Mittagsverpflegung an Grundschulen
Beschluss vom: 23.07.2024 (Gemeinderat, öffentliche Sitzung)

1. Die Verwaltung wird beauftragt, an allen Grundschulen eine Mensa einzurichten.
An 14 von 21 Standorten ist die Mensa in Betrieb.

Mit freundlichen Grüßen
Erika Beispiel
Bürgermeisterin
""")
    assert record.subject == "Mittagsverpflegung an Grundschulen"


# Round 64's forms, read after round 65's

def test_a_month_and_year_after_a_dates_label_is_no_identifier():
    from pipeline.references import find_resolutions
    assert find_resolutions("Wiedervorlage: 01/2025") == []
    assert find_resolutions("Termin | 03/2024") == []
    assert [f[0] for f in find_resolutions("Beschluss Nr. 07/2024 der Verbandsversammlung")] == ["07/2024"]


def test_a_quotation_after_a_lead_in_broken_before_its_last_word(tmp_path):
    record = read(tmp_path, """Freie und Hansestadt Musterhausen
Bezirksamt Nord

Mitteilungsvorlage Bezirksamt

Datum: 07.05.2025

Sauberkeit im Stadtpark
Beschluss der Bezirksversammlung vom 26.09.2024 (Drucksache 22-0815)

Die Bezirksversammlung hat in ihrer Sitzung am 26.09.2024 folgenden Beschluss
gefasst: „Die Bezirksamtsleitung wird gebeten, im Stadtpark zusätzliche Abfallbehälter
aufzustellen.“

Hierzu teilt das Bezirksamt mit:

Das Bezirksamt hat im Frühjahr 2025 zwölf zusätzliche Abfallbehälter aufgestellt.
""")
    assert record.kind == "beschlusskontrolle" and len(record.mandates) == 1
    assert record.mandates[0].quote.startswith("Die Bezirksamtsleitung wird gebeten")
    assert record.mandates[0].response == "Das Bezirksamt hat im Frühjahr 2025 zwölf zusätzliche Abfallbehälter aufgestellt."


def test_a_row_in_which_a_sentence_ends_is_no_tables_heading():
    from pipeline.tables import _sentence_or_title
    words = [Word(t, 0, 0, 1, 1) for t in "Beschluss gefasst. Der Verbandsvorstand berichtet zum Stand der Umsetzung:".split()]
    assert _sentence_or_title(words)
    assert not _sentence_or_title([Word(t, 0, 0, 1, 1) for t in "Nr. Beschlusspunkt Sachstand Termin".split()])


def test_the_text_before_the_first_answer_heading_answers_the_points_it_names(tmp_path):
    record = read(tmp_path, """Stadt Musterstadt
Fachbereich Städtebau

Musterstadt, 5. Nov. 2024

Beschlussverfolgung – Abschlussbericht

VO/2024/0815 Begrünung von Wartehallen
Der Rat hat in seiner Sitzung am 12.03.2024 beschlossen:
1. Die Verwaltung wird beauftragt, mindestens 20 Wartehallen mit Gründächern auszustatten.
2. Die Auswahl der Standorte erfolgt im Einvernehmen mit dem Fachausschuss.
3. Die Pflege der Dachbegrünung ist sicherzustellen.

Umsetzung

Die Punkte 1. und 2. des Beschlusses sind umgesetzt. Bis Ende Oktober 2024 wurden 23 Wartehallen
ausgestattet.
Zu Punkt 3.: Die Pflege ist in den Wartungsvertrag aufgenommen worden.

gez. Max Beispiel
Stadtbaurat
""")
    first, second, third = record.mandates
    assert first.response == second.response == ("Die Punkte 1. und 2. des Beschlusses sind umgesetzt. "
                                                  "Bis Ende Oktober 2024 wurden 23 Wartehallen ausgestattet.")
    assert first.status == second.status == "done"
    assert third.response == "Die Pflege ist in den Wartungsvertrag aufgenommen worden."
