"""A point's status from its answer, by a small text classifier trained on our own letters.

The lemma rules in `status.py` know the cue words, but not how officials combine them:
"Mit der Prüfung wurde noch nicht begonnen. Sie wird in das Schulbauprogramm aufgenommen."
holds a not-started and an in-progress cue, and which one the point's state is depends on
wording that no ranking of cues captures. Measured leave-one-set-out on the blind sets (train
on five, score the sixth), the rules alone decide 0.81 of the answers right, this classifier
0.87 (docs/accuracy.md, "Point status").

The classifier is spaCy's bag-of-words text categoriser over the answer's lemmas, where a
word inside the scope of a negation is marked ("nicht begonnen" -> `nicht NEG_beginnen`), and
the rules' verdicts, for the answer and for each sentence, are more features
(`RULE_in_progress`, `FIRST_done`): the model learns when to trust the rules and when the
wording overrules them. It is trained on the answers of the blind
sets in `tests/corpus/blind*/truth` (letters written for measuring, never the shared corpora)
and ships in `pipeline/status_textcat/`; `make model` retrains it, deterministically.

    python -m pipeline.status_model train    tests/corpus/blind*/truth
    python -m pipeline.status_model evaluate tests/corpus/blind*/truth   # leave one set out
"""
from __future__ import annotations

import json
import random
import re
import sys
from functools import lru_cache
from pathlib import Path

from pipeline.nlp import nlp
from pipeline.status import CLAUSE_BREAKS, NEGATORS, POINT_SUBJECT, ends_with_promise, response_status, sentence_status, split_sentences

MODEL_DIR = Path(__file__).with_name("status_textcat")
LABELS = ("done", "in_progress", "not_started", "rejected", "unknown")
# "noch" opens a scope too: "noch nicht", "steht noch aus".
_SCOPE_OPENERS = NEGATORS | {"noch"}
_SCOPE_CLOSERS = CLAUSE_BREAKS | {".", "!", "?"}
_HASH_LENGTH = 65536      # buckets for uni- and bigram features: 1.3 MB of weights
_EPOCHS = 15
_RULE_WEIGHT = 3
# Below this the model's choice is a guess: the rules decide. Leave one set out on the thirteen read
# sets (1336 answers): 0.4 -> 0.888, 0.5 -> 0.881, 0.6 -> 0.866 of answers right; but 0.4 costs the
# real Dresden letters (never trained on) 0.964 -> 0.951, so the rules keep the unsure half.
MIN_PROBABILITY = 0.5
# An answer that promises a date still to come is rarely done (16 of 475 such answers in the blind
# sets' truth): there the model's "done" needs this much. Leave one set out on sixteen sets (1619
# answers): without it 0.888, with 0.7 0.889, 0.8 0.891, 0.9 0.890. The same holds for an answer
# that ends by promising more work ("… wird in der ersten Phase geschärft werden."): on the 2982
# answers the model was not trained on (blind25-56, real, dev, seed) this changes one verdict, right.
SURE_DONE_WITH_DEADLINE = 0.8


def features(response: str, has_future_deadline: bool = False, rule: str | None = None) -> str:
    """The answer as the classifier sees it: lemmas, negation scope marked, the rules' verdict
    (`rule`, when the caller has it already)."""
    words, negated = [], False
    for token in nlp()(response):
        if token.lower_ in _SCOPE_CLOSERS:
            negated = False
        word = (token.lemma_ or token.text).lower()
        words.append("NEG_" + word if negated and not token.is_punct else word)
        if token.lower_ in _SCOPE_OPENERS:
            negated = True
    # The rules' verdict for the whole answer (repeated: a bag of words weighs by count), and
    # each sentence's own verdict, the first's and the last's, and how many sentences there are.
    words += ["RULE_" + (rule or response_status(response, has_future_deadline))] * _RULE_WEIGHT
    verdicts = [sentence_status(s) or "none" for s in split_sentences(response)] or ["none"]
    words += ["SENT_" + v for v in sorted(set(verdicts))]
    words += ["FIRST_" + verdicts[0], "LAST_" + verdicts[-1], f"SENTENCES_{min(len(verdicts), 4)}"]
    return " ".join(words)


@lru_cache(maxsize=1)
def _model():
    import spacy
    return spacy.load(MODEL_DIR)


def classify(response: str, has_future_deadline: bool = False) -> tuple[str, float]:
    """(status, probability) for an answer; 'unknown' for an empty one. Where the model is
    unsure (no status above MIN_PROBABILITY) the rules' verdict stands, with its probability
    under the model: "Eine Aussage zum Stand ist derzeit nicht möglich." stays `unknown`."""
    if not response.strip():
        return "unknown", 1.0
    rule = response_status(response, has_future_deadline)
    cats = _model()(features(response, has_future_deadline, rule)).cats
    best = _decide(cats, rule, has_future_deadline or ends_with_promise(response) or ongoing(response))
    # An answer that opens by stating the point's state decides ("Der Beschlusspunkt ist umgesetzt."),
    # and `unknown` means that nothing decides: an opening sentence with a state is not unknown
    # ("Die Bearbeitung wurde bisher nicht begonnen."). Leave one set out on the blind sets this
    # changes one verdict of 1126 (0.870 -> 0.869); it keeps topic words from overruling a plain statement.
    first = split_sentences(response)[0]
    stated = sentence_status(first)
    if stated in LABELS and (best == "unknown" or POINT_SUBJECT.search(first) and stated != "in_progress"):
        best = stated
    return best, cats[best]


# Work that goes on by its nature, said of the point's work: "… wird laufend durch das Amt … umgesetzt",
# "Die Ausweisung … erfolgt schrittweise." A model's unsure "done" yields to the rules there too.
_ONGOING = re.compile(r"\b(?:laufend|fortlaufend|kontinuierlich|schrittweise|sukzessive|etappenweise)\b")


def ongoing(response: str) -> bool:
    """An answer with a sentence that the rules read as work in hand and that says the work goes on."""
    return any(_ONGOING.search(s) and sentence_status(s) == "in_progress" for s in split_sentences(response))


def _decide(cats: dict[str, float], rule: str, promised: bool) -> str:
    """The model's status where it is sure enough, else the rules'. `promised`: a deadline still to
    come, or more work promised at the answer's end."""
    best = max(LABELS, key=lambda label: cats.get(label, 0.0))
    if cats[best] < MIN_PROBABILITY:
        best = rule
    if best == "done" and promised and cats["done"] < SURE_DONE_WITH_DEADLINE:
        best = rule if rule != "done" else "in_progress"
    return best


# --- training -------------------------------------------------------------------------------

def examples(truth_dir: Path) -> list[tuple[str, bool, str]]:
    """(answer, has a deadline after the letter, status) for each distinct answer in a truth folder."""
    seen, out = set(), []
    for path in sorted(truth_dir.glob("*.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))
        for point in truth.get("mandates") or []:
            answer = re.sub(r"\s+", " ", point.get("response") or "").strip()
            if not answer or answer in seen or point.get("status") not in LABELS:
                continue
            seen.add(answer)
            future = any(d > (truth.get("letter_date") or "") for d in point.get("deadlines") or [])
            out.append((answer, future, point["status"]))
    return out


def train(data: list[tuple[str, bool, str]], seed: int = 0):
    import spacy
    from spacy.training import Example

    random.seed(seed)
    spacy.util.fix_random_seed(seed)
    model = spacy.blank("de")
    textcat = model.add_pipe("textcat", config={"model": {
        "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": 2,
        "no_output_layer": False, "length": _HASH_LENGTH}})
    for label in LABELS:
        textcat.add_label(label)
    batch = [Example.from_dict(model.make_doc(features(answer, future)),
                               {"cats": {label: float(label == status) for label in LABELS}})
             for answer, future, status in data]
    optimizer = model.initialize(lambda: batch)
    for _ in range(_EPOCHS):
        random.shuffle(batch)
        for chunk in spacy.util.minibatch(batch, 16):
            model.update(chunk, sgd=optimizer, drop=0.2)
    return model


def _evaluate(folders: list[Path]) -> dict[str, dict[str, float]]:
    """Leave one folder out: train on the others, score rules and classifier on it."""
    result = {}
    for held in folders:
        model = train([x for f in folders if f != held for x in examples(f)])
        test = examples(held)
        rules = sum(response_status(a, fut) == s for a, fut, s in test)
        learned = 0
        for answer, future, status in test:
            rule = response_status(answer, future)
            learned += _decide(model(features(answer, future, rule)).cats, rule,
                               future or ends_with_promise(answer) or ongoing(answer)) == status
        result[held.parent.name] = {"answers": len(test), "rules": rules / len(test), "classifier": learned / len(test)}
    return result


def main(argv: list[str]) -> None:
    command, folders = argv[0], [Path(p) for p in argv[1:]]
    if command == "train":
        data = [x for f in folders for x in examples(f)]
        train(data).to_disk(MODEL_DIR)
        print(f"trained on {len(data)} answers from {len(folders)} folders -> {MODEL_DIR}")
    elif command == "evaluate":
        scores = _evaluate(folders)
        total = sum(s["answers"] for s in scores.values())
        for name, s in scores.items():
            print(f"{name:10s} {s['answers']:4d} answers  rules {s['rules']:.3f}  classifier {s['classifier']:.3f}")
        print(f"{'all':10s} {total:4d} answers  rules "
              f"{sum(s['rules'] * s['answers'] for s in scores.values()) / total:.3f}  classifier "
              f"{sum(s['classifier'] * s['answers'] for s in scores.values()) / total:.3f}")
    else:
        sys.exit("usage: python -m pipeline.status_model train|evaluate TRUTH_DIR...")


if __name__ == "__main__":
    main(sys.argv[1:])
