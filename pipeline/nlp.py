"""The one spaCy pipeline: blank German tokenizer + lookup lemmatizer + rule matchers.

No model is downloaded: `spacy.blank("de")` gives the tokenizer, `spacy-lookups-data`
the German lemma table, so "wurde umgesetzt", "ist umgesetzt worden" and "Umsetzung
erfolgte" all reach the same lemmas and match the same rules.
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.matcher import Matcher


@lru_cache(maxsize=1)
def nlp() -> Language:
    pipeline = spacy.blank("de")
    pipeline.add_pipe("lemmatizer", config={"mode": "lookup"})
    pipeline.initialize()
    return pipeline


@lru_cache(maxsize=1)
def lexicon() -> frozenset[str]:
    """Known German word forms (the lemma table's forms and lemmas), for dehyphenation checks."""
    table = nlp().get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    words: set[str] = set()
    for form, lemma in table.items():
        if isinstance(form, str):
            words.add(form)
        if isinstance(lemma, str):
            words.add(lemma)
    return frozenset(words)


def build_matcher(patterns: dict[str, list[list[dict]]]) -> Matcher:
    matcher = Matcher(nlp().vocab)
    for label, alternatives in patterns.items():
        matcher.add(label, alternatives)
    return matcher
