import pytest

from pipeline.references import find_resolutions, find_sessions, session_district


@pytest.mark.parametrize("text, expected, repaired", [
    pytest.param("Beschlusskontrolle zu V0870/21 (Sitzungsnummer", "V0870/21", False, id="vorlage"),
    pytest.param("zum Antrag A0123/20", "A0123/20", False, id="antrag"),
    pytest.param("V-Pl0013/19", "V-Pl0013/19", False, id="district"),
    pytest.param("A0116/1S", "A0116/15", True, id="ocr-S-for-5"),
    pytest.param("V0O87/09", "V0087/09", True, id="ocr-O-for-0"),
    pytest.param("V-PI0013/19", "V-Pl0013/19", True, id="ocr-capital-I-in-district"),
    pytest.param("Information zur Umsetzung des Beschlusses VG-Rat 2024/031", "VG-Rat 2024/031", False, id="body-abbreviation-with-a-word"),
    pytest.param("Anlage zur Beschlusskontrolle V 0120/14", "V0120/14", False, id="spaced"),
    pytest.param("1. Beschluss B-SV 44/2023", "B-SV 44/2023", False, id="two-letter-groups-then-number"),
    pytest.param("Beschluss V11/2021/02345 vom", "VII/2021/02345", True, id="ocr-1-for-roman-I"),
    pytest.param("Drucksache DS/0512/1X", "DS/0512/IX", True, id="ocr-1-in-roman-term"),
    pytest.param("zur Vorlage Nr. 101.19.1187", "101.19.1187", False, id="dotted-after-vorlage"),
    pytest.param("zum Beschluss der Verbandsversammlung VV 07/2023", "VV 07/2023", False, id="body-named-before-it"),
    pytest.param("Mitteilung zum Beschluss VO/GV08/2019/0127", "VO/GV08/2019/0127", False, id="kind-body-year-number"),
    pytest.param("Vorlage V0/2023/1187 – Ausbau", "VO/2023/1187", True, id="ocr-zero-in-the-kinds-letters"),
    pytest.param("Bericht zum Beschluss der Verbandsversammlung vom 10.12.2024 (VV-2024-07)", "VV-2024-07", False,
                 id="in-brackets-after-body-and-date"),
    pytest.param("Beschluss der Gemeindevertretung BV/GöL/012/2022 vom", "BV/GöL/012/2022", False, id="kind-body-number-year"),
])
def test_resolution_identifiers(text, expected, repaired):
    value, _, _, was_repaired = find_resolutions(text)[0]
    assert (value, was_repaired) == (expected, repaired)


def test_district_hint_from_session_number():
    session = find_sessions("(Sitzungsnummer: SBR Pi/004/2020)")[0][0]
    assert session == "SBR Pi/004/2020"
    assert session_district(session) == "Pi"
    assert find_resolutions("V-PI00004/19", session_district(session))[0][0] == "V-Pi00004/19"


@pytest.mark.parametrize("text", ["DS/0512/11", "Projekt Nr. Pie-001/20", "Schuljahr 2021/2022", "Tel. 0351/488", "Az. 50.1-233/18",
                                  "Beschluss 11.12.2023", "Beschluss des Stadtrates 2023"])
def test_not_resolutions(text):
    assert find_resolutions(text) == []


@pytest.mark.parametrize("text, expected", [
    ("(Sitzungsnummer: F/026/2021)", "F/026/2021"),
    ("Sitzung SR/071/2000", "SR/071/2000"),
    ("(UKW/011/2021)", "UKW/011/2021"),
    ("SBR Pl/048/2019", "SBR Pl/048/2019"),
    ("SBR PI/048/2019", "SBR Pl/048/2019"),
    ("SR/0l0/2015", "SR/010/2015"),
    ("V-SW0007/21 (OR SW/005/2021)", "OR SW/005/2021"),      # an Ortschaftsrat's code in capitals
    ("V-NS00031/22 – SBR NS/012/2022", "SBR NS/012/2022"),
    ("TOP SR/026/2021", "SR/026/2021"),                       # other capitals before a session are no code
])
def test_session_numbers(text, expected):
    assert find_sessions(text)[0][0] == expected


@pytest.mark.parametrize("lines, expected", [
    pytest.param(["Beschlusskontrolle zu V0870/21 (Sitzungsnummer: F/026/2021)", "Förderantrag Smart City"],
                 [("V0870/21", "F/026/2021", "Förderantrag Smart City")], id="seed-style"),
    pytest.param(["Vorlage V1387/21 – Beschluss vom 25.11.2021 (SR/034/2021)", "", "Nachpflanzprogramm"],
                 [("V1387/21", "SR/034/2021", "Nachpflanzprogramm")], id="beschluss-vom"),
    pytest.param(["Beschlusskontrolle zu V0870/21 – Förderantrag Smart City"],
                 [("V0870/21", None, "Förderantrag Smart City")], id="subject-on-the-line"),
    pytest.param(["Beschlusskontrolle zum Antrag A0218/21 (Sitzungsnummer: UKW/011/2021)", "Trinkwasserbrunnen",
                  "und zum Antrag A0219/21 (Sitzungsnummer: UKW/011/2021)", "Trinkwasserspender in Schulen"],
                 [("A0218/21", "UKW/011/2021", "Trinkwasserbrunnen"), ("A0219/21", "UKW/011/2021", "Trinkwasserspender in Schulen")],
                 id="two-resolutions"),
])
def test_reference_block(lines, expected):
    from pipeline.header import parse_reference
    assert parse_reference(lines)[0] == expected


@pytest.mark.parametrize("text", ["A0O218/21", "AO0218/21", "AO218/21"])
def test_ocr_doubled_zero_in_a_four_digit_identifier(text):
    assert find_resolutions(text)[0][0] == "A0218/21"


def test_five_printed_digits_stay():
    assert find_resolutions("V-Pi00004/19")[0][0] == "V-Pi00004/19"
    assert find_resolutions("A00218/21")[0][0] == "A00218/21"


@pytest.mark.parametrize("text, expected", [
    ("Beschlusskontrolle zu VII-A-01234", "VII-A-01234"),
    ("Drucksache 21-3684", "21-3684"),
    ("Vorlage 2022/BV/3187", "2022/BV/3187"),
    ("Beschluss B-123/2024", "B-123/2024"),
    ("BA-012/2022", "BA-012/2022"),
    ("Beschluss-Nr. 57/2021", "57/2021"),
    ("AN/0871/2019", "AN/0871/2019"),
    ("DS/0733/VIII", "DS/0733/VIII"),
    ("Drucksache Nr. 1021/V", "1021/V"),
    ("Bericht zu § 1761", "§ 1761"),
    ("VII/2020/01876", "VII/2020/01876"),
    ("21/SVV/1203", "21/SVV/1203"),
    ("DS0187/22", "DS0187/22"),
    ("DS 0870/2021", "DS 0870/2021"),
])
def test_other_bodies_identifiers(text, expected):
    assert find_resolutions(text)[0][0] == expected


@pytest.mark.parametrize("text", ["Az. 50.12/2023/0441", "Tel. 0351/488-2345", "Dez. II/41-2021-017", "am 12/2021 beraten",
                                  "§ 12 der Satzung"])
def test_file_numbers_phones_and_laws_are_not_resolutions(text):
    assert find_resolutions(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Beschluss Nr. 22/1456-BR vom 3. Mai", "22/1456-BR"),
    ("Beschlussvorlage BV/145/2021/II-50", "BV/145/2021/II-50"),
    ("Sitzungsvorlage Nr. 20-26 / V 06211", "20-26 / V 06211"),
    ("Beschluss MOB/084/2023", "MOB/084/2023"),
    ("Beschluss V/0123/2023 (Sitzung RAT/0012/2023)", "V/0123/2023"),
    ("GRDrs G-23/045", "G-23/045"),
    ("zum Beschluss 2023/BV/441O", "2023/BV/4410"),
    ("Ihr Beschluss vom 19.10.2023 – Nr. 21/114 –", "21/114"),     # the date between the word and its number
])
def test_any_identifier_right_after_a_context_word(text, expected):
    assert find_resolutions(text)[0][0] == expected


@pytest.mark.parametrize("text", ["Beschluss vom 12.03.2021", "Antrag vom 3. Mai", "Beschluss 1/2"])
def test_a_context_word_before_a_date_or_a_short_number_names_no_identifier(text):
    assert find_resolutions(text) == []


@pytest.mark.parametrize("text, expected", [("Mitteilung zum Beschluss vv 08/2023", "VV 08/2023"),
                                            ("Bericht zur Vorlage ds 112/22", "DS 112/22")])
def test_a_prefix_ocr_read_in_lower_case_is_restored(text, expected):
    assert [(value, repaired) for value, _, _, repaired in find_resolutions(text)] == [(expected, True)]


def test_a_german_word_between_context_word_and_number_is_no_prefix():
    assert find_resolutions("der Beschluss zu 12/2023 vom Mai") == []


def test_a_session_of_a_hyphenated_body_keeps_its_whole_name():
    assert [s for s, *_ in find_sessions("Sitzung des Bezirksrates BR-M/05/2023 vom 12.05.2023")] == ["BR-M/05/2023"]


def test_the_paper_a_resolution_was_decided_on_is_the_same_resolution():
    from pipeline.header import parse_reference
    expected = ([("§ 1482", None, "Begrünung von Wartehallen")], [])
    assert parse_reference(["Bezug: Beschluss der Stadtverordnetenversammlung vom 02.03.2023, § 1482 zur",
                            "Vorlage NR 388/23", "Begrünung von Wartehallen"]) == expected
    assert parse_reference(["Beschluss § 1482 zur Vorlage NR 388/23", "Begrünung von Wartehallen"]) == expected


def test_the_genre_after_the_identifier_is_no_title():
    from pipeline.header import parse_reference
    assert parse_reference(["über DS/1152/VI – Schlussbericht –", "Schulwegsicherheit an der Grundschule"])[0] \
        == [("DS/1152/VI", None, "Schulwegsicherheit an der Grundschule")]


def test_a_supplements_number_after_the_identifier_is_part_of_it():
    assert find_resolutions("2. VO/2023/12604-01 – Modernisierung der Stadtteilbibliotheken")[0][0] == "VO/2023/12604-01"


def test_a_session_named_by_its_number_after_sitzung_nr():
    assert find_sessions("Sitzung Nr. 03/2024 vom 19.03.2024")[0][0] == "03/2024"


def test_a_title_wrapping_after_a_comma_keeps_it_and_the_session_line_below_ends_it():
    from pipeline.header import parse_reference
    found, _ = parse_reference(["Vorlage GR 2024/045 – Sanierung der Kläranlage Ilsfeld,", "Bauabschnitt 2",
                                "Sitzung Nr. 03/2024 vom 19.03.2024"])
    assert found == [("GR 2024/045", "03/2024", "Sanierung der Kläranlage Ilsfeld, Bauabschnitt 2")]


def test_a_line_saying_which_session_decided_it_is_no_part_of_the_subject():
    from pipeline.header import parse_reference
    found, _ = parse_reference(["Vorlage VO/2023/1187 – Ausbau der Schulsozialarbeit",
                                "Beschluss des Jugendhilfeausschusses in der Sitzung JHA/008/2023 am 28.09.2023"])
    assert found == [("VO/2023/1187", "JHA/008/2023", "Ausbau der Schulsozialarbeit")]


def test_an_identifier_whose_context_word_ended_the_line_above():
    from pipeline.header import parse_reference
    lines = ["Sachstandsbericht", "Hitzeaktionsplan – Umsetzung der Sofortmaßnahmen",
             "Beschluss des Ausschusses für Klimaschutz vom 14.11.2024 (Sitzungsvorlage", "Nr. 20-26 / V 13350)"]
    assert [r for r, _, _ in parse_reference(lines)[0]] == ["20-26 / V 13350"]
    # without a context word the number stays unread
    assert parse_reference(["Hitzeaktionsplan vom 14.11.2024", "Nr. 20-26 / V 13350)"])[0] == []


def test_the_title_under_the_genre_heading_is_the_subject_when_the_identifier_comes_after_it(tmp_path):
    from pipeline import extract
    path = tmp_path / "letter.txt"
    path.write_text("""Landeshauptstadt München
Referat für Klima- und Umweltschutz
München, 20.02.2025

Sachstandsbericht
Hitzeaktionsplan – Umsetzung der Sofortmaßnahmen
Beschluss des Ausschusses für Klimaschutz vom 14.11.2024 (Sitzungsvorlage
Nr. 20-26 / V 13350)

Sehr geehrte Damen und Herren,

1. „Das Referat wird beauftragt, Trinkbrunnen aufzustellen.“

Zwölf Trinkbrunnen wurden aufgestellt.

Mit freundlichen Grüßen

Dr. Eva Lindner
Referentin
""", encoding="utf-8")
    record = extract(path)
    assert (record.resolution, record.subject) == ("20-26 / V 13350", "Hitzeaktionsplan – Umsetzung der Sofortmaßnahmen")
