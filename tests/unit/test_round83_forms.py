"""Mechanisms for forms the reader met in blind round 83 (each letter or line written here, not taken from a corpus):
a letter without a salutation whose first sentence brings in the quote in lower case; an answer that opens by saying
it answers ("Hierzu teilen wir mit: …"); a final answer announced with a date; two resolutions' headings that differ
only in their digits; the sender's unit beside the addressee in a bar-separated row; a date's ordinal after its label."""
from __future__ import annotations

from pipeline.mandates import running_lines
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file

_NO_SALUTATION = """Markt Musterberg
Geschäftsleitung
Datum: 05.03.2026
An den Marktgemeinderat
Beschlussverfolgung
Beschluss MGR-2025-41
Ladesäulen am Rathausplatz
mit dem oben genannten Beschluss wurde die Verwaltung beauftragt: „Am Rathausplatz sind
zwei öffentliche Ladesäulen zu errichten.“
Hierzu teilen wir mit: Der Vertrag mit dem Energieversorger ist geschlossen; der Netzanschluss
wird bis 30.04.2026 hergestellt.
Eine abschließende Beantwortung erfolgt voraussichtlich im Juli 2026.
Mit freundlichen Grüßen
Josef Muster
Erster Bürgermeister
"""


def test_a_lead_in_begun_in_lower_case_without_a_salutation(tmp_path):
    record = read(tmp_path, _NO_SALUTATION)
    assert record.subject == "Ladesäulen am Rathausplatz"
    assert [m.quote for m in record.mandates] == ["Am Rathausplatz sind zwei öffentliche Ladesäulen zu errichten."]
    # the answer without the words saying that it answers, and without the announcement after it
    assert record.mandates[0].response == ("Der Vertrag mit dem Energieversorger ist geschlossen; der Netzanschluss wird "
                                           "bis 30.04.2026 hergestellt.")
    assert record.next_review == "2026-07"


def test_headings_of_two_resolutions_differing_in_their_digits_are_no_running_header():
    lines = ["Beschluss BV/0077/2025", "1. „Zehn Bänke sind aufzustellen.“", "Stellungnahme: Sechs stehen.",
             "Beschluss BV/0081/2025", "1. „Die Abfallbehälter sind zu verdoppeln.“", "Stellungnahme: Nicht umsetzbar."]
    assert running_lines(lines) == set()
    header = ["Stadt Muster · Beschlusskontrolle BV/0077/2025 · Seite 1", "1. „Zehn Bänke sind aufzustellen.“",
              "Stadt Muster · Beschlusskontrolle BV/0077/2025 · Seite 2", "Stellungnahme: Sechs stehen."]
    assert running_lines(header) == {"Stadt Muster · Beschlusskontrolle BV/#/# · Seite #"}


_BAR_ROW = """Landeshauptstadt Musterstadt
Hausmitteilung

Geschäftsbereich Ordnung und Sicherheit | Mitglieder des Ausschusses für Ordnung
GZ: (GB 2) 32.10 | 15.07.2024
Beschlusskontrolle Vorlage V2701/23 – AOS/031/2023

Sicherheit am Bahnhofsplatz

Der Ausschuss hat am 21. November 2023 beschlossen:

1. Die Beleuchtung am Bahnhofsplatz ist zu verbessern.
Sachstand: Die Leuchten werden ersetzt.
Status: in Arbeit
Termin: 2. Hj./2024

2. Der Platz ist zweimal wöchentlich zu reinigen.
Sachstand: Die Reinigung erfolgt seit Januar zweimal wöchentlich.

Mit freundlichen Grüßen
Max Muster
Bürgermeister
"""


def test_the_senders_unit_beside_the_addressee_and_a_dates_ordinal_after_its_label(tmp_path):
    record = read(tmp_path, _BAR_ROW)
    assert record.department == "Geschäftsbereich Ordnung und Sicherheit"
    # "Termin: 2. Hj./2024" is the first point's date, no second point
    assert [(m.number, m.quote[:20]) for m in record.mandates] == [("1", "Die Beleuchtung am B"), ("2", "Der Platz ist zweima")]
