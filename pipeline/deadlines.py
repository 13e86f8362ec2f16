"""An answer's text -> the dates it promises for future work.

A deadline is a date the answer names as the target of work still to do: "bis Juli 2022",
"bis zum 30.06.2023", "bis Ende 2024", "im II. Quartal 2015" (the quarter's last month),
"im 2. Halbjahr 2013", a coming session ("in seiner Sitzung am 12.12.2024 beschließen"). Start
dates ("ab Januar 2023"), lower bounds ("frühestens im Frühjahr 2024"), a contract's term
("Der Pachtvertrag läuft bis 2031") and dates of past events ("wurde am 20.02.2022
abgeschlossen", "Bis Ende 2023 wurden 18 Wartehallen begrünt") are not deadlines. Tense and
start words count in the date's own clause (up to ";"), not in the whole sentence.
"""
from __future__ import annotations

import re

from pipeline.dates import find_dates, find_periods
from pipeline.lexicon import ASKS_FOR_REPORTS, NEXT_REPORT_SUBJECT
from pipeline.nlp import NO_FORMS, mend_words
from pipeline.text import sentence_spans

_YEAR_END = re.compile(r"\b(?:Ende|Mitte|Anfang|Frühjahr|Sommer|Herbst|Winter|Jahresende)\s+(?:des\s+Jahres\s+)?(?P<year>(?:19|20)\d{2})\b")
# ("auf das Haushaltsjahr 2026" where the clause postpones: the budget year that funds the work)
_BARE_YEAR = re.compile(r"\b(?:im\s+(?:Jahr|Haushaltsjahr|Wirtschaftsjahr|Laufe\s+des\s+Jahres)\s+|bis\s+(?:zum\s+Jahr\s+)?|für\s+(?:das\s+Jahr\s+)?"
                        r"|auf\s+das\s+(?:Haushalts|Wirtschafts)jahr\s+)(?P<year>(?:19|20)\d{2})\b(?![./]\d)")
# "für 2025" names a target only where the sentence plans ("für 2025 vorgesehen"), not in "Berichtspflicht für das Jahr 2024".
_PLANS = re.compile(r"\b(?:(?:ein)?geplant|vorgesehen|angestrebt|beabsichtigt|erwartet|terminiert|avisiert)\b")
# A plan's word right after a day ("am 08.08.2016 vorgesehen"): the day is the plan's target.
_PLANNED_AFTER = re.compile(r"^\s*(?:[a-zäöüß]+\s+){0,2}?(?:(?:ein)?geplant|vorgesehen|terminiert|avisiert|angestrebt)\b")
# What must stand just before a date for it to be a target.
_TARGET_BEFORE = re.compile(
    r"(?:\bbis(?:\s+spätestens)?(?:\s+(?:zum|zur|Ende|Mitte|Anfang|Ende\s+des\s+Jahres))?"
    r"|\bspätestens(?:\s+(?:zum|im|bis|am))?|\bvoraussichtlich(?:\s+(?:im|zum|bis|Ende|Mitte))?|\bTermin:?|\bFrist:?"
    r"|\b(?:im|zum|für|in|Ende|Mitte|Anfang)(?:\s+(?:den|das|dem|des))?"
    r"|\b\w*[Ss]itzung(?:\s+\S+){0,3}\s+am)\s*$", re.I)     # "für die Ratssitzung am 04.07.2024 vorgesehen"
_START_BEFORE = re.compile(r"\b(?:ab|seit|vom|von|nach|seit\s+dem|ab\s+dem|frühestens(?:\s+(?:im|zum|ab|für|Ende|Mitte))?(?:\s+(?:Haushalts|Wirtschafts)?[Jj]ahr)?"
                           r"|nicht\s+vor(?:\s+(?:dem|der|(?:Ende|Mitte|Anfang)(?:\s+des)?))?)\s*(?:dem\s+)?$"
                           r"|\b(?:Laufzeit|Vertragslaufzeit|befristet|gültig|Geltungsdauer|Bindungsfrist)\b[^.;]{0,20}\bbis\s+(?:zum\s+)?$", re.I)
_FUTURE = re.compile(r"\b(?:wird|werden|soll|sollen|(?:ein)?geplant|vorgesehen|angestrebt|beabsichtigt|voraussichtlich|erfolgt|"
                     r"erfolgen|folgt|folgen|ist\s+zu|sind\s+zu|zu\s+erwarten|zu\s+rechnen|bis|spätestens|Frist|kann|können"
                     # a target's date, "Neuer Fertigstellungstermin ist das III. Quartal 2024" (not a meeting's: "Verhandlungstermin")
                     r"|(?:Fertigstellungs|Ziel|Abschluss|Liefer|Übergabe|End|Umsetzungs|Inbetriebnahme)?[Tt]ermin\b"
                     r"|zugesagt|zugesichert|angekündigt|in\s+Aussicht\s+(?:gestellt|genommen)"
                     r"|rechnet|rechnen|erwartet|erwarten)\b"     # "das Bezirksamt rechnet mit einer Klärung im 2. Quartal 2025"
                     r"|(?<!nicht\s)\bmöglich\b", re.I)
# A target the answer says was missed: "konnte nicht bis zum Sommer 2023 abgeschlossen werden".
_MISSED_BEFORE = re.compile(r"\bnicht\s+(?:(?:wie\s+)?(?:geplant|vorgesehen|vereinbart)\s+)?(?:bis|zum)(?:\s+(?:zum|zur|Ende|Mitte|Anfang))?\s*$", re.I)
# A target that will not be kept, said after it: "die Frist zum 30.09.2024 wird damit nicht gehalten".
_NOT_KEPT_AFTER = re.compile(r"^[^,;]{0,40}\bnicht\s+(?:mehr\s+)?(?:gehalten|eingehalten|einzuhalten|zu\s+halten|haltbar|erreicht|zu\s+erreichen)\b", re.I)
# A promise made in the past names a future target: "der Auftragnehmer hat die Lieferung für … zugesagt".
_PROMISE = re.compile(r"\b(?:zugesagt|zugesichert|angekündigt|in\s+Aussicht\s+gestellt)\b")
# A contract's or agreement's term: "Der Pachtvertrag läuft bis 2031", "hat eine Laufzeit bis …".
# A warranty's or a grant's binding term runs out by itself: "Die Gewährleistungsfrist läuft bis 08.11.2029".
_TERM = re.compile(r"(?:[Vv]ertrag|Vereinbarung|Laufzeit|Pacht|Miete|Gewährleistung|Garantie|Zweckbindung)\w*\b(?:[^.;]|\.(?=\d))*\b(?:läuft|laufen|gilt|gelten|endet|enden)\b"
                   r"|\bLaufzeit\b", re.I)
# "Mit dem Umbau wird im zweiten Halbjahr 2023 begonnen.": when work starts, not a target.
# ("vor Beginn der Herbstpflanzung" sets a term: before the start; so does "zum Schuljahresbeginn", a point in time)
_START = re.compile(r"\b(?:begonnen|beginnen|beginnt|(?<!\bvor\s)(?<!\bvor\sdem\s)(?<!\bzum\s)\w*[Bb]eginn|gestartet|starten|startet|aufgenommen|anlaufen|läuft\s+an)\b")
_PAST = re.compile(r"\b(?:wurde|wurden|war|waren|hat|haben|hatte|fand|fanden|erfolgte|erfolgten|ist\s+\w+\s+worden"
                   r"|konnte|konnten)\b", re.I)     # "konnte nicht wie vorgesehen bis Mitte 2023 vorgelegt werden": missed


# A postponement names its new date, in whatever tense: "musste auf April 2023 verschoben werden".
_POSTPONED_TO = re.compile(r"\bauf\s+(?:den\s+|das\s+|Ende\s+|Mitte\s+|Anfang\s+)?$", re.I)
_POSTPONE = re.compile(r"\b(?:verschoben|verlegt|vertagt|verschieben|verschiebt|verlegen|verlagert)\b")

# A sentence announcing the next report to the council.
_REVIEW = re.compile(r"\berneut\b[^.;]{0,80}\b(?:bericht|informier|unterricht|befass|vorgelegt\b)\w*"
                     r"|\b(?:[Nn]ächste|[Ww]eitere)[nrs]?\s+(?:Beschlusskontrolle|Bericht|Berichterstattung|Sachstandsbericht)\b")


def _clause(sentence: str, at: int) -> str:
    """The part of the sentence between the semicolons around position `at`."""
    start = sentence.rfind(";", 0, at) + 1
    end = sentence.find(";", at)
    return sentence[start:end if end >= 0 else len(sentence)]


def _part(sentence: str, at: int) -> str:
    """The coordinated part of the clause around position `at`: a second verb phrase of the same subject
    ("… wurde … beauftragt und soll im 3. Quartal 2024 vorliegen") is a part of its own; so is a main clause
    after a comma ("… ist die Planung begonnen, die Bauausführung soll im 2. Halbjahr 2023 erfolgen")."""
    bounds = [m for m in re.finditer(r";|\s(?:und|aber|jedoch)\s(?=(?:soll|sollen|wird|werden|muss|müssen)\b)"
                                     r"|,\s(?=(?:der|die|das)\s+[A-ZÄÖÜ]\w+\s+(?:soll|sollen|wird|werden|muss|müssen)\b)", sentence)]
    start = max((m.end() for m in bounds if m.end() <= at), default=0)
    end = min((m.start() for m in bounds if m.start() >= at), default=len(sentence))
    return sentence[start:end]


def find_deadlines(response: str, not_before: str | None = None, reports: bool = False) -> list[str]:
    """Target dates in `response`, in order, without duplicates. `not_before` (the letter's
    date) drops dates that had already passed when the letter was written. For a point asking
    for reports (`reports`), "Der nächste Bericht folgt im …" names its term."""
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    bare: set[str] = set()
    spans = sentence_spans(mend_words(response, NO_FORMS))     # OCR's "nlcht", "vor gesehen" read as the words they are
    for k, (sentence_start, sentence) in enumerate(spans):
        # (the next report right after this one's: "Dies ist der erste Bericht. Der nächste Bericht folgt im …")
        if k and _REVIEW.search(sentence) and not (reports and NEXT_REPORT_SUBJECT.match(sentence)
                                                   and ASKS_FOR_REPORTS.search(spans[k - 1][1])):
            # "… Das Referat wird im ersten Quartal 2025 erneut berichten.": the letter's next review after the
            # answer, no target of the point (an answer that opens with it answers a point asking for a report)
            continue

        def add(start: int, end: int, value: str, needs_future: bool, postponed: bool = False) -> None:
            if any(s < end and start < e for s, e in taken):
                return
            taken.append((start, end))
            before = sentence[max(0, start - 40 - sentence_start):start - sentence_start]
            after = sentence[end - sentence_start:]
            if _START_BEFORE.search(before) or _MISSED_BEFORE.search(before) or _NOT_KEPT_AFTER.search(after) \
                    or _TERM.search(sentence):
                return
            clause = _clause(sentence, start - sentence_start)
            # "… wurde im Oktober 2023 beauftragt und soll im 3. Quartal 2024 vorliegen": the verb of the
            # date's own part of a coordinated clause decides, when that part has one
            part = _part(sentence, start - sentence_start)
            clause = part if _PAST.search(part) or _FUTURE.search(part) else clause
            # "wie vorgesehen" looks back at the plan, it plans nothing
            planned = re.sub(r"\bbis\b|\bwie\s+(?:ursprünglich\s+)?(?:vorgesehen|geplant)\b", "", clause, flags=re.I)
            past = _PAST.search(clause) and not _FUTURE.search(planned) and not postponed
            if past and not re.search(r"\bspätestens\b", before, re.I):
                return         # "Bis Ende 2023 wurden 18 Wartehallen begrünt."
            if needs_future and not postponed and (_PAST.search(clause) and not re.search(r"\bbis\b", before, re.I) and not _PROMISE.search(clause)
                                 or not _FUTURE.search(clause) or _START.search(clause)):
                return
            if not_before and value[:len(not_before)] < not_before[:len(value)]:
                return
            found.append((start, value))

        for period in find_periods(sentence):
            before = sentence[max(0, period.start - 40):period.start]
            add(sentence_start + period.start, sentence_start + period.end, period.value,
                not re.search(r"\bbis\b|spätestens", before, re.I))
        for d in find_dates(sentence):
            start, end = sentence_start + d.start, sentence_start + d.end
            before = sentence[max(0, d.start - 40):d.start]
            postponed = bool(_POSTPONED_TO.search(before) and _POSTPONE.search(_clause(sentence, d.start)))
            # a day planned for the work: "Die Übergabe ist … am 08.08.2016 vorgesehen."
            planned_on = re.search(r"\bam\s*$", before) and _PLANNED_AFTER.match(sentence[d.end:])
            if not _TARGET_BEFORE.search(before) and not postponed and not planned_on:
                taken.append((start, end))
                continue
            add(start, end, d.value, not re.search(r"\bbis\b|spätestens", before, re.I), postponed)
        for m in _YEAR_END.finditer(sentence):
            before = sentence[max(0, m.start() - 30):m.start()]
            needs = not re.search(r"\bbis\b|spätestens", before, re.I)
            # (the middle of a year is its first half's end, as a half-year is its last month: "bis Mitte 2025" -> 2025-06)
            value = f"{m.group('year')}-06" if m.group(0).startswith("Mitte") else m.group("year")
            add(sentence_start + m.start(), sentence_start + m.end(), value, needs)
        for m in _BARE_YEAR.finditer(sentence):
            if m.group(0).lower().startswith("für") and not _PLANS.search(sentence):
                continue
            postponed = m.group(0).startswith("auf")
            if postponed and not _POSTPONE.search(_clause(sentence, m.start())):
                continue
            needs = not m.group(0).lower().startswith("bis")
            add(sentence_start + m.start("year"), sentence_start + m.end(), m.group("year"), needs, postponed)
            if needs:
                bare.add(m.group("year"))
    values: list[str] = []
    for _, value in sorted(found):
        if value not in values:
            values.append(value)
    # a year named bare ("im Jahr 2025", "für 2025") that the answer also names more closely is that target, said
    # coarsely: "folgen im Jahr 2025 … bis Juni 2025" (a year's end is a target of its own: "bis Juni … bis Ende 2025")
    return [v for v in values if not (v in bare and any(w != v and w.startswith(v) for w in values))]
