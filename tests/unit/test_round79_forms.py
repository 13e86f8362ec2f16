"""Mechanisms for forms the reader met in blind round 79 (each letter written here, not taken from a corpus): a reference
naming the deciding body by two words ("Beschluss der Bezirksvertretung Ehrenfeld vom …") over a long preface, the
sentence saying what was resolved too far down to count as the lead-in; lettered points, each opening its quote, right
under the title."""
from __future__ import annotations

from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


def test_a_decision_named_by_a_body_of_two_words_makes_a_letter(tmp_path):
    record = read(tmp_path, """Stadt Beispielstadt
Die Oberbürgermeisterin
Bezirksamt Nord

An die Bezirksvertretung Nord

Vorlagen-Nr.: 0001/2026
Datum: 22.04.2026

Mitteilung
Beschluss der Bezirksvertretung Nord vom 12.02.2026, AN/0001/2026
Spielplatz am Markt – Erneuerung der Geräte
Vorbemerkung
Der Spielplatz gehört zu den größeren Spielflächen im Stadtbezirk. Bei der Untersuchung im
Januar 2026 waren drei Geräte gesperrt worden. Eine Reparatur war nicht wirtschaftlich.
Die Ersatzbeschaffung wurde über den Rahmenvertrag abgewickelt. Die Lieferzeiten für
Klettergerüste haben sich verlängert; der Hersteller hat die Lieferung zugesagt.
Für die Bäume wurden Standorte gewählt, an denen keine Leitungen im Boden liegen.
Vorgesehen sind Feldahorn und Hainbuche, die auch bei Trockenheit gut wachsen.
Während der Bauarbeiten bleibt der Spielplatz teilweise geöffnet. Die Baustellen
werden abgegrenzt; die Schaukeln stehen weiter zur Verfügung.
Die Kosten belaufen sich auf rund 58.000 Euro und werden aus dem Budget getragen.
Für die Bäume sind weitere 14.000 Euro im Haushalt des Grünflächenamtes eingeplant.
Die Abstimmung mit dem Kinderbüro ist erfolgt. Es wird in die Planung weiterer
Spielflächen frühzeitig eingebunden.
Zu den Beschlusspunkten
Die Bezirksvertretung hat den folgenden Beschluss gefasst.
3.1 „Die Verwaltung wird gebeten, die gesperrten Geräte zu ersetzen.“
Stellungnahme der Verwaltung: Zwei Geräte wurden im März 2026 ersetzt.
3.2 „Für die Fläche ist eine Beschattung vorzusehen.“
Stellungnahme der Verwaltung: Mit der Pflanzung wurde noch nicht begonnen.

i. V.
Ralf Beispiel
stellv. Bezirksamtsleiter
""")
    assert record.kind == "beschlusskontrolle"
    assert record.resolution == "AN/0001/2026"
    assert [m.number for m in record.mandates] == ["3.1", "3.2"]


def test_lettered_points_opening_their_quotes_right_under_the_title(tmp_path):
    record = read(tmp_path, """LANDESHAUPTSTADT DRESDEN
Ortschaft Beispieldorf – Ortsvorsteher

Beispieldorf, 15. August 2026

Sachstandsbericht
Beschluss V-Wx00001/26 vom 27.04.2026 – Sitzung OR Wx/001/2026
Sanierung der Friedhofsmauer
a) „Die Ortsverwaltung wird beauftragt, die Sanierung in den Haushalt aufzunehmen."
Antwort: Die Maßnahme ist im Entwurf des Haushaltes enthalten.
b) „Der Ortschaftsrat ist halbjährlich zu unterrichten."
Antwort: Wird beachtet.

gez. Tom Beispiel
Ortsvorsteher
""")
    assert record.subject == "Sanierung der Friedhofsmauer"
    assert [m.number for m in record.mandates] == ["a", "b"]
