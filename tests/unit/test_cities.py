"""The issuing authority's name in the letterhead."""
import pytest

from pipeline.header import find_city


@pytest.mark.parametrize("line, expected", [
    pytest.param("Markt Murnau a. Staffelsee   Untermarkt 13", "Markt Murnau a. Staffelsee", id="abbreviated-joiner-and-street-beside"),
    pytest.param("Bezirk Oberbayern", "Bezirk Oberbayern", id="bezirk"),
    pytest.param("Stadt Offenbach amMain", "Stadt Offenbach am Main", id="ocr-glued-joiner"),
    pytest.param("Verbandsgemeindeverwaltung Nieder-Olm", "Verbandsgemeindeverwaltung Nieder-Olm", id="administration-of-a-verbandsgemeinde"),
    pytest.param("Amt Schenkenländchen", "Amt Schenkenländchen", id="brandenburg-amt"),
    pytest.param("Amt für Umwelt", None, id="an-office-is-a-unit"),
])
def test_city_names(line, expected):
    assert find_city([line, "Bauamt", ""])[0] == expected


def test_an_address_line_with_a_postcode_names_no_city_of_the_letterhead():
    assert find_city(["Stadt Leipzig 04092 Leipzig", ""])[0] is None


def test_a_recipient_block_broken_inside_the_citys_title_names_no_city():
    lines = ["Bürgerschaft der Hanse- und", "Universitätsstadt Rostock", "", "Hanse- und Universitätsstadt Rostock",
             "Der Oberbürgermeister", ""]
    assert find_city(lines) == ("Hanse- und Universitätsstadt Rostock", 3)


@pytest.mark.parametrize("lines, expected", [
    pytest.param(["Verbandsgemeinde Mansfelder Grund-Helbra"], "Verbandsgemeinde Mansfelder Grund-Helbra", id="after-an-adjective"),
    pytest.param(["Amt Malchin am Kummerower See"], "Amt Malchin am Kummerower See", id="lake-after-its-adjective"),
    pytest.param(["Verbandsgemeindeverwaltung Bad Ems-Nassau"], "Verbandsgemeindeverwaltung Bad Ems-Nassau", id="bad"),
    pytest.param(["Landkreis Sächsische", "Schweiz-Osterzgebirge"], "Landkreis Sächsische Schweiz-Osterzgebirge", id="wrapped-after-adjective"),
    pytest.param(["Hansestadt LÜBECK"], "Hansestadt Lübeck", id="a-word-in-capitals"),
    # a name ends where a word that cannot end it is missing: a column's title is no part of it
    pytest.param(["Landeshauptstadt Dresden Hausmitteilung"], "Landeshauptstadt Dresden", id="form-title-beside"),
    pytest.param(["Stadtverwaltung Koblenz Koblenz"], "Stadtverwaltung Koblenz", id="place-beside"),
])
def test_names_of_several_words(lines, expected):
    assert find_city(lines + ["Bauamt", ""])[0] == expected
