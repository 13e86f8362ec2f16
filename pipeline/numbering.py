"""Point numbers that OCR misread or lost, repaired from what the rest of the body proves.

Each repair reads the body's lines and returns them with the numbers a sequence makes certain
written as "N. ": a run of clauses "1:", "2:", "3:"; answers headed "Zu Ziffer 1 und 2:" that
count the points above them; a first number misread ("5", "T:", "2;") before 2 and 3; a first
heading "zu:" before "zu 2."; a first "1." dropped altogether (also where a second resolution's
points restart after the "2."); a bare "1 Der …" before "2.1".
Nothing is changed where the sequence does not prove it.
"""
from __future__ import annotations

import re

from pipeline.lexicon import QUOTE_INTRO, RECEIPT_ALONE
from pipeline.nlp import lexicon
from pipeline.markers import ANSWER_HEAD, LOOKALIKE_MARKER, MANDATE_LANGUAGE, RESOLVES, MARKER, MORE_TARGETS, TARGET, named_in_passing, next_numbers, \
    numbered_answer_heads


def repair_numbers(lines: list[str]) -> list[str]:
    """The lines with every number the sequence proves repaired."""
    return _numbers_in_sequence(_damaged_decimal_point(_lost_decimal_point(_lost_labelled_numbers(
        _misread_first_head(_misread_first_number(_stop_read_as_digit(_quote_between_answers(_numbers_from_answers(
            _clause_numbers(_misread_stops(lines)))))))))))


# a quoted point's opening line: its quotation mark first, its number lost
_QUOTE_OPENS = re.compile(r"^(?P<indent>\s*)(?P<rest>[„»\"][A-ZÄÖÜ].*)$")


def _quote_between_answers(lines: list[str]) -> list[str]:
    """A quotation opening its line between the answers "Zu Ziffer 1: Die …" and "Zu Ziffer 2: Eine …" is point 2
    whose number OCR lost: the point each answer follows is quoted right above it, and this one is the only quote
    there (none of the lines between is numbered, and the line before the quote ends a sentence)."""
    heads = numbered_answer_heads(lines)
    # (only where the answers run on in their headings' lines: a heading alone on its line may head the quote below it)
    if not heads or any(not rest for *_, rest in heads):
        return lines
    out = list(lines)
    for (before, n, _), (k, value, _) in zip(heads, heads[1:]):
        if value != n + 1:
            continue
        between = range(before + 1, k)
        quotes = [j for j in between if _QUOTE_OPENS.match(lines[j])]
        if len(quotes) != 1 or any(_LOOSE_NUMBER.match(lines[j]) or _MISREAD_FIRST.match(lines[j]) for j in between):
            continue
        j = quotes[0]
        if not lines[j - 1].rstrip().endswith((".", ":", "“", '"', "«")):
            continue
        m = _QUOTE_OPENS.match(lines[j])
        out[j] = f"{m.group('indent')}{value}. {m.group('rest')}"
    return out


# "22 Mindestens 30 % …" for "2. Mindestens …": a point's full stop that OCR read as a second digit
_DOUBLED = re.compile(r"^(?P<indent>\s*)(?P<n>[1-9])\d\s+(?P<rest>[„\"»A-ZÄÖÜ].*)$")


def _stop_read_as_digit(lines: list[str]) -> list[str]:
    """A bare two-digit number whose first digit continues the sequence: the numbered line after it has that
    digit's successor, the one before it (if any) its predecessor, and no other line has the digit itself."""
    numbered = [(k, int(m.group("n"))) for k, line in enumerate(lines) if (m := _LOOSE_NUMBER.match(line))]
    out = list(lines)
    for at, (k, value) in enumerate(numbered):
        m = _DOUBLED.match(lines[k])
        if not m or value < 10:
            continue
        n = int(m.group("n"))
        after = numbered[at + 1][1] if at + 1 < len(numbered) else None
        before = numbered[at - 1][1] if at else None
        if after == n + 1 and before in (None, n - 1) and all(v != n for _, v in numbered):
            out[k] = f"{m.group('indent')}{n}. {m.group('rest')}"
    return out


# A point opened by its number and the label of the resolution's words: "1. Beschluss: Der Magistrat …"
_LABELLED_POINT = re.compile(r"^(?P<indent>\s*)(?:(?P<n>\d{1,2})[.)]\s+)?(?P<label>Beschluss(?:text|punkt|wortlaut)?|Auftrag|Antrag)\s*:\s+(?P<rest>\S.*)$")


_GROUP_HEAD = re.compile(r"^\s*[IVX]{1,4}\.\s")


def _lost_labelled_numbers(lines: list[str]) -> list[str]:
    """Points each opened "N. Beschluss:" where OCR lost a number ("1. Beschluss: …", "Beschluss: …",
    "3. Beschluss: …"): an unnumbered line with the same label takes its place in the sequence, when the
    numbers around it leave exactly that many places."""
    labelled = [(k, m) for k, line in enumerate(lines) if (m := _LABELLED_POINT.match(line))]
    numbered = [(k, int(m.group("n")), m.group("label")) for k, m in labelled if m.group("n")]
    if len(numbered) < 2 or len({label for *_, label in numbered}) != 1 \
            or [n for _, n, _ in numbered] != sorted({n for _, n, _ in numbered}):
        return lines
    label = numbered[0][2]
    out = list(lines)
    for (k, n, _), (k_next, n_next, _) in zip(numbered, numbered[1:]):
        lost = [(j, m) for j, m in labelled if k < j < k_next and not m.group("n") and m.group("label") == label]
        # (no other resolution's heading between: "III. Beschluss-Nr. 23/1711-BV" restarts the points)
        if lost and n_next - n - 1 == len(lost) and not any(_GROUP_HEAD.match(lines[j]) for j in range(k + 1, k_next)):
            for place, (j, m) in enumerate(lost, n + 1):
                out[j] = f"{m.group('indent')}{place}. {m.group('label')}: {m.group('rest')}"
    return out


# "2» Die Personalkosten …": a point's full stop that OCR read as a quote mark or an apostrophe
# (or as two or three stops: "3... Die Verbandsversammlung …", or as a thin letter: "3i Die Finanzierung …")
_MISREAD_STOP = re.compile(r"^(?P<indent>\s*)(?P<n>\d{1,2})(?:[»\"”“'’il!|]|\.{2,3})(?P<rest>\s+[A-ZÄÖÜ][a-zäöüß].*)$")


def _misread_stops(lines: list[str]) -> list[str]:
    """A number with a quote mark for its stop, where the numbered line before it has the number before."""
    out, last = list(lines), None
    for k, line in enumerate(lines):
        m = _MISREAD_STOP.match(line)
        if m and last == int(m.group("n")) - 1:
            out[k] = f"{m.group('indent')}{m.group('n')}.{m.group('rest')}"
        if m or (m := _LEADING_NUMBER.match(out[k])):
            last = int(m.group("n"))
    return out


_BARE_NUMBER = re.compile(r"^(?P<indent>\s*)(?P<n>\d{1,2})(?P<sub>[a-h])?\s+(?P<rest>[A-ZÄÖÜ„»][a-zäöüß]+.*)$")
_LEADING_NUMBER = re.compile(r"^\s*(?:(?:Beschluss)?[Pp]unkt\s+|Ziffer\s+)?(?P<n>\d{1,2})(?!\.\d{1,2}\.\d{2})(?:[.):]|,(?=\s+[A-ZÄÖÜ„»])|\.\d|(?P<sub>[a-h])?\s+[A-ZÄÖÜ„»])")


# "1: den Spielplatz … zu sanieren,": a clause's number whose full stop OCR read as a colon or comma
_CLAUSE_NUMBER = re.compile(r"^(?P<indent>\s*)(?P<n>\d{1,2})[,;:]\s+(?P<rest>[a-zäöüß„\"»].*)$")


def _clause_numbers(lines: list[str]) -> list[str]:
    """Clauses numbered "1:", "2:", "3:" (or "1,", "2;") one after another: OCR read their full stops
    as colons or commas. The whole run 1, 2, … proves it."""
    clauses = [(k, m) for k, line in enumerate(lines) if (m := _CLAUSE_NUMBER.match(line))]
    if len(clauses) < 2 or [int(m.group("n")) for _, m in clauses] != list(range(1, len(clauses) + 1)):
        return lines
    out = list(lines)
    for k, m in clauses:
        out[k] = f"{m.group('indent')}{m.group('n')}. {m.group('rest')}"
    return out


_DECIMAL_NUMBER = re.compile(r"^\s*(?P<n>\d)\.(?P<dot>\d)\s+[„\"»A-ZÄÖÜ]")


def _lost_decimal_point(lines: list[str]) -> list[str]:
    """A point numbered "31 Die Geschäftsführung …" before "3.2 Die Gebührenkalkulation …": OCR lost
    the point of "3.1"; the next point numbered in the same group proves it, or the one before ("3.2." /
    "33. „Die …"). The lost point's digit may be misread as its look-alike ("34." for "3.1")."""
    out = list(lines)
    numbered = [(k, m) for k, line in enumerate(lines) if (m := _GLUED_OR_DECIMAL.match(line))]
    # the answers' headings name the points too ("zu 3.1", "zu 3.2"): a heading proves its point's number
    heads = [m for line in lines if (m := ANSWER_HEAD.match(line.strip())) and m.group("num")]
    answered = {(m.group("num"), m.group("dot")) for m in heads if m.group("dot")}
    whole = {m.group("num") for m in heads if not m.group("dot")}
    for n, (k, m) in enumerate(numbered):
        if m.group("glued") is None or m.group("sub"):
            continue
        group, digit = m.group("glued")[0], m.group("glued")[1]
        nxt = numbered[n + 1][1] if n + 1 < len(numbered) else None
        prev = numbered[n - 1][1] if n else None
        expected = None
        if nxt and nxt.group("dot") is not None and nxt.group("n") == group and int(nxt.group("dot")) >= 2:
            expected = str(int(nxt.group("dot")) - 1)
        elif prev and prev.group("dot") is not None and prev.group("n") == group and int(prev.group("dot")) <= 8:
            expected = str(int(prev.group("dot")) + 1)
        elif (group, digit) in answered and m.group("glued") not in whole:
            expected = digit
        if expected and (digit == expected or (digit, expected) in _LOOKALIKE_DIGITS):
            out[k] = f"{m.group('indent')}{group}.{expected}{m.group('stop') or ''} {m.group('rest')}"
    return out


# a point's number as "31", "31.", "3.1" or "3.1." before its text or quote
# (a speck after it, "32 _ Die …", is no part of the point)
_GLUED_OR_DECIMAL = re.compile(r"^(?P<indent>\s*)(?:(?P<n>\d)\.(?P<dot>\d)|(?P<glued>\d{2}))(?P<stop>\.)?(?P<sub>[a-h])?(?:\s[_~·])?\s+(?P<rest>[„\"»A-ZÄÖÜ].*)$")


# "3:2 Die Kreisverwaltung …", "3,3 Ein …": a decimal point OCR read as a colon or comma; "3:8" with the 3 read as 8
_DAMAGED_DECIMAL = re.compile(r"^(?P<indent>\s*)(?P<n>\d{1,2})[:,;](?P<dot>\d)\s+(?P<rest>[A-ZÄÖÜ„»].*)$")
_LOOKALIKE_DIGITS = {("8", "3"), ("3", "8"), ("7", "1"), ("1", "7"), ("4", "1"), ("1", "4"), ("6", "5"), ("5", "6"), ("8", "6"), ("6", "8"), ("0", "8"), ("8", "0")}


def _damaged_decimal_point(lines: list[str]) -> list[str]:
    """A point numbered "3:2" after "3.1" (and "3:8" after that): OCR damaged the decimal point, the digit
    too at most where it looks alike; the point before it in the same group proves the number."""
    out = list(lines)
    last: tuple[int, int] | None = None
    for k, line in enumerate(lines):
        good, damaged = _DECIMAL_NUMBER.match(line), _DAMAGED_DECIMAL.match(line)
        if good:
            last = (int(good.group("n")), int(good.group("dot")))
        elif damaged and last and int(damaged.group("n")) == last[0]:
            expected = str(last[1] + 1)
            if damaged.group("dot") == expected or (damaged.group("dot"), expected) in _LOOKALIKE_DIGITS:
                out[k] = f"{damaged.group('indent')}{last[0]}.{expected} {damaged.group('rest')}"
                last = (last[0], int(expected))
    return out


def _numbers_in_sequence(lines: list[str]) -> list[str]:
    """A point whose number lost its full stop to OCR ("1 Der Landrat wird beauftragt, …" before
    "2.1 …"): a bare number at a line start counts as a point's number when the numbered line
    before it or after it continues the sequence (n-1 before, n+1 after)."""
    numbered = [(k, int(m.group("n")), m.group("sub") or "") for k, line in enumerate(lines) if (m := _LEADING_NUMBER.match(line))]
    out = list(lines)
    # bare numbers 1, 2, 3 (or 1, 2a, 2b, 3) opening the first numbered lines prove each other
    # (a table's number column that lost its rules, a scan that lost every full stop)
    bare = [(k, (value, sub)) for k, value, sub in numbered if _BARE_NUMBER.match(lines[k])]
    run = bare[:1] if bare and bare[0][1] == (1, "") else []
    for k, number in bare[1:]:
        if number not in next_numbers(run[-1][1] if run else None):
            break
        run.append((k, number))
    if len(run) >= 3 and [k for k, _ in run[:3]] == [k for k, *_ in numbered[:3]]:
        for k, (value, sub) in run:
            m = _BARE_NUMBER.match(lines[k])
            out[k] = f"{m.group('indent')}{value}{sub + ')' if sub else '.'} {m.group('rest')}"
    numbered = [(k, value) for k, value, sub in numbered if not sub]
    skipped = named_in_passing(lines)    # ("1 …", "3.1 …" where the text says point 2 is left out)
    # from the end: a number given its mark proves the one before it ("1 …", "2 …", "3.1 …")
    for n in range(len(numbered) - 1, -1, -1):
        k, value = numbered[n]
        m = _BARE_NUMBER.match(lines[k])
        marker = MARKER.match(lines[k])
        if not m or m.group("sub") or marker and marker.group("punct"):
            continue
        before = numbered[n - 1][1] if n else None
        after = numbered[n + 1][1] if n + 1 < len(numbered) else None
        # the neighbour continuing the sequence must have its mark ("2.1", "3."): two bare numbers prove nothing
        if before == value - 1 and not _BARE_NUMBER.match(lines[numbered[n - 1][0]]) \
                or after in (value + 1, value + 2 if value + 1 in skipped else -1) and not _BARE_NUMBER.match(out[numbered[n + 1][0]]):
            out[k] = f"{m.group('indent')}{value}. {m.group('rest')}"
    return out


# OCR's reading of a first point's "1.": any digit or a look-alike, with any stop or none ("5", "3:", "l.", "1%")
# (or two letters, before a quote's opening mark: "ik „Die Verwaltung …" for "1. „Die …")
# (or a "1" whose stop OCR read as a digit: "15 Beschlusstext: …")
_MISREAD_FIRST = re.compile(r"^(?P<indent>\s*)(?:[0-9lI|$§](?P<stop>[.,:;)%])?(?:\s[.,·](?=\s))?|1[0-9]|[A-Za-z|!]{2}(?=\s+[„»]))(?:\s+(?P<rest>[„\"»A-ZÄÖÜ].*))?$")
_LOOSE_NUMBER = re.compile(r"^\s*(?P<n>\d{1,2})(?!\.\d{1,2}\.\d{2})(?:[.,:;)]|\.\d|[a-h]\)|\s+[„\"»A-ZÄÖÜ])")


# an answer's heading whose number OCR lost or misread: "zu:", "Zu .", "zu S."
_NUMBERLESS_HEAD = re.compile(r"^(?P<indent>\s*)(?:zu|Zu|ZU)\s*(?:[^\w\s]|[0-9lISZ|][.:]?)?\s*[.:]?\s*$")


def _misread_first_head(lines: list[str]) -> list[str]:
    """Answers headed "zu:", "zu 2.", "zu 3.": a heading lost its number to OCR; the headings around it
    tell it: before "zu 2" (and no "zu 1" anywhere) it is "zu 1."; between "zu 1." and "zu 3." it is "zu 2."."""
    heads = {k: int(m.group("num").replace("l", "1")) for k, line in enumerate(lines)
             if (m := ANSWER_HEAD.match(line.strip())) and m.group("num") and not m.group("dot") and not m.group("sub")
             and m.group("num").replace("l", "1").isdigit()}
    out = list(lines)
    for k, line in enumerate(lines):
        m = _NUMBERLESS_HEAD.match(line)
        if not m or k in heads:
            continue
        before = [n for j, n in heads.items() if j < k][-1:]
        after = [n for j, n in heads.items() if j > k][:1]
        if not before and after == [2] and 1 not in heads.values():
            out[k] = f"{m.group('indent')}Zu 1."
        elif before and after and after[0] == before[0] + 2 and before[0] + 1 not in heads.values():
            out[k] = f"{m.group('indent')}Zu {before[0] + 1}."
    return out


def _misread_restart(lines: list[str], numbered: list[tuple[int, int]]) -> list[str]:
    """Numbering that restarts for a second resolution, its "1." misread ("I. „An den …“" before
    "2. „Der …“", after points 1 and 2 of the first): quoted like the "2." below it, after a higher number.
    So too the first quoted point of all, read as another digit ("4. »…«" over "2. »…«")."""
    out = list(lines)
    for k, line in enumerate(lines):
        m = _MISREAD_FIRST.match(line)
        if not m or not m.group("rest") or m.group("rest")[:1] not in "„\"»":
            continue     # (a glyph alone on its line is no restart's number)
        before = [value for j, value in numbered if j < k][-1:]
        if _LOOSE_NUMBER.match(line) and (before or line.strip()[:1] in "12"):
            continue     # a digit read as printed, or the first one's number, which is 1 or 2 as the sequence has it
        later = [(j, value) for j, value in numbered if j > k][:1]
        if (not before or before[0] >= 2) and later and later[0][1] == 2 \
                and re.match(r"^\s*2[.,:;)]?\s+[„\"»]", lines[later[0][0]]):
            out[k] = f"{m.group('indent')}1. {m.group('rest')}"
    return out


def _misread_first_number(lines: list[str]) -> list[str]:
    """Points numbered "5", "2,", "3:", "4." in a scan: OCR misread the first point's "1." (as
    another digit, or lost it to a stray mark). The sequence decides: a line opened by one
    digit-like glyph, before any "1", whose next two numbered lines are 2 and 3, is point 1.
    The glyph may stand alone on its line, its text on the next."""
    numbered = [(k, int(m.group("n"))) for k, line in enumerate(lines) if (m := _LOOSE_NUMBER.match(line))]
    ones = [k for k, value in numbered if value == 1]
    if ones:
        # "1, an allen Schulen …" before "2. die Schulen …": the "1" is right, its stop misread
        # (so too "1: Der Magistrat …" before "2. Die Wartung …", the stop the "2" has, or a stop misread
        # like its own: "1; Für die Kita …" over "2: Über das Ergebnis …")
        k = ones[0]
        m = re.match(r"^(?P<indent>\s*)1[,;:]\s+(?P<rest>[a-zäöüß„\"»].*|[A-ZÄÖÜ].*)$", lines[k])
        later = [j for j, value in numbered if j > k][:1]
        two = re.match(r"^\s*2(?P<stop>[.)]|[,;:](?=\s+[A-ZÄÖÜ„»]))\s", lines[later[0]]) if later else None
        if m and later and int(_LOOSE_NUMBER.match(lines[later[0]]).group("n")) == 2 \
                and (not m.group("rest")[:1].isupper() or two):
            lines = list(lines)
            lines[k] = f"{m.group('indent')}1{two.group('stop') if two and two.group('stop') in '.)' else '.'} {m.group('rest')}"
        return _lost_first_number(_misread_restart(lines, numbered), numbered)
    for k, line in enumerate(lines):
        m = _MISREAD_FIRST.match(line)
        if not m:
            continue
        later = [(j, value) for j, value in numbered if j > k]
        after = [value for _, value in later][:2]
        # two points each quoted after its number ("2; „Der …“" / "2; „Schulen …“"): the same form proves the first
        quoted = after[:1] == [2] and (m.group("rest") or " ")[:1] in "„\"»" \
            and re.match(r"^\s*2[.,:;)]?\s+[„\"»]", lines[later[0][0]]) is not None
        # a letter like a 1 with the stop the "2" has ("l)" over "2)"): the glyph and its stop prove it
        # (or, right under the line introducing the resolution's words, with any stop: "beschlossen:" / "I, Der …" / "2. Dazu …")
        alike = after[:1] == [2] and re.match(r"\s*[lI|]", line) is not None and m.group("stop") is not None \
            and (re.match(rf"^\s*2{re.escape(m.group('stop'))}\s", lines[later[0][0]]) is not None
                 or k > 0 and _introduces(lines, k - 1) and re.match(r"^\s*2[.)]\s", lines[later[0][0]]) is not None)
        if after != [2, 3] and not quoted and not alike:
            continue
        rest = m.group("rest")
        mark = ")" if m.group("stop") == ")" else "."      # "7) Der …" before "2)", "3)": "1)"
        out = list(lines)
        if rest is None:
            nxt = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)
            if nxt is None or not re.match(r"[„\"»A-ZÄÖÜ]", lines[nxt].strip()) or _LOOSE_NUMBER.match(lines[nxt]):
                return lines
            out[k], out[nxt] = "", ""
            out[k] = f"{m.group('indent')}1{mark} {lines[nxt].strip()}"
        else:
            out[k] = f"{m.group('indent')}1{mark} {rest}"
        return out
    return _lost_first_number(lines, numbered)


# A point's start whose number OCR misread or lost: a digit or a look-alike glyph with any stop, or none.
# a clause's: "3; der Bezirksverordnetenversammlung …", "l. einen Fußgängerüberweg …"
_CLAUSE_MARK = re.compile(r"^\s*(?:(?P<n>\d{1,2})|[lI|])[.,:;)]\s+(?=[a-zäöüß])")
_ANY_MARK = re.compile(r"^\s*(?:(?P<n>\d{1,2})|[AlLSBZGT|])[.,:;)%»*]?\s+(?=[„»\"A-ZÄÖÜ])")     # "3%": its stop misread


def _numbers_from_answers(lines: list[str]) -> list[str]:
    """Answers headed "Zu Ziffer 1 und 2:", "Zu Ziffer 3:" tell how many points were quoted above
    them. When OCR misread or lost those points' numbers ("T: Der …", "2; Kinder …", "Die Kosten …"),
    the sentences that start after the line introducing the resolution are the points, in order,
    when there are exactly as many as the answers name and every legible number fits its place."""
    heads = [(k, m) for k, line in enumerate(lines) if (m := ANSWER_HEAD.match(line.strip()))
             and m.group("num") and m.group("num").isdigit() and not m.group("dot") and not m.group("roman")]
    if not heads:
        return lines
    targets = set()
    for _, m in heads:
        more = MORE_TARGETS.match(m.group("rest"))
        targets |= {int(m.group("num"))} | {int(t) for t in TARGET.findall(more.group(0)) if t.isdigit()} if more \
            else {int(m.group("num"))}
    # (an answer introduced by a clause naming its point counts too: "Hinsichtlich der Dienste nach Punkt 2 ist festzuhalten: …")
    targets |= {int(m.group("num")) for line in lines[heads[0][0]:] if (m := _NAMING_INTRO.match(line.strip()))}
    first_head = heads[0][0]
    if len(targets) >= 2 and targets != set(range(1, len(targets) + 1)):
        # a heading whose number OCR lost ("zu 1." / "ZU:" / "zu 3."): the numbered ones in their places tell it
        numbered = {k for k, _ in heads}
        numberless = [k for k, line in enumerate(lines) if k not in numbered and _NUMBERLESS_HEAD.match(line)]
        order = sorted([(k, int(m.group("num"))) for k, m in heads] + [(k, None) for k in numberless])
        if len(targets) == len(heads) and all(n is None or n == place for place, (_, n) in enumerate(order, 1)):
            targets, first_head = set(range(1, len(order) + 1)), order[0][0]
    if len(targets) < 2 or targets != set(range(1, len(targets) + 1)):
        return lines
    intro = next((k for k in range(first_head - 1, -1, -1) if _introduces(lines, k)), None)
    if intro is None:
        return lines
    starts, previous = [], ":"
    for k in range(intro + 1, first_head):
        text = lines[k].strip()
        if not text:
            continue
        if starts and _sentence_ends_with_colon(lines, k, first_head) and not _ANY_MARK.match(text):
            break      # the sentence introducing the answers ("Hierzu teilt das Bezirksamt mit:", perhaps over two lines)
        if LETTERHEAD_ROW.search(text):
            continue   # a letterhead's row OCR put among the points ("Unser Zeichen: …", "Jena, 28.11.2022")
        # (the first start's sentence still open: „Der Beirat / fordert das ASV auf,"; a point ended before it is point 1)
        if text.endswith(",") and (not starts or len(starts) == 1 and not re.search(r"[.;!?][\"“”«»]*$", previous)) \
                and _ENACTING_COMMA.search(" ".join(x.strip() for x in lines[starts[0] if starts else k:k + 1])):
            # "Das Bezirksamt wird ersucht," (or „Der Beirat / fordert das ASV auf,") over its clauses: no point, the first clause is 1
            starts, previous = [], ":"
            continue
        mark = _ANY_MARK.match(text) or _CLAUSE_MARK.match(text)
        legible = (m := MARKER.match(text)) and m.group("num") and int(m.group("num")) in targets \
            or mark and mark.group("n") and int(mark.group("n")) == len(starts) + 1 and starts    # "3; der …" in its place
        # (the first may open the quote: "»Der Oberbürgermeister wird beauftragt, …"; a clause after the enacting one need not)
        if legible or re.search(r"[.;:!?][\"“”«»]*$", previous) and (text.lstrip("„\"»“")[:1].isupper() or mark or not starts and k > intro + 1
                                                                    and _ENACTING_COMMA.search(lines[k - 1].strip())):
            starts.append(k)
        previous = text
    if len(starts) != len(targets):
        return lines
    legible = [m.group("num") if (m := MARKER.match(lines[k].strip())) else None for k in starts]
    if all(legible) or any(num and num != str(place) for place, num in enumerate(legible, 1)):
        return lines      # all points legibly numbered already, or a legible number out of place
    out = list(lines)
    for place, k in enumerate(starts, 1):     # each as "N. …", legible ones too: "2: Zusätzlich …" had its stop misread
        text = lines[k].strip()
        mark = _ANY_MARK.match(text) or _CLAUSE_MARK.match(text)
        out[k] = f"{place}. {text[mark.end():] if mark else text}"
    return out


# A sentence that hands the clauses below it to someone: "Das Bezirksamt wird ersucht,", "Der Beirat fordert das ASV auf,"
_ENACTING_COMMA = re.compile(r"(?:\b(?:wird|werden)\s+(?:\w+\s+){0,2}(?:beauftragt|ersucht|gebeten|aufgefordert|ermächtigt)"
                             r"|\b(?:hat|haben)\s+(?:\w+\s+){0,3}(?:beauftragt|ersucht|gebeten|aufgefordert)"
                             r"|\b(?:fordert|bittet|ersucht|beauftragt)\b[^.;:]{0,80}?),$")


def _sentence_ends_with_colon(lines: list[str], k: int, end: int) -> bool:
    """Whether the sentence starting on line k ends with a colon (it may go on over the lines below)."""
    for j in range(k, end):
        text = lines[j].strip()
        if re.search(r"[.;!?][\"“”«»]*$", text):
            return False
        if text.endswith(":"):
            return True
    return False


_NAMING_INTRO = re.compile(r"^[A-ZÄÖÜ][^.:]{0,80}\b(?:Beschluss)?(?:[Pp]unkt|[Zz]iffer)\s+(?P<num>\d{1,2})\b[^.:\d]{0,40}:")


def _introduces(lines: list[str], k: int) -> bool:
    """Line k ends the sentence introducing the resolution's text, perhaps begun on the line above
    ("… folgenden Beschluss" / "gefasst:")."""
    return bool(QUOTE_INTRO.search(lines[k].strip()) or k and QUOTE_INTRO.search(f"{lines[k - 1].strip()} {lines[k].strip()}"))


# A row of the letterhead: a label with its value, a place and date, a stamp's date ("30. NOV. 2022") or its
# receipt word alone on its line ("EINGANG").
LETTERHEAD_ROW = re.compile(rf"{RECEIPT_ALONE.pattern}|^\W{{0,2}}(?:Unser|Ihr|Mein)\s+Zeichen\b|^(?:Az|GZ|Aktenzeichen|Geschäftszeichen|Datum)\b\.?\s*:"
                             r"|^[A-ZÄÖÜ][\w ().-]{1,30},\s*(?:den\s+)?\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}$"
                             r"|^\d{1,2}\.\s?[A-ZÄÖÜ]{3,4}\.?\s?\d{4}$")


def _lost_first_number(lines: list[str], numbered: list[tuple[int, int]]) -> list[str]:
    """Points numbered 2, 3, … with no 1 anywhere: OCR dropped the first point's "1." altogether.
    The text between the line introducing the resolution ("… folgenden Beschluss gefasst:") and the
    "2" is point 1, when it opens with a capital."""
    # (a count opening an answer's line, "30 Behälter wurden …", numbers no point: no stop, and past the first few)
    numbered = [(k, value) for k, value in numbered if value < 10 or re.match(r"\s*\d{1,2}[.)]", lines[k])]
    # (or 2 and then 1: a second resolution's points restart under their heading)
    if len(numbered) < 2 or [value for _, value in numbered[:2]] not in ([2, 3], [2, 1]):
        return lines
    two = numbered[0][0]
    intro = next((k for k in range(two - 1, -1, -1) if lines[k].rstrip().endswith(":")), None)
    first = next((k for k in range(intro + 1 if intro is not None else 0, two) if lines[k].strip()), None)
    # without an introducing line, the text the body opens with is point 1 when it words an order
    # ("Die Verwaltung wird ermächtigt, …")
    # (or below a line announcing the state, "Der Stand stellt sich wie folgt dar:", the order itself)
    ordered = first is not None and (MANDATE_LANGUAGE.search(" ".join(lines[first:min(first + 2, two)])) or RESOLVES.search(lines[first].strip()))
    introduced = _introduces(lines, intro) or ordered if intro is not None else ordered
    if first is None or not re.match(r"[„\"»A-ZÄÖÜ]", lines[first].strip()) or not introduced \
            or LOOKALIKE_MARKER.match(lines[first].strip()):
        # (a letter for the digit, "L: Der Landrat …", is read as "1." by the reader)
        # "Die Stadtverordnetenversammlung hat den Magistrat gebeten," over "zusätzliche Abfallbehälter … aufzustellen,":
        # the clauses go on the enacting sentence, in lower case, the first one's number lost
        enacting = next((k for k in range(two - 1, -1, -1) if _ENACTING_COMMA.search(lines[k].strip())), None)
        first = next((k for k in range(enacting + 1, two) if lines[k].strip()), None) if enacting is not None else None
        if first is None or not re.match(r"[a-zäöüß]{2,}\s", lines[first].strip()) \
                or not re.match(r"\s*2[.)]?\s*(?:[a-zäöüß]|$)", lines[two]):
            return lines      # (the second clause goes on the sentence as well: "2." over "die Reinigungsintervalle …")
    out = list(lines)
    out[first] = f"1. {lines[first].strip()}"
    return out


# a first point's number that OCR read as one or two letters: "N: Der Marktgemeinderat …", "ik Die Verwaltung …"
_LETTERS_FOR_ONE = re.compile(r"^(?P<indent>\s*)(?P<glyphs>[A-Za-z|!]{1,2})[.,:;)]?\s+(?P<rest>[A-ZÄÖÜ][a-zäöüß]+\s.*)$")
_SECOND = re.compile(r"^\s*2[.,:;)]\s+[A-ZÄÖÜ„\"»]")
# what opens an answer under its point: a label ("Sachstand:") or one mark ("> Die Ladesäule …", "– Der …")
_ANSWER_OPENING = re.compile(r"^\s*(?P<label>[A-ZÄÖÜ][a-zäöüß]+(?:\s[a-zäöüß]+)?:|[^\w\s„\"»(]{1,2}(?=\s))")


def letters_for_first_number(lines: list[str]) -> list[str]:
    """A first point's "1." read as letters ("ik Die Verwaltung verhandelt …" over "2. Der Kaufpreis …"): the
    form proves it, when the point's answer opens as point 2's does ("Sachstand: …" under each) and no number
    stands between them. The letters are no word, and only the first such line counts."""
    known = lexicon()
    for k, line in enumerate(lines):
        m = _LETTERS_FOR_ONE.match(line)
        if not m or m.group("glyphs") in known or m.group("glyphs").lower() in known:
            continue
        two = next((j for j in range(k + 1, min(k + 15, len(lines))) if _SECOND.match(lines[j])), None)
        if two is None or any(re.match(r"^\s*\d{1,2}[.,:;)]\s", lines[j]) for j in range(k + 1, two)):
            continue
        mine = next((a.group("label") for j in range(k + 1, two) if (a := _ANSWER_OPENING.match(lines[j]))), None)
        theirs = next((a.group("label") for j in range(two + 1, min(two + 8, len(lines))) if (a := _ANSWER_OPENING.match(lines[j]))), None)
        if mine is not None and mine == theirs:
            out = list(lines)
            out[k] = f"{m.group('indent')}1. {m.group('rest')}"
            return out
    return lines
