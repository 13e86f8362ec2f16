"""Points a letter names in its prose rather than lists: "Mit dem Beschluss wurde das Bezirksamt gebeten,
an den Hauptwegen Bänke aufzustellen (Ziffer 1) und dabei Modelle mit Armlehnen zu verwenden (Ziffer 2)."

Each clause before such a citation is a point's text. The paragraphs after it answer them without naming
them; each point takes the paragraph that shares most of its nouns, a noun counting less the more points
share it (German capitalises nouns: the words a point is about). A point no paragraph speaks of keeps no
answer: an empty answer beats a guessed one.
"""
from __future__ import annotations

import re

# "(Ziffer 1)", "(Punkt 2)", "(Nr. 3)" closing a clause
_CITATION = re.compile(r"\s*\((?:Beschluss)?(?:Ziffer|Ziff\.|Punkt|Nr\.)\s*(?P<num>\d{1,2}[a-z]?)\)")
# where a cited clause starts: after the last comma, colon, semicolon or sentence end before its citation
_CLAUSE_EDGE = re.compile(r"(?:[,;:]|[.!?](?=\s+[A-ZÄÖÜ]))\s+")
_JOINER = re.compile(r"^(?:und|sowie|zudem|außerdem|ferner)\s+", re.I)
_NOUN = re.compile(r"(?<![\wäöüß])[A-ZÄÖÜ][a-zäöüß]{3,}(?:-[A-ZÄÖÜ]?[a-zäöüß]+)*")
_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]{5,}")


def cited_clauses(paragraph: str) -> tuple[list[tuple[str, str]], str]:
    """(number, clause) for each clause the paragraph closes with a citation of its point, when it cites
    at least two points numbered in order from 1; and what follows the sentence of the last citation
    (an answer run on where no space set the paragraphs apart)."""
    found, start = [], 0
    for m in _CITATION.finditer(paragraph):
        before = paragraph[start:m.start()]
        edges = list(_CLAUSE_EDGE.finditer(before))
        clause = _JOINER.sub("", before[edges[-1].end():] if edges else before.strip()).strip()
        found.append((m.group("num"), clause))
        start = m.end()
    numbers = [int(re.match(r"\d+", n).group(0)) for n, _ in found]
    if len(found) < 2 or numbers[0] != 1 or any(b not in (a, a + 1) for a, b in zip(numbers, numbers[1:])) \
            or any(len(clause.split()) < 2 for _, clause in found):
        return [], ""
    end = re.search(r"[.!?](?:\s|$)", paragraph[start:])
    return found, paragraph[start + end.end():].strip() if end else ""


def _nouns(text: str) -> set[str]:
    # (the first word of a sentence is capitalised whatever it is: too short or common to count)
    return {w.lower() for w in _NOUN.findall(text) if len(w) >= 5}


def _speaks_of(noun: str, words: set[str]) -> bool:
    """A noun stands in a paragraph, or in a compound there ("Bankpatenschaft" speaks of "Paten")."""
    return any(noun in word or word in noun for word in words if len(word) >= 5)


def assign_answers(clauses: list[str], paragraphs: list[str]) -> list[int | None]:
    """For each clause, the index of the paragraph that answers it (None where none speaks of it)."""
    nouns = [_nouns(clause) for clause in clauses]
    # how many clauses share a noun (or a compound of it): the rarer, the more it tells
    share = {n: sum(_speaks_of(n, other) for other in nouns) for own in nouns for n in own}
    words = [{w.lower() for w in _WORD.findall(p)} for p in paragraphs]
    best: list[int | None] = []
    for own in nouns:
        scores = [sum(1 / share[n] for n in own if _speaks_of(n, ws)) for ws in words]
        top = max(scores, default=0)
        best.append(scores.index(top) if top > 0 and scores.count(top) == 1 else None)
    return best


def short_line_paragraphs(lines: list[str]) -> list[list[str]]:
    """A block of lines split into paragraphs where a sentence ends on a short line: a text layer that
    kept no space between paragraphs still ends each on a line the margin did not fill."""
    width = max((len(line) for line in lines), default=0)
    out: list[list[str]] = [[]]
    for line in lines:
        out[-1].append(line)
        if line.endswith((".", "!", "?")) and len(line) < 0.75 * width:
            out.append([])
    return [part for part in out if part]
