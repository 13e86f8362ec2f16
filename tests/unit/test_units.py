"""The issuing unit in a letterhead, with what layouts and text conversions run into its line."""
from pipeline.header import find_department, tidy_unit


def test_a_forms_other_cells_and_a_marking_are_cut_from_the_units_line():
    assert tidy_unit("Dezernat für Umwelt, Klima und Stadtgrün | 12.07.2023 | öffentlich") == "Dezernat für Umwelt, Klima und Stadtgrün"
    assert tidy_unit("Geschäftsbereich Bildung, Jugend und Sport D vertraulich") == "Geschäftsbereich Bildung, Jugend und Sport"
    assert tidy_unit("Dezernat IV · Fachbereich Bildung") == "Dezernat IV · Fachbereich Bildung"
    assert tidy_unit("Bauamt · Marktplatz 1 · 86911 Dießen") is None


def test_an_organ_with_the_place_and_date_beside_it_yields_to_the_unit_below():
    lines = ["Stadt Offenbach am Main", "Der Magistrat Offenbach am Main, 14. November 2023",
             "Amt für Umwelt, Energie und Klimaschutz", ""]
    assert find_department(lines, None) == "Amt für Umwelt, Energie und Klimaschutz"


def test_an_organ_above_a_compound_unit_yields_to_it():
    assert find_department(["Stadt Chemnitz", "Die Baubürgermeisterin", "Baudezernat", ""], 0) == "Baudezernat"


def test_a_box_read_as_a_letter_before_each_marking_is_no_part_of_the_unit():
    lines = ["Landeshauptstadt Erfurt", "Stadtverwaltung", "Beigeordnete für Bildung, Kultur und Sport",
             "X öffentlich", "D nichtöffentlich", ""]
    assert find_department(lines, 0) == "Beigeordnete für Bildung, Kultur und Sport"


def test_file_number_labels_of_other_cities_and_a_contact_label_beside_the_recipients():
    from pipeline.header import EMBEDDED_LABEL, LABEL, FILE_LABELS
    m = LABEL.match("Gesch.-Z.: 67/Kl-2024-0093")
    assert m and m.group("label").lower() in FILE_LABELS and m.group("value") == "67/Kl-2024-0093"
    assert EMBEDDED_LABEL.split("An die Mitglieder   Ihr Ansprechpartner: Herr Klöpper") == [
        "An die Mitglieder", "Ihr Ansprechpartner: Herr Klöpper"]     # split once, not again inside the label


def test_a_recipient_block_goes_on_past_the_letterhead_column_run_into_it():
    from pipeline.header import find_recipients
    assert find_recipients(["An die Mitglieder des Ausschusses für", "Ansprechpartner: Herr Stöckl", "Zimmer: E 112",
                            "Sicherheit und Katastrophenschutz", "Rosenheim, 12.06.2024"]) == \
        "An die Mitglieder des Ausschusses für Sicherheit und Katastrophenschutz"
    assert find_recipients(["An die Mitglieder", "Az.: 022.31 – Rb", "02.05.2024", "des Gemeinderats",
                            "Abschlussbericht zur Umsetzung"]) == "An die Mitglieder des Gemeinderats"
    assert find_recipients(["An die Mitglieder des Ausschusses", "Az.: 61.2-14/22", "für Stadtentwicklung und Umwelt",
                            "Datum: 18.03.2024", "über das Ratsbüro", "Sachstandsbericht zum Ratsbeschluss"]) == \
        "An die Mitglieder des Ausschusses für Stadtentwicklung und Umwelt über das Ratsbüro"
    assert find_recipients(["An: Mitglieder des Ausschusses für", "", "Hausmitteilung", "GZ: (GB 5) 41.12", "",
                            "Kultur und Tourismus", "Datum: 22.06.2022"]) == "Mitglieder des Ausschusses für Kultur und Tourismus"


def test_the_county_administration_yields_to_its_unit_below():
    lines = ["LANDKREIS BAUTZEN", "Landratsamt", "Dezernat Bau, Umwelt und Verkehr", ""]
    assert find_department(lines, 0) == "Dezernat Bau, Umwelt und Verkehr"


def test_a_forms_hint_beside_the_file_number_label_is_no_file_number():
    from pipeline.header import find_file_number
    assert find_file_number({"mein zeichen": "(bitte bei Antwort angeben) 31-4 / 2023-118"}) == "31-4 / 2023-118"
    assert find_file_number({"drucksache nr.": "(ggf."}) is None
    assert find_file_number({"az.": "32.1-044"}) == "32.1-044"


def test_the_places_an_amt_serves_are_no_unit():
    lines = ["Amt Malchow", "für die Stadt Malchow und die Gemeinden", "Alt Schwerin, Fleesensee, Göhren-Lebbin,",
             "Nossentiner Hütte, Silz, Walow, Zislow", "Bauamt", "", "Malchow, 16.04.2019"]
    assert find_department(lines, 0) == "Bauamt"


def test_below_the_organ_and_a_blank_line_only_a_unit_goes_on():
    assert find_department(["Stadt Frankfurt am Main", "Der Magistrat", "", "B 412", "Frankfurt am Main,", "08.12.2023"], 0) \
        == "Der Magistrat"
    assert find_department(["Landeshauptstadt Potsdam", "Der Oberbürgermeister", "", "Geschäftsbereich Bildung,",
                            "Kultur, Jugend und Sport", ""], 0) == "Geschäftsbereich Bildung, Kultur, Jugend und Sport"


def test_the_heads_title_under_the_unit_is_no_part_of_it():
    lines = ["Landeshauptstadt Dresden", "Geschäftsbereich Kultur", "Der Beigeordnete", "", "An die Mitglieder"]
    assert find_department(lines, 0) == "Geschäftsbereich Kultur"


def test_the_place_and_date_above_the_unit_and_a_label_column_run_into_its_wrapped_name():
    lines = ["Bezirksamt Treptow-Köpenick von Berlin", "", "Berlin, den 12.09.2023", "",
             "Abteilung Bauen, Stadtentwicklung und öffentliche", "Geschäftszeichen: SGA 2 – 0733/23", "Ordnung", ""]
    assert find_department(lines, 0) == "Abteilung Bauen, Stadtentwicklung und öffentliche Ordnung"
    # below the place and date, only a unit's name goes on
    assert find_department(["Landeshauptstadt Stuttgart", "", "Stuttgart, 12.09.2023", "GRDrs 612/2023", ""], 0) is None
