"""Pure text clean-up: quotes, spaces, line-end hyphenation, OCR debris.

Every function takes text and returns text; `normalize` is idempotent.
"""
from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans({"„": '"', "“": '"', "”": '"', "»": '"', "«": '"', "‟": '"', "″": '"'})
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u00ad\u200b\u200c\u200d\ufeff]")
# Conjunctions after a line-end hyphen mean the hyphen is a truncation ("Vor- und Nachteile").
_KEEP_HYPHEN_BEFORE = {"und", "oder", "bzw", "bzw.", "sowie", "als", "bis", "wie"}
# Lines that are only debris: form feeds, bullets, lone stars (PDF-to-text artefacts).
_DEBRIS = re.compile(r"^[\s*•·_~|]+$")


# OCR reads a small l as a capital I inside a word ("MitgIieder", "SchuIe"); German prints a capital
# I there only in gender forms ("BürgerInnen", "LehrerIn"), which are kept. Same length: offsets hold.
# No German word starts with I before ä, ö, ü or i ("Iäuft", "Iiegt").
_CAPITAL_I_FOR_L = re.compile(r"(?<=[a-zäöüß])I(?=[a-zäöüß])(?!nnen\b|n\b)|(?<![\w])I(?=[äöüi][a-zäöüß])"
                              r"|(?<=[A-Za-zäöüß])!(?=[a-zäöüß])")      # and "!" inside a word ("He!ga"): no sentence ends so


# OCR reads a small l as the digit 1 and an o as 0 ("voraussicht1ich"); no German word or identifier has
# a digit between two small letters ("V0870/21" keeps its zero). Same length: offsets hold.
_DIGIT_FOR_LETTER = re.compile(r"(?<=[a-zäöüß])[10](?=[a-zäöüß])")
_LETTER_OF_DIGIT = {"1": "l", "0": "o"}


# OCR keeps a hyphenation inside a line ("Kultur und Wisse- nschaft"); a truncation hyphen is
# followed by a conjunction ("Geh- und Radweg"), a broken word by its lower-case rest.
_BROKEN_WORD = re.compile(r"(?<=[a-zäöüß])- (?=(?P<rest>[a-zäöüß]+))")


def _join_broken(m: re.Match) -> str:
    return m.group(0) if m.group("rest") in _KEEP_HYPHEN_BEFORE else ""


# OCR reads the section sign as a dollar sign ("unter $ 4311 beschlossen"); German council papers
# print no dollar amounts in that shape.
_DOLLAR_FOR_PARAGRAPH = re.compile(r"\$(?=\s?\d{1,5}\b(?![.,]\d))")


_WORD_BEFORE = re.compile(r"[A-Za-zÄÖÜäöüß]+$")
_WORD_AFTER = re.compile(r"[A-Za-zÄÖÜäöüß]+")


def _l_for_capital_i(m: re.Match) -> str:
    """OCR's capital I for a small l, unless two known words were run together at that I ("nächsteInformation",
    "derInvestition"): `pipeline.nlp.split_run_together` parts those later, and needs the capital."""
    if m.group(0) == "I" and m.start() > 0 and m.string[m.start() - 1].islower():
        before = _WORD_BEFORE.search(m.string, 0, m.start())
        after = _WORD_AFTER.match(m.string, m.start())
        if before and len(before.group(0)) >= 2 and len(after.group(0)) >= 6:
            from pipeline.nlp import known_word      # (late: that module reads this one)
            if known_word(after.group(0)) and known_word(before.group(0)):
                return "I"
    return "l"


def normalize(text: str) -> str:
    """Unicode NFC, one kind of space, no invisible characters, Unix line ends.

    Quote glyphs are kept here (the mandate parser needs to tell „ from “); use
    `straight_quotes` for field values.
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = _INVISIBLE.sub("", text)
    text = text.replace("ﬁ", "fi").replace("ﬂ", "fl").replace("ﬀ", "ff")
    text = _CAPITAL_I_FOR_L.sub(_l_for_capital_i, text)
    text = _DIGIT_FOR_LETTER.sub(lambda m: _LETTER_OF_DIGIT[m.group()], text)
    text = _DOLLAR_FOR_PARAGRAPH.sub("§", text)
    lines = [_ocr_spacing(_BROKEN_WORD.sub(_join_broken, _SPACES.sub(" ", line).strip())) for line in text.split("\n")]
    return "\n".join(lines)


# OCR's spacing and letters in fixed shapes: a space after a hyphen inside an identifier or label
# ("6612/2020- 2025", "Drucksachen- Nr."), a roman quarter with l for I ("Ill. Quartal"), the
# addressee's first words run together ("Andie Bezirksvertretung").
_HYPHEN_SPACE = re.compile(r"(?<=\d)- (?=\d{4}\b)|(?<=[a-zäöü])- (?=Nr\.)")
_ROMAN_QUARTER = re.compile(r"\b[Il1]{2,3}(?=\.\s*(?:Quartal|Halbjahr)\b)")
_ADDRESSEE_RUN_TOGETHER = re.compile(r"^An(?=(?:die|den|das)\s)")
# A point's label run into its number ("Punkt2"), a table's cell bar run into the cell's first word ("|Der").
_LABEL_NUMBER_RUN_TOGETHER = re.compile(r"^((?:Beschluss)?[Pp]unkt|Ziffer)(?=\d{1,2}\b)")
_BAR_RUN_TOGETHER = re.compile(r"(?<=\s)\|(?=[A-ZÄÖÜa-zäöü„»])")
# A preposition run into the number after it ("im2. Halbjahr 2023", "bis31.12.2024").
_PREPOSITION_NUMBER_RUN_TOGETHER = re.compile(r"\b(im|am|bis|zum|ab|vom|seit)(?=\d)")


def _ocr_spacing(line: str) -> str:
    line = _HYPHEN_SPACE.sub("-", line)
    line = _ROMAN_QUARTER.sub(lambda m: "I" * len(m.group(0)), line)
    line = _LABEL_NUMBER_RUN_TOGETHER.sub(r"\1 ", line)
    line = _BAR_RUN_TOGETHER.sub("| ", line)
    line = _PREPOSITION_NUMBER_RUN_TOGETHER.sub(r"\1 ", line)
    return _ADDRESSEE_RUN_TOGETHER.sub("An ", line)


def straight_quotes(text: str) -> str:
    """Typographic quotes „ “ ” » « become ", as the contract asks."""
    return text.translate(_QUOTES)


_LEADING_DEBRIS = re.compile(r"^[.,‚'`´|·:;!_~]{1,2}\s?")


def strip_debris(text: str) -> str:
    """Drop the stray glyphs OCR puts before a line's first word ('. „Es ist', '‚1.')."""
    return _LEADING_DEBRIS.sub("", text)


def is_debris(line: str) -> bool:
    return bool(_DEBRIS.match(line))


def join_lines(lines: list[str], *, straighten: bool = True) -> str:
    """Join lines into one line: single spaces, line-end hyphenation undone, quotes straight
    unless `straighten` is False.

    `Digitali-` + `sierung` -> `Digitalisierung`; `Smart-City-` + `Modell` keeps its
    hyphen (a compound); `Vor-` + `und Nachteile` keeps hyphen and space.
    """
    out = ""
    for raw in (part for line in lines for part in line.split("\n")):
        line = raw.strip()
        if not line or is_debris(line):
            continue
        if not out:
            out = line
            continue
        if re.search(r"[A-Za-zÄÖÜäöüß]-$", out):
            first = line.split(" ", 1)[0]
            if first.rstrip(",.;:") in _KEEP_HYPHEN_BEFORE or first in _KEEP_HYPHEN_BEFORE:
                out = out + " " + line
            elif first[:1].islower():
                out = out[:-1] + line
            else:
                out = out + line
        else:
            out = out + " " + line
    out = _SPACES.sub(" ", out).strip()
    return straight_quotes(out) if straighten else out


def clean_value(text: str | None) -> str | None:
    """A field value: one line, straight quotes, no stray punctuation at the ends."""
    if text is None:
        return None
    value = join_lines(text.split("\n")).strip(" ,;")
    return value or None


# A sentence ends at . ! ? ; before a capital — not after an ordinal or a day ("15. Juni",
# "4. Quartal") nor after common abbreviations. After a number, an article or pronoun opens the
# next sentence ("… zu Punkt 3.1. Die Bürgerschaft …"): no noun follows an ordinal that way.
_SENTENCE_END = re.compile(
    r"(?<=[.!?;])(?<!\b\d\.)(?<!\b\d\d\.)(?<!\bNr\.)(?<!\bca\.)(?<!\bbzw\.)(?<!\bgem\.)(?<!\bAbs\.)(?<!\bz\.B\.)(?<!\bi\.V\.)"
    r"(?<!\bDr\.)(?<!\bSt\.)(?<!\bvgl\.)(?<!\bI\.)(?<!\bII\.)(?<!\bIII\.)(?<!\bIV\.)"
    r"\s+(?=[A-ZÄÖÜ„\"])(?!(?:Quartal|Halbjahr)\b)"     # "IIl. Quartal": an ordinal OCR misread
    r"|(?<=\d\.)\s+(?=(?:Die|Der|Das|Diese[rsmn]?|Es|Sie|Er|Eine?|Im|Mit)\s)")


def sentence_spans(text: str) -> list[tuple[int, str]]:
    """(start offset, sentence) for each sentence of `text`."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        out.append((start, text[start:m.start()]))
        start = m.end()
    if text[start:].strip():
        out.append((start, text[start:]))
    return out


_TWO_COLUMNS = re.compile(r"^(?P<left>.*?\S)\s{5,}(?P<right>\S.*)$")
# Within a block, a line whose right side starts at the column needs only three spaces before it.
_ALIGNED = re.compile(r"^(?P<left>.*?\S)\s{3,}(?P<right>\S.*)$")
# One line with a wide gap and its right side in the page's right half is a block of its own: two
# signatures side by side ("Verkehr und Liegenschaften          Oberbürgermeister"), a letterhead's
# info column ("Mobilitätsreferat             Ihr Schreiben vom"). Further left such a line is a
# form's row ("Mitteilungsvorlage          VO/2024/0312"), read as it stands.
_WIDE_GAP = 10
_RIGHT_HALF = 40
# Lines with one side after a block's last pair go on a column only so far; further on, in a text
# without blank lines, they are the letter under the block.
_RUN_ON = 4


def text_columns(text: str, is_label=lambda text: False) -> str:
    """Plain text laid out in two columns (a PDF-to-text tool's layout mode, two signature
    blocks side by side) comes out column by column: the left lines of a block, then the right.

    A block is a run of lines in which at least two lines have both columns (separated by five
    or more spaces at about the same position; three under such a line); lines with only one
    column join their side. Rows whose left side is mostly a label (`is_label`, or a colon at its end) are a
    form's fields and stay rows.
    """
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        block = _column_block(lines, i)
        if block is None:
            out.append(lines[i])
            i += 1
            continue
        end, split, pairs = block
        # (a label on both sides is a table's heading row: "Gremium      Datum")
        rows = [(m.group("left").strip(), m.group("right").strip()) for m in pairs.values()]
        if 2 * sum((left.endswith(":") or is_label(left)) and not is_label(right) for left, right in rows) >= len(rows):
            out += lines[i:end]     # a form's rows, each a label and its value ("Datum:    03.03.2025"): no columns
            i = end
            continue
        above = _lines_above(lines[max(0, i - 4):i], split)
        if above and out[len(out) - above:] == lines[i - above:i]:
            del out[len(out) - above:]
            i -= above
            pairs.update({k: m for k in range(i, i + above) if (m := _ALIGNED.match(lines[k])) and abs(m.start("right") - split) <= 2})
        left, right, below = [], [], []
        last_pair = max(pairs)
        for k in range(i, end):
            line = lines[k]
            m = pairs.get(k)
            if m:
                left.append(m.group("left").strip())
                right.append(m.group("right").strip())
            elif len(line) - len(line.lstrip()) >= split - 2:
                right.append(line.strip())
            elif k > last_pair and len(line.rstrip()) > split:
                below.append(line.strip())   # a full-width line under both columns (a page's footer)
            else:
                left.append(line.strip())
        out += left + [""] + right + ([""] + below if below else [])
        if end < len(lines) and lines[end].strip():
            out.append("")      # the block ended at prose, not at a blank line: keep them apart
        i = end
    return "\n".join(out)


def _column_block(lines: list[str], start: int) -> tuple[int, int, dict[int, re.Match]] | None:
    """(end, column of the right side, the lines with both sides) of a two-column block starting
    at `start`, or None."""
    m = _TWO_COLUMNS.match(lines[start])
    if not m or m.start("right") < 20:
        return None
    split = m.start("right")
    wide = split >= _RIGHT_HALF and split - m.end("left") >= _WIDE_GAP
    end, pairs = start, {}
    while end < len(lines) and lines[end].strip():
        m = _TWO_COLUMNS.match(lines[end]) or (end - 1 in pairs and (_ALIGNED.match(lines[end]) or _at_column(lines[end], split)))
        glued = _glued_at(lines[end], split) if pairs and not m else None
        if m and abs(m.start("right") - split) <= 6 or glued:
            pairs[end] = m or glued
        elif m and _TWO_COLUMNS.match(lines[end]):
            break
        elif pairs and not lines[end][:1].isspace() and len(lines[end].rstrip()) > split + (
                _WIDE_GAP if _pair_follows(lines, end, split) else 0):
            # prose across both columns under the block: text without blank lines goes on here
            # (between pairs a left line may reach a little into the empty right side)
            break
        end += 1
    one_sided = [k for k in range(max(pairs, default=start) + 1, end)
                 if len(lines[k]) - len(lines[k].lstrip()) < split - 2] if pairs else []
    if len(one_sided) > _RUN_ON:
        # text without blank lines: the block is its pairs, with the right side's lines under them
        end = max(pairs) + 1
        while end < len(lines) and lines[end].strip() and len(lines[end]) - len(lines[end].lstrip()) >= split - 2:
            end += 1
    return (end, split, pairs) if len(pairs) >= 2 or wide else None


def _glued_at(line: str, split: int) -> re.Match | None:
    """A line whose left side ran past the column into the right one without a space ("Beigeordnete für Umwelt
    und KommunalwirtschaftBernd Hesselbarth"): parted where a capital follows a small letter, a little past
    the column's start."""
    if re.search(r"\S\s{2,}\S", line.strip()):
        return None
    at = next((m.start() for m in re.finditer(r"(?<=[a-zäöüß])(?=[A-ZÄÖÜ][a-zäöüß])", line) if split - 2 <= m.start() <= split + 12), None)
    return re.match(rf"^(?P<left>.{{{at}}})(?P<right>\S.*)$", line) if at is not None else None


def _at_column(line: str, split: int) -> re.Match | None:
    """A line whose right side starts exactly at the column after two spaces: its left side, a long
    role, filled the left column ("Beigeordnete für Bildung, Jugend und Sport  Matthias Reichelt"). Only
    where the right column starts in the page's right half: a form's narrow labels ("Datum der Mitteilung  21.10.2025")
    stay a row."""
    if split < _RIGHT_HALF:
        return None
    m = re.match(rf"^(?P<left>.{{0,{max(split - 3, 0)}}}\S)\s{{2,}}(?P<right>\S.*)$", line)
    return m if m and m.start("right") == split else None


def _lines_above(lines: list[str], split: int) -> int:
    """How many of the lines just above a two-column block belong to it: the block may begin with
    a line whose gap is narrower ("…, Bau,    Karsten Wendel") or with one side only ("Kenntnisnahme:").
    It reaches up to the highest line with text at the right column, over lines that keep to the sides."""
    count = take = 0
    for line in reversed(lines):
        indent = len(line) - len(line.lstrip())
        m = _ALIGNED.match(line)
        at_right = abs(indent - split) <= 2 or bool(m) and abs(m.start("right") - split) <= 2
        if not line.strip() or not at_right and len(line.rstrip()) > split - 2:
            break
        count += 1
        if at_right:
            take = count
    return take


def _pair_follows(lines: list[str], k: int, split: int) -> bool:
    """Whether one of the next three lines (before a blank one) has both columns at `split`."""
    for line in lines[k + 1:k + 4]:
        if not line.strip():
            return False
        m = _TWO_COLUMNS.match(line)
        if m and abs(m.start("right") - split) <= 6:
            return True
    return False


def within_one_edit(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by at most one inserted, deleted or replaced character: how far
    OCR usually damages a printed word ("frenndlichen", "Grüßeu")."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    k = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    return a[k + (len(a) == len(b)):] == b[k + 1:]


_LABEL_WORD = re.compile(r"^(?P<debris>[^\w\s]{0,2}\s?)(?P<word>[A-Za-zÄÖÜäöüß]{6,})(?=\s*(?:\d|:))")


def repair_label(line: str, labels: tuple[str, ...]) -> str:
    """The line with its first word read as one of `labels` when OCR damaged it by one letter
    and a number or a colon follows ("Bcschlusspunkt 2:" -> "Beschlusspunkt 2:"), or when it is
    spelt the old way ("Beschlußpunkt 2:", before 1996)."""
    m = _LABEL_WORD.match(line.lstrip())
    if not m or m.group("word") in labels:
        return line
    word = m.group("word")
    label = next((x for x in labels if within_one_edit(word.lower().replace("ß", "ss"), x.lower())), None)
    if label is None:
        return line
    start = len(line) - len(line.lstrip()) + m.start("word")
    return line[:start] + label + line[start + len(word):]


def starts_like(line: str, phrase: str, short: bool = True) -> bool:
    """A line that opens with `phrase` (a short line: one word more at most), each word of four
    letters or more allowed one OCR error, shorter words exact, case ignored ("Mit frenndlichen
    Grüßen" is "Mit freundlichen Grüßen")."""
    words, wanted = strip_debris(line.strip()).lower().split(), phrase.lower().split()
    if len(words) < len(wanted) or short and len(words) > len(wanted) + 1:
        return False
    return all(w == p or len(p) >= 4 and within_one_edit(w.strip(",."), p) for w, p in zip(words, wanted))


# A line ending in a word that needs more ("… für die Beschäftigten der", "… Trinkbrunnen entlang des"): the
# sentence or title goes on on the next line (after a page break too).
RUNS_ON = re.compile(r"(?:[,;–-]|\b(?:der|die|das|des|den|dem|und|oder|für|zur|zum|von|vom|im|in|an|am|auf|mit|zu))$")
