"""Mechanisms for forms the reader met in blind round 72 (each letter or line written here, not taken from a
corpus): a point's number in brackets after its quote in running text; answer headings run into one paragraph
("Ergebnis: Zu 1: … Zu" / "2: …"); a place named after a preposition ("Amt Am Peenestrom"); a body's and a
municipality's letters before a resolution's number; "Mit dieser Mitteilung ist die Berichterstattung … abgeschlossen." ends the answers."""
from __future__ import annotations

from pipeline.header import CITY
from pipeline.lexicon import CLOSING_STATEMENT
from pipeline.references import find_resolutions
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


_CITED_IN_PROSE = """Stadt Musterstadt
Der Oberbürgermeister

Musterstadt, 21.10.2022

Information zur Umsetzung des Ratsbeschlusses VII-A-01234
Sicherheit an Badeseen
Sehr geehrte Damen und Herren,
mit dem oben genannten Antrag hat die Ratsversammlung den Oberbürgermeister
beauftragt, „Der Oberbürgermeister wird beauftragt, am Stadtsee in der Saison 2022
zusätzliche Rettungsschwimmer einzusetzen.“ (Beschlusspunkt 1) In der Saison 2022
waren zwei zusätzliche Rettungsschwimmer im Einsatz. Sie waren an allen Wochenenden da.
Weiter heißt es in Beschlusspunkt 2: „Es ist zu prüfen, ob am Stadtsee ein zweiter
Wachturm errichtet werden kann.“ Die Prüfung dauert an.
Über das Ergebnis werde ich die Ratsversammlung im März 2023 erneut informieren.
Mit freundlichen Grüßen

Erika Muster
Bürgermeisterin
"""


def test_a_points_number_in_brackets_after_its_quote_names_it(tmp_path):
    record = read(tmp_path, _CITED_IN_PROSE)
    assert [m.number for m in record.mandates] == ["1", "2"]
    assert record.mandates[0].quote.startswith("Der Oberbürgermeister wird beauftragt, am Stadtsee")
    assert record.mandates[0].response == "In der Saison 2022 waren zwei zusätzliche Rettungsschwimmer im Einsatz. Sie waren an allen Wochenenden da."
    assert record.mandates[1].response == "Die Prüfung dauert an."


_HEADS_IN_ONE_PARAGRAPH = """Amt Am Musterstrom
Der Amtsvorsteher

Gemeindevertretung der Gemeinde Musterdorf

Musterdorf, 14.06.2024

Mitteilung zum Beschluss Nr. GV Md 12/2023 (Sitzung vom 05.10.2023)
Badestelle am See

Die Gemeindevertretung hat beschlossen:

      1. Der Amtsvorsteher wird beauftragt, eine barrierefreie Zuwegung herzustellen.

      2. Eine öffentliche Toilette ist an der Badestelle aufzustellen.

Ergebnis: Zu 1: Die Zuwegung ist hergestellt und wurde am 24.05.2024 freigegeben. Zu
2: Die Toilette konnte nicht aufgestellt werden, weil der Anschluss fehlt.


Amtsvorsteher
Klaus Muster
"""


def test_answer_headings_run_into_one_paragraph_and_a_resolution_numbered_with_two_bodies_letters(tmp_path):
    record = read(tmp_path, _HEADS_IN_ONE_PARAGRAPH)
    assert record.city == "Amt Am Musterstrom" and record.resolution == "GV Md 12/2023"
    assert [m.response for m in record.mandates] == ["Die Zuwegung ist hergestellt und wurde am 24.05.2024 freigegeben.",
                                                     "Die Toilette konnte nicht aufgestellt werden, weil der Anschluss fehlt."]


def test_place_names_after_a_preposition_and_identifiers_with_two_letter_groups():
    assert CITY.match("Amt Am Peenestrom").group(0) == "Amt Am Peenestrom"
    assert CITY.match("Stadt Offenbach am Main").group(0) == "Stadt Offenbach am Main"
    assert find_resolutions("Mitteilung zum Beschluss Nr. GV Ze 12/2023 (Sitzung vom 05.10.2023)")[0][0] == "GV Ze 12/2023"
    assert find_resolutions("Beschluss Nr. BV 12/2023")[0][0] == "BV 12/2023"


def test_the_reporting_closed_by_this_letter_ends_the_answers():
    assert CLOSING_STATEMENT.match("Mit dieser Mitteilung ist die Berichterstattung bis auf Punkt 2a abgeschlossen.")
    assert not CLOSING_STATEMENT.match("Mit dieser Maßnahme ist die Straße sicherer.")
