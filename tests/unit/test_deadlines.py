import pytest

from pipeline.deadlines import find_deadlines


@pytest.mark.parametrize("response, expected", [
    pytest.param("Die Strategie wird bis Juli 2022 erarbeitet.", ["2022-07"], id="bis-month"),
    pytest.param("Die Ressourcen werden bis Mitte November 2021 definiert.", ["2021-11"], id="bis-mitte"),
    pytest.param("Der Abschluss ist bis zum 30.06.2023 vorgesehen.", ["2023-06-30"], id="bis-zum-day"),
    pytest.param("Die Fertigstellung ist bis zum 15. Juni 2022 geplant.", ["2022-06-15"], id="worded-day"),
    pytest.param("Der Abschluss ist bis Ende 2024 vorgesehen.", ["2024"], id="bis-ende-year"),
    pytest.param("Die Umsetzung erfolgt im II. Quartal 2015.", ["2015-06"], id="roman-quarter"),
    pytest.param("Die Erprobung ist für das 4. Quartal 2022 geplant.", ["2022-12"], id="quarter"),
    pytest.param("Eine Information kann voraussichtlich im 2. Halbjahr 2013 erfolgen.", ["2013-12"], id="half-year"),
    pytest.param("Die Arbeiten sollen bis August 2001 abgeschlossen sein.", ["2001-08"], id="sollen-bis"),
    pytest.param("Der Auftrag soll bis Mai 2023 und der Rest bis Ende 2023 erledigt sein.", ["2023-05", "2023"], id="two"),
    pytest.param("Die Nachpflanzung wurde am 20.02.2022 abgeschlossen.", [], id="past-event"),
    pytest.param("Die Liste wurde im Dezember 2021 vorgestellt.", [], id="past-month"),
    pytest.param("Die Vergabe erfolgt ab Januar 2023.", [], id="start-date"),
    pytest.param("Seit dem 1. November 2018 sind drei Cafés geöffnet.", [], id="since"),
    pytest.param("Die Anpassung soll voraussichtlich im II. Halbjahr 2025 erfolgen.", ["2025-12"], id="roman-half-year"),
    pytest.param("Der Rat soll den Entwurf in seiner Sitzung am 12.12.2024 beschließen.", ["2024-12-12"], id="session-date"),
    pytest.param("Die Ergebnisse werden frühestens im Frühjahr 2024 vorliegen.", [], id="lower-bound"),
    pytest.param("Mit einer Veröffentlichung ist nicht vor dem III. Quartal 2024 zu rechnen.", [], id="not-before"),
    pytest.param("Der Pachtvertrag mit dem Verband läuft bis 2031.", [], id="contract-term"),
    pytest.param("Die Umrüstung wurde abgeschlossen. Die Gewährleistungsfrist läuft bis 08.11.2029.", [], id="warranty-term"),
    pytest.param("Bis Ende 2023 wurden 18 Wartehallen begrünt.", [], id="achieved-by"),
    pytest.param("Die Ausschreibung erfolgte im Januar 2025; die Ausbaugewerke folgen im 2. Halbjahr 2025.",
                 ["2025-12"], id="tense-of-the-clause"),
    pytest.param("Sie soll im Herbst beginnen und bis zum 2. Quartal 2026 vorliegen.", ["2026-06"], id="bis-quarter"),
    pytest.param("Der Baubeginn ist für den 1. März 2024 vorgesehen.", [], id="start-compound"),
    pytest.param("Der Antrag soll spätestens am 30.04.2024 eingereicht werden.", ["2024-04-30"], id="spaetestens-am"),
    pytest.param("Die Sanierung konnte wegen Lieferverzögerungen nicht bis zum Sommer 2023 abgeschlossen werden. "
                 "Neuer Fertigstellungstermin ist das III. Quartal 2024.", ["2024-09"], id="missed-target-and-the-new-one"),
    pytest.param("Ein Entwurf soll bis zum 15.10.2024 vorliegen; die Frist zum 30.09.2024 wird damit nicht gehalten.",
                 ["2024-10-15"], id="a-target-not-kept"),
    pytest.param("RÜB 7 ist im Bau; die Inbetriebnahme ist für das IIl. Quartal 2025 vorgesehen.", ["2025-09"],
                 id="ocr-roman-quarter-no-sentence-end"),
])
def test_deadlines(response, expected):
    assert find_deadlines(response, not_before="2000-01") == expected


def test_dates_before_the_letter_are_not_deadlines():
    assert find_deadlines("Die Prüfung sollte bis März 2020 erfolgen.", not_before="2021-05-12") == []
