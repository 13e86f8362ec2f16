"""Point numbers OCR misread or lost, recovered from what the rest of the letter proves: the
answers' headings, a run of clauses, two quoted points of one form, an order the body opens with."""
from pipeline.answers import clean_quote, clean_response
from pipeline.mandates import read_points


def points(body: str, resolution="B-17/2023"):
    found = read_points(body.strip("\n").split("\n"), resolution, [resolution])
    return [(p.number, clean_quote(p.quote), clean_response(p.response)) for p in found]


def test_answers_headed_by_number_count_the_points_whose_numbers_ocr_lost():
    body = """Der Gemeinderat hat beschlossen:
T: Der Bürgermeister wird beauftragt, den Schulhof am Anger zu entsiegeln.
2; Die Eltern sind an der Gestaltung zu beteiligen.
Die Kosten sind aus der Schulpauschale zu tragen.
Zu Ziffer 1 und 2:
Die Entsiegelung ist beauftragt; die Elternversammlung fand im Mai statt.
Zu Ziffer 3:
Die Finanzierung ist gesichert."""
    assert [(n, q) for n, q, _ in points(body)] == [
        ("1", "Der Bürgermeister wird beauftragt, den Schulhof am Anger zu entsiegeln."),
        ("2", "Die Eltern sind an der Gestaltung zu beteiligen."),
        ("3", "Die Kosten sind aus der Schulpauschale zu tragen.")]
    assert points(body)[2][2] == "Die Finanzierung ist gesichert."


def test_points_headed_by_a_label_are_not_renumbered_from_the_answers():
    body = """Der Ausschuss hat beschlossen:
Beschlusspunkt 1: „Am Bahnhof werden zehn Bügel aufgestellt.“
Beschlusspunkt 2: „Die Bügel werden überdacht.“
Zu Beschlusspunkt 1:
Die Bügel stehen.
Zu Beschlusspunkt 2:
Das Dach ist bestellt."""
    assert [(n, q) for n, q, _ in points(body)] == [
        ("1", "Am Bahnhof werden zehn Bügel aufgestellt."), ("2", "Die Bügel werden überdacht.")]


def test_more_sentences_than_answered_points_leave_the_numbers_alone():
    from pipeline.numbering import _numbers_from_answers
    lines = """Der Gemeinderat hat beschlossen:
Der Bürgermeister wird beauftragt, den Schulhof zu entsiegeln. Er soll begrünt werden.
Die Eltern sind zu beteiligen.
Die Kosten sind aus der Schulpauschale zu tragen.
Zu Ziffer 1:
Beauftragt.
Zu Ziffer 2:
Erledigt.""".split("\n")
    assert _numbers_from_answers(lines) == lines


def test_clauses_numbered_with_colons_are_points():
    body = """Die Bezirksversammlung hat folgenden Beschluss gefasst:
Das Bezirksamt wird gebeten,
1: den Bolzplatz am Deich zu sanieren,
2: zu prüfen, ob dort ein Trinkbrunnen möglich ist, und
3: dafür Sondermittel zu beantragen.
Das Bezirksamt nimmt hierzu wie folgt Stellung:
Zu 1.: Die Sanierung beginnt im Juli.
Zu 2. und 3.: Ein Trinkbrunnen ist nicht möglich."""
    assert [n for n, _, _ in points(body)] == ["1", "2", "3"]
    assert points(body)[1][1] == "zu prüfen, ob dort ein Trinkbrunnen möglich ist, und"


def test_two_quoted_points_of_one_form_prove_the_misread_first_number():
    body = """Sachstand zum Beschluss:
2; „Der Oberbürgermeister wird beauftragt, ein Konzept für Frühschwimmen vorzulegen.“
Das Konzept wird derzeit abgestimmt.
2; „Vereine dürfen dadurch nicht eingeschränkt werden.“
Dies wird berücksichtigt."""
    assert [(n, r) for n, _, r in points(body)] == [("1", "Das Konzept wird derzeit abgestimmt."), ("2", "Dies wird berücksichtigt.")]


def test_an_order_opening_the_body_is_the_first_point_when_2_and_3_follow():
    body = """Die Verwaltung wird ermächtigt, über den Kauf des Grundstücks Flur 3 zu verhandeln.
Die Verhandlungen laufen.
2. Der Kaufpreis darf den Verkehrswert nicht überschreiten.
Wird beachtet.
3. Danach ist eine Planung zu beauftragen.
Steht noch aus."""
    assert [(n, r) for n, _, r in points(body)] == [("1", "Die Verhandlungen laufen."), ("2", "Wird beachtet."), ("3", "Steht noch aus.")]


def test_a_bare_heading_over_the_first_words_heads_a_point_worded_in_the_present():
    body = """Über den Stand der Umsetzung wird wie folgt berichtet:
Zu Beschlusspunkt 1
Die Gemeinde stellt an drei Schulen Trinkbrunnen auf.
Mit der Aufstellung wurde noch nicht begonnen.
Zu Beschlusspunkt 2
Die Brunnen werden an das Trinkwassernetz angeschlossen.
Der Anschluss steht noch aus."""
    assert points(body) == [
        ("1", "Die Gemeinde stellt an drei Schulen Trinkbrunnen auf.", "Mit der Aufstellung wurde noch nicht begonnen."),
        ("2", "Die Brunnen werden an das Trinkwassernetz angeschlossen.", "Der Anschluss steht noch aus.")]


def test_a_bare_heading_over_a_report_is_an_answer_not_a_point():
    body = """Über den Stand der Umsetzung wird wie folgt berichtet:
Zu Beschlusspunkt 1
Die Brunnen wurden im Mai aufgestellt.
Zu Beschlusspunkt 2
Der Anschluss ist erfolgt."""
    assert points(body) == []


def test_a_paragraph_with_the_order_in_its_second_sentence_is_the_only_point():
    body = """Der Marktgemeinderat beschließt:

Der Bauhof erhält ein Lastenrad. Die Verwaltung wird mit der Beschaffung über den Rahmenvertrag des Landkreises beauftragt.

Das Rad wurde im Mai übergeben. Der Beschluss ist damit vollzogen."""
    assert points(body) == [("1", "Der Bauhof erhält ein Lastenrad. Die Verwaltung wird mit der Beschaffung über den "
                                  "Rahmenvertrag des Landkreises beauftragt.",
                             "Das Rad wurde im Mai übergeben.")]


def test_points_restart_under_the_second_resolution_when_the_first_was_named_above_the_body():
    body = """1. Die Geschäftsführung wird beauftragt, die Sanierung auszuschreiben.
Die Ausschreibung ist erfolgt.
2. Die Sanierung ist bis Oktober abzuschließen.
Die Arbeiten laufen.
II. Beschluss ZV 11/2023 – Funkwasserzähler
1. Alle Anschlüsse werden bis 2027 mit Funkzählern ausgestattet.
Mit dem Einbau wurde noch nicht begonnen."""
    found = read_points(body.split("\n"), "ZV 07/2023", ["ZV 07/2023"])
    assert [(p.number, p.resolution) for p in found] == [
        ("1", "ZV 07/2023"), ("2", "ZV 07/2023"), ("1", "ZV 11/2023")]


def test_a_dated_announcement_of_the_next_report_ends_the_last_answer():
    lines = ["Dies wird bei der Planung berücksichtigt.",
             "Der Ausschuss wird im II. Quartal 2025 erneut informiert. Die Beratungen fanden im Aufsichtsrat statt."]
    assert clean_response(lines) == "Dies wird bei der Planung berücksichtigt."
    # a final report announced within the answer is the answer's own promise
    answer = ["Das ist ein Zwischenbericht.", "Der abschließende Bericht folgt im März 2024.", "Die Vereinbarung ist unterschrieben."]
    assert clean_response(answer) == " ".join(answer)


def test_a_point_whose_number_was_lost_before_a_typewriters_straight_quotes():
    body = """zu dem o. g. Beschluss teile ich den Stand mit:
1. "Die Bibliothek ist am bisherigen Standort zu erhalten."
Die Bibliothek bleibt geöffnet.
"Für die Sanierung sind Mittel im Haushalt 2008 einzuordnen."
Die Mittel konnten nicht eingeordnet werden.
3. "Die Öffnungszeiten sind zu erweitern."
Seit März ist donnerstags geöffnet."""
    assert [(n, q) for n, q, _ in points(body)] == [
        ("1", "Die Bibliothek ist am bisherigen Standort zu erhalten."),
        ("2", "Für die Sanierung sind Mittel im Haushalt 2008 einzuordnen."),
        ("3", "Die Öffnungszeiten sind zu erweitern.")]


def test_answers_count_the_points_under_a_title_and_an_introduction_broken_over_two_lines():
    body = """Abschließende Mitteilung zum Beschluss der
Bezirksversammlung vom 23.05.2024 – Drucksache 22-0981
Die Bezirksversammlung hat in ihrer Sitzung am 23.05.2024 folgenden Beschluss
gefasst:
Das Bezirksamt wird gebeten, die Sitzbänke im Stadtpark zu erneuern.
2: Zusätzlich sollen vier barrierefreie Bänke aufgestellt
werden.
3; Es ist zu prüfen, ob ein Trinkwasserbrunnen eingerichtet werden kann.
Hierzu teilt das Bezirksamt mit:
Zu 1.: Die Erneuerung von 24 Sitzbänken ist abgeschlossen.
Zu 2.: Es wurden fünf Bänke mit Armlehnen aufgestellt.
Zu 3.: Der Vorschlag wird nicht weiterverfolgt."""
    assert points(body) == [
        ("1", "Das Bezirksamt wird gebeten, die Sitzbänke im Stadtpark zu erneuern.", "Die Erneuerung von 24 Sitzbänken ist abgeschlossen."),
        ("2", "Zusätzlich sollen vier barrierefreie Bänke aufgestellt werden.", "Es wurden fünf Bänke mit Armlehnen aufgestellt."),
        ("3", "Es ist zu prüfen, ob ein Trinkwasserbrunnen eingerichtet werden kann.", "Der Vorschlag wird nicht weiterverfolgt.")]


def test_a_point_whose_decimal_point_ocr_lost_before_the_next_one_of_its_group():
    body = """Beschluss der Verbandsversammlung vom 05.12.2024, Ziffer 3:
31 Die Geschäftsführung erneuert die Regenüberlaufbecken.
RÜB 4 ist fertiggestellt.
3.2 Die Gebührenkalkulation berücksichtigt die Investitionen.
Die Kalkulation steht noch aus."""
    assert [(n, r) for n, _, r in points(body)] == [("3.1", "RÜB 4 ist fertiggestellt."), ("3.2", "Die Kalkulation steht noch aus.")]
