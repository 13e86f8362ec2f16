"""An answer's text -> the status of its point, by lemma rules.

Cues are spaCy Matcher patterns over lemmas, so inflection and word order do not matter:
"wurde umgesetzt", "ist umgesetzt worden", "Umsetzung erfolgte" hit one rule. A sentence
whose subject is the point itself ("Der Beschlusspunkt wird laufend umgesetzt.") decides;
otherwise the strongest cue found wins: rejected > not started > in progress > done.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.nlp import build_matcher, nlp
from pipeline.text import sentence_spans

NEG = {"LOWER": {"IN": ["nicht", "kein", "keine", "keinen", "nie"]}}
OPT = {"OP": "*", "IS_PUNCT": False,
       "LOWER": {"NOT_IN": ["und", "aber", "jedoch", "sondern", "nicht", "noch", "kein", "keine", "laufend", "wird", "werden",
                            "wurde", "wurden", "ist", "sind", "bis", "dass", "da", "weil", "ob", "zu"]}}
PAST = {"LOWER": {"IN": ["wurde", "wurden", "ist", "sind", "war", "waren", "worden", "hat", "haben"]}}
PRESENT = {"LOWER": {"IN": ["wird", "werden"]}}
STANDING = ["beachten", "erfüllen", "entsprechen", "berücksichtigen", "umsetzen", "widmen", "gewidmet", "einhalten", "nachkommen",
            "nachgekommen", "gewährleisten", "sicherstellen", "sichergestellt"]
OPT_SHORT = {"OP": "?"}
DONE_VERBS = ["umsetzen", "erledigen", "erfüllen", "abschließen", "fertigstellen", "realisieren", "beachten",
              "berücksichtigen", "vollziehen", "einrichten", "übermitteln", "erstellen", "durchführen", "erarbeiten",
              "beschließen", "vorlegen", "bereitstellen", "widmen", "gewidmet", "vergeben", "einführen", "schaffen",
              "eröffnen", "erfolgen", "anordnen", "ausschreiben", "beantworten", "errichten", "entsprechen", "geöffnet"]
PROGRESS_VERBS = ["beginnen", "einleiten", "aufnehmen", "prüfen", "planen", "vorbereiten", "erarbeiten", "laufen",
                  "abstimmen", "konstituieren", "verhandeln", "vorsehen", "anstreben", "untersetzen", "konkretisieren"]


def _patterns() -> dict[str, list[list[dict]]]:
    lemma = lambda *words: {"LEMMA": {"IN": list(words)}}  # noqa: E731
    lower = lambda *words: {"LOWER": {"IN": list(words)}}  # noqa: E731
    return {
        "rejected": [
            [lower("nicht"), lower("umsetzbar", "zulässig", "realisierbar", "genehmigungsfähig", "durchführbar", "finanzierbar")],
            [lemma("Umsetzung", "Realisierung", "Einordnung", "Errichtung"), OPT, lower("nicht"), lower("möglich")],
            [lemma("rechtlich"), lower("unzulässig", "nicht")],
            [lemma("ablehnen")], [lower("abgelehnt")],
            [NEG, {"OP": "?"}, lemma("weiterverfolgen", "verfolgen")],
            [NEG, lower("weiter"), lemma("verfolgen")],
            [NEG, lemma("umsetzen", "realisieren", "erfüllen", "durchführen"), {"OP": "?"}, lemma("werden", "können")],
            [lemma("können"), OPT_SHORT, OPT_SHORT, NEG, lemma("umsetzen", "realisieren", "erfüllen")],
            [lemma("entfallen")], [lower("gegenstandslos")], [lower("verzichtet")],
            [NEG, lower("einzuordnen", "umzusetzen", "zu", "weiterverfolgt")],
        ],
        "not_started": [
            [lower("noch"), NEG, {"OP": "?"}, lemma("beginnen", "aufnehmen", "einleiten", "anfangen", "erfolgen", "starten")],
            [lower("bisher", "bislang", "noch"), NEG, {"OP": "?"}, lemma("beginnen", "aufnehmen", "einleiten")],
            [NEG, lemma("beginnen", "aufnehmen")],
            [lemma("stehen"), lower("noch"), lower("aus")], [lemma("stehen"), lower("aus")], [lower("steht"), lower("noch"), lower("aus")],
            [lemma("zurückstellen")], [lower("zurückgestellt")], [lemma("verschieben")], [lower("verschoben")],
            [lower("noch"), lower("offen")],
            # deferred to a later plan: "erfolgt in der nächsten Fortschreibung", "mit der 3. Fortschreibung"
            [lower("nächsten", "kommenden", "späteren", "folgenden", "künftigen"),
             lemma("Fortschreibung", "Überarbeitung", "Planungsperiode", "Novellierung")],
            [lower("mit", "in", "bei"), lower("der"), {"TEXT": {"REGEX": r"^\d{1,2}\.$"}}, lemma("Fortschreibung", "Überarbeitung")],
            [NEG, lemma("umsetzen", "erarbeiten", "erstellen", "vorlegen", "einrichten", "realisieren", "bearbeiten")],
            [NEG, lower("umgesetzt", "erarbeitet", "erstellt", "vorgelegt", "eingerichtet", "realisiert", "bearbeitet")],
        ],
        "in_progress": [
            [lower("in"), lower("bearbeitung", "umsetzung", "vorbereitung", "planung", "arbeit", "abstimmung", "prüfung", "erarbeitung")],
            [lemma("laufend", "laufen"), lemma("umsetzen")],
            [lemma("befinden"), OPT_SHORT, lower("in")],
            [lemma("beginnen")], [lemma("einleiten")], [lemma("aufnehmen")],
            [lemma("planen"), ], [lower("geplant")], [lemma("vorsehen")], [lower("vorgesehen")],
            [lemma("erfolgen"), lower("in"), lower("zwei", "mehreren", "drei")],
            [PRESENT, OPT, lemma("erarbeiten", "prüfen", "vorbereiten", "konkretisieren", "schärfen", "erstellen", "einrichten",
                                 "durchführen", "vorlegen", "bereitstellen", "definieren", "erfolgen", "konstituieren", "ausbauen")],
            [PRESENT, lower("laufend"), lemma("umsetzen")],
            [lemma("laufen")], [lower("läuft", "laufen")],
            [lower("noch"), lower("zu")],
            [lower("teilweise", "weitgehend", "größtenteils", "überwiegend"), OPT, lemma(*DONE_VERBS)],
            [lemma("sollen")], [lower("voraussichtlich")], [lower("angestrebt")],
            [lower("erste", "ersten")], [lower("zunächst")],
        ],
        "done": [
            [lemma("umsetzen", "erledigen", "erfüllen", "abschließen", "fertigstellen", "realisieren", "beachten",
                   "vollziehen", "gewidmet", "widmen", "entsprechen")],
            [lower("umgesetzt", "erledigt", "erfüllt", "abgeschlossen", "fertiggestellt", "realisiert", "beachtet", "gewidmet",
                   "vollständig", "erfolgreich")],
            [lemma("liegen"), lower("vor")], [lower("liegt"), lower("vor")],
            [PAST, OPT, lemma(*DONE_VERBS)],
            [PRESENT, OPT, lemma(*STANDING)],
            [lemma("Umsetzung", "Einrichtung", "Vergabe", "Beteiligung", "Anordnung"), lemma("erfolgen")],
            [lower("ist"), lower("erfolgt")], [lower("sind"), lower("erfolgt")],
            # any past participle after a past auxiliary: "wurde … zur Kenntnis gegeben", "wurden eingeführt"
            [PAST, OPT, {"LOWER": {"REGEX": r"^(?:[a-zäöü]{0,6}ge[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]+iert)$"}}],
        ],
    }


@lru_cache(maxsize=1)
def _matcher():
    return build_matcher(_patterns())


# A sentence about the point itself decides: "Der Beschlusspunkt wird erfüllt.", "Der Auftrag ist damit erledigt."
_POINT_SUBJECT = re.compile(r"^(?:Der|Dieser|Die|Damit\s+ist\s+der|Somit\s+ist\s+der)\s+(?:Beschlusspunkt|Punkt|Beschlussteil|Prüfauftrag"
                            r"|Beschluss|(?:Auftrag|Beschluss)\b(?=.*\b(?:damit|somit|insoweit|insofern)\b))\b")
_SEE_POINT = re.compile(r"^(?:Siehe|siehe|s\.|vgl\.|Vgl\.)\s+(?:(?:Beschluss)?[Pp]unkt|Ziffer|Antwort zu)\s*(\d{1,2}[a-z]?)")
_FUTURE_ONLY = re.compile(r"\b(?:wird|werden|soll|sollen)\b[^.]*\b(?:erfolgen|vorgelegt|umgesetzt|erarbeitet)\b")

_RANK = ["rejected", "not_started", "in_progress", "done"]


def cues(text: str) -> list[tuple[str, int, int]]:
    """(label, start token, end token) of every status cue, overlaps resolved by span."""
    doc = nlp()(text)
    out = []
    for match_id, start, end in _matcher()(doc):
        out.append((doc.vocab.strings[match_id], start, end))
    return out


def sentence_status(sentence: str) -> str | None:
    found = {label for label, _, _ in _best(cues(sentence))}
    for label in _RANK:
        if label in found:
            return label
    return None


def _best(matches: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Of overlapping cues keep the strongest: 'noch nicht begonnen' (not started) holds
    'begonnen' (in progress); 'wurde abgelehnt' is a rejection, not a past participle."""
    rank = {label: i for i, label in enumerate(_RANK)}
    kept = []
    for label, start, end in matches:
        beaten = any(s < end and start < e and rank[lbl] < rank[label] for lbl, s, e in matches)
        if not beaten:
            kept.append((label, start, end))
    return kept


def split_sentences(text: str) -> list[str]:
    return [sentence for _, sentence in sentence_spans(text)]


def response_status(response: str, has_future_deadline: bool = False) -> str:
    """The status an answer gives its point (see the module docstring)."""
    if not response.strip():
        return "unknown"
    sentences = split_sentences(response)
    verdicts = [(s, sentence_status(s)) for s in sentences]
    for sentence, verdict in verdicts:
        if verdict and _POINT_SUBJECT.search(sentence) and verdict != "in_progress" or (
                verdict == "in_progress" and re.search(r"\b(?:Beschlusspunkt|Auftrag)\b.*\blaufend\b", sentence)):
            return verdict
    found = [v for _, v in verdicts if v]
    if has_future_deadline and "done" in found and "rejected" not in found and "not_started" not in found:
        return "in_progress"
    if not found:
        return "in_progress" if has_future_deadline else "unknown"
    if "rejected" in found:
        # A rejection of one aspect while work on the point goes on ("… läuft zurzeit; die Fläche
        # an der X-Straße ist nicht genehmigungsfähig") leaves the point in progress.
        if "in_progress" in found and found.index("in_progress") < found.index("rejected"):
            return "in_progress"
        return "rejected"
    if "not_started" in found:
        return "not_started"
    if "in_progress" in found:
        return "in_progress"
    return "done"


def see_point(response: str) -> str | None:
    """'Siehe Punkt 4.' -> '4': the answer refers to another point's answer."""
    m = _SEE_POINT.match(response.strip())
    return m.group(1) if m else None
