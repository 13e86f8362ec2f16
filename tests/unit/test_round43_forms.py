"""Whole letters and single mechanisms in forms the reader met in blind round 43 (each written here,
not taken from a corpus): answers headed "Zu Beschlussziffer 2" over the point's own words, a form's
"Beteiligte Stellen" under the text, the form's own Drucksache beside the city, a unit's name whose
second line carries the place and date, a district code read with a digit, numbered titles naming
their resolution in brackets, an abbreviated file-number label without a colon, separable verbs OCR
damaged, a title running on after a dash, a clause of the enacting sentence over its sub-points, and
a particle OCR split off its participle."""
from __future__ import annotations

from pipeline.deadlines import find_deadlines
from pipeline.header import find_city, find_department, parse_reference, split_embedded_labels
from pipeline.references import find_resolutions, find_sessions
from pipeline.status import sentence_status
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


def test_answers_headed_with_the_points_number_word_over_their_own_words(tmp_path):
    record = read(tmp_path, """Landeshauptstadt Musterstadt   GRDrs 301/2025
Referat Kultur und
Bildung   Musterstadt, 04.02.2025

Mitteilungsvorlage

Betreff   Umsetzung des Gemeinderatsbeschlusses GRDrs 977/2023
Stadtbibliothek – längere Öffnungszeiten

Mit GRDrs 977/2023 hat der Gemeinderat die längeren Öffnungszeiten beschlossen. Zu den Beschlussziffern:

Zu Beschlussziffer 1

Die Zentralbibliothek öffnet sonntags von 11 bis 17 Uhr.

Die Sonntagsöffnung gilt seit dem 05.01.2025 und wird gut angenommen.

Zu Beschlussziffer 2

Die Stadtteilbibliotheken erhalten einen Selbstverbuchungsautomaten.

Die Automaten sind bestellt. Die Aufstellung ist zum 1. Juni 2025 vorgesehen.

Beteiligte Stellen

Referat Allgemeine Verwaltung und Personal


Jana Meerbusch-Olt
Bürgermeisterin
""")
    assert record.city == "Landeshauptstadt Musterstadt"
    assert record.department == "Referat Kultur und Bildung"
    assert [(m.number, m.status) for m in record.mandates] == [("1", "done"), ("2", "in_progress")]
    assert record.mandates[1].quote == "Die Stadtteilbibliotheken erhalten einen Selbstverbuchungsautomaten."
    assert record.mandates[1].deadlines == ["2025-06-01"]
    assert (record.sender.name, record.sender.role) == ("Jana Meerbusch-Olt", "Bürgermeisterin")


def test_numbered_titles_naming_their_resolution_in_brackets_head_its_points(tmp_path):
    record = read(tmp_path, """Abwasserzweckverband Oberes Tal
Geschäftsstelle · Talweg 2 · 79999 Neudorf

An die Mitglieder   Az. 700.3/KA-04
der Verbandsversammlung   Neudorf, 11.03.2025

Information zur Umsetzung von Beschlüssen der Verbandsversammlung

Sehr geehrte Damen und Herren,

über den Stand der folgenden Beschlüsse wird informiert:

1. Erneuerung des Regenüberlaufbeckens Nord (Beschluss VV 03/2024)

Beschlusspunkt 1: „Das Regenüberlaufbecken Nord wird erneuert.“

Stand: Die Arbeiten sind seit dem 20.01.2025 abgeschlossen.

2. Fernwirktechnik der Pumpwerke (Beschluss VV
07/2024)

Beschlusspunkt 1: „Die Fernwirktechnik der Pumpwerke ist zu erneuern.“

Stand: Die Ausschreibung läuft.

Mit freundlichen Grüßen

Till Ohnesorg-Berg
Verbandsvorsitzender
""")
    assert record.resolution == "VV 03/2024" and [a.resolution for a in record.also_concerns] == ["VV 07/2024"]
    assert record.file_number == "700.3/KA-04"
    assert record.recipients == "An die Mitglieder der Verbandsversammlung"
    assert [(m.resolution, m.number) for m in record.mandates] == [("VV 03/2024", "1"), ("VV 07/2024", "1")]
    assert record.mandates[0].quote == "Das Regenüberlaufbecken Nord wird erneuert."


def test_a_clause_of_the_enacting_sentence_over_its_sub_points_is_no_point(tmp_path):
    record = read(tmp_path, """Freie und Hansestadt Musterburg
Bezirksamt Nord

Sachstand zur Drucksache 22-1187 „Bänke am Kanal“

Die Bezirksversammlung hat folgenden Beschluss gefasst:

„Die Bezirksamtsleitung wird gebeten,

1. am Kanalufer sechs Bänke aufzustellen,

2. gemeinsam mit dem Fachamt Stadtgrün

2.1 einen Pflegeplan zu erstellen und

2.2 Patenschaften zu vermitteln.“

Zu 1: Die Bänke wurden im März 2025 aufgestellt.

Zu 2.1 und 2.2: Der Pflegeplan ist in Arbeit.
""")
    assert record.resolution == "22-1187"
    assert [m.number for m in record.mandates] == ["1", "2.1", "2.2"]


def test_a_form_number_beside_the_city_and_a_unit_with_the_place_and_date_run_in():
    lines = ["Landeshauptstadt Musterstadt GRDrs 301/2025", "Referat Kultur und", "Bildung Musterstadt, 04.02.2025", ""]
    city, index = find_city(lines)
    assert city == "Landeshauptstadt Musterstadt"
    assert find_department(lines, index) == "Referat Kultur und Bildung"


def test_an_abbreviated_file_number_label_needs_no_colon():
    assert split_embedded_labels(["An die Mitglieder Az. 700.3/KA-04"]) == ["An die Mitglieder", "Az. 700.3/KA-04"]
    assert split_embedded_labels(["Unser Az. 700.3/KA-04"]) == ["Unser Az. 700.3/KA-04"]


def test_identifiers_of_terms_and_later_papers_and_a_district_code_read_with_a_digit():
    assert [r for r, *_ in find_resolutions("2021-26/DS-I(A)0519 Neue Bänke")] == ["2021-26/DS-I(A)0519"]
    assert [r for r, *_ in find_resolutions("Beschlusskontrolle zu V-B100031/21")] == ["V-Bl00031/21"]
    assert [s for s, *_ in find_sessions("(SBR B1/007/2021)")] == ["SBR Bl/007/2021"]


def test_a_title_running_on_after_a_dash():
    resolutions, _ = parse_reference(["2021-26/DS-I(A)0519 Umbau des Marktplatzes –", "Verkehr und Gastronomie",
                                      "2021-26/DS-I(A)0520 Neue Bänke"])
    assert resolutions[0][2] == "Umbau des Marktplatzes – Verkehr und Gastronomie"


def test_separable_verbs_ocr_damaged_count_with_their_particle():
    assert sentence_status("Der Entwurf liegt dem Ministerium vor.") == sentence_status("Der Entwurf licgt dem Ministerium vor.")
    assert sentence_status("Die Gespräche daucrn an.") == "in_progress"
    assert sentence_status("Die Gespräche daucrn.") is None     # without its particle no cue


def test_a_particle_split_off_its_participle_at_the_clauses_end():
    assert find_deadlines("Die Pflanzung ist für November 2025 vor gesehen.", not_before="2025-01-10") == ["2025-11"]
