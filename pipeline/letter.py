"""Document -> Record: the table of contents of understanding a letter.

    sections      header / reference / body / closing
    header        city, department, file number, date, recipients, confidentiality
    reference     resolution(s), session number(s), subject(s)
    mandates      quoted points, answers, statuses, deadlines
    closing       next review, report type, signatories
"""
from __future__ import annotations

import itertools
import re
from datetime import date

from models import Alias, Mandate, Person, Record, Source, overall_status
from pipeline import closing, header, letterhead_columns
from pipeline.dates import find_dates
from pipeline.deadlines import find_deadlines
from pipeline.lexicon import (ASKS_FOR_REPORTS, BODY_MOTION, CARRIER_FORM, DECLARES, FORM_KIND, LOOKALIKE_WORDS, NEXT_SECTION, NO_DATE_CELL, ORDERS, OTHER_GENRE,
                               OTHER_GENRE_HEADS, PRESS_GENRE_BESIDE, QUOTE_INTRO_THEN_QUOTE, RECEIPT, RECEIPT_ALONE, REPORT_TITLE, STATUS_CELL,
                               STRUCTURE_WORDS)
from pipeline.marking import BOX_GLYPH, damaged_marking, find_confidential, is_marking, running_parts
from pipeline.answers import REPORT_ON_RESULT, clean_quote, clean_response, introduces_quote
from pipeline.mandates import is_artefact, read_body, running_lines
from pipeline.numbering import letters_for_first_number
from pipeline.markers import bracketed_quotes, hanging_markers, numbered_sections, run_on_sequences
from pipeline.memo import new_letter
from pipeline.nlp import by_length, lexicon, mend_words, split_run_together
from pipeline.read import Document
from pipeline.references import find_resolutions, find_sessions, has_resolution
from pipeline.sections import ACK, GREETING, SALUTATION, SECTION_HEADING, Sections, split_sections
from pipeline.status import answer_for_point, beyond_see_point, keeps_prohibition, see_point, sentence_status, sentences_dated_for, sentences_naming, split_by_naming, split_sentences
from pipeline.status_model import classify
from pipeline.tables import answers_table, heading_row, indented_heading, spaced_table
from pipeline.text import RUNS_ON, clean_value, join_lines, normalize, sentence_spans, text_columns, within_one_edit

def _own_number(lines: list[str], resolution: str | None) -> str | None:
    """Without a labelled file number, a form's own number is the letter's reference."""
    number = header.own_number([line for line in lines if line.strip()])
    return number if number != resolution else None


_DANGLING = re.compile(r"(?:\b(?:Drucksache|Vorlage|Beschluss|Antrag|Nr\.|Drs\.|Drucks\.|DS)|\(Drucksache)(?:\s+[A-Z]{1,4})?\s*$"   # "(Beschluss VV" / "11/2023)"
                       r"|^[IVX]{1,4}\.\s.*\b(?:zur|zum|zu|des|der|vom)\s*$")   # "II. Beschluss … zur" / "Vorlage VO/23/…"


# "… vom 12.09.2022 (OR" / "SW/011/2022)": a session code whose body the line break cut off
# (or its label: "… vom 07.12.2023 (Sitzung" / "AA/2023/05)")
_OPEN_CODE = re.compile(r"\([A-ZÄÖÜ][A-Za-zÄÖÜ]{0,3}\s*$|\bSitzung(?:snummer|s-Nr\.)?\s*:?\s*$")


def _split_session(line: str, following: str) -> bool:
    if not _OPEN_CODE.search(line):
        return False
    whole = [s for s, *_ in find_sessions(line.rstrip() + " " + following.strip())]
    return bool(whole) and whole[-1] not in [s for s, *_ in find_sessions(following)]


def _join_dangling_context(lines: list[str]) -> list[str]:
    """A reference broken after its context word ("… (Drucksache" / "Nr. 28813-23)"), or before its
    decision's date, is one line again."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        if k + 1 < len(lines) and lines[k + 1].strip() and (
                _DANGLING.search(line) and not has_resolution(line) and has_resolution(line + " " + lines[k + 1].strip())
                or _split_session(line, lines[k + 1])
                # "… des Gemeinderatsbeschlusses G-24/118" / "vom 23.07.2024": when it was decided, not the subject
                or has_resolution(line) and re.fullmatch(header.DECISION_DATE, lines[k + 1].strip())
                # an identifier broken at its slash: "(Sitzungsvorlage Nr. 20-26" / "/ V 07415)"
                or re.search(r"\d$", line) and re.match(r"/\s?[A-Z]{0,3}\s?\d", lines[k + 1].strip())
                and has_resolution(line + " " + lines[k + 1].strip())):
            out += [line + " " + lines[k + 1].strip(), ""]
            k += 2
            continue
        out.append(line)
        k += 1
    return out


# "Betreff:", and a form's numbered section "1. Gegenstand der Vorlage:"
_SUBJECT_LABEL = r"(?:Betreff|Betr\.|(?:\d\.\s*)?Gegenstand\s+der\s+Vorlage)"
# "Mehr Sitzbänke an der Spree – Schlussbericht": the genre after a dash is no part of the subject
# (after a title in quotes, OCR may lose the dash: "„Dachbegrünung …“ Sachstand")
_GENRE_SUFFIX = re.compile(r"(?:\s+[–—-]\s+|(?<=[“\"”«])\s+)(?:(?:Zwischen|Schluss|Abschluss|Sachstands|End)bericht|Sachstand|Zwischenstand)$")


_DECISION_DATE_EDGE = re.compile(r"^(?:vom|am)\s+\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\s*(?:[–—-]\s*(?=\S)|(?=[A-ZÄÖÜ„\"]))"
                                r"|\s+(?:beschlossen|gefasst)\s+(?:am|vom)\s*:?\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}$")
# Where a paper is given, under its reference: "Bekanntgabe in der Sitzung des Ausschusses … am 27.05.2025"
_VENUE = re.compile(r"(?:Bekanntgabe|Beratung|Vorlage)\b.*\bSitzung\b.*\b(?:am|vom)\s+\d{1,2}\.\s?\d{1,2}\.")
# A form's row naming whom the letter is for or where it was decided: no subject.
_ADDRESS_LABEL = re.compile(r"^(?:An|Empfänger|Gremium|Sitzung|Verteiler)\s*:")


# A note after the title on when and where it was decided: "(Ratsversammlung vom 16.02.2022, RBVII-2214/22)"
_DECISION_NOTE = re.compile(r"\s*\((?:[A-ZÄÖÜ][\wäöüß.-]*\s+(?:(?:des|der)\s+[A-ZÄÖÜ][\wäöüß.-]*\s+)?){0,3}(?:vom|am)\s+\d[^()]*\)?$"   # "(Sitzung des Rates am …)"
                            r"|\s*;\s*(?:\w*[Bb]eschluss|Sitzung)\b[^;]{0,80}?\b(?:vom|am)\s+\d[^;]*$"   # "…; Beschluss der Gemeindevertretung vom 13.12.2022, Ziffer 3"
                            r"|\s*\((?:[\w-]*[Ss]itzung|Sitzungs-?Nr\.)\s*:?\s*[\w./-]*\d[\w./-]*\)$"   # "(Stadtratssitzung 13/2023)"
                            r"|^\((?:[A-ZÄÖÜ][\wäöüß.-]*\s+){0,3}(?:vom|am)\s+\d[^()]*\)\s*(?=\S)")   # or before it: "(Sitzung vom 07.05.2024) Erweiterung …"


def _betreff(lines: list[str]) -> str | None:
    """A form's 'Betreff:' line that names no identifier: the subject."""
    for k, line in enumerate(lines):
        m = re.match(rf"^\W{{0,2}}{_SUBJECT_LABEL}\s*:\s*(?P<subject>.{{6,}})$", line.strip()) \
            or re.match(rf"{header.SUBJECT_LABEL.pattern}(?P<subject>[^:]{{6,}})$", line.strip())   # a form's row "Titel  Sanierung …"
        if not m and (re.match(rf"^\W{{0,2}}{_SUBJECT_LABEL}\s*:\s*$", line.strip())
                      or header.BARE_SUBJECT_LABEL.fullmatch(line.strip())):   # the label alone ("Betreff"), its value below
            below = next((x.strip() for x in lines[k + 1:k + 3] if x.strip()), "")
            m = re.match(r"^(?P<subject>[^:]{6,})$", _GENRE_SUFFIX.sub("", below))
            m = m if m and not REPORT_TITLE.search(m.group("subject")) else None   # "Sachstand zum Beschluss …": a title, no subject
        if m and not has_resolution(m.group("subject")):
            # the genre named before the subject is no part of it: "Beschlussverfolgung – Schulessen: …"
            subject = re.sub(rf"^(?:{REPORT_TITLE.pattern})\s*[–—:-]\s*", "", m.group("subject"), flags=re.I) or m.group("subject")
            below = lines[k + 1].strip() if k + 1 < len(lines) else ""
            # the value wraps: after a word that needs more, or onto a line in lower case ("… DGE-Qualitätsstandards" /
            # "verbindlich einführen")
            if (RUNS_ON.search(subject) or below[:1].islower()) and below and ":" not in below \
                    and not has_resolution(below):
                subject += " " + below
            return clean_value(subject)
    return None


def _title_subject(lines: list[str]) -> str | None:
    """The line under the genre title when no identifier stands there ("Abschlussbericht zum
    Beschluss" / "Kulturförderung in der Pandemie …")."""
    for k, line in enumerate(lines):
        named = REPORT_TITLE.search(line)
        after = re.search(r"^[^()]*?:\s+(?P<title>[A-ZÄÖÜ„\"].+)$", line[named.end():]) if named else None   # (not "(Sitzungsnummer: …")
        if after and not has_resolution(after.group("title")):
            # "Sachstand zum Beschluss … vom 23.11.2023: Sichere Gehwege an der" / "Elbchaussee (Drs. 22-0917)":
            # the title after the colon, wrapped, without the identifier set after it in brackets
            title = after.group("title").strip()
            below = lines[k + 1].strip() if k + 1 < len(lines) else ""
            if below and not re.search(r"[.:]$", title) and (m := re.match(r"^(?P<rest>[^()]*?)\s*\([^()]*\)$", below)) \
                    and has_resolution(below) and not has_resolution(m.group("rest")):
                title = f"{title} {m.group('rest')}".strip()
            return clean_value(title.strip('"„“ '))
        quoted = header.QUOTED_NAME.match(line[named.end():].lstrip()) if named else None
        if quoted and re.match(r"\s*(?:[–—-]|$)", line[named.end():].lstrip()[quoted.end():]):
            return clean_value(quoted.group("title"))    # 'Sachstand „Sauberes Quartier“ – Umsetzung des Beschlusses V412/2024'
        dated = re.match(rf"^\s*{header.DECISION_DATE}(?P<title>[A-ZÄÖÜ„\"].{{3,}})$", line[named.end():]) if named else None
        if dated and not has_resolution(dated.group("title")):
            # "Sachstand zum Beiratsbeschluss vom 05.09.2024 – Querungshilfe Hemmstraße": the title after the date
            return clean_value(_title_goes_on(dated.group("title"), lines, k).strip('"„“ '))
        if named and not FORM_KIND.match(line.strip()):
            following = [x.strip() for x in lines[k + 1:k + 3] if x.strip()]
            if following and not SALUTATION.match(following[0]) and not heading_row(following[0]):
                # "Beschluss des Beirates Schwachhausen vom 14.03.2024: Schulwegsicherheit" / "Carl-Schurz-Straße":
                # after when it was decided, the title's paragraph
                title = header.DECISION_PREFIX.sub("", following[0])
                if title != following[0]:
                    title = _title_goes_on(title, lines, next(i for i in range(k + 1, len(lines)) if lines[i].strip()))
                return clean_value(_without_genre(title).strip('"„“ '))
    for k, line in enumerate(lines):      # no genre title: "Beiratsbeschluss vom 16.05.2024 – Tempo 30 in der Parkallee"
        m = header.DECISION_LINE.match(line.strip()) and re.match(rf".*?{header.DECISION_DATE}(?P<title>[A-ZÄÖÜ„\"].{{3,}})$", line.strip())
        if m:
            return clean_value(_title_goes_on(m.group("title"), lines, k).strip('"„“ '))
        if header.DECISION_LINE.match(line.strip()) and re.fullmatch(rf".*?{header.DECISION_DATE}", line.strip()):
            # "Beschluss des Beirats Vahr vom 14.09.2023" / "Sicherer Schulweg …": the title on the line below
            title = _title_goes_on("", lines, k).strip()
            if title and not _no_title(title):
                return clean_value(title.strip('"„“ '))
    return None


def _without_genre(title: str) -> str:
    """A title as the heading's line holds it, without the heading's words around it: "über Öffentliche
    Toiletten … – Schlussbericht zur" (the identifier on the next line) is "Öffentliche Toiletten …"."""
    title = re.sub(r"^über\s+(?=[A-ZÄÖÜ„\"])", "", title)
    dash = re.search(r"\s+[–—-]\s+(?P<tail>\S.*)$", title)
    return title[:dash.start()] if dash and REPORT_TITLE.match(dash.group("tail")) else title


def _title_goes_on(title: str, lines: list[str], at: int) -> str:
    """A title after when it was decided, with the rest of its paragraph: a short line below it
    ("… vom 14.03.2024: Schulwegsicherheit" / "Carl-Schurz-Straße")."""
    below = lines[at + 1].strip() if at + 1 < len(lines) else ""
    if below and len(below) <= 60 and not below.endswith((".", ":")) and not _FIRST_POINT.match(below) \
            and not SALUTATION.match(below):
        return f"{title} {below}"
    return title


def _undated_title(title: str | None) -> str | None:
    """A title under the genre heading that names no date, session or identifier (such lines say when and
    where it was decided: "Beschluss des Ausschusses … vom 14.11.2024", "(Sitzungsnummer: SR/040/2022)")."""
    return title if title and not find_dates(title) and not has_resolution(title) and not find_sessions(title) else None


_ANNEX_TITLE = re.compile(r"^\s*Anlage\s+\d{1,2}\s*:\s*[A-ZÄÖÜ]")
# A form's field with a short value on its line: "Vertraulichkeit: Nein", "Anlagen: keine Beratungsergebnis: –".
_FORM_FIELD = re.compile(r"^\s*[A-ZÄÖÜ][\wäöüß/.-]+(?:\s[\wäöüß/.-]+)?:\s*(?:\S+(?:\s+\S+){0,4})?\s*$")


def _signature_without_greeting(parts: Sections) -> Sections:
    """A letter that closes without a greeting ends its body with the signature block: move
    the trailing name and role lines (with 'gez.', 'In Vertretung') to the closing."""
    if not parts.body or parts.closing and not ACK.match(parts.closing[0].strip()):
        return parts        # a greeting opened the closing: the signatures are there
    body = parts.body
    annexes = [j for j in range(len(body) - 1, max(-1, len(body) - 8), -1)
               if re.match(r"^\s*Anlage(?:n|/n|\(n\))?(?:\s+\d{1,2})?\s*(?::.*|keine\.?)?\s*$", body[j])]
    # (an annex printed after the signature, its title on its first line: "Anlage 1: Kostenverfolgung …", a table below)
    annexes += [j for j in range(max(0, len(body) - 8), max(-1, len(body) - 40), -1) if _ANNEX_TITLE.match(body[j])]
    # "Anlagen" / "keine" ("Anlage/n: keine") after the signature: the annex list is no signature; else signed under the annex list
    running = running_lines(body)
    k = next((k for annex in annexes if (k := _signature_start(body, annex, running)) is not None), None)
    if k is None:
        k = _signature_start(body, len(body), running)
    if k is None:
        # a form's fields printed under the signature ("Vertraulichkeit: Nein", "Anlagen: keine")
        # (and a received stamp among them: "Büro der Stadtverordnetenversammlung:" / "Eing. 11. OKT. 2023")
        fields, moved = len(body), True
        while moved and len(body) - fields < 10:
            end = fields
            while fields > 0 and (not body[fields - 1].strip() or _FORM_FIELD.match(body[fields - 1])) and len(body) - fields < 10:
                fields -= 1
            fields = _received_stamp_above(body, fields)
            moved = fields < end
        if fields < len(body) and any(_FORM_FIELD.match(line) for line in body[fields:]):
            k = _signature_start(body, fields, running)
    if k is None:
        return parts
    block = [line for line in body[k:] if not is_artefact(line)]
    return Sections(parts.header, parts.reference, body[:k], block + parts.closing)


# A received stamp read into the text under a signature: its label line ("Eingang: Gemeinde Groß Köris",
# "Eing. 17.08.23") or a line that is only its date ("FEB. 2024", "5.04.2023")
_RECEIVED_LABEL = re.compile(rf"^(?:{RECEIPT}|Eing\.)(?:\s|:|$)", re.I)


def _without_receipt_stamp(lines: list[str]) -> list[str]:
    """The reference's lines without a registry stamp OCR read among them: its receipt word alone on its line and
    the office or date under it ("EINGEGANGEN" / "Ratsbüro"), which no title is."""
    out, k = [], 0
    while k < len(lines):
        if RECEIPT_ALONE.match(lines[k].strip()):
            below = lines[k + 1].strip() if k + 1 < len(lines) else ""
            k += 2 if below and (len(below.split()) <= 2 and not below.endswith(".") or _stamp_line(below)) else 1
            continue
        out.append(lines[k])
        k += 1
    return out


def _stamp_line(text: str) -> bool:
    if _RECEIVED_LABEL.match(text):
        return True
    dates = find_dates(text)
    return len(dates) == 1 and not re.search(r"\w", text[:dates[0].start] + text[dates[0].end:])


def _stamp_words(text: str) -> bool:
    """A received stamp's office in capitals, apart from its date ("KREISTAGSBÜRO" / "" / "06. MAI 2024"): no post, no name."""
    return text.isupper() and len(text.split()) <= 3 and not re.search(r"\d", text) and not closing.is_role(text)


def _signature_start(body: list[str], end: int, running: set[str]) -> int | None:
    """Where the name and role lines ending at `end` begin; None when no name is among them."""
    k, named = _received_stamp_above(body, end), False
    while k > 0 and end - k < 10:
        text = body[k - 1].strip()
        if text and not named and (is_marking(text.strip("–- ").split(" – ")[0]) or _stamp_line(text) or _stamp_words(text)) \
                or is_artefact(text) or re.sub(r"\d+", "#", text) in running or named and _scribble(text):
            k -= 1                # a marking under the signature ("– nicht öffentlich –"), a stamp's date, a page's footer,
            continue              # OCR's reading of the handwriting over the name ("MLvmn [vn")
        if text and _under_section_heading(body, k - 1):
            break                 # "Beteiligte Stellen" / "Referat Wirtschaft, …": a form's section lists units, not signers
        sentence = len(text) > 25 and text.endswith(".")      # "… nimmt den Bericht zur Kenntnis.": body text
        above = next((x.strip() for x in reversed(body[max(0, k - 3):k - 1]) if x.strip()), "")
        # a role's last words on a line of their own ("Bezirksstadtrat für Ordnung und öffentlichen" / "Raum")
        # or a role broken after a comma ("Beigeordneter für Stadtentwicklung," / "Bau, Verkehr und Liegenschaften")
        # (or the field a post is for, over a line: "Bürgermeisterin und Beigeordnete" / "für Jugend, Schule und Sport")
        tail = (bool(re.fullmatch(r"(?:[A-ZÄÖÜ]|und\s|für\s)[\wäöüß-]+(?:\s[\wäöüß-]+){0,2}", text))
                or bool(re.fullmatch(r"für\s[\wäöüß-]+(?:,?\s[\wäöüß-]+){1,5}", text))
                or re.search(r"(?:,|\bund|\bfür)$", above) and len(text.split()) <= 6) and closing.is_role(above) \
            and not closing.is_name(above)
        # (or a few lines up, the other column's lines read between: "Beigeordnete für Bildung, Jugend und" /
        # "Kenntnisnahme" / "Hartmut Seibold" / "Sport")
        tail = tail or bool(re.fullmatch(r"[A-ZÄÖÜ][\wäöüß-]+", text)) and any(
            re.search(r"(?:,|\bund|\bfür)$", x.strip()) and closing.is_role(x.strip()) for x in body[max(0, k - 7):k - 1])
        below = next((x.strip() for x in body[k:] if x.strip()), "")
        # two signers' blocks run into single lines; a name and role on one ("Carsten Oellerich, Bezirksamtsleiter",
        # "Stadträtin Dr. Miriam Oppermann-Lenz")
        pair = bool(text) and (closing.names_side_by_side(text, below) or closing.name_comma_role(text) is not None
                               or closing.role_then_name(text) is not None)
        if text and (sentence or not (closing.signed_name(text, below) or closing.is_role(text) or closing.DEPUTY.match(text)
                                      or tail or pair)):
            break
        deputy = closing.DEPUTY.match(text)
        named = named or pair or closing.signed_name(deputy.group("rest") if deputy else text, below, marked=closing.signed_copy(text))
        k -= 1
    return k if named else None


def _under_section_heading(body: list[str], j: int) -> bool:
    """Whether line j is in a short paragraph under a heading of a form's sections alone on its
    line ("Beteiligte Stellen"; not a row with its value, "Rechtsgrundlage: § 13 …")."""
    for k in range(j, max(-1, j - 4), -1):
        text = body[k].strip()
        if not text or k < j and len(text) > 25 and text.endswith("."):
            return False      # (a sentence between: the section's text ended, "Keine über die … hinaus." / "gez.")
        if NEXT_SECTION.match(text) and not re.search(r":\s*\S", text):
            return True
    return False


def _scribble(text: str) -> bool:
    """A short line of no known words, no sentence: what OCR makes of a handwritten signature."""
    words = re.findall(r"[A-Za-zÄÖÜäöüß]{2,}", text)
    known = lexicon()
    return len(text) <= 20 and not text.endswith((".", ":", ",")) and bool(words) \
        and not any(w in known or w.lower() in known for w in words) and not closing.is_name(text)


def _received_stamp_above(body: list[str], end: int) -> int:
    """Where a received stamp read into the text under the signature begins: a paragraph of up to four
    short lines, one of them only a date ("Bezirksamt Ehrenfeld" / "09. SEP. 2024" / "BV-Geschäftsf.")."""
    k = end
    while k > 0 and not body[k - 1].strip():
        k -= 1
    start = k
    while start > 0 and body[start - 1].strip():
        start -= 1
    block = [line.strip() for line in body[start:k]]
    if start > 0 and 2 <= len(block) <= 4 and any(find_dates(line) and _stamp_line(line) for line in block) \
            and all(_stamp_line(line) or len(line) <= 30 and len(line.split()) <= 3
                    or len(line) <= 45 and line.endswith(":") for line in block):   # "Büro der Stadtverordnetenversammlung:"
        return start
    return end


def _stamped_date(stamps: tuple[str, ...]) -> str | None:
    """The first full date on a stamp ("14. FEB. 2023"), for a letter dated only by its stamp."""
    dates = [d for text in stamps for d in find_dates(text) if d.value.count("-") == 2]
    return dates[0].value if dates else None


def _source(doc: Document) -> Source:
    return Source(path=doc.path, sha256=doc.sha256, media_type=doc.media_type, pages=doc.pages, ocr=doc.ocr)


# A cover letter sending the report on: "anbei übersende ich Ihnen den Sachstandsbericht …", "… in der Anlage übermittle ich".
_FORWARDS_REPORT = re.compile(r"\b(?:anbei|beigefügt|in\s+der\s+Anlage|als\s+Anlage)\b[^.]{0,40}\b(?:übersende|übermittle|überreiche|erhalten)\w*"
                              r"|\b(?:übersende|übermittle|überreiche)\w*\s+(?:ich|wir)\s+Ihnen\b[^.]{0,40}\b(?:anbei|beigefügt|als\s+Anlage)", re.I)
# What only the record of a decision carries: the vote ("Ja 31, Nein 6, Enthaltung 2") and the certification
# of its copy ("Für die Richtigkeit der Ausfertigung", "… des Auszugs").
_RECORD_OF_DECISION = re.compile(r"\bJa\s*:?\s*\d+\s*[,;/]?\s*Nein\s*:?\s*\d+|^Abstimmungsergebnis\b"
                                 r"|^Für\s+die\s+Richtigkeit\s+(?:der\s+Ausfertigung|des\s+Auszug)", re.I)
# A resolution's point that orders reports ("4. Dem Werkausschuss ist … über den Stand der Umsetzung zu berichten."):
# the genre's words, but no report.
_DUTY_TO_REPORT = re.compile(r"^\d{1,2}[.)]\s.*\b(?:zu\s+(?:berichten|informieren|unterrichten)|vorzulegen)\b")


# A report named with an indefinite article is some report, not this one: "… dem Stadtrat jährlich einen
# Sachstandsbericht vorzulegen" (a resolution's point ordering reports).
_SOME_REPORT = re.compile(r"\b(?:ein(?:e[mnrs]?)?|jährlich(?:e[mnrs]?)?)\s+$", re.I)


def _names_itself(line: str) -> bool:
    m = REPORT_TITLE.search(line)
    return bool(m) and not _SOME_REPORT.search(line[:m.start()])


def _names_other_genre(line: str, below: str) -> bool:
    """A heading of another genre: whole, broken after a few words ("Antwort der Verwaltung" / "auf die
    Anfrage …"), with one letter of its first word damaged, or printed beside the letterhead's name."""
    if OTHER_GENRE.match(line) or len(line) <= 30 and OTHER_GENRE.match(f"{line} {below}") or PRESS_GENRE_BESIDE.search(line):
        return True
    # (its first word split by OCR: "Anf rage AF2315/23 – …")
    split = re.match(r"^([A-ZÄÖÜ][a-zäöüß]{1,5}) ([a-zäöüß]{2,})\b", line)
    if split and OTHER_GENRE.match(split.group(1) + line[split.end(1) + 1:]):
        return True
    # (a head word read whole was judged above, with what follows it: "Beantwortung/Umsetzung des Beschlusses" is a report)
    first = re.match(r"[A-Za-zÄÖÜäöüß]{8,}\b", line)
    return bool(first) and any(first.group(0).lower() != head.lower() and within_one_edit(first.group(0).lower(), head.lower())
                               for head in OTHER_GENRE_HEADS)


def _is_report(lines: list[str], reference: list[str], lead: list[str] = ()) -> bool | None:
    """True when the document names itself a report on a resolution, False when it names
    another genre, None when it names neither."""
    top = [line.strip() for line in lines[:40] if line.strip()]
    # whichever genre name stands first decides: "Beschlussverfolgung" above "Beschlussvorlage B-214/2023"
    # is a report on that Vorlage; "Beschlussausfertigung" above "Beschlusskontrolle" is none
    other = next((k for k, line in enumerate(top[:25]) if _names_other_genre(line, top[k + 1] if k + 1 < len(top) else "")), None)
    # a heading broken after its first word ("Mitteilung" / "zum Beschluss VII/2021/02543") is read whole
    report = next((k for k, line in enumerate(top[:25]) if not _DUTY_TO_REPORT.search(line)
                   and (_names_itself(line) or len(line) <= 30 and REPORT_TITLE.match(" ".join(top[k:k + 2])))), None)
    if other is not None and report is not None and other < report and CARRIER_FORM.match(top[other]) \
            and (has_resolution(top[report]) or report - other <= 3):     # (or titled just under it: "Sachstandsbericht")
        other = None     # the session paper carries a report on the resolution its heading names
    if other is not None and _PERIODIC_REPORT.match(top[other]) and _names_itself(top[other]) \
            and any(len(find_resolutions(line)) == 1 and not OTHER_GENRE.match(line) for line in top[other + 1:other + 3]):
        other = None     # "Quartalsbericht Beschlussverfolgung IV/2024" over "Beschluss 1520/22 vom …": the quarter's report on one
    if other is not None and (report is None or other <= report):   # one line: its first words name the genre
        return False
    if reference and re.match(r"^(?:TOP|Tagesordnungspunkt)\s*\d", reference[0].strip()):
        return False  # an agenda item, not a letter's reference line
    if report is None and any(_RECORD_OF_DECISION.search(line) for line in lines):
        return False  # the resolution's own record: its votes, or the certified copy of it
    # a letter without a genre heading says what it is in its first sentences ("Zum Stand der Umsetzung teilen wir …")
    return report is not None or any(REPORT_TITLE.search(line) for line in reference[:3] + [" ".join(lead)]) or None


# A report of the quarter or year, which as a rule lists many resolutions.
_PERIODIC_REPORT = re.compile(r"^(?:Quartals|Jahres|Halbjahres)bericht\b")


# The lead-in of a letter that quotes a resolution: "… hat folgenden Beschluss gefasst:", "… beauftragt,"
# (or a council body's motion, `BODY_MOTION`)
# or that it answers a named resolution: "Zu dem oben genannten Beschluss nimmt das Amt wie folgt Stellung:"
_RESOLVED = re.compile(r"\bBeschluss\b[^.:]{0,60}\bgefasst\b|" + BODY_MOTION + r"|\bbeschlossen\b|\bzugestimmt\b|\bbeschlie(?:ß|ss)t\b|\bbeauftragt\b|\bersucht\b|(?<!Kenntnisnahme\s)\bgebeten\b|\baufgefordert\b|\bfordert\b[^.]{0,80}\bauf\b"
                       # "zum Beschluss des Marktgemeinderates teilen wir …", "zu dem o. g. Beschluss des Stadtrates …"
                       r"|\b(?:[Zz]u\s+(?:dem|diesem|Ihrem|obigem)|[Zz]um)\s+(?:[\w.]+\s+){0,3}Beschluss\b"
                       r"|\b(?:Vollzug|Umsetzung|Stand)\s+des\s+(?:\w+\s+){0,2}Beschlusses\b"   # "zum Vollzug des oben genannten Beschlusses berichte ich"
                       r"|\b[Zz]u\s+(?:\w+\s+){0,3}(?:des|dieses)\s+(?:[\w.]+\s+){0,3}Beschlusses\b"   # "zu den einzelnen Punkten des o. g. Beschlusses"
                       # "… nehmen zu den einzelnen Punkten wie folgt Stellung", "zu den Beschlusspunkten berichten wir"
                       r"|\bzu\s+den\s+(?:einzelnen\s+)?(?:Beschluss)?(?:[Pp]unkten|[Zz]iffern)\b[^.]{0,40}\b(?:Stellung|bericht\w*|informier\w*|mit)\b")


_POINT_HEADING = re.compile(r"^(?:Zu\s+)?Beschluss(?:punkt|ziffer)\s+\d{1,2}\b")


# A title that names its matter, then its aspects: "Spielplatz Wagrierweg: Sanierung und Beteiligung …" (a form's row
# of labels has a one-word label, digits or a second label)
_TITLE_WITH_COLON = re.compile(r"^[A-ZÄÖÜ][^\d:]*\s[^\d:\s]+:\s[^:]+$")


def _session_beside(lines: list[str], identifier: str | None) -> str | None:
    """The session printed in brackets right after an identifier, where a lead-in names several resolutions
    with theirs: "zu den Beschlüssen V1689/17 (SR/035/2017) und A0290/17 (SR/037/2017)"."""
    if not identifier:
        return None
    for line in lines:
        at = line.find(identifier)
        if at < 0:
            continue
        rest = line[at + len(identifier):]
        found = find_sessions(rest)
        if found and re.fullmatch(r"\s*\((?:Sitzung\s*:?\s*)?", rest[:found[0][1]]) and rest[found[0][2]:].lstrip().startswith(")"):
            return found[0][0]
    # a short session number in brackets after the identifier and its date, on the line or the next:
    # "… AA/034/2023 vom 22.06.2023" / "(AA-S 04/2023)" (a resolution's own numbers run to three digits or more)
    # (found where it is printed, OCR's "AA/O34/2O23" too)
    joined = " ".join(line.strip() for line in lines)
    for value, _, end, _ in find_resolutions(joined):
        m = _SHORT_SESSION_BESIDE.match(joined[end:]) if value == identifier else None
        if m:
            return m.group("session")
    return None


_SHORT_SESSION_BESIDE = re.compile(r"\s*(?:vom\s+\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2}\s*)?\((?:Sitzung\s*:?\s*)?"
                                   r"(?P<session>[A-ZÄÖÜ]{1,5}(?:-[A-ZÄÖÜ]{1,3})?\s?\d{1,2}/(?:19|20)\d{2})\)")


def _answers_a_resolution(body: list[str], named: bool, reference: list[str] = ()) -> bool:
    """A letter whose heading names no genre ("Mitteilung") is a report when it quotes a
    resolution and answers its points: the lead-in names the resolving, most points carry an answer.
    One answered point is enough when the reference names the resolution ("Ihr Beschluss vom … (B-2023-07)")."""
    points, _ = read_body(body, None, [])
    answered = [p for p in points if p.response]
    # (without a lead-in, headings name what is answered as a resolution's points: "Zu Beschlusspunkt 1:"; or the
    # reference names the decision, its body and date: "Bezug: Beschluss des Kreistages vom 26.09.2024 zur Vorlage …")
    return len(answered) >= (1 if named else 2) and 2 * len(answered) >= len(points) \
        and bool(_RESOLVED.search(" ".join(_lead_in(body, tail=3))) or any(_POINT_HEADING.match(line.strip()) for line in body)
                 or named and _DECISION_NAMED.search(" ".join(reference)))


_DECISION_NAMED = re.compile(r"\bBeschluss\s+(?:des|der)\s+[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+){0,2}\s+vom\s+\d")   # "… der Bezirksvertretung Ehrenfeld vom …"


_STRUCTURE_FORMS = by_length(STRUCTURE_WORDS)
# A letterhead's labels, read through one damaged glyph ("Aktcnzeichen:"): a label OCR spoilt hides its value.
_LABEL_FORMS = by_length({"Aktenzeichen", "Geschäftszeichen", "Sachbearbeiter", "Sachbearbeiterin", "Ansprechpartner",
                          "Ansprechpartnerin", "Bearbeiterin", "Drucksache", "Vorlagen-Nr"})
_LABEL_LINE = re.compile(r"^\W{0,2}[A-ZÄÖÜ][\wäöüß-]{6,}\s*:")
# A unit's or a city's head word opening its line, read through one damaged glyph ("Dezeruat Bau und Umwelt",
# "Landcshauptstadt Magdeburg")
_UNIT_FORMS = by_length({"Dezernat", "Geschäftsbereich", "Fachbereich", "Referat", "Abteilung",
                         "Landeshauptstadt", "Universitätsstadt", "Hansestadt", "Kreisstadt", "Bundesstadt", "Landkreis"})
_UNIT_LINE = re.compile(r"^\W{0,2}[A-ZÄÖÜ][\wäöüß]{6,}\b(?=\s+[A-ZÄÖÜ\d])")
# A reference's context word read through one damaged glyph ("Drucksachc 22-0917"): the identifier after it needs it
_REFERENCE_FORMS = by_length({"Drucksache", "Beschlussvorlage", "Sitzungsvorlage", "Vorlage", "Antrag", "Beschluss"})
_REFERENCE_WORD = re.compile(r"(?<![\wäöüß])[A-ZÄÖÜ][a-zäöüß]{5,}(?=\s+(?:Nr\.\s*)?[A-Z]{0,4}[-/ ]?\d)")


# "mit Zlffer 1 des Beschlusses …": a point's word read through one damaged glyph before its number, in running
# text too (a line's first word is mended with the labels); six letters are too few for `mend_words`
_POINT_WORD = re.compile(r"(?<![\wäöüß])[Zz][a-zäöüß1|]{4,6}(?=\s+\d)")


def _point_word(m: re.Match) -> str:
    word = m.group(0)
    return (word[0] + "iffer") if word[1:] != "iffer" and within_one_edit(word[1:].lower(), "iffer") else word


_RULED_LABEL = re.compile(r"^(?P<label>\W{0,2}[A-ZÄÖÜ][\w.\- ]{1,28}:)\s*\|\s+(?=\S)(?!.*\s\|\s)")


# An answer's heading run on after the sentence before it ("… in Betrieb genommen. Zu 2) und 3): Der Förderbescheid …"):
# the heading as the letter's other answer headings print it, with its colon
_INLINE_ANSWER_HEAD = re.compile(r"(?<=[.!?])\s+(?=Zu\s+(?:Ziffer\s+|Punkt\s+)?\d{1,2}[.)]?(?:\s*(?:und|bis|,)\s*\d{1,2}[.)]?)*\s*:\s+[A-ZÄÖÜ])")


def _inline_answer_heads(lines: list[str]) -> list[str]:
    """Lines parted before an answer heading run on after a sentence, where the letter opens a line with
    such a heading elsewhere (its form: "Zu 1):" at a line's start proves what "Zu 2) und 3):" is)."""
    if not any(re.match(r"^Zu\s+(?:Ziffer\s+|Punkt\s+)?\d{1,2}[.)]?\s*:", line.strip()) for line in lines):
        return lines
    return [part for line in lines for part in _INLINE_ANSWER_HEAD.split(line)]


# The lead-in's last word and the quotation on the line after its first: "… folgenden Beschluss" / "gefasst: „Die …"
_INTRO_END_THEN_QUOTE = re.compile(r"^\s*(?:gefasst|beschlossen|lautet|lautete)\s*:\s*(?=[„“\"»]\s*[A-ZÄÖÜ])")


def _quote_off_intro(line: str, above: str = "") -> list[str]:
    m = QUOTE_INTRO_THEN_QUOTE.search(line)
    if not m and re.search(r"\b(?:Beschluss|Folgendes|folgt)\s*$", above.rstrip()):
        m = _INTRO_END_THEN_QUOTE.match(line)
    return [line[:m.end()].rstrip(), line[m.end():].lstrip()] if m else [line]


def parse_letter(doc: Document) -> Record:
    new_letter()      # answers kept for a letter are not another letter's
    warnings = list(doc.warnings)
    # a text file's layout: a table read across its rows (read first: its cells would look like columns),
    # two columns side by side
    text = text_columns("\n".join(spaced_table(indented_heading(header.label_row_over_values(doc.text.split("\n"))))),
                        header.is_field_label) \
        if doc.media_type == "text/plain" else doc.text
    lines = [split_run_together(mend_words(line, _STRUCTURE_FORMS, one_edit=False)) for line in normalize(text).split("\n")]
    lines = [mend_words(m.group(0), _LABEL_FORMS) + line[m.end():] if (m := _LABEL_LINE.match(line)) else line for line in lines]
    lines = [mend_words(m.group(0), _UNIT_FORMS) + line[m.end():] if (m := _UNIT_LINE.match(line)) else line for line in lines]
    lines = [_POINT_WORD.sub(_point_word, _REFERENCE_WORD.sub(lambda m: mend_words(m.group(0), _REFERENCE_FORMS), line)) for line in lines]
    # "Vorlage: | 0427/2023": a form's rule between a label and its value, as a text export keeps it
    lines = [_RULED_LABEL.sub(r"\g<label> ", line) for line in lines]
    # "… hat Folgendes beschlossen: „Die …": the quotation opens a line of its own, as the point readers expect
    lines = run_on_sequences(_inline_answer_heads([part for k, line in enumerate(lines) for part in _quote_off_intro(line, lines[k - 1] if k else "")]))
    # (a two-column table of points or answers read first: its heading would end the subject)
    lines = header.pair_label_column(_join_dangling_context(answers_table(hanging_markers(bracketed_quotes(letters_for_first_number(numbered_sections(lines)))))))
    parts = _signature_without_greeting(split_sections(lines))
    # (a received stamp OCR read among the answers is no part of them: "EINGANG KREISTAGSBÜRO" / "06. MRZ. 2024")
    parts = Sections(parts.header, parts.reference, closing.without_received_stamp(parts.body), parts.closing)
    if parts.reference and introduces_quote(parts.reference[-1]):
        # "… hat folgenden Beschluss gefasst (Drs. 22-1386):" names the resolution and opens its text
        parts = Sections(parts.header, parts.reference, parts.reference[-1:] + parts.body, parts.closing)
    parts = _address_under_title(parts)
    resolutions, ref_warnings = header.parse_reference(_without_receipt_stamp(parts.reference))
    named = _is_report(lines, parts.reference, _lead_in(parts.body)[:6])
    # a resolution named by its identifier, or by its date ("Beiratsbeschluss vom 16.05.2024 – Tempo 30 …")
    dated = any(header.DECISION_LINE.match(line.strip()) for line in parts.header[-4:] + parts.reference)
    if named is False or named is None and not _answers_a_resolution(parts.body, bool(resolutions) or dated, parts.reference):
        return _not_a_letter(doc, lines, warnings)
    if not resolutions:
        found_points, groups = read_body(parts.body, None, [])
        if groups:       # the resolutions are named by headings in the body ("I. Beschluss VII/2022/04123")
            # (the reference may name their one session: "… Beschlüssen … aus der Sitzung vom 21.09.2023 (VGR 06/2023)")
            sessions = {s for s, *_ in find_sessions(" ".join(line.strip() for line in parts.reference))}
            resolutions = [(res, ses or (next(iter(sessions)) if len(sessions) == 1 else None), title) for res, ses, title in groups]
        elif found_points and (carried := _carried_number(parts.header, parts.body)):
            resolutions = [(carried, None, _betreff(parts.header + parts.reference + parts.body[:15]))]
        elif found_points:
            # A report whose identifier is not legible (a scan lost it): a letter still, when it quotes
            # and answers points; the resolution stays empty rather than guessed.
            resolutions = [(None, None, _title_subject(parts.header + parts.reference))]
            warnings.append("resolution identifier not found (illegible or not printed): check the original")
        else:
            return _not_a_letter(doc, lines, warnings)
    warnings += ref_warnings
    own = _own_form_number(parts)
    if own and len(resolutions) > 1 and any(r[0] == own for r in resolutions):
        resolutions = [r for r in resolutions if r[0] != own]   # the form's own number; the resolution is another
    elif own and all(r[0] == own for r in resolutions):
        # the form's title carries its own number; the resolution reported on is named below it, before
        # the points ("Beschluss des Rates vom 12.09.2023 – VO/2023/2876")
        below = [r for r in header.parse_reference(_reference_below(parts.body, own))[0] if r[0] != own]
        if below:
            resolutions = below
    parts = Sections(header.split_embedded_labels(letterhead_columns.separate(header.form_rows(header.mend_labels(parts.header)))),
                     parts.reference, parts.body, parts.closing)
    city, city_at = header.find_city(parts.header)
    # a form may print its labelled fields ("Az.:", "Datum:") between the title and the first point
    # (and OCR may put the letterhead's label column below the salutation, among the first points)
    lead = _before_points(parts.body)
    if city is None:
        # the letterhead printed under the addressee and the title ("An den Gemeinderat …" / "Abschlussbericht" /
        # "Landeshauptstadt Stuttgart"): the authority still names itself before the points
        city = header.find_city(parts.reference + lead[:15])[0]
    values = header.labelled_values(parts.header + parts.reference + lead + _labelled_lines(parts.body[len(lead):40]))
    # the place-and-date line stands in the header or, in some forms, just above the signature
    letter_date = header.find_letter_date(parts.header + parts.reference + parts.body[:3] + parts.closing[:6], values) \
        or next(filter(None, map(header.place_date, lines)), None)   # a layout that put it elsewhere
    if not letter_date or len(letter_date) == 4:     # a date stamp read apart from the text beats a bare year
        letter_date = _stamped_date(doc.stamps) or letter_date
    if letter_date and int(letter_date[:4]) > date.today().year + 1:
        # no letter is dated years ahead: OCR misread the digits ("2055" for "2023"); empty beats wrong
        warnings.append(f"letter date {letter_date} lies in the future: misread, left empty; check the original")
        letter_date = None
    confidential, conf_warnings = _confidentiality(lines, doc)
    warnings += conf_warnings

    first_res, first_session, subject = resolutions[0]
    if subject and re.search(rf"\s{header.DECISION_DATE}$", subject):
        subject = None    # the reference's own line run on ("… des 9." / "Stadtbezirkes … vom 11.06.2024"), no title
    if subject is None:
        subject, body = _quoted_title(parts.body)     # „Hitzeaktionsplan für Köln – kühle Orte schaffen“
        parts = Sections(parts.header, parts.reference, body, parts.closing)
    # (the reference's own "Betreff:" row first: "Betreff: Kostenlose Menstruationsartikel …" over "Vorgang: … § 5123")
    subject = subject or _betreff(parts.reference) or _title_above(parts.header) or _undated_title(_title_subject(parts.reference)) \
        or _labelled_subject(_before_points(parts.body)) or _title_over_section(parts.header + parts.reference) \
        or _title_over_section(_before_points(parts.body)) \
        or _about_title(parts.header + parts.reference) or header.titled_genre(parts.header)
    if first_session is None:
        # "zu den Beschlüssen des Kreistages vom 15.12.2022 (Sitzung KT/2022/05)": a session named in
        # the reference block without an identifier is the session of the resolutions reported on
        # (not the resolution's own identifier, which may have a session's shape: "Beschluss BV/012/2023")
        near = parts.header + parts.reference + _before_points(parts.body)
        sessions = [s for line in near for s, *_ in find_sessions(line)]
        first_session = sessions[0] if len(set(sessions)) == 1 and sessions[0] not in {r for r, _, _ in resolutions} \
            else _session_beside(near, first_res)
    # a subject that is a form's labelled row ("Gremium / …, Sitzung VA/14/2022 am …") yields to its "Betreff:"
    if subject is None or re.match(r"^[\wäöüÄÖÜß-]+\s*:", subject) or re.search(r"\w:\s", subject) and not _TITLE_WITH_COLON.match(subject) \
            or re.search(r"[☐☒□■]", subject) or find_sessions(subject) or re.search(r":\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}$", subject):
        # (or a labelled date: "Beschluss der BVV vom: 23.03.2023")
        subject = _betreff(parts.header + parts.reference + parts.body[:15]) \
            or (None if header.LABEL.match(subject or "") or _ADDRESS_LABEL.match(subject or "") else subject)   # another label's row
    if subject and _VENUE.match(subject):
        subject = _title_above(parts.header)    # where the paper is given; its title stands above the reference
    if subject and subject == city:
        subject = None      # the letterhead printed under the title ("Bericht zum Beschluss ZV 12/2023" / "Zweckverband …"): no title
    known = [r for r, _, _ in resolutions]
    points, groups = read_body(_without_page_heads(parts.body, city), first_res, known, parts.body + [""] + parts.closing)
    if own and own != first_res:     # the form's own number heading the body names no resolution of its points
        groups = [g for g in groups if g[0] != own]
        _reassign(points, own, first_res)
    for res, ses, title in groups:   # resolutions named by headings in the body ("II. V-Co00017/22 …")
        if res not in known:
            known.append(res)
            resolutions.append((res, ses, title))
        elif res == first_res and (first_session is None or subject is None):
            first_session, subject = first_session or ses, subject or title
        if res == first_res and title and subject and subject != title and title in subject:
            subject = title    # "Baumpflanzprogramm … / Bewässerungspatenschaften …" names both; its heading names one
    if own and first_res == own and len(resolutions) > 1 and groups:
        # the form's own number stood alone in the reference; the body's headings name what it reports on
        resolutions = [r for r in resolutions if r[0] != own]
        first_res, first_session, subject = resolutions[0]
        _reassign(points, own, first_res)
    if subject:
        subject = _DECISION_NOTE.sub("", subject) or subject   # "… Begrünung (Ratsversammlung vom 16.02.2022, …)"
        # the reference's date run into the title's line: "vom 04.05.2023 – Erneuerung …", "… beschlossen am: 29.06.2022",
        # or wrapped onto it ("… – Sitzung der Bezirksvertretung" / "vom 14.11.2024" / title)
        subject = _DECISION_DATE_EDGE.sub("", subject) or subject
        # the genre's words before the title in quotes: "Sachstand zum Beschluss „Hitzeaktionsplan …“" names "Hitzeaktionsplan …"
        quoted = re.fullmatch(rf"(?:{REPORT_TITLE.pattern})\s*[„\"»](?P<title>[^„“”\"»«]{{3,150}})[“”\"«]", subject)
        subject = quoted.group("title") if quoted else subject
        # the session it was decided in, wrapped onto the title's line: "Ortsbeirates am 15.09.2022: „Inklusiver Spielplatz …“"
        dated = re.fullmatch(r"[^„“”\"»«]*\b(?:am|vom)\s+\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\s*:\s*[„\"»](?P<title>[^„“”\"»«]{3,150})[“”\"«]", subject)
        subject = dated.group("title") if dated else subject
    sender, acknowledged = closing.find_signatories(parts.closing, by_column=doc.media_type != "text/plain")
    if not points and not any(SALUTATION.match(line) or GREETING.match(line) for line in lines) \
            and not (named and sender and not _names_a_lookalike(parts)):
        # a report in prose without letter form: a press release. A signed report that names itself
        # one is a letter even when its points are not legible (a table that text conversion scrambled).
        return _not_a_letter(doc, lines, warnings)
    if len(points) <= 1 and any(_FORWARDS_REPORT.search(line) for line in parts.body):
        # a cover letter: the report is its enclosure (a quoted name in its prose is no point answered)
        return _not_a_letter(doc, lines, warnings)
    if points and all(re.search(r"\?\W*$", " ".join(p.quote)) for p in points):
        # every quoted point asks rather than orders: the answers to a council member's questions (an Anfrage)
        return _not_a_letter(doc, lines, warnings)
    mandates = _mandates(points, letter_date)
    statuses = [m.status for m in mandates]

    body_text = " ".join(line.strip() for line in parts.body + parts.closing)
    lead = " ".join(_lead_in(parts.body))
    # (the genre's heading may say that the report is the last: "Abschließende Beschlusskontrolle")
    title = " ".join(line.strip() for line in parts.header[-6:] + parts.reference if REPORT_TITLE.search(line))
    next_review = closing.find_next_review(parts.body + parts.closing, _cut_from_last_answer(points, mandates)
                                           + _after_points(parts.body, points) + parts.closing) \
        or closing.labelled_review(lines)
    if next_review and letter_date and next_review < letter_date[:len(next_review)]:
        # a review is announced for after the letter: a date before it is another date misread as one
        warnings.append(f"next review {next_review} would lie before the letter's date {letter_date}: left empty; check the original")
        next_review = None

    record = Record(
        source=_source(doc),
        kind="beschlusskontrolle",
        city=city,
        department=_roman_unit_number(_department(parts, city, city_at, values)),
        file_number=_not_the_resolution(header.find_file_number(values) or (own if own != first_res else None)
                                        or _own_number(parts.header, first_res)
                                        or header.unlabelled_file_number(parts.header, city_at), first_res),
        letter_date=letter_date,
        resolution=first_res,
        session_number=first_session,
        subject=subject,
        also_concerns=[Alias(resolution=r, session_number=s, subject=t) for r, s, t in header.unique_resolutions(resolutions)[1:]],
        confidential=confidential,
        recipients=header.find_recipients(parts.header) or _labelled_recipients(parts) or _addressee_over_title(_before_points(parts.body))[0]
        or header.titled_addressee(parts.header + parts.reference),
        report_type=closing.find_report_type(lead, body_text, next_review, statuses, title),
        next_review=next_review,
        sender=sender,
        acknowledged_by=acknowledged,
        mandates=mandates,
        status=overall_status(statuses),
        warnings=warnings + _missing(letter_date, mandates, sender, acknowledged),
    )
    return record


_FORM_LINES = 20    # lines at the top of the body where a form prints its own number


def _not_the_resolution(value: str | None, resolution: str | None) -> str | None:
    """The file number, unless it is the resolution's number (or a row naming it first: "DS/0981/IX, Beschluss der BVV
    vom 27.10.2022 (BVV/0019/IX)"): that is not the letter's file number."""
    named = bool(value and resolution) and re.match(rf"{re.escape(resolution)}(?:\s*$|,\s|\s+(?:vom|Beschluss)\b)", value)
    return None if value and (value == resolution or named) else value


def _carried_number(header_lines: list[str], body: list[str]) -> str | None:
    """The Drucksache number of a form that names no other resolution, whose lead tells what the assembly
    resolved ("Die Bezirksverordnetenversammlung hat … Folgendes beschlossen:"): a Berlin "Vorlage zur
    Kenntnisnahme" reports under the number of the Ersuchen it answers."""
    values = header.labelled_values(header_lines)
    label = next((k for k in header.PAPER_LABELS if k in values), "")
    value = values.get(label, "")
    found = find_resolutions(f"{label.title()} {value}")     # (the label is the context some shapes need)
    if len(found) == 1 and found[0][0] == value.strip() and re.search(r"\bbeschlossen\b|\bBeschluss\s+gefasst\b", " ".join(_lead_in(body))):
        return found[0][0]
    return None


def _own_form_number(parts: Sections) -> str | None:
    """The number a report form gives itself ("Informationsvorlage 2024/IV/0815"), unless the body
    reports on it by that number ("die Vorlage VII-DS-07730 … beschlossen"): then it is a resolution."""
    own = header.form_number(parts.header + parts.reference + parts.body[:_FORM_LINES])
    if own is None:
        return None
    # a page's running header repeating the number ("- 2 -" / "Stadt Osnabrück - VO/2024/0312") is no mention
    # (a form feed's debris, "." or a blank line, before it does not count)
    texts = [k for k, line in enumerate(parts.body) if line.strip(" .·-\f")]
    page_tops = {j for n, k in enumerate(texts) if is_artefact(parts.body[k]) for j in texts[n + 1:n + 3]}
    # (nor is a footer naming it: "Stadt Köln – Mitteilung 3917/2024 – Seite 2 von 2")
    elsewhere = [line for k, line in enumerate(parts.body)
                 if k not in page_tops and not is_artefact(line) and (k >= _FORM_LINES or not header.form_number([line]))]
    return None if own and own in " ".join(elsewhere) else own


def _reference_below(body: list[str], own: str) -> list[str]:
    """The paragraph naming another resolution below a form's title, and the title paragraph after it."""
    lead = _before_points(body)
    start = next((k for k, line in enumerate(lead) if any(r != own for r, *_ in find_resolutions(line))), None)
    if start is None:
        return []
    # the title follows the identifier on its line ("AN/0871/2024 – Verkehrsberuhigung …"): its paragraph is all
    found = [f for f in find_resolutions(lead[start]) if f[0] != own]
    titled = bool(re.search(r"[A-Za-zÄÖÜäöüß]{4,}", lead[start][found[0][2]:]))
    out, blanks = [], 0
    for k, line in enumerate(lead[start:]):
        blanks += not line.strip()
        if blanks == (1 if titled else 2) or k and line.rstrip().endswith(":") or SECTION_HEADING.match(line.strip()):
            break     # (a form's section, "Ausgangslage", opens the text below the title)
        out.append(line)
        if line.rstrip().endswith(":"):
            break     # "… mit Drucksache 22-1033 folgenden Beschluss gefasst:": the resolution's words follow
    return out


def _reassign(points, own: str, resolution: str | None) -> None:
    """Points read under the form's own number belong to the resolution reported on."""
    for point in points:
        if point.resolution == own:
            point.resolution = resolution


def _labelled_lines(lines: list[str]) -> list[str]:
    """The lines that are a label with its value ("Datum: 14.03.2023")."""
    return [line for line in lines if (m := header.LABEL.match(line.strip())) and m.group("value")]

_FIRST_POINT = re.compile(r"^(?:[-–•]\s*)?(?:\d{1,2}[a-z]?[.):](?!\d)|\d{1,2}%\s+[„»]|\(?[a-h]\)\s|\d{1,2}\.\d{1,2}\s|[„\"“»]|(?:Beschluss)?[Pp]unkt\s+\d|Ziffer\s+\d|[Zz]u\s(?!(?:dem|den|der|diese[mnr]|Ihre[mnr]|unsere[mnr])\s))")


def _confidentiality(lines: list[str], doc: Document) -> tuple[bool | None, list[str]]:
    """Markings in the text, in running headers and footers, and on stamps read apart. A scan that
    shows no marking is no evidence that there was none when OCR could not read text where
    markings sit: then it is not known (fail closed: unknown is not published)."""
    # (a blank line first: a stamp is never an item of the letter's closing annex list)
    confidential, warnings = find_confidential(lines + [""] + list(doc.stamps) + running_parts(doc.margins), doc.checkboxes)
    damaged = damaged_marking(doc.stamps)
    if confidential is False and damaged:
        return None, warnings + [f"a stamp reads '{damaged}', perhaps a damaged 'nichtöffentlich' or 'vertraulich': whether "
                                 "the letter is confidential is not known; check the original"]
    if confidential is False and doc.unread_tops:
        pages = ", ".join(map(str, doc.unread_tops))
        return None, warnings + [f"page {pages}: text at the top of the scan could not be read (a stamp or a "
                                 "marking?): whether the letter is confidential is not known; check the original"]
    return confidential, warnings


_SUBMITTED_BY = re.compile(r"^\W{0,2}(?:Eingereicht\s+von|Einreicher(?:in)?|Federführung|Federführend(?:es\s+Amt)?|Verfasser(?:in)?)\s*:\s*(?P<unit>\S.*)$")


def _submitting_unit(lines: list[str]) -> str | None:
    """The value of a form's "Eingereicht von:" row, with its wrapped second line."""
    texts = [line.strip() for line in lines if line.strip()]
    for k, text in enumerate(texts):
        m = _SUBMITTED_BY.match(text)
        if m:
            unit = m.group("unit")
            if re.search(r"(?:,|\bund|-)$", unit) and k + 1 < len(texts):
                unit += " " + texts[k + 1]
            return clean_value(unit)
    return None


def _organ(line: str) -> bool:
    """The authority's organ, not a unit: "Der Magistrat", also in capitals ("DER MAGISTRAT")."""
    return bool(header.ORGAN.match(line) or header.ORGAN.match(line.title()))


def _department(parts: Sections, city: str | None, city_at: int | None, values: dict[str, str]) -> str | None:
    """The letterhead's unit; when that is only the organ ("Der Landrat"), a unit printed under
    the form's title ("Fachdienst 7 – Umwelt") is the issuing unit."""
    submitted = _submitting_unit(parts.header + parts.reference + _before_points(parts.body))
    if submitted:
        return submitted  # a form's "Eingereicht von: Dezernat …" names the unit the report comes from
    found = header.find_department(parts.header, city_at, values)
    if found is not None and (header.CITY.match(found) or found.lower() == (city or "").lower()):
        found = None      # the city's own line is no unit: the unit stands elsewhere in the letterhead
    if found is None or _organ(found):
        # (a unit set between dashes: "- Geschäftsleitung -")
        lines = [re.sub(r"^[-–—]\s+(.+?)\s+[-–—]$", r"\1", line.strip())
                 for line in parts.header + parts.reference + _before_points(parts.body)]
        at = next((k for k, line in enumerate(lines)
                   if header.UNIT.match(line) and not _organ(line) and line.lower() != (city or "").lower()
                   and not header.LABEL.match(line) and len(line) < 90
                   and not re.search(r"\b(?:wird|werden|hat|ist)\b|[,.:]$", line)       # a sentence names no unit
                   and not BOX_GLYPH.search(line) and not re.search(r"\s[A-ZÄÖÜ][a-zäöü]+:\s", line)), None)   # nor a form's row of boxes or labels
        return found if at is None else header.tidy_unit(header.unit_from(lines, at))    # "Dezernat Umwelt, Klima und" / "Sport"
    return found


# A unit's roman number with OCR's l or 1 for I ("Geschäftsbereich Il", "Dezernat Ill"): roman, as printed
_ROMAN_UNIT = re.compile(r"\b(?P<unit>Geschäftsbereich|Dezernat|Referat|Abteilung|Fachbereich|Bereich)\s+(?P<n>(?=[IVXl1]*[IVX])(?=[IVX]*[l1])[IVXl1]{2,4})\b")


def _roman_unit_number(value: str | None) -> str | None:
    return _ROMAN_UNIT.sub(lambda m: f"{m.group('unit')} {m.group('n').replace('l', 'I').replace('1', 'I')}", value) if value else value


# "Vorlage zur Kenntnisnahme für die Bezirksverordnetenversammlung": the paper's kind and its addressee on one line
_PAPER_FOR = re.compile(r"^Vorlage\s+(?:[–-]\s+)?zur\s+(?:Kenntnisnahme|Beschlussfassung)\s+(?:[–-]\s+)?für\s+(?:die|den|das)\s+"
                        r"(?P<value>[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)$")
_RECIPIENT_LABEL = re.compile(r"^\W{0,2}(?:Empfänger(?:in)?|Adressat(?:en)?|An|an)\s*:\s*(?P<value>\S.{3,})$")


_UNDER_TITLE = 12     # lines below the reference line where a letterhead may print its addressee and date


def _address_under_title(parts: Sections) -> Sections:
    """The addressee and the place-and-date row printed under the title and subject move to the header,
    where they are read; a letter whose header names its addressee keeps its lines."""
    if header.find_recipients(parts.header):
        return parts
    span = (parts.reference + parts.body)[:len(parts.reference) + _UNDER_TITLE]
    found = header.address_under_title(span[1:])     # the reference line itself is no addressee
    if found is None:
        return parts
    start, end = found[0] + 1, found[1] + 1
    cut = len(parts.reference)
    whole = parts.reference + parts.body
    reference = whole[:min(start, cut)] + whole[end:cut]
    if not any(has_resolution(line) for line in reference):
        return parts     # a form's rows name the resolution ("Drucksache-Nr. | 1287/21"): they stay where they are read
    return Sections(parts.header + whole[start:end], reference,
                    whole[max(end, cut):] if start < cut else whole[cut:start] + whole[end:], parts.closing)


def _labelled_recipients(parts: Sections) -> str | None:
    """A form's "Empfänger: An den Kreisausschuss …" line."""
    lines = parts.header + parts.reference + _before_points(parts.body)
    for k, line in enumerate(lines):
        m = _RECIPIENT_LABEL.match(line.strip())
        if m:
            return clean_value(m.group("value"))
        below = next((x.strip() for x in lines[k + 1:k + 3] if x.strip()), "")
        if re.fullmatch(r"(?:Empfänger(?:in)?|Adressat(?:en)?)\s*:", line.strip()) and header.is_recipient_start(below):
            return clean_value(below)     # the label over its value: "Empfänger:" / "Stadtverordnetenversammlung der …"
        m = header.RECIPIENT_ROW.match(line)     # the label's column beside it, no colon: "Empfänger   Stadtverordnetenversammlung …"
        if m:
            return clean_value(line[m.end():])
        m = _PAPER_FOR.match(line.strip())     # the paper's kind naming whom it goes to
        if m:
            return clean_value(m.group("value"))
    # an addressee under the form's own number, before the title ("Mitteilung VII/2022/03980" / "An die Mitglieder …")
    # (or under the subject, before the points: "Betreff: …" / "An den Stadtrat der Stadt Halle (Saale)")
    near = parts.reference + _before_points(parts.body)
    at = next((k for k, line in enumerate(near) if header.ADDRESSEE_LINE.match(line.strip())), None)
    if at is None:
        # (or, of a form without an addressee, the council its one "Gremium" row names: "Gremium: Stadtrat")
        rows = [line for line in near if header.GREMIUM_ROW.match(line)]
        return clean_value(header.GREMIUM_ROW.sub("", rows[0])) if len(rows) == 1 else None
    # (it goes on only where its first line runs on; it ends where the letter's first sentence begins:
    # "Die Stadtverordnetenversammlung hat … wie folgt")
    below = near[at + 1:at + 3] if RUNS_ON.search(near[at].rstrip()) else []
    return header.find_recipients([near[at]] + list(itertools.takewhile(
        lambda line: line.strip() and not line.rstrip().endswith((".", ":")), below)))


_TITLE_IN_QUOTES = re.compile(r"^[„\"“»](?P<title>[^„\"“”»«]{6,150}?)[“\"”«]$")


_LETTERHEAD_FIELD = re.compile(r"^(?:(?:Auskunft|Tel\.?|Telefon|Fax|E-Mail|Zimmer|Bearbeiter(?:in)?|Sachbearbeiter(?:in)?)\b[.:]?\s*\S"
                               r"|(?:Eing\.?|Eingang|Eingegangen)\s*:?\s*\d{1,2}\.)")


def _quoted_title(body: list[str]) -> tuple[str | None, list[str]]:
    """A resolution's title alone in the paragraph before the body's text, in quotes or followed by
    the salutation or the first point: a subject, not an unnumbered point (a point's quote is a
    sentence; a title has no full stop)."""
    # (past the letterhead's fields that a scan's layout put below the reference: "Auskunft: …", "Tel. …", "Eing. 16.02.2023")
    k = next((i for i, line in enumerate(body) if line.strip() and not _LETTERHEAD_FIELD.match(line.strip())), None)
    if k is not None and header.DECISION_LINE.match(body[k].strip()):
        # under the line saying when it was decided ("Beschluss der Verbandsversammlung vom 05.12.2024, Ziffer 3:")
        k = next((i for i in range(k + 1, len(body)) if body[i].strip()), None)
    if k is None or SALUTATION.match(body[k]):
        return None, body
    m = _TITLE_IN_QUOTES.match(_GENRE_SUFFIX.sub("", body[k].strip()))   # („…“ – Sachstand)
    after = body[k + 1].strip() if k + 1 < len(body) else ""
    if m and not m.group("title").rstrip().endswith((".", "!", "?")) and (
            not after or SALUTATION.match(after) or _FIRST_POINT.match(after) or introduces_quote(after)
            or re.match(r"^[A-ZÄÖÜ][\wäöüß]+\s*:\s", after) or SECTION_HEADING.match(after)):   # a form's next field ("Bezug: …")
        return clean_value(m.group("title")), body[:k] + body[k + 1:]
    # unquoted, when a salutation or the first point follows it: the title set apart under the reference
    text = header.SUBJECT_LABEL.sub("", body[k].strip())    # "Gegenstand: Radverkehrskonzept …"
    below = next((x.strip() for x in body[k + 1:] if x.strip()), "")
    if (not after or after == below) and 6 <= len(text) <= 120 and text[:1].isupper() and not text.endswith((".", ":", ",", "!", "?")) \
            and not _FIRST_POINT.match(text) and not header.LABEL.match(text) and not find_dates(text) \
            and not SECTION_HEADING.match(text) and not below[:1].islower() \
            and (SALUTATION.match(below) or _FIRST_POINT.match(below) or introduces_quote(below)
                 or not after and _RESOLVED.search(below)     # a paragraph apart, above the one telling what was resolved
                 or below.endswith(":") and below[:1].isupper() and _RESOLVED.search(below)):   # or right above it, when that introduces the points
        return clean_value(text), body[:k] + body[k + 1:]
    return None, body


def _names_a_lookalike(parts: Sections) -> bool:
    """Whether the letterhead, the reference or the body's first lines name a look-alike genre."""
    top = parts.header + parts.reference + [line for line in parts.body if line.strip()][:4]
    return any(LOOKALIKE_WORDS.search(line) for line in top)


# The genre's heading and the title on one line: "Beschlussvollzug – Beschaffung eines Elektro-Kleintransporters"
_GENRE_DASH_TITLE = re.compile(r"^(?P<genre>[\wäöüÄÖÜß -]{6,40}?)\s+[–—-]\s+(?P<title>[A-ZÄÖÜ].+)$")


def _labelled_subject(lead: list[str]) -> str | None:
    """A "Betreff: …" row below the reference, before the first point."""
    for line in lead:
        m = header.SUBJECT_LABEL.match(line.strip())
        if m and line.strip()[m.end():].strip():
            return clean_value(line.strip()[m.end():])
    return None


def _about_title(lines: list[str]) -> str | None:
    """The title a form's heading goes on with: "Vorlage – zur Kenntnisnahme –" / "über Sichere Schulwege …"."""
    filled = [line.strip() for line in lines if line.strip()]
    for heading, below in zip(filled, filled[1:]):
        m = re.match(r"^über\s+(?P<title>[A-ZÄÖÜ„\"].{5,})$", below)
        if m and REPORT_TITLE.search(heading) and not has_resolution(below):
            return clean_value(m.group("title"))
    return None


def _title_above(header_lines: list[str]) -> str | None:
    """The title between the genre heading and the identifier ("Sachstandsbericht zum
    Stadtratsbeschluss" / "Hitzeschutz in Quartieren" / "Sitzungsvorlage Nr. 20-26 / V 09318")."""
    # (the session it goes to, between the genre heading and the title: "für die Sitzung der … am 21.09.2023")
    header_lines = [line for line in header_lines if not re.match(r"\s*für\s+die\s+Sitzung\b.*\d{4}\s*$", line)]
    filled = [line.strip() for line in header_lines if line.strip()]
    if len(filled) >= 3 and header.DECISION_LINE.match(filled[-1]):
        # the line saying when it was decided, under the title ("Beschluss des Ausschusses … vom 14.05.2024 (SB)")
        last = max(k for k, line in enumerate(header_lines) if line.strip())
        header_lines, filled = header_lines[:last], filled[:-1]
    titled = _GENRE_DASH_TITLE.match(filled[-1]) if filled else None
    if titled and REPORT_TITLE.fullmatch(titled.group("genre")):
        header_lines, filled = header_lines + [titled.group("title")], filled[:-1] + [titled.group("genre"), titled.group("title")]
    # or a title in a paragraph of its own right above the identifier ("Az.: 3/613-12" / "" /
    # "Erwerb eines Grundstücks …" / "Vorlage-Nr. 0187/2024 – Beschluss …")
    while len(header_lines) > 1 and not header_lines[-1].strip():
        header_lines = header_lines[:-1]      # (the blank line under the title, before the reference)
    alone = len(header_lines) >= 2 and header_lines[-1].strip() and not header_lines[-2].strip() \
        and not (header.CITY.match(filled[-1]) or header.UNIT.match(filled[-1]) or header.ORGAN.match(filled[-1]))
    if len(filled) >= 3 and REPORT_TITLE.search(filled[-3]) and RUNS_ON.search(filled[-3]) \
            and not re.search(r"\s[–—-]$", filled[-3]):     # ("Vorlage – zur Kenntnisnahme –": its dashes close it)
        # the heading wraps: "Bericht des Magistrats zum Beschluss der" / "Stadtverordnetenversammlung" / the title
        filled = filled[:-3] + [f"{filled[-3]} {filled[-2]}", filled[-1]]
    if len(filled) < 2 or not (REPORT_TITLE.search(filled[-2]) or alone) \
            or re.match(r"^\W{0,2}[A-ZÄÖÜ][\wäöüß.]*\s*:\s+\S", filled[-2]) and RUNS_ON.search(filled[-2]):
        return None      # ("Betr.: Mehr Sitzbänke entlang des" / "Wanderweges": a labelled value's second line)
    title = _without_genre(filled[-1])   # "Vorlage – zur Kenntnisnahme –" / "über Sichere Schulwege …"
    return None if _no_title(title) else clean_value(title)


def _no_title(text: str) -> bool:
    """What a title line cannot be: long, lower case, a sentence's end, a label, an addressee, a genre heading,
    dated, or naming a resolution."""
    return len(text) > 150 or not text[:1].isupper() or text.endswith((".", ":", ",")) or bool(header.LABEL.match(text)) \
        or bool(header.RECIPIENT_START.match(text)) or bool(REPORT_TITLE.search(text)) or bool(find_dates(text)) \
        or has_resolution(text)


def _paragraph_over_section(lines: list[str]) -> list[str]:
    """The paragraph right above the first section heading ("Sachverhalt:"), set apart by a blank line above it."""
    at = next((k for k, line in enumerate(lines) if SECTION_HEADING.match(line.strip())), None)
    if at is None:
        return []
    end = at
    while end > 0 and not lines[end - 1].strip():
        end -= 1
    start = end
    while start > 0 and lines[start - 1].strip() and end - start < 3:
        start -= 1
    return [] if start > 0 and lines[start - 1].strip() else [line.strip() for line in lines[start:end]]


def _addressee_over_title(lines: list[str]) -> tuple[str | None, list[str]]:
    """(addressee, title lines) of the paragraph over a form's first section: a council's name may head it
    ("Bezirksversammlung Hamburg-Nord – Ausschuss für Klima, Umwelt und" / "Verbraucherschutz" / "Mehr Grün …")."""
    paragraph = _paragraph_over_section(lines)
    if len(paragraph) >= 2 and header.is_council_line(paragraph[0]):
        return clean_value(" ".join(paragraph[:-1])), paragraph[-1:]
    return None, paragraph


# A form's genre alone on its line ("Schlussbericht", "Mitteilung"): wider than header's genre words, which name reports only
_GENRE_LINE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]*(?:bericht|mitteilung|information)", re.I)


def _title_over_section(lines: list[str]) -> str | None:
    """A form's title is the paragraph right above its first section heading ("Spielplatz Wagrierweg: …" /
    "Jugendlichen" / "Sachverhalt:"), under the addressee it may name first."""
    paragraph = _addressee_over_title(lines)[1]
    # (a form's rows above the title in the same paragraph: "Beratungsfolge: Bezirksversammlung …" / "Schlussbericht")
    while len(paragraph) > 1 and (header.LABEL.match(paragraph[0]) or header.is_consultation_row(paragraph[0])
                                  or _GENRE_LINE.fullmatch(paragraph[0])):
        paragraph = paragraph[1:]
    if not paragraph:
        return None
    title = " ".join(paragraph)
    if _no_title(title) or header.CITY.match(title) or header.UNIT.match(title) or header.ORGAN.match(title) \
            or FORM_KIND.match(title) or is_marking(title):
        return None
    return clean_value(title)


def _before_points(body: list[str]) -> list[str]:
    out = []
    for line in body[:40]:
        if _FIRST_POINT.match(line.strip()):
            break
        if not SALUTATION.match(line):
            out.append(line)
    return out


def _lead_in(body: list[str], tail: int = 0) -> list[str]:
    """The lines before the first quoted point: salutation and the sentence that says
    what kind of report this is ('folgender Zwischenstand …', 'abschließende Information …')."""
    lead = []
    for line in body:
        if _FIRST_POINT.match(line.strip()):
            break
        lead.append(line.strip())
    # (`tail`: where a form's fields fill the first lines, the sentence that brings in the quote stands right above
    # it, "Die Bezirksvertretung … hat in ihrer Sitzung am … folgenden" / "Beschluss gefasst:")
    return lead[:12] + (lead[max(12, len(lead) - tail):] if tail else [])


def _without_page_heads(body: list[str], city: str | None) -> list[str]:
    """The body without a later page's running header read once: a line apart that opens with the
    letterhead's name ("Landeshauptstadt Hannover Fachbereich Tiefbau … Drucksache Nr. 15-2817/2024")."""
    if not city:
        return body
    def apart(k: int) -> bool:
        return (k == 0 or not body[k - 1].strip()) and (k + 1 == len(body) or not body[k + 1].strip())
    return ["" if line.strip().startswith(city) and apart(k) and not line.rstrip().endswith((".", ":")) else line
            for k, line in enumerate(body)]


_AFTER_POINTS = 12     # lines after the last answer where an announcement stands (a bound: a huge text stays linear)


def _after_points(body: list[str], points) -> list[str]:
    """The body's lines just after the last answer read (none where that answer is not found again)."""
    ends = {(p.response or p.quote)[-1].strip() for p in points if p.response or p.quote}
    last = max((k for k, line in enumerate(body) if line.strip() in ends), default=None)
    return body[last + 1:last + 1 + _AFTER_POINTS] if last is not None else []


def _cut_from_last_answer(points, mandates: list[Mandate]) -> list[str]:
    """The closing words the last answer ran into, which its cleaning took off ("Über den weiteren Fortgang wird der
    Ausschuss im April 2025 unterrichtet."): they follow the answers. (A report on the point's own matter that the
    answer keeps is given too: it dates the next report as well.)"""
    if not points or not mandates or not mandates[-1].response:
        return []
    raw = join_lines(points[-1].response).strip()
    at = raw.find(mandates[-1].response)
    cut = [raw[at + len(mandates[-1].response):].strip()] if at >= 0 else []
    # a report on the last point's matter kept as its answer dates the next report too ("Über das Ergebnis wird der
    # Ausschuss im Oktober 2025 unterrichtet.")
    last = split_sentences(mandates[-1].response)[-1]
    return cut + ([last] if REPORT_ON_RESULT.match(last) else [])


def _not_a_letter(doc: Document, lines: list[str], warnings: list[str]) -> Record:
    """Any other document: only its confidentiality is read (from its first lines), so that
    the public copy can decide about it like about a letter."""
    confidential, notes = _confidentiality(lines, doc)
    return Record(source=_source(doc), kind="unknown", status="unknown", confidential=confidential,
                  warnings=warnings + notes + ["not a Beschlusskontrolle letter: no report on a resolution found"])


def _mandates(points, letter_date: str | None) -> list[Mandate]:
    drafts = []
    responses = [clean_response(point.response, only_point=len(points) == 1, quote=clean_quote(point.quote)) for point in points]
    # (one answer given to all the points at once keeps what it says of the resolution, as a letter's only answer does:
    # "Der Beschluss ist damit umgesetzt."; each point's status is judged without it)
    joint = len(points) > 1 and all(point.response == points[0].response for point in points)
    shown = [clean_response(point.response, only_point=True, quote=clean_quote(point.quote)) for point in points] if joint else responses
    for point, response, printed in zip(points, responses, shown):
        # one answer given to several points: each point's status and terms from the sentences about it
        sharing = [clean_quote(other.quote) for other, theirs in zip(points, responses)
                   if other is not point and theirs == response and response]
        if sharing and (parts := split_by_naming(response, point.number)):
            # the answer takes its points one by one ("Zum ersten Beschlusspunkt …", "Was den zweiten … betrifft"):
            # each point has its own part
            response, sharing = " ".join(parts), []
            printed = response
        evidence = answer_for_point(response, clean_quote(point.quote), sharing, point.number)
        # (an answer naming the points by number, or their words, gives each the dates of its own sentences
        # and of those about none of them in particular)
        named = sentences_naming(split_sentences(response), point.number) if sharing else []
        own = evidence if sharing and evidence != response else ""
        if sharing and not named and not find_deadlines(own, not_before=letter_date):
            # (its own sentences undated: the shared work's date, in a sentence about no point in particular)
            own = " ".join(sentences_dated_for(response, clean_quote(point.quote), sharing))
        text = " ".join(named) or own or response
        reports = bool(ASKS_FOR_REPORTS.search(clean_quote(point.quote)))
        work = find_deadlines(text, not_before=letter_date)
        deadlines = find_deadlines(text, not_before=letter_date, reports=True) if reports else list(work)
        cell = _date_cell(point.facts.get("date"), letter_date)
        deadlines += [value for value in cell if value not in deadlines]
        # (a date in the other points' sentences of a shared answer sets no term for this one; the next report
        # a reporting point is answered with is no work still open)
        work_dated = bool(work or cell)
        dated = work_dated if not sharing or evidence == response else bool(find_deadlines(evidence, not_before=letter_date))
        status = _status_cell(point.facts.get("status")) or ("unknown" if _declares(clean_quote(point.quote))
                                                             else classify(evidence, dated)[0])
        if status == "rejected" and keeps_prohibition(clean_quote(point.quote), evidence):
            status = "done"       # "nicht … zu nutzen" / "Eine Nutzung ist nicht vorgesehen.": the order is kept
        drafts.append([point, printed, deadlines, status])
    by_number = {(d[0].resolution, d[0].number): d for d in drafts}
    for draft in drafts:   # "Siehe Punkt 4." takes point 4's status, unless the answer goes on to state its own
        ref = see_point(draft[1])
        if not ref or (draft[0].resolution, ref) not in by_number:
            continue
        rest = split_sentences(beyond_see_point(draft[1]))[:1]
        if not (rest and sentence_status(rest[0]) == draft[3]):    # ("Siehe Punkt 2. … wurde noch nicht begonnen.")
            draft[3] = by_number[(draft[0].resolution, ref)][3]
    return [Mandate(number=p.number, resolution=p.resolution, quote=clean_quote(p.quote), response=r,
                    status=s, deadlines=d) for p, r, d, s in drafts]


def _declares(quote: str) -> bool:
    """A point that only declares: each of its sentences does ("Der Beirat begrüßt …"), none orders.
    Nothing is to be carried out, so no answer gives it a state."""
    sentences = [sentence for _, sentence in sentence_spans(quote)]
    return bool(sentences) and all(DECLARES.search(s) for s in sentences) and not ORDERS.search(quote)


def _status_cell(value: str | None) -> str | None:
    """The state a table's status cell names ('in Umsetzung', 'erledigt'), or None."""
    for pattern, status in STATUS_CELL:
        if value and pattern.match(value.strip()):
            return status
    return None


def _date_cell(value: str | None, letter_date: str | None) -> list[str]:
    """The target a table's date cell names ('31.03.2025', 'IV. Quartal 2024', 'III/2023')."""
    if not value or NO_DATE_CELL.match(value.strip()):
        return []
    m = re.fullmatch(r"\s*(I{1,3}|IV|[1-4])\s*[./]\s*(?:Q(?:uartal)?\.?\s*)?((?:19|20)\d{2})\s*", value)
    if m:
        quarter = {"I": 1, "II": 2, "III": 3, "IV": 4}.get(m.group(1)) or int(m.group(1))
        value = f"{quarter}. Quartal {m.group(2)}"
    return find_deadlines(f"bis {value}", not_before=letter_date)


def _missing(letter_date: str | None, mandates: list[Mandate], sender: Person | None,
             acknowledged: Person | None) -> list[str]:
    notes = []
    for role, person in (("signatory", sender), ("Kenntnisnahme", acknowledged)):
        if person and person.name and not closing.NAME.match(person.name):
            notes.append(f"{role} name '{person.name}' looks damaged (a signature over it, or OCR): check the original")
    if letter_date is None:
        notes.append("letter date not found")
    if not mandates:
        notes.append("no quoted resolution points found")
    if sender is None:
        notes.append("signatory not found")
    return notes
