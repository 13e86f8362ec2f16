"""Closing fields: signatories, Kenntnisnahme, next review, report type."""
from __future__ import annotations

import re

from models import Person
from pipeline.dates import find_dates, find_periods
from pipeline.header import CITY
from pipeline.marking import UNTICKED_GLYPHS
from pipeline.lexicon import AGENDA_AGAIN, FOLLOW_UP, PAGE_MARK, RECEIPT, REPORT_CONTINUED, REVIEW_WORDS
from pipeline.nlp import by_length, lexicon, mend_words
from pipeline.sections import ACK, ACK_WORD, GREETING
from pipeline.text import RUNS_ON, clean_value, join_lines, sentence_spans

_TITLE = r"(?:(?:Prof\.|Dr\.(?:\s?-?\s?Ing\.|\s?rer\.\s?\w+\.|\s?jur\.|\s?med\.|\s?phil\.)?|Dipl\.\s?-\s?\w+\.(?:\s?\(FH\))?|Mag\.|M\.\s?A\.|B\.\s?A\.)\s*)"
# (a name's small letters from other alphabets too: "Aydoğan", "Łukasz", "Jiménez")
_SMALL = r"(?:[a-zäöüß]|(?![A-ZÄÖÜ])[^\W\d_\x00-\x7f])"
_NAME_WORD = rf"[A-ZÄÖÜ]{_SMALL}+(?:-[A-ZÄÖÜ]{_SMALL}+)?"
# (a degree after the name: "Veronika Schwaighofer, Dipl.-Ing. (FH)")
NAME = re.compile(rf"^(?:{_TITLE}*{_NAME_WORD}(?:\s+(?:von\s+|van\s+|de\s+|zu\s+)?{_NAME_WORD}){{1,3}}(?:,\s*{_TITLE}+)?"
                  rf"|{_TITLE}+{_NAME_WORD})$")      # "Dr. Wirtz-Heller": a title and a surname
ROLE_WORD = re.compile(
    r"(?:bürgermeister|Beigeordnet|leiter|Leiter|Direktor|Referent|Dezernent|Präsident|Kämmerer|Vorsitzend|Sprecher|Stadtrat|"
    r"Stadträtin|Geschäftsführ|Landrat|Dezernat|Amtsleit|Bürgermeister|Beauftragt|Stellvertret|Vertreter|Abteilung|"
    r"Sachbearbeit|Fachbereich|Verwaltung|\bErste[rn]?\b|Senator|Landrätin|Vorsteher|Kämmerin|Leitung|rät(?:in)?\b|rat\b)", re.I)
# "in Vertretung", "i. A." before a name, and "gez." on copies without a signature
# (for whom: "In Vertretung des Landrates", "Im Auftrag der Oberbürgermeisterin")
DEPUTY = re.compile(r"^(?:(?:in\s+Vertretung|im\s+Auftrag)(?:\s+(?:des|der)\s+[A-ZÄÖÜ][\wäöüß-]+)?|i\.\s?V\.|i\.\s?A\.|gez\.|gezeichnet"
                    # signed for the administration: "Für die Stadtverwaltung", "Für den Magistrat"
                    r"|für\s+(?:die|den)\s+(?:\w*verwaltung|Magistrat|(?:Ober)?bürgermeister(?:in)?|Landr(?:at|ätin))(?=\s*$))"
                    r"\s*:?\s*(?P<rest>.*)$", re.I)
_NEXT_REVIEW = re.compile(
    r"(?:[Nn]ächste[nrs]?\s+(?:" + FOLLOW_UP + r"|Berichterstattung|Sachstand\w*|\w*[Bb]ericht\w*|Information|Mitteilung|Vorlage"
    r"|Kontrolle|Unterrichtung)"
    r"|Wiedervorlage|erneut(?:e[nr]?)?\s+(?:" + FOLLOW_UP + r"|berichtet|Bericht|Mitteilung|Information|Unterrichtung|Sachstand)"
    r"|weitere\s+" + FOLLOW_UP + r""
    r"|" + AGENDA_AGAIN +
    # "Ein abschließender Bericht folgt …, voraussichtlich im Februar 2024" (not "mit diesem abschließenden Bericht")
    r"|\b[Ee]in\s+abschließender\s+(?:Bericht|Sachstandsbericht|Zwischenbericht)"
    r"|\b[Ee]in\s+(?:Schluss|Abschluss|Zwischen|End|Sachstands)bericht(?=\s+(?:folgt|erfolgt)\b)"    # "Ein Schlussbericht folgt im I. Quartal 2024."
    r"|\b[Ee]ine\s+abschließende\s+(?:Mitteilung|Information|Beantwortung|Stellungnahme)(?=\s+(?:erhalten|folgt|erfolgt|geht)\b)"   # "Eine abschließende Mitteilung erhalten Sie, …"
    r"|\b[Ee]inen\s+abschließenden\s+(?:Bericht|Sachstandsbericht)"    # "… Ihnen im Mai 2024 einen abschließenden Bericht … geben"
    r"|\b[Ee]inen\s+(?:Schluss|Abschluss|Zwischen|End|Sachstands)bericht(?=\s+vor\b)"    # "… legt im Januar 2026 einen Abschlussbericht vor."
    r"|(?<!keine\s)(?<!kein\s)[Ww]eitere[rn]?\s+(?:Sachstand|(?:Sachstands|Zwischen)?(?:[Bb]ericht|Berichterstattung|Information|Unterrichtung|Mitteilung))\b)")
# "Über den weiteren Fortgang werde ich Sie im September 2024 erneut informieren."
# "Die Beschlusskontrolle wird im Januar 2021 fortgeführt."
_REPORT_AGAIN = re.compile(r"\b(?:" + FOLLOW_UP + r"|Berichterstattung)\b.*\b(?:fortgeführt|fortgesetzt)\b|" + REPORT_CONTINUED +
                           r"|\b(?:erneut|wieder|nochmals|(?:weiter(?:en)?\s+)?(?:Fortgang|Fortschritt|Verlauf)|weiteren\s+(?:Umsetzungs|Sach)?[Ss]tand)\b.*\b(?:informier|bericht|unterricht|befass|vorgelegt\b)\w*"
                           r"|\b(?:informier|bericht|unterricht)\w*\b.*\berneut\b", re.I)
_NO_FURTHER = re.compile(r"\b(?:keine\s+weitere(?:n)?\s+" + FOLLOW_UP + r"|" + FOLLOW_UP + r"\s+(?:ist|wird)\s+(?:damit\s+|hiermit\s+)?"
                         r"(?:abgeschlossen|geschlossen|beendet|eingestellt)"
                         r"|weitere[nr]?\s+(?:" + FOLLOW_UP + r"|Berichterstattung|Bericht\w*)\s+(?:\w+\s+){0,4}?(?:ist|wird|sind)\s+"
                         r"nicht\s+(?:mehr\s+)?(?:erforderlich|vorgesehen|notwendig|geplant)"
                         # "eine weitere Berichterstattung erfolgt nicht."
                         r"|weitere[nr]?\s+(?:" + FOLLOW_UP + r"|Berichterstattung|Bericht\w*)\s+erfolg(?:t|en)\s+nicht\b"
                         r"|(?<!einen\s)abschließenden\s+Bericht|(?:ist|wird)\s+(?:hiermit\s+|damit\s+)?die\s+" + FOLLOW_UP
                         # ("… wird die Beschlusskontrolle zu beiden Anträgen abgeschlossen.")
                         # (not for some of its points only: "… die Beschlusskontrolle für Ziffer 1 und 2 abgeschlossen")
                         + r"(?:\s+(?:zu|zum|zur|für)\s+(?!(?:die\s+|den\s+)?(?:Ziffer|Punkt|Beschlusspunkt|Nr\.)\w*\s+\d)[^.,;]{1,50}?)?\s+(?:hiermit\s+|damit\s+)?abgeschlossen"
                         r"|(?:betrachtet|sieht)\s+(?:den|diesen)\s+Beschluss\s+(?:damit\s+)?als\s+(?:erledigt|umgesetzt))", re.I)
# What a final report says is dealt with: the resolution or the matter, not a step of it.
_MATTER = r"(?:Beschluss\w*|Vorgang|Auftrag|Angelegenheit|Antrag|Ersuchen|Prüfauftrag|Sache)"
_FINAL = re.compile(
    r"\b(?:abschließende?[n]?\s+(?-i:(?:Information|Bericht|Beschlusskontrolle|Mitteilung)\b)|Abschluss\s+der\s+Bearbeitung|Abschlussbericht"
    # "Mit dieser Vorlage wird abschließend berichtet" (but "Das Bezirksamt wird … abschließend berichten." and "Die BVV
    # wird bis zum 31.12.2024 abschließend informiert." announce that report)
    # ("Zur Umsetzung wird abschließend berichtet:" opens this letter's final report)
    r"|\b(?:wird|werden)\s+abschließend\s+(?:mitgeteilt|berichtet|informiert)\s*:"
    r"|(?:hiermit|damit|[Mm]it\s+diese[rm]\s+[\w-]+)\s+(?:(?:wird|werden)\s+)?(?:\w+\s+){0,2}abschließend\s+(?:mitgeteilt|berichtet|informiert|unterrichtet)\b|(?:ist|sind|wurde|wurden)\s+(?:wie\s+folgt\s+)?(?:vollständig\s+)?umgesetzt\s+worden"
    # what is done must be the resolution or the matter, not a step of it ("die Beteiligung ist damit abgeschlossen")
    rf"|{_MATTER}\b[^.]{{0,60}}?\b(?:ist|wurde)\s+(?:damit\s+)?"
    r"(?:\w+\s+){0,4}?(?:vollständig\s+)?(?:erledigt|abgeschlossen)\s*[.:]"
    rf"|(?:damit|somit|hiermit)\s+(?:ist|wurde)\s+(?:der|die|das|dieser|diese)\s+{_MATTER}\s+(?:\w+\s+){{0,5}}?(?:vollständig\s+)?"
    r"(?:erledigt|abgeschlossen)\s*[.:]"
    # "… dass der Beschluss des Beirates damit abschließend beantwortet ist"
    rf"|{_MATTER}\b[^.]{{0,60}}?\babschließend\s+(?:beantwortet|behandelt|bearbeitet|erledigt)\b"
    # "Wir bitten den Beirat, den Beschluss damit als erledigt zu betrachten." (not "als vorläufig erledigt")
    rf"|{_MATTER}\s+(?:damit\s+|hiermit\s+|somit\s+)?als\s+erledigt\s+(?:zu\s+betrachten|anzusehen)\b"
    r"|Schlussbericht)", re.I)
_INTERIM = re.compile(r"\b(?:Zwischenstand|Zwischenbericht|Sachstand|aktuellen\s+Stand|derzeitigen\s+Stand|Zwischeninformation)\b", re.I)
# A report still to come, named with an indefinite or a "further" article: "Eine weitere Mitteilung erfolgt nach …",
# "… wird bis Ende 2025 mit einem Schlussbericht informiert". ("Mit diesem Bericht wird …" is this letter.)
# The date of a further report still open: the report is to come ("Ein Termin für einen weiteren Bericht steht noch
# nicht fest."; the negation is the date's)
_NEXT_REPORT_UNDATED = re.compile(r"\b(?:Termin|Zeitpunkt)\s+(?:für\s+|des\s+|der\s+)?(?:den\s+|die\s+|einen\s+|eine\s+)?"
                                  r"(?:weitere[nr]?|nächste[nr]?|erneute[nr]?)\s+\w*(?:[Bb]ericht|Information|Unterrichtung|Sachstand)", re.I)
_ANNOUNCES_REPORT = re.compile(
    r"\b(?:[Ee]in(?:e[mnr]?)?|[Ww]eitere[nmr]?|[Nn]ächste[nmr]?)\s+(?:\w+\s+)?(?:\w*[Bb]ericht|Mitteilung|Information|Unterrichtung"
    r"|Sachstandsmitteilung)\w*\b(?:.*\b(?:folg(?:t|en)|erfolg(?:t|en)\s+(?:nach|im|bis|voraussichtlich|sobald|zum|mit))"
    r"|.*\b(?:wird|werden)\b.*\b(?:informiert|vorgelegt|berichtet|erstattet|unterrichtet)\b|\s+erhalten\s+Sie\b)"
    r"|\b(?:wird|werden)\b.*\b(?:mit\s+)?(?:ein(?:e[mnr]?)?|weitere[nmr]?)\s+\w*[Bb]ericht\w*\b"
    r"|\b(?:legt|legen)\b[^.]{0,80}\b(?:ein(?:e[mnr]?)?|weitere[nmr]?)\s+\w*[Bb]ericht\w*\s+vor\b", re.I)
_DEBRIS = re.compile(r"^[^A-Za-zÄÖÜäöü]*$|^\W?\w{0,2}\W*$")


# Words of the next review's announcement, the targets of OCR mending ("erneut bcrichten", "Die nächstc …");
# pipeline.mandates mends them too before it looks for the end of the answers
REVIEW_FORMS = by_length(REVIEW_WORDS)


def find_next_review(lines: list[str], after_points: list[str] = ()) -> str | None:
    """The next review the letter announces. `after_points`: what follows the last answer (no answer's
    own dates there), where a passive announcement counts wherever it stands."""
    # (a page's mark between two sentences ends the one before it: "… erneut berichten." / "- 1 -" / "Landeshauptstadt …")
    lines = ["" if re.fullmatch(PAGE_MARK, line.strip()) else mend_words(line, REVIEW_FORMS) for line in _across_page_break(lines)]
    found = _announced_review(lines)
    if found:
        return found
    if _NO_FURTHER.search(join_lines(lines, straighten=False)):
        return None     # "eine weitere Berichterstattung ist nicht vorgesehen": a later date is about something else
    for _, sentence in sentence_spans(join_lines(lines, straighten=False)):
        # (not a point's order quoted: "Der Bezirksvertretung ist über den Fortgang zu berichten.")
        if _REPORT_AGAIN.search(sentence) and not _ORDERS_REPORT.search(sentence):
            dates = sorted(find_periods(sentence) + find_dates(sentence), key=lambda d: d.start)
            if dates:
                return dates[-1].value
            year = _REVIEW_YEAR.search(sentence)     # "… wird der Magistrat im Jahr 2025 erneut berichten."
            if year:
                return year.group("year")
    labelled = labelled_review(lines)       # a field of the form: "Nächste Beschlussverfolgung: … Juli 2024"
    if labelled:
        return labelled
    # the letter's last words: "Über die Inbetriebnahme werde ich in der Sitzung am 17. Juli 2023 berichten."
    for last in (lines[-8:], [mend_words(line, REVIEW_FORMS) for line in after_points]):
        for _, sentence in reversed(sentence_spans(join_lines(last, straighten=False))):
            if _WILL_BE_REPORTED.search(sentence):
                dates = sorted(find_periods(sentence) + find_dates(sentence), key=lambda d: d.start)
                if dates:
                    return dates[-1].value
    return None


# A later page's running head: "Sachstandsbericht V0934/15 - Seite 2", "Stadt Halle (Saale) - … - Seite 2"
_PAGE_HEAD = re.compile(rf"^.{{0,100}}\s[-–—|]\s*{PAGE_MARK}$")


def _across_page_break(lines: list[str]) -> list[str]:
    """A sentence the page broke joined across the page's marks: "… spätestens" / "- 1 -" / "Sachstandsbericht … - Seite 2"
    / "zum 30.09.2016." (a sentence unfinished above, going on in small letters or digits below)."""
    out = list(lines)
    for k, line in enumerate(lines):
        if not re.fullmatch(PAGE_MARK, line.strip()):
            continue
        above = next((j for j in range(k - 1, max(-1, k - 4), -1) if lines[j].strip()), None)
        below = next((j for j in range(k + 1, min(len(lines), k + 6)) if lines[j].strip() and not _PAGE_HEAD.match(lines[j].strip())), None)
        if above is not None and below is not None and not re.search(r"[.!?:;]$", lines[above].strip()) \
                and re.match(r"[a-zäöüß\d]", lines[below].strip()):
            out[above + 1:below] = [None] * (below - above - 1)
    return [line for line in out if line is not None]


# A resolution ordering reports, in its infinitive: "… ist über den Fortgang zu berichten."
_ORDERS_REPORT = re.compile(r"\bzu\s+(?:berichten|informieren|unterrichten)\b")


# A form's field for the next review in its letterhead: "Wiedervorlage: 12/2023".
_REVIEW_FIELD = re.compile(r"^\W{0,2}(?:Wiedervorlage|N[äa]chste\s+(?:Berichterstattung|" + FOLLOW_UP + r"|Vorlage)"
                           r"|(?:Schluss|Abschluss)bericht(?=\s*:))\s*(?::|am|zum|im)?\s*(?P<value>\S.*)$")     # "Schlussbericht: bis 31.03.2024"


def labelled_review(lines: list[str]) -> str | None:
    """The next review from a labelled field ("Wiedervorlage: 12/2023", "Schlussbericht: bis 31.03.2024")."""
    for line in lines:
        m = _REVIEW_FIELD.match(line.strip())
        if m:
            dates = sorted(find_periods(m.group("value")) + find_dates(m.group("value")), key=lambda d: d.start)
            if dates:
                return dates[0].value
    return None


# (a season names its year only: "im Herbst 2024")
_REVIEW_YEAR = re.compile(r"\b(?:im\s+(?:Jahr(?:e)?|Laufe\s+des\s+Jahres|Frühjahr|Frühsommer|Sommer|Spätsommer|Herbst|Winter)|Ende|Anfang|Mitte|Ende\s+des\s+Jahres)\s+(?P<year>20\d{2})\b(?![./]\d)")
# (within one clause, no past between: "… wird nicht eingerichtet; der Ausschuss wurde am 05.09.2024 hierüber unterrichtet")
_SAME_CLAUSE = r"(?:(?!\bwurden?\b)[^;])*"
_WILL_REPORT = re.compile(rf"\b(?:werde|werden|wird)\b{_SAME_CLAUSE}\b(?:berichten|informieren|unterrichten|vorgelegt|vorlegen)\b", re.I)
# the passive too, in the letter's last words with a date: "Über die Inbetriebnahme wird … im Mai 2024 berichtet."
_WILL_BE_REPORTED = re.compile(rf"{_WILL_REPORT.pattern}|\b(?:wird|werden)\b{_SAME_CLAUSE}\b(?:berichtet|informiert|unterrichtet)\b", re.I)


def _announced_review(lines: list[str]) -> str | None:
    for k, line in enumerate(lines):
        m = _NEXT_REVIEW.search(line)
        if not m and k + 1 < len(lines):
            # an announcement broken over two lines ("Der nächste" / "Bericht folgt im April 2026."): the lines as one
            joined = line.rstrip() + " " + lines[k + 1].strip()
            m = _NEXT_REVIEW.search(joined)
            if m and m.start() < len(line.rstrip()) < m.end():
                line, lines = joined, lines[:k] + [joined, ""] + lines[k + 2:]
            else:
                m = None
        if not m:
            continue
        window = line[m.end():] + " " + " ".join(lines[k + 1:k + 2])
        # the announcement's own sentence may name the date late ("… erfolgt nach Abschluss der
        # Evaluierung, voraussichtlich im Dezember 2024"); close to the label any date counts
        dates = _dates_in_sentence(window, near=60)
        if dates:
            return dates[0].value
        y = re.search(r"(?:Ende|Mitte|Anfang)?\s*((?:19|20)\d{2})\b", window)
        if y and y.start() < 60:
            return y.group(1)
        # a long announcement names its date a line later: within its own sentence only
        dates = _dates_in_sentence(line[m.end():] + " " + " ".join(lines[k + 1:k + 4]), near=0)
        if dates:
            return dates[0].value
        # or before it, in the same sentence: "Ich gehe davon aus, Ihnen im Mai 2024 einen abschließenden Bericht …"
        before = (" ".join(lines[max(0, k - 2):k]) + " " + line[:m.start()])
        # (nothing, when it opens its sentence; an ordinal's stop ends none: "im 1. Quartal 2026")
        before = re.split(r"(?<!\b\d)(?<!\b[IVX])(?<!\b[IVX]{2})(?<!\b[IVX]{3})[.!?:](?:\s+(?=[A-ZÄÖÜ])|\s*$)", before)[-1]
        dates = _dates_in_sentence(before, near=0)
        if dates:
            return dates[-1].value
    return None


def _dates_in_sentence(text: str, near: int) -> list:
    """Dates in `text` up to its first sentence end (and any in its first `near` characters); a date
    after "vom"/"seit"/"am" is a past event."""
    sentence_end = next((e.start() for e in re.finditer(r"[.!?](?:\s+[A-ZÄÖÜ]|\s*$)", text)), len(text))
    dates = sorted(find_periods(text) + find_dates(text), key=lambda d: d.start)
    return [d for d in dates if d.start < near or d.start < sentence_end
            and not re.search(r"\b(?:vom|seit|am)\s*$", text[:d.start], re.I)]


_UNTICKED_OPTION = re.compile(rf"[{UNTICKED_GLYPHS}]\s*[A-ZÄÖÜa-zäöüß-]+")


def find_report_type(lead: str, body_text: str, next_review: str | None, statuses: list[str], title: str = "") -> str:
    """"final" or "interim", from the lead-in, the body, the next review and the points' states; the genre's
    heading (`title`) counts where it calls the report the last ("Abschließende Beschlusskontrolle"): a
    heading "Sachstand zum Beschluss …" heads final reports too."""
    # (words OCR split or damaged read whole: "abs chließend")
    lead, body_text = mend_words(lead, REVIEW_FORMS), mend_words(body_text, REVIEW_FORMS)
    # a form's unticked option says nothing ("Art des Berichts: ☐ Zwischenbericht ☒ Schlussbericht")
    lead, body_text, title = (_UNTICKED_OPTION.sub("", text) for text in (lead, body_text, title))
    if next_review:
        return "interim"   # a final report announces no further review
    if _NO_FURTHER.search(body_text) or _FINAL.search(lead) or _FINAL.search(title):
        return "final"
    if _INTERIM.search(lead):
        return "interim"
    # the closing sentences outrank a completion said earlier or of one resolution only: "Beschluss B-SV 44/2023
    # ist damit abgeschlossen. Zu Beschluss B-SV 51/2023 wird das Ortsamt den Beirat weiter unterrichten."
    # (a signature's pieces, "i. V." / "Maria Huber" / "2. Bürgermeisterin", are no sentences)
    # (a clause after a semicolon belongs to its sentence: "… fand nichtöffentlich statt; dieses Schreiben ist öffentlich.")
    sentences: list[str] = []
    for _, sentence in sentence_spans(body_text):
        if sentences and sentences[-1].rstrip().endswith(";"):
            sentences[-1] += " " + sentence
        else:
            sentences.append(sentence)
    # (nor the greeting with the name under it: "Mit freundlichen Grüßen Ulrike … Ortsamtsleiterin")
    sentences = [sentence for sentence in sentences if len(sentence.split()) >= 4 and not GREETING.match(sentence.strip())]
    if sentences and _FINAL.search(sentences[-1]) and not (_WILL_REPORT.search(sentences[-1]) or _REPORT_AGAIN.search(sentences[-1])
                                                           or _ANNOUNCES_REPORT.search(sentences[-1])):
        return "final"     # the last word says the matter is done: "… wird dem Gemeinderat vorgelegt. Der Beschluss ist damit erledigt."
    if any(_WILL_REPORT.search(sentence) or _REPORT_AGAIN.search(sentence) or _NEXT_REPORT_UNDATED.search(sentence)
           for sentence in sentences[-2:]):
        return "interim"   # "Wir werden den Beirat unterrichten, sobald uns weitere Informationen vorliegen."
    if any(_ANNOUNCES_REPORT.search(sentence) and not re.search(r"\b(?:nicht|kein\w*)\b", sentence)
           for _, sentence in sentence_spans(body_text)):
        return "interim"   # "Ein Schlussbericht folgt nach Abschluss der Prüfung.": the last word is still to come
    if _FINAL.search(body_text):
        return "final"
    known = [s for s in statuses if s != "unknown"]
    if known and all(s in ("done", "rejected") for s in known):
        return "final"
    return "interim"


def is_name(line: str) -> bool:
    """A person's name: not an organ ("Der Magistrat") nor a place ("Gemeinde X", "Markt Holzkirchen"), nor a
    post ("Erster Bürgermeister"); a surname that names a post too ends a name ("Dr. Jens-Uwe Kämmerer")."""
    if not NAME.match(line) or _NOT_A_NAME.match(line) or CITY.match(line):
        return False
    roles = list(ROLE_WORD.finditer(line))
    if not roles:
        return True
    *given, surname = line.split()
    surname_only = len(roles) == 1 and roles[0].group(0) == surname      # the one role word is the last word, whole
    return surname_only and not any(_POST_QUALIFIER.fullmatch(word) for word in given)


# The words that rank or qualify a post before its name: "Erster Bürgermeister", "Stellvertretender Landrat",
# "Berufsmäßige Stadträtin" (adjectives in -ig, -lich, -isch, -end; given names do not end so and inflect)
_POST_QUALIFIER = re.compile(r"(?:Erste|Zweite|Dritte|Ständige|Allgemeine|Beigeordnete|[A-ZÄÖÜ][a-zäöüß]*(?:ig|lich|isch|end)e)[rn]?")


_NOT_A_NAME = re.compile(r"^(?:Der|Die|Das|Den|Dem|Des|Stadt|Gemeinde|Landkreis|Landeshauptstadt|Bezirksamt|Kreis|Amt|Im|In|Mit)\b")


def is_role(line: str) -> bool:
    # (no digits: an address or a date; but an ordinal may rank the post: "2. Bürgermeister", and a unit's
    # number may end it: "Fachbereichsleiterin 3", "Leiter Amt 61")
    return bool(ROLE_WORD.search(line)) and len(line) < 90 \
        and not re.search(r"\d", re.sub(r"\s\d{1,3}$", "", re.sub(r"^\s*[1-3]\.\s", "", line.rstrip())))


# A surname signed alone ("Sittel" over "Bürgermeister"), as old letters and typewritten copies print it.
_SURNAME_ALONE = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]{2,}(?:-[A-ZÄÖÜ][a-zäöüß]{2,})?$")


def signed_name(line: str, below: str, marked: bool = False) -> bool:
    """A signer's name: a full name, a name whose first letters a signature swallowed, or a surname alone
    that is no German word, each over a role (or `marked` as signed: "gez. Oberhäuser-Lenz")."""
    return is_name(line) or (_damaged_name(line) or bool(_SURNAME_ALONE.match(line)) and line.lower() not in lexicon()
                             and line not in lexicon() and not is_role(line)) and (is_role(below) or marked)


def signed_copy(line: str) -> bool:
    """"gez. …": a copy marks the name under it as signed."""
    return bool(re.match(r"(?i)\s*gez(?:\.|eichnet)", line))


def _damaged_name(line: str) -> bool:
    """A name whose first letters a signature swallowed ('.hristian Wirftrich')."""
    return bool(re.fullmatch(r"\W{0,2}[a-zäöü]{2,}(?:\s+[A-ZÄÖÜ][a-zäöüß]+){1,2}", line))


# Who gets a copy: "nachrichtlich: Wehrleitung …", "Verteiler:", "Abdruck an:"
_DISTRIBUTION = re.compile(r"^(?:nachrichtlich|Verteiler|Abdruck(?:\s+an)?|Kopie(?:\s+an)?|Durchschrift(?:\s+an)?)\s*:", re.I)


# An organ named with its article alone on its line ("Der Magistrat", "Der Kreisausschuss"): who signs is below it
_ORGAN = re.compile(r"^(?:Der|Die|Das)\s+[A-ZÄÖÜ][\wäöüß-]+$")


# A handwritten signature that OCR read as letters: one token, small and capital letters mixed as no word mixes
# them ("vIUNVWV-": a capital after a small letter, four capitals or more)
_SCRIBBLE = re.compile(r"^\W*(?=\S*[a-zäöü][A-ZÄÖÜ])(?=(?:\S*?[A-ZÄÖÜ]){4})\S{5,}$")


# (or capitals beside a name or role in a row that OCR read across the signature: "Bürgermeisterin INININTISSINSFR")
_CAPITALS_RUN = re.compile(r"\s+(?P<run>[A-ZÄÖÜ]{6,})\b")


def _without_scribbled_tail(text: str) -> str:
    """The line without a signature OCR read as a run of capitals that is no word, and what follows it."""
    for m in _CAPITALS_RUN.finditer(text):
        run = m.group("run")
        # (a stroke's letters, I, N, M, U, V, W, make much of it, and no E, as no long German word in capitals,
        # "GESCHÄFTSBEREICH", "UMWELTMINISTERIUM", is made)
        strokes = sum(ch in "INMUVW" for ch in run)
        if len(run) >= 10 and strokes >= 0.4 * len(run) and "E" not in run and run.lower() not in lexicon():
            return text[:m.start()]
    return text


def _blocks(lines: list[str], displaced: list[str] | None = None) -> list[Person]:
    """The signature blocks in order: a name, or a role left without its name, with the
    role lines printed under it. A role printed above a name that has its own role below goes
    to `displaced` (in a two-column closing it is the other column's role)."""
    people: list[Person] = []
    name: str | None = None
    role: list[str] = []
    open_block = False
    role_first = False     # the block began with its role; its name follows
    after_attachment = 0

    def close() -> None:
        nonlocal name, role, open_block, role_first
        if open_block:
            people.append(Person(name=name, role=_without_scribbled_tail(clean_value("\n".join(role))) or None if role else None))
        name, role, open_block, role_first = None, [], False, False

    texts = [line.strip().rstrip("'’‘`´\"") for line in lines]   # a signature's tail read as a quote mark
    texts = ["" if _SCRIBBLE.match(text) else text for text in texts]
    following_of = [""] * len(texts)     # the next non-empty line after each, and where it stands (one pass: linear time)
    following_at: list[int | None] = [None] * len(texts)
    for k in range(len(texts) - 2, -1, -1):
        following_of[k] = texts[k + 1] or following_of[k + 1]
        following_at[k] = k + 1 if texts[k + 1] else following_at[k + 1]
    for k, text in enumerate(texts):
        following = following_of[k]
        if not text:
            unfinished = role and re.search(r"(?:,|\bund|\bfür|-)$", role[-1])
            # a role printed above its name, a signature's space between them
            # (or "Der Oberbürgermeister" / "In Vertretung": the organ over a deputy's signature)
            # (roles over two lines, "Der Magistrat" / "Oberbürgermeister", above a name that has no role of its own)
            after_name = following_of[following_at[k]] if following_at[k] is not None else ""
            awaits_name = (role_first or not is_role(after_name)) and role and not name \
                and (is_name(following) or DEPUTY.match(following))
            if role and (not following[:1].islower() or _DISTRIBUTION.match(following)) and not unfinished and not awaits_name:
                close()
            elif awaits_name and not role_first:
                # the organ over its head's role ("Der Magistrat" / "Oberbürgermeister"): the role is the nearer line
                role, role_first = [line for line in role if not _ORGAN.match(line)] or role, True
            continue
        if re.match(r"^Anlage", text) or _DISTRIBUTION.match(text):     # (the list under it names no signatory)
            close()
            after_attachment = 6
            continue
        if after_attachment:
            after_attachment -= 1
            if not (is_name(text) and is_role(following)) and not (open_block and is_role(text)):
                continue
        deputy = DEPUTY.match(text)
        if deputy and signed_copy(text) and deputy.group("rest") and open_block and role and not name:
            # "gez." marks a copy without a signature, its role printed above ("Der Magistrat" /
            # "Oberbürgermeister" / "gez. Dr. Jonas Wehrheim"): the line just above is the signer's role
            name, role, role_first = deputy.group("rest"), [role[-1]], True   # a role under the name still wins
            continue
        if deputy:
            if open_block and not name:
                name, role, open_block, role_first = None, [], False, False   # "Der Landrat / In Vertretung": the organ, not a signatory
            close()
            text = deputy.group("rest")
            if not text:
                continue
        if signed_name(text, following, marked=signed_copy(texts[k])):
            if open_block and role and not name and role_first:
                name = text          # the role printed above the name ("Beigeordneter" / "Ascan Egerer")
                continue
            if open_block and (role or name):
                close()
            name, open_block, role_first = text, True, False
            continue
        beside = None if open_block and (name or not role) else role_then_name(text)
        if beside and not is_role(following):
            # "Stadträtin Dr. Miriam Oppermann-Lenz": the post, then the name, on one line (under the organ's title:
            # "Der Verbandsvorsitzende" / "Landrat Dr. Ulrich Hemmerle")
            over = role if open_block else []
            name, role, open_block = beside[1], over + [beside[0]], True
            close()
            continue
        if role_first and name and is_role(text):
            if is_name(following):
                close()          # the next block of a role-first closing
            else:                # a role under the name: the line above it named the organ ("Der Magistrat")
                if displaced is not None:
                    displaced.append(clean_value("\n".join(role)))
                role, role_first = [text], False
                continue
        if open_block and (is_role(text) or not re.search(r"\d", text)) and len(text) < 90 and (role or is_role(text) or text[:1].islower()):
            role.append(text)
            continue
        if is_role(text):
            close()
            role, open_block, role_first = [text], True, not following or not is_role(following)
            continue
        if _DEBRIS.match(text):
            continue
        close()
    close()
    # "gez. Dr. Kuhlmann-Bäcker" over the typed "Dr. Annette Kuhlmann-Bäcker" / "Beigeordnete": one signer, the fuller block
    return [p for k, p in enumerate(people) if not (
        k + 1 < len(people) and p.name and not p.role and people[k + 1].name and people[k + 1].name != p.name
        and people[k + 1].name.endswith(p.name.split()[-1]))]


_NAME_THEN_LABEL = re.compile(r"^(?P<name>.+?)\s+(?P<label>Kenntnis(?:nahme|\s+genommen)\s*:?)$")


# "i. V.   Kenntnisnahme:": the signatory's formula and the acknowledgement's label on one row
_FORMULA_THEN_LABEL = re.compile(r"^(?P<formula>i\.\s?[AV]\.|Im\s+Auftrag|In\s+Vertretung|gez\.)\s+(?P<label>(?:Zur\s+)?Kenntnis(?:nahme|\s+genommen)\b.*)$")


def _formula_beside_label(lines: list[str]) -> list[str]:
    """The formula and the label apart, the label first: the sender's column (formula, name, role)
    then follows below it as the first block, the acknowledging one as the second."""
    out = []
    for line in lines:
        m = _FORMULA_THEN_LABEL.match(line.strip())
        out += [m.group("label"), m.group("formula")] if m else [line]
    return out


def _label_beside_name(lines: list[str]) -> list[str]:
    """A two-column closing that text conversion ran into one line ("Dr. Ulrich Kersten Kenntnis
    genommen" over "Beigeordneter …"): the Kenntnisnahme label goes below the sender's role."""
    for i, line in enumerate(lines):
        m = _NAME_THEN_LABEL.match(line.strip())
        if m and (signer := name_comma_role(m.group("name"))):
            # "gez. Dr. Friederike Lanz, Bürgermeisterin Kenntnisnahme:": the signer's block, then the label
            return lines[:i] + list(signer) + [m.group("label")] + lines[i + 1:]
        above = lines[i - 1].strip() if i else ""
        if m and is_role(m.group("name")) and is_name(deputy.group("rest") if (deputy := DEPUTY.match(above)) else above):
            # (the same once the name and the role were parted: "Bürgermeisterin Kenntnisnahme:" under the name)
            return lines[:i] + [m.group("name"), m.group("label")] + lines[i + 1:]
        if m and is_name(m.group("name")):
            below = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
            at = below + 1 if below is not None and is_role(lines[below].strip()) else i + 1
            return lines[:i] + [m.group("name")] + lines[i + 1:at] + [m.group("label")] + lines[at:]
    return lines


def role_then_name(line: str) -> tuple[str, str] | None:
    """(post, name) of a line that prints the post first and a full name after it, at the first place
    where the words before are a post and the words after a name (not a unit's: "Amtsleiterin Stadtbezirksamt Pieschen")."""
    words = line.split()
    return next(((" ".join(words[:k]), " ".join(words[k:])) for k in range(1, len(words) - 1)
                 if is_role(" ".join(words[:k])) and is_name(" ".join(words[k:])) and not is_role(" ".join(words[k:]))
                 and not _UNIT_WORD.search(words[k])), None)


# A unit's word, which opens no name: "Stadtbezirksamt", "Ortsverwaltung", "Bauverwaltung"
_UNIT_WORD = re.compile(r"(?:amt|ämter|verwaltung|referat|dezernat|bereich|behörde|betrieb|stelle)$", re.I)


def _halves(line: str, test, rank=None) -> tuple[str, str] | None:
    """The one way to cut `line` at a space into two parts that both pass `test`, or None. Where
    several do, `rank` (lower is likelier) may single one out."""
    words = line.split()
    cuts = [(" ".join(words[:k]), " ".join(words[k:])) for k in range(1, len(words))]
    found = [(a, b) for a, b in cuts if test(a) and test(b)]
    if len(found) > 1 and rank:
        best = min(rank(a, b) for a, b in found)
        found = [cut for cut in found if rank(*cut) == best]
    return found[0] if len(found) == 1 else None


_TITLE_WORD = re.compile(rf"^{_TITLE}$")
# Words that name a unit, not a post: a role does not start with them alone ("Verwaltung Oberbürgermeisterin")
_UNIT_WORDS = {"Verwaltung", "Abteilung", "Fachbereich", "Dezernat", "Leitung"}


def _name_rank(left: str, right: str) -> int:
    """How far two names are from the usual given name and surname: 'Dr. Rüdiger Thalheim' / 'Gisela Eckardt'
    before 'Dr. Rüdiger' / 'Thalheim Gisela Eckardt'."""
    plain = [len([w for w in part.split() if not _TITLE_WORD.match(w + " ")]) for part in (left, right)]
    return sum(abs(n - 2) for n in plain)


def _role_rank(left: str, right: str) -> int:
    """A role that starts with a unit's name ("Verwaltung Oberbürgermeisterin") is a cut in the wrong place."""
    return sum(part.split()[0] in _UNIT_WORDS for part in (left, right))


def _role_head(part: str) -> bool:
    """A role that starts with its role word ("Leiterin Bauamt", "Erster Bürgermeister"), not with a
    unit's name ("Bauamt Erster Bürgermeister"): how two roles run into one line are told apart."""
    words = re.sub(r"^(?:Der|Die)\s+", "", part).split()
    while len(words) > 1 and _QUALIFIER.fullmatch(words[0]) and not ROLE_WORD.search(words[0]):
        words = words[1:]             # "Technischer Betriebsleiter": the role word after its adjective
    return is_role(part) and bool(words) and bool(ROLE_WORD.search(words[0])) \
        and not re.search(r"(?:\b(?:Erste|Zweite|Stellvertretende|[A-ZÄÖÜ][a-zäöü]+(?:isch|lich|ig)e)|\s[A-ZÄÖÜ][a-zäöü]+ende)[rn]?$", part) \
        and not RUNS_ON.search(part)    # "Erster", "Technischer" qualify the role after them; "Leiterin des" goes on


# An adjective before a role word: "Erster", "Stellvertretende", "Technischer", "Kaufmännische", "Leitender"
_QUALIFIER = re.compile(r"(?:Erste|Zweite|Stellvertretende|[A-ZÄÖÜ][a-zäöü]+(?:isch|lich|ig|end)e)[rn]?")


def _two_roles(text: str) -> tuple[str, str] | None:
    """Two signers' roles read as one: "Beigeordnete für Umwelt Oberbürgermeister" (side by side), or with the left
    role's second line after both ("Beigeordnete für Umwelt und Klima, Oberbürgermeister Recht und Ordnung")."""
    halves = _halves(text, _role_head, _role_rank)
    if halves:
        return halves
    words = text.split()
    found = [(" ".join(words[:k] + words[m:]), " ".join(words[k:m]))
             for k in range(1, len(words) - 1) if words[k - 1].endswith(",")
             for m in range(k + 1, len(words)) if _role_head(" ".join(words[k:m])) and _role_head(" ".join(words[:k]).rstrip(","))
             and not ROLE_WORD.search(words[m]) and words[m][:1].isupper()]
    return found[0] if len(found) == 1 else None


def _full_name(part: str) -> bool:     # "gez. Theresa Windisch"
    m = DEPUTY.match(part)
    name = m.group("rest") if m else part
    return len(name.split()) >= 2 and is_name(name)


def _names_and_roles(row: str, below: str) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """Two names side by side over their two roles ("Thomas Glöck Dipl.-Ing. Bernd Ruh" / "Verbandsvorsitzender
    Technischer Betriebsleiter"); the left role may go on below the row ("Beigeordneter für Stadtentwicklung,
    Oberbürgermeister" / "Bau, Verkehr …")."""
    names = _halves(row.strip(), _full_name, _name_rank)
    roles = _halves(below.strip(), _role_head, _role_rank) \
        or _halves(below.strip(), lambda part: _role_head(part.rstrip(",")), _role_rank) if names else None
    return (names, roles) if names and roles else None


def names_side_by_side(row: str, below: str) -> bool:
    """Whether `row` holds two signers' names, their roles on the line below."""
    return _names_and_roles(row, below) is not None


def _signatures_run_together(lines: list[str]) -> list[str]:
    """Two signature blocks side by side that a text conversion ran into single lines ("Markus Brand
    Ulrike Stein" over "Oberbürgermeister Bürgermeisterin"): the left block, then the right."""
    for i in range(len(lines) - 1):
        found = _names_and_roles(lines[i], lines[i + 1])
        if found:
            names, roles = found
            left, rest = roles[0], lines[i + 2:]
            if re.search(r"(?:,|\bund|\bfür)$", left) and rest and rest[0].strip() and not is_name(rest[0].strip()):
                left, rest = f"{left} {rest[0].strip()}", rest[1:]   # the left role's second line under the row
            return lines[:i] + [names[0], left, "", names[1], roles[1]] + rest
    return lines


_GLUE = re.compile(r"(?<=[a-zäöüß])(?=[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][\wäöüß-]+\s*$)")


def _unglued(lines: list[str]) -> list[str]:
    """A signature row whose two columns OCR ran together without a space ("Beigeordneter für Umwelt
    und KommunalwirtschaftHelma Orosz"): the left column's role, then the right column's name."""
    out = []
    for k, line in enumerate(lines):
        m = _GLUE.search(line)
        # or with a space between, the columns' lines staggered: "Dr. Carsten Hübler" / "Bürgermeister Matthias
        # Kronberg" / "Oberbürgermeister" (the left name above, the right role below)
        above = next((x.strip() for x in reversed(lines[:k]) if x.strip()), "")
        below = next((x.strip() for x in lines[k + 1:] if x.strip()), "")
        spaced = _role_and_name(line.strip()) if is_name(above) and is_role(below) else None
        if m and is_role(line[:m.start()].strip()) and is_name(line[m.start():].strip()):
            out += [line[:m.start()], line[m.start():]]
        elif spaced:
            out += list(spaced)
        else:
            out.append(line)
    return _left_role_wrapped(out)


def _left_role_wrapped(lines: list[str]) -> list[str]:
    """Two signature blocks side by side, staggered, the left role broken over two lines: "Robert Langhammer" /
    "Beigeordneter für Stadtentwicklung, Andreas Pätzold" / "Bau, Verkehr und Liegenschaften Oberbürgermeister"
    -> the left name with its whole role, then the right name and role."""
    for k in range(1, len(lines) - 1):
        if not is_name(lines[k - 1].strip()):
            continue
        words = lines[k].split()
        cut = next((n for n in range(2, len(words) - 1) if words[n - 1].endswith(",") and is_role(" ".join(words[:n]).rstrip(","))
                    and is_name(" ".join(words[n:])) and len(words[n:]) >= 2), None)
        if cut is None:
            continue
        below = lines[k + 1].split()
        # the row below: the left role's rest, then the right block's role
        tails = [(" ".join(below[:n]), " ".join(below[n:])) for n in range(1, len(below))]
        tails = [(rest, role) for rest, role in tails if _role_head(role) and not is_role(rest)]
        if len(tails) == 1:
            rest, role = tails[0]
            return lines[:k] + [f"{' '.join(words[:cut])} {rest}", "", " ".join(words[cut:]), role] + lines[k + 2:]
    return lines


def _role_run_into_name(lines: list[str]) -> list[str]:
    """Two signature columns whose second row ran together ("Martin Keßler   Kenntnisnahme:" / "Beigeordneter für
    Bildung, Jugend und Sport Thomas Reinhold" / "Oberbürgermeister"): the role under the left name is the sender's,
    the name after it the acknowledgement's, under its label."""
    ack = [i for i, line in enumerate(lines) if ACK.match(line.strip())]
    if len(ack) != 1:
        return lines
    for k, line in enumerate(lines):
        above = next((j for j in range(k - 1, -1, -1) if lines[j].strip() and j != ack[0]), None)
        split = _role_and_name(line.strip()) if above is not None and 0 < k - ack[0] <= 3 else None   # (the label heads its column)
        if split and is_name(lines[above].strip()):
            role, name = split
            rest = [x for i, x in enumerate(lines) if i > k and i != ack[0]]
            return [x for i, x in enumerate(lines[:k]) if i != ack[0]] + [role, "", lines[ack[0]].strip(), name] + rest
    return lines


def _role_and_name(line: str) -> tuple[str, str] | None:
    """'Bürgermeister Matthias Kronberg' -> ('Bürgermeister', 'Matthias Kronberg'): the one cut into a role and a full name."""
    words = line.split()
    cuts = [(" ".join(words[:k]), " ".join(words[k:])) for k in range(1, len(words) - 1)]
    found = [(a, b) for a, b in cuts if _role_head(a) and is_name(b) and len(b.split()) >= 2]
    return found[0] if len(found) == 1 else None


def name_comma_role(line: str) -> tuple[str, str] | None:
    """A signer's name and role on one line, a comma between ("gez. Karl-Heinz Wolfram, Bürgermeister"):
    (name, role), or None."""
    head, comma, tail = line.strip().partition(", ")
    deputy = DEPUTY.match(head) if comma else None
    name = deputy.group("rest") if deputy else head
    return (head, tail) if comma and len(name.split()) >= 2 and is_name(name) and _role_head(tail) else None


def _name_comma_role(lines: list[str]) -> list[str]:
    """Each signer's name and role on one line: the name, then the role below it, as signature blocks print them."""
    return [part for line in lines for part in (name_comma_role(line) or [line])]


# A page's footer between the greeting and the signatures of the next page: its row of labels
# ("Besucheranschrift Postanschrift Internet") and its address lines (postcode, Postfach, web address).
_FOOTER_LABELS = re.compile(r"^(?:(?:Besucheranschrift|Postanschrift|Hausanschrift|Bankverbindung|Internet|Telefon|Sprechzeiten)\b:?\s*){2,}$")
_FOOTER_LINE = re.compile(r"\b\d{5}\s+[A-ZÄÖÜ]|\bPostfach\b|\bwww\.|@|\bIBAN\b")


def _without_footer(lines: list[str]) -> list[str]:
    out, footer = [], False
    for line in lines:
        text = line.strip()
        footer = bool(_FOOTER_LABELS.match(text)) or footer and bool(text) and bool(_FOOTER_LINE.search(text))
        if not footer and not re.fullmatch(r"[-–]\s*\d{1,2}\s*[-–]", text):     # and the next page's number, "- 2 -"
            out.append(line)
    return out


def _without_greeting(closing: list[str]) -> list[str]:
    """The closing's lines without the greeting, a page's footer and a received stamp; a Kenntnisnahme label
    printed beside the greeting stays."""
    out = []
    for line in _without_stamp(_without_footer(closing)):
        if not GREETING.match(line.strip()):
            out.append(line)
        elif label := _label_beside_greeting(line):
            out.append(label)
    return out


# A received stamp read under the signature: its label ("Eingang", "Posteingang: …"), then a line or two
# (the office) and its date ("20. MRZ 2025")
_RECEIVED = re.compile(rf"^{RECEIPT}\b", re.I)


def _without_stamp(lines: list[str], in_text: bool = False) -> list[str]:
    """The lines without a received stamp's: its label and, up to its date, the short lines under it.
    (`in_text`: among a letter's sentences, where "Eingang der Unterlagen …" opens one, the label's line is
    short and ends no sentence, and the date follows)"""
    out, k = [], 0
    while k < len(lines):
        label = lines[k].strip()
        if _RECEIVED.match(label) and not (in_text and (len(label) > 40 or label.endswith(".") or not _dated_below(lines, k))):
            following = [j for j in range(k + 1, min(len(lines), k + 4)) if lines[j].strip()]
            dated = next((j for j in following if find_dates(lines[j]) and len(lines[j].strip()) <= 20), None)
            k = dated + 1 if dated is not None else k + 1
            continue
        out.append(lines[k])
        k += 1
    return out


def _dated_below(lines: list[str], k: int) -> bool:
    return any(find_dates(line) and len(line.strip()) <= 20 for line in lines[k + 1:k + 4])


def without_received_stamp(lines: list[str]) -> list[str]:
    """A letter's text without a received stamp OCR read among its sentences ("EINGANG KREISTAGSBÜRO" / "06. MRZ. 2024")."""
    return _without_stamp(lines, in_text=True)


def _label_beside_greeting(line: str) -> str:
    """'Mit freundlichen Grüßen   Kenntnisnahme:' -> 'Kenntnisnahme:': the acknowledgement's label stands
    beside the greeting, heading the right column; '' when the line holds no such label."""
    m = re.search(rf"\s(?={ACK_WORD}\s*:?\s*$)", line)
    return line[m.end():].strip() if m and GREETING.match(line[:m.start()].strip()) else ""


# Posts that sign letters, the targets of OCR mending (seven letters or more; see nlp.by_length)
_POSTS = ("Oberbürgermeister", "Bürgermeister", "Bezirksbürgermeister", "Ortsbürgermeister", "Ortsvorsteher", "Amtsleiter",
          "Fachbereichsleiter", "Abteilungsleiter", "Referatsleiter", "Dezernent", "Geschäftsführer")
_ROLE_FORMS = by_length({*_POSTS, *(f"{post}in" for post in _POSTS), "Beigeordnete", "Beigeordneter", "Landrätin", "Stadtdirektor"})


def find_signatories(closing: list[str], by_column: bool = False) -> tuple[Person | None, Person | None]:
    """(sender, acknowledged_by) from the lines after the greeting. When a text's OCR put the
    sender's block after the 'Kenntnisnahme' label, the first block there is the sender. Where the
    page's layout was read (`by_column`: a PDF or an image), signature blocks side by side come out
    one column after the other: a label opening the closing heads its own column, the acknowledgement,
    and the sender's signed column follows."""
    # (a post's name read through one damaged glyph: "Ortsvorsteber")
    closing = [mend_words(line, _ROLE_FORMS) for line in closing]
    lines = _label_beside_name(_signatures_run_together(_name_comma_role(_formula_beside_label(
        _unglued(_role_run_into_name(_without_greeting(closing)))))))
    ack_at = next((i for i, line in enumerate(lines) if ACK.match(line.strip())), None)
    if ack_at is None:
        people = _blocks(lines)
        return (people[0] if people else None), None
    before = _blocks(lines[:ack_at])
    label_rest = re.sub(rf"^{ACK_WORD}\s*:?\s*", "", lines[ack_at].strip(), flags=re.I)
    displaced: list[str] = []
    after = _blocks([label_rest] + lines[ack_at + 1:], displaced)
    if before:
        sender = before[0]
        roles = _two_roles(after[0].role) if after and after[0].role and len(after) == 1 else None
        if sender.name and not sender.role and roles:
            # "Jana Holzmüller-Rieck" / "Kenntnisnahme:" / "Jan Feldhusen" / "Beigeordnete für … Oberbürgermeister": both
            # columns' roles on one row under the second name; the left one is the sender's
            return Person(name=sender.name, role=roles[0]), Person(name=after[0].name, role=roles[1])
        if sender.name and not sender.role and displaced:
            # "Dr. Susanne Weigand" / "Kenntnis genommen:" / "Beigeordnete …" / "Michael Brandner" / "Oberbürgermeister":
            # two columns read one after the other; the role above the other name is the sender's
            sender = Person(name=sender.name, role=displaced[0])
        return sender, (after[0] if after else None)
    if len(after) == 1 and after[0].name and after[0].role and (roles := _halves(after[0].role, _role_head, _role_rank)):
        # the label heads the right column, whose role was printed without a name beside the signed block's
        # role: "Leiter des Amtes für Kultur  Oberbürgermeister" is two roles, the sender's and the acknowledger's
        return Person(name=after[0].name, role=roles[0]), Person(name=None, role=roles[1])
    if len(after) >= 2:
        # (a role without a name after the first block is the acknowledgement's, left unsigned)
        return (after[1], after[0]) if by_column and after[1].name else (after[0], after[1])
    return None, (after[0] if after else None)
