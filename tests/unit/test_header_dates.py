import pytest

from pipeline.header import find_letter_date, labelled_values, place_date


@pytest.mark.parametrize("line, anywhere, expected", [
    ("Landshut, 27.09.2024", False, "2024-09-27"),
    ("Rotenburg (Wümme), 11. Juni 2024", False, "2024-06-11"),
    ("Frankfurt am Main, 3. März 2023", False, "2023-03-03"),
    ("Plauen, am 5.3.2024", False, "2024-03-05"),
    ("Geschäftszeichen: 32.1-Sa/22-011 Zwickau, 20.03.2023", False, None),
    ("Geschäftszeichen: 32.1-Sa/22-011 Zwickau, 20.03.2023", True, "2023-03-20"),
    ("Beschluss vom 12.03.2023", True, None),
])
def test_place_date(line, anywhere, expected):
    assert place_date(line, anywhere=anywhere) == expected


def test_a_place_date_run_into_a_label_value_is_split_off():
    lines = ["Geschäftszeichen: 32.1-Sa/22-011 Zwickau, 20.03.2023"]
    values = labelled_values(lines)
    assert values["geschäftszeichen"] == "32.1-Sa/22-011"
    assert find_letter_date(lines, values) == "2023-03-20"


@pytest.mark.parametrize("lines, city, department", [
    pytest.param(["Zweckverband Trinkwasserversorgung", "Mulde-Parthe", "Geschäftsführung", "", "Unser Zeichen: GF-23/054"],
                 "Zweckverband Trinkwasserversorgung Mulde-Parthe", "Geschäftsführung", id="zweckverband-wrapped"),
    pytest.param(["Zweckverband Abwasserbeseitigung Obere Iller", "Geschäftsstelle", "Rathausplatz 3 · 87435 Kempten"],
                 "Zweckverband Abwasserbeseitigung Obere Iller", "Geschäftsstelle", id="zweckverband"),
    pytest.param(["Wasser- und Abwasserzweckverband Fläming-Nord", "Der Verbandsvorsteher", "Am Wasserwerk 3 · 14913 Jüterbog"],
                 "Wasser- und Abwasserzweckverband Fläming-Nord", "Der Verbandsvorsteher", id="zweckverband-in-one-word"),
    pytest.param(["An die Mitglieder", "der Verbandsversammlung", "", "Zweckverband", "Abwasserreinigung Schussental",
                  "Der Verbandsvorsitzende"], "Zweckverband Abwasserreinigung Schussental", "Der Verbandsvorsitzende",
                 id="zweckverband-alone-its-name-below"),
    pytest.param(["Landkreis Mittelsachsen Bauamt", "", "An die Mitglieder des Kreistages"], "Landkreis Mittelsachsen", "Bauamt",
                 id="a-unit-beside-the-city-is-no-part-of-its-name"),
    pytest.param(["Main Kinzig Kreis", "Der Kreisausschuss"], "Main-Kinzig-Kreis", "Der Kreisausschuss",
                 id="kreis-whose-hyphens-ocr-read-as-spaces"),
    pytest.param(["Markt Dießen am Ammersee", "", "Bauamt · Marktplatz 1 · 86911 Dießen am Ammersee"],
                 "Markt Dießen am Ammersee", "Bauamt", id="unit-heading-its-address-line"),
    pytest.param(["Landeshauptstadt", "Hannover", "", "Informationsdrucksache", "[x] öffentlich [ ] nicht öffentlich", "",
                  "Fachbereich Umwelt und Stadtgrün"], "Landeshauptstadt Hannover", "Fachbereich Umwelt und Stadtgrün",
                 id="city-on-two-lines-then-form-kind-and-choices"),
    pytest.param(["Landeshauptstadt", "Magdeburg", "", "Landeshauptstadt Magdeburg · Dezernat VI · 39090 Magdeburg",
                  "Herrn Stadtrat Frank Theile", "", "Dezernat Umwelt und", "Stadtentwicklung"],
                 "Landeshauptstadt Magdeburg", "Dezernat Umwelt und Stadtentwicklung", id="unit-wrapped-after-its-und"),
])
def test_city_and_department(lines, city, department):
    from pipeline.header import find_city, find_department
    found, at = find_city(lines)
    assert found == city
    assert find_department(lines, at) == department


def test_a_label_column_without_colons_pairs_with_its_values():
    from pipeline.header import pair_label_column
    lines = ["Empfänger", "Beschluss-Nr.", "Sitzung", "Gegenstand", "", "Mitglieder des Stadtbezirksrates Pieschen",
             "V-Pi0012/20", "SBR Pi/014/2020", "Aufwertung des Spielplatzes Rehefelder Straße"]
    assert [line for line in pair_label_column(lines) if line] == [
        "Empfänger: Mitglieder des Stadtbezirksrates Pieschen", "Beschluss-Nr.: V-Pi0012/20",
        "Sitzung: SBR Pi/014/2020", "Gegenstand: Aufwertung des Spielplatzes Rehefelder Straße"]


def test_the_genre_heading_under_the_subject_is_not_part_of_it():
    from pipeline.header import parse_reference
    found, _ = parse_reference(["Sitzungsvorlage Nr. 20-26 / V 08812", "Anmietung von Flächen am Ostbahnhof", "Sachstandsbericht"])
    assert found == [("20-26 / V 08812", None, "Anmietung von Flächen am Ostbahnhof")]


def test_two_labels_pair_with_their_values_when_a_typed_one_fits():
    from pipeline.header import pair_label_column
    lines = ["Vorlagen-Nummer", "Dezernat, Dienststelle", "", "1842/2024", "VI/66 – Amt für Straßen und Radwegebau"]
    assert [line for line in pair_label_column(lines) if line] == [
        "Vorlagen-Nummer: 1842/2024", "Dezernat, Dienststelle: VI/66 – Amt für Straßen und Radwegebau"]


@pytest.mark.parametrize("lines, city", [
    pytest.param(["STADT FRANKFURT AM MAIN", "DER MAGISTRAT"], "Stadt Frankfurt am Main", id="capitals-are-type"),
    pytest.param(["LANDKREIS NORDSACHSEN"], "Landkreis Nordsachsen", id="capitals-one-word-name"),
])
def test_a_letterhead_in_capitals_names_the_city_as_written(lines, city):
    from pipeline.header import find_city
    assert find_city(lines)[0] == city


def test_a_long_announcement_names_the_next_review_a_line_later():
    from pipeline.closing import find_next_review
    lines = ["Der Ortsbeirat erhält eine Abschrift. Ein weiterer Bericht an",
             "die Stadtverordnetenversammlung erfolgt nach Abschluss der Pflanzungen im", "zweiten Quartal 2025."]
    assert find_next_review(lines) == "2025-06"


def test_a_unit_beside_the_city_on_one_line_and_a_senator_under_the_organ():
    from pipeline.header import find_city, find_department
    lines = ["Landeshauptstadt Saarbrücken Amt für Stadtgrün und Friedhöfe", "", "An den Bezirksrat Saarbrücken-Mitte"]
    assert find_department(lines, find_city(lines)[1]) == "Amt für Stadtgrün und Friedhöfe"
    lines = ["Hanse- und Universitätsstadt Rostock", "Der Oberbürgermeister", "Senator für Infrastruktur, Umwelt und Bau", ""]
    assert find_department(lines, find_city(lines)[1]) == "Senator für Infrastruktur, Umwelt und Bau"


def test_the_line_saying_when_it_was_decided_ends_the_subject_and_names_the_session():
    from pipeline.header import parse_reference
    found, _ = parse_reference(["Antrag 2023/AN/4410 – Sichere Querung der Warnowallee",
                                "Beschluss der Bürgerschaft vom 06.12.2023, Sitzung 2023/BS/019", "Zuständiges Amt Tiefbauamt"])
    assert found == [("2023/AN/4410", "2023/BS/019", "Sichere Querung der Warnowallee")]


@pytest.mark.parametrize("lines, subject", [
    pytest.param(["Sitzungsvorlage Nr. 20-26 / V 09412 – Beschluss des Mobilitätsausschusses", "vom 11.10.2023",
                  "Sichere Schulwege im Münchner Norden"], "Sichere Schulwege im Münchner Norden", id="decided-then-title"),
    pytest.param(["V1187/21 – Bcschluss des Stadtratesvom 9. Dezember 2021 (SR/034/2021)", "Ersatzneubau des Stegs am Elbepark"],
                 "Ersatzneubau des Stegs am Elbepark", id="ocr-damaged-decision-on-the-identifier-line"),
    pytest.param(["Beschluss DS-Nr. 045/22 der Gemeindever", "tretung vom 17.03.2022", "Ankauf einer Teilfläche"],
                 "Ankauf einer Teilfläche", id="body-name-broken-off"),
    pytest.param(["Sitzungsvorlage Nr. 20-26 / V 09318", "Beschluss der Vollversammlung des Stadtrates vom 24.04.2024"],
                 None, id="only-when-decided"),
    pytest.param(["Drucksache-Nr. 1684/21", "", "Titel"], None, id="a-bare-label-its-value-below"),
    pytest.param(["Vorlage VO/2024/13087", "Der Bürgermeister", "Fachbereich Kultur und Bildung"], None, id="organ-and-unit-no-subject"),
    pytest.param(["Drucksache 0412/2023", "Parkraumkonzept Jena-Nord", "Stadt Jena"], "Parkraumkonzept Jena-Nord",
                 id="the-city-line-ends-it"),
    pytest.param(["Sachstand zur Umsetzung des Beschlusses 21/SVV/1203 – Sichere", "Schulwege im Bornstedter Feld",
                  "Fachbereich Grün- und Verkehrsflächen"], "Sichere Schulwege im Bornstedter Feld", id="one-word-after-the-dash-wraps"),
    pytest.param(["Drucksache-Nr. 1684/21", "Beschluss vom 24.11.2021 (Stadtrat)", "Gremium Stadtrat",
                  "Titel Errichtung einer Rettungswache"], "Errichtung einer Rettungswache", id="form-rows-then-labelled-title"),
    pytest.param(["Vorlage Nr.: 2022/0391 vom 14.11.2022", "Beschluss: Kreistag, Sitzung KT/12/2022 am 05.12.2022",
                  "Betreff: Photovoltaik auf Dächern", "Az.: 7.2-803-PV/22"], "Photovoltaik auf Dächern", id="labelled-rows-around-it"),
])
def test_when_a_resolution_was_decided_is_no_part_of_its_subject(lines, subject):
    from pipeline.header import parse_reference
    found, _ = parse_reference(lines)
    assert found[0][2] == subject


def test_a_recipient_block_ending_in_des_runs_on_past_the_label_column_and_the_date():
    from pipeline.header import find_recipients
    lines = ["An die Mitglieder des", "Geschäftszeichen: 86.2/08-113",
             "Ausschusses für Umwelt und Kommunalwirtschaft Dresden, 28. Mai 2008", "", "Beschlusskontrolle"]
    assert find_recipients(lines) == "An die Mitglieder des Ausschusses für Umwelt und Kommunalwirtschaft"


def test_a_forms_creation_date_dates_the_letter():
    from pipeline.header import find_letter_date, labelled_values
    values = labelled_values(["Erstellungsdatum 12.04.2023"])
    assert find_letter_date(["Beratungsfolge Stadtverordnetenversammlung, 03.05.2023, zur Kenntnisnahme"], values) == "2023-04-12"


def test_a_forms_colonless_label_column_an_von_gz_pairs_with_its_values():
    from pipeline.header import pair_label_column
    lines = ["Hausmitteilung", "", "An", "", "Von", "", "Datum", "", "GZ", "", "Fraktionen des Stadtrates", "",
             "Beigeordnete für Kultur", "", "03.04.2024", "", "(GB 2) 41.1-0012"]
    assert [line for line in pair_label_column(lines) if line] == [
        "Hausmitteilung", "An: Fraktionen des Stadtrates", "Von: Beigeordnete für Kultur", "Datum: 03.04.2024",
        "GZ: (GB 2) 41.1-0012"]


def test_the_documents_own_title_ends_the_recipient_block():
    from pipeline.header import find_recipients
    assert find_recipients(["An die Mitglieder des Gemeinderats", "Information für den Gemeinderat", "Nr. 41/2024"]) \
        == "An die Mitglieder des Gemeinderats"


@pytest.mark.parametrize("decided", ["Verbandsversammlung vom 30.05.2023",
                                     "Bau- und Umweltausschuss, Sitzung BUA/09/2022 vom 04.10.2022"])
def test_a_line_naming_the_deciding_body_and_date_is_no_part_of_the_subject(decided):
    from pipeline.header import parse_reference
    found, _ = parse_reference(["Mitteilung zum Beschluss VV 08/2023", decided, "Fremdwasser im Aartal"])
    assert found[0][2] == "Fremdwasser im Aartal"


@pytest.mark.parametrize("lines, unit", [
    (["Stadt Reutlingen", "Referat Jugend und Bildung Az. 40-Hm/2023-118"], "Referat Jugend und Bildung"),
    (["Markt Wolnzach", "Bauamt Wolnzach, 14.03.2023"], "Bauamt"),
    (["Zweckverband Abwasser Oberes Aartal", "Geschäftsstelle: Schwalbacher Straße 4 · 65329 Hohenstein"], None),
])
def test_what_a_text_conversion_runs_into_the_units_line_is_no_part_of_it(lines, unit):
    from pipeline.header import find_department
    assert find_department(lines, 0) == unit


def test_a_logos_letters_under_the_city_are_no_unit():
    from pipeline.header import find_city, find_department
    lines = ["Landeshauptstadt Saarbrücken", "SB", "Dezernat V – Planung, Bauen und Umwelt", "", "An den Bezirksrat Mitte"]
    assert find_department(lines, find_city(lines)[1]) == "Dezernat V – Planung, Bauen und Umwelt"


def test_a_quoted_title_opened_on_the_identifiers_line_goes_on_over_the_next():
    from pipeline.header import parse_reference
    found, _ = parse_reference(["Bericht zur Umsetzung des Ratsbeschlusses V/0718/2022 „Radvorrangrouten –",
                                "Ausbauprogramm 2023–2027“"])
    assert found[0][0] == "V/0718/2022" and found[0][2] == "Radvorrangrouten – Ausbauprogramm 2023–2027"


def test_the_resolutions_other_number_after_its_identifier_is_no_title():
    from pipeline.header import parse_reference
    found, _ = parse_reference(["DS0187/22 – Beschluss-Nr. 4410-51(VII)22", "Hitzeaktionsplan für die Stadt"])
    assert found[0][0] == "DS0187/22" and found[0][2] == "Hitzeaktionsplan für die Stadt"


def test_the_address_column_run_into_the_units_line_is_no_part_of_it():
    from pipeline.header import tidy_unit
    assert tidy_unit("Die Amtsdirektorin Markt 9") == "Die Amtsdirektorin"
    assert tidy_unit("Amt für Verkehr Hauptstraße 12a") == "Amt für Verkehr"
    assert tidy_unit("Fachbereich 2") == "Fachbereich 2"


@pytest.mark.parametrize("lines, expected", [
    pytest.param(["Gemeindevertretung Fleesensee", "über die Bürgermeisterin", "", "Mitteilung zum Beschluss"],
                 "Gemeindevertretung Fleesensee über die Bürgermeisterin", id="the-council-addressed-by-name"),
    pytest.param(["Bürgerschaft der Hanse- und", "Universitätsstadt Rostock", ""],
                 "Bürgerschaft der Hanse- und Universitätsstadt Rostock", id="broken-inside-the-citys-title"),
    pytest.param(["Beratungsfolge", "Kreistag", "", "Datum: 27.06.2022"], None, id="a-forms-consultation-is-no-addressee"),
    pytest.param(["Kreistag 21.07.2022", ""], None, id="a-body-with-its-session-date"),
])
def test_the_council_as_addressee(lines, expected):
    from pipeline.header import find_recipients
    assert find_recipients(lines) == expected


def test_a_forms_session_date_beside_gremium_yields_to_the_place_and_date():
    lines = ["Gremium", "Bezirksvertretung 4 (Ehrenfeld)", "", "Mitteilung", "Köln, 14.05.2024", "", "Datum", "27.05.2024"]
    assert find_letter_date(lines, labelled_values(lines)) == "2024-05-14"


def test_a_body_and_its_session_date_is_no_place_and_date():
    lines = ["Gremium / Sitzungstermin", "", "Datum", "07.05.2024", "Stadtrat, 13.06.2024"]
    assert find_letter_date(lines, labelled_values(lines)) == "2024-05-07"


def test_the_reports_own_paper_number_beside_its_form_title_and_marking():
    from pipeline.header import form_number
    assert form_number(["Mitteilungsvorlage Drucksache Nr. 22/SVV/0912 – öffentlich –"]) == "22/SVV/0912"


def test_an_abbreviated_subject_label_and_its_wrapped_value():
    from pipeline.letter import _betreff
    assert _betreff(["Betr.: Mehr Sitzgelegenheiten und Trinkbrunnen entlang des", "Wuhletal-Wanderweges", ""]) \
        == "Mehr Sitzgelegenheiten und Trinkbrunnen entlang des Wuhletal-Wanderweges"


def test_a_forms_vorlagen_nummer_is_its_own_number():
    from pipeline.header import form_number
    assert form_number(["Vorlagen-Nummer: 3127/2024"]) == "3127/2024"


def test_the_genre_before_the_subject_and_its_value_wrapped_in_lower_case():
    from pipeline.letter import _betreff
    assert _betreff(["Betreff: Beschlussverfolgung – Schulessen: DGE-Qualitätsstandards", "verbindlich einführen", ""]) \
        == "Schulessen: DGE-Qualitätsstandards verbindlich einführen"


def test_a_session_label_under_the_subject_ends_it():
    from pipeline.header import parse_reference
    found, _ = parse_reference(["Beschlussvorlage 2023/486 – Photovoltaik auf kreiseigenen Liegenschaften",
                                "Sitzungsnummer: KT/017/2023 (Kreistag, Sitzung am 13.12.2023)"])
    assert found == [("2023/486", "KT/017/2023", "Photovoltaik auf kreiseigenen Liegenschaften")]


def test_the_letterheads_place_and_date_below_the_reference_is_no_subject():
    from pipeline.header import parse_reference
    found, _ = parse_reference(["Beschlusskontrolle zum Beschluss 22/1544-BR", "", "Jena, 27.11.2023",
                                "Unser Zeichen: D3/61-Pk-1544", "", "Ausweitung der Parkraumbewirtschaftung in Jena-Ost"])
    assert found == [("22/1544-BR", None, "Ausweitung der Parkraumbewirtschaftung in Jena-Ost")]


def test_a_report_s_title_dates_it_also_broken_over_lines_with_its_number_between():
    lines = ["STADT BEISPIELHAUSEN", "Der Magistrat", "", "Bericht des Magistrats", "B 112", "vom 07.04.2025",
             "Az.: Dez. IX/40-2025-017"]
    assert find_letter_date(lines, labelled_values(lines)) == "2025-04-07"
    lines = ["Bericht des Magistrats vom 14.07.2023, B 286"]
    assert find_letter_date(lines, labelled_values(lines)) == "2023-07-14"
    # a resolution's date is not the report's
    lines = ["Bericht zum Beschluss", "vom 12.12.2024"]
    assert find_letter_date(lines, labelled_values(lines)) is None


def test_an_addressee_line_printed_in_lower_case_under_the_genre_heading():
    from pipeline.header import find_recipients
    lines = ["Stadt Halle (Saale)", "Geschäftsbereich Bildung", "", "Mitteilung", "",
             "an den Ausschuss für Bildung und den Stadtrat", ""]
    assert find_recipients(lines) == "an den Ausschuss für Bildung und den Stadtrat"
    assert find_recipients(["Stadt Halle (Saale)", "an der Grundschule wird gebaut"]) is None


def test_a_label_glued_to_the_column_before_it_is_split_off():
    from pipeline.header import split_embedded_labels
    assert split_embedded_labels(["Stadt Kiel · Dezernat für Bauen und UmweltUnser Zeichen: 66.1/2025-031"]) == \
        ["Stadt Kiel · Dezernat für Bauen und Umwelt", "Unser Zeichen: 66.1/2025-031"]
    assert split_embedded_labels(["Sitzungsdatum: 12.03.2024"]) == ["Sitzungsdatum: 12.03.2024"]


def test_a_date_label_waiting_for_its_value_takes_no_number_or_sentence():
    lines = ["Vorlagen-Nr.", "Art", "Datum", "", "VO/2025/14022", "Bericht", "22.04.2025"]
    assert labelled_values(lines)["datum"] == "22.04.2025"
    lines = ["Datum:", "", "der Kreistag hat in seiner Sitzung am 12.12.2024 Folgendes beschlossen. Zum", "7 APR 2025"]
    assert labelled_values(lines)["datum"] == "7 APR 2025"


def test_a_decision_line_under_the_identifier_gives_the_session_and_the_subject_follows():
    from pipeline.header import parse_reference
    found, _ = parse_reference(["Beschlusskontrolle zur Vorlage V2789/18", "Stadtratsbeschluss vom 31.01.2019 (SR/063/2019)",
                                "Sanierung Kulturpalast – Bauabschnitt Foyer, Finanzierung"])
    assert found == [("V2789/18", "SR/063/2019", "Sanierung Kulturpalast – Bauabschnitt Foyer, Finanzierung")]


def test_the_genre_heading_with_the_subject_after_its_colon():
    from pipeline.header import parse_reference
    found, _ = parse_reference(["Beschlussverfolgung: Sanierung der Schulsporthallen",
                                "Beschluss 21/SVV/1203 der Stadtverordnetenversammlung vom 02.02.2022"])
    assert found == [("21/SVV/1203", None, "Sanierung der Schulsporthallen")]


def test_a_sitting_and_its_date_are_no_subject_but_end_a_decided_clause():
    from pipeline.header import parse_reference
    found, _ = parse_reference(["Drucksache G-23/118: Öffentliche Trinkwasserbrunnen in den Stadtteilen", "",
                                "Gemeinderatssitzung vom 28.11.2023"])
    assert found[0][2] == "Öffentliche Trinkwasserbrunnen in den Stadtteilen"
    found, _ = parse_reference(["Antrag Drucks. Nr. 15-2711/2023 – beschlossen in der Sitzung des", "Stadtbezirksrates am 16.08.2023",
                                "Verkehrsberuhigung in der Fössestraße"])
    assert found[0][2] == "Verkehrsberuhigung in der Fössestraße"
