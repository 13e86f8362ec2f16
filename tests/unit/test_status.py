import pytest

from models import overall_status
from pipeline.status import response_status, see_point


@pytest.mark.parametrize("response, expected", [
    pytest.param("Der Antrag wurde fristgerecht erstellt.", "done", id="past-passive"),
    pytest.param("Die Maßnahme ist umgesetzt worden.", "done", id="perfect-passive"),
    pytest.param("Die Umsetzung erfolgte im Mai.", "done", id="noun-and-erfolgen"),
    pytest.param("Der Beschlusspunkt ist damit erledigt.", "done", id="erledigt"),
    pytest.param("Der Beschlusspunkt wird erfüllt.", "done", id="standing-obligation-met"),
    pytest.param("Dieser Beschlusspunkt wird beachtet.", "done", id="beachtet"),
    pytest.param("Der Beschlusspunkt wird laufend umgesetzt.", "in_progress", id="laufend"),
    pytest.param("Die Beantragung befindet sich in Bearbeitung.", "in_progress", id="in-bearbeitung"),
    pytest.param("Mit der Umsetzung wurde begonnen.", "in_progress", id="begonnen"),
    pytest.param("Das Konzept wird derzeit erarbeitet.", "in_progress", id="wird-erarbeitet"),
    pytest.param("Die Fertigstellung ist bis April 2022 geplant.", "in_progress", id="planned-with-date"),
    pytest.param("Mit der Umsetzung wurde noch nicht begonnen.", "not_started", id="noch-nicht-begonnen"),
    pytest.param("Die Bearbeitung konnte noch nicht aufgenommen werden.", "not_started", id="nicht-aufgenommen"),
    pytest.param("Die Umsetzung steht noch aus.", "not_started", id="steht-aus"),
    pytest.param("Die Berücksichtigung erfolgt in der nächsten Fortschreibung.", "not_started", id="deferred"),
    pytest.param("Der Beschlusspunkt kann nicht umgesetzt werden, da Mittel fehlen.", "rejected", id="nicht-umsetzbar"),
    pytest.param("Eine Umsetzung ist rechtlich nicht zulässig.", "rejected", id="unzulaessig"),
    pytest.param("Die Zweckbindung wird nicht weiterverfolgt.", "rejected", id="nicht-weiterverfolgt"),
    pytest.param("Der Antrag wurde abgelehnt.", "rejected", id="abgelehnt"),
    pytest.param("Die Suche läuft. Der Standort A ist nicht genehmigungsfähig.", "in_progress", id="one-aspect-rejected"),
    pytest.param("Hierzu wird auf die gesonderte Information verwiesen.", "unknown", id="no-cue"),
    pytest.param("Eine Aussage zum aktuellen Stand ist derzeit nicht möglich.", "unknown", id="statement-not-possible"),
    pytest.param("", "unknown", id="empty"),
])
def test_response_status(response, expected):
    assert response_status(response) == expected


def test_a_future_deadline_turns_done_into_in_progress():
    assert response_status("Die Vergabe wird bis Mai 2023 erfolgen.", has_future_deadline=True) == "in_progress"


@pytest.mark.parametrize("text, expected", [("Siehe Punkt 4.", "4"), ("siehe Beschlusspunkt 2a", "2a"), ("Punkt 4 folgt", None)])
def test_see_point(text, expected):
    assert see_point(text) == expected


@pytest.mark.parametrize("statuses, expected", [
    ([], "unknown"),
    (["unknown", "unknown"], "unknown"),
    (["rejected", "rejected"], "rejected"),
    (["done", "rejected"], "done"),
    (["done", "done", "unknown"], "done"),
    (["not_started", "not_started"], "not_started"),
    (["not_started", "done"], "in_progress"),
    (["in_progress", "done"], "in_progress"),
    (["rejected", "not_started"], "in_progress"),
])
def test_overall_status(statuses, expected):
    assert overall_status(statuses) == expected
