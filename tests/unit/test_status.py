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
    pytest.param("Ein Förderantrag wird daher nicht gestellt.", "rejected", id="decided-against-for-a-reason"),
    pytest.param("Ein Förderantrag wird derzeit nicht gestellt.", "not_started", id="put-off-for-now"),
    pytest.param("Die Suche läuft. Der Standort A ist nicht genehmigungsfähig.", "in_progress", id="one-aspect-rejected"),
    pytest.param("Hierzu wird auf die gesonderte Information verwiesen.", "unknown", id="no-cue"),
    pytest.param("Eine Aussage zum aktuellen Stand ist derzeit nicht möglich.", "unknown", id="statement-not-possible"),
    pytest.param("", "unknown", id="empty"),
    # a draft is work in hand; a stage named after it is no draft
    pytest.param("Das Konzept liegt im Entwurf vor.", "in_progress", id="a-draft-lies-before-us"),
    pytest.param("Der Vorentwurf der Satzung wurde erstellt.", "in_progress", id="a-draft-was-made"),
    pytest.param("Die Entwurfsplanung wurde vergeben; die Vorplanung ist damit umgesetzt.", "done", id="a-stage-named-draft"),
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


@pytest.mark.parametrize("response, expected", [
    pytest.param("Die Maßnahme ist nicht vorgesehen.", "rejected", id="negated-plan"),
    pytest.param("Die Maßnahme ist derzeit nicht vorgesehen.", "not_started", id="negated-plan-for-now"),
    pytest.param("Eine Erweiterung ist noch nicht geplant.", "not_started", id="negated-plan-not-yet"),
    pytest.param("Die Planung wurde noch nicht abgeschlossen.", "in_progress", id="negated-completion"),
    pytest.param("Eine Umsetzung ist bisher nicht erfolgt.", "not_started", id="negated-done"),
    pytest.param("Der Umbau konnte nicht umgesetzt werden.", "rejected", id="could-not"),
    pytest.param("Die Stelle ist nicht besetzt worden.", "not_started", id="negated-prefix-participle"),
    pytest.param("Der Bericht liegt dem Ausschuss seit Juni vor.", "done", id="separable-verb-far"),
    pytest.param("Die Abstimmung mit dem Land dauert an.", "in_progress", id="separable-dauert-an"),
    pytest.param("Der Beschluss wurde erfüilt.", "done", id="ocr-damaged-cue"),
    pytest.param("Die Verhandlungen sind entsprechend dem Beschluss noch nicht abge schlossen.", "in_progress",
                 id="split-word-and-participle-adjective"),
    pytest.param("Die Arbeiten sind abgeschlossen, eine Förderung ist nicht vorgesehen.", "rejected",
                 id="negation-stays-in-its-clause"),
    # function words OCR split or misread keep their scope
    pytest.param("Die Stadt ist nicht befugt, dort Anlagen aufzustellen. Der Beschlusspunkt ist ni cht umsetzbar.", "rejected",
                 id="negation-split-by-ocr"),
    pytest.param("Die Vorstellung ist nach Fertigstellung des Konzeptes vorgesehen und hat noch nlcht stattgefunden.", "not_started",
                 id="negation-with-l-for-i"),
    # a target not reached is work still going on; one reached is done
    pytest.param("Zwei Schulhöfe wurden entsiegelt. Das Ziel von fünf Schulhöfen wird 2022 nicht erreicht.", "in_progress",
                 id="target-not-reached"),
    pytest.param("Das Ziel wurde erreicht.", "done", id="target-reached"),
])
def test_negation_scope_and_tolerant_cues(response, expected):
    assert response_status(response) == expected


@pytest.mark.parametrize("response, expected", [
    pytest.param("Die Berichterstattung erfolgt mit der vorliegenden Beschlusskontrolle.", "done", id="the-letter-reports"),
    pytest.param("Die Reinigung erfolgt seit dem 1. September 2022 durch den Betriebshof.", "done", id="service-since"),
    pytest.param("Das Angebot ist am 10. Dezember 2023 in Betrieb gegangen.", "done", id="in-betrieb"),
    pytest.param("Die Prüfung ist noch nicht abgeschlossen. Mit der Umsetzung wurde daher noch nicht begonnen.",
                 "not_started", id="unfinished-precondition-not-begun"),
    pytest.param("Eine Antragstellung ist derzeit nicht möglich.", "not_started", id="impossible-for-now"),
    pytest.param("Ohne Förderung ist eine Umsetzung nicht finanzierbar.", "not_started", id="impossible-without"),
    pytest.param("Der Verkehrsvertrag läuft vom 10.12.2023 bis zum 09.12.2028.", "unknown", id="a-term-is-no-work"),
])
def test_reports_services_terms_and_put_off_points(response, expected):
    assert response_status(response) == expected


def test_see_a_lettered_point_or_an_answer():
    assert see_point("Siehe a).") == "a"
    assert see_point("Siehe Antwort zu Punkt 2.") == "2"
    assert see_point("Siehe Ausführungen zu Ziffer 1.") == "1"


@pytest.mark.parametrize("response, expected", [
    pytest.param("Mit diesem Sachstandsbericht wird die Berichtspflicht für das Jahr 2024 erfüllt.", "done", id="report-fulfils"),
    pytest.param("Der Kältebus ist seit dem 1. November 2023 in Betrieb.", "done", id="in-operation"),
    pytest.param("Eine Beleuchtung wird aus naturschutzrechtlichen Gründen nicht umgesetzt.", "rejected", id="not-for-a-reason"),
    pytest.param("Die Anlage wird aus Kostengründen nicht weiterverfolgt. Stattdessen wird eine Ampel eingerichtet.",
                 "in_progress", id="refused-but-instead"),
])
def test_reports_operation_reasons_and_alternatives(response, expected):
    assert response_status(response) == expected


def test_the_year_of_a_reporting_duty_is_no_deadline():
    from pipeline.deadlines import find_deadlines
    assert find_deadlines("Mit diesem Bericht wird der Berichtspflicht für das Jahr 2030 nachgekommen.") == []
    assert find_deadlines("Die Ausschreibung ist für 2030 vorgesehen.") == ["2030"]


def test_a_letter_fulfilling_a_duty_to_report_speaks_only_for_the_point_that_asks_for_it():
    from pipeline.status import answer_for_point
    answer = "Zwei von vier Einrichtungen sind geöffnet. Mit diesem Zwischenbericht wird der Berichtspflicht entsprochen."
    assert answer_for_point(answer, "Die Öffnungszeiten sind zu erweitern.") == "Zwei von vier Einrichtungen sind geöffnet."
    assert answer_for_point(answer, "Der Bezirksverordnetenversammlung ist bis 30.06.2024 zu berichten.") == answer


@pytest.mark.parametrize("response, expected", [
    # a negated fact that is no deed the point asks for says nothing of its progress
    pytest.param("Die Nebenkosten sind vollständig beglichen; eine Überschreitung des Ansatzes ist nicht eingetreten.", "done",
                 id="negated-fact-no-verdict"),
    # clauses joined by ";" each give a verdict: begun, the rest outstanding
    pytest.param("Die Gespräche wurden aufgenommen; eine Einigung steht noch aus.", "in_progress", id="semicolon-clauses"),
    pytest.param("Der Bericht wurde noch nicht vorgelegt.", "not_started", id="negated-deed-still-counts"),
    pytest.param("Ein Baubeginn im Sommer ist nicht realistisch.", "rejected", id="not-realistic"),
    pytest.param("Ein Baubeginn ist nach derzeitigem Stand nicht realistisch.", "not_started", id="not-realistic-for-now"),
])
def test_negation_scope_and_clauses(response, expected):
    assert response_status(response) == expected


def test_a_reference_to_a_dotted_point():
    assert see_point("Siehe Ausführungen zu Punkt 3.1.") == "3.1"
    assert see_point("siehe Ziffer 2a.") == "2a"


@pytest.mark.parametrize("cell, expected", [("wird laufend umgesetzt", "in_progress"), ("fortlaufend", "in_progress"),
                                            ("umgesetzt", "done")])
def test_a_status_cell_saying_the_work_goes_on(cell, expected):
    from pipeline.letter import _status_cell
    assert _status_cell(cell) == expected


def test_an_answer_shared_by_two_points_speaks_for_each_in_the_sentences_about_its_words():
    from pipeline.status import answer_for_point
    answer = ("Die Punkte werden gemeinsam bearbeitet. Die Stellplätze am Hafen wurden im März reduziert. "
              "Die Wiese am Gerberbruch gehört dem Land. Eine Grünanlage ist dort nicht umsetzbar.")
    first, second = "die Stellplätze am Hafen zu reduzieren", "die Wiese am Gerberbruch als Grünanlage zu gestalten"
    assert answer_for_point(answer, first, [second]) == \
        "Die Punkte werden gemeinsam bearbeitet. Die Stellplätze am Hafen wurden im März reduziert."
    assert answer_for_point(answer, second, [first]) == \
        "Die Punkte werden gemeinsam bearbeitet. Die Wiese am Gerberbruch gehört dem Land. Eine Grünanlage ist dort nicht umsetzbar."
    assert response_status(answer_for_point(answer, first, [second])) == "done"
    assert response_status(answer_for_point(answer, second, [first])) == "rejected"
    # an answer that never tells the points apart stays whole for each
    assert answer_for_point("Beides ist erledigt.", first, [second]) == "Beides ist erledigt."
