"""The grammar of a point's marks: its number ("1.", "2a)", "Beschlusspunkt 1:"), an answer's
heading ("Zu Ziffer 2 und 3:"), and the words a resolution orders in. Read by `pipeline.mandates`
(the points) and `pipeline.numbering` (numbers OCR damaged)."""
from __future__ import annotations

import re

# "1.", "- 1.", "2a)", "8b)„…", "1)" and headings "Beschlusspunkt 1:", "Punkt 2:", "Petitum 1:" (Hamburg), "Ziffer 1.1 des Beschlusses:", "Beschlusstext 1.2",
# "Beschlusstext Punkt 3", "Beschlussziffer 2 a" alone on its line, "(1) Die Verwaltung …"
MARKER = re.compile(
    r"^(?:[‚,.'`´|·]{1,2}\s?)?(?:[-–•]\s*)?(?:\((?=\d{1,2}\)\s))?(?:(?P<word>(?:(?:Beschlusstext|Beschlussinhalt|Wortlaut)\s+)?(?:Beschluss\s?)?[Pp]unkt|(?:Beschluss,?\s?)?[Zz]iffer|(?:Beschlusstext|Beschlussinhalt)(?:\s+zu(?=\s))?|Petitum|Ziff\.|Pkt\.|Nr\.|Punkt\s+Nr\.|Auftrag(?=\s+\d{1,2}\s*:?\s*$))(?::(?=\s*\d{1,2}[a-z]?\s*$))?\s*)?"   # a form's "Beschlusspunkt:  2"
    r"(?:(?P<roman>[IVX]{1,4})\.(?=\d))?"      # "I.1", "II.3": points numbered within roman groups
    r"(?:(?P<num>0\d{2}|\d{1,2})(?:\.(?P<dot>\d{1,2})(?=[.):]?(?:\s|$)))?(?P<sub>[a-z]|\s[a-z](?=[.):]|(?(word)\s*$|(?!))))?|(?P<letter>[a-h])(?=\)))"
    r"(?:(?P<punct>[.)]|,(?=\s?[„\"“»A-ZÄÖÜ]))|(?P<colon>(?:\s+(?:des|der)\s+(?:Beschlusses|Vorlage|Antrags|Drucksache))?(?:\s+lautete?)?(?:\s*\((?:Wortlaut|Beschlusstext|Text|Originaltext)\))?\s*:)|(?=\s*$)|(?(word)\s+(?:des|der)\s+(?:Beschlusses|Vorlage|Antrags|Drucksache)(?=\s*$)|(?!))|(?(dot)(?=\s)|(?!))|(?P<bare>(?=\s+(?:[–—-]\s+)?[„\"“»])))(?:(?<=\))\s[.,·](?=\s+[A-ZÄÖÜ„]))?\s*(?:[–—-]\s+(?=[„\"“»]))?(?P<rest>.*)$")   # "Punkt 1 – „…“"
ANSWER_HEAD = re.compile(
    r"^(?:(?:Sachstand|Stellungnahme|Antwort|Stand)\s+(?=zu\s))?(?:zu|Zu|ZU)(?:[.,]?\s+|[.,]?(?=[a-h]\))|[.,]?(?=\d)|(?=l[.)])|(?=(?:Beschluss|Antrags?)?(?:[Pp]unkt|[Zz]i[ft]f)|Petitum))(?:den\s+(?=\S*(?:[Pp]unkten|[Zz]i[ft]f?[ec]rn)))?(?:(?:Beschluss|Antrags?)?(?:[Pp]unkt(?:en)?|[Zz]i[ft]f?[ec]rn?)|Nr\.|Petitum)?\s*(?:(?P<roman>[IVX]{1,4})\.(?=\d))?(?:\((?=\d{1,2}\)))?(?:(?P<num>0\d{2}|\d{1,2}|l(?=\.)|(?<=[Zz]u)l(?=\)))(?:\.(?P<dot>\d{1,2}))?(?:(?:\.?\s?|\)\s?(?=[a-z]\)))(?P<sub>[a-z])(?=\)|\b))?"
    r"|(?P<letter>[a-h])\)?(?<=\)))(?:\s+(?:des|der)\s+(?:Beschlusses|Vorlage|Antrags|Drucksache)\b)?"   # "Zu Ziffer 2 des Beschlusses", "Zu Punkt a) des Beschlusses"
    r"\s*[.:)]*\s*(?:[–—-]\s+(?:[A-ZÄÖÜ][^.:;!?„“\"]{0,60}:\s*(?=$)|(?=[A-ZÄÖÜ„»\"])))?(?P<rest>.*)$")   # "Zu Ziffer 1 - Die …", "Zu 1 – Sonnensegel:" (its topic); "Zu l.:", "Zul)": OCR's l for 1; "Zu 1) a):" the clause a) of point 1; "Zu.a):" OCR's stop; "zu (2)"
# "Zu Beschlusspunkt 2 und 3:", "Zu 4. und 5.:", "zu den Ziffern 2 bis 4": one answer for several points
MORE_TARGETS = re.compile(r"^(?:(?:und|u\.|,|bis|sowie)\s*(?:[IVX]{1,4}\.(?=\d))?(?P<num>\d{1,2}(?:\.\d{1,2})?[a-z]?|[a-h](?=\)))\s*[.:)]*\s*)+")
TARGET = re.compile(r"\d{1,2}(?:\.\d{1,2})?[a-z]?|(?:(?<=und)|(?<![a-z]))[a-h](?=\))")
# How resolutions word their points: an unquoted "1. …" in such words starts the points.
# An infinitive: "erstellen", and "erweitern", "regeln" too.
INFINITIVE = r"[a-zäöüß]+(?:en|[lr]n)\b"
MANDATE_LANGUAGE = re.compile(r"^(?:Beschluss(?:punkt|text|inhalt)?|Auftrag|Wortlaut)\s*:"
                               r"|\b(?:wird|werden)(?:\s+(?:\w+\s+){0,3}|)(?:beauftragt|gebeten|ersucht|aufgefordert|ermächtigt)\b"   # OCR: "wirdersucht"
                               rf"|\b(?:ist|sind)\b[^.]{{0,120}}\bzu\s+{INFINITIVE}|\b\w+zu{INFINITIVE}[.]?$")
# A resolution's sentence beyond the mandate formulas: "Der Rat beschließt, …", "… zu veräußern."
# The voice of a resolution that decides rather than orders: "… wird zugestimmt.", "Der Kreistag nimmt … zur Kenntnis."
RESOLVES = re.compile(rf"\bbeschlie(?:ß|ss)t\b|^(?:Der|Die|Das)\s+[\w-]+\s+stimmt\b.*\bzu[.;]?$"
                       r"|\b(?:muss|müssen)\b[^.;]{0,120}\b(?:sein|werden)[.;]?$|"   # "Die Buchung muss … möglich sein."
                       r"\b(?:darf|dürfen)\b[^.;]{0,120}\bnicht\s+[a-zäöüß]+(?:en|[lr]n)[.;]?$|"   # "Der Kaufpreis darf … nicht übersteigen."
                       rf"\bzu\s+{INFINITIVE}[.;!]?$"
                       # "Die Verwaltung wird mit der Beschaffung über den Rahmenvertrag … beauftragt."
                       r"|\b(?:wird|werden)\b[^.;]{0,120}\b(?:beauftragt|ermächtigt|gebeten|ersucht|aufgefordert)[.;]?$"
                       r"|\b(?:wird|werden)\s+(?:hiermit\s+)?(?:zugestimmt|beschlossen|gebilligt|genehmigt)[.;]?$"
                       r"|^(?:Der|Die|Das)\s+[\w-]+\s+(?:nimmt|nehmen)\b.*\bzur\s+Kenntnis(?:[.;]?$|,\s+dass\b)")
# OCR's letter for a point's digit with its stop: "A." for "4.", "T:" for "1."
# ("I:" or "I;" too, not "I.": a roman group's heading; "t:" for "1:", not "t." ending a word)
LOOKALIKE_MARKER = re.compile(r"^(?P<glyph>[AlLSBZGT|](?=[.:;])|[It](?=[:;]))[.:;]\s+(?=[„»\"A-ZÄÖÜ])")


# A point named in running text, heading nothing: "Punkt 2 des Beschlusses (Bericht …) wird mit dieser
# Information erfüllt", "Ziffer 4 entfällt". A letter that leaves a point out this way skips its number.
_NAMED_IN_PASSING = re.compile(r"\b(?:Beschluss)?(?:[Pp]unkt|[Zz]iffer)\s+(\d{1,2})\s+(?=(?:des|der|wird|wurde|ist|entfällt)\b|\()")


def numbered_answer_heads(lines: list[str]) -> list[tuple[int, int, str]]:
    """(line, number, what follows on the line) for each answer heading of a whole point's plain number
    ("Zu Ziffer 2: Eine …"), not of a part ("Zu 2.1", "Zu 2 a)") nor of a roman group's point ("Zu I.1")."""
    return [(k, int(m.group("num")), m.group("rest")) for k, line in enumerate(lines)
            if (m := ANSWER_HEAD.match(line.strip())) and m.group("num") and m.group("num").isdigit()
            and not m.group("dot") and not m.group("sub") and not m.group("roman")]


def named_in_passing(lines: list[str]) -> set[int]:
    """The numbers of points the text names in passing."""
    return {int(m.group(1)) for m in _NAMED_IN_PASSING.finditer(" ".join(line.strip() for line in lines))}


def next_numbers(last: tuple[int, str] | None) -> set[tuple[int, str]]:
    """The numbers that may follow a point's: 2 -> 3, 3a, 3.1, 2a, 2.1; 2a -> 2b or 3; 2.1 -> 2.2 or 3."""
    if last is None:
        return set()
    n, sub = last
    nxt = {(n + 1, ""), (n + 1, "a"), (n + 1, ".1")}
    if sub.startswith("."):                       # 2.1 -> 2.2
        nxt.add((n, f".{int(sub[1:]) + 1}"))
    elif sub:
        nxt.add((n, chr(ord(sub) + 1)))
    else:
        nxt |= {(n, "a"), (n, ".1")}
    return nxt


# A point's number or a group's roman numeral alone on its line, as a text export of a hanging indent leaves
# it ("1." / "Beschluss: Die Verwaltung …", "II." / "Beschluss-Nr. 2024/131, …")
_MARKER_ALONE = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})?[a-z]?[.)]|[IVX]{1,4}\.|[a-h]\))\s*$")


def hanging_markers(lines: list[str]) -> list[str]:
    """The lines with a number alone on its line joined to the line right below it (unless that one
    starts with a number of its own), as OCR reads the two: "1. Beschluss: Die Verwaltung …"."""
    out: list[str] = []
    for line in lines:
        # (a bare number too, OCR having lost its stop, where a quote opens below it: "1" / "„Die Verwaltung wird …")
        alone = out and (_MARKER_ALONE.match(out[-1]) or re.fullmatch(r"\s*\d{1,2}\s*", out[-1]) and line.lstrip()[:1] in "„\"»")
        if alone and line.strip() and not MARKER.match(line.strip()):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out


_ORDINALS = {"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4, "fünften": 5, "sechsten": 6, "siebten": 7,
             "achten": 8, "neunten": 9, "zehnten": 10}
# An answer headed by the point's ordinal: "Zum ersten Auftrag ist festzustellen: …", "Zum zweiten Beschlusspunkt:"
_ORDINAL_HEAD = re.compile(r"^(?P<indent>\s*)(?:Zum|Zur|Zu\s+(?:dem|der))\s+(?P<ordinal>" + "|".join(_ORDINALS) + r")\s+"
                           r"(?:Auftrag|Prüfauftrag|Punkt|Beschlusspunkt|Teil|Spiegelstrich|Anliegen|Ziffer)\b(?P<tail>[^:.]{0,40}):\s*(?P<rest>.*)$")


# An answer headed by what the point asked and its number: "Zu Ihrer Forderung unter 1.: …", "Zur Prüfbitte in Ziffer 2:",
# or by a clause naming the point: "Hinsichtlich der Dienste nach Punkt 2 ist festzuhalten: …"
_NAMED_HEADS = (
    re.compile(r"^(?P<indent>\s*)(?:Zu[mr]?)\s+(?:(?:Ihrer|Ihrem|Ihren|der|dem|den)\s+)?[A-ZÄÖÜ][a-zäöüß]+\s+(?:unter|in|zu)\s+"
               r"(?:(?:Ziffer|Punkt|Nr\.)\s*)?(?P<n>\d{1,2})\.?\s*:\s*(?P<rest>.*)$"),
    re.compile(r"^(?P<indent>\s*)(?:Hinsichtlich|Bezüglich|Betreffend|In\s+Bezug\s+auf)\b[^.:]{0,80}\b(?:Beschluss)?(?:[Pp]unkt|[Zz]iffer)\s+"
               r"(?P<n>\d{1,2})\b[^.:\d]{0,40}:\s*(?P<rest>.*)$"))


def ordinal_heads(lines: list[str]) -> list[str]:
    """The lines with an answer headed by its point's ordinal, or by what the point asked and its number,
    written as the heading the reader knows: "Zum zweiten Auftrag: Die Kostendarstellung …" and
    "Zu Ihrer Prüfbitte unter 2.: Das Amt …" -> "Zu Punkt 2: …"."""
    out = []
    for line in lines:
        if m := _ORDINAL_HEAD.match(line):
            line = f"{m.group('indent')}Zu Punkt {_ORDINALS[m.group('ordinal')]}: {m.group('rest')}".rstrip()
        elif m := next(filter(None, (pattern.match(line) for pattern in _NAMED_HEADS)), None):
            line = f"{m.group('indent')}Zu Punkt {m.group('n')}: {m.group('rest')}".rstrip()
        out.append(line)
    return out


# An answer's heading with the point's words quoted in brackets after it, over one line or a few:
# "Zu Ziffer 1 (»Der Oberbürgermeister wird beauftragt, …" / "… zu erarbeiten.«):"
_HEAD_THEN_BRACKETED_QUOTE = re.compile(r"^(?P<indent>\s*)(?P<head>(?:Zu|zu)\s+(?:(?:Beschluss)?(?:[Pp]unkt|[Zz]iffer)\s+|Nr\.\s*)?"
                                        r"\d{1,2}(?:\.\d{1,2})?[a-z]?(?:\s+(?:des|der)\s+(?:Beschlusses|Vorlage|Antrags|Drucksache))?)"
                                        r"\s*\(\s*(?P<quote>[»„\"“].*)$")
# (the answer may begin on the closing line: "… zu planen.“): Die Planung ist abgeschlossen, …")
_BRACKETED_QUOTE_END = re.compile(r"(?P<close>[«“\"”])\s*\)\s*:?\s*(?P<rest>.*)$")
_BRACKETED_QUOTE_LINES = 4      # the bracket closes within a few lines, or it is no quote in a heading


def bracketed_quotes(lines: list[str]) -> list[str]:
    """The lines with a heading's bracketed quote set under the heading as the quote it is:
    "Zu Ziffer 1 (»Die … zu erarbeiten.«):" -> "Zu Ziffer 1:" / "»Die … zu erarbeiten.«"; an answer begun on the
    closing line goes on a line of its own."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        m = _HEAD_THEN_BRACKETED_QUOTE.match(lines[k])
        end = next((j for j in range(k, min(k + _BRACKETED_QUOTE_LINES, len(lines)))
                    if _BRACKETED_QUOTE_END.search(lines[j] if j > k else m.group("quote"))), None) if m else None
        if end is None:
            out.append(lines[k])
            k += 1
            continue
        quote = [m.group("quote")] + [line.strip() for line in lines[k + 1:end + 1]]
        close = _BRACKETED_QUOTE_END.search(quote[-1])
        quote[-1], rest = quote[-1][:close.end("close")], close.group("rest").strip()
        out += [f"{m.group('indent')}{m.group('head')}:"] + quote + ([rest] if rest else [])
        k = end + 1
    return out


# A form's numbered section heading alone on its line: "3. Beschlusstext (Auszug)", "4. Stand der Umsetzung"
_NUMBERED_SECTION = re.compile(r"^(?P<indent>\s*)\d{1,2}\.\s+(?P<heading>(?:Beschlusstext|Beschlusswortlaut|Beschlussinhalt|Wortlaut\s+des\s+Beschlusses"
                               r"|Stand\s+der\s+Umsetzung|Umsetzungsstand|Sachstand|Sachverhalt|Begründung|Ausgangslage|Anlass"
                               r"|Stellungnahme(?:\s+der\s+Verwaltung)?|Finanzielle\s+Auswirkungen)(?:\s*\([^()]{1,30}\))?\s*:?)\s*$")


def numbered_sections(lines: list[str]) -> list[str]:
    """The lines with a form's section number taken off its heading: "3. Beschlusstext (Auszug)" heads the resolution's
    words, numbered as its parts ("3.1", "3.2"), no point 3; "4. Stand der Umsetzung" heads the answers, no point 4.
    A heading each point repeats ("1. Beschlusstext:", "2. Beschlusstext:") labels the points and keeps its number."""
    found = [(k, m) for k, line in enumerate(lines) if (m := _NUMBERED_SECTION.match(line))]
    out = list(lines)
    for k, m in found:
        number, heading = lines[k].strip().split(".")[0], _heading_key(m.group("heading"))
        below = [line.strip() for line in lines[k + 1:k + 6] if line.strip()][:3]
        parts = any(line.startswith(f"{number}.1") for line in below)
        repeated = any(_heading_key(other.group("heading")) == heading for j, other in found if j != k)
        if parts or not repeated and any(re.match(r"^[Zz]u\s+\d", line) for line in below):
            out[k] = f"{m.group('indent')}{m.group('heading')}"
    return out


def _heading_key(heading: str) -> str:
    return re.sub(r"\s*(?:\([^()]*\))?\s*:?$", "", heading)


# What follows an ordinal in a date, not a point's number: "2. Quartal 2025", "2. Hj./2024", "6. Januar"
_DATE_AFTER_ORDINAL = (r"(?:Quartal|Halbjahr|Hj\.|Jahreshälfte|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober"
                       r"|November|Dezember)\b")


# A numbered run written inside a paragraph: a quotation's points ("„1. Die Ortsverwaltung … zu erarbeiten. 2. Die
# Stromversorgung …“") or the answers' headings ("Hierzu wird mitgeteilt: Zu Ziffer 1 - Die … Zu Ziffer 2 - Die …").
# A place counts after a sentence's end or a colon and a space (not "3.1.") with a capital after the mark.
_RUN_ON_MARK = re.compile(r"(?:(?:(?<=[.!?:])|(?<=[.!?:][“”\"]))\s+|^\s*)(?=(?P<mark>[„»\"]?(?P<num>\d{1,2})\.\s+(?=[„»\"]?[A-ZÄÖÜ])(?!" + _DATE_AFTER_ORDINAL + r")"
                          r"|(?P<head>(?:Zu|zu)\s+(?:Ziffer|Punkt|Nr\.)\s*|Zu\s+)(?P<hnum>\d{1,2})[.)]?\s*(?:[:–—-])\s+(?=[A-ZÄÖÜ])))")


def run_on_sequences(lines: list[str]) -> list[str]:
    """Lines parted before each mark of a numbered run inside a paragraph, where the marks of one kind count on
    from 1 (1, 2, …, at least two of them) within the paragraph: a number in running text alone ("am 2. Mai",
    "Ziffer 3 - …" without its 1 and 2 before it) parts nothing."""
    cut: dict[int, set[int]] = {}
    # (a number the letter prints at a line's start elsewhere numbers its points there: "2. „…“" below "Termin: 2. …")
    heading_numbers = {int(m.group("num")) for line in lines if (m := _RUN_ON_MARK.match(line)) and m.group("num")}
    start = 0
    for end in [k for k, line in enumerate(lines) if not line.strip()] + [len(lines)]:
        # (each mark: its line, its place, whether it stands inside the line, a heading's or a number's, its number)
        marks = [(k, m.start("mark"), m.start("mark") > len(lines[k]) - len(lines[k].lstrip()), m.group("head") is not None,
                  int(m.group("num") or m.group("hnum"))) for k in range(start, end) for m in _RUN_ON_MARK.finditer(lines[k])]
        for heading in (False, True):
            run, expected = [], 1
            for k, pos, inside, is_head, number in marks:
                if is_head != heading or inside and not is_head and number in heading_numbers:
                    continue
                if number == expected:
                    run.append((k, pos, inside))
                    expected += 1
                elif number == 1:
                    run, expected = [(k, pos, inside)], 2
            # the paragraph must hold the run as a run, not only its marks at lines' starts
            if len(run) >= 2 and any(inside for _, _, inside in run):
                for k, pos, _ in run:
                    cut.setdefault(k, set()).add(pos)
        start = end + 1
    out = []
    for k, line in enumerate(lines):
        bounds = [0] + sorted(p for p in cut.get(k, ()) if line[:p].strip()) + [len(line)]
        out += [line[a:b].strip() if a else line[:b].rstrip() for a, b in zip(bounds, bounds[1:])] if len(bounds) > 2 else [line]
    return out
