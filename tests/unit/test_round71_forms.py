"""Mechanisms for forms the reader met in blind round 71 (each letter or line written here, not taken
from a corpus): a later page's header that carries its page number; a sentence's end in lower case that
names a marking; a first point's number lost before a second resolution restarts its numbers, and a pair
"1;" / "2:" with misread stops; a resolution's sentence under its title; a quarter's report on one
resolution; "Quartalsbericht II/2025"; a table's rows run into long lines, lettered rows, a row's cells after
its answer; a session's label before its number on the reference line; "gez." over the name; a received
stamp under the signature; "Zu Beschlusspunkt 1:" with the resolution's words on its line; the spelling
before 1996; OCR's Q for a zero; "Zu Antragsziffer 1:"; "Beschluss vom …:"; a number after "der Sitzung";
the unit in charge under a letterhead that names the organ; a postponement to a budget year; a present passive without "ge-"; "Kein
Handlungsbedarf." as an answer; from round 70: words after every point's number in a form's rows; a labelled
date under the reference."""
from __future__ import annotations

from pipeline.dates import find_periods
from pipeline.deadlines import find_deadlines
from pipeline.lexicon import QUOTE_INTRO
from pipeline.marking import is_marking
from pipeline.numbering import repair_numbers
from pipeline.references import find_resolutions
from pipeline.status import sentence_status
from pipeline.tables import stacked_table
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


_TWO_GROUPS_AND_A_PAGE_HEADER = """Stadt Musterhausen
Bauverwaltungsamt

An: Mitglieder des Bauausschusses
Zeichen: 63.2-Mu
Datum: 10.03.2024

Beschlusskontrolle

I. V0412/23 – BA/011/2023
Kauf der Parzelle Lindenweg 4

Der Stadtrat stimmt dem Kauf der Parzelle Lindenweg 4 zu.
Stand: Der Kaufvertrag ist beurkundet.
2. Der Bürgermeister wird beauftragt, eine Nutzung als Spielplatz zu prüfen.
Stand: Die Prüfung läuft.

II. A0077/23 – SR/009/2023
Spielplatz Lindenweg

1; Für den Spielplatz ist ein Förderantrag zu stellen.
Stand: Der Antrag ist noch nicht gestellt.
2: Über das Ergebnis ist im Ausschuss
nichtöffentlich zu berichten.
Stand: Siehe Punkt 1.

Nächste Beschlusskontrolle: 30.09.2024

Erika Muster
Amtsleiterin

Beschlusskontrolle V0412/23 und A0077/23, Seite 2
"""


def test_a_later_pages_header_with_its_page_number_is_no_reference_and_both_groups_are_read(tmp_path):
    record = read(tmp_path, _TWO_GROUPS_AND_A_PAGE_HEADER)
    assert record.kind == "beschlusskontrolle" and record.resolution == "V0412/23"
    assert record.subject == "Kauf der Parzelle Lindenweg 4"
    assert [(m.resolution, m.number) for m in record.mandates] == [("V0412/23", "1"), ("V0412/23", "2"), ("A0077/23", "1"), ("A0077/23", "2")]
    assert record.mandates[0].quote == "Der Stadtrat stimmt dem Kauf der Parzelle Lindenweg 4 zu."
    # the quote's last line names "nichtöffentlich" inside its sentence: no marking, it stays
    assert record.mandates[3].quote == "Über das Ergebnis ist im Ausschuss nichtöffentlich zu berichten."


def test_a_wrapped_sentence_end_in_lower_case_is_no_marking():
    assert not is_marking("nichtöffentlich zu berichten.")
    assert is_marking("nichtöffentlich.") and is_marking("VERTRAULICH")


def test_a_first_number_lost_before_a_restart_and_a_pair_of_misread_stops_are_repaired():
    lines = ["Der Rat stimmt dem Kauf zu.", "2. Die Verwaltung wird beauftragt, den Bau zu prüfen.",
             "II. A0077/23", "1; Für den Spielplatz ist ein Antrag zu stellen.", "2: Über das Ergebnis ist zu berichten."]
    out = repair_numbers(lines)
    assert out[0] == "1. Der Rat stimmt dem Kauf zu."
    assert out[3].startswith("1. Für den Spielplatz")
    # a text that names no resolution's words keeps its first line
    assert repair_numbers(["Die Kita ist schön.", "2. Die Verwaltung wird beauftragt, zu prüfen.", "1; Für den Bau."])[0] == "Die Kita ist schön."


_QUARTERS_REPORT_ON_ONE = """Stadt Musterfeld
Dezernat Bau und Verkehr

Stadtrat - Bauausschuss

Quartalsbericht Beschlussverfolgung I/2025
Beschluss 0815/24 vom 12.06.2024 - Bänke am Stadtpark
Az.: 66.2/Bk-2025
Musterfeld, 14.04.2025

Nr. Beschlusstext Erledigungsvermerk Termin zust. Amt
1 Am Stadtpark sind zehn Bänke aufzustellen. Acht Bänke wurden im März aufgestellt; zwei folgen
nach Lieferung. in Umsetzung 30.06.2025 67
2 Die Bänke sind barrierefrei zu gestalten. Alle Bänke haben Armlehnen. erledigt 67

Wiedervorlage: Quartalsbericht III/2025


Paul Muster
Beigeordneter
"""


def test_a_quarters_report_on_one_resolution_is_a_letter_and_its_rows_run_into_long_lines_are_read(tmp_path):
    record = read(tmp_path, _QUARTERS_REPORT_ON_ONE)
    assert record.kind == "beschlusskontrolle" and record.resolution == "0815/24"
    assert record.next_review == "2025-09"
    assert [m.quote for m in record.mandates] == ["Am Stadtpark sind zehn Bänke aufzustellen.", "Die Bänke sind barrierefrei zu gestalten."]
    assert record.mandates[0].response == "Acht Bänke wurden im März aufgestellt; zwei folgen nach Lieferung."
    assert record.mandates[1].response == "Alle Bänke haben Armlehnen."


def test_a_quarters_report_listing_many_resolutions_stays_no_letter(tmp_path):
    record = read(tmp_path, """Stadt Musterfeld
Hauptamt

Quartalsbericht Beschlusscontrolling – I. Quartal 2025
Übersicht der offenen Beschlüsse des Stadtrates

DS-Nr. | Titel | Erledigung | Termin
0815/24 | Bänke am Stadtpark | in Bearbeitung | 30.06.2025
0816/24 | Radweg Süd | erledigt | –

Hauptamt
""")
    assert record.kind == "unknown"


def test_a_quarter_named_by_its_roman_numeral_after_the_word():
    assert [d.value for d in find_periods("Wiedervorlage: Quartalsbericht II/2025")] == ["2025-06"]
    assert [d.value for d in find_periods("Quartal IV/2024")] == ["2024-12"]
    assert find_periods("Drucksache II/2025") == []


def test_lettered_rows_and_a_cell_after_the_answers_last_sentence():
    lines = ["Nr. Beschlusstext Sachstand Termin", "1 Der Plan wird beschlossen.", "Keine weitere Veranlassung.", "–",
             "2 Die Maßnahmen sind umzusetzen.", "Neun sind umgesetzt.", "30.06.2026",
             "3a Ein Konzept ist zu erarbeiten.", "Noch nicht begonnen.", "offen",
             "3b Das Konzept ist vorzulegen.", "Siehe Punkt 3a. offen", "Die nächste Beschlusskontrolle folgt im Juni."]
    out = stacked_table(lines)
    assert "3a. Ein Konzept ist zu erarbeiten." in out and "3b. Das Konzept ist vorzulegen." in out
    assert "Siehe Punkt 3a." in out and "Status: offen" in out


_HEADED_WORDS_ON_THE_LINE = """Stadt Musterstadt
Dezernat 2

An die Mitglieder des Stadtrates
Musterstadt, 03.02.2025

Sachstandsbericht zur Beschlussumsetzung
Beschluss-Nr. B-011/2024 – Ehrenamtskarte

Zu Beschlusspunkt 1: Die Stadtverwaltung führt eine Ehrenamtskarte mit
Vergünstigungen in städtischen Einrichtungen ein.
Die Karte wurde zum 01.01.2025 eingeführt.
Zu Beschlusspunkt 2: Die Karte ist jährlich zu bewerben.
Eine Kampagne läuft seit Januar.

Die Verwaltung wird im 2. Halbjahr 2025 erneut berichten.

gez.
Maria Muster
Bürgermeisterin
Eingang
Hauptamt
05. FEB. 2025
"""


def test_words_on_a_points_heading_line_are_the_resolutions_and_gez_closes_the_body(tmp_path):
    record = read(tmp_path, _HEADED_WORDS_ON_THE_LINE)
    assert record.subject == "Ehrenamtskarte"
    assert [m.number for m in record.mandates] == ["1", "2"]
    assert record.mandates[0].quote == "Die Stadtverwaltung führt eine Ehrenamtskarte mit Vergünstigungen in städtischen Einrichtungen ein."
    assert record.mandates[0].response == "Die Karte wurde zum 01.01.2025 eingeführt."
    # "gez." over the name closes the body; the received stamp under the role is none of it
    assert record.sender is not None and record.sender.name == "Maria Muster" and record.sender.role == "Bürgermeisterin"


def test_a_session_label_before_its_number_is_no_title(tmp_path):
    record = read(tmp_path, """Stadt Musterstadt
Umweltamt

Sachstandsbericht Vorlage V0101/24 – Beschluss UA/004/2024
Grüne Schulhöfe

Der Umweltausschuss hat am 12.03.2024 beschlossen:
1. Dem Konzept wird zugestimmt.
Kein Handlungsbedarf.
2. Die Verwaltung wird beauftragt, zwei Schulhöfe zu entsiegeln.
Ein Schulhof wurde entsiegelt.

Mit freundlichen Grüßen
Erika Muster
Amtsleiterin
""")
    assert record.subject == "Grüne Schulhöfe" and record.session_number == "UA/004/2024"
    assert record.mandates[0].response == "Kein Handlungsbedarf."


def test_old_spelling_and_a_dated_resolution_introduce_the_quote():
    assert QUOTE_INTRO.search("Der Stadtrat hat in seiner 60. Sitzung folgenden Beschluß gefaßt:")
    assert QUOTE_INTRO.search("Beschluss vom 05.11.2024:")
    assert QUOTE_INTRO.search("Beschluss des Gemeinderates vom 5. Mai 2024:")
    assert not QUOTE_INTRO.search("Beschlussvorlage zum Haushalt:")


def test_identifier_shapes_read_through_ocr_and_a_session_named_after_sitzung():
    assert find_resolutions("Betr.: Beschlußkontrolle AQ501-SR60-07 vom 13.12.2007")[0][0] == "A0501-SR60-07"
    found = find_resolutions("Bericht des Kreisausschusses zu Kreistagsbeschlüssen der Sitzung KT/09/2024 vom 13.12.2024")
    assert [value for value, *_ in found] == []


def test_answers_headed_by_antragsziffer(tmp_path):
    record = read(tmp_path, """Landeshauptstadt Musterstadt
Referat für Arbeit und Wirtschaft

Sachstandsbericht zur Sitzungsvorlage Nr. 20-26 / V 12345
Handwerkerhöfe

Der Beschluss lautet:
1. Das Referat wird gebeten, zwei Standorte zu prüfen.
2. Dem Stadtrat ist bis 31.12.2025 zu berichten.
Stand der Umsetzung
Zu Antragsziffer 1:
Beide Standorte sind geprüft.
Zu Antragsziffer 2:
Der Bericht ist für Dezember 2025 vorgesehen.

Mit freundlichen Grüßen
Eva Muster
Referentin
""")
    assert [m.response for m in record.mandates] == ["Beide Standorte sind geprüft.", "Der Bericht ist für Dezember 2025 vorgesehen."]


def test_the_unit_in_charge_names_the_department_where_the_letterhead_names_the_organ(tmp_path):
    record = read(tmp_path, """Hansestadt Musterhafen
Der Oberbürgermeister

Mitteilung
Vorlage-Nr.: 2025/IV/0001
federführendes Amt: Amt für Mobilität

Sachstand zum Beschluss 2024/BV/0002
Radweg am Hafen

1. Der Radweg ist zu bauen.

Sachstand
zu 1.: Der Bau ist auf das Haushaltsjahr 2026 verschoben.

Erika Muster
Amtsleiterin
""")
    assert record.department == "Amt für Mobilität"
    assert record.mandates[0].deadlines == ["2026"]
    # a letterhead's unit stays the department
    unit = read(tmp_path, """Freie Hansestadt Musterhafen
Senator für Bau und Umwelt

Mitteilung
federführendes Amt: Amt für Mobilität

Sachstand zum Beschluss 2024/BV/0002
Radweg am Hafen

1. Der Radweg ist zu bauen.

Sachstand
zu 1.: Der Bau hat begonnen.

Erika Muster
Senatorin
""")
    assert unit.department == "Senator für Bau und Umwelt"


def test_a_postponement_to_a_budget_year_is_a_deadline_and_a_present_passive_without_ge_is_work_in_hand():
    assert find_deadlines("Wegen der Förderzusage wird sie auf das Haushaltsjahr 2026 verschoben.") == ["2026"]
    assert find_deadlines("Die Planung ist auf das Haushaltsjahr 2026 abgestimmt.") == []
    assert sentence_status("Das System wird derzeit im Stadtpark erprobt.") == "in_progress"
    assert sentence_status("Das Ziel wird erreicht.") != "in_progress"
    # (the participle must end its clause: "werden" split off a noun by OCR orders nothing)
    assert sentence_status("Sie ist nicht nötig, da der Zuschlag vor dem Wirksam werden der Kündigung erteilt werden soll.") is None


def test_words_after_every_points_number_go_on_its_label():
    from pipeline.formrows import rewrite
    lines = ["Ziffer 1 des Beschlusses", "Beschlusstext: „Der Plan wird beschlossen.“", "Sachstand: Erledigt.",
             "Ziffer 2 des Beschlusses", "Beschlusstext: „Eine Karte ist zu erstellen.“", "Sachstand: Die Karte liegt vor."]
    out = rewrite(lines)
    assert out[0] == "Ziffer 1:" and out[3] == "Ziffer 2:"


def test_a_labelled_date_under_the_reference_is_no_subject(tmp_path):
    record = read(tmp_path, """Bezirksamt Musterbezirk von Berlin
Abteilung Umwelt

Berlin, den 17.10.2023

Vorlage zur Kenntnisnahme

Betreff:

Mehr Bäume am Ufer

Ursprungsdrucksache: DS/0101/IX
Beschluss der BVV vom: 23.03.2023

Die Bezirksverordnetenversammlung hat Folgendes beschlossen:
1. Das Bezirksamt wird ersucht, zehn Bäume zu pflanzen.
Das Bezirksamt berichtet hierzu:
Zu 1.: Zehn Bäume wurden gepflanzt.

Erika Muster
Bezirksstadträtin
""")
    assert record.subject == "Mehr Bäume am Ufer"


def test_a_review_closed_hereby_is_final_and_a_title_wrapped_onto_the_citys_name_is_whole(tmp_path):
    record = read(tmp_path, """Landeshauptstadt Musterstadt
Geschäftsbereich Soziales

Beschlusskontrolle zu V0101/12 (Sitzungsnummer: SR/001/2012)

Konzept zur Betreuung von Asylsuchenden in der
Landeshauptstadt Musterstadt

Sehr geehrte Damen und Herren,
der Stadtrat hat beschlossen:
1. „Der Oberbürgermeister wird beauftragt, das Konzept umzusetzen.“
Hierzu wird mitgeteilt:
Zu Beschlusspunkt 1:
Das Konzept wurde umgesetzt.
Die Beschlusskontrolle wird hiermit abgeschlossen.
Mit freundlichen Grüßen
Erika Muster
Beigeordnete
""")
    assert record.subject == "Konzept zur Betreuung von Asylsuchenden in der Landeshauptstadt Musterstadt"
    assert record.report_type == "final"


def test_the_title_a_forms_heading_goes_on_with():
    from pipeline.letter import _about_title
    assert _about_title(["Vorlage – zur Kenntnisnahme –", "", "über Sichere Schulwege an der Allee"]) == "Sichere Schulwege an der Allee"
    assert _about_title(["Bezirksamt Musterbezirk", "über die Straße"]) is None


def test_a_surname_that_names_a_post_ends_a_name_and_a_ranked_post_is_none():
    from pipeline import closing
    assert closing.is_name("Dr. Jens-Uwe Kämmerer") and not closing.is_name("Erster Bürgermeister")
    assert not closing.is_name("Stellvertretender Landrat") and not closing.is_name("Bürgermeister Hans")
    assert not closing.is_name("Berufsmäßige Stadträtin") and closing.is_name("Peter Kämmerer")
    sender, _ = closing.find_signatories(["", "Dr. Jens-Uwe Kämmerer", "Beigeordneter für Wirtschaft"])
    assert (sender.name, sender.role) == ("Dr. Jens-Uwe Kämmerer", "Beigeordneter für Wirtschaft")


def test_a_rows_number_alone_on_its_line_and_a_half_years_cell():
    lines = ["Nr.  Beschlusspunkt  Sachstand  Status  Termin", "", "1", "Die Geräte sind zu beschaffen.",
             "Die Geräte wurden ausgegeben.", "erledigt", "–", "", "2", "Ein Konzept wird abgestimmt.",
             "Eine Abstimmung hat noch nicht stattgefunden.", "offen", "2. Hj. 2025"]
    out = stacked_table(lines)
    assert "1. Die Geräte sind zu beschaffen." in out and "2. Ein Konzept wird abgestimmt." in out
    assert "Termin: 2. Hj. 2025" in out and "Status: offen" in out
    assert [d.value for d in find_periods("2. Hj. 2025")] == ["2025-12"]


def test_a_subject_ends_where_the_sentence_announcing_the_overview_begins(tmp_path):
    record = read(tmp_path, """Landkreis Musterland
Fachbereich Schule

Beschlusskontrolle – Sachstand zum 30.11.2024
Kreistagsbeschluss vom 13.09.2023, Vorlage Nr. 0101/2023
Digitale Endgeräte für Schulen
Der Umsetzungsstand der Beschlusspunkte ergibt sich aus der folgenden
Übersicht:

1. „Alle Lehrkräfte werden mit Endgeräten ausgestattet.“
Die Geräte wurden ausgegeben.

Erika Muster
Landrätin
""")
    assert record.subject == "Digitale Endgeräte für Schulen"
