"""A point's quote and answer as the record gives them: labels, quotation marks and the letter's
closing sentences taken off (the vocabulary lives in `pipeline.lexicon`)."""
from __future__ import annotations

import re

from pipeline.lexicon import ANSWER_PREAMBLE, ASKS_FOR_REPORTS, COUNCIL_INFORMED, LETTER_CLOSING, NEXT_REPORT, NEXT_REPORT_SUBJECT, OF_RESOLUTION, QUOTE_INTRO
from pipeline.text import join_lines, sentence_spans


def introduces_quote(line: str) -> bool:
    """Whether the resolution's text follows this line ("… folgenden Beschluss gefasst (Drs. 22-1386):")."""
    return bool(QUOTE_INTRO.search(line.strip()))


def clean_quote(lines: list[str]) -> str:
    text = join_lines(lines).strip()
    text = re.sub(r"^(?:Beschluss(?:punkt|text|inhalt)?|Auftrag|Wortlaut|Beschlussfassung)\s*:\s*", "", text)
    text = re.sub(r"^[\"“”„»«']+\s*", "", text)
    text = re.sub(r"\s*[\"“”„»«'/*]+\s*$", "", text)
    text = re.sub(r"^(?:Der|Die|Das)\s+[\w\s-]{2,60}?\s+beschlie(?:ß|ss)t\s*:\s*", "", text)
    text = re.sub(r"\s+Begründung\s*:.*$", "", text)      # a motion's reasons after its last point: no part of it
    return text.strip()


def clean_response(lines: list[str], only_point: bool = False, quote: str = "") -> str:
    """The answer's text without the letter's closing sentences ("Eine weitere Berichterstattung
    erfolgt …"). The answer to a letter's only point keeps what it says of the resolution
    ("Der Beschluss ist damit umgesetzt."): that is its answer. So does the answer to a point
    asking for reports (its `quote`) keep "Der nächste Bericht folgt im …": that answers it."""
    text = join_lines(lines).strip(" *")
    if re.fullmatch(r"[-–—/]*", text):
        return ""          # a table's empty cell ("–")
    text = ANSWER_PREAMBLE.sub("", text, count=1).strip() or text
    spans = sentence_spans(text)
    # a dated announcement of the next report ("Die Stadtverordnetenversammlung wird im III. Quartal 2025
    # erneut informiert.") turns from the point to the letter: it and what follows it are no answer
    reports = bool(ASKS_FOR_REPORTS.search(quote))
    dated = next((i for i, (_, sentence) in enumerate(spans) if i and _announces_next_report(sentence, only_point)), None)
    if dated and reports and NEXT_REPORT_SUBJECT.match(spans[dated][1]) and ASKS_FOR_REPORTS.search(spans[dated - 1][1]):
        dated += 1        # the report asked for, announced after this one ("Dies ist der erste Bericht."): it ends the answer
    spans = spans[:dated] if dated else spans
    while len(spans) > 1 and LETTER_CLOSING.search(spans[-1][1]) and not (only_point and OF_RESOLUTION.search(spans[-1][1])) \
            and not (reports and (NEXT_REPORT_SUBJECT.match(spans[-1][1]) or REPORT_ON_RESULT.match(spans[-1][1])
                                  or COUNCIL_INFORMED.match(spans[-1][1]))):
        spans.pop()
    return text[: spans[-1][0] + len(spans[-1][1])].strip() if spans else text


# A report on the point's own matter, announced ("Über das Ergebnis wird der Ausschuss im Oktober 2025 unterrichtet."):
# to a point asking for a report, that is its answer (not a further report on the whole resolution)
# (not the further course, "Über den weiteren Fortgang …", nor the next report, "mit der nächsten Beschlusskontrolle")
REPORT_ON_RESULT = re.compile(r"^Über\s+(?:das|die|den)\s+(?!.*\b(?:erneut|n[äa]chste[nr]?|w\S?iteren?|Fortgang)\b)")


def _announces_next_report(sentence: str, only_point: bool) -> bool:
    """A closing sentence that dates a further report ("… wird im III. Quartal 2025 erneut informiert.");
    the resolution's own state, in a letter's only answer, is that answer's."""
    return bool(LETTER_CLOSING.search(sentence) and re.search(r"\b20\d\d\b", sentence) and NEXT_REPORT.search(sentence)) \
        and not (only_point and OF_RESOLUTION.search(sentence))
