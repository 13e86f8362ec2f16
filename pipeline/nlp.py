"""The one spaCy pipeline: blank German tokenizer + lookup lemmatizer + rule matchers.

No model is downloaded: `spacy.blank("de")` gives the tokenizer, `spacy-lookups-data`
the German lemma table, so "wurde umgesetzt", "ist umgesetzt worden" and "Umsetzung
erfolgte" all reach the same lemmas and match the same rules.
"""
from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.matcher import Matcher

from pipeline.lexicon import FUNCTION_WORDS, REVIEW_WORDS, STRUCTURE_WORDS
from pipeline.memo import kept_table
from pipeline.text import within_one_edit


@lru_cache(maxsize=1)
def nlp() -> Language:
    pipeline = spacy.blank("de")
    pipeline.add_pipe("lemmatizer", config={"mode": "lookup"})
    pipeline.initialize()
    return pipeline


@lru_cache(maxsize=1)
def lexicon() -> frozenset[str]:
    """Known German word forms (the lemma table's forms and lemmas, and the function words it lacks),
    for dehyphenation checks and OCR mending."""
    table = nlp().get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    words: set[str] = set(FUNCTION_WORDS)
    for form, lemma in table.items():
        if isinstance(form, str):
            words.add(form)
        if isinstance(lemma, str):
            words.add(lemma)
    return frozenset(words)


# Two words OCR ran together, the second capitalised: "weitererBericht", "DasErgebnis", "imHaushalt"
# (not a gender form, "BürgerInnen", nor a word the lexicon knows whole)
_RUN_TOGETHER = re.compile(r"\b([A-ZÄÖÜ]?[a-zäöüß]+)([A-ZÄÖÜ][a-zäöüß]{2,})\b")
_GENDER_ENDINGS = frozenset({"Innen", "In"})
_MONTH_NAMES = frozenset({"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
                          "november", "dezember"})
# and the negation run into its verb: "nichterfolgt", "nochnicht" (or the word before into it: "bishernicht")
_NEGATION_RUN_TOGETHER = re.compile(r"\b(nicht|noch)([a-zäöüß]{4,})\b")
_RUN_INTO_NEGATION = re.compile(r"\b([a-zäöüß]{3,})(nicht)\b")
# a noun OCR ran into the auxiliary after it: "Die Verwaltungwird den Ausschuss …"
_AUXILIARY_RUN_TOGETHER = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]{3,})(wird|werden|wurde|wurden|ist|sind|hat|haben|soll|sollen|kann|können)\b")
# ... or into the participle after it: "Das Amt hat die Anordnungabgelehnt" (a compound ends in a noun, not a participle)
# ... or into the "und" closing an enumeration: "Bildung, Jugendund Sport" (a noun ending so, "Verbund", is known whole)
_UND_RUN_TOGETHER = re.compile(r"(?<=,\s)([A-ZÄÖÜ][a-zäöüß]{3,})und(?=\s[A-ZÄÖÜ])")
_PARTICIPLE_RUN_TOGETHER = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]{3,}?)((?:ab|an|auf|aus|ein|fest|vor|zu|zurück|um)?ge[a-zäöüß]{3,}t)\b")


# Articles and prepositions the lemma table lacks, which OCR runs into the next word most ("imHaushalt", "DasErgebnis")
_SHORT_WORDS = frozenset({"der", "die", "das", "dem", "den", "des", "ein", "eine", "einen", "einem", "einer", "eines", "im", "am",
                          "zum", "zur", "vom", "beim", "ins", "in", "an", "auf", "aus", "bei", "mit", "nach", "von", "zu", "für",
                          "über", "unter", "vor", "bis", "seit", "durch", "gegen", "ohne", "um", "und", "oder", "sowie"})


def inflections(lemmas: set[str]) -> set[str]:
    """Every form the lemma table lists for these lemmas ("begonnen", "beginnt" for "beginnen")."""
    wanted = {lemma.lower() for lemma in lemmas}
    table = _forms()      # (its keys are hashes: the forms are looked up from the lexicon's words)
    return {word.lower() for word in lexicon() if (table.get(word) or "").lower() in wanted}


@lru_cache(maxsize=1)
def _forms():
    """The lemma table's word forms (inflected ones too: "weiterer"), which `lexicon` holds only as lemmas."""
    return nlp().get_pipe("lemmatizer").lookups.get_table("lemma_lookup")


def _known_form(word: str, known: frozenset[str]) -> bool:
    """A word the lexicon knows, as printed or in lower case, or an inflected form the lemma table lists ("weiterer")."""
    low = word.lower()
    return word in known or low in known or low in _SHORT_WORDS or low in _forms()


def known_word(word: str) -> bool:
    """A word form the lexicon or the lemma table knows ("nächste", "Information")."""
    return _known_form(word, lexicon())


def split_run_together(text: str) -> str:
    """The text with two known words that OCR ran together parted again ("weitererBericht" -> "weiterer Bericht")."""
    known = lexicon()
    alone = " " not in text.strip()

    def split(m: re.Match) -> str:
        a, b = m.group(1), m.group(2)
        if b in _GENDER_ENDINGS or m.group(0) in known or len(a) < 2:
            return m.group(0)
        # (two nouns joined are a compound or a name: "StadtGrün", "StadtRad"; OCR runs a small word into the next,
        # or a signatory's first name into the surname, alone on its line: "SabineGroß-Hennig")
        noun = a[0].isupper() and a.lower() not in _SHORT_WORDS and a.lower() not in _forms()
        if noun and (alone or b.lower() in _MONTH_NAMES):     # "MitteOktober 2022"
            return f"{a} {b}"
        if not noun and _known_form(a, known) and _known_form(b, known):
            return f"{a} {b}"
        if not noun and len(a) >= 5 and (_known_form(b, known) or b in REVIEW_WORDS or b in STRUCTURE_WORDS) and not _known_form(a, known) \
                and any(_known_form(a[:-1] + glyph, known) for glyph in "etnrs"):
            return f"{a} {b}"      # the first word's last glyph misread too: "nächstcBeschlusskontrolle"
        return m.group(0)

    def negation(m: re.Match) -> str:
        rest = m.group(2)
        return m.group(0) if _known_form(m.group(0), known) or not _known_form(rest, known) else f"{m.group(1)} {rest}"

    def auxiliary(m: re.Match) -> str:
        whole, noun = m.group(0), m.group(1)
        return whole if _known_form(whole, known) or not _known_form(noun, known) else f"{noun} {m.group(2)}"

    def participle(m: re.Match) -> str:
        whole, noun, verb = m.group(0), m.group(1), m.group(2)
        return whole if _known_form(whole, known) or not _known_form(noun, known) or not _known_form(verb, known) else f"{noun} {verb}"

    def into_negation(m: re.Match) -> str:
        return m.group(0) if _known_form(m.group(0), known) or not _known_form(m.group(1), known) else f"{m.group(1)} nicht"

    text = _NEGATION_RUN_TOGETHER.sub(negation, _RUN_TOGETHER.sub(split, text))
    text = _UND_RUN_TOGETHER.sub(lambda m: m.group(0) if _known_form(m.group(0), known) else f"{m.group(1)} und", text)
    return _PARTICIPLE_RUN_TOGETHER.sub(participle, _AUXILIARY_RUN_TOGETHER.sub(auxiliary, _RUN_INTO_NEGATION.sub(into_negation, text)))


def build_matcher(patterns: dict[str, list[list[dict]]]) -> Matcher:
    matcher = Matcher(nlp().vocab)
    for label, alternatives in patterns.items():
        matcher.add(label, alternatives)
    return matcher


class WordForms:
    """Word forms of seven letters or more, the targets of `mend_words`, indexed by their one-glyph
    deletions (a word one edit from a form shares a key with it); what each word read mends to is
    kept for the letter (letters repeat their words)."""

    def __init__(self, words: set[str]) -> None:
        self._forms = frozenset(w.lower() for w in words if len(w) >= 7)
        self._by_key: dict[str, set[str]] = {}
        for form in self._forms:
            for key in _deletions(form):
                self._by_key.setdefault(key, set()).add(form)
        self._mended: dict[tuple[str, bool], str] = kept_table()

    def one_edit_from(self, word: str) -> list[str]:
        """The forms within one inserted, deleted or replaced glyph of `word` that begin as it does:
        shorter forms first, then by spelling."""
        found = {form for key in _deletions(word) for form in self._by_key.get(key, ())}
        return sorted((f for f in found if f[0] == word[0] and within_one_edit(word, f)), key=lambda f: (len(f), f))

    def __contains__(self, form: str) -> bool:
        return form in self._forms

    def mended(self, word: str, one_edit: bool, mend) -> str:
        key = (word, one_edit)
        if key not in self._mended:
            self._mended[key] = mend(word)
        return self._mended[key]


def _deletions(word: str) -> set[str]:
    """The word and every string one glyph shorter."""
    return {word} | {word[:k] + word[k + 1:] for k in range(len(word))}


def by_length(words: set[str]) -> WordForms:
    """The targets of `mend_words`: word forms of seven letters or more."""
    return WordForms(words)


NO_FORMS = WordForms(set())    # mend split and misread function words only


def _inflection(a: str, b: str) -> bool:
    """Two forms that differ in their last two letters only ('vorliegenden', 'vorliegender'), those of `a`
    letters of German endings ('nächstc' is a damaged 'nächste', no form of it)."""
    n = min(len(a), len(b)) - 2
    return a[:n] == b[:n] and set(a[n:]) <= set("emnrst")


# (a "1" inside a word is OCR's "l": "abge1ehnt")
_WORD = re.compile(r"[A-Za-zÄÖÜäöüß](?:[A-Za-zÄÖÜäöüß]|1(?=[a-zäöüß])){5,}[A-Za-zÄÖÜäöüß]")
_SPLIT = re.compile(r"\b([a-zäöüß]{2,})\s([a-zäöüß]{3,})\b")
_PARTICLES = frozenset({"ab", "an", "auf", "aus", "bei", "durch", "ein", "fest", "fort", "mit", "nach", "um", "vor", "weg", "zu", "zurück", "zusammen"})


# A short lower-case word, and the glyphs OCR reads for an "i" in it ("nlcht", "derzeít"): a function word misread.
_SHORT_WORD = re.compile(r"\b[a-zäöüßíìl1]{3,8}\b")
_I_LOOKALIKES = str.maketrans({"l": "i", "1": "i", "í": "i", "ì": "i"})


# Glyph groups OCR confuses with each other: "li" read as "h", "rn" as "m", "ü" as "ii", and single
# glyphs of like shape ("Bescbluss", "Umselzung", "entschleden", "PIanung" once lower-cased).
_GLYPH_PAIRS = (("h", "li"), ("m", "rn"), ("rn", "m"), ("ii", "ü"), ("d", "cl"),
                ("b", "h"), ("h", "b"), ("c", "e"), ("e", "c"), ("l", "t"), ("t", "l"), ("l", "i"), ("i", "l"),
                ("n", "u"), ("u", "n"))


def _glyph_readings(word: str) -> list[str]:
    """The word with one confusable glyph group read as the other."""
    readings = []
    for a, b in _GLYPH_PAIRS:
        at = word.find(a, 1)
        while at >= 0:
            readings.append(word[:at] + b + word[at + len(a):])
            at = word.find(a, at + 1)
    return readings


def mend_words(text: str, forms: WordForms, one_edit: bool = True) -> str:
    """Words OCR damaged by one glyph ('erfüilt', 'bcrichten') read as the word of `forms` (see
    `by_length`) they must be, when the damaged form is no German word of its own;
    a word OCR split ('abge schlossen') joined where only the join is a word. Without `one_edit`
    only confused glyph groups are read ('beschheßt' for 'beschließt'): for words whose inflections
    the lexicon may lack ('Beschlüssen' is no damaged 'beschlossen')."""
    known = lexicon()

    def read(word: str) -> str:
        low = word.lower()
        if word in known or low in known:
            return word
        for form in forms.one_edit_from(low) if one_edit else ():
            # an inflection ("vorgesehene") differs at the end only: that is no damage
            if not _inflection(low, form):
                return form if word[0].islower() else form.capitalize()
        for form in _glyph_readings(low):      # two glyphs read as one or one as two: "beschheßt"
            if form in forms:
                return form if word[0].islower() else form.capitalize()
        return word

    def mend(m: re.Match) -> str:
        return forms.mended(m.group(0), one_edit, read)

    def join(m: re.Match) -> str:
        a, b = m.group(1), m.group(2)
        if (a not in known or b not in known) and (a + b) in known:
            return a + b
        # a particle split off its participle at the clause's end ("ist … vor gesehen."): both are words, the
        # split is no German (a particle stands after its verb, not before the participle)
        if a in _PARTICLES and b.startswith("ge") and re.match(r"\s*(?:[.,;:!?]|$)", m.string[m.end():]) and (a + b) in known:
            return a + b
        return m.group(0)

    def function_word(m: re.Match) -> str:
        word = m.group(0)
        if word in known:
            return word
        read = word.translate(_I_LOOKALIKES)
        return read if read in FUNCTION_WORDS else word

    if not one_edit:
        return _WORD.sub(mend, text)
    return _WORD.sub(mend, _SHORT_WORD.sub(function_word, _SPLIT.sub(join, text)))
