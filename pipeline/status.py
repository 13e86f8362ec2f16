"""An answer's text -> the status of its point, by lemma rules.

Cues are spaCy Matcher patterns over lemmas, so inflection and word order do not matter:
"wurde umgesetzt", "ist umgesetzt worden", "Umsetzung erfolgte" hit one rule. A sentence
whose subject is the point itself ("Der Beschlusspunkt wird laufend umgesetzt.") decides;
otherwise the strongest cue found wins: rejected > not started > in progress > done.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.memo import per_letter
from pipeline.nlp import WordForms, build_matcher, by_length, inflections, lexicon, mend_words, nlp
from pipeline.text import sentence_spans, within_one_edit

NEG = {"LOWER": {"IN": ["nicht", "kein", "keine", "keinen", "nie"]}}
OPT = {"OP": "*", "IS_PUNCT": False,
       "LOWER": {"NOT_IN": ["und", "aber", "jedoch", "sondern", "laufend", "wird", "werden",
                            "wurde", "wurden", "ist", "sind", "bis", "dass", "da", "weil", "ob", "zu"]}}
PAST = {"LOWER": {"IN": ["wurde", "wurden", "ist", "sind", "war", "waren", "worden", "hat", "haben"]}}
PRESENT = {"LOWER": {"IN": ["wird", "werden"]}}
STANDING = ["beachten", "erfüllen", "entsprechen", "berücksichtigen", "umsetzen", "widmen", "gewidmet", "einhalten", "nachkommen",
            "nachgekommen", "gewährleisten", "sicherstellen", "sichergestellt"]
OPT_SHORT = {"OP": "?"}
DONE_VERBS = ["umsetzen", "erledigen", "erreichen", "erfüllen", "abschließen", "fertigstellen", "realisieren", "beachten",
              "berücksichtigen", "vollziehen", "einrichten", "übermitteln", "erstellen", "durchführen", "erarbeiten",
              "beschließen", "vorlegen", "bereitstellen", "widmen", "gewidmet", "vergeben", "einführen", "schaffen",
              "eröffnen", "erfolgen", "anordnen", "ausschreiben", "beantworten", "errichten", "entsprechen", "geöffnet"]
# Verbs whose completion is the point: negated ("noch nicht abgeschlossen") they mean work goes on.
COMPLETION = {"abschließen", "abgeschlossen", "fertigstellen", "fertiggestellt", "beenden", "beendet", "vollenden", "vollständig",
              "abschließend", "erledigen", "erledigt", "erreichen", "erreicht"}
# Plans and intentions: negated ("ist nicht vorgesehen") they mean the point will not be carried out.
INTENTION = {"planen", "geplant", "eingeplant", "vorsehen", "vorgesehen", "beabsichtigen", "beabsichtigt", "anstreben", "angestrebt",
             "weiterverfolgen", "verfolgen", "sollen", "möglich"}
PREFIX_PARTICIPLE = r"^(?:be|er|ver|zer|ent|emp|über|unter|hinter|miss)[a-zäöüß]{2,}(?:t|en)$"
GE_PARTICIPLE = r"^(?:[a-zäöü]{0,6}ge[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]+iert)$"
NEGATORS = {"nicht", "nichts", "kein", "keine", "keinen", "keiner", "keinem", "nie", "niemals", "weder"}
# Words that end a clause: a negation does not reach over them.
CLAUSE_BREAKS = {",", ";", ":", "und", "oder", "aber", "sondern", "jedoch", "während", "weil", "da", "dass", "sodass",
                 "nachdem", "wobei", "bevor", "–", "-", "(", ")"}
# Separable verbs whose particle closes the clause: "liegt dem Ausschuss seit Juni vor".
SEPARABLE = {("liegen", "vor"): "done", ("dauern", "an"): "in_progress", ("laufen", "an"): "in_progress",
             ("stehen", "aus"): "not_started", ("nehmen", "auf"): "in_progress", ("fallen", "weg"): "rejected",
             ("stellen", "zurück"): "not_started", ("schieben", "auf"): "not_started", ("stellen", "ein"): "rejected",
             ("führen", "durch"): "done", ("sehen", "ab"): "rejected", ("kommen", "nach"): "done", ("schließen", "ab"): "done", ("setzen", "um"): "done"}


# What a council or a funder decides: refused without a time word ("wurde nicht beschlossen"), pending with one.
_DECIDED_BY_OTHERS = ("beschlossen", "bewilligt", "genehmigt")


def _patterns() -> dict[str, list[list[dict]]]:
    lemma = lambda *words: {"LEMMA": {"IN": list(words)}}  # noqa: E731
    lower = lambda *words: {"LOWER": {"IN": list(words)}}  # noqa: E731
    return {
        "rejected": [
            # "nicht umsetzbar", "nicht genehmigungsfähig", "nicht möglich": a negated possibility
            [lower("nicht"), {"LOWER": {"REGEX": r"^(?:[a-zäöüß]{3,}(?:bar|fähig)|zulässig|realistisch)$"}}],
            [lower("unmöglich", "unzulässig", "undurchführbar", "unrealistisch")],
            # "Eine Einhaltung der Kostenobergrenze ist … nicht möglich": a deed the point asks for is impossible
            [{"TEXT": {"REGEX": r"^[A-ZÄÖÜ][a-zäöüß]+ung$"}}, {"OP": "{0,6}", "IS_PUNCT": False}, lower("nicht"), lower("möglich")],
            [lemma("Umsetzung", "Realisierung", "Einordnung", "Errichtung", "Durchführung", "Finanzierung", "Einrichtung", "Bau"),
             {"OP": "{0,6}", "IS_PUNCT": False}, lower("nicht"), lower("möglich", "vorgesehen", "geplant", "beabsichtigt")],
            [lemma("rechtlich"), lower("unzulässig", "nicht")],
            [lemma("ablehnen")], [lower("abgelehnt")],
            [NEG, {"OP": "?"}, lemma("weiterverfolgen", "verfolgen")],
            [NEG, lower("weiter"), lemma("verfolgen")],
            [NEG, lemma("umsetzen", "realisieren", "erfüllen", "durchführen"), {"OP": "?"}, lemma("werden", "können")],
            # a deed the administration will not do: "Eine eigene Staffelung wird die Stadt nicht einführen"
            [PRESENT, OPT, NEG, lower(*DONE_VERBS)],     # (the infinitives: the lemma table confuses some)
            [lemma("können"), OPT_SHORT, OPT_SHORT, NEG, lemma("umsetzen", "realisieren", "erfüllen")],
            [lemma("entfallen")], [lower("gegenstandslos")],
            # renounced by whoever carries it out ("Auf die Maßnahme wird verzichtet", "Die Stadt verzichtet auf …"),
            # not a third party's choice ("… haben auf eine Stellungnahme verzichtet")
            [lower("wird", "werden", "wurde", "wurden"), OPT, lower("verzichtet")], [lower("verzichtet", "verzichten"), lower("auf")],
            # "kommt nicht in Betracht", "kommt nicht in Frage": ruled out
            [NEG, lower("in"), lower("betracht", "frage")],
            [NEG, lower("einzuordnen", "umzusetzen", "zu", "weiterverfolgt")],
            # the council or a funder refused it: "Die Aufstockung wurde … nicht beschlossen" ("noch nicht": put off)
            [NEG, lower(*_DECIDED_BY_OTHERS)],
            [lower("keine", "keinerlei"), lower("möglichkeit", "möglichkeiten")],
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
            # verb forms only: an attributive participle ("die vorgesehene Stelle") states no plan
            [{"LEMMA": {"IN": ["planen", "vorsehen"]}, "LOWER": {"REGEX": r"^(?!.*(?:t|en)e[nmrs]?$)"}}],
            [lower("geplant")], [lower("vorgesehen")], [lower("beabsichtigt")],
            [lower("ist", "sind"), OPT, lower("eingeplant")],     # "ist für November 2025 eingeplant" ("wurden eingeplant": done)
            [lemma("erfolgen"), lower("in"), lower("zwei", "mehreren", "drei")],
            # the present passive of work in hand: "wird derzeit erarbeitet", "werden geprüft"
            [PRESENT, OPT, {"LOWER": {"REGEX": r"^(?:[a-zäöü]{0,6}ge[a-zäöüß]{2,}t|[a-zäöüß]+iert|erarbeitet|erstellt|vorbereitet"
                                      r"|überarbeitet|entwickelt|ermittelt|erfolgen)$",
                                      "NOT_IN": ["beachtet", "erfüllt", "entsprochen", "berücksichtigt", "umgesetzt", "eingehalten",
                                                 "nachgekommen", "gewährleistet", "sichergestellt", "gewidmet"]}}],
            # (a participle without "ge-" ending the clause, the work going on now: "wird derzeit im Herrngarten erprobt.")
            [PRESENT, lower("derzeit", "zurzeit", "momentan", "gegenwärtig", "aktuell"), OPT, {"LOWER": {"REGEX": r"^(?:er|ver|be|ent)[a-zäöüß]{3,}t$",
                                      "NOT_IN": ["beachtet", "erfüllt", "berücksichtigt", "erreicht", "beendet", "verwirklicht",
                                                 "bestätigt", "erledigt"]}}, {"IS_PUNCT": True}],
            [PRESENT, lower("laufend"), lemma("umsetzen")],
            # step by step, still going on: "Die Ausweisung … erfolgt schrittweise.", "werden sukzessive ersetzt"
            [lower("erfolgt", "erfolgen", "wird", "werden"), OPT, lower("schrittweise", "sukzessive", "etappenweise", "abschnittsweise")],
            [lemma("laufen")], [lower("läuft", "laufen")],
            [lower("noch"), lower("zu"), {"LOWER": {"REGEX": r"^[a-zäöüß]+en$"}}],
            [lower("teilweise", "weitgehend", "größtenteils", "überwiegend"), OPT, lemma(*DONE_VERBS)],
            [lemma("sollen")], [lower("soll", "sollen")], [lower("voraussichtlich")], [lower("angestrebt")],
            # the rest still to come: "An acht Haltestellen sind die Bügel aufgestellt, die übrigen folgen im Laufe des Jahres."
            [lower("übrigen", "restlichen", "verbleibenden"), {"OP": "{0,3}", "IS_PUNCT": False}, lower("folgen", "folgt")],
        ],
        "done": [
            # a verb form, not its present participle used as an adjective ("entsprechend", "abschließend")
            [{"LEMMA": {"IN": ["umsetzen", "erledigen", "erfüllen", "abschließen", "fertigstellen", "realisieren", "beachten",
                               "vollziehen", "gewidmet", "widmen", "entsprechen"]}, "LOWER": {"REGEX": r"^(?!.*end(?:e[nmrs]?)?$)"}}],
            [lower("umgesetzt", "erledigt", "erfüllt", "abgeschlossen", "fertiggestellt", "realisiert", "beachtet", "gewidmet", "erreicht",
                   "vollständig", "erfolgreich")],
            [lemma("liegen"), lower("vor")], [lower("liegt"), lower("vor")],
            [PAST, OPT, {"LEMMA": {"IN": DONE_VERBS}, "LOWER": {"REGEX": r"^(?!.*end(?:e[nmrs]?)?$)"}}],
            [PRESENT, OPT, lemma(*STANDING)],
            [lemma("Umsetzung", "Einrichtung", "Vergabe", "Beteiligung", "Anordnung"), lemma("erfolgen")],
            [lower("ist"), lower("erfolgt")], [lower("sind"), lower("erfolgt")],
            # an examination that has a result is finished: "Die Prüfung hat ergeben, dass …", "Im Ergebnis der Prüfung …"
            [lemma("Prüfung", "Überprüfung", "Untersuchung"), {"OP": "{0,3}", "IS_PUNCT": False}, lemma("ergeben")],
            [lower("ergebnis"), lower("der", "dieser"), lemma("Prüfung", "Überprüfung", "Untersuchung")],
            # the letter itself carries out a duty to report: "Die Unterrichtung erfolgt mit dieser Mitteilung."
            [lower("mit"), lower("diesem", "dieser", "der", "dem", "vorliegender", "vorliegendem", "vorliegenden"),
             {"OP": "?", "LOWER": {"IN": ["vorliegenden", "heutigen"]}},
             {"LOWER": {"REGEX": r"^(?:schreiben|mitteilung|\w*bericht|\w*vorlage|information|drucksache|beschlusskontrolle"
                                 r"|informationsdrucksache|mitteilungsdrucksache)$"}}],
            # a service that runs since a date: "Die Reinigung erfolgt seit dem 1. September 2022 …"
            [lemma("erfolgen"), {"OP": "{0,3}", "IS_PUNCT": False}, lower("seit")],
            # the state a passive reached: "Die Mittel sind … veranschlagt", "ist … in Betrieb gegangen"
            [lower("ist", "sind"), OPT, {"LOWER": {"REGEX": PREFIX_PARTICIPLE}}],
            [lower("in"), lower("betrieb"), lemma("gehen", "nehmen")], [lower("in"), lower("betrieb"), lower("genommen", "gegangen")],
            [lower("ist", "sind"), {"OP": "{0,6}", "IS_PUNCT": False}, lower("in"), lower("betrieb")],
            # any past participle after a past auxiliary: "wurde … zur Kenntnis gegeben", "wurden eingeführt"
            [PAST, OPT, {"LOWER": {"REGEX": GE_PARTICIPLE}}],
            # participles without ge- ("besetzt", "vergeben", "übergeben") with a passive auxiliary
            [lower("wurde", "wurden"), OPT, {"LOWER": {"REGEX": PREFIX_PARTICIPLE}}],
            [{"LOWER": {"REGEX": PREFIX_PARTICIPLE}}, lower("worden")],
        ],
    }


@lru_cache(maxsize=1)
def _matcher():
    return build_matcher(_patterns())


# A sentence about the point itself decides: "Der Beschlusspunkt wird erfüllt.", "Der Auftrag ist damit erledigt."
POINT_SUBJECT = re.compile(r"^(?:Der|Dieser|Die|Diese|Dem|Diesem|Damit\s+ist\s+der|Somit\s+ist\s+der)\s+(?:Beschlusspunkte?|Punkte?|Beschlussteil|Prüfauftrag"
                            r"|Ziffer|Ziffern|Beschlussziffer|Verpflichtung|Vorgabe|Forderung|Aufgabe"
                            r"|Beschluss|(?:Auftrag|Beschluss)\b(?=.*\b(?:damit|somit|insoweit|insofern)\b))\b")
_SEE_POINT = re.compile(r"^(?:(?:Entfällt|Erledigt\s+durch|Wie\s+zu)\s*[,:;–-]?\s*)?(?:Siehe|siehe|s\.|vgl\.|Vgl\.)\s+(?:(?:die\s+)?(?:Antwort|Ausführungen|Stellungnahme)\s+zu(?:m)?\s+|zu\s+)?"
                        r"(?:(?:Beschluss)?[Pp]unkt|Ziffer|Buchstabe|Nr\.)?\s*(\d{1,2}(?:\.\d{1,2}(?!\.\d))?(?:[a-z]|\.?\s?[a-h](?=\)))?|[a-h](?=\)))")
_FUTURE_ONLY = re.compile(r"\b(?:wird|werden|soll|sollen)\b[^.]*\b(?:erfolgen|vorgelegt|umgesetzt|erarbeitet)\b")

# The letter itself does what the point asks (a duty to report).
_REPORT_FULFILS = re.compile(
    r"\b[Mm]it\s+(?:diese[mr]|de[mr]\s+vorliegenden|vorliegende[mr])\s+\w*(?:[Bb]ericht|[Vv]orlage|[Mm]itteilung|[Ss]chreiben"
    r"|[Bb]eschlusskontrolle|[Ii]nformation|[Dd]rucksache)\b.*\b(?:erfüllt|nachgekommen|entsprochen|berichtet|erfolgt|Rechnung\s+getragen)\b"
    r"|\b(?:erfüllt|nachgekommen|entsprochen|erfolgt)\b.*\b[Mm]it\s+(?:diese[mr]|de[mr]\s+vorliegenden)\s+\w*(?:[Bb]ericht|[Vv]orlage"
    r"|[Mm]itteilung|[Ss]chreiben|[Bb]eschlusskontrolle|[Ii]nformation|[Dd]rucksache)\b")
_INSTEAD = re.compile(r"^(?:Stattdessen|Statt\s+dessen|Alternativ|Ersatzweise|Installiert\s+wird\s+stattdessen)\b|\bstattdessen\b")

_RANK = ["rejected", "not_started", "in_progress", "in_progress_unfinished", "done"]


def cues(text: str) -> list[tuple[str, int, int]]:
    """(label, start token, end token) of every status cue. A negation in the cue's clause
    turns it ("nicht vorgesehen" rejects, "noch nicht abgeschlossen" is work in hand, "noch
    nicht begonnen" is not started); a separable verb counts where its particle closes the clause."""
    doc = nlp()(mend_cue_words(text))
    out = []
    for match_id, start, end in _matcher()(doc):
        label: str | None = doc.vocab.strings[match_id]
        if label == "in_progress" and _a_term(doc, start, end):
            continue      # "Der Vertrag läuft vom 1.1.2024 bis zum 31.12.2028": a term, not work in hand
        if label == "in_progress" and _a_reasons_plan(doc, start, end):
            continue      # "…, da der Zuschlag vorher erteilt werden soll": a plan given as a reason, not work on the point
        if not (label in ("rejected", "not_started") and any(t.lower_ in NEGATORS for t in doc[start:end])):
            label = _in_scope(label, doc, start, end)   # patterns that read a negation themselves keep it
        elif label == "rejected" and _for_now(doc, start, end):
            # "derzeit nicht möglich", "ohne Förderung nicht finanzierbar": put off, not refused; a decision
            # still to come ("Haushaltsplan noch nicht beschlossen") says nothing of the point's own state
            label = None if doc[end - 1].lower_ in _DECIDED_BY_OTHERS else "not_started"
        if label == "done" and _a_draft(doc, start, end):
            label = "in_progress"     # "Das Konzept liegt im Entwurf vor": drafted, not finished
        if label == "done" and any(t.lower_ in ("ergeben", "ergab", "ergebnis") for t in doc[start:end]) \
                and any(t.lower_ in NEGATORS for t in doc[end:]):
            label = None              # "Die Prüfung hat ergeben, dass … nicht …": what it found decides, not that it ended
        if label:
            out.append((label, start, end))
    for token in doc:
        damaged = _damaged_separable(token.lower_)
        for (verb, particle), label in SEPARABLE.items():
            if token.lemma_.lower() != verb and token.lower_ != verb and damaged != verb:
                continue
            end = _clause_end(doc, token.i)
            last = doc[end - 1] if end > token.i + 1 else None
            if last is not None and last.lower_ == particle:
                label = _in_scope(label, doc, token.i, end)
                if label == "done" and _a_draft(doc, token.i, end):
                    label = "in_progress"
                if label:
                    out.append((label, token.i, end))
    return out


_GLYPHS = "abcdefghijklmnopqrstuvwxyzäöüß"


@lru_cache(maxsize=4096)
def _damaged_separable(word: str) -> str | None:
    """The separable verb a word no dictionary knows is, one glyph away ('licgt' … 'vor' is 'liegt'):
    too short for `mend_cue_words`, it counts only with its particle closing the clause."""
    table = nlp().get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    if len(word) < 4 or not word.isalpha() or word in lexicon() or word.capitalize() in lexicon() or table.get(word):
        return None
    verbs = {verb for verb, _ in SEPARABLE}
    for k in range(len(word)):
        for glyph in _GLYPHS:
            variant = word[:k] + glyph + word[k + 1:]
            lemma = variant if variant in verbs else table.get(variant)
            if variant != word and lemma in verbs:
                return lemma
    return None


def _a_term(doc, start: int, end: int) -> bool:
    """'läuft' with 'vom/seit … bis' or a length ('für zehn Jahre') in its clause: a contract's term."""
    if not any(t.lemma_.lower() == "laufen" for t in doc[start:end]):
        return False
    lo, hi = _clause_start(doc, start), _clause_end(doc, end - 1)
    words = [t.lower_ for t in doc[lo:hi]]
    return ("bis" in words and ("vom" in words or "seit" in words or "ab" in words)) or "jahre" in words or "laufzeit" in words


def _a_reasons_plan(doc, start: int, end: int) -> bool:
    """'soll' alone as the cue, in a clause of reason or purpose ("da …", "weil …", "damit …")."""
    if end - start != 1 or doc[start].lower_ not in ("soll", "sollen"):
        return False
    lo = _clause_start(doc, start)
    return lo > 0 and doc[lo - 1].lower_ in ("da", "weil", "dass", "sodass", "damit", "ob")


def _a_draft(doc, start: int, end: int) -> bool:
    """A draft in the cue's clause ("liegt im Entwurf vor", "Der Vorentwurf ist erstellt"): a stage, not the deed."""
    lo, hi = _clause_start(doc, start), _clause_end(doc, end - 1)
    return any(re.fullmatch(r"\w*entw[uü]rfe?[ns]?", t.lower_) for t in doc[lo:hi])   # not a stage's name ("Entwurfsplanung")


# Verbs of things that happen rather than deeds done: negated ("Mehrkosten sind nicht entstanden") they leave a point's state open.
_HAPPENINGS = {"eintreten", "eingetreten", "entstehen", "entstanden", "auftreten", "aufgetreten", "vorkommen", "vorgekommen",
               "anfallen", "angefallen", "gekommen"}
FOR_NOW = {"derzeit", "derzeitigem", "derzeitigen", "zurzeit", "vorerst", "momentan", "aktuell", "noch", "ohne", "bislang", "bisher", "erst"}


def _for_now(doc, start: int, end: int) -> bool:
    """A negation qualified by time or a condition in its clause: the point is put off."""
    lo, hi = _clause_start(doc, start), _clause_end(doc, end - 1)
    return any(t.lower_ in FOR_NOW for t in doc[lo:hi])


def _clause_start(doc, i: int) -> int:
    while i > 0 and not doc[i].is_sent_start and doc[i - 1].lower_ not in CLAUSE_BREAKS:
        i -= 1
    return i


def _clause_end(doc, i: int) -> int:
    # a slash joins ("Doppelhaushalt 2024/2025", "Haushaltsjahr/Budget"): the clause goes on
    while i + 1 < len(doc) and doc[i + 1].lower_ not in CLAUSE_BREAKS and (not doc[i + 1].is_punct or doc[i + 1].text == "/"):
        i += 1
    return i + 1


def _in_scope(label: str, doc, start: int, end: int) -> str | None:
    """The cue's label once a negation in its clause is taken into account."""
    lo, hi = _clause_start(doc, start), _clause_end(doc, end - 1)
    scope = list(doc[lo:hi])
    negated = [t for t in scope if t.lower_ in NEGATORS
               and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("nur", "zuletzt", "unerheblich", "ausgeschlossen"))]
    if not negated:
        return label
    words = {t.lower_ for t in doc[start:end]} | {t.lemma_.lower() for t in doc[start:end]}
    context = {t.lower_ for t in scope} | {t.lemma_.lower() for t in scope}
    if label in ("rejected", "not_started"):
        return None                      # "nicht abgelehnt", "steht nicht mehr aus": no verdict
    if words & INTENTION:     # "noch nicht geplant", "derzeit nicht vorgesehen": put off, not refused
        return "not_started" if context & {"noch", "bisher", "bislang", "derzeit", "zurzeit", "vorerst", "momentan",
                                           "aktuell", "zunächst"} else "rejected"
    if words & COMPLETION or context & {"vollständig", "abschließend", "vollumfänglich", "gänzlich"}:
        return "in_progress_unfinished"   # under way, unless the answer says work has not begun
    if label == "done" and context & {"können", "konnte", "konnten", "kann", "gründen", "wegen", "aufgrund", "kostengründen"} \
            and not context & {"noch", "bisher", "bislang"}:
        return "rejected"       # could not, or not for a stated reason: refused (not yet, for a reason: put off)
    # (the reason may stand in a clause before it: "Da das Tragwerk … nicht trägt, wird eine Anlage nicht umgesetzt.")
    reasoned = context & {"daher", "deshalb", "somit", "folglich"} or doc[0].lower_ in ("da", "weil") and lo > 0
    if label in ("done", "in_progress") and context & {"wird", "werden"} and reasoned and not context & FOR_NOW:
        return "rejected"       # "Ein Antrag wird daher nicht gestellt": decided against for a reason, not put off
    if label == "done" and words & _HAPPENINGS:
        return None     # "eine Überschreitung ist nicht eingetreten": something that did not happen, not a deed left undone
    return "not_started"


@lru_cache(maxsize=1)
def _cue_forms() -> WordForms:
    """Every word a cue pattern names, by length: the targets of OCR mending."""
    forms: set[str] = set()
    lemmas: set[str] = set()
    for alternatives in _patterns().values():
        for pattern in alternatives:
            for spec in pattern:
                for key in ("LOWER", "LEMMA"):
                    value = spec.get(key)
                    if isinstance(value, dict):
                        forms.update(w.lower() for w in value.get("IN", []))
                        if key == "LEMMA":
                            lemmas.update(value.get("IN", []))
    # (a lemma's cue is damaged in its inflected forms too: "bcgonnen" is "begonnen")
    return by_length(forms | inflections(lemmas) | {w for pair in SEPARABLE for w in pair} | COMPLETION | INTENTION)


def mend_cue_words(text: str) -> str:
    """Cue words OCR damaged by one glyph ('erfüilt', 'umgesctzt') read as the cue word they must be,
    and the negation too short for that ('nicbt', 'nlcht'): a lost "nicht" turns a refusal into a deed."""
    known = lexicon()
    return _SHORT_NEGATION.sub(lambda m: m.group(0) if m.group(0) in known or m.group(0).capitalize() in known or not within_one_edit(m.group(0), "nicht")
                               else "nicht", mend_words(text, _cue_forms()))


_SHORT_NEGATION = re.compile(r"\bn[a-zäöüß1|]{3,4}\b")


@per_letter   # the classifier's features, the rules and the point reader ask it of the same sentences
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
    return list(_sentences(text))


@per_letter   # an answer is split by the rules, the classifier's features and its checks alike
def _sentences(text: str) -> tuple[str, ...]:
    return tuple(sentence for _, sentence in sentence_spans(text))


# A clause that ends in an infinitive after a future auxiliary: "… wird in der ersten Phase geschärft werden".
_FUTURE_INFINITIVE = re.compile(r"\b(?:wird|werden|soll|sollen)\b[^.;]*\b(?P<last>[a-zäöüß]+en)\W*$")


def ends_with_promise(response: str) -> bool:
    """An answer whose last sentence (of two or more) promises more work: the rules read work in
    hand there, said in the future tense or as a plan ("Die Ausweitung … ist geplant.")."""
    sentences = split_sentences(response)
    if len(sentences) < 2 or sentence_status(sentences[-1]) != "in_progress":
        return False
    last = sentences[-1]
    if set(re.findall(r"[a-zäöüß]+", last.lower())) & INTENTION:
        return True
    future = _FUTURE_INFINITIVE.search(last)
    return bool(future) and not re.match(GE_PARTICIPLE, future.group("last"))


# where an answer's sentence parts into clauses that each give a verdict: a semicolon, or "und" right before a
# finite verb of state or progress (a second predicate of the same subject)
_CLAUSE_JOINS = re.compile(r";\s+|,?\s+und\s+(?=(?:steht|stehen|liegt|liegen|läuft|laufen|dauert|dauern|ruht|ruhen)\s+(?:noch|derzeit|zurzeit|weiterhin|bisher)?\s*\w)")


def response_status(response: str, has_future_deadline: bool = False) -> str:
    """The status an answer gives its point (see the module docstring)."""
    if not response.strip():
        return "unknown"
    # clauses joined by ";" each speak for themselves: "Die Gespräche wurden aufgenommen; eine Einigung steht noch aus."
    # (and predicates joined by "und", their subject shared: "Die Stellungnahme wurde angefordert und steht noch aus.")
    sentences = [clause for sentence in split_sentences(response) for clause in _CLAUSE_JOINS.split(sentence) if clause.strip()]
    if any(_REPORT_FULFILS.search(sentence) for sentence in sentences):
        return "done"          # "Mit diesem Bericht wird der Berichtspflicht nachgekommen."
    verdicts = [(s, sentence_status(s)) for s in sentences]
    for sentence, verdict in verdicts:
        if verdict and POINT_SUBJECT.search(sentence) and verdict not in ("in_progress", "in_progress_unfinished") or (
                verdict == "in_progress" and re.search(r"\b(?:Beschlusspunkt|Auftrag)\b.*\blaufend\b", sentence)):
            return verdict
    found = [v for _, v in verdicts if v]
    if "in_progress_unfinished" in found:
        # "the check is not finished; work has not begun": not started; otherwise under way
        found = [("in_progress" if "not_started" not in found else None) if v == "in_progress_unfinished" else v
                 for v in found]
        found = [v for v in found if v]
    if has_future_deadline and "done" in found and "rejected" not in found and "not_started" not in found:
        return "in_progress"
    if not found:
        return "in_progress" if has_future_deadline else "unknown"
    if "rejected" in found and any(_INSTEAD.search(sentence) and verdict in ("in_progress", "done")
                                   for sentence, verdict in verdicts):
        return "in_progress"   # refused as asked, but pursued another way ("Stattdessen werden …")
    if "rejected" in found:
        # A rejection of one aspect while work on the point goes on ("… läuft zurzeit; die Fläche
        # an der X-Straße ist nicht genehmigungsfähig") leaves the point in progress.
        if "in_progress" in found and found.index("in_progress") < found.index("rejected"):
            return "in_progress"
        return "rejected"
    if "not_started" in found and ("done" in found or "in_progress" in found):
        return "in_progress"    # part of the point done or under way, the rest not yet begun
    if "not_started" in found:
        return "not_started"
    if "in_progress" in found:
        return "in_progress"
    return "done"


# A point that asks for a report or for information: the letter itself may fulfil it.
_ASKS_TO_REPORT = re.compile(r"\b(?:[Bb]ericht\w*|berichten|informieren|unterrichten|vorzulegen|vorlegen|darzustellen|Sachstand)\b")


def answer_for_point(response: str, quote: str, sharing: list[str] = (), number: str | None = None) -> str:
    """The answer as evidence for its point: a sentence saying that this letter fulfils a duty to
    report ("Mit diesem Zwischenbericht wird der Berichtspflicht entsprochen.") speaks only for a
    point that asks for a report, not for the others an answer given jointly covers. An answer
    shared with other points (their quotes in `sharing`) speaks for this one in the sentences
    about its own words, or in those naming its number ("Die Punkte 1 und 2 sind umgesetzt")."""
    if _ASKS_TO_REPORT.search(quote):
        return response
    kept = [sentence for sentence in split_sentences(response) if not _REPORT_FULFILS.search(sentence)]
    own = (sentences_naming(kept, number) or _sentences_about(kept, quote, sharing)) if sharing else []
    return " ".join(own or kept) if kept else response


def _stems(text: str) -> set[str]:
    """Content words cut to five letters ("Reduzierung" and "reduzieren" meet), function words left out."""
    from spacy.lang.de.stop_words import STOP_WORDS
    return {_ZU_INFINITIVE.sub("", word.lower())[:5] for word in re.findall(r"[A-Za-zÄÖÜäöüß]{4,}", text)
            if word.lower() not in STOP_WORDS}


# a separable verb's zu-infinitive ("aufzustellen") meets its noun ("Aufstellung") without the "zu"
_ZU_INFINITIVE = re.compile(r"(?<=^ab|^an|^um)zu(?=[a-zäöüß]{3,}en$)|(?<=^auf|^aus|^bei|^ein|^mit|^vor|^weg|^dar)zu(?=[a-zäöüß]{3,}en$)"
                            r"|(?<=^nach|^fest|^frei)zu(?=[a-zäöüß]{3,}en$)")


def _sentences_about(sentences: list[str], quote: str, others: list[str], shared_if_unnamed: bool = False) -> list[str]:
    """The sentences of a shared answer about this point: they name words of its quote that the
    other points' quotes lack; a sentence naming no point's words goes with the one before it, or
    with every point before any sentence named one ("Der Beschlusspunkt wird erfüllt."), or, with
    `shared_if_unnamed`, with every point. Empty unless the answer speaks of this point and of
    another apart."""
    own = _stems(quote)
    theirs = set().union(*map(_stems, others))
    mine, other = own - theirs, theirs - own
    kept, owner, apart = [], None, set()
    for sentence in sentences:
        words = _stems(sentence)
        hits, misses = len(words & mine), len(words & other)
        if hits == misses and hits:      # a tie: the words the sentence opens with, its subject, decide
            head = _stems(" ".join(sentence.split()[:4]))
            hits, misses = len(head & mine), len(head & other)
        owner = (hits > misses) if hits != misses else owner
        if owner is not None:
            apart.add(owner)
        if owner is None or owner or shared_if_unnamed and hits == misses == 0:
            kept.append(sentence)
    return kept if apart == {True, False} else []


def sentences_dated_for(response: str, quote: str, others: list[str]) -> list[str]:
    """The sentences of a shared answer whose dates are this point's terms: those about its own
    words, and those about no point's words in particular ("Die Ergebnisse sollen bis zum 8. Juli
    2022 vorliegen." is the shared work's date). Empty where the answer does not tell its points apart."""
    return _sentences_about(split_sentences(response), quote, others, shared_if_unnamed=True)


# "Die Punkte 1 und 2 …", "nach Punkt 3", "zu den Ziffern 2 bis 4": the points a sentence names by number
# (each number perhaps with its stop: "Die Punkte 1. und 2. des Beschlusses …")
_NAMED_POINTS = re.compile(r"\b(?:Beschluss)?(?:[Pp]unkt(?:e|en)?|[Zz]iffer(?:n)?)\s+(?P<numbers>\d{1,2}(?:\.\d{1,2})?[a-z]?\.?(?:\s*(?:,|und|sowie|bis)\s*\d{1,2}(?:\.\d{1,2})?[a-z]?\.?)*)")


def sentences_naming(sentences: list[str], number: str | None) -> list[str]:
    """The sentences of a shared answer about the point numbered `number`, where the answer names
    points by number: a sentence naming none goes with the one before it. Empty unless this point's
    number is named and so is another's."""
    if not number:
        return []
    kept, mine, named_any = [], None, set()
    named_by = [_named_numbers(sentence) for sentence in sentences]
    heads = bool(sentences) and bool(re.search(rf"{_NAMED_POINTS.pattern}[^.:]{{0,40}}:", sentences[0]))    # "… zu den Ziffern 1 bis 3 mit:"
    if named_by and named_by[0] and heads and all(not named or named == named_by[0] for named in named_by):
        return []     # "Die Verwaltung teilt zu den Ziffern 1 bis 3 mit:" heads the whole answer: no point told apart
    for sentence, named in zip(sentences, named_by):
        if named:
            mine = number in named
            named_any |= named
        if mine:
            kept.append(sentence)
    return kept if number in named_any and named_any - {number} else []


# "Zum ersten Beschlusspunkt …", "Hinsichtlich des dritten Beschlusspunktes …": a point named by its ordinal
_ORDINALS = {"ersten": "1", "zweiten": "2", "dritten": "3", "vierten": "4", "fünften": "5", "sechsten": "6", "siebten": "7",
             "achten": "8", "neunten": "9", "zehnten": "10"}
_ORDINAL_POINT = re.compile(r"\b(?P<ordinal>" + "|".join(_ORDINALS) + r")\s+(?:Beschluss)?(?:[Pp]unkt(?:es|s|e[ns]?)?|[Zz]iffer)\b", re.I)


def split_by_naming(response: str, number: str | None) -> list[str]:
    """The sentences of one answer to several points that are about point `number`, where the answer takes
    the points one after the other, each part opened by a sentence naming its point alone ("Zum ersten
    Beschlusspunkt …", "Was den zweiten Beschlusspunkt betrifft, …"). Empty where it does not.
    Where no sentence opens so, parts may name their points further in, one each, in their order and
    without a gap: "Die Bestandsaufnahme, um die unter Ziffer 1 gebeten wurde, …", "Was die unter Ziffer 2
    geforderte Nachrüstung angeht, …", "… im Sinne der Ziffer 3 ergänzt"."""
    sentences = split_sentences(response)
    # (the sentence opens by naming its point; "Die Standards (Ziffer 2) werden …" in a joint answer names it in passing)
    parts = _parts_by_naming(sentences, [named_at_opening(s) for s in sentences], number)
    if parts or not number or not number.isdigit():
        return parts
    # (a point named in brackets is named in passing: "Die Qualitätsstandards (Ziffer 2) werden …")
    named = [_named_numbers(re.sub(r"\([^()]*\)", "", s)) for s in sentences]
    opened = [next(iter(n)) for n in named if len(n) == 1]
    if len(opened) >= 2 and all(len(n) <= 1 for n in named) and all(x.isdigit() for x in opened) \
            and [int(x) for x in opened] == list(range(int(opened[0]), int(opened[0]) + len(opened))):
        return _parts_by_naming(sentences, named, number)
    return []


def _parts_by_naming(sentences: list[str], named: list[set[str]], number: str | None) -> list[str]:
    """The sentences from the one naming `number` to the next naming another point (see `split_by_naming`)."""
    # a sentence or two before the first part introduce them all ("Die Bürgerschaft hat den Antrag … beschlossen.
    # Zum ersten Punkt …"): no part of any point's answer
    lead = next((k for k, n in enumerate(named) if n), 0)
    if 0 < lead <= 2 and sum(1 for n in named if n) >= 2:
        sentences, named = sentences[lead:], named[lead:]
    opened = [next(iter(n)) for n in named if n]
    if not sentences or len(named[0]) != 1 or any(len(n) > 1 for n in named) or len(set(opened)) != len(opened) \
            or number not in opened or not all(x.isdigit() for x in opened) or [int(x) for x in opened] != sorted(int(x) for x in opened):
        return []
    kept, mine = [], False
    for sentence, n in zip(sentences, named):
        if n:
            mine = number in n
        if mine:
            kept.append(sentence)
    return kept


def named_at_opening(sentence: str) -> set[str]:
    """The point numbers a sentence names as it opens ("Die Punkte 1. und 2. des Beschlusses sind umgesetzt."), else none."""
    return _named_numbers(sentence) if _opens_by_naming(sentence) else set()


def _opens_by_naming(sentence: str) -> bool:
    m = _ORDINAL_POINT.search(sentence) or _NAMED_POINTS.search(sentence)
    return bool(m) and len(sentence[:m.start()].split()) <= 3 and "(" not in sentence[:m.start()]


def _named_numbers(sentence: str) -> set[str]:
    named = {_ORDINALS[m.group("ordinal").lower()] for m in _ORDINAL_POINT.finditer(sentence)}
    for m in _NAMED_POINTS.finditer(sentence):
        values = re.findall(r"\d{1,2}(?:\.\d{1,2})?[a-z]?", m.group("numbers"))
        if "bis" in m.group("numbers") and len(values) == 2 and values[0].isdigit() and values[1].isdigit():
            values = [str(n) for n in range(int(values[0]), int(values[1]) + 1)]
        named.update(values)
    return named


def beyond_see_point(response: str) -> str:
    """What an answer says after its reference to another point's ("Siehe Punkt 2. Solange … nicht begonnen.")."""
    m = _SEE_POINT.match(response.strip())
    return response.strip()[m.end():].lstrip(" .)") if m else response


def see_point(response: str) -> str | None:
    """'Siehe Punkt 4.' -> '4': the answer refers to another point's answer."""
    m = _SEE_POINT.match(response.strip())
    return re.sub(r"\.?\s(?=[a-h]$)|\.(?=[a-h]$)", "", m.group(1)) if m else None    # "3. a)" -> "3a"


# An order not to do something: "…, die Rasenflächen … nicht für Abstellflächen zu nutzen", "keine weiteren Flächen zu versiegeln".
_PROHIBITION = re.compile(r"\b(?:nicht|keine[nmrs]?|kein)\b(?P<clause>[^.;,:]{0,80}?\b(?:zu\s+[a-zäöüß]+(?:en|[lr]n)|[a-zäöüß]+zu[a-zäöüß]+(?:en|[lr]n)))\b")
# An answer that the forbidden thing is not intended or does not happen: "Eine Nutzung … ist nicht vorgesehen."
_NOT_INTENDED = re.compile(r"\b(?:nicht|keine?)\b[^.;]{0,60}\b(?:vorgesehen|geplant|beabsichtigt|erfolgt|stattfinden|statt)\b"
                           r"|\b(?:ist|wird|sind|werden)\s+(?:auch\s+)?(?:weiterhin\s+)?ausgeschlossen\b")


# An order to keep a thing as it is, and a change that would undo it.
_KEEP = re.compile(r"\b(?:bleib(?:t|en)\b[^.;]{0,80}\berhalten|(?:ist|sind)\b[^.;]{0,80}\b(?:zu\s+erhalten|beizubehalten)|erhalten\s+bleib(?:t|en))\b")
_CHANGE = re.compile(r"\b(?:Umzug|Verlagerung|Schließung|Abriss|Rückbau|Verkauf|Aufgabe|Umnutzung|Stilllegung|Auflösung)\b")


def keeps_prohibition(quote: str, response: str) -> bool:
    """Whether the answer says that what the point forbids is not done: a negated answer to a
    negated order agrees with it ("… nicht für Abstellflächen zu nutzen" / "Eine Nutzung … als
    Abstellflächen ist nicht vorgesehen."). The answer must name the forbidden thing: a word of
    the order's clause (by its stem) in the negated sentence. So too for an order to keep something
    as it is ("Die Bibliothek bleibt am bisherigen Standort erhalten.") and an answer that rules out
    the change ("… ein Umzug ist nicht vorgesehen.")."""
    order = _PROHIBITION.search(quote)
    if not order:
        return bool(_KEEP.search(quote)) and any(_NOT_INTENDED.search(s) and _CHANGE.search(s) for s in split_sentences(response))
    # (a verb by its stem: "nutzen" is named by "Nutzung")
    stems = {re.sub(r"(?:en|n)$", "", w.lower())[:5] for w in re.findall(r"[A-Za-zÄÖÜäöüß]{5,}", order.group("clause"))
             if w.lower() not in {"werden", "worden", "sollen", "können", "dürfen", "weitere", "weiteren"}}
    for sentence in split_sentences(response):
        if _NOT_INTENDED.search(sentence) and any(re.search(rf"\b{re.escape(stem)}", sentence.lower()) for stem in stems):
            return True
    return False
