"""The shipped point-status classifier: its features, its verdicts, and that it is the model
the repository's own data trains (a stale or hand-edited model fails here)."""
from pathlib import Path

import pytest

from pipeline import status_model
from pipeline.status_model import classify, features

# The sets the shipped model was trained on: every blind set once its round has measured it and its
# misses were read; a set named in tests/corpus/UNREAD is kept for the next round (not trained on).
_CORPUS = Path(__file__).parents[1] / "corpus"
_UNREAD = set((_CORPUS / "UNREAD").read_text().split()) if (_CORPUS / "UNREAD").exists() else set()
BLIND = sorted(p for p in _CORPUS.glob("blind*/truth") if p.parent.name not in _UNREAD)


def test_negation_scope_marks_words_until_the_clause_ends():
    words = features("Mit der Prüfung wurde noch nicht begonnen, die Mittel sind bereitgestellt.").split()
    assert "NEG_beginnen" in words
    assert "NEG_bereitstellen" not in words and "bereitstellen" in words


def test_rule_verdicts_are_features():
    words = features("Der Beschluss wurde umgesetzt.").split()
    assert "RULE_done" in words and "FIRST_done" in words and "SENTENCES_1" in words


@pytest.mark.parametrize("answer, expected", [
    ("Die Maßnahme wurde im Mai 2023 vollständig umgesetzt.", "done"),
    ("Mit der Prüfung wurde noch nicht begonnen.", "not_started"),
    ("Die Planung läuft derzeit; die Ergebnisse werden im Herbst erwartet.", "in_progress"),
    ("Eine Umsetzung ist rechtlich nicht zulässig. Der Vorschlag wird daher nicht weiterverfolgt.", "rejected"),
])
def test_clear_answers(answer, expected):
    status, probability = classify(answer)
    assert status == expected and 0.0 < probability <= 1.0


def test_empty_answer_is_unknown():
    assert classify("   ") == ("unknown", 1.0)


def test_shipped_model_is_the_one_the_blind_sets_train():
    assert len(BLIND) >= 6
    retrained = status_model.train([x for folder in BLIND for x in status_model.examples(folder)])
    answers = [answer for answer, _, _ in status_model.examples(BLIND[-1])][:25]
    for answer in answers:
        shipped = status_model._model()(features(answer)).cats
        fresh = retrained(features(answer)).cats
        assert max(shipped, key=shipped.get) == max(fresh, key=fresh.get), answer
        assert abs(shipped["done"] - fresh["done"]) < 1e-4


def test_done_with_a_date_still_to_come_needs_a_sure_model():
    from pipeline.status_model import _decide
    unsure = {"done": 0.62, "in_progress": 0.36, "not_started": 0.02, "rejected": 0.0, "unknown": 0.0}
    assert _decide(unsure, "in_progress", promised=True) == "in_progress"
    assert _decide(unsure, "done", promised=True) == "in_progress"
    assert _decide(unsure, "in_progress", promised=False) == "done"
    sure = {"done": 0.9, "in_progress": 0.1, "not_started": 0.0, "rejected": 0.0, "unknown": 0.0}
    assert _decide(sure, "in_progress", promised=True) == "done"


def test_an_answer_that_ends_promising_more_work_is_told_from_one_that_ends_in_a_deed():
    from pipeline.status import ends_with_promise
    assert ends_with_promise("Die Arbeitsgruppe hat sich gegründet. Der Leitfaden wird im Frühjahr überarbeitet werden.")
    assert ends_with_promise("Die Satzung ist beschlossen. Eine Erweiterung auf weitere Stadtteile ist geplant.")
    # work begun, or going on since a date, is no promise; one sentence alone states, it does not add a promise
    assert not ends_with_promise("Der Vertrag wurde unterzeichnet. Die Arbeiten haben im Mai begonnen.")
    assert not ends_with_promise("Die Stelle ist besetzt. Sie wird seit Januar aus Landesmitteln gefördert.")
    assert not ends_with_promise("Der Leitfaden wird im Frühjahr überarbeitet werden.")
