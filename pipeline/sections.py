"""Text -> the parts of a letter: header, reference block, body, closing.

    header      everything before the reference line: letterhead, recipients, labels
    reference   "Beschlusskontrolle zu V0870/21 (Sitzungsnummer: …)" and the subject lines
    body        from the salutation to the greeting ("Mit freundlichen Grüßen")
    closing     signatures, Kenntnisnahme, attachments
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.lexicon import FORM_KIND, NEXT_SECTION, PAGE_MARK, REPORT_TITLE
from pipeline.markers import MANDATE_LANGUAGE, RESOLVES
from pipeline.references import find_resolutions, has_resolution
from pipeline.text import RUNS_ON, starts_like, strip_debris, within_one_edit

# Words of a reference line's neighbourhood ("Beschlusskontrolle zu", "Sachstandsbericht", "Mitteilung").
REPORT_WORDS = re.compile(
    r"Beschlu(?:ss|ß)\s?-?kontr\S*|Sachstand\S*|\S*[Bb]ericht\S*|Mitteilung\S*|Information|Umsetzung|Drucksache"
    r"|Beschlussverfolgung|Betreff|Vorlage\s+zur\s+Kenntnisnahme", re.IGNORECASE)
# OCR leaves debris before a line's first word ('"Sehr geehrte', "'GZ:"): up to two glyphs are tolerated.
_DEBRIS = r"^[^\w\s(]{0,2}\s?"
_SALUTATION = re.compile(_DEBRIS + r"(?:Sehr\s*geehrte|Sehr\s*verehrte|Liebe\s|Meine\s+(?:sehr\s+)?(?:geehrten|Damen)|Guten\s+Tag"
                        # OCR lost "Sehr": "geehrte Kreisrätinnen und Kreisräte,"
                        r"|geehrte[rn]?\s+(?:Damen|Herren?\b|Frau\b|Mitglieder|[\wäöü]*(?:rätinnen|räte|rat)\b))", re.I)
_GREETING = re.compile(_DEBRIS + r"(?:Mit\s+freundlichen\s+Gr(?:ü|u|ii)(?:ß|ss)en|Mit\s+freundlichem\s+Gru(?:ß|ss)|Freundliche\s+Grü(?:ß|ss)e|Mit\s+(?:den\s+)?besten\s+Grü(?:ß|ss)en|Viele\s+Grü(?:ß|ss)e|Hochachtungsvoll)", re.I)
_GREETINGS = ("Mit freundlichen Grüßen", "freundlichen Grüßen", "Mit freundlichem Gruß", "Freundliche Grüße", "Mit besten Grüßen", "Hochachtungsvoll")


class _Greeting:
    """The closing formula, as printed or with one OCR error in a word ("Mit frenndlichen Grüßen") or
    its words run together ("Mitfreundlichen Grüßen")."""

    @staticmethod
    def match(line: str) -> bool:
        joined = re.sub(r"\s+", "", strip_debris(line.strip())).rstrip(",").lower()   # OCR joined the words: "Mitfreundlichen Grüßen"
        return bool(_GREETING.match(line)) or any(starts_like(line, phrase) for phrase in _GREETINGS) \
            or any(within_one_edit(joined, phrase.replace(" ", "").lower()) for phrase in _GREETINGS)


GREETING = _Greeting()


class _Salutation:
    """The letter's address to its readers, as printed or with one OCR error in a word ("Sebr geehrte")."""

    @staticmethod
    def match(line: str) -> bool:
        # (the word's ending too: "Sehr geehrtcr Herr …" is "geehrter" with one error)
        return bool(_SALUTATION.match(line)) or any(starts_like(line, f"Sehr {word}", short=False)
                                                    for word in ("geehrte", "geehrter", "verehrte", "verehrter"))


SALUTATION = _Salutation()
# The Kenntnisnahme label of a signature block, alone or before a name ("Kenntnisnahme:"), not the
# end of a sentence broken over lines ("… folgende Vorlage zur" / "Kenntnisnahme vor:").
# (or "gez." alone over the name: a copy signed for)
_SIGN_OFF = re.compile(r"^\s*(?:Im\s+Auftrag|In\s+Vertretung|i\.\s?A\.|i\.\s?V\.|[Gg]ez\.)(?:\s{3,}\S.*)?\s*$")
# ("Gesehen:" is the same label in other bodies' forms, alone on its line)
# (a label alone: "Zur Kenntnis:" with its colon; a form's "zur Kenntnis" is what it is sent for)
ACK_WORD = r"(?:(?:Zur\s+)?Kenntnis(?:nahme|\s+genommen)\b|(?-i:Zur\s+Kenntnis)(?=\s*:\s*$)|Gesehen(?=\s*:?\s*$))"
ACK = re.compile(_DEBRIS + ACK_WORD + r"(?!\s+(?:vor|zu|gebeten|gegeben|genommen)\b)", re.I)


@dataclass(frozen=True)
class Sections:
    header: list[str]
    reference: list[str]
    body: list[str]
    closing: list[str]


# A form's own number ("Vorlagen-Nr.: V/0644/2024", "Drucksachen-Nr.: 21-4102") is no reference.
# In parentheses under a "Beschluss … vom …" line it names the resolution: "(Drucksache Nr.: 26931-23)".
_OWN_LABEL = r"(?:Vorlagen?|Drucksachen?|Mitteilungs?)-?\s?Nr\.?"
_OWN_NUMBER = re.compile(rf"^(?!\()\W{{0,2}}{_OWN_LABEL}\s*:", re.I)
# the same without its colon, the number alone after it: "Drucksachen-Nr. 2411523", "Vorlage Nr. 101.19.1544"
_OWN_NUMBER_ALONE = re.compile(rf"^{_OWN_LABEL}\s*[\w./-]+$", re.I)


# A form's field naming the resolution reported on ("Ursprungsdrucksache: DS/0456/IX", "Bezug: Beschluss …").
_ORIGIN = re.compile(r"^\W{0,2}(?:Ursprungsdrucksache|Bezugsdrucksache|Bezug|Betrifft\s+Beschluss|Zu\s+Drucksache|hier)\s*:", re.I)


# a point's heading, or its answer's ("Zu Beschlusspunkt 1:"), before which the reference stands
_POINTISH = re.compile(r"^\s*(?:[Zz]u\s+)?(?:(?:Beschluss)?[Pp]unkt|Ziffer)\s+\d|^\s*\d{1,2}[.)]\s+[„\"»]")

# a resolution's first point as it orders ("1. Der Magistrat wird beauftragt, …"): the body has begun
_FIRST_ORDER = re.compile(r"^\s*(?:I\.\s?)?1[.)]\s+\S")


def _under_page_mark(lines: list[str], i: int) -> bool:
    """A later page's running header stands under its page mark ("- 2 -" / "Landkreis X – Beschlusskontrolle
    zur Vorlage 2023/287"): it repeats the reference, it is none."""
    above = next((lines[k].strip() for k in range(i - 1, max(-1, i - 3), -1) if lines[k].strip()), "")
    # (or carries its page number: "Beschlusskontrolle V0912/15 und A0116/15, Seite 2")
    return bool(re.fullmatch(PAGE_MARK, above, re.I)) or bool(re.search(rf"[,;–-]\s*{PAGE_MARK}\s*$", lines[i].strip(), re.I))


def _reference_start(lines: list[str], stop: int) -> int | None:
    """Index of the reference line: a resolution identifier near a report word, before the salutation.
    A line that names the report itself ("Betreff: Sachstandsbericht zum Beschluss 2023/BV/4410") wins
    over a bare number under a form's title (the document's own number)."""
    # before the first point: a later page's running header ("Stadt Zwickau Umsetzungsbericht BV/0187/2021") is no reference
    stop = next((i for i in range(stop) if _POINTISH.match(lines[i]) or _FIRST_ORDER.match(lines[i])
                 and MANDATE_LANGUAGE.search(lines[i])), stop)
    titles = [i for i in range(stop) if has_resolution(lines[i]) and not _under_page_mark(lines, i) and
              (REPORT_TITLE.search(lines[i]) or re.match(r"^\W{0,2}(?:Betreff\b|Betr\.)", lines[i]) or _ORIGIN.match(lines[i])
               or _heading_above(lines, i))]
    # "Informationsvorlage 2024/IV/1123" is the form's own number when a heading below names the resolution
    # ("Umsetzung des Bürgerschaftsbeschlusses 2023/AN/4410")
    # (a form's row of cells naming its own number is no title: "Informationsvorlage der Verwaltung | Drucksachen-Nr. 6712/2020-2025 | …")
    titles = [i for i in titles if not _own_number_cell(lines[i])]
    titled = next((i for i in titles if not _kind_and_number(lines[i])), titles[0]) if titles else None
    if titled is not None and _kind_and_number(lines[titled]):
        # the form's own number only: a line below opening with the resolution's word names another paper
        # ("Informationsvorlage der Verwaltung Drucksachen-Nr. 6712/2020-2025" / … / "Beschluss zu Drucksache 2987/2020-2025: …")
        own = find_resolutions(lines[titled])[0][0]
        named = next((i for i in range(titled + 1, stop) if re.match(r"\W{0,2}(?:Beschlu(?:ss|ß)|Ratsbeschluss|Antrag)\b", lines[i])
                      and (found := find_resolutions(lines[i])) and found[0][0] != own), None)
        titled = named if named is not None else titled
    if titled is not None:
        return titled - 1 if _heading_above(lines, titled) and not REPORT_TITLE.search(lines[titled]) else titled
    for i in range(stop):
        if not has_resolution(lines[i]) or _own_number(lines[i], lines[i - 1] if i else "") or _own_number_cell(lines[i]):
            continue
        if re.match(r"^(?:Anlage|Seite)\b", lines[i]):
            continue
        above = [k for k in range(max(0, i - 6), i) if lines[k].strip()][-3:]   # three text lines up
        # (and the genre's heading right under it: "GD 412/23 – Ganztagsbetreuung …" / "Information über den Stand der Umsetzung")
        # (its title may wrap onto the line between: "… – Ausbauprogramm" / "2024–2026")
        # (not under a letterhead's labelled field: "Unser Zeichen: OA HL 2025/031" is the letter's own reference)
        below = [lines[k] for k in range(i + 1, min(len(lines), i + 4)) if lines[k].strip()][:2] \
            if not re.match(r"^\W{0,2}[\w .-]{1,30}:", lines[i]) else []
        window = " ".join([lines[k] for k in above] + [lines[i]] + [x for x in below if REPORT_TITLE.search(x)])
        if REPORT_WORDS.search(window) or re.search(r"\b\w*(?:Vorlage|vorlage|Antrag|Beschlu(?:ss|ß)|beschlu(?:ss|ß)|Drucksache|Ds\.|Drs\.)", lines[i]):
            # the title lines just above, in the same paragraph ("Beschlusskontrolle", "… – Drucksache") belong to it
            k = i
            while k > 0 and lines[k - 1].strip() and i - k < 2 and REPORT_WORDS.search(lines[k - 1]):
                k -= 1
            return k
    return None


def _own_number_cell(line: str) -> bool:
    """A form's row of cells ("… | Drucksachen-Nr. 6712/2020-2025 | ☐ vertraulich") whose identifier is labelled as its own."""
    cells = [cell.strip() for cell in line.split(" | ")]
    return len(cells) >= 2 and any((_OWN_NUMBER.match(cell) or _OWN_NUMBER_ALONE.match(cell)) and has_resolution(cell) for cell in cells)


def _kind_and_number(line: str) -> bool:
    found = find_resolutions(line)
    # (the form's date may stand on the row after it: "Mitteilungsvorlage   Drucksachen-Nr.: 21-4530   Datum: 06.03.2024")
    rest = re.sub(r"^\s*(?:Datum\s*:?|vom)\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\s*$", "", line[found[0][2]:]) if found else line
    # (and its number's label: "Mitteilungsvorlage   Drucksachen-Nr.: 21-4530")
    kind = re.sub(r"\s+(?:Drucksachen?|Vorlagen?)[-–]?\s?(?:Nr\.?|Nummer)$", "", line[:found[0][1]].strip(" :–-")) if found else ""
    kind = re.sub(r"\s+(?:der|des)\s+[A-ZÄÖÜ][\wäöüß-]+$", "", kind)      # (its author: "Informationsvorlage der Verwaltung")
    return len(found) == 1 and bool(FORM_KIND.match(kind)) and not rest.strip()


def _own_number(line: str, above: str = "") -> bool:
    """The form's own number, labelled ("Vorlage-Nr.: …", "Drucksachen-Nr. 2411523" alone) or at the end of
    a letterhead's row ("Bundesstadt Bonn  Drucksachen-Nr. 2312045") with no resolution named before it
    ("Beschluss … vom 14.03.2023, Drucksachen-Nr. 2210731" is one, also where that sentence began on the
    line `above`: "Beschluss … vom 12.06.2024 (Sitzung" / "VGR/04/2024), Vorlage Nr. 0093/2024"). `line` names an identifier."""
    if _OWN_NUMBER.match(line) or _OWN_NUMBER_ALONE.match(line.strip()):
        return True
    before = line[:find_resolutions(line)[0][1]]
    label = re.search(rf"{_OWN_LABEL}\s*:?\s*$", before)
    context = f"{above} {before}" if above.count("(") > above.count(")") or RUNS_ON.search(above.rstrip()) else before
    return bool(label) and bool(re.search(r"\w{3}", before[:label.start()])) and not re.search(r"[Bb]eschlu(?:ss|ß)|Antrag|vom\s+\d", context) \
        and not REPORT_WORDS.search(before[:label.start()])


def _heading_above(lines: list[str], i: int) -> bool:
    """The genre's heading alone on the line just above an identifier ("Beschlusskontrolle" / "V2104/22 (SR/052/2023)")
    titles it as much as on the same line; a form's kind ("Informationsvorlage") above its own number does not."""
    above = strip_debris(lines[i - 1].strip()) if i > 0 else ""
    return len(above) <= 40 and bool(REPORT_TITLE.match(above)) and not has_resolution(above) \
        and not re.search(r"(?:vorlage|drucksache)\b", above, re.I)


def split_sections(lines: list[str]) -> Sections:
    salutation = next((i for i, line in enumerate(lines) if SALUTATION.match(line)), None)
    stop = salutation if salutation is not None else min(len(lines), 80)
    ref = _reference_start(lines, stop)
    if ref is None:   # no identifier near a report word: the genre's heading, else the salutation, opens the reference
        titles = [i for i in range(stop) if REPORT_TITLE.search(lines[i])]
        # a form's kind printed alone in its letterhead ("Informationsdrucksache") yields to a heading below it
        headings = [i for i in titles if not FORM_KIND.match(lines[i].strip())] or titles
        ref = headings[0] if headings else salutation if salutation is not None else _named_paragraph(lines, stop)
    identifier = next((k for k in range(ref, stop) if has_resolution(lines[k])), ref)
    body_start = salutation if salutation is not None else _subject_end(lines, identifier)
    greeting = next((i for i in range(body_start, len(lines)) if GREETING.match(lines[i])), None)
    if greeting is None:
        # without a greeting the signatory's formula alone on its line closes it ("Im Auftrag" / "gez." / name;
        # in a text export the Kenntnisnahme column beside it: "Im Auftrag      Kenntnis genommen:"), with the
        # organ it signs for ("Der Oberbürgermeister") or the other column's name on the line above
        greeting = next((i for i in range(body_start, len(lines)) if _SIGN_OFF.match(lines[i]) and _signed_below(lines, i)), None)
        above = next((k for k in range(greeting - 1, body_start, -1) if lines[k].strip()), None) if greeting else None
        if above is not None and (re.fullmatch(r"(?:Der|Die)\s+[A-ZÄÖÜ][\wäöüß-]+", lines[above].strip()) or _is_name(lines[above].strip())):
            greeting = above
    if greeting is None:
        # without a greeting the Kenntnisnahme block closes the letter: the last one, since a form's
        # "Beratungsfolge: …, Kenntnisnahme" at the top uses the same word
        greeting = next((i for i in range(len(lines) - 1, body_start - 1, -1)
                         if ACK.match(lines[i]) and not _continues(lines, i) and _signed_below(lines, i)), len(lines))
    if greeting == len(lines):
        greeting = _name_over_role(lines, body_start) or greeting
    return Sections(
        header=lines[:ref],
        reference=lines[ref:body_start],
        body=lines[body_start:greeting],
        closing=lines[greeting:],
    )


def _named_paragraph(lines: list[str], stop: int) -> int:
    """Without a reference line, a heading or a salutation: the paragraph that names the first identifier
    ("Mitteilung an die Bezirksvertretung" / … / "Drucksachen-Nr. 6412/2020-2025" / title), the letterhead above it;
    the whole top when none is named."""
    at = next((i for i in range(min(stop, len(lines))) if has_resolution(lines[i])), None)
    if at is None:
        return 0
    while at > 0 and lines[at - 1].strip():
        at -= 1
    return at


def _name_over_role(lines: list[str], start: int) -> int | None:
    """Without a greeting, a sign-off formula or a Kenntnisnahme: the signature printed alone, a name over its
    role after a blank line ("Thomas Hollenrieder" / "Erster Bürgermeister"), with no sentence of the text below it."""
    from pipeline.closing import is_role   # closing reads these sections: imported late

    for i in range(start + 1, len(lines) - 1):
        if lines[i - 1].strip() or not _is_name(lines[i].strip()) or not is_role(lines[i + 1].strip()) \
                or NEXT_SECTION.match(lines[i].strip()):
            continue      # (a section's heading over its entry is no signature: "Beteiligte Stellen" / "Referat Finanzen")
        if not any(len(line.split()) >= 8 and line.rstrip().endswith(".") for line in lines[i + 2:]):
            above = next((k for k in range(i - 1, start, -1) if lines[k].strip()), None)
            return above if above is not None and _goes_with_signature(lines, above) else i
    return None


def _goes_with_signature(lines: list[str], k: int) -> bool:
    """Whether line k, the last text above a signature printed alone, belongs to it: a formula ("gez.", "i. V."),
    also opening the signature's line ("gez. Dr. …, Bürgermeisterin"), the organ signing ("Der Magistrat"), the place
    and date ("Berlin, den 22.05.2024"), or the body signing alone in its paragraph ("Mobilitätsreferat"; no labelled
    field such as "Nächster Bericht: Juni 2023")."""
    from pipeline.header import place_date     # the header reads these sections: imported late

    text = lines[k].strip()
    alone = not lines[k - 1].strip() and len(text.split()) <= 4 and not re.search(r"[\d:]", text) and not text.endswith((".", ","))
    return bool(_SIGN_OFF.match(lines[k]) or re.match(r"\s*(?:[Gg]ez\.|i\.\s?[AV]\.)\s", lines[k])
                or re.fullmatch(r"(?:Der|Die)\s+[A-ZÄÖÜ][\wäöüß-]+", text) or place_date(text) or alone)


def _is_name(text: str) -> bool:
    from pipeline.closing import is_name   # closing reads these sections: imported late
    return is_name(text)


def _signed_below(lines: list[str], i: int) -> bool:
    """A Kenntnisnahme block names who took note ("Kenntnis genommen:" / "Dirk Hilbert" / "Oberbürgermeister");
    a form's "zur Kenntnisnahme / öffentlich / 09.10.2023" names no one."""
    from pipeline.closing import DEPUTY, is_name, is_role   # closing reads these sections: imported late

    rest = ACK.sub("", lines[i]).strip(" :")
    following = [line.strip() for line in lines[i + 1:] if line.strip()][:4]
    return any(is_name(text) or is_role(text) or DEPUTY.match(text) for text in ([rest] if rest else []) + following)


def _continues(lines: list[str], i: int) -> bool:
    """Whether line i goes on the sentence or list above it ("Beratungsfolge: Bürgerschaft, 10.07.2024," /
    "Kenntnisnahme"): then it is no label."""
    previous = next((lines[k].strip() for k in range(i - 1, -1, -1) if lines[k].strip()), "")
    return bool(previous) and bool(re.search(r"(?:[,;–-]|\b(?:zur|zum|und|oder|der|die|das))$", previous))


# A sentence of its own begun in lower case where the salutation it would follow is missing: "mit dem oben genannten
# Beschluss wurde die Verwaltung beauftragt:" (no title's words go on so)
_OPENS_LOWER = re.compile(r"^mit\s+(?:dem|diesem|Ihrem)\s+(?:[\w.]+\s+){0,3}Beschluss\b")


def _subject_end(lines: list[str], ref: int) -> int:
    """Without a salutation the subject ends at the first blank line after some text, and at
    the latest after three lines or at the first line of the body (a point, a quote, a line
    announcing what follows with ':') when the text has no blank lines."""
    if lines[ref].rstrip().endswith(":") and not re.match(r"^\W{0,2}[\w.-]+\s*:$", lines[ref].strip()):
        return ref + 1    # "… mit Drucksache 22-1033 folgenden Beschluss gefasst:": the resolution's text follows
    seen_text, notes = False, 0
    for i in range(ref, len(lines)):
        text = lines[i].strip()
        # a title's quoted name on the next line ("… Umsetzung der Variante" / "„Geschützter Radfahrstreifen“") goes on the subject
        # (or in a paragraph of its own right under the reference line: "Sachstandsbericht: Beschluss Nr. 22/1534-BR" /
        # "" / "„Trinkwasser im öffentlichen Raum“")
        title_goes_on = bool(_QUOTED_NAME.match(text)) and i > ref and (bool(lines[i - 1].strip())
                                                                       and not lines[i - 1].rstrip().endswith((".", ":", "“", "”", '"'))
                                                                       or i == ref + 2 and not lines[i - 1].strip()) \
            or bool(_QUOTED_NAME_AND.match(text)) and has_resolution(text)   # "„Rufbus …“ und 1522 (V) BDs": the next one named
        # (or its last noun alone: "… ergibt sich aus der folgenden" / "Übersicht:")
        if i > ref + 1 and text.endswith(":") and lines[i - 1].strip() and not lines[i - 1].rstrip().endswith((".", ":")) \
                and (text[:1].islower() or len(text.split()) == 1 and re.search(r"\b(?:folgenden|nachfolgenden|nachstehenden|beigefügten)$", lines[i - 1].strip())) \
                and not _OPENS_LOWER.match(text):
            return i - 1      # a sentence over two lines announcing what follows: "Der Stand … ergibt sich aus der" / "folgenden Übersicht:"
        if i > ref and text.count(" | ") >= 2:
            return i          # a table's row in plain text ("Ziffer | Beschluss | Umsetzung"): the body has begun
        if i > ref + 1 and REPORT_TITLE.search(text) and len(text.split()) <= 6 and not has_resolution(text) \
                and lines[i - 1].strip():
            return i + 1      # the genre's heading under the title ("Information über den Stand der Umsetzung"): the body follows
        if i > ref and (i > ref + 3 or text.endswith(":") or _BODY_START.match(text) and not title_goes_on
                        and not _DATE_AT_START.match(text)) \
                or i > ref + 1 and (_LABELLED_TEXT.match(text) or _RUNNING_TEXT.match(text) or _resolution_sentence(text)):
            return i
        if text:
            seen_text = True
            # a note in brackets under the reference line, when and where it was decided ("(Sitzung KT/014/2023 vom
            # 20.09.2023)"): the title may follow in a paragraph of its own
            notes += i == ref + 1 + notes and bool(re.fullmatch(r"\([^()]*\d[^()]*\)", text))
        elif seen_text:
            following = next((x.strip() for x in lines[i:] if x.strip()), "")
            if i > ref + 1 + notes and (any(x.strip() for x in lines[ref + 1 + notes:i]) or not _TITLE_LIKE.fullmatch(following)) \
                    or SECTION_HEADING.match(following):
                return i      # (a section's heading in the next paragraph, "Inhalt der Mitteilung", is no title)
    return len(lines)


# A line that may be a title below the reference across blank lines: no label, no table's cells, no subject label
# alone ("Betreff" / "Beleuchtung des Uferweges …", "Beratungsfolge | Sitzungstermin")
_TITLE_LIKE = re.compile(r"(?!(?:Betreff|Betr\.|Titel|Gegenstand)\s*:?$)(?![\w./-]+\s*:)[^|]+")


def _resolution_sentence(text: str) -> bool:
    """A whole sentence of a resolution under its title, its point's number lost to OCR ("Der Stadtrat stimmt
    dem Erwerb … zu."): a title is no sentence."""
    return bool(re.match(r"(?:Der|Die|Das)\s", text)) and text.endswith(".") and bool(RESOLVES.search(text))


# The headings a Vorlage's sections open with, under its subject.
SECTION_HEADING = re.compile(r"^(?:[A-H]\.|[IVX]{1,4}\.|\d\.)?\s*(?:Inhalt\s+der\s+(?:Mitteilung|Vorlage|Information)|Vorbemerkung(?:en)?"
                              r"|Sachverhalt|Kurzfassung|Zusammenfassung|Begründung|Sachdarstellung|Ausgangslage|Anlass|Erläuterungen?|Problembeschreibung)\s*:?$")


# The date ending the reference line's "… vom" on the next line ("14. Juni 2023"): no point "14."
_DATE_AT_START = re.compile(r"^\d{1,2}\.\s?(?:\d{1,2}\.|[A-ZÄÖÜ][a-zäöü]+\.?\s+(?:19|20)\d{2}\b)")
# (a note in brackets may follow it: "„Lastenradstationen …“ (Stadtratsbeschluss vom 15.11.2023)")
_QUOTED_NAME = re.compile(r"^[„»\"][^„“”»«\".:;!?]{2,60}[“”«\"](?:\s*\([^()]{4,60}\))?$")
_QUOTED_NAME_AND = re.compile(r"^[„»\"][^„“”»«\".:;!?]{2,60}[“”«\"],?\s+(?:und|sowie)\s")
# A long line of a sentence under the subject opens the body, when no blank line parts them: "Mit dem
# Klimaschutzkonzept 2030 hat sich der Landkreis das Ziel gesetzt, die" (a title has no finite verb).
_RUNNING_TEXT = re.compile(r"^[A-ZÄÖÜ](?=.{60,})(?:\S+\s+){2,}?(?:hat|haben|hatte|ist|sind|war|wird|werden|wurde|wurden)\s(?!.*[“”\"]$)")
# A labelled paragraph under the subject opens the body ("Zur Einordnung: Die Grundschule …").
_LABELLED_TEXT = re.compile(r"^[A-ZÄÖÜ][\wäöüß]+(?:\s+[\wäöüß]+)?\s*:\s+(?:Der|Die|Das|Ein|Eine|Es|Wir|Im|In|Seit|Mit)\s+(?:\S+\s+){4}")
# (a first point's "1" that OCR read as "l" or "I": "l) Die Verwaltung wird gebeten, …"; "I." is a section's numeral)
_BODY_START = re.compile(r"^(?:\(?\d{1,2}(?:\.\d{1,2})?[.)]?\s+[„\"“»A-ZÄÖÜ]|\d{1,2}\)\s[.,·]\s+[„\"“»A-ZÄÖÜ]|\d{1,2}[,;:]\s+[„\"“»]|[Il|][:;]\s+[„\"“»A-ZÄÖÜ]|(?:l[.)]|[I|]\))\s+[„\"“»A-ZÄÖÜ]|[a-h]\)\s+[\w„\"“»]|[„»]|(?:(?:Beschlusstext|Wortlaut)\s+|[Zz]u\s+)?(?:Beschluss\s?)?(?:[Pp]unkt|[Zz]iffer)\s+\d{1,2}(?:\.\d{1,2})?\s*(?::|$)"
                         # "Die Bezirksvertretung Ehrenfeld hat in ihrer Sitzung …": the body tells what was resolved
                         r"|(?:Der|Die|Das)\s+\w+(?:\s+[\wäöüß()-]+){0,3}\s+(?:hat|haben|hatte)\b"
                         # "Mit Beschluss V412/2024 vom 18.07.2024 hat der Gemeinderat …"
                         r"|Mit\s+(?:dem\s+|seinem\s+|ihrem\s+)?Beschluss\b(?:[^.]|\.(?=\d)){0,60}?\s(?:hat|haben|hatte)\s+(?:der|die|das)\b"
                         # "Die Verwaltung wird ermächtigt, …": a resolution's point whose number OCR lost
                         r"|(?:Der|Die|Das)\s+\w+(?:\s+\w+){0,2}\s+(?:wird|werden)\s+(?:\w+\s+){0,2}(?:beauftragt|ermächtigt|gebeten|ersucht|aufgefordert)\b)")
