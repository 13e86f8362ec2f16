"""German word forms for full-text search: Snowball-German stems, for stored text and for queries.

SQLite's FTS5 only stems English (`porter`). The archive therefore keeps a second, stemmed
copy of the searchable text (`letter_stems`, `mandate_stems`, each with its own FTS5 index)
and stems a user's query the same way, so that "Spielplätze" finds "Spielplatz" and
"Anträge" finds "Antrag":

    select * from mandates where id in (
      select rowid from mandates_stem_fts where mandates_stem_fts match stem_query(:q))

`stem_query` and `stem_text` are registered as SQL functions on every connection the archive
opens (`register_functions`); the publishing side registers the same functions in Datasette.
"""
from __future__ import annotations

import re
import sqlite3
from functools import lru_cache

import snowballstemmer

_WORD = re.compile(r"\w+", re.UNICODE)
_STEMMER = snowballstemmer.stemmer("german")


@lru_cache(maxsize=200_000)
def stem_word(word: str) -> str:
    """The Snowball-German stem of one word, lower case, umlauts and ß folded (ä→a, ß→ss)."""
    return _STEMMER.stemWord(word.lower())


def stems(text: str | None) -> list[str]:
    """The stems of the words of a text, in order."""
    if not text:
        return []
    return [stem_word(w) for w in _WORD.findall(text)]


def stem_text(text: str | None) -> str:
    """A text as its stems separated by spaces: what the stemmed FTS indexes store."""
    return " ".join(stems(text))


def stem_query(text: str | None) -> str:
    """A user's search words as an FTS5 query over stems: every word must occur, in any form.

    Operators are not interpreted: each word becomes a quoted stem, so any input is a valid
    query. An empty query becomes `""`, which matches nothing (and is not a syntax error).
    """
    words = stems(text)
    if not words:
        return '""'
    return " ".join(f'"{w}"' for w in dict.fromkeys(words))


# Words that vary between spellings of one office's name and say nothing about which it is.
_NAME_FILLERS = {"für", "fur", "und", "der", "die", "das", "des", "dem", "den", "sowie", "u"}


def department_key(name: str | None) -> str | None:
    """One key for the spellings of one office: "Geschäftsbereich Arbeit, Soziales, Gesundheit und
    Wohnen" and "Geschäftsbereich für Arbeit, Soziales, Gesundheit und Wohnen" are one department.
    Case, ß/ss, umlauts, punctuation, line breaks and filler words do not count."""
    if not name:
        return None
    words = [stem_word(w) for w in _WORD.findall(name.lower().replace("ß", "ss")) if w not in _NAME_FILLERS]
    return " ".join(words) or None


_TITLES = re.compile(r"\b(?:Prof|Dr|Dipl|Ing|rer|nat|jur|med|phil|pol|oec|h\.\s?c|M\.\s?A|B\.\s?A)\.?(?=\s|-|$)", re.I)


def person_key(name: str | None) -> str | None:
    """One key for one person however the name was printed: titles, case, ß/ss, umlauts and
    spacing ignored ("Dr. Peter Lames" = "Peter Lames" = "PETER  LAMES")."""
    if not name:
        return None
    bare = _TITLES.sub(" ", name)
    return " ".join(stem_word(w) for w in re.findall(r"[^\W\d_]+", bare.casefold().replace("ß", "ss"))) or None


def register_functions(conn: sqlite3.Connection) -> None:
    """Make `stem_query(text)`, `stem_text(text)` and `department_key(name)` available in SQL."""
    conn.create_function("stem_query", 1, stem_query, deterministic=True)
    conn.create_function("stem_text", 1, stem_text, deterministic=True)
    conn.create_function("department_key", 1, department_key, deterministic=True)
    conn.create_function("person_key", 1, person_key, deterministic=True)
