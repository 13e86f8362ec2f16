"""Quoting styles, each in a small letter body of our own."""
import pytest

from pipeline.answers import clean_quote, clean_response
from pipeline.mandates import read_points


def points(body: str, resolution="V0100/20", known=("V0100/20",)):
    found = read_points(body.strip("\n").split("\n"), resolution, list(known))
    return [(p.number, p.resolution, clean_quote(p.quote), clean_response(p.response)) for p in found]


def test_each_point_quoted_and_answered():
    body = """Sehr geehrte Damen und Herren,
folgender Zwischenstand kann gegeben werden:

- 1. „Die Verwaltung wird beauftragt, ein „Konzept“ vorzulegen.“**

Das Konzept wurde vorgelegt.

2. „Die Mittel sind bereitzustellen.“
Die Mittel wurden bis-
her nicht bereitgestellt.
"""
    assert points(body) == [
        ("1", "V0100/20", 'Die Verwaltung wird beauftragt, ein "Konzept" vorzulegen.', "Das Konzept wurde vorgelegt."),
        ("2", "V0100/20", "Die Mittel sind bereitzustellen.", "Die Mittel wurden bisher nicht bereitgestellt."),
    ]


def test_headed_unquoted_points_with_lead_in_label():
    body = """zu den einzelnen Beschlusspunkten wird wie folgt berichtet:

Beschlusspunkt 1:
Es ist ein Konzept zu
entwickeln.

Sachstand: Das Konzept liegt vor.

Beschlusspunkt 2:
Die Öffentlichkeit ist zu beteiligen.
Sachstand: Die Beteiligung läuft.
"""
    assert [(n, q, r) for n, _, q, r in points(body)] == [
        ("1", "Es ist ein Konzept zu entwickeln.", "Das Konzept liegt vor."),
        ("2", "Die Öffentlichkeit ist zu beteiligen.", "Die Beteiligung läuft."),
    ]


def test_block_quote_with_joint_answer_skips_enactment_formula():
    body = """folgender Zwischenstand:
„Der Stadtrat beschließt:

1.

Die Verwaltung prüft den Standort.

2.

Die Ergebnisse sind vorzulegen."
Die Prüfung läuft noch.
"""
    result = points(body)
    assert [(n, q) for n, _, q, _ in result] == [("1", "Die Verwaltung prüft den Standort."), ("2", "Die Ergebnisse sind vorzulegen.")]
    assert all(r == "Die Prüfung läuft noch." for *_, r in result)


def test_block_quote_answered_per_point():
    body = """1. „Das Objekt wird gewidmet.

2. Die Verwaltung handelt."
zu Beschlusspunkt 1
Das Objekt ist gewidmet.
zu Beschlusspunkt 2
Die Verhandlungen laufen.
"""
    assert [(n, r) for n, _, _, r in points(body)] == [("1", "Das Objekt ist gewidmet."), ("2", "Die Verhandlungen laufen.")]


def test_points_quoted_together_share_the_answer_and_sub_points_count():
    body = """7. „Punkt sieben.“
Erledigt.
8a) „Erster Teil.“
8b)„Zweiter Teil.“
Beide Teile werden gemeinsam bearbeitet.
9. „Punkt neun.“
Siehe Punkt 7.
"""
    result = points(body)
    assert [n for n, *_ in result] == ["7", "8a", "8b", "9"]
    assert result[1][3] == result[2][3] == "Beide Teile werden gemeinsam bearbeitet."


def test_single_unnumbered_point():
    body = """zum oben genannten Beschluss:
„Der Oberbürgermeister wird beauftragt, Räume bereitzustellen.“
Die Räume werden bis Mai 2023 bereitgestellt.
Nächste Beschlusskontrolle: 31. Januar 2023.
"""
    assert points(body) == [("1", "V0100/20", "Der Oberbürgermeister wird beauftragt, Räume bereitzustellen.",
                             "Die Räume werden bis Mai 2023 bereitgestellt.")]


def test_two_resolutions_restart_numbering():
    body = """Zu A0218/21:
1. „Erstens.“
Umgesetzt.
Zu A0219/21:
1. „Anderes erstens.“
In Bearbeitung.
"""
    result = points(body, "A0218/21", ("A0218/21", "A0219/21"))
    assert [(n, res) for n, res, _, _ in result] == [("1", "A0218/21"), ("1", "A0219/21")]


def test_numbered_resolution_headings_and_a_closing_sentence_about_one_of_them():
    body = """1. Beschluss B-SV 44/2023
Tempo 30 in der Allee
„Der Beirat fordert Tempo 30.“
Eine Anordnung ist rechtlich unzulässig.

2. Beschluss B-SV 51/2023
Querungshilfe
„Der Beirat bittet um eine Querungshilfe.“
Die Querungshilfe ist in das Bauprogramm 2025 aufgenommen.

Beschluss B-SV 44/2023 ist damit abgeschlossen. Zu Beschluss B-SV 51/2023 wird das Ortsamt weiter unterrichten.
"""
    result = points(body, None, ())
    assert [(n, res, response) for n, res, _, response in result] == [
        ("1", "B-SV 44/2023", "Eine Anordnung ist rechtlich unzulässig."),
        ("1", "B-SV 51/2023", "Die Querungshilfe ist in das Bauprogramm 2025 aufgenommen.")]


def test_a_known_identifier_alone_on_its_line_heads_the_next_resolutions_points():
    body = """Beschlusspunkt 1: „Erstens.“
Umgesetzt.

V2210/23
Beschlusspunkt 1: „Anderes erstens.“
In Bearbeitung.
"""
    result = points(body, "A0412/23", ("A0412/23", "V2210/23"))
    assert [(n, res) for n, res, _, _ in result] == [("1", "A0412/23"), ("1", "V2210/23")]


@pytest.mark.parametrize("line", ["25. Oberschule am Pohlandplatz wird geöffnet.", "2022 geplant.", "3.500 Euro werden bereitgestellt."])
def test_numbers_inside_an_answer_are_not_points(line):
    body = f"""1. „Erstens.“
Die Öffnung ist geplant. An der
{line}
2. „Zweitens.“
Erledigt.
"""
    assert [n for n, *_ in points(body)] == ["1", "2"]


def test_a_quote_that_lost_its_closing_mark_ends_where_the_answer_begins():
    body = """1. „Die Verwaltung wird beauftragt, eine dauerhafte.
Überwachung einzurichten.
Eine Umsetzung ist rechtlich nicht zulässig.

2. „Die Streifen sind zu verstärken.“
Die Verstärkung ist abgeschlossen.
"""
    result = points(body)
    assert result[0][2] == "Die Verwaltung wird beauftragt, eine dauerhafte. Überwachung einzurichten."
    assert result[0][3] == "Eine Umsetzung ist rechtlich nicht zulässig."


def test_points_lettered_only():
    body = """Der Stadtrat beschließt:
a) „Erstens.“
Erledigt.
b) „Zweitens.“
In Arbeit.
"""
    assert [(n, q, r) for n, _, q, r in points(body)] == [("a", "Erstens.", "Erledigt."), ("b", "Zweitens.", "In Arbeit.")]


def test_answer_heads_with_punctuation():
    body = """„1. Eins.
2. Zwei.“
Zu 1.:
Umgesetzt.
Zu 2.:
Offen.
"""
    assert [(n, r) for n, _, _, r in points(body)] == [("1", "Umgesetzt."), ("2", "Offen.")]
    # OCR lost the space after "Zu"
    assert [(n, r) for n, _, _, r in points(body.replace("Zu 2.:", "Zu2.:"))] == [("1", "Umgesetzt."), ("2", "Offen.")]


def test_unquoted_list_after_announcing_line_answered_under_headings_with_dotted_sub_points():
    body = """Sehr geehrte Damen und Herren,
die Ratsversammlung hat Folgendes beschlossen:

1) Die Verwaltung prüft die Schulwege.
2) Die Ergebnisse werden vorgelegt.
2.1 Für jede Schule wird ein Plan erstellt.
2.2 Querungen werden priorisiert.

Zum Stand der Umsetzung:

Zu Ziffer 1:
Die Prüfung ist abgeschlossen.

Zu Ziffer 2.1:
Die Pläne liegen vor.

Zu Ziffer 2.2:
Eine Priorisierung ist nicht vorgesehen.

Der nächste Sachstandsbericht folgt im IV. Quartal 2024.
"""
    assert points(body) == [
        ("1", "V0100/20", "Die Verwaltung prüft die Schulwege.", "Die Prüfung ist abgeschlossen."),
        ("2", "V0100/20", "Die Ergebnisse werden vorgelegt.", ""),
        ("2.1", "V0100/20", "Für jede Schule wird ein Plan erstellt.", "Die Pläne liegen vor."),
        ("2.2", "V0100/20", "Querungen werden priorisiert.", "Eine Priorisierung ist nicht vorgesehen."),
    ]


def test_dotted_headed_points_with_colon():
    body = ["Beschlusspunkt 3.1: Die Zonen werden neu zugeschnitten.", "Sachstand: Der Zuschnitt gilt ab April.",
            "", "Beschlusspunkt 3.2: Die Gebühren werden angepasst.", "Sachstand: Die Prüfung läuft."]
    points = read_points(body, "BS/0318/2024", ["BS/0318/2024"])
    assert [p.number for p in points] == ["3.1", "3.2"]
    assert clean_response(points[1].response) == "Die Prüfung läuft."


def test_one_unmarked_point_between_intro_lines():
    body = ["Die Bezirksversammlung hat in ihrer Sitzung am 27.02.2025 folgenden Beschluss gefasst:",
            "Beschlusstext:", "Die Bezirksamtsleitung wird gebeten, sechs Bänke aufzustellen.",
            "Das Bezirksamt nimmt hierzu wie folgt Stellung:", "Sechs Bänke wurden im April 2025 aufgestellt.",
            "Petitum", "Die Bezirksversammlung wird um Kenntnisnahme gebeten."]
    points = read_points(body, "22-0917", ["22-0917"])
    assert [(p.number, clean_quote(p.quote), clean_response(p.response)) for p in points] == [
        ("1", "Die Bezirksamtsleitung wird gebeten, sechs Bänke aufzustellen.",
         "Sechs Bänke wurden im April 2025 aufgestellt.")]


def test_an_intro_naming_its_resolution_in_brackets_opens_the_quote():
    body = ["Die Bezirksversammlung hat in ihrer Sitzung am 28.11.2024 folgenden Beschluss",
            "gefasst (Drs. 22-1386):", "", "Die Bezirksamtsleitung wird gebeten, 20 Fahrradbügel aufzustellen.", "",
            "Hierzu teilt das Bezirksamt mit:", "", "Die 20 Fahrradbügel wurden am 03.02.2025 aufgestellt.",
            "Der Beschluss ist damit vollständig umgesetzt."]
    points = read_points(body, "22-1386", ["22-1386"])
    assert [(p.number, clean_quote(p.quote)) for p in points] == [
        ("1", "Die Bezirksamtsleitung wird gebeten, 20 Fahrradbügel aufzustellen.")]
    # the only point's answer keeps what it says of the resolution; a later point's answer ends before it
    assert clean_response(points[0].response, only_point=True) == \
        "Die 20 Fahrradbügel wurden am 03.02.2025 aufgestellt. Der Beschluss ist damit vollständig umgesetzt."
    assert clean_response(points[0].response) == "Die 20 Fahrradbügel wurden am 03.02.2025 aufgestellt."


def test_a_resolution_and_its_execution_under_labels_of_their_own():
    body = ["Beschluss:", "", "Der Marktgemeinderat beschließt, die Straßenbeleuchtung auf LED-Technik umzurüsten.", "",
            "Vollzug:", "", "Die Umrüstung wurde am 08.11.2024 abgeschlossen."]
    points = read_points(body, "214/2024", ["214/2024"])
    assert [(p.number, clean_quote(p.quote), clean_response(p.response)) for p in points] == [
        ("1", "Der Marktgemeinderat beschließt, die Straßenbeleuchtung auf LED-Technik umzurüsten.",
         "Die Umrüstung wurde am 08.11.2024 abgeschlossen.")]


def test_an_enacting_clause_ending_in_a_comma_announces_unquoted_points():
    body = ["Die Bezirksversammlung hat in ihrer Sitzung am 26.09.2024 folgenden Beschluss gefasst:", "",
            "Die Bezirksamtsleitung wird gebeten,", "",
            "1. sich bei der Straßenverkehrsbehörde für eine Ampel einzusetzen,", "",
            "Stellungnahme: Die Behörde hat die Ampel abgelehnt.", "",
            "2. zu prüfen, ob ein Zebrastreifen eingerichtet werden kann.", "",
            "Stellungnahme: Die Prüfung läuft."]
    points = read_points(body, "22-0388", ["22-0388"])
    assert [p.number for p in points] == ["1", "2"]
    assert clean_response(points[1].response) == "Die Prüfung läuft."


def test_an_unquoted_point_answered_on_the_next_line_is_split_at_the_report():
    body = """Zum Stand der Umsetzung teile ich mit:
1. Der Bürgermeister wird beauftragt, einen Spielplatz am Mühlteich zu planen.
Die Planung liegt vor und wird im Bauausschuss beraten.
2. Die Kosten sind im Haushalt 2025 zu veranschlagen.
Die Mittel wurden im Entwurf des Haushalts 2025 eingestellt.
3. Der Ortschaftsrat ist zu beteiligen.
Der Ortschaftsrat hat den Entwurf am 4. März beraten."""
    assert [(n, q, r) for n, _, q, r in points(body)] == [
        ("1", "Der Bürgermeister wird beauftragt, einen Spielplatz am Mühlteich zu planen.",
         "Die Planung liegt vor und wird im Bauausschuss beraten."),
        ("2", "Die Kosten sind im Haushalt 2025 zu veranschlagen.", "Die Mittel wurden im Entwurf des Haushalts 2025 eingestellt."),
        ("3", "Der Ortschaftsrat ist zu beteiligen.", "Der Ortschaftsrat hat den Entwurf am 4. März beraten.")]


def test_answers_headed_with_a_roman_group_go_to_that_resolutions_point():
    body = """I. Antrag A0101/21

1. „Der Oberbürgermeister wird beauftragt, A zu prüfen.“

II. Antrag A0202/22

1. „Der Oberbürgermeister wird beauftragt, B zu prüfen.“

Hierzu nimmt die Verwaltung wie folgt Stellung:

Zu II.1:
B wurde geprüft.

Zu I.1:
A wird derzeit geprüft."""
    found = points(body, None, [])
    assert [(n, res, r) for n, res, _, r in found] == [("1", "A0101/21", "A wird derzeit geprüft."),
                                                       ("1", "A0202/22", "B wurde geprüft.")]


def test_a_number_with_lettered_sub_points_on_its_line():
    body = """Die Stadtverordnetenversammlung hat Folgendes beschlossen:

1. Die Stadt bekennt sich zum Ziel, den See erreichbar zu machen.

2. a) Der Oberbürgermeister wird beauftragt, ein Wegekonzept zu erarbeiten.

b) Die Finanzierung ist zu prüfen.

Die Verwaltung teilt hierzu Folgendes mit:

Zu 1. Das Ziel wird zur Kenntnis genommen.

Zu 2. a) Das Konzept liegt vor.

Zu 2. b) Die Prüfung ist abgeschlossen."""
    assert [(n, r) for n, _, _, r in points(body)] == [
        ("1", "Das Ziel wird zur Kenntnis genommen."), ("2a", "Das Konzept liegt vor."), ("2b", "Die Prüfung ist abgeschlossen.")]


def test_points_numbered_with_roman_numerals_keep_them():
    body = """Der Ausschuss hat am 21.06.2023 beschlossen:

I. Die Verwaltung wird beauftragt, ein Konzept zu erstellen.

II. Die Netzwerke sind physisch zu trennen.

Stand der Umsetzung

Zu Ziffer I:
Das Konzept liegt im Entwurf vor.

Zu Ziffer II:
Die Trennung ist vollzogen."""
    assert [(n, r) for n, _, _, r in points(body)] == [("I", "Das Konzept liegt im Entwurf vor."), ("II", "Die Trennung ist vollzogen.")]


def test_running_footer_repeated_at_a_page_break_and_at_the_end_is_no_answer_text():
    body = """1. „Die Wege sind zu sanieren.“
Die Sanierung ist erfolgt; die Bänke wurden im Februar 2024 gesetzt.


B 127/2024  Stadt Frankfurt am Main

- 2 -

2. „Bänke aufstellen.“
Erledigt.

B 127/2024  Stadt Frankfurt am Main
"""
    result = points(body)
    assert [response for _, _, _, response in result] == [
        "Die Sanierung ist erfolgt; die Bänke wurden im Februar 2024 gesetzt.", "Erledigt."]


def test_a_forms_later_numbered_sections_end_the_answer():
    body = """„Das Bezirksamt wird ersucht, zwölf Sitzbänke aufzustellen.“

Das Bezirksamt berichtet hierzu abschließend:
Das Bezirksamt hat vierzehn Sitzbänke aufgestellt.

3. Auswirkungen auf den Haushaltsplan und die Finanzplanung:
Die Kosten wurden aus dem Unterhaltungsbudget gedeckt.

4. Gleichstellungsrelevanz: keine
"""
    result = points(body)
    assert [response for _, _, _, response in result] == ["Das Bezirksamt hat vierzehn Sitzbänke aufgestellt."]


def test_a_number_that_lost_its_full_stop_counts_when_the_sequence_continues():
    body = """1 Der Landrat wird beauftragt, die Planung fortzuführen.
Sachstand: Die Entwurfsplanung ist abgeschlossen.

2.1 Fördermittel des Landes sind zu beantragen.
Sachstand: Der Antrag wurde gestellt.
"""
    assert [(n, quote) for n, _, quote, _ in points(body)] == [
        ("1", "Der Landrat wird beauftragt, die Planung fortzuführen."), ("2.1", "Fördermittel des Landes sind zu beantragen.")]


def test_bare_numbers_alone_are_no_sequence():
    body = """„Der Spielplatz ist zu sanieren.“
Die Sanierung läuft:
12 Geräte wurden ersetzt.
13 Bänke folgen im Mai.
"""
    assert [n for n, _, _, _ in points(body)] == ["1"]


def test_roman_group_headings_that_say_zum_beschluss():
    body = """I. Zum Beschluss § 3417

„Der Magistrat wird gebeten, die Haltestellen auszubauen.“

Vier Haltestellen wurden umgebaut.

II. Zum Beschluss § 3588

„Der Magistrat wird gebeten, Wartehallen zu begrünen.“

Eine Dachbegrünung ist statisch nicht möglich."""
    assert [(n, r, q[:30]) for n, r, q, _ in points(body, "§ 3417", ["§ 3417", "§ 3588"])] == [
        ("1", "§ 3417", "Der Magistrat wird gebeten, di"), ("1", "§ 3588", "Der Magistrat wird gebeten, Wa")]


def test_an_unnumbered_sentence_under_a_group_heading_with_an_answer_label_below_is_its_point():
    body = """I. Beschluss VII/2020/01876 – Schulsozialarbeit
1) Der Oberbürgermeister wird beauftragt, an allen Grundschulen Schulsozialarbeit einzurichten.
Antwort: An 31 von 36 Grundschulen ist Schulsozialarbeit eingerichtet.
II. Beschluss VII/2021/02310 – Fachdienst Schulbegleitung
Die Stadt prüft die Einrichtung eines Fachdienstes Schulbegleitung.
Antwort: Eine Prüfung hat noch nicht stattgefunden."""
    assert [(n, r, a) for n, r, _, a in points(body, "VII/2020/01876", ["VII/2020/01876", "VII/2021/02310"])] == [
        ("1", "VII/2020/01876", "An 31 von 36 Grundschulen ist Schulsozialarbeit eingerichtet."),
        ("1", "VII/2021/02310", "Eine Prüfung hat noch nicht stattgefunden.")]


def test_an_unmarked_resolution_answered_in_its_own_paragraph():
    body = ["mit Beschluss GV-2021/045 hat die Gemeindevertretung Folgendes", "beschlossen:",
            "Die Gemeindevertretung beschließt die Errichtung einer Trinkwasserzapfstelle an der Seebrücke.",
            "Die Zapfstelle wurde am 20. Mai 2022 in Betrieb genommen. Damit ist der Beschluss umgesetzt."]
    points = read_points(body, "GV-2021/045", ["GV-2021/045"])
    assert [(p.number, clean_quote(p.quote), clean_response(p.response, only_point=True)) for p in points] == [
        ("1", "Die Gemeindevertretung beschließt die Errichtung einer Trinkwasserzapfstelle an der Seebrücke.",
         "Die Zapfstelle wurde am 20. Mai 2022 in Betrieb genommen. Damit ist der Beschluss umgesetzt.")]


def test_ocrs_semicolon_after_the_number_the_sequence_expects_is_its_full_stop():
    body = """Der Stadtrat hat beschlossen:
1. Der Oberbürgermeister wird beauftragt, Verhandlungen aufzunehmen.
2; Der Kaufpreis darf den Verkehrswert nicht übersteigen.
3. Dem Stadtrat ist bis 2021 ein Konzept vorzulegen.
Hierzu teile ich Ihnen Folgendes mit:
zu 1.
Die Verhandlungen wurden abgeschlossen.
zu 2.
Der Kaufpreis liegt unter dem Verkehrswert.
zu 3.
Ein Konzept wird nicht erarbeitet.
"""
    found = points(body)
    assert [p[0] for p in found] == ["1", "2", "3"]
    assert found[1][2:] == ("Der Kaufpreis darf den Verkehrswert nicht übersteigen.", "Der Kaufpreis liegt unter dem Verkehrswert.")
    # not where the sequence does not expect it: a number with a comma inside a sentence's list
    assert [p[0] for p in points("""Der Stadtrat hat beschlossen:
1. Der Oberbürgermeister wird beauftragt, Verhandlungen aufzunehmen.
Die Verhandlungen wurden abgeschlossen.
5, Die Zahl ist keine Nummer.
""")] == ["1"]


def test_ocrs_letter_for_the_first_points_digit_and_colons_after_the_next_ones():
    body = """der Kreistag hat in seiner Sitzung am 29.09.2022 beschlossen:
L: Der Landrat wird beauftragt, die Einrichtung einer Linie zu prüfen.
Die Prüfung ist abgeschlossen.
2: Die Finanzierung ist im Kreishaushalt 2024 sicherzustellen.
Der Eigenanteil ist veranschlagt.
3: Die Gemeinden sind in die Planung einzubeziehen.
Die Gemeinden wurden angehört.
"""
    found = points(body)
    assert [p[0] for p in found] == ["1", "2", "3"]
    assert found[0][2:] == ("Der Landrat wird beauftragt, die Einrichtung einer Linie zu prüfen.", "Die Prüfung ist abgeschlossen.")


def test_a_quoted_point_whose_number_ocr_lost_is_recovered_from_the_sequence():
    body = """Der Gemeinderat hat am 18.07.2023 beschlossen:
1. „Die Verwaltung wird ermächtigt, die Sanierung zu vergeben.“
Der Auftrag wurde am 24.07.2023 erteilt.

„Die Kosten von 184.000 Euro werden aus dem Haushalt 2023
gedeckt.“
Die Schlussrechnung beläuft sich auf 179.460,12 Euro.

3. „Nach Abschluss ist der Gemeinderat zu informieren.“
Mit diesem Bericht erledigt.
"""
    found = points(body)
    assert [p[0] for p in found] == ["1", "2", "3"]
    assert found[0][3] == "Der Auftrag wurde am 24.07.2023 erteilt."
    assert found[1][2:] == ("Die Kosten von 184.000 Euro werden aus dem Haushalt 2023 gedeckt.",
                            "Die Schlussrechnung beläuft sich auf 179.460,12 Euro.")


def test_a_letters_only_point_under_a_bare_beschluss_label():
    body = ["Beschluss: Am Badestrand werden zwei Abfallbehälter", "aufgestellt.", "",
            "Die Behälter wurden bestellt, aber noch nicht aufgestellt.", "", "Eine weitere Mitteilung erfolgt nach Abschluss."]
    points = read_points(body, "VO/GV08/2019/0127", [])
    assert [(p.number, p.quote, p.response) for p in points] == [
        ("1", ["Am Badestrand werden zwei Abfallbehälter", "aufgestellt."], ["Die Behälter wurden bestellt, aber noch nicht aufgestellt."])]


@pytest.mark.parametrize("closing", [
    "Mit diesem Bericht wird die Beschlusskontrolle abgeschlossen.",
    "Wegen der laufenden Verhandlungen bitte ich, die Angaben zu Ziffer 3 vertraulich zu behandeln.",
])
def test_closing_remarks_after_the_last_answer_are_no_part_of_it(closing):
    body = ["1. „Der Verteiler ist einzurichten.“", "Der Verteiler ist eingerichtet.", "",
            "2. „Die Einrichtungen sind zu informieren.“", "Die Information ist erfolgt.", "", closing]
    points = read_points(body, "V0870/21", [])
    assert points[-1].response == ["Die Information ist erfolgt."]


def test_a_request_to_take_note_before_the_points_ends_nothing():
    body = ["Wir bitten zur Kenntnis zu nehmen:", "", "1. „Der Verteiler ist einzurichten.“", "Der Verteiler ist eingerichtet."]
    assert [p.number for p in read_points(body, "V0870/21", [])] == ["1"]


def test_a_continuation_pages_header_naming_the_report_and_its_date_is_no_answer():
    body = ["1. „Die Vorgabe ist zu beachten.“", "Diese Vorgabe wird beachtet.", "", "Stadt X · Amt · Straße 4 · 55131 X",
            "Seite 1 von 2", "", "Sachstandsbericht Grün- und Umweltamt vom 27.06.2023", "",
            "2. „Die Flächen sind zu entsiegeln.“", "Die Planung läuft."]
    points = read_points(body, "1488/2022", [])
    assert points[0].response == ["Diese Vorgabe wird beachtet."]


def test_a_headings_quoted_title_ends_at_its_closing_quote():
    from pipeline.mandates import read_body
    body = ["I. Antrag 1488/2022 – „Schattenplätze auf Spielplätzen“ (Stadtratsbeschluss vom", "14.12.2022)", "",
            "1. „Die Spielplätze sind zu beschatten.“", "Die Planung läuft."]
    _, groups = read_body(body, None, [])
    assert groups == [("1488/2022", None, "Schattenplätze auf Spielplätzen")]


@pytest.mark.parametrize("closing", ["Der Stadtrat wird gebeten, die Information zur Kenntnis zu nehmen.",
                                     "Der Ausschuss wird um Kenntnisnahme gebeten."])
def test_the_request_to_take_note_after_the_last_answer_is_no_part_of_it(closing):
    body = ["1. „Der Verteiler ist einzurichten.“", "Der Verteiler ist eingerichtet.", "", closing]
    assert read_points(body, "V0870/21", [])[-1].response == ["Der Verteiler ist eingerichtet."]


def test_all_the_work_done_after_the_last_answer_is_no_part_of_it():
    body = ["1. „Die Mittel sind bereitzustellen.“", "Die Mittel wurden bereitgestellt.", "", "Die Maßnahmen sind damit abgeschlossen."]
    assert read_points(body, "V0870/21", [])[-1].response == ["Die Mittel wurden bereitgestellt."]


def test_a_letters_only_point_set_apart_after_its_introduction_and_worded_as_an_authorisation():
    body = ["der Verbandsgemeinderat hat am 18.04.2024 beschlossen:", "",
            "    Die Verwaltung wird ermächtigt, einen Mannschaftstransportwagen zu beschaffen.", "",
            "Das Fahrzeug wurde am 27.08.2024 übergeben."]
    points = read_points(body, "41/2024", [])
    assert [(p.number, p.response) for p in points] == [("1", ["Das Fahrzeug wurde am 27.08.2024 übergeben."])]


def test_a_berlin_vorlages_later_sections_are_no_points():
    body = ["1. Das Bezirksamt wird ersucht, Sitzbänke aufzustellen.", "", "Zu 1.", "Es wurden 22 Sitzbänke aufgestellt.", "",
            "3. Rechtsgrundlage:", "§§ 13 und 15 Bezirksverwaltungsgesetz", "4. Haushaltsmäßige Auswirkungen:", "keine"]
    assert [p.number for p in read_points(body, "DS/0419/VI", [])] == ["1"]


def test_the_words_between_beschluss_and_gefasst_do_not_hide_the_intro():
    from pipeline.answers import introduces_quote
    assert introduces_quote("… hat am 03.05.2023 folgenden Beschluss zur Vorlage 23-1187 gefasst:")
    assert not introduces_quote("Der Beschluss wurde im Mai gefasst. Die Umsetzung läuft:")


def test_headings_of_the_resolutions_points_in_three_forms():
    # "Zu Ziffer 1 des Beschlusses" over a labelled text; "Zu Ziffer 1: „…“" quoting on the heading's line;
    # "Zu Beschlusspunkt 1.1" over the words, an answer label below them
    labelled = """Das Referat berichtet zu den einzelnen Ziffern:
Zu Ziffer 1 des Beschlusses
Beschlusstext:
Das Referat wird beauftragt, die Lindenstraße als Fahrradstraße auszuweisen.
Sachstand: Die Anordnung ist ergangen.
Zu Ziffer 2 des Beschlusses
Beschlusstext:
Es ist zu prüfen, ob auch die Ahornstraße folgen kann.
Sachstand: Die Prüfung läuft."""
    quoted = """Zum Stand der Umsetzung teile ich Folgendes mit.
Zu Ziffer 1: „Die Verwaltung erstellt bis zum Sommer einen Hitzeplan.“
Der Hitzeplan wurde im Mai fertiggestellt.
Zu Ziffer 2: „Für die Umsetzung wird eine Stelle geschaffen.“
Die Stelle ist noch nicht besetzt."""
    dotted = """Zum Stand der Umsetzung teile ich Folgendes mit.
Zu Beschlusspunkt 1.1
Der Rahmenplan wird als Entwicklungskonzept nach § 1 Abs. 6 Nr. 11 BauGB
beschlossen.
Stellungnahme:
Der Rahmenplan wurde veröffentlicht.
Zu Beschlusspunkt 1.2
Die Verwaltung wird beauftragt, einen Wettbewerb durchzuführen.
Stellungnahme:
Der Wettbewerb wurde ausgelobt."""
    assert [(n, r) for n, _, _, r in points(labelled)] == [("1", "Die Anordnung ist ergangen."), ("2", "Die Prüfung läuft.")]
    assert [(n, q) for n, _, q, _ in points(quoted)] == [
        ("1", "Die Verwaltung erstellt bis zum Sommer einen Hitzeplan."), ("2", "Für die Umsetzung wird eine Stelle geschaffen.")]
    assert [(n, r) for n, _, _, r in points(dotted)] == [("1.1", "Der Rahmenplan wurde veröffentlicht."),
                                                         ("1.2", "Der Wettbewerb wurde ausgelobt.")]


def test_background_paragraphs_between_the_points_and_their_answers_do_not_end_the_reading():
    body = """der Ausschuss hat beschlossen:

1) Der Landrat wird ermächtigt, das Flurstück 12 zu erwerben.

2) Die Gemeinde ist an der Zufahrt zu beteiligen.

Zur Einordnung: Die Wache ersetzt die Interimswache in Bredstedt.
Einzelheiten zum Kaufpreis enthält die nichtöffentliche
Anlage 1.

Zum Stand der Umsetzung berichte ich wie folgt:

Zu 1) Der Kaufvertrag wurde am 14.08.2024 beurkundet.

Zu 2) Ein Gespräch hat noch nicht stattgefunden."""
    assert [(n, r) for n, _, _, r in points(body)] == [
        ("1", "Der Kaufvertrag wurde am 14.08.2024 beurkundet."), ("2", "Ein Gespräch hat noch nicht stattgefunden.")]


def test_points_quoted_first_then_answered_under_their_restated_numbers():
    body = """Der Beschlusstext lautet:

1) Der Oberbürgermeister wird beauftragt, einen Hitzeaktionsplan vorzulegen.

2) In allen Stadtbezirken werden kühle Räume eingerichtet.

Stand der Umsetzung:

Punkt 1: Der Entwurf liegt vor und wird abgestimmt.

Punkt 2: In vier Stadtbezirken stehen kühle Räume zur Verfügung.
"""
    assert [(n, q[:20], r) for n, _, q, r in points(body, "VII-A-08831", ["VII-A-08831"])] == [
        ("1", "Der Oberbürgermeiste", "Der Entwurf liegt vor und wird abgestimmt."),
        ("2", "In allen Stadtbezirk", "In vier Stadtbezirken stehen kühle Räume zur Verfügung."),
    ]


def test_the_answer_to_a_clause_of_a_point_is_headed_zu_1_a():
    body = """Die Bürgerschaft hat Folgendes beschlossen:
1) Der Bürgermeister wird beauftragt, ein Programm aufzustellen, das enthält:
a) „eine Priorisierung aller Hallen,“
Zu 1) a): Die Priorisierung ist erledigt.
b) „einen Zeitplan für die ersten Maßnahmen.“
Zu 1) b): Der Zeitplan wird im Herbst vorgelegt.
"""
    answers = {n: r for n, _, _, r in points(body, "VO/2023/12561", ["VO/2023/12561"])}
    assert answers["1a"] == "Die Priorisierung ist erledigt."
    assert answers["1b"] == "Der Zeitplan wird im Herbst vorgelegt."


def test_a_point_headed_punkt_with_a_parenthesis():
    body = """zum oben genannten Beschluss berichte ich wie folgt.

Punkt 1) Der Oberbürgermeister wird beauftragt, die Öffnungszeiten zu verlängern.

Die Verlängerung wird verhandelt.

Punkt 2) Die Mehrkosten sind durch Entgelte zu decken.

Eine Deckung allein durch Entgelte ist nicht zu erreichen.
"""
    assert [(n, r) for n, _, _, r in points(body, "2023/AN/4412", ["2023/AN/4412"])] == [
        ("1", "Die Verlängerung wird verhandelt."), ("2", "Eine Deckung allein durch Entgelte ist nicht zu erreichen.")]


def test_the_parts_of_the_point_a_sentence_names_before_its_colon():
    body = """Die Ziffern 1 und 2 sind mit der Beschlussfassung vollzogen. Zu Ziffer 3 berichten wir wie folgt:
3.1 Die Geschäftsführung wird beauftragt, den Hochbehälter zu sanieren.
Die Sanierung wurde begonnen.
3.2 Die Wasserverluste sind durch eine Leckortung zu ermitteln.
Die Leckortung ist abgeschlossen.
"""
    assert [n for n, _, _, _ in points(body, "VV 07/2024", ["VV 07/2024"])] == ["3.1", "3.2"]


def test_a_numbered_heading_under_a_pages_running_header_opens_the_next_resolution():
    body = """I. Beschluss-Nr. 112/2022 – Schulnetzplanung
1. Der Kreistag beauftragt den Landrat, die Schulnetzplanung fortzuschreiben.

Umsetzung: Der Entwurf wird im II. Quartal 2023 vorgelegt.



VS – Nur für den Dienstgebrauch

Landratsamt Görlitz, Beschlussverfolgung, Seite 2

II. Beschluss-Nr. 113/2022 – Schülerbeförderung

1. Für den Schülerverkehr ist ein Ausschreibungsverfahren durchzuführen.

Umsetzung: Die Ausschreibung konnte noch nicht begonnen werden.
"""
    found = points(body, "112/2022", ["112/2022", "113/2022"])
    assert [(n, res) for n, res, _, _ in found] == [("1", "112/2022"), ("1", "113/2022")]
