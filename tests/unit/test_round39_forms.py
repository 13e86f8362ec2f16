"""Whole letters in forms the reader met in blind round 39 (each written here, not taken from a
corpus): points headed "Punkt 1.", a heading alone over lettered parts answered "zu a)", an annex
list's marking, typed boxes, a point titled only, answers spanning "1. bis 1.2", an identifier with
the assembly's term, a marking in capitals opening a running header."""
from __future__ import annotations

from pipeline.marking import is_marking
from pipeline.references import find_resolutions
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


def test_points_headed_punkt_with_a_stop_and_a_council_told_on_a_named_day(tmp_path):
    record = read(tmp_path, """Stadt Auental
Bezirksamt Nord

An die Mitglieder des Bezirksbeirats Nord

Auental, 9. Dezember 2024

Neugestaltung des Lindenplatzes

Umsetzung des Gemeinderatsbeschlusses vom 14.12.2023 (Drucksache 0412/2023) – Sachstand

Sehr geehrte Damen und Herren,

der Gemeinderat hat die Neugestaltung beschlossen. Die Beschlusspunkte lauten:

Punkt 1. Die Pflasterflächen des Lindenplatzes werden erneuert.

Punkt 2. Der Brunnen wird wieder in Betrieb genommen.

Zum Stand der Umsetzung:

Zu Punkt 1: Die Arbeiten ruhen wegen des Weihnachtsmarkts und sollen bis 31. Mai 2025 abgeschlossen sein.

Zu Punkt 2: Der Brunnen ist seit dem 2. Mai 2024 wieder in Betrieb.

Das Bezirksamt wird den Bezirksbeirat in seiner Sitzung am 24. Juni 2025 über den Abschluss informieren.

Mit freundlichen Grüßen
Jana Kurz
Bezirksvorsteherin
""")
    assert [m.number for m in record.mandates] == ["1", "2"]
    assert record.subject == "Neugestaltung des Lindenplatzes"      # the title above; "Sachstand" is the genre
    assert record.mandates[1].response == "Der Brunnen ist seit dem 2. Mai 2024 wieder in Betrieb."
    assert record.next_review == "2025-06-24"


def test_a_heading_alone_over_lettered_parts_and_an_annex_marked_non_public(tmp_path):
    record = read(tmp_path, """Stadt Auental
Fachdienst Umwelt

An den Stadtrat

Auental, 28.10.2019

Beschlussverfolgung

Stadtratsbeschluss Nr. 19/2178-BV vom 17.04.2019
Begrünung von Schulhöfen

Sehr geehrte Damen und Herren,

Ziffer 1:
   Die Stadtverwaltung erstellt eine Prioritätenliste der Schulhöfe.
Die Prioritätenliste liegt seit dem 24.09.2019 vor.

Ziffer 2:
   a) Für drei Schulhöfe sind Entwurfsplanungen zu erarbeiten.
   b) Für diese Schulhöfe sind Fördermittel zu beantragen.

zu a)
Die Entwurfsplanungen sollen bis Ende Februar 2020 vorliegen.
zu b)
Mit der Antragstellung wurde noch nicht begonnen.

Mit freundlichen Grüßen
Beate Lind
Fachdienstleiterin

Anlagen
1 Prioritätenliste Schulhöfe
2 Kostenschätzung (nichtöffentlich) - wird den Fraktionen gesondert übermittelt
""")
    assert [m.number for m in record.mandates] == ["1", "2a", "2b"]
    assert record.mandates[1].response == "Die Entwurfsplanungen sollen bis Ende Februar 2020 vorliegen."
    assert record.mandates[2].status == "not_started"
    assert record.confidential is False          # the annex is marked, not the letter


def test_typed_boxes_a_point_titled_only_and_a_copy_list_under_the_signature(tmp_path):
    record = read(tmp_path, """Verbandsgemeindeverwaltung Auental
Fachbereich 1 – Zentrale Dienste

Vorlage Nr.: VG/2024/0041
Datum: 02.04.2024

[ ] öffentlich   [X] nichtöffentlich

Sachstand Beschlussumsetzung – Vorlage VG/2023/0173
Feuerwehrbedarfsplan und Ersatzbeschaffung

Der Verbandsgemeinderat hat am 09.11.2023 folgenden Beschluss gefasst:

1. Der Bedarfsplan ist alle fünf Jahre zu überprüfen.

2. Ersatzbeschaffung

    Für die Einheit Nord wird ein Löschfahrzeug beschafft.

Sachstand:

Zu 1.: Wird beachtet.

Zu 2.: Die Ausschreibung konnte noch nicht eingeleitet werden.

Mit freundlichen Grüßen

Klaus Henne
Bürgermeister


nachrichtlich: Wehrleitung der Verbandsgemeinde
""")
    assert record.confidential is True
    assert record.mandates[1].quote == "Für die Einheit Nord wird ein Löschfahrzeug beschafft."
    assert record.sender.role == "Bürgermeister"


def test_answers_spanning_dotted_points_and_a_city_beside_a_column(tmp_path):
    record = read(tmp_path, """Hanse- und Universitätsstadt
Auenhafen                                        öffentlich
Der Oberbürgermeister

Informationsvorlage 2024/IV/0671
Datum: 06.05.2024
Betreff: Sachstand zum Beschluss 2023/BV/4410 – Verpachtung einer Kleingartenanlage

Die Bürgerschaft hat am 08.11.2023 beschlossen:
1. Die Stadt verpachtet die Kleingartenanlage an den Verband der Gartenfreunde.
1.1 Der Pachtvertrag ist auf eine Laufzeit von 30 Jahren abzuschließen.

1.2 Der Pachtzins richtet sich nach dem Bundeskleingartengesetz.

2. Der Oberbürgermeister wird beauftragt, eine Altlastenuntersuchung durchführen zu lassen.

Sachstand zu 1. bis 1.2:

Der Generalpachtvertrag wurde am 15.02.2024 unterzeichnet.

Sachstand zu 2.:

Die Untersuchung wurde im April 2024 beauftragt.

gez. Dr. Henrik Strelow
Senator für Bau
""")
    assert record.city == "Hanse- und Universitätsstadt Auenhafen"
    assert [m.number for m in record.mandates] == ["1", "1.1", "1.2", "2"]
    assert {m.response for m in record.mandates[:3]} == {"Der Generalpachtvertrag wurde am 15.02.2024 unterzeichnet."}
    assert record.mandates[3].response == "Die Untersuchung wurde im April 2024 beauftragt."


def test_identifiers_with_the_assemblys_term_and_a_marking_in_capitals_opening_a_header():
    assert [f[0] for f in find_resolutions("Sachstand zur Umsetzung der Beschlüsse 1487 (V) BDs und 1522 (V) BDs")] \
        == ["1487 (V) BDs", "1522 (V) BDs"]
    assert [f[0] for f in find_resolutions("Bericht über die Ausführung des Beschlusses SÜD/BV/031/2024")] == ["SÜD/BV/031/2024"]
    # OCR lost the dash of "NICHTÖFFENTLICH – Vorlage für die nichtöffentliche Sitzung …": still the marking
    assert is_marking("NICHTÖFFENTLICH Vorlage für die nichtöffentliche Sitzung des Kreisausschusses")
    assert not is_marking("Der Ausschuss hat den Bericht in nichtöffentlicher Sitzung beraten und zur Kenntnis genommen.")


def test_a_shared_answer_dates_each_point_by_its_own_sentences_and_the_shared_ones():
    from pipeline.status import sentences_dated_for
    quotes = ["In jedem Stadtteil ist ein Trinkbrunnen zu errichten.", "Die Wartung ist vertraglich zu regeln."]
    answer = ("Bisher wurden neun Trinkbrunnen errichtet. Der Wartungsvertrag wird bis Ende 2025 geschlossen. "
              "Die Arbeiten sollen bis zum 8. Juli 2026 abgeschlossen sein.")
    first = sentences_dated_for(answer, quotes[0], quotes[1:])
    second = sentences_dated_for(answer, quotes[1], quotes[:1])
    assert "Der Wartungsvertrag wird bis Ende 2025 geschlossen." not in first     # the other point's date
    assert "Der Wartungsvertrag wird bis Ende 2025 geschlossen." in second
    assert all("8. Juli 2026" in " ".join(part) for part in (first, second))      # the shared work's date: both
