"""Body -> the quoted resolution points and the answers to them.

Letters quote the resolution in several ways, all read by one pass over the lines:
- each point quoted and answered:       `1. „…“` then the answer
- headed points:                        `Beschlusspunkt 1:` / `Punkt 1:` then the text, `Sachstand: …`
- all points in one quoted block:       `„Der Stadtrat beschließt: 1. … 2. …“` then one joint answer,
                                        or answers headed `zu Beschlusspunkt 1`
- points quoted one after the other and answered together
- one unnumbered point:                 `„…“` then the answer (number "1")
- one unmarked point:                   "… folgenden Beschluss gefasst:" then the text, then
                                        "Das Bezirksamt nimmt hierzu wie folgt Stellung:" and the answer
- two resolutions:                      `Zu A0218/21:` groups, numbering restarts per group
"""
from __future__ import annotations

import bisect
import re
from itertools import groupby
from dataclasses import dataclass, field

from pipeline import formrows
from pipeline.dates import find_dates
from pipeline.header import quoted_title
from pipeline.marking import is_marking
from pipeline.memo import per_letter
from pipeline.markers import ANSWER_HEAD, LOOKALIKE_MARKER, MANDATE_LANGUAGE, MARKER, RESOLVES, MORE_TARGETS, TARGET, named_in_passing, next_numbers, \
    numbered_answer_heads, ordinal_heads
from pipeline.closing import REVIEW_FORMS
from pipeline.nlp import by_length, mend_words
from pipeline.numbering import LETTERHEAD_ROW, repair_numbers
from pipeline.prose import assign_answers, cited_clauses, short_line_paragraphs
from pipeline.answers import introduces_quote
from pipeline.lexicon import (ANSWER_OPENER, FURTHER_COURSE, LINE_LABELS, PAGE_MARK, REPORT_TITLE, ANSWERS_END, ANSWER_INTRO, ANSWER_INTRO_WORDS, CLOSING_STATEMENT, NEXT_SECTION, NOTHING_TO_DO, OF_RESOLUTION,
                              QUOTE_INTRO, REPORTS_LATER, SETTLED_REQUEST, TREATMENT_REMARK)
from pipeline.references import find_resolutions, find_sessions
from pipeline.sections import SALUTATION
from pipeline.tables import answers_table, pipe_table, stacked_table
from pipeline.text import RUNS_ON, join_lines, repair_label, sentence_spans, strip_debris

# A heading that opens the points of one resolution: "Zu A0218/21:", "II. V-Co00017/22 (OR Co/012/2022)", "Zu II. VII/2021/02960",
# "2. VO/2022/0412 – Einrichtung eines Jugendbeirates",
# "B) Vorlage 2023/BV/4410", "Zum Antrag VII-A-04512", "II. Zum Beschluss § 3588", "Zu 2. (§ 2388)" (the reference's second).
_GROUP_HEAD = re.compile(r"^(?P<prefix>(?:[IVX1l]{1,4}\.\s*)?(?:zu[mr]?|Zu[mr]?)\s+(?:[IVX]{1,4}\.\s*|\d{1,2}\.\s*(?=\())?|[IVX1l]{1,4}\.\s*|[A-H][.)]\s*|\d\.\s*(?=(?:Antrag|Vorlage|Beschluss|Drucksache)\b|[A-Z][\w/-]*\d\s+[–—-]\s))?"
                         r"(?:(?:der|dem|den)\s+)?"
                         r"(?P<kind>(?:[A-Z]{1,4}-)?(?:(?!Informations|Mitteilungs|Unterrichtungs|Berichts)(?:[A-ZÄÖÜ][a-zäöüß]+)?(?:[Aa]ntrag|[Vv]orlage)|Beschluss|Drucksache))?"
                         r"\s*(?:Nr\.\s*)?"   # "Sitzungsvorlage" (not a report's own form: "Informationsvorlage 2024/IV/0123")
                         r"(?:(?<=[a-z]\s)\d{1,2}\s*[–—-]\s*(?=[A-Z]))?(?P<rest>.*?):?\s*$")     # "Beschluss 2 – AN/2023/033: …"
_TITLE_NAMING = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})\.\s+(?P<title>[A-ZÄÖÜ][^().:;„“\"]{3,100}?)\s*"
                           r"\((?:[\w-]*(?:Beschluss|Vorlage|Drucksache|Antrag)\w*)\s+[^()]{3,40}\)\s*:?$")
# "Sachstand:", "Antwort der Verwaltung:", "Stand der Umsetzung:" open an answer and are not part of it.
_LEAD_LABEL = re.compile(
    r"^(?:(?:Sachstand|Stand|Antwort|Stellungnahme|Umsetzung|Umsetzungsstand|Vollzug|Bericht|Ergebnis|Erläuterung|Sachstandsbericht|Erledigungsvermerk)"
    r"(?:\s+(?:der|des|zur|zum)\s+[\wäöüÄÖÜß]+|\s+(?-i:[A-ZÄÖÜ]{2,6})\b)?"     # "Antwort ASV: …"
    r"|(?:Hierzu|Dazu)(?:\s+(?:berichtet|teilt|antwortet)\s+[^.:]{0,40})?"      # "Hierzu: Die Anordnung liegt vor."
    r"|(?:Das|Der|Die)\s+[\w-]+\s+(?:berichtet|teilt|antwortet)\s+(?:hierzu|dazu)\b[^.:]{0,30}"
    r"|Zu[mr]\s+(?:Vollzug|Umsetzung|Stand|Sachstand)\s+wird\s+(?:mitgeteilt|berichtet))\s*:\s*"     # "Zum Vollzug wird mitgeteilt: Erledigt."
    r"|[→⇒➔➜➢►▶]\s*|[-=]>\s*|>\s+(?=[A-ZÄÖÜ])", re.I)   # an arrow before the answer: "→ Die Ausführungsplanung liegt vor." (OCR: "> Die …")
# A heading over the answers, without a colon: "Stellungnahme des Amtes für Straßen und Verkehr (ASV) vom 29.01.2025"
_ANSWERS_HEADING = re.compile(r"^(?:Stellungnahme|Sachstand|Antwort|Bericht|Umsetzungsstand)\b(?:\s+(?:de[sr]|zu[mr]?|vom)\b(?:[^.:;]|\.(?=\d))*)?$")
_ENACTMENT = re.compile(r"^[\"„“”»]?\s*(?:Der|Die|Das)\s+[\w\s-]{2,60}?\s+beschlie(?:ß|ss)t\s*:\s*[\"“”]?$")
_PAGE_ARTEFACT = re.compile(
    rf"^{PAGE_MARK}$"
    r"|\bSeite\s*:?\s*[\dlI]{1,3}\s*(?:von|/)\s*\d+\b|^[A-ZÄÖÜ].{10,}\sSeite\s+\d{1,3}$|\bIBAN\b|·.*·"
    r"|^Seite\s+\d{1,3}\s+(?:der|des|zur|zum)\s+\S.{2,80}$"     # "Seite 2 der Mitteilungsvorlage 24/SVV/0318"
    r"|^(?:Postanschrift|Besucheranschrift|Hausanschrift|Bankverbindung|Internet|Sprechzeiten)\s*:")
# Labelled lines after an answer that are facts about the point, not answer text.
# A form's rows about the point that are not its answer ("zuständiges Amt: …", "Gründe für Verzögerung: …") are kept apart too.
_FACT = re.compile(r"^(?P<label>Status|Termin|Frist|Zieltermin|Umsetzungsstatus|Erledigungsvermerk(?=\s*:\s*\S+(?:\s+\S+){0,3}\s*$)|[Zz]uständige[sr]?\s+\w+|Zuständigkeit|Federführung"
                   r"|Gründe\s+für\s+(?:die\s+)?Verzögerung|Begründung\s+(?:der|für\s+die)\s+Verzögerung(?:\s+zu\s+(?:Nr\.|Ziffer|Punkt)\s*\d{1,2}(?:\.\d)?)?)"
                   r"\s*:\s*(?P<value>.+)$")
_FACT_ROLE = {"status": "status", "umsetzungsstatus": "status", "erledigungsvermerk": "status", "termin": "date", "frist": "date", "zieltermin": "date"}
# A lead-in that hands the points to someone in any tense ("… hat den Magistrat beauftragt,", "… hat
# beschlossen, die Verwaltung zu beauftragen,"): with a trailing comma, what follows are the points' clauses.
_COMMISSIONS = re.compile(r"(?:\b|(?<=wird)|(?<=werden))(?:beauftragt|ersucht|gebeten|aufgefordert|ermächtigt)\b"
                          r"|\bzu\s+(?:beauftragen|ersuchen|bitten|ermächtigen|verpflichten)\b|\baufzufordern\b")
# An answer's heading naming the resolution and its point: "Zu A0345/10, Punkt 1:", "Zu V0981/11 Ziffer 2:"
_RESOLUTION_POINT_HEAD = re.compile(r"^(?:Zu|zu)\s+(?P<id>\S.{2,40}?),?\s+(?:Beschluss)?(?:Punkt|Ziffer|Nr\.)\s+"
                                    r"(?P<num>\d{1,2}(?:\.\d{1,2})?[a-z]?)\s*[:.)]?\s*(?P<rest>.*)$")
# A lead line naming the one point of the resolution reported on: "Beschluss … vom 05.12.2024, Ziffer 3:".
# "Zu Ziffer 3 berichten wir:", "Unter Ziffer 3 des Beschlusses hat der Kreistag folgende Maßnahmen" / "beschlossen, …:"
_NAMES_POINT = re.compile(r"\b(?:Ziffer|(?:Beschluss)?[Pp]unkt)\s+(?P<n>\d{1,2})(?:\s*:?|,?\s+[^.:\d]{3,160}:)\s*$")
# A report's numbered section that holds the points: "3 Beschlusspunkte und Sachstand", "2. Stand der Umsetzung";
# its parts 3.1, 3.2 are the points (a heading: a few words, no sentence)
_POINTS_SECTION = re.compile(r"^(?P<n>\d{1,2})\.?\s+(?=[^.]{0,60}$)(?:[\wäöüÄÖÜß-]+\s+){0,4}?"
                             r"(?:Beschluss(?:punkte|ziffern|inhalte?)|Sachstand|Umsetzungsstand|(?:Stand\s+der\s+)?Umsetzung)\b")
# Points run together in one paragraph ("… aufzunehmen. 2. Das Ergebnis …"): each number after a
# sentence end starts a line of its own; the sequence check then decides whether it is a point.
# (not a date's ordinal after its label: "Termin: 2. Hj./2024", "Frist: 1. Quartal 2025")
_INLINE_POINT = re.compile(r"(?<!Termin:)(?<!Frist:)(?<=[.;:!?“\"])\s+(?=(?:\(?\d{1,2}[.)]|[a-h]\))\s+[„\"»A-ZÄÖÜ])"
                           # an answer's heading after a sentence or a label: "Ergebnis: Zu 1: Die Zuwegung … freigegeben. Zu 2: …"
                           r"|(?<=[.;:!?])\s+(?=Zu\s+(?:Punkt\s+|Ziffer\s+)?\d{1,2}[a-z]?\s*[.:)]\s+[A-ZÄÖÜ])")
# Points counted in parentheses inside one sentence: "Die Verwaltung wird gebeten, (1) den Fußweg … auszustatten
# und (2) die Hecke …". Split only where the text counts (1) and (2) so; the sequence check decides the rest.
_INLINE_COUNTED = re.compile(r"(?:(?<=[,;:])|(?<=\bund)|(?<=\boder))\s+(?=\(\d{1,2}\)\s+[a-zäöüA-ZÄÖÜ„])")
_COUNTED_NUMBER = re.compile(rf"{_INLINE_COUNTED.pattern}\((\d)\)")
# A title in quotes ("„Trinkwasserspender an Lübecker Schulen“"), not a resolution's sentence: no point
_QUOTED_TITLE = re.compile(r"^[„\"“»][^„\"“”»«.,!?:;]{3,120}[“\"”«]\s*$")
# A point's title on its number's line ("2. Rufbusangebote"): a few words, no sentence
_HEADING = re.compile(r"^[A-ZÄÖÜ][^.,;:!?„“\"»«]{2,100}$")
# a name in quotes inside a sentence: „Weixdorf, Bad“
_QUOTED_NAME = re.compile(r"(?<=\w\s)[„\"»][^„“”»«\".:;!?]{2,60}[“”«\"](?=\s\w)")
# a name in quotes with the full stop after it: the end of a sentence ("„Klimafolgenanpassung in Kommunen“.")
_QUOTED_NAME_ENDS = re.compile(r"[„\"»][^„“”»«\".:;!?]{2,80}[“”«\"][.;]")
# Letters OCR reads for a point's digit: "A." for "4.", "S." for "5."
_LOOKALIKES = {"A": "4", "l": "1", "L": "1", "|": "1", "I": "1", "S": "5", "B": "8", "Z": "2", "G": "6", "T": "71", "t": "1"}   # (T for 7 or 1)
# and its comma, semicolon or colon for the point after the number ("2; Der Kaufpreis …", "2: Die Finanzierung")
_LOOKALIKE_STOP = re.compile(r"^(?P<n>\d{1,2})[;,:](?=\s+[„»\"A-ZÄÖÜ])")
_ROMAN_INDEX = {"I": 0, "II": 1, "III": 2, "IV": 3, "V": 4, "VI": 5}
# A roman numeral alone heading the answers to one resolution's points: "Zu I.", "Zu II.:"
_ROMAN_GROUP_ANSWERS = re.compile(r"^[Zz]u\s+(?P<r>[IVX]{1,4})\.?\s*:?$")
_OPENERS = "„‚»"
_AMBIGUOUS = "\"“”'«"


@dataclass
class Point:
    number: str
    resolution: str | None
    quote: list[str] = field(default_factory=list)
    response: list[str] = field(default_factory=list)
    unclosed: bool = False     # its quote never got a closing mark (OCR lost it)
    facts: dict[str, str] = field(default_factory=dict)   # labelled cells: "status", "date" ("Termin: 31.03.2025")
    joins: list["Point"] = field(default_factory=list)   # points answered by this point's answer ("Zu 2 und 3:")


@per_letter   # asked of the same lines by the point readers and the header's checks
def is_artefact(line: str) -> bool:
    """Page numbers, running headers and footers left in a text between two pages, and a
    confidentiality marking repeated on a page ("VS – Nur für den Dienstgebrauch")."""
    return bool(_PAGE_ARTEFACT.search(line.strip())) or is_marking(line)




def _identifier_alone(line: str) -> bool:
    """A line that is a resolution's identifier and perhaps its session, nothing else."""
    found = find_resolutions(line)
    if not found or found[0][1] > 2:
        return False
    rest = line[:found[0][1]] + line[found[0][2]:]
    for _, start, end, _ in find_sessions(line):
        rest = rest.replace(line[start:end], "")
    return bool(re.fullmatch(r"[\s–—:-]*(?:\(\s*\))?[\s–—:-]*", rest))   # not "V2544/24)." ending a sentence


def running_lines(lines: list[str]) -> set[str]:
    """Lines a plain-text conversion repeats at page breaks ("Stadt Halle (Saale) · Zwischenbericht …",
    "B 127/2024  Stadt Frankfurt am Main"), with digits as #: printed beside a page mark (or
    looking like a header) and again anywhere, and no sentence end."""
    texts = [line.strip() for line in lines]
    filled = [k for k, text in enumerate(texts) if text]
    candidates: set[str] = set()
    once: set[str] = set()     # a two-page letter prints its running header once, right after the page mark
    counts: dict[str, int] = {}
    named: dict[str, set[str]] = {}    # the resolutions each line names: a header repeats its own, headings differ
    for n, k in enumerate(filled):
        text = texts[k]
        if len(text) < 12 or text.endswith((".", ":", "“", '"')) or ANSWER_HEAD.match(text) or MARKER.match(text):
            continue
        key = re.sub(r"\d+", "#", text)
        counts[key] = counts.get(key, 0) + 1
        named.setdefault(key, set()).update(found for found, *_ in find_resolutions(text))
        before = [texts[j] for j in filled[max(0, n - 2):n]]
        after = [texts[j] for j in filled[n + 1:n + 3]]
        if any(map(is_artefact, before + after)) or " · " in text or find_resolutions(text):   # a header, not a line of an answer
            candidates.add(key)
            blank_after = k + 1 >= len(texts) or not texts[k + 1]
            # right after a page mark and apart from the text, or right before one ("Markt X – Beschlussvollzug Nr. 1" / "Seite 2")
            beside_mark = any(map(is_artefact, before)) and blank_after \
                or bool(after) and is_artefact(after[0]) and not RUNS_ON.search(text)
            # (or naming the report and its date or number: "Sachstandsbericht Grün- und Umweltamt vom 27.06.2023",
            # "Informationsvorlage 2024/IV/5532")
            if " · " in text or beside_mark and (re.search(r"\s[-–|]\s", text) or REPORT_TITLE.match(text) and (find_dates(text) or find_resolutions(text))) \
                    and text[:1].isupper() and len(text) <= 80 and not re.match(r"[IVX]{1,4}\.\s", text):
                once.add(key)     # (a heading numbered "II." under the page's header opens a part of the letter)
    # ("Beschluss BV/0077/2023" and "Beschluss BV/0081/2023" head each resolution's points: no running header)
    return {key for key in candidates if counts[key] >= 2 and len(named[key]) <= 1} | once


# A heading naming several points, over those points: "Zu Beschlusspunkt 2a und 2b:", "Beschlusstext Punkte 2a und 2b:"
_HEAD_OF_POINTS = re.compile(r"^(?:Zu\s+|Beschlusstext\s+|Beschlussinhalt\s+)?(?:Beschluss)?(?:[Pp]unkte?|[Zz]iffern?)\s+(?P<num>\d{1,2})(?P<sub>[a-h])?"
                             r"(?:\s*(?:und|,|bis|u\.)\s*\d{1,2}[a-h]?)+\s*:?$")


def _without_heads_of_named_points(lines: list[str]) -> list[str]:
    """The lines without a heading that names several points when the first of them follows it with its own
    number ("Beschlusstext Punkte 2a und 2b:" over "2a) Die …", "2b) Für …"): the points head themselves; such a
    heading over one joint answer ("Zu 2a und 2b:" / "Die Standorte …") is kept."""
    out = list(lines)
    for k, line in enumerate(lines):
        m = _HEAD_OF_POINTS.match(line.strip())
        nxt = next((x.strip() for x in lines[k + 1:] if x.strip()), "")
        named = MARKER.match(nxt) if m else None
        if named and named.group("num") == m.group("num") and (named.group("sub") or "") == (m.group("sub") or ""):
            out[k] = ""
    return out


def _one_answer_to_all(points: list[Point]) -> bool:
    """Points quoted one after another with one answer after the last: "Der Beschluss ist damit umgesetzt." after it
    answers them all, as after a letter's only point. (Unquoted points' texts hold their answers until split.)"""
    return len(points) <= 1 or not any(p.response for p in points[:-1]) \
        and bool(re.search(r"[„“\"»«]", " ".join(join_lines(p.quote) for p in points)))


def _page_numbers(lines: list[str], running: set[str]) -> set[int]:
    """Bare numbers at a page break: a page's number printed alone ("1"), the next page's header right after it
    ("– nichtöffentlich – Zwischenbericht …, Seite 2"). (A point's number alone has its words after it.)"""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    found, before = set(), None
    for n, k in enumerate(filled[:-1]):
        if not re.fullmatch(r"\d{1,3}", lines[k].strip()):
            continue
        value, nxt = int(lines[k]), lines[filled[n + 1]]
        # (a table's point number continues the numbers alone above it: "3" … "4" before the page's header)
        if (is_artefact(nxt) or re.sub(r"\d+", "#", nxt.strip()) in running) and before != value - 1:
            found.add(k)
        before = value
    return found


def _quote_delta(text: str, depth: int) -> tuple[int, int | None]:
    """New quote depth after `text`, and the index just after the quote that closed it
    (None if it did not close). „ always opens; a straight or English quote opens when it
    stands before a word and closes when it follows one."""
    close_at = None
    opened = ["?"] * depth      # the marks that opened the quotes still open ("?": on a line above)
    for i, ch in enumerate(text):
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if ch in _OPENERS:
            opened.append(ch)
        elif ch in _AMBIGUOUS:
            opening = (before.isspace() or before in "([/-") and not after.isspace()
            if ch == "'" and not (opened and (after.isspace() or i + 1 == len(text))):
                continue  # apostrophes
            if ch == "'" and opened[-1] in "„\"“»":
                continue  # a single mark inside a double quote: "… in das Angebot 'Nette Toilette' aufzunehmen."
            if opening and ch not in "«":
                opened.append(ch)
            elif opened:
                opened.pop()
                if not opened:
                    close_at = i + 1
                    break
    return len(opened), close_at


def _starts_quote(text: str) -> bool:
    return bool(text) and (text[0] in _OPENERS or (text[0] in "\"“»" and len(text) > 1 and not text[1].isspace()))


def _head_key(head: re.Match) -> str:
    """The number an answer's heading names as points are numbered: "2.1", "3a", "4"."""
    return head.group("num").replace("l", "1") + (f".{head.group('dot')}" if head.group("dot") else "") + (head.group("sub") or "")


def _head_number(head: re.Match) -> tuple[int, str]:
    """An answer heading's number as the sequence counts it: "Zu Ziffer 3.1" (3, ".1"), "Zu 2a)" (2, "a"),
    "Zu Beschlusspunkt b)" (0, "b") as points lettered only are counted."""
    if head.group("letter"):
        return 0, head.group("letter")
    return int(head.group("num")), f".{int(head.group('dot'))}" if head.group("dot") else head.group("sub") or ""


class _Reader:
    """Reads the body line by line. `mode` says what the next text line belongs to:

        lead      before the first point (salutation, lead-in sentence, enactment formula)
        text      a point's text that did not start with a quote mark (headed, unquoted points)
        quote     inside a quote; `depth` counts open quote marks, `block` is set when the
                  open quote holds several points
        response  the answer to the current point
        answer    an answer headed 'zu Beschlusspunkt N', which goes to point N

    A line that starts a point is a marker whose number follows the last one (1 -> 2 or 1a,
    8a -> 8b or 9); other numbers at a line start are text.
    """

    def __init__(self, resolution: str | None, known: list[str]):
        self.points: list[Point] = []
        self.resolution = resolution
        self.known = known
        self.last: tuple[int, str] | None = None
        self.current: Point | None = None
        self.mode = "lead"         # lead | quote | text | response | answer
        self.depth = 0
        self.answer_to: Point | None = None
        self.block = False         # the open quote holds several points
        self.announced = False     # the last lead line announces points ("… Beschluss gefasst:", "… wird ersucht,")
        self.groups: list[tuple[str, str | None, list[str]]] = []   # (resolution, session, subject lines) per heading
        self.subject_open = False  # the lines under a heading are its resolution's title until a blank line
        self.roman = ""            # the roman group of points numbered "I.1", "II.2"
        self.label_soon = False    # an answer label ("Stand:") follows within a few lines
        self.sequence_soon = False # this "1." opens paragraphs numbered 1, 2, 3 in order
        self.after_blank = False   # the line fed opens a paragraph after a blank line
        self.first_soon = False    # a point numbered 1 follows within a few lines: a new group's points may start
        self.clause_soon = False   # this line opens a quote whose enacting clause ends with ":" over a "1." (two or three lines)
        self.following = ""        # the next non-empty line
        self.width = 1             # digits of the last marker's number as printed ("01": 2)
        self.headed = False        # points are headed like answers ("Zu Beschlusspunkt 1:" over the point's words)
        self.answer_block = 0      # the points were all quoted first; their answers follow numbered 1, 2, …: the next number
        self.named: int | None = None   # the point a lead line reports on ("…, Ziffer 3:"): its parts 3.1, 3a may open the points
        self.headed_below: set[str] = set()   # the numbers answers further down are headed with ("Zu 2.:")
        self.title_waits = False   # a point titled only ("2. Ersatzbeschaffung"), its text in the next paragraph
        self.skipped: set[int] = set()   # points the text names in passing ("Punkt 2 des Beschlusses … nicht aufgeführt")

    # -- line kinds -------------------------------------------------------------------
    def marker(self, line: str, following: str) -> tuple[tuple[int, str], str] | None:
        m = MARKER.match(line)
        if not m:
            return None
        # points lettered only ("a)", "b)") count as number 0 with a sub-letter
        if m.group("num"):
            num = (int(m.group("num")), f".{int(m.group('dot'))}" if m.group("dot") else (m.group("sub") or "").strip())
        elif self.last and self.last[0] > 0 and (self.last[0], m.group("letter")) in next_numbers(self.last) and (
                self.last[1] or self._stem_open() or self._quote_after_answer(m.group("rest"))):
            # "3. Zur Finanzierung:" then "a)", "b)": points 3a, 3b; so too "2. „…“ answer" then "a) „…“ answer":
            # a quoted lettered point after an answered number continues that number's parts
            num = (self.last[0], m.group("letter"))
        else:
            num = (0, m.group("letter"))
        rest = strip_debris(m.group("rest"))
        lettered = re.match(r"^(?P<sub>[a-h])\)(?:\s+(?P<rest>\S.*)|\s*:?\s*)$", rest)
        if m.group("num") and not num[1] and lettered:
            # "2. a) Der …": point 2a; "Beschlusspunkt 3. a):" heads point 3a
            num, rest = (num[0], lettered.group("sub")), lettered.group("rest") or ""
        self.width = len(m.group("num")) if m.group("num") else 1
        if m.group("roman"):
            self.roman = m.group("roman") + "."
        if m.group("letter") and not m.group("word") and not (self.last and self.last[0] == 0) \
                and not (_starts_quote(rest) or self.depth > 0) and not (self.announced and self.mode == "lead") \
                and not (self.groups and self.mode == "lead" and self.current is None and _directive(rest)) \
                and not (self.last and self.last[1].isalpha() and num == (self.last[0], chr(ord(self.last[1]) + 1))) \
                and not self._stem_open() \
                and not (self.last is None and self.mode == "lead" and (MANDATE_LANGUAGE.search(f"{rest} {following}")
                                                                         or self.label_soon and num == (0, "a"))):
            # "a)" starts points only before a quote, inside a quoted block, after a stem, or as the first of
            # points in a resolution's words ("a) Der Kreisausschuss wird beauftragt, …"), or over an answer's
            # label ("a) Der Beirat fordert …" / "Antwort: …")
            return None
        if m.group("word"):
            # "Punkt 1:", "Punkt 1) Der …" head a point; "Punkt 3 wurde …" is prose; "Punkt 2. Der …" heads
            # one where the sequence expects it (a wrapped "… siehe" / "Punkt 3. Die …" does not)
            in_sequence = num[0] == 1 if self.last is None else num in next_numbers(self.last)
            if not (m.group("colon") or not rest or _starts_quote(rest) or m.group("punct") == ")" and rest[:1].isupper()
                    or m.group("punct") == "." and rest[:1].isupper() and in_sequence):
                return None
        elif not (m.group("punct") or m.group("sub") or m.group("dot") or m.group("letter") or m.group("bare") is not None or not rest
                  or (m.group("colon") and _starts_quote(rest))):
            return None   # "3: „…" is a point as OCR read "3."; "3: Euro" is not
        if m.group("punct") == "." and rest and rest[:1].isdigit():
            return None  # a date or an amount, not a point
        if m.group("punct") == "," and not _starts_quote(rest) and not (self.last and num in next_numbers(self.last)) \
                and not (self.last is None and num == (1, "")):
            return None  # "5, An allen …" is OCR's "5." only where the sequence expects a 5 (or a first point's 1)
        if self.last is None:
            if m.group("word"):
                ok = num[0] <= 40
            elif m.group("letter"):
                ok = num == (0, "a")
            else:
                quoted = _starts_quote(rest) or (not rest and _starts_quote(following))
                # a letter may report on some points only ("7. „…“"); an unquoted bare number must be 1
                # unquoted points after an announcing line ("… Beschluss gefasst:") start at 1
                ok = (num[0] <= 40 and quoted) or num[1] == ".1" and self.mode == "lead" and self.sequence_soon \
                    or (num[0] == 1 and (self.mode == "lead" and (
                    not rest or self.announced or self.label_soon or self.sequence_soon
                    or MANDATE_LANGUAGE.search(f"{rest} {following}")
                    # under a resolution's heading in the body ("A. Drucksache 2024/087" / its title / "1. Im Raum …"),
                    # a sentence, not a form's numbered section ("1. Beschluss des Gemeinderats")
                    or bool(self.groups) and self.current is None and (bool(self.points) or len(rest.split()) >= 5))
                    or self.depth > 0 or _topic_heading(rest, following))) or num in {(self.named, ".1"), (self.named, "a")} \
                    or num[1] == "a" and self.mode == "lead" and re.match(rf"\s*{num[0]}\s?b[.)]\s", following) is not None
                # (a report on one point's parts only: "2a) …" over "2b) …", the sequence proves the first)
        else:
            ok = num in next_numbers(self.last)
            if not ok and num == self.last == (2, "") and self.current is not None and self._only_point_of_group():
                # "2." read twice at the start: OCR misread the first "1." (the sequence says so)
                self.current.number = f"{self.roman}{1:0{self.width}d}"
                ok = True
            if not ok and num == self.last and not num[1] and num[0] > 1 and self.current is not None and self.current.response \
                    and _starts_quote(rest) and self.depth == 0:
                # "2. „…“ answer", "2. „…“": a new quote under the answered point's number; OCR misread the next
                # number (3 as 2), since no letter numbers two points alike in a row
                num, ok = (num[0] + 1, ""), True
            if not ok and num == (self.last[0] + 2, "") and (not self.last[1] or self.current is not None and self.current.response):
                ok = self._recover_lost_number()     # (after sub-points too: "2.3 „…“ answer", "„…“ answer", "4. „…“")
            if not ok and num[0] == self.last[0] + 2 and num[1] in ("", "a", ".1") and self.last[0] + 1 in self.skipped:
                ok = True     # the point between is one the letter leaves out and says so
        return (num, rest) if ok else None

    def _recover_lost_number(self) -> bool:
        """"1. …", "3. …" in unquoted points: OCR lost the "2." of a sentence in the resolution's words
        inside point 1's text ("… erstellen zu lassen." / "Die Gemeinden sind zu beteiligen."). That
        sentence becomes point 2; without such a sentence the 3 is no point."""
        point = self.current
        if point is not None and point.response and self.depth == 0:
            return self._recover_lost_quoted_point(point)
        if point is None or self.mode != "text" or self.depth > 0:
            return False
        for k in range(1, len(point.quote)):
            line = point.quote[k].strip()
            if point.quote[k - 1].rstrip().endswith(".") and line[:1].isupper() and _directive(sentence_spans(line)[0][1]):
                self._insert_lost(point.quote[k:])
                point.quote = point.quote[:k]
                return True
        return False

    def _recover_lost_quoted_point(self, point: Point, after: tuple[str, ...] = (".", ":")) -> bool:
        """"1. „…“ answer", "„…“ answer", "3. „…“": OCR lost the "2." before a quote that opens a
        paragraph of point 1's answer. The quote becomes point 2, the lines after it its answer.
        `after`: how the answer's line before the quote must end."""
        for k in range(1, len(point.response)):
            line = point.response[k].strip()
            # (a typewriter's straight quotes open and close alike: '"Für die Sanierung … einzuordnen."')
            if line[:1] not in _OPENERS + '"' or not point.response[k - 1].rstrip().endswith(after):
                continue
            end = next((j for j in range(k, len(point.response)) if point.response[j].rstrip().endswith(("“", "«", '"'))
                        and (j > k or len(line) > 1)), None)
            if end is None or end + 1 >= len(point.response):
                return False
            answer = point.response[end + 1:]
            head = ANSWER_HEAD.match(answer[0].strip())
            if head and head.group("num") and int(head.group("num").replace("l", "1")) == self.last[0] + 1 and not head.group("rest"):
                answer = answer[1:]       # its answer's heading ("Zu 3."), which named the lost number
            self._insert_lost(point.response[k:end + 1], answer)
            point.response = point.response[:k]
            return True
        return False

    def _insert_lost(self, quote: list[str], response: list[str] = ()) -> None:
        """The point whose number OCR lost, next in the sequence, read as the current one."""
        lost = Point(f"{self.roman}{self.last[0] + 1:0{self.width}d}", self.resolution, quote=quote, response=list(response))
        self.points.append(lost)
        self.current, self.last = lost, (self.last[0] + 1, "")

    def _quote_after_answer(self, rest: str) -> bool:
        """A lettered quote ("a) „…“") outside any quote, after the current point's answer."""
        point = self.current
        return self.depth == 0 and point is not None and bool(point.response) and _starts_quote(strip_debris(rest))

    def _stem_open(self) -> bool:
        """The current point's text is a stem its sub-points complete: "3. Zur Finanzierung:",
        "2. Die Verwaltung wird beauftragt, Tempo 30 nachts" (no answer yet, no sentence end)."""
        point = self.current
        if point and not point.quote and not point.response and point.number[-1:].isdigit():
            return True           # a heading alone ("Ziffer 2:") whose words are its lettered parts
        if not (point and point.quote and not point.response):
            return False
        last = point.quote[-1].rstrip(" \"“”»«")
        return last.endswith(":") or self.mode != "response" and not re.search(r"[.!?;][«»]*$", last)

    def _heads_unquoted_point(self, head: re.Match, rest: str, following: str) -> bool:
        """An answer heading with no point of its number before it ("Zu Beschlusspunkt 1:" as the
        letter's first point) heads that point when the resolution's words follow it and its number
        continues the sequence; the answer then follows the quoted sentence unlabelled."""
        if self.depth > 0 or not head.group("letter") and not head.group("num").isdigit():
            return False
        if MORE_TARGETS.match(rest):
            return False     # "Zu 1. und 2.:" answers points it names; it quotes none
        num = _head_number(head)
        # the first heading is point 1, or any point whose quote follows it ("Zu Ziffer 3.1" / "„…“": a letter on some points only)
        fits = (num in ((1, ""), (1, ".1"), (1, "a"), (0, "a")) or _starts_quote(rest or following)) if self.last is None \
            else num in next_numbers(self.last)
        # the first such heading must quote a resolution's words; later ones continue its sequence.
        # A bare "Zu Beschlusspunkt 1" heading the letter's first words after it, which report nothing
        # ("Die Gemeinde errichtet drei Sirenen …"), heads the point too: no point stood before it to answer.
        first = sentence_spans(rest or following)[0][1] if rest or following else ""
        from pipeline.status import sentence_status    # status reads points: imported late
        bare_first = self.last is None and not self.points and num == (1, "") and not rest \
            and first[:1].isupper() and len(first.split()) >= 5 and sentence_status(first) is None \
            and not _REPORTS_DONE.search(first)
        # (or it stands right under the line that announced the resolution's words: "… hat … beschlossen:" / "Zu
        # Beschlusspunkt 1" / "Der Hochbehälter Sonnhalde wird saniert. …": no point stood before it to answer)
        announced = self.last is None and not self.points and self.announced and self.mode == "lead" and not rest \
            and first[:1].isupper() and num == (1, "") and re.match(r"(?:zu|Zu)\s+(?:Beschluss)?(?:[Pp]unkt|[Zz]iffer)", head.group(0)) is not None \
            and not _REPORTS_DONE.search(first) and sentence_status(first) in (None, "in_progress")   # (an answer reports: "… wurden … aufgestellt.")
        # (or the words on the heading's line are such a first sentence: "Zu Beschlusspunkt 1: Die Stadtverwaltung erarbeitet
        # ein Konzept …" / "Das Konzept wurde erarbeitet …")
        whole = sentence_spans(f"{rest} {following}" if rest and not re.search(r"[.!?:]$", rest) else rest)[0][1] if rest else ""
        on_line = self.last is None and not self.points and num == (1, "") and bool(rest) \
            and re.match(r"(?:zu|Zu)\s+(?:Beschluss)?(?:[Pp]unkt|[Zz]iffer)", head.group(0)) is not None \
            and whole[:1].isupper() and len(whole.split()) >= 5 and sentence_status(whole) is None and not _REPORTS_DONE.search(whole)
        # (or an answer label follows the words under it: "Zu Beschlusspunkt 1.1" / "Der Rahmenplan …" / "Stellungnahme:")
        labelled = self.label_soon and not rest and first[:1].isupper() and not _LEAD_LABEL.match(following)
        # (or the resolution's words are quoted on the heading's line: "Zu Ziffer 1: „Die Verwaltung erstellt …“")
        # (or under the heading, the resolution's words in quotes: "Zu Ziffer 2" / "»Die Einnahmeausfälle sind …«")
        return fits and bool(rest or following) and (self.headed or _directive(first) or bare_first or announced or labelled or on_line
                                                     or _starts_quote(rest or following))

    def _lookalike_number(self, text: str) -> str:
        """OCR's letter for the digit the sequence expects ("A." after point 3 is "4."): the digit;
        OCR's comma, semicolon or colon after that digit ("2;", "2:"): its full stop.
        Only where the next number is one digit whose look-alike starts a quote or a sentence."""
        m = LOOKALIKE_MARKER.match(text)
        expected = str(self.last[0] + 1) if self.last else "1"     # "L: Der Landrat wird beauftragt" opens the points
        if m and self.depth == 0 and expected in _LOOKALIKES[m.group("glyph")]:
            return expected + "." + text[2:]
        m = _LOOKALIKE_STOP.match(text)
        if m and self.last and self.depth == 0 and m.group("n") == str(self.last[0] + 1):
            return m.group("n") + "." + text[m.end():]
        return text

    def _answers_in_block(self, text: str, following: str) -> bool:
        """Points quoted one after the other ("1. „…“", "2. „…“"), then a line that introduces the
        answers ("… kann ich Ihnen dazu Folgendes mitteilen:") and the answers numbered again from 1:
        each numbered answer goes to the point of its number, in order."""
        if self.depth or self.mode not in ("response", "answer", "text"):
            return False
        if not self.answer_block:
            # the introduction, with only the last point's answer begun (by the introduction itself); or after
            # unquoted points ("1) Der Oberbürgermeister wird beauftragt, …" … "Zur Umsetzung:"), each a sentence
            unquoted = self.mode == "text" and all(join_lines(p.quote).rstrip().endswith(".") for p in self.points)
            if (self.mode == "response" or unquoted) and len(self.points) >= 2 and _introduces_answers(text) \
                    and all(p.quote and not p.response for p in self.points[:-1]) \
                    and _numbered_answer(following, self.points[0].number):
                self.answer_block = 1
                if unquoted:
                    self.mode = "response"
                    return True      # the introduction is no part of the last point's words
            return False
        if self.mode == "text":
            return False
        # (numbered as the points were: "1", "2a", "2b", with or without a stop)
        ours = [p for p in self.points if p.resolution == self.resolution]
        target = ours[self.answer_block - 1] if self.answer_block <= len(ours) else None
        m = _numbered_answer(text, target.number) if target is not None else None
        if not m:
            return False
        if self.answer_to is None:
            self.points[-1].response.clear()     # the introduction answers nothing
        self.answer_to, self.mode = target, "answer"
        self.answer_block += 1
        target.response.append(m.group("rest"))
        return True

    def answered(self) -> bool:
        """Whether the point being read has its answer already (an unquoted point's answer is still
        inside its text until the end, so a text of more than one line counts)."""
        point = self.answer_to if self.mode == "answer" else self.current
        # (a quoted point's text ends with its quote: its answer is what follows)
        quoted = point is not None and bool(point.quote) and _starts_quote(point.quote[0].strip())
        return point is not None and bool(point.response or self.mode == "response" and len(point.quote) > 1 and not quoted)

    def _only_point_of_group(self) -> bool:
        return sum(p.resolution == self.resolution for p in self.points) == 1

    def group_head(self, line: str) -> str | None:
        m = _GROUP_HEAD.match(line)
        # "V2210/23" alone, or with its session ("A0456/23 – SR/062/2023") after points were read: the next resolution's points
        bare = bool(m) and (line.strip(" :") in self.known and len(self.known) > 1 or bool(self.points) and self.first_soon and _identifier_alone(line))
        # "1. Sanierung des Hochbehälters (Beschluss VV 08/2023)" over "Beschlusspunkt 1: „…“": a numbered
        # title naming its resolution in brackets, the resolution's points below it
        named = _TITLE_NAMING.match(line.strip())
        named = named if named and self.depth == 0 and (_starts_quote(self.following.strip()) or (
            (below := MARKER.match(self.following.strip())) and below.group("word") and below.group("num") == "1")) else None
        if self.depth == 0 and self.points and introduces_quote(line) and len(line) <= 160:
            # "Mit Beschluss vom 26.01.2023, § 2914, hat die Stadtverordnetenversammlung zudem beschlossen:": a sentence
            # bringing in another resolution of the reference, its words below, after the first one's points
            found = find_resolutions(line)
            if len(found) == 1 and found[0][0] in self.known and found[0][0] != self.resolution \
                    and not any(p.resolution == found[0][0] for p in self.points):
                self.groups.append((found[0][0], None, []))
                self.subject_open = False
                return found[0][0]
        if not m or len(line) > 130 or self.depth > 0 or not (m.group("prefix") or m.group("kind") or bare or named):
            return None
        found = find_resolutions(line)     # the whole line: "Zu § 6012" needs its "Zu"
        # "II. Beschluss des Ausschusses vom 12.07.2023 zur Vorlage VO/23/20387/52": a numbered heading
        # about a resolution may name its identifier at the end
        roman = bool(m.group("prefix") and re.match(r"[IVX1l]{1,4}\.", m.group("prefix")))    # OCR: "Il."
        described = roman and bool(m.group("kind"))
        # "2. Beschluss vom 13.11.2024 (Drucksache Nr.: 33544-24)": a numbered heading naming its resolution in brackets
        described = described or bool(m.group("prefix") and re.match(r"\d{1,2}\.", m.group("prefix"))) and bool(m.group("kind")) \
            and bool(found) and bool(re.search(rf"\([^()]*{re.escape(found[-1][0])}\)\s*:?\s*$", line))
        # "2. Beschluss vom 15.04.2024, AN/0418/2024 – Öffentliche Toilette": a numbered heading whose resolution
        # follows its date
        described = described or bool(m.group("prefix") and re.match(r"\d{1,2}\.", m.group("prefix"))) and bool(m.group("kind")) \
            and bool(found) and re.fullmatch(r"\s*vom\s+\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\s*[,–—-]?\s*",
                                             line[m.start("rest"):found[0][1]]) is not None
        # "II. Beleuchtung des Fußweges (DS 2411302)": a numbered title naming a resolution of the reference in brackets
        described = described or roman and bool(found) and found[0][0] in self.known and bool(re.search(r"\([^()]*\)\s*:?\s*$", line))
        if not found or (found[0][1] > len(line) - len(m.group("rest")) + 2 or len(line) > 90) and not (described or named):
            return None
        value = found[0][0]
        sessions = find_sessions(m.group("rest"))
        # "I. Drucksache DrS/2022/183 – Ausbau der …": the title may start on the heading's line
        title = named.group("title") if named else line[found[0][2]:].strip(" –—-:,")
        if re.match(r"(?:ist|sind|wird|werden|wurde|wurden|gilt|gelten|bleibt|bleiben)\b", title) or introduces_quote(line):
            # "Beschluss B-SV 44/2023 ist damit abgeschlossen.", "Drucksache 22-1033 folgenden Beschluss
            # gefasst:": a sentence about it, no heading
            return None
        for session, *_ in sessions:
            title = re.sub(rf"\([^()]*{re.escape(session)}[^()]*\)", "", title)    # "(Sitzung GR/2023/07 vom 20.07.2023)"
            title = title.replace(session, "").strip(" –—-:,()")
        title = re.sub(r"^(?:vom|am)\s+\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\s*[–—-]?\s*", "", title)   # "Nr. 214/2022 vom 17.11.2022 – …"
        # a title in quotes is whole: what follows it ("(Stadtratsbeschluss vom" / "14.12.2022)") is not
        quoted = quoted_title(title) != title
        title = quoted_title(title) if quoted else title.strip("„“”\"»« ")
        titled = bool(re.search(r"[A-Za-zÄÖÜäöüß]{4,}", title))
        self.groups.append((value, sessions[0][0] if sessions else None, [title] if titled else []))

        self.subject_open = not quoted     # the title (or its rest) follows, up to a blank line or a resolution's words
        return next((k for k in self.known if k == value), value)

    def _answer_naming_resolution(self, text: str) -> bool:
        """'Zu A0345/10, Punkt 2:' after both resolutions' points were quoted: the answer to point 2 of that
        resolution."""
        m = _RESOLUTION_POINT_HEAD.match(text)
        if not m or self.depth > 0:
            return False
        found = find_resolutions(m.group("id"))
        resolution = found[0][0] if len(found) == 1 else None
        target = next((p for p in self.points if p.resolution == resolution and p.number.lstrip("0") == m.group("num")), None)
        if target is None:
            return False
        self.resolution, self.answer_to, self.mode, self.subject_open = resolution, target, "answer", False
        if m.group("rest"):
            target.response.append(m.group("rest"))
        return True

    def _restated_head(self, text: str) -> str:
        """'Punkt 1: Der Entwurf liegt vor …' after points 1-3 were quoted and none answered: the
        numbering restarts over the answers, so the heading is an answer's ('Zu Punkt 1:').
        A sentence going on ('(siehe' / 'Beschlussziffer 2 a) begonnen werden.') is no heading."""
        m = MARKER.match(text)
        # (a number alone on its line, printed as a quoted point's was: "001" over its answer)
        alone = m and m.group("num") and not m.group("rest").strip() and not m.group("punct") \
            and any(p.number == m.group("num") for p in self.points)
        if not (m and (m.group("word") or alone) and m.group("num") and self.depth == 0 and self.mode != "lead" and self.last) \
                or _starts_quote(m.group("rest")) or m.group("rest")[:1].islower() \
                or self.mode != "answer" and any("".join(p.response).strip() for p in self.points[:-1]):
            return text
        key = m.group("num") + (f".{m.group('dot')}" if m.group("dot") else "") + (m.group("sub") or "").strip()
        if (int(m.group("num")), (m.group("sub") or "").strip()) > self.last \
                or not any(p.number.lstrip("0") == key.lstrip("0") and p.resolution == self.resolution and p.quote for p in self.points):
            return text
        return "Zu " + text

    # -- feeding --------------------------------------------------------------------
    def feed(self, line: str, following: str) -> None:
        text = line.strip()
        self.following = following
        if self._answer_naming_resolution(text):
            return
        roman = _ROMAN_GROUP_ANSWERS.match(text)
        if roman and self.depth == 0 and _ROMAN_INDEX.get(roman.group("r"), 99) < len(self.groups) and self.points:
            # "Zu I." over "zu 1.", "zu 2.": the answers to the first resolution's points, as the groups were quoted
            self.resolution = self.groups[_ROMAN_INDEX[roman.group("r")]][0]
            self.answer_to, self.mode, self.current = None, "lead", None
            return
        group = self.group_head(text)
        if group:
            self.resolution, self.last, self.current, self.mode, self.depth = group, None, None, "lead", 0
            quoted = [p for p in self.points if p.resolution == group]
            if len(quoted) == 1 and not quoted[0].response:
                # "Zu V0732/15" over the answer to the one point quoted above: the heading names the point answered
                self.answer_to, self.mode, self.subject_open = quoted[0], "answer", False
            return
        if self.depth == 0 and self.mode == "text" and _ANSWERS_HEADING.match(text) and ANSWER_HEAD.match(following) \
                and (m := ANSWER_HEAD.match(following)).group("num"):
            # "Stellungnahme des Amtes für Straßen und Verkehr vom 29.01.2025" over "Zu 1. …": the answers' heading,
            # no words of the point above
            self.mode = "lead"
            return
        text = self._restated_head(text)
        head = ANSWER_HEAD.match(text)
        if head and text.startswith("zu ") and head.group("rest")[:1].islower() and not MORE_TARGETS.match(head.group("rest")) \
                and not re.search(r"[.:)]\s*$", text[:head.start("rest")]):
            head = None     # "… da zunächst das Ergebnis" / "zu Punkt 1 abgewartet werden soll.": the sentence goes on
        if head and self.depth > 0 and not self.block and self.current is not None and head.group("num") \
                and self.current.number.lstrip("0") == _head_key(head).lstrip("0") and self.current.quote:
            # "2.1 „die Einrichtung … bis zum Sommer 2025" / "Zu 2.1:": the quote lost its closing mark (OCR)
            self.depth, self.current.unclosed = 0, True
        elif head and self.depth > 0 and not self.block and self.headed and self.current is not None and self.current.quote \
                and head.group("num") and not head.group("rest") and text.endswith(":") and _head_number(head) in next_numbers(self.last):
            # "Zu Beschlusspunkt 2a:" / „… aufgenommen werden kann. / … / "Zu Beschlusspunkt 2b:": the next
            # point's heading, alone on its line, closes a quote that lost its closing mark (OCR)
            self.depth, self.current.unclosed = 0, True
        if head and (self.depth == 0 or self.block):
            key = head.group("letter") or _head_key(head)
            # "Zu I.2": point 2 of the first resolution's group
            roman = _ROMAN_INDEX.get(head.group("roman") or "")
            resolution = self.groups[roman][0] if roman is not None and roman < len(self.groups) else self.resolution
            target = next((p for p in self.points if p.number.lstrip("0") == key.lstrip("0")
                           and p.resolution == resolution), None)
            if target is None and head.group("letter"):
                # "zu a)" under point 2's parts 2a, 2b quoted above: the latest point lettered so
                target = next((p for p in reversed(self.points) if p.resolution == resolution
                               and re.fullmatch(rf"[IVX.]*\d+{key}", p.number)), None)
            rest = re.sub(r"^\([^()]*\)$", "", head.group("rest"))   # "Zu 1. (Antwort des Amtes … vom 08.01.2025)": whose answer
            more = MORE_TARGETS.match(rest)
            numbers = TARGET.findall(more.group(0)) if more else []
            if head.group("num") and head.group("sub"):
                # "Zu Punkt 2 a) und b):" names 2a and 2b
                numbers = [head.group("num") + n if re.fullmatch(r"[a-h]", n) else n for n in numbers]
            if target is not None and numbers:
                last = numbers[-1]
                upto = "bis" in more.group(0)
                ours = [p for p in self.points if p.resolution == resolution]
                end = next((k for k, p in enumerate(ours) if p.number.lstrip("0") == last.lstrip("0")), None)
                # "bis": every point read from this one to the last named ("zu 1. bis 1.2": 1, 1.1, 1.2)
                between = ours[ours.index(target) + 1:end + 1] if upto and end is not None else []
                later = [p for p in ours if p is not target and (p.number in numbers or p in between)]
                target.joins = later
                rest = rest[more.end():]
            if target is not None:
                if self.answer_to is None and not any(p.response for p in self.points[:-1]):
                    # points quoted first, answered under headings: what stood between the last
                    # point and the first heading ("Zum Stand der Umsetzung:") answers nothing, unless
                    # it opens by naming the points it answers ("Die Punkte 1. und 2. … sind umgesetzt.")
                    between = list(self.points[-1].response)
                    self.points[-1].response.clear()
                    named, answer = _named_first(between)
                    for point in self.points:
                        if point.resolution == resolution and point.number in named and point is not target:
                            point.response = list(answer)
                self.depth, self.block = 0, False
                self.answer_to, self.mode = target, "answer"
                if rest:
                    target.response.append(rest)
                return
            if self._heads_unquoted_point(head, rest, following):
                # "Zu Beschlusspunkt 1:" over the point's own words, its answer below: a point's heading
                n, sub = _head_number(head)
                self.last = (n, sub)
                self.current = Point(f"{self.roman}{n or ''}{sub}", self.resolution)
                self.points.append(self.current)
                self.title_waits = False
                self.mode, self.headed = "text", True
                if rest:
                    self.text(rest)
                return
        if self._answers_in_block(text, following):
            return
        if text[:1] in _OPENERS + "\"“" and self.depth == 0 and self.mode in ("lead", "response"):
            inner = strip_debris(text[1:].lstrip())
            self.depth = 1
            # „1. Die … 2. …“: a block quote opened at its first point; „2. An der …“ each point quoted with its number
            if self.marker(inner, following):
                text = inner
            else:
                self.depth = 0
        if self.mode == "lead" and self.last is None and (named := _NAMES_POINT.search(text) or _POINTS_SECTION.match(text)
                                                          or not text.endswith(":") and _NAMES_POINT.search(f"{text} {following}")):
            self.named = int(named.group("n"))
        text = self._lookalike_number(text)
        found = self.marker(text, following)
        if found:
            (n, sub), rest = found
            if self.depth > 0 and (_starts_quote(rest) or (not rest and _starts_quote(following))):
                self.depth, self.block = 0, False     # the previous quote lost its closing mark
                if self.current is not None:
                    self.current.unclosed = True
            elif self.depth > 0:
                self.block = True
            self.last = (n, sub)
            self.current = Point(f"{self.roman}{n:0{self.width}d}{sub}" if n else sub, self.resolution)   # "01" as printed
            self.points.append(self.current)
            self.title_waits = False
            self.mode = "quote" if self.depth > 0 else "text"
            if rest:
                self.text(rest)
            return
        if _ENACTMENT.match(text) and self.mode in ("lead", "text", "quote") and not (self.current and self.current.quote):
            self.depth, _ = _quote_delta(text, self.depth)
            self.announced = self.announced or self.mode == "lead"    # "Der Rat beschließt:" announces the points
            return
        self.text(text)

    def text(self, text: str) -> None:
        if self.mode == "answer":
            self.answer_to.response.append(text)
            return
        if self.mode == "lead":
            # one unnumbered point: quoted, or under a resolution's heading in the words of a resolution
            # with an answer label below it ("II. Antrag A0045/22" / "Der Oberbürgermeister wird beauftragt, …" / "Sachstand:")
            worded = bool(MANDATE_LANGUAGE.search(text))
            self.subject_open = self.subject_open and not worded    # a resolution's words end its heading's title
            # (or a sentence: "II. Beschluss VII/2021/02310 – …" / "Die Stadt prüft …." / "Antwort: …"; a title has no full stop)
            sentence = text.rstrip().endswith(".") and len(text.split()) >= 4 and text[:1].isupper() or (
                # a sentence over two lines, when the heading's line already gave the title
                bool(self.groups) and bool(self.groups[-1][2]) and text[:1].isupper() and not text.rstrip().endswith(":")
                and self.following.rstrip().endswith(".") and not MARKER.match(self.following)
                and not _LEAD_LABEL.match(self.following) and len(f"{text} {self.following}".split()) >= 8)
            labelled = _QUOTE_LABEL.match(text)    # "Beschlusstext: Der Stadtrat beschließt …" says what it is
            # (without a label too, once an earlier resolution's points were read: its words are the point)
            # (or, once an earlier resolution's points were read, a paragraph under the heading that reports nothing:
            # "2. Antrag AN/2024/012 – Standortsuche …" / "Die Verwaltung sucht einen Standort …" / its answer)
            unquoted = ((self.groups or labelled) and (self.label_soon and (worded or sentence)
                                                      or bool(self.groups) and bool(self.points) and not self.subject_open
                                                      and self._unnumbered_point(text)
                                                      or worded and bool(self.points) and (len(self.groups) > 1 or any(
                                                          p.resolution != self.resolution for p in self.points))
                                                      and not text.rstrip().endswith(":"))
                        and not any(p.resolution == self.resolution for p in self.points))
            if _starts_quote(text) and (text.rstrip().endswith((",", ":")) and MARKER.match(self.following) or self.clause_soon):
                # „Der Magistrat wird beauftragt, / 1. eine … / 2. …“: the quote's enacting clause, its points follow
                self.depth, _ = _quote_delta(text, self.depth)
                self.announced = True
                return
            if (_starts_quote(text) and not _QUOTED_TITLE.match(text)) or unquoted:
                self.current = Point("1", self.resolution)
                self.points.append(self.current)
                self.title_waits = False
                self.last = (1, "")
                self.mode = "text"
            else:
                if self.subject_open and self.current is None and not SALUTATION.match(text) and len(self.groups[-1][2]) < 3 \
                        and not re.match(r"^\(.*\)$", text):      # "(Beschluss der Bürgerschaft vom 24.11.2022)"
                    self.groups[-1][2].append(text)    # the title under a resolution's heading
                self.depth, _ = _quote_delta(text, self.depth)
                # "… folgenden Beschluss gefasst:", or the enacting clause itself: "Das Bezirksamt wird ersucht,"
                self.announced = text.rstrip().endswith(":") or (
                    text.rstrip().endswith(",") and bool(MANDATE_LANGUAGE.search(text) or _COMMISSIONS.search(text)))
                return
        point = self.current
        if self.title_waits and self.mode == "text":
            self.title_waits = False
            point.quote.clear()
        if self.mode == "text":
            labelled = None if point.quote else _QUOTE_LABEL.match(text)
            if labelled:
                text = labelled.group("rest")     # "1. Beschlusstext: Die Haltestelle ist …": the label is no part of it
            # a quote opens the point's text ("3. Zur Finanzierung:" / "„…“"); a name in quotes
            # at a line start inside a running sentence ("… Nr. 128" / "„Schlachthof“ beschlossen") does not
            heading = len(point.quote) == 1 and _HEADING.match(point.quote[0].strip())
            opens = _starts_quote(text) and (not point.quote or point.quote[-1].rstrip().endswith(":") or heading)
            if heading and opens and len(point.quote[0].split()) >= 4 and _QUOTED_NAME_ENDS.fullmatch(text.strip()):
                # "3.1 Die Verwaltung beantragt Mittel aus dem Landesprogramm" / "„Klimafolgenanpassung“.": a name
                # in quotes that ends the sentence begun above, no quote of the point's own; the answer follows
                point.quote.append(text)
                self.mode = "response"
                return
            if heading and opens:
                point.quote.clear()         # "1. PlusBus-Netz" / "„Der Landrat wird …“": the point's title, not its text
            if opens or self.depth > 0:
                self.mode = "quote"
            elif point.quote and _introduces_answers(text):
                self.mode = "response"      # "Hierzu informiere ich wie folgt:" ends the unquoted points
                return
            else:
                label = _LEAD_LABEL.match(text)
                fact = _fact(text, point)
                if fact and point.quote:      # a form's state or date row ends the point's text
                    self.mode = "response"
                    point.facts[_FACT_ROLE.get(fact.group("label").lower(), "other")] = fact.group("value").strip()
                elif label and point.quote:
                    self.mode = "response"
                    point.response.append(text[label.end():])
                else:
                    point.quote.append(text)
                return
        if self.mode == "quote":
            depth, close_at = _quote_delta(text, self.depth)
            if close_at is not None:
                point.quote.append(text[:close_at])
                self.depth, self.block = 0, False
                self.mode = "response"
                rest = re.sub(r"^[–—-]\s+", "", text[close_at:].strip(" *"))    # ("„…“ – Der Antrag …": the dash parts them)
                if rest:
                    self.text(rest)
            else:
                self.depth = depth
                point.quote.append(text)
            return
        fact = _fact(text, point)
        if fact:
            point.facts[_FACT_ROLE.get(fact.group("label").lower(), "other")] = fact.group("value").strip()
            return
        label = _LEAD_LABEL.match(text)
        point.response.append(text[label.end():] if label and not point.response else text)

    def _unnumbered_point(self, text: str) -> bool:
        """A paragraph's first line under a resolution's heading, after an earlier resolution's points: a sentence
        of five words or more that reports no state (a resolution's words; an answer reports)."""
        from pipeline.status import sentence_status    # status reads points: imported late
        first = sentence_spans(f"{text} {self.following}")[0][1].strip()
        # (a page's running head, "Beschlusskontrolle A0288/22 und A0301/22", or a session's line is no sentence)
        return self.current is None and self.after_blank and text[:1].isupper() and len(first.split()) >= 5 and first.endswith(".") \
            and sentence_status(first) is None and not _REPORTS_DONE.search(first) and not text.rstrip().endswith(":") \
            and not find_resolutions(text) and not find_sessions(text) \
            and not (REPORTS_LATER.match(first) or CLOSING_STATEMENT.match(first) or ANSWERS_END.match(first))   # the closing words

    def end_paragraph(self) -> None:
        """An unquoted point's text ends with its paragraph."""
        if self.groups and self.groups[-1][2]:
            self.subject_open = False
        if self.mode == "text" and self.current and self.current.quote:
            # "2. Ersatzbeschaffung" / "" / "Für die Einheit … wird … beschafft.": a title's paragraph is the
            # point's text when an answer headed with its number comes below
            title = self.current.quote[-1].strip()
            if len(self.current.quote) == 1 and _HEADING.match(title) and len(title.split()) <= 4 \
                    and not self.current.response and self.current.number.lstrip("0") in self.headed_below:
                self.title_waits = True
                return
            self.mode = "response"


def _fact(text: str, point: Point) -> re.Match | None:
    """A form's row about the point, not its answer. The state's remark ("Erledigungsvermerk: in Bearbeitung")
    is one unless it is the point's only answer, a sentence ("Erledigungsvermerk: Wird erfüllt.")."""
    fact = _FACT.match(text)
    sentence = fact is not None and fact.group("value").rstrip().endswith(".")
    return None if fact and fact.group("label") == "Erledigungsvermerk" and sentence and not point.response else fact


def read_points(body: list[str], resolution: str | None, known: list[str]) -> list[Point]:
    """The points of the body, each with its quote and answer lines."""
    return read_body(body, resolution, known)[0]


# (OCR's stop read as ";" or ":" too: "3; Der Betreuungsschlüssel …")
_NUMBERED = re.compile(r"^\s*(?P<n>\d{1,2})(?P<sub>[a-z]?)(?:[.)]|[;:](?=\s+[„\"»A-ZÄÖÜ]))\s+[„\"»A-ZÄÖÜ]")
_DECIMAL_NUMBERED = re.compile(r"^\s*(?P<n>\d{1,2})(?P<sub>\.\d{1,2})\.?\s+[„\"»A-ZÄÖÜ]")
# the first is a sentence, not a section heading ("1. Beschluss des Gemeinderats"): five words at least
_SENTENCE_AFTER_NUMBER = re.compile(r"^\s*(?:\d{1,2}|[AlLSBZGT|])(?:[.);:]|\.\d{1,2}\.?)\s+\S+(?:\s+\S+){4}")


_ROMAN_POINT = re.compile(r"^(?P<indent>\s*)(?P<r>[IVX]{1,5})\.\s+(?P<rest>[A-ZÄÖÜ„\"»].*)$")
_ROMAN_ANSWER = re.compile(r"^(?P<head>\s*[Zz]u\s+(?:(?:Beschluss)?[Zz]iffer|Punkt|Nr\.)?\s*)(?P<r>[IVX]{1,5})(?P<tail>\s*[.:)])")
_POINT_LABEL = re.compile(r"^(?:Beschluss(?:punkt|text|inhalt)?|Auftrag|Wortlaut)\s*:\s*$")
_ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def _roman_points(lines: list[str]) -> tuple[list[str], bool]:
    """Points numbered I., II., III. in this order (not headings naming a resolution) are read as
    1., 2., 3., and answers headed "Zu Ziffer II:" as "Zu Ziffer 2:"; True when so."""
    # a point is a sentence ("I. Die Verwaltung wird beauftragt, …") or the label of one ("I. Beschluss:" over
    # its words); "I. Vortrag der Referentin" is a section
    found = [(k, m) for k, line in enumerate(lines) if (m := _ROMAN_POINT.match(line))
             and not find_resolutions(m.group("rest")[:60])
             and (len(m.group("rest").split()) >= 5 or _POINT_LABEL.match(m.group("rest")))]
    if len(found) < 2 or [m.group("r") for _, m in found] != _ROMANS[:len(found)]:
        return lines, False
    out = list(lines)
    for k, m in found:
        out[k] = f"{m.group('indent')}{_ROMANS.index(m.group('r')) + 1}. {m.group('rest')}"
    for k, line in enumerate(out):
        a = _ROMAN_ANSWER.match(line)
        if a and a.group("r") in _ROMANS:
            out[k] = f"{a.group('head')}{_ROMANS.index(a.group('r')) + 1}{a.group('tail')}{line[a.end():]}"
    return out, True


# A point's number over the label of its words: "3.1 Beschlusstext" (read as "Beschlusstext 3.1:")
_NUMBER_OVER_LABEL = re.compile(r"^\s*(?P<num>\d{1,2}(?:\.\d{1,2})?[a-z]?)[.)]?\s+(?P<label>Beschlusstext|Beschlusspunkt|Wortlaut)\s*:?\s*$")


def _inline_points(line: str, counted: bool = False) -> list[str]:
    """A line split where a point starts after a sentence end (or, where the text `counted` "(1)" and "(2)"
    inside a sentence, at each); "2. a) Der …" and "Zu 2. a)" stay one line."""
    if m := _NUMBER_OVER_LABEL.match(line):
        return [f"{m.group('label')} {m.group('num')}:"]
    parts = [piece for part in _INLINE_POINT.split(line) for piece in (_INLINE_COUNTED.split(part) if counted else [part])]
    out = [parts[0]]
    for part in parts[1:]:
        if re.search(r"(?:^|\s)\d{1,2}[.)]\s*$", out[-1]) and re.match(r"\s*[a-h]\)", part):   # "Zu 2. a) …"
            out[-1] += " " + part
        else:
            out.append(part)
    return out


# a clause's number inside a quoted sentence: "…, 1. die Beleuchtung … umzustellen, 2. die Wege …"
_COUNTED_CLAUSE = re.compile(r"(?<=\s)(?P<n>\d{1,2})\.\s+(?=[a-zäöüß])")
_QUOTE_END = re.compile(r"[“”\"«]\W*$")


def _clauses_counted_in_one_quote(lines: list[str]) -> list[str]:
    """One quoted sentence that counts its clauses ("„Der Magistrat wird beauftragt, 1. die Beleuchtung …
    umzustellen, 2. die Wege … zu beleuchten und 3. dem Ortsbeirat … zu berichten.“"), each answered under its
    number ("Zu Ziffer 1: …"): a line a clause, under the enacting words, as letters that set them apart read."""
    answered = {number for _, number, _ in numbered_answer_heads(lines)}
    if not {1, 2} <= answered:
        return lines
    out: list[str] = []
    k = 0
    while k < len(lines):
        text = lines[k].strip()
        end = next((j for j in range(k, min(k + 12, len(lines))) if _QUOTE_END.search(lines[j].strip())), None) \
            if text[:1] in "„\"»" else None
        if end is None:
            out.append(lines[k])
            k += 1
            continue
        joined = " ".join(line.strip() for line in lines[k:end + 1])
        marks = list(_COUNTED_CLAUSE.finditer(joined))
        numbers = [int(m.group("n")) for m in marks]
        # (clauses set on lines of their own, the first one's number opening its line, are read as such)
        if len(marks) < 2 or numbers != list(range(1, len(marks) + 1)) or not set(numbers) <= answered \
                or not joined[:marks[0].start()].rstrip().endswith(",") \
                or any(re.match(r"\s*1[.)]\s", line) for line in lines[k:end + 1]):
            out.append(lines[k])
            k += 1
            continue
        out.append(joined[:marks[0].start()].strip())     # the enacting words over the clauses, as a letter sets them
        for n, m in enumerate(marks, start=1):
            stop = marks[n].start() if n < len(marks) else len(joined)
            out.append(f"{n}. {joined[m.end():stop].strip()}")
        k = end + 1
    return out


def _heads_over_two_lines(lines: list[str]) -> list[str]:
    """An answer's heading broken after its "Zu" at a sentence's end ("… freigegeben. Zu" / "2: Die Toilette …"):
    the "Zu" goes down to its number."""
    out = list(lines)
    for k in range(len(out) - 1):
        m = re.search(r"(?<=[.;!?])\s+Zu$", out[k].rstrip())
        if m and re.match(r"\s*\d{1,2}[a-z]?\s*[.:)]\s+[A-ZÄÖÜ]", out[k + 1]):
            out[k], out[k + 1] = out[k].rstrip()[:m.start()], "Zu " + out[k + 1].lstrip()
    return out


def _numbered_paragraphs(lines: list[str]) -> set[int]:
    """Lines "1. …" that open paragraphs numbered 1, 2, 3 in this order (each after a blank line):
    a sequence of points even when they are not quoted and nothing announced them. Sub-points
    count as the sequence goes on: 1, 2a, 2b, 3."""
    starts = []
    for k, line in enumerate(lines):
        m = _NUMBERED.match(line) or _DECIMAL_NUMBERED.match(line)
        # (or OCR's letter for the digit: "T. Der Gemeinderat stimmt …" for "1.")
        glyph = LOOKALIKE_MARKER.match(line.strip()) if not m else None
        before = lines[k - 1].strip() if k else ""
        # a paragraph's start: after a blank line, a finished sentence or a heading (PDFs print no blank lines)
        if (m or glyph) and (not before or before.endswith((".", ":", ";", "“", '"')) or _HEADING.match(before)):
            starts.append((k, [(int(m.group("n")), m.group("sub"))] if m else [(int(d), "") for d in _LOOKALIKES[glyph.group("glyph")]]))
    # runs 1, 2, 3 …; a run restarts per resolution ("I. …" 1, 2 / "II. …" 1, 2, 3); the parts of one
    # point the letter reports on open a run too ("3.1 …", "3.2 …", "3.3 …": the resolution's point 3)
    runs: list[list[int]] = []
    last = None
    for k, numbers in starts:
        if (start := next((n for n in numbers if n in ((1, ""), (1, "a")) or n[1] == ".1"), None)):
            runs.append([k])
            number = start
        elif runs and (number := next((n for n in numbers if n in next_numbers(last)), None)):
            runs[-1].append(k)
        else:
            continue
        last = number
    counted = [run for run in runs if len(run) >= 2]
    # (two alone count when both are sentences: "1. Der Rat nimmt den Bericht … zur Kenntnis." / "2. Die Verwaltung …")
    return {run[0] for run in counted if (len(run) >= 3 or len(counted) >= 2 or all(_SENTENCE_AFTER_NUMBER.match(lines[k]) for k in run))
            and _SENTENCE_AFTER_NUMBER.match(lines[run[0]])}


def read_body(body: list[str], resolution: str | None, known: list[str],
              letter: list[str] | None = None) -> tuple[list[Point], list[tuple[str, str | None, str | None]]]:
    """The points of the body, and the resolutions its headings name: (resolution, session, title).
    Running headers and footers are found in `letter` (the whole text; the body by default)."""
    reader = _Reader(resolution, known)
    reader.headed_below = {_head_key(m) for line in body if (m := ANSWER_HEAD.match(line.strip())) and m.group("num")}
    reader.skipped = named_in_passing(body)
    running = running_lines(body if letter is None else letter)
    counted = {m.group(1) for line in body for m in _COUNTED_NUMBER.finditer(line)} >= {"1", "2"}
    body = _heads_over_two_lines(_clauses_counted_in_one_quote(body))
    at_break = _page_numbers(body, running)
    lines = [part for k, line in enumerate(body) if not is_artefact(line) and re.sub(r"\d+", "#", line.strip()) not in running
             and k not in at_break for part in _inline_points(repair_label(line, LINE_LABELS), counted)]
    lines, roman = _roman_points(formrows.rewrite(stacked_table(pipe_table(answers_table(ordinal_heads(lines))))))
    lines = _without_heads_of_named_points(repair_numbers(lines))
    following_of = [""] * len(lines)     # the next non-empty line after each (one pass: linear time)
    for i in range(len(lines) - 2, -1, -1):
        following_of[i] = lines[i + 1].strip() or following_of[i + 1]
    label_at = [k for k, line in enumerate(lines) if _LEAD_LABEL.match(line.strip())]
    first_at = [k for k, line in enumerate(lines) if (m := MARKER.match(line.strip())) and m.group("num") == "1"]
    sequences = _numbered_paragraphs(lines)
    # (answers headed "Zu 1)" further down count as numbered lines: what stands before them is no closing)
    last_numbered = max((k for k, line in enumerate(lines) if _NUMBERED.match(line)
                         or (m := ANSWER_HEAD.match(line.strip())) and (m.group("num") or m.group("letter"))), default=-1)
    last_marker = max((k for k, line in enumerate(lines)
                       if _NUMBERED.match(line) or re.match(r"^\s*(?:Beschlusspunkt|Punkt|Ziffer|Petitum)\s+\d", line)), default=-1)
    for i, line in enumerate(lines):
        if not line.strip():
            reader.end_paragraph()
            continue
        starts_paragraph = i == 0 or not lines[i - 1].strip() or lines[i - 1].rstrip().endswith((".", ":"))
        bare = mend_words(strip_debris(line.strip()).lstrip("\"'„“ "), REVIEW_FORMS)
        if not reader.points and ANSWERS_END.match(bare) and len(bare) < 70 and i < last_marker \
                and (re.search(r"\d{4}", bare) or ":" in bare[:30]):
            continue      # a form's field above its points ("Nächste Berichterstattung 31.01.2024", "Wiedervorlage: …")
        # (a point's heading alone, "Beschlusspunkt 5:", waits for its words: "„Die Anlage 2 … ist Bestandteil …“" ends nothing)
        awaited = reader.current is not None and not "".join(reader.current.quote).strip() and reader.mode in ("text", "quote")
        if awaited and LETTERHEAD_ROW.search(bare):
            continue      # a letterhead's row the layout put between a point's heading and its words ("Datum: 23.02.2023")
        if reader.depth == 0 and starts_paragraph and not awaited and (
                # (before the first point, a title "Abschließende Mitteilung zum Beschluss …" ends nothing)
                ANSWERS_END.match(bare) and (reader.points or i > last_marker) or reader.points and NEXT_SECTION.match(bare)
                or reader.points and SETTLED_REQUEST.match(bare)
                or reader.points and TREATMENT_REMARK.match(bare if re.search(r"[.!?](?:\s|$)", bare) else f"{bare} {following_of[i]}")
                and i > max(last_numbered, last_marker)
                or reader.points and FURTHER_COURSE.match(bare) and i > last_numbered
                # ("Über den Stand wird wie folgt berichtet:" announces what follows: no closing)
                # (a sentence broken over lines is read whole: "… wird dem Kreistag zur Sitzung im September 2025" / "berichtet.")
                or CLOSING_STATEMENT.match(bare if re.search(r"[.!?](?:\s|$)", bare) else f"{bare} {following_of[i]}") and i > last_numbered
                and not bare.endswith(":")
                # ("Der Beschluss ist damit vollzogen." after a letter's only point is that point's answer, and after
                # one answer to all the points quoted above it)
                and not (OF_RESOLUTION.search(bare) and _one_answer_to_all(reader.points))
                # (a line ending in a quarter's numeral, "… voraussichtlich im I." / "Quartal 2024 …", goes on too)
                or REPORTS_LATER.match(bare if bare.endswith(".") and not re.search(r"\s[IVX]{1,3}\.$", bare)
                                       else f"{bare} {following_of[i]}") and i > last_numbered
                and reader.answered()):
            break       # (the announcement may go on on the next line: "… über die Auslastung" / "berichten.")
        if SALUTATION.match(bare):
            continue
        following = following_of[i]
        # an answer label a few lines down ("Stand: …"): the unquoted text above it is a point
        reader.label_soon = any(i < k <= i + 6 for k in label_at[bisect.bisect_right(label_at, i):][:1])
        reader.sequence_soon = i in sequences
        reader.first_soon = any(i < k <= i + 4 for k in first_at[bisect.bisect_right(first_at, i):][:1])
        reader.clause_soon = _enacting_clause_over_points(lines, i)
        reader.after_blank = i == 0 or not lines[i - 1].strip()
        reader.feed(line, following)
    if reader.depth > 0 and reader.current is not None and not reader.block:
        reader.current.unclosed = True
    last = reader.current
    if last is not None and reader.depth == 0 and reader.last and reader.answer_to is None and len(reader.points) >= 2 \
            and all(_starts_quote(strip_debris(p.quote[0].strip())) for p in reader.points if p.quote):
        # the last point's answer holds a whole quote after a sentence, and an answer after it: the next point,
        # its number lost (OCR), as in the middle of a letter (`_recover_lost_number`)
        reader._recover_lost_quoted_point(last, after=(".",))
    stems = [p for p in reader.points if p.quote and _introduces_sub_points(p, reader.points)]
    points = [p for p in reader.points if p.quote and p not in stems]
    _complete_sub_points(points, stems)
    cited = _cited_points(lines, resolution)
    if not cited and len(points) <= 1:
        # two or more of the resolution's sentences quoted in running text, without numbers
        cited = [] if len(prose := _cited_points(lines, resolution, numbered=False)) < 2 else prose
    if len(cited) > len(points):      # quotes in running text that the line-by-line reading took for fewer points
        points = cited
    if not points:
        points = _prose_points(lines, resolution) or _one_unmarked_point(lines, resolution) or _quoted_in_lead(lines, resolution)
    for point in points:
        if point.unclosed and not point.response:
            _split_unclosed(point)
        elif not point.response or not re.search(r"[„“\"»«]", _QUOTED_NAME.sub("", join_lines(point.quote))):
            # an unquoted point's text may hold the start of its answer (a name in quotes in it, „Weixdorf, Bad“, is no quote)
            headed = list(point.response) if reader.answer_to is not None else []
            _split_directive(point)
            if headed and point.response != headed:
                point.response = headed     # answered under a heading: the words after its text introduce the answers
    last_column = _last_column(lines)
    if last_column:
        for point in points:
            _cell_to_fact(point, last_column)
    if reader.answer_to is None:      # answers under headings name their points; no sharing
        _share_joint_answers(points)
    for point in points:
        for other in point.joins:
            other.response = list(point.response)
    if roman:        # numbers as printed: "II", not the 2 it was read as
        for point in points:
            if point.number.isdigit() and int(point.number) <= len(_ROMANS):
                point.number = _ROMANS[int(point.number) - 1]
    groups = [(res, ses, join_lines(lines) or None) for res, ses, lines in reader.groups]
    return points, groups


# "… hat folgenden Beschluss gefasst:", "Beschlusstext:": the resolution's text follows
# "Beschlusstext: Die Verwaltung wird …" / "Umsetzung: Das System ist …": labels with their text on the line
_QUOTE_LABEL = re.compile(r"^(?:Beschluss(?:text|wortlaut|inhalt)|Wortlaut(?:\s+des\s+Beschlusses)?)\s*:\s*(?P<rest>\S.*)$", re.I)
# A letter's only point under a bare "Beschluss:" ("Beschluss: Am Badestrand werden …"; not "Beschluss: V0870/21
# vom …", which names it)
_ONLY_POINT_LABEL = re.compile(r"^(?:Beschluss(?:text|wortlaut|inhalt)?|Wortlaut(?:\s+des\s+Beschlusses)?)\s*:\s*"
                               r"(?P<rest>(?!(?:vom|Nr\.?|Nummer)\s|\S*\d)\S.*)$", re.I)


_INTRO_FORMS = by_length(ANSWER_INTRO_WORDS)


def _introduces_answers(text: str) -> bool:
    """The line introduces the answers ("Der Magistrat berichtet hierzu:"), its words read through OCR's damage."""
    return bool(ANSWER_INTRO.search(text) or ANSWER_INTRO.search(mend_words(text, _INTRO_FORMS)))


def _enacting_clause_over_points(lines: list[str], i: int) -> bool:
    """Whether line i opens a quote whose first sentence, over two or three lines, ends with ":" (or ",") and
    a point "1." follows it: „Der Bezirksausschuss fordert die Stadtverwaltung auf, … an der" / "Grundschule …
    zu verbessern:" / "1. …"."""
    if not _starts_quote(lines[i].strip()) or re.search(r"[.!?][“”\"]?\s*$", lines[i]):
        return False
    following = [line.strip() for line in lines[i + 1:i + 5] if line.strip()]
    for k, line in enumerate(following[:2]):
        if MARKER.match(line) or re.search(r"[.!?][“”\"]?$", line):
            return False
        if line.endswith((":", ",")):
            after = MARKER.match(following[k + 1]) if k + 1 < len(following) else None
            return bool(after and after.group("num") == "1")
    return False


def _one_unmarked_point(lines: list[str], resolution: str | None) -> list[Point]:
    """A letter that quotes its resolution without number or quotation marks, between a line
    that introduces the resolution's text and one that introduces the answer: one point, "1"."""
    # the introducing words may be broken over two lines ("… folgenden Beschluss" / "gefasst:")
    intro = next((i for i, line in enumerate(lines)
                  if QUOTE_INTRO.search(line.strip()) or _ONLY_POINT_LABEL.match(line.strip())
                  or i and QUOTE_INTRO.search(f"{lines[i - 1].strip()} {line.strip()}")),
                 None)
    if intro is None:
        return []
    while intro + 1 < len(lines) and (QUOTE_INTRO.search(lines[intro + 1].strip()) or _ONLY_POINT_LABEL.match(lines[intro + 1].strip())):
        intro += 1          # "… folgenden Beschluss gefasst:" then "Beschlusstext:"
    labelled = _ONLY_POINT_LABEL.match(lines[intro].strip())
    quote = [labelled.group("rest")] if labelled else []
    answer = next((j for j in range(intro + 1 if labelled else intro + 2, len(lines))
                   if ANSWER_INTRO.search(lines[j].strip()) or _LEAD_LABEL.match(lines[j].strip())), None)
    if answer is None:
        # no answer label: the resolution's text is the paragraph after the introduction, when it is in
        # a resolution's words; the answer is the next paragraph
        # a blank line may stand between the introduction and the text (not after a label with the text on its line)
        start = intro + 1 if labelled else next((j for j in range(intro + 1, len(lines)) if lines[j].strip()), len(lines))
        end = next((j for j in range(start, len(lines)) if not lines[j].strip()), len(lines))
        quote += [line for line in lines[start:end] if line.strip()]
        # a label says what it is; else one of the paragraph's sentences must be in a resolution's words
        if not quote or not labelled and not any(_directive(sentence) for _, sentence in sentence_spans(join_lines(quote))):
            return []
        answer = end - 1
        response = []
    else:
        quote += [line for line in lines[intro + 1:answer] if line.strip()]
        label = _LEAD_LABEL.match(lines[answer].strip())
        response = [lines[answer].strip()[label.end():]] if label and lines[answer].strip()[label.end():] else []
    for line in lines[answer + 1:]:     # the answer's paragraphs, up to the letter's closing words
        bare = strip_debris(line.strip())
        if ANSWERS_END.match(mend_words(bare, REVIEW_FORMS)) or CLOSING_STATEMENT.match(bare) and response and not OF_RESOLUTION.search(bare) \
                or REPORTS_LATER.match(bare) and response:
            break     # "Der Beschluss ist damit umgesetzt." is this only point's answer; "Über den Fortgang …" is not
        if bare:
            response.append(bare)
    point = Point("1", resolution, quote=quote, response=response)
    if quote and not response:
        _split_directive(point)     # answered in the quote's own paragraph: "… beschließt die Errichtung …. Die Anlage wurde …"
    return [point] if point.quote and point.response else []


# The sentence telling what was resolved, the resolution's words quoted in it: "… hat … beschlossen, die
# Bezirksamtsleitung zu bitten, „die … Straßenbäume … nachzupflanzen“."
_RESOLVED_QUOTING = re.compile(r"\b(?:beschlossen|beschlie(?:ß|ss)t|gefasst|beauftragt|gebeten|ersucht|aufgefordert"
                               r"|zu\s+(?:bitten|ersuchen|beauftragen))\b[^„»\"“.;]{0,80}[„»\"](?P<quote>[^“”«„»\"]{20,})[“”«\"]\s*[.;]?")


def _quoted_in_lead(lines: list[str], resolution: str | None) -> list[Point]:
    """A letter on one resolution that quotes its words in the sentence telling what was resolved: one point,
    "1", answered by the paragraphs after it (an introduction "Das Bezirksamt teilt hierzu mit:" left out) up to
    the letter's closing words or its next section."""
    paragraphs = _paragraphs(lines)
    at = next((k for k, text in enumerate(paragraphs) if _RESOLVED_QUOTING.search(text)), None)
    if at is None or len(_RESOLVED_QUOTING.findall(paragraphs[at])) != 1:
        return []
    m = _RESOLVED_QUOTING.search(paragraphs[at])
    quote = m.group("quote").strip()
    if len(quote.split()) < 5:
        return []
    answers = [paragraphs[at][m.end():].strip()] if paragraphs[at][m.end():].strip() else []
    for text in paragraphs[at + 1:]:
        bare = mend_words(strip_debris(text), REVIEW_FORMS)
        if _after_answers(bare) or CLOSING_STATEMENT.match(bare) and answers or bare.endswith(":") and len(bare.split()) <= 3:
            break     # (a form's next section: "Petitum:")
        if not answers and _introduces_answers(bare) and bare.endswith(":"):
            continue
        answers.append(text)
    return [Point("1", resolution, quote=[quote], response=answers)] if answers else []


def _after_answers(paragraph: str) -> bool:
    """A paragraph past the answers of points read in running text: the letter's closing words, its next
    section, or the next report announced."""
    return bool(ANSWERS_END.match(paragraph) or NEXT_SECTION.match(paragraph) or REPORTS_LATER.match(paragraph))


def _prose_points(lines: list[str], resolution: str | None) -> list[Point]:
    """Points cited in a paragraph's prose ("… aufzustellen (Ziffer 1) und …"), answered by the
    paragraphs after it up to the letter's closing words or next section (see `pipeline.prose`)."""
    paragraphs = [join_lines(part) for filled, group in groupby(lines, key=lambda line: bool(line.strip())) if filled
                  for part in short_line_paragraphs([line.strip() for line in group])]
    at, (clauses, tail) = next(((k, found) for k, text in enumerate(paragraphs) if (found := cited_clauses(text))[0]),
                               (0, ([], "")))
    answers = []
    for text in ([tail] if tail else []) + paragraphs[at + 1:] if clauses else []:
        bare = mend_words(strip_debris(text), REVIEW_FORMS)
        if _after_answers(bare) or CLOSING_STATEMENT.match(bare) or bare.endswith(":") and len(bare.split()) <= 3:
            break     # (a form's next section: "Petitum:")
        answers.append(text)
    targets = assign_answers([clause for _, clause in clauses], answers)
    if not any(t is not None for t in targets):
        return []
    return [Point(number, resolution, quote=[clause], response=[answers[t]] if t is not None else [])
            for (number, clause), t in zip(clauses, targets)]


# A paragraph citing a point by its number and quoting its words in running text: "mit Ziffer 1 des o. g.
# Beschlusses wurde der Bürgermeister beauftragt, „ein Fahrzeug … zu beschaffen“. Hierzu teile ich mit:"
_CITED_POINT = re.compile(r"\b(?:Beschluss)?(?:[Zz]iffer|Ziff\.|[Pp]unkt)\s*(?P<num>\d{1,2}(?:\.\d{1,2})?[a-z]?)\b(?![.,]\d)"
                          r"[^„“\"»]{0,200}?[„\"»](?P<quote>[^“”\"«„»]{20,}?)[“”\"«]\s*[.,;]?")


# The number named in brackets after the quote: "„Der Oberbürgermeister wird beauftragt, …“ (Beschlusspunkt 1)"
_CITED_POINT_AFTER = re.compile(r"[„\"»](?P<quote>[^“”\"«„»]{20,}?)[“”\"«]\s*\(\s*(?:Beschluss)?(?:[Zz]iffer|Ziff\.|[Pp]unkt)\s*"
                                r"(?P<num>\d{1,2}(?:\.\d{1,2})?[a-z]?)\s*\)\s*[.,;]?")


def _cites(text: str) -> list[re.Match]:
    """The points a paragraph cites with their words, in order: named before the quote or in brackets after it."""
    after = list(_CITED_POINT_AFTER.finditer(text))
    blanked = text
    for m in after:       # (a number in brackets after a quote names no quote after it)
        blanked = blanked[:m.start()] + " " * (m.end() - m.start()) + blanked[m.end():]
    return sorted(after + list(_CITED_POINT.finditer(blanked)), key=lambda m: m.start())


def _paragraphs(lines: list[str]) -> list[str]:
    """The text's paragraphs (set apart by blank lines), each as one line."""
    return [join_lines(list(group)) for filled, group in groupby(lines, key=lambda line: bool(line.strip())) if filled]


# The resolution's words quoted in running text without a point's number: "… wurde ich beauftragt, „Der …“",
# "Weiter heißt es im Beschluss: „…“", "Weiter fordert der Antrag: „…“". Two or more such quotes are the points,
# numbered in order.
_CITED_UNNUMBERED = re.compile(r"\b(?:hei(?:ß|ss)t\s+es|beschlossen|beauftragt|gebeten|ersucht|aufgefordert|bestimmt|festgelegt|fordert|verlangt)\b[^„»\"“.;:]{0,60}:?\s*"
                               r"[„»\"](?P<quote>[^“”«„»\"]{20,}?)[“”«\"]\s*[.;]?")
# An answer's introduction before its first sentence: "Hierzu ist festzustellen: Mit zwei …"
_ANSWER_LEAD = re.compile(r"^(?:Hierzu|Dazu)\b[^.:]{0,40}:\s+(?=[A-ZÄÖÜ])")


def _cited_points(lines: list[str], resolution: str | None, numbered: bool = True) -> list[Point]:
    """Points cited in running text, each paragraph naming its number and quoting its words, the
    answer after the quote (after an introduction "Hierzu teile ich mit:") up to the next such
    paragraph or the letter's closing words. Not `numbered`: the quotes without numbers, in order."""
    paragraphs = _paragraphs(lines)
    points: list[Point] = []
    for text in filter(None, paragraphs):
        found = _cites(text) if numbered else list(_CITED_UNNUMBERED.finditer(text))
        cites = [m for m in found if len(m.group("quote").split()) >= 4]
        numbers = [m.group("num") for m in cites] if numbered else [str(len(points) + k) for k in range(1, len(cites) + 1)]
        fresh = [n for n in numbers if all(p.number != n for p in points)]
        if fresh and len(fresh) == len(cites):
            # (several in one paragraph: each answer runs up to the sentence citing the next point)
            ends = [_sentence_start(text, m.end(), after.start()) for m, after in zip(cites, cites[1:])] + [len(text)]
            for m, number, end in zip(cites, numbers, ends):
                rest = _ANSWER_LEAD.sub("", text[m.end():end].strip())
                rest = "" if ANSWER_INTRO.search(rest) or rest.endswith(":") and len(rest) < 80 else rest
                points.append(Point(number, resolution, quote=[m.group("quote").strip()], response=[rest] if rest else []))
        elif points:
            bare = mend_words(strip_debris(text), REVIEW_FORMS)
            if _after_answers(bare) or CLOSING_STATEMENT.match(bare) and points[-1].response:
                break
            points[-1].response.append(text)
    return [p for p in points if p.response]


def _named_first(lines: list[str]) -> tuple[set[str], list[str]]:
    """The point numbers a text names as it opens ("Die Punkte 1. und 2. des Beschlusses sind umgesetzt. …"),
    and the text without the section's heading that may stand before it ("Umsetzung"); none where it opens otherwise."""
    from pipeline.status import named_at_opening, split_sentences    # status reads points: imported late
    texts = [line.strip() for line in lines if line.strip()]
    if texts and len(texts[0].split()) <= 3 and not texts[0].endswith("."):
        texts = texts[1:]          # "Umsetzung", "Sachstand:": the section's heading
    first = split_sentences(join_lines(texts))[:1] if texts else []
    named = named_at_opening(first[0]) if first else set()
    if named and (joint := _JOINT_ANSWER.match(texts[0])):
        texts = [texts[0][joint.end():]] + texts[1:]     # "Die Punkte 1 und 2 werden gemeinsam beantwortet:" says how, not what
    return named, texts


# An answer's opening words saying that it answers the points it names together, before a colon
_JOINT_ANSWER = re.compile(r"^[^:.]{0,80}\b(?:gemeinsam|zusammen|zusammenfassend)\s+(?:beantwortet|behandelt|dargestellt)\s*:\s*(?=[A-ZÄÖÜ])")


def _sentence_start(text: str, lower: int, at: int) -> int:
    """Where the sentence holding `at` starts, not before `lower`."""
    return max((start for start, _ in sentence_spans(text) if lower <= start <= at), default=at)


def _numbered_answer(text: str, number: str) -> re.Match | None:
    """An answer opened by its point's number as the points were numbered: "1. Die …", "2a Die Umstellung …", "(1) Die …"."""
    return re.match(rf"(?:\((?={re.escape(number)}\)))?{re.escape(number)}(?:[.)]|(?=\s))\s+(?P<rest>[A-ZÄÖÜ].*)$", text)


def _topic_heading(rest: str, following: str) -> bool:
    """A point's number before a few words of topic, the resolution's words quoted below ("1. Ausstattung" /
    "a) „Die Kreisfeuerwehrzentrale …“", "2. Brandschutzbedarfsplan" / "„Die Fortschreibung …“")."""
    below = MARKER.match(following.strip())
    return bool(_HEADING.match(rest)) and len(rest.split()) <= 5 and (
        _starts_quote(following) or bool(below) and bool(below.group("letter")) and _starts_quote(below.group("rest")))


def _introduces_sub_points(point: Point, points: list[Point]) -> bool:
    """"3. Zur Finanzierung:" followed by 3a, 3b only introduces its sub-points: no point of its own."""
    return (bool(point.quote) and not point.response
            and (join_lines(point.quote).rstrip(" \"“”»«").endswith((":", ","))
                 or _HEADING.match(join_lines(point.quote).strip("„“”\"»«–—- "))   # "Ziffer 3 – Wohnraumakquise", "3. „Baumpatenschaften“"
                 or _unfinished(point))
            and any(p.number.startswith(point.number) and p.number != point.number
                    and not p.number[len(point.number):].isdigit() for p in points))


def _unfinished(point: Point) -> bool:
    """A stem that its sub-points finish as a sentence: "Die Verwaltung wird beauftragt, Tempo 30 nachts",
    or a clause of the enacting sentence above it: "2. gemeinsam mit dem Fachamt …" / "2.1 … aufzustellen,"."""
    text = join_lines(point.quote).rstrip(" \"“”»«")
    return bool(text) and not text.endswith((".", "!", "?", ";", ":")) and len(text.split()) >= 3 \
        and (bool(MANDATE_LANGUAGE.search(text)) or text[:1].islower())


def _complete_sub_points(points: list[Point], stems: list[Point]) -> None:
    """Each sub-point of an unfinished stem ("2. Die Verwaltung wird beauftragt, Tempo 30 nachts" /
    "a) auf der Lederstraße anzuordnen.") quotes the whole sentence: the stem and its own words."""
    for stem in stems:
        if not _unfinished(stem):
            continue
        for point in points:
            if point.resolution == stem.resolution and point.number[:-1] == stem.number and point.number[-1:].isalpha() \
                    and point.quote and point.quote[0][:1].islower():
                point.quote = stem.quote + point.quote


def _split_unclosed(point: Point) -> None:
    """A quote whose closing mark OCR lost runs into its answer: the answer starts at the
    first line after a sentence end whose first sentence gives a status."""
    from pipeline.status import sentence_status

    for k in range(1, len(point.quote)):
        if not re.search(r"[.!?][\"“”'*]*$", point.quote[k - 1].rstrip()):
            continue
        rest = " ".join(point.quote[k:])
        first = sentence_spans(rest)[0][1] if rest.strip() else ""
        if first[:1].isupper() and sentence_status(first):
            point.quote, point.response = point.quote[:k], point.quote[k:]
            return


# A table's column headings read as lines ("Nr." / "Beschlusspunkt" / "Sachstand" / "Termin"):
# when the last column holds dates or states, each row's last short line is that cell.
_COLUMN_HEADING = re.compile(r"^(?:Nr\.?|Lfd\.\s*Nr\.?|Ziffer|Beschlusspunkt|Beschlusstext|Beschluss|Auftrag|Sachstand"
                             r"|Stand(?:\s+der\s+Umsetzung)?|Umsetzungsstand|Bemerkung(?:en)?|Termin|Frist|Zieltermin|Status)$", re.I)


def _last_column(lines: list[str]) -> str | None:
    """The role of a text table's last column ("date" or "status"), if its headings stand one per line."""
    texts = [line.strip() for line in lines]
    for k in range(len(texts) - 2):
        run = []
        while k + len(run) < len(texts) and _COLUMN_HEADING.match(texts[k + len(run)]):
            run.append(texts[k + len(run)])
        if len(run) >= 3:
            return _FACT_ROLE.get(run[-1].lower())
    return None


def _cell_to_fact(point: Point, role: str) -> None:
    """The row's last cell ("07/2024", "II. Quartal 2024", "erledigt") left at the end of its answer."""
    lines = [line for line in point.response if line.strip()]
    if len(lines) < 2:
        return
    cell = lines[-1].strip()
    if len(cell) <= 25 and not re.search(r"[a-zäöüß]{3,}\.$", cell) and not _directive(cell):
        point.response = lines[:-1]
        point.facts.setdefault(role, cell.strip("–— ") or "–")


# A sentence that reports what was done ("Die Gemeinde hat …", "… wurde …"): no resolution's words.
_REPORTS_DONE = re.compile(r"\b(?:hat|haben|hatte|wurden?|worden|ist|sind|war|waren"
                           r"|derzeit|zurzeit|bereits|inzwischen|mittlerweile|bisher|bislang|noch)\b")


def _directive(sentence: str) -> bool:
    """A sentence in a resolution's words: it orders, asks or says what is to be done."""
    sentence = sentence.strip().strip(_OPENERS + _AMBIGUOUS + "‘’ ")     # quoted or not
    return bool(MANDATE_LANGUAGE.search(sentence) or RESOLVES.search(sentence))


_FOUND = re.compile(r"\b(?:hat|haben|hatte|hatten)\s+ergeben\b")


def _split_directive(point: Point) -> None:
    """An unquoted point answered on the next line, without a blank line or label between
    ("1. Der Oberbürgermeister wird beauftragt, … vorzulegen." / "Ein Entwurf liegt vor …"): the
    answer starts at the first line that opens a sentence that reports rather than orders, after a
    sentence in the resolution's words or when it gives a status itself."""
    from pipeline.status import see_point, sentence_status

    # the answer set after a dash on the point's own line: "… die Schulhöfe … zu öffnen. – Die Schulhöfe … sind seit …"
    text = join_lines(point.quote)
    dash = re.search(r"(?<=[.!?])\s+[–—]\s+(?=[A-ZÄÖÜ])", text)
    if dash and len(text[:dash.start()].split()) >= 4 and not _directive(sentence_spans(text[dash.end():])[0][1]):
        point.quote, point.response = [text[:dash.start()]], [text[dash.end():]] + point.response
        return
    for k in range(1, len(point.quote)):
        before = join_lines(point.quote[:k]).strip()
        # a lettered clause of an enumeration ends in a comma ("a) … vorzubereiten,"): its answer must both
        # follow a clause in the resolution's words and give a status of its own
        clause = before.endswith((",", ";"))
        if not re.search(r"[.!?][\"“”'*]*$", before) and not clause:
            continue
        rest = join_lines(point.quote[k:]).strip()
        last = sentence_spans(before)[-1][1].rstrip(",;")
        first = sentence_spans(rest)[0][1] if rest else ""
        # (its first clause decides: "Gespräche … haben stattgefunden; der Verein sieht sich nicht in der Lage, … zu
        # übernehmen." reports, whatever infinitive a later clause has)
        # (or it refers to another answer, "Siehe Antwort zu 2a).", or tells what a check found: "Die Zählung … hat ergeben, …",
        # or back to the point: "Zu diesem Punkt ist kein Verwaltungshandeln erforderlich.")
        reports = sentence_status(first) or see_point(first) or _FOUND.search(first) or NOTHING_TO_DO.match(first) \
            or ANSWER_OPENER.match(first)
        if first[:1].isupper() and not _directive(first.split(";")[0]) and (
                _directive(last) and reports if clause else _directive(last) or reports):
            point.quote, point.response = point.quote[:k], point.quote[k:] + point.response
            return


def _share_joint_answers(points: list[Point]) -> None:
    """Points quoted one after another and answered together each carry the whole answer."""
    pending: list[Point] = []
    for point in points:
        if not any(x.strip() for x in point.response):
            pending.append(point)
            continue
        for waiting in pending:
            if waiting.resolution == point.resolution:
                waiting.response = list(point.response)
        pending = []
