"""Confidentiality: markings ("VERTRAULICH", "nicht öffentlich", "VS – NfD") and a form's
"vertraulich" box. The contract's rule: a marking makes a letter confidential; otherwise the
box decides; what cannot be seen is not known, and unknown is not public (fail closed)."""
from __future__ import annotations

import difflib
import re

from pipeline.lexicon import CONFIDENTIAL_MARKING, CONFIDENTIAL_STATEMENT, MARKING_ANYWHERE, MARKING_CONTEXT_WORDS, MARKING_WORDS
from pipeline.memo import per_letter

TICKED = "☒☑■✗✘xX⊠"
UNTICKED = "☐□Do•○◻▢0O"
# The form label is printed in lower case ("☐ vertraulich"); "VERTRAULICH" is a marking.
_BOX = r"\[\s*[xX]?\s*\]|[☐☒☑□■✗✘⊠◻▢•○]|[DoOxX0]"
# "☐ vertraulich" alone, or in a row of a form's options ("☐ vertraulich   ☐ Eilvorlage",
# "☒ zur Information ☐ vertraulich")
BOX_LINE = re.compile(rf"^\s*(?:(?:(?:{_BOX})?\s*|[☐☒☑□■◻▢⊠]\s*[a-zäöüß]{{2,4}}\s+)[A-ZÄÖÜa-zäöüß-]{{4,}}\s+){{0,3}}(?P<box>{_BOX})?\s*vertraulich"
                      rf"(?:\s+(?:{_BOX})?\s*[A-ZÄÖÜa-zäöüß-]{{4,}}){{0,2}}\s*$")
UNTICKED_GLYPHS = "☐□◻▢○"
# A printed checkbox, ticked or not: a form's row of choices, never part of a name or unit.
BOX_GLYPH = re.compile(r"[☐☒☑□■◻▢⊠]")
# A marking word as a form's choice, its box before it (OCR reads an empty box as D, o or 0).
_QUALIFIED_ITEM = re.compile(r"[A-Za-zÄÖÜäöüß]{3,}[^()]*\(\s*(?:nicht\s*-?\s*öffentlich|vertraulich|VS-?\s?NfD)\s*\)\s*\W*$", re.I)
# A form offering both: "Status: ☐ öffentlich ☐ nichtöffentlich".
_CHOICE = re.compile(r"(?<![\w-])öffentlich\b.{0,30}\bnicht\s*-?\s*öffentlich|\bnicht\s*-?\s*öffentlich\b.{0,30}(?<![\w-])öffentlich\b",
                     re.I)
# (a typed box too: "[ ] öffentlich   [X] nichtöffentlich")
_BOXED_MARKING = re.compile(r"(?:^|\s)(?:(?P<box>[☐□◻▢○☒☑■✗✘⊠xXDoO0])|\[(?P<typed>\s*[xX]?\s*)\])\s+(?:nicht\s*-?\s*öffentlich|vertraulich|VS\b)", re.I)

# The public choice's box read empty ("D öffentlich"): the letter is not public, whatever the other box shows.
_PUBLIC_UNTICKED = re.compile(r"(?:^|\s)[☐□◻▢○Do0]\s+öffentlich\b")

# Boxes printed after their labels, the line ending in the last one's printed glyph: "öffentlich X nichtöffentlich □",
# "öffentlicher Teil: ☒  nichtöffentlicher Teil: ☐" (a label may name the part it marks, and end in a colon)
_LABEL_TAIL = r"(?:e[rsn]?\s+[A-ZÄÖÜ][a-zäöüß]+)?\s*:?"
_BOXES_AFTER_LABELS = re.compile(rf"(?<![\w-])öffentlich{_LABEL_TAIL}\s+(?:[☐□◻▢○☒☑■✗✘⊠xX])\s+nicht\s*-?\s*öffentlich{_LABEL_TAIL}"
                                 r"\s+(?P<box>[☐□◻▢○☒☑■✗✘⊠])\s*$", re.I)


# A form's question answered by ticking yes or no: "Vertraulich: ☐ ja  ☒ nein", "nichtöffentlich  X ja  o nein"
_YES_NO_BOX = r"[☐□◻▢○☒☑■✗✘⊠xXDoO0]"
_YES_NO = re.compile(rf"^\W{{0,2}}(?P<label>vertraulich|nicht\s*-?\s*öffentlich|öffentlich)\s*[:?]?\s*(?P<a>{_YES_NO_BOX})\s*(?P<first>ja|nein)"
                     rf"\s+(?P<b>{_YES_NO_BOX})\s*(?:ja|nein)\s*$", re.I)


def yes_no_answer(line: str) -> bool | None:
    """Whether a yes/no question on the form marks the letter confidential; None when it is no such
    question or its boxes do not tell (both ticked, or neither)."""
    m = _YES_NO.match(line.strip())
    if not m:
        return None
    yes, no = (m.group("a"), m.group("b")) if m.group("first").lower() == "ja" else (m.group("b"), m.group("a"))
    if (yes in TICKED) == (no in TICKED):
        return None
    public_question = m.group("label").lower() == "öffentlich"       # "öffentlich: ☐ ja ☒ nein" marks by its no
    return (no in TICKED) if public_question else (yes in TICKED)


def _ticked(boxed: re.Match) -> bool:
    return boxed.group("typed").strip() != "" if boxed.group("typed") is not None else boxed.group("box") in TICKED
_ANNEX = re.compile(r"\b(?:Anlagen?|Anhang|Beilagen?)\b")
# "VERTRAULICH – Dieser Bericht und Anlage 2 …": the line marks the letter itself as well.
_THIS_LETTER = re.compile(r"\b(?:[Dd]iese[rsm]?|[Vv]orliegende[rns]?)\s+(?:Bericht|Mitteilung|Information|Vorlage|Schreiben|Brief"
                          r"|Sachstandsbericht|Zwischenbericht|Schlussbericht|Beschlusskontrolle|Unterlage)\b")


# An inflected marking at the end of a line ("… im Ausschuss in nichtöffentlicher" / "Sitzung …") waits for
# its noun on the next line: a sentence wrapped there, not a header that ends with the marking.
_ATTRIBUTIVE = re.compile(r"lich(?:e|er|es|en|em)$")
_ARTICLE_BEFORE = re.compile(r"\b(?:die|der|das|den|dem|des|eine[mnrs]?)\s+$", re.I)


@per_letter   # asked of the same lines by several stages
def is_marking(line: str) -> bool:
    """A confidentiality marking: a line that is the marking (a header, a stamp, a box), in
    any case and spacing, also damaged by OCR; not a form's lower-case label next to its box
    and not the word inside a sentence ('in nichtöffentlicher Sitzung beraten')."""
    text = line.strip()
    if _YES_NO.match(text):
        return bool(yes_no_answer(text))      # ticked "ja" marks; an unreadable answer is find_confidential's to warn of
    if not text or BOX_LINE.match(text) or len(text) > 160 or _ANNEX.search(text) and not _THIS_LETTER.search(text):
        return False      # an annex marked non-public does not mark the letter (unless the line names the letter too)
    if text[0] in UNTICKED_GLYPHS:
        return False      # a form's unticked choice "☐ nicht öffentlich"
    if text[0].islower() and text.endswith(".") and len(text.split()) >= 4:
        return False      # a sentence's end wrapped onto its line ("… Angaben wird er als Verschlusssache behandelt.")
    if re.match(r"[^()]*\)", text) and text.endswith(".") and len(text.split()) >= 4:
        return False      # a bracket closed that opened on the line above: "… (Statistik, VS – Nur für den" / "Dienstgebrauch) wird … zugeleitet."
    # (also begun in lower case, wrapped from the line above: "nichtöffentlich zu berichten.")
    last = re.fullmatch(r"[A-ZÄÖÜa-zäöüß][\wäöüß-]*(?:\s[a-zäöüß]+){0,3}\s([a-zäöüß]{4,})\.", text)
    if last and not CONFIDENTIAL_MARKING.search(last.group(1).capitalize()):
        return False      # a sentence's last words, its verb at the end ("Verschlusssache eingestuft.")
    if "(" in text and _QUALIFIED_ITEM.search(text):    # (the test first: the search is slow on long lines)
        return False      # "2. Beschwerdestatistik 2023 (nichtöffentlich)": an item of a list is marked, not the letter
    after = _BOXES_AFTER_LABELS.search(text)
    if after:             # "öffentlich X nichtöffentlich □": the box after the marking decides
        return after.group("box") in TICKED
    boxed = _BOXED_MARKING.search(text)
    if boxed:             # "Status: X öffentlich D nichtöffentlich": the box before the marking decides
        return _ticked(boxed)
    if _CHOICE.search(text):
        return False      # both choices printed: a form's choice, decided by its boxes (find_confidential)
    m = CONFIDENTIAL_MARKING.search(text)
    words = re.findall(r"[A-Za-zÄÖÜäöüß]{2,}", text)
    # "… enthält die nichtöffentliche" / "Anlage 1.": an article before the inflected word, its noun on the next line
    inflected = bool(m) and bool(_ATTRIBUTIVE.search(m.group())) and bool(_ARTICLE_BEFORE.search(text[:m.start()]))
    if m and not MARKING_CONTEXT_WORDS.search(text) and len(words) <= 8 and not inflected:
        return True
    if m and not MARKING_CONTEXT_WORDS.search(text) and re.fullmatch(r"[\s–—-]*", text[m.end():]) and not text.endswith(".") \
            and not _ATTRIBUTIVE.search(m.group()):
        return True       # a running header that ends with the marking: "Hansestadt Rostock   VS – Nur für den Dienstgebrauch"
    if m and m.start() <= 2 and re.match(r"\s*[–—:-]\s|\s*(?:[–—:-]\s*)?nur\s+(?:zur|zum|für)\b", text[m.end():]):
        return True       # "VERTRAULICH – nur zur Unterrichtung der Mitglieder …" (OCR may drop the dash)
    if m and m.start() <= 2 and m.group()[:1].isupper() and not _ATTRIBUTIVE.search(m.group()) \
            and not MARKING_CONTEXT_WORDS.search(text) and re.match(r"\s*(?:[|·•–—-]\s*)?[A-ZÄÖÜ\d]", text[m.end():]):
        return True       # a running header that opens with the marking: "VS – Nur für den Dienstgebrauch   Landratsamt …, Seite 2"
    if m and m.start() <= 2 and m.group().isupper() and len(m.group()) >= 6 and not _ATTRIBUTIVE.search(m.group().lower()):
        return True       # the marking in capitals opening its line, whatever follows it (OCR lost the dash of
                          # "NICHTÖFFENTLICH – Vorlage für die nichtöffentliche Sitzung …"): capitals are no sentence
    if len(words) > 6:
        return False
    squeezed = re.sub(r"[^A-ZÄÖÜ]", "", text.upper().replace("SS", "S"))
    for word in MARKING_WORDS:   # OCR damage: 'VAZHUS FÜR DEN DIENSTGEBRAUCH', 'VERTRAULlCH'
        if (word in MARKING_ANYWHERE and word in squeezed) or (abs(len(squeezed) - len(word)) <= 2 and _near(squeezed, word)):
            return True
    return False


# A running header or footer is a row of parts set apart by dashes, bars or wide gaps ("nichtöffentlich – Ortschaft
# Schönfeld-Weißig – Beschlusskontrolle … – Seite 2"); a marking is one part of its own, and a word OCR made of a
# speck at the row's edge ("Trennen nichtöffentlich – …") stays with its part instead of hiding the marking.
_RUNNING_PARTS = re.compile(r"\s+[–—|·•-]\s+|\s{3,}")


def running_parts(lines) -> list[str]:
    """Each running line, then each of its parts."""
    return [part for line in lines for part in (line, *_RUNNING_PARTS.split(line)) if part.strip()]


def _near(a: str, b: str) -> bool:
    """At most one wrong glyph in six."""
    least = 1 - 1 / 6
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    # the cheap upper bounds first: most lines are far from every marking word
    return matcher.real_quick_ratio() >= least and matcher.quick_ratio() >= least and matcher.ratio() >= least


def find_confidential(lines: list[str], checkboxes: tuple[tuple[str, bool], ...]) -> tuple[bool | None, list[str]]:
    """The contract's rule: a marking such as 'nicht öffentlich' makes a letter confidential;
    otherwise the box before 'vertraulich' decides; a form label without a visible box
    cannot be decided."""
    listed = _annex_items(lines)
    own = _own_status(lines[:40])
    if own:     # the form states its own status: its consultation table's column tells how each session treats it
        listed |= _session_rows(lines) | _consultation_cells(lines)
    answered = None       # the form's yes/no question, when it was asked: a marking elsewhere still wins
    for k, line in enumerate(lines):
        if _YES_NO.match(line.strip()):
            answered = yes_no_answer(line)
            if answered is None:
                return None, ["the form's question 'vertraulich: ja / nein' was found, but its boxes cannot be read: "
                              "treated as confidential; check the original"]
        if k not in listed and is_marking(line):
            return True, []
    if answered is not None:
        return answered, []
    if own and not CONFIDENTIAL_STATEMENT.search(" ".join(line.strip() for line in lines)):
        return own.lower() != "öffentlich", []
    if CONFIDENTIAL_STATEMENT.search(" ".join(line.strip() for line in lines)):
        return True, []
    for line in lines:
        # (not a sentence's end: "… fand nichtöffentlich statt; dieses Schreiben ist öffentlich.")
        if _CHOICE.search(line) and not (line.rstrip().endswith(".") and not BOX_GLYPH.search(line)):
            after = _BOXES_AFTER_LABELS.search(line)
            if after:       # "öffentlich X nichtöffentlich □": each box follows its label
                return after.group("box") in TICKED, []
            boxed = _BOXED_MARKING.search(line)
            if boxed:
                return _ticked(boxed), []
            if _PUBLIC_UNTICKED.search(line):
                return True, []     # "D öffentlich & nichtöffentlich": public is not ticked, whatever OCR made of the other box
            return None, ["the form's choice 'öffentlich / nichtöffentlich' was found, but its boxes cannot be "
                          "read: treated as confidential; check the original"]
    for k, line in enumerate(lines):
        m = BOX_LINE.match(line.strip())
        if not m:
            continue
        box = (m.group("box") or "").strip()
        if not box:
            previous = next((p.strip() for p in reversed(lines[:k]) if p.strip()), "")
            if len(previous) == 1 and previous in TICKED + UNTICKED:
                box = previous
        if box.startswith("["):
            return ("x" in box.lower()), []
        if box and box in TICKED:
            return True, []
        if box and box in UNTICKED:
            return False, []
        for label, ticked in checkboxes:
            if label == "vertraulich":
                return ticked, []
        return None, ["'vertraulich' form label found, but its checkbox cannot be seen: treated as confidential"]
    for label, ticked in checkboxes:
        if label == "vertraulich":
            return ticked, []
    for line in lines[:30]:
        # a printed box before the label ending a line of other words ("an Fraktionen des Stadtrates □ vertraulich"):
        # the glyph itself, no letter OCR may have made of it, says ticked or not
        printed = _GLYPH_BEFORE_LABEL.search(line)
        if printed:
            return printed.group("box") in TICKED, []
    if any(_LABEL_AT_LINE_END.match(line.strip()) or _LABEL_AT_LINE_START.match(line.strip()) for line in lines[:30]):
        return None, ["'vertraulich' form label found at the end or the start of a letterhead line, its checkbox lost: "
                      "treated as confidential; check the original"]
    if any(_BOX_IN_WORD.search(line) for line in lines[:40]):
        return None, ["a form's checkbox ran into the text of another line (the letterhead's columns overlap), "
                      "so its label cannot be read: treated as confidential; check the original"]
    return False, []


# A form's field stating the document's own status: "Öffentlichkeitsstatus  öffentlich".
_OWN_STATUS = re.compile(r"^(?:Öffentlichkeitsstatus|Öffentlichkeit\s+der\s+Vorlage|Status)\s*:?\s+"
                         r"(?P<status>öffentlich|nicht\s*-?\s*öffentlich|vertraulich)\s*$", re.I)
# A consultation table's heading ("Beratung  Tag  Behandlung") or its treatment column's heading alone.
_SESSION_TABLE = re.compile(r"^(?:(?:Beratung(?:sfolge)?|Gremium)\b.*\b|(?:[A-ZÄÖÜ][\w/.]*\s+){1,3})?(?:Behandlung|Sitzungsart|Öffentlichkeit)\s*$")
_SESSION_ROW = re.compile(r"^(?:.*\d{1,2}\.\d{1,2}\.(?:19|20)?\d{2}.*|(?:nicht\s*-?\s*)?öffentlich)$", re.I)


def _own_status(lines: list[str]) -> str | None:
    """The status word of a form's own field: "Öffentlichkeitsstatus  öffentlich" on one line, or a row of
    labels ("Datum  Öffentlichkeitsstatus  Aktenzeichen") over its row of values ("15.05.2023  öffentlich")."""
    stated = next((m.group("status") for line in lines if (m := _OWN_STATUS.match(line.strip()))), None)
    if stated:
        return stated
    for k, line in enumerate(lines):
        if re.search(r"\bÖffentlichkeitsstatus\b", line):
            below = next((x.strip() for x in lines[k + 1:k + 3] if x.strip()), "")
            words = re.findall(r"(?<![\w-])(?:nicht\s*-?\s*öffentlich|öffentlich|vertraulich)\b", below, re.I)
            if len(words) == 1:
                return words[0]
    return None


def _session_rows(lines: list[str]) -> set[int]:
    """The rows of a form's consultation table (each session's date and treatment, "06.06.2024
    öffentlich"), or the treatment column under its heading when a layout read it apart."""
    rows: set[int] = set()
    for k, line in enumerate(lines):
        if not _SESSION_TABLE.match(line.strip()):
            continue
        for j in range(k + 1, min(len(lines), k + 14)):
            if lines[j].strip() and not _SESSION_ROW.match(lines[j].strip()):
                break
            rows.add(j)
    return rows


def _consultation_cells(lines: list[str]) -> set[int]:
    """A status word alone on its line within a form's "Beratungsfolge" block (up to its text's first section,
    "Sachverhalt", or its title, "Kurztitel"): a cell of the consultation table whose columns the layout read
    apart, even each cell on a line of its own ("Beratung" / "Tag" / "Behandlung" / "Stadtrat" / "öffentlich")."""
    cells: set[int] = set()
    for k, line in enumerate(lines):
        if not (re.match(r"\W{0,2}Beratung(?:sfolge)?\b", line.strip()) or _SESSION_TABLE.match(line.strip())):
            continue
        for j in range(k + 1, min(len(lines), k + 20)):
            text = lines[j].strip()
            if re.match(r"(?:Sachverhalt|Begründung|Sachdarstellung|Inhalt|Kurztitel|Betreff)\b", text):
                break
            if re.fullmatch(r"(?:nicht\s*-?\s*)?öffentlich", text, re.I):
                cells.add(j)
    return cells


_ANNEX_HEADING = re.compile(r"^\W{0,2}(?:Anlagen?|Anhänge|Anhang|Beilagen?)\s*:?\s*$")


def _annex_items(lines: list[str]) -> set[int]:
    """The lines of a list under an "Anlagen" heading, to its first blank line: an item marked
    "(nichtöffentlich)" there marks that annex, not the letter (unless the line names the letter)."""
    items: set[int] = set()
    for k, line in enumerate(lines):
        if not _ANNEX_HEADING.match(line.strip()):
            continue
        for j in range(k + 1, len(lines)):
            if not lines[j].strip():
                break
            if not _THIS_LETTER.search(lines[j]):
                items.add(j)
    return items


# A checkbox between letters: a form's box and its label printed over another column's line, their
# characters interleaved in the text layer ("Liegensch☒af tveenrtraulich"). What the box marks is unknown.
_BOX_IN_WORD = re.compile(r"[A-Za-zÄÖÜäöüß][☐☒☑□■◻▢⊠][A-Za-zÄÖÜäöüß]")


# A form's label run into another column's line, its box lost in the text ("An: Stadtbezirksbeirat
# Pieschen   vertraulich"): not a sentence about it ("… sind vertraulich") and not the marking (capitals).
# ... or at the start of one, another field beside it ("vertraulich   Anzahl der Anlagen 0"): its box lost too
_LABEL_AT_LINE_START = re.compile(r"^vertraulich\s+[A-ZÄÖÜ]")
_GLYPH_BEFORE_LABEL = re.compile(r"\s(?P<box>[☐☒☑□■◻▢⊠])\s*vertraulich\s*$")
_LABEL_AT_LINE_END = re.compile(r"^(?!.*\b(?:ist|sind|wird|werden|bleibt|bleiben|als|zu|nicht)\b)\S.{2,80}\svertraulich$")


# A stamp's word that ends like a marking but is not "öffentlich" itself ("TORFENTLICH" for "NICHTÖFFENTLICH",
# "ERTRAULICH"): OCR damaged a marking stamp, whose meaning is then not known.
_DAMAGED_MARKING = re.compile(r"^(?!(?:ÖFFENTLICH|OFFENTLICH|öffentlich|Öffentlich)$)"
                              r"(?:[A-Za-zÄÖÜäöüß]{2,}FENTLICH|[A-Za-zÄÖÜäöüß]*TRAULICH)$")


def damaged_marking(stamps: tuple[str, ...]) -> str | None:
    """The first word of a stamp's reading that looks like a marking OCR damaged, or None."""
    return next((word for stamp in stamps for word in re.findall(r"[A-Za-zÄÖÜäöüß]+", stamp) if _DAMAGED_MARKING.search(word)), None)
