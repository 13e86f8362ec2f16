"""Header fields: city, department, file number, letter date, recipients, and the resolutions
the letter reports on with their subjects (confidentiality: pipeline.marking)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.dates import find_dates
from pipeline.lexicon import FORM_KIND, REPORT_TITLE, STREET_ENDING
from pipeline.marking import BOX_GLYPH, BOX_LINE, is_marking
from pipeline.references import find_resolutions, find_sessions, has_resolution, mend_roman_edges, session_district
from pipeline.sections import SECTION_HEADING
from pipeline.tables import heading_row
from pipeline.text import RUNS_ON, clean_value, join_lines, within_one_edit

# a street, its number and perhaps the postcode and town, ending a letterhead's line: the address column beside the name
_STREET_AT_END = rf"\s+[A-ZÄÖÜ][\wäöüß-]*(?:{STREET_ENDING}|markt)\s+\d{{1,3}}[a-z]?(?:,?\s+\d{{5}}\s+[A-ZÄÖÜ][\w -]+)?$"
CITY = re.compile(
    # an Amt's name of two words filling the line: "Amt Seenlandschaft Waren"
    r"^(?:Die\s+|Der\s+)?(?P<city>Amt\s+(?!(?:Der|Die|Das|Für)\b)[A-ZÄÖÜ][\w.-]+\s+(?!(?:Der|Die|Das)\b)(?![\w-]*(?i:amt|verwaltung|mitteilung|vorlage|drucksache|bericht|information)\b)[A-ZÄÖÜ][\w.()-]+(?=\s*$)|(?:Landeshauptstadt|Freie\s+und\s+Hansestadt|Freie\s+Hansestadt|Hansestadt|Große\s+Kreisstadt"
    r"|Kreisfreie\s+Stadt|Stadtverwaltung|Magistrat\s+der\s+Stadt|Stadt|Gemeinde"
    # Bundesstadt, Universitätsstadt, Lutherstadt, "Hanse- und Universitätsstadt", "Kreis- und Hochschulstadt"
    r"|(?:[A-ZÄÖÜ][a-zäöü]+-\s+und\s+)?[A-ZÄÖÜ][a-zäöü]+stadt"
    r"|Markt|Landkreis|Landratsamt|Kreisverwaltung|Kreis|Bezirksamt|Bezirk|Amt(?=\s+[A-ZÄÖÜ])(?!\s+Für)|Samtgemeinde|Städteregion|Regionalverband|Region|Verbandsgemeindeverwaltung|Verbandsgemeinde|Gemeindeverwaltung|Ortsgemeinde)"
    # "Offenbach am Main", "Murnau a. Staffelsee", OCR's "Offenbach amMain"; a double name filling the line: "Amt Peenetal/Loitz"
    # (a name after a preposition, filling the line: "Amt Am Peenestrom")
    r"\s+(?!(?:Der|Die|Das)\b)(?:(?:Am|Im|An\s+der)\s+(?=[A-ZÄÖÜ][\w.-]+\s*$))?[A-ZÄÖÜ][\w.-]+(?:/[A-ZÄÖÜ][\w.-]+(?=\s*$))?(?:\s+(?:am|an\s+der|a\.(?:\s?d\.)?|im|in|ob\s+der|von)\s*[A-ZÄÖÜ][\w.-]+|\s+\([A-ZÄÖÜ][\w. ]+\))?"
    # a name of several words that fills the line: "Mansfelder Grund-Helbra", "Malchin am Kummerower See"
    # (after a word that cannot end it: an adjective, "Bad")
    r"(?:(?:(?<=Bad)|(?<=[a-zäöü]er)|(?<=[a-zäöü]re)|(?<=ische)|(?<=ischen)|(?<=ischer)|(?<=\bam\s[A-ZÄÖÜ][a-zäöü]{3}er))"
    r"(?:\s(?!(?:Der|Die|Das|Geschäftsbereich|Dezernat|Fachbereich|Referat|Abteilung|Postfach)\b)"
    r"(?![\w-]*(?i:amt|verwaltung|mitteilung|vorlage|drucksache)\b)[A-ZÄÖÜ][\w.-]+){1,2}(?=\s*$))?"
    # a Kreis whose name is the whole line: "Saale-Holzland-Kreis", "Erzgebirgskreis", "Rhein-Sieg-Kreis"
    r"|(?!Land|Wahl|Stadt)[A-ZÄÖÜ][a-zäöüß]{2,}(?:-[A-ZÄÖÜ][a-zäöüß]+)*(?:-Kreis|kreis)(?=\s*$)"
    # a Zweckverband is named by its task and area, the whole line: "Zweckverband Abwasserbeseitigung Obere Iller"
    # ("Abwasserzweckverband Untere Bode", "Wasser- und Abwasserzweckverband Fläming-Nord", "Zweckverband Wasser und Abwasser Vogtland")
    r"|(?:[A-ZÄÖÜ][\wäöüß]+-\s+und\s+)?(?:[A-ZÄÖÜ][a-zäöüß]+z|Z)weckverband(?:\s+(?:(?:und|für|zur)\s+)?[A-ZÄÖÜ][\w.-]+){1,4}"
    r"(?=\s*$|" + _STREET_AT_END + "))")   # (the address beside it)
UNIT = re.compile(
    r"^(?:Geschäftsbereich|Amt\b|Ämter|Eigenbetrieb|Beigeordnete[rn]?\b|Bürgermeister(?:in)?\b|Dezernat|Referat|Fachbereich(?![a-zäöüß])"
    r"|Abt\.\s+[A-ZÄÖÜ]|Stadtbezirksamt|Ortsamt|Der\s+Oberbürgermeister|Die\s+Oberbürgermeisterin|Oberbürgermeister(?:in)?\b|Der\s+Bürgermeister"
    r"|Die\s+Bürgermeisterin|Der\s+Magistrat|Stadtkämmerei|Kämmerei|Fachdienst|Fachgebiet|Abteilung|Sachgebiet|Stabsstelle"
    r"|Verwaltungsgemeinschaft|Der\s+Landrat|Die\s+Landrätin|Der\s+Kreisausschuss|Der\s+Senat|Senatsverwaltung|Senator(?:in)?\b"
    r"|Senatsbereich|Geschäftskreis|Bereich\s+[A-ZÄÖÜ]|Direktorium|Stabsbereich|Geschäftsführung|Geschäftsstelle|Geschäftsleitung"
    r"|[A-ZÄÖÜ][\w-]*(?:\s+und\s+[A-ZÄÖÜ]\w*)?(?:amt|ämter|verwaltung|betrieb|referat)\b)", re.I)
LABEL = re.compile(
    r"^[^\w\s(]{0,2}\s?(?P<label>GZ|Gz\.?|Az\.?|AZ|Gesch\.-?Z\.|Aktenzeichen|Geschäftszeichen|Unser\s+Zeichen|Unser\s+Az\.?|Ihr\s+Zeichen|Datum|Erstellungsdatum|Freigabedatum|Bearbeiter(?:in)?"
    r"|Sachbearbeiter(?:in)?|Sachbearbeitung|Bearbeitung|Verteiler|Telefon|Tel\.?|Fax|Telefax|E-Mail|Email|Zimmer|Haus|Sprechzeiten|Auskunft|Durchwahl|(?:Ihre?\s+)?Ansprechpartner(?:in)?"
    r"|Mein\s+Zeichen|Zeichen(?=\s*:|\s*$|\s+(?:[A-ZÄÖÜ]{2,5}\s|\(?[A-ZÄÖÜ]{0,5}\s?\d))|Datum\s+des\s+Schreibens|Unser\s+Aktenzeichen|Ihre\s+Nachricht\s+vom|Name|Von|Absender|(?:Drucksachen?|Vorlagen?)[-–]?\s?(?:Nr\.?|Nummer))(?:(?<=\.)|\b)"
    r"(?!\s+(?:der|des|dem|vom)\b)\s*:?\s*(?P<value>.*)$")      # "Datum der Sitzung" is another date
# A label inside a line, where a plain-text conversion ran two columns together ("An den Unser Zeichen: 6101-41/21"),
# also with no space left between them ("… Bauen und UmweltUnser Zeichen: 66.1/2025-031").
EMBEDDED_LABEL = re.compile(r"(?:(?<=\S)(?<!\bIhr)(?<!\bIhre)(?<!\bMein)(?<!\bUnser)\s+|(?<=[a-zäöüß]))(?=(?:GZ|Az\.|Gesch\.-?Z\.|Aktenzeichen|Geschäftszeichen|Unser\s+Zeichen|Mein\s+Zeichen|Ihr\s+Zeichen|Datum"
                            r"|Sachbearbeiter(?:in)?|Bearbeiter(?:in)?|Telefon|Name|Auskunft|(?:Ihre?\s+)?Ansprechpartner(?:in)?)\s*:"
                            # an abbreviated label needs no colon: "An die Mitglieder   Az. 815.21/HB-KB",
                            # "… Landeshauptstadt Dresden GZ (GB 2) 40.31/2025-11"
                            r"|(?:Az|GZ|Gz)\.\s+(?=(?:[A-ZÄÖÜ]{1,5}\s)?[\w./-]*\d)"
                            r"|GZ\s+(?=\(?[A-Za-z]{0,4}\s?\d))")
# File-number labels, in order of preference when a letter prints several.
# A form's own Drucksache number, as its label reads once lower-cased
DRUCKSACHE_LABELS = ("drucksachen-nr.", "drucksache nr.", "drucksache-nr.", "drucksachen nr.")
# a paper's number under its own label ("Vorlage-Nr. 101.19.1245"): the resolution a report carries, where it names no other
PAPER_LABELS = DRUCKSACHE_LABELS + ("vorlage-nr.", "vorlage nr.", "vorlagen-nr.", "vorlagen nr.", "vorlagen-nummer")
FILE_LABELS = ("gz", "gz.", "az.", "az", "gesch.-z.", "gesch.z.", "aktenzeichen", "geschäftszeichen", "unser zeichen", "unser az.", "unser az",
               "mein zeichen", "zeichen", "unser aktenzeichen") + DRUCKSACHE_LABELS + ("vorlagen-nummer",)
RECIPIENT_START = re.compile(
    r"^(?:An\b|an\s+(?:den|die|das|alle)\s+[A-ZÄÖÜ]|alle\s+(?:Fraktionen|Mitglieder)\b|Herrn?\b|Frau\b|Fraktionen\b|Mitglieder\b|die\s+Mitglieder\b|Stadträtinnen\b|Stadtrat\b|Stadträte\b"
    r"|Vorsitzende|Präsident(?:in)?\s+(?:der|des)\s|Den\s+|Dem\s+|In\s+(?:den|die|das)\s+[A-ZÄÖÜ]|Die\s+Vorsitzende|Ausschu(?:ss|ß)|Stadtbezirksbeirat|Ortschaftsrat|Ortsbeirat)")
# The council itself as the addressee: "Gemeindevertretung Fleesensee", "Bürgerschaft der Hansestadt …". Not in a
# form's "Beratungsfolge", whose rows name the bodies with their dates.
# Any council's name: "Marktgemeinderat …", "Ratsversammlung der Stadt Leipzig", "Bezirksvertretung Ehrenfeld".
_COUNCIL_START = re.compile(r"^(?:[A-ZÄÖÜ][a-zäöüß]*(?:gemeinderat|ausschu(?:ss|ß)|beirat|versammlung|vertretung)|Bürgerschaft|Kreistag|Gemeinderat"
                            r"|Ortschaftsrat|Stadtbezirksrat|Bezirksrat)\b")
_CONSULTATION = re.compile(r"^(?:Beratungsfolge|Gremium|Beratung)\b")


def is_consultation_row(text: str) -> bool:
    """A form's row naming the bodies that consult the paper ("Beratungsfolge: Bezirksversammlung Altona – zur Kenntnis")."""
    return bool(_CONSULTATION.match(text))


def is_field_label(text: str) -> bool:
    """A form field's label alone ("Unser Zeichen", "Datum"), its value elsewhere on the row."""
    m = LABEL.match(text)
    return bool(m and not m.group("value"))


@dataclass
class Header:
    city: str | None = None
    department: str | None = None
    file_number: str | None = None
    letter_date: str | None = None
    recipients: str | None = None
    confidential: bool | None = False
    resolutions: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _nonempty(lines: list[str]) -> list[str]:
    return [line for line in lines if line.strip()]


# "Zweckverband Trinkwasserversorgung" / "Mulde-Parthe": a Verband's name may wrap to a second line.
_ZWECKVERBAND_START = re.compile(r"^(?:[A-ZÄÖÜ][a-zäöüß]+z|Z)weckverband(?:\s+[A-ZÄÖÜ]\w+)?(?:\s+und\s+[A-ZÄÖÜ]\w+)?$")   # "Zweckverband Wasser und Abwasser"
_CITY_WORD_ALONE = re.compile(r"^(?:Landeshauptstadt|(?:Freie\s+(?:und\s+)?)?Hansestadt|Stadt|Gemeinde|Landkreis|Bundesstadt|(?:[A-ZÄÖÜ][a-zäöü]+-\s+und\s+)?Universitätsstadt|Verbandsgemeinde(?:verwaltung)?|Samtgemeinde|Gemeindeverwaltung|Stadtverwaltung|Kreisverwaltung)$")


# Words a name keeps in lower case when a letterhead in capitals is read back ("STADT FRANKFURT AM MAIN").
_LOWER_IN_NAMES = {"am", "an", "der", "die", "das", "den", "dem", "des", "im", "in", "ob", "von", "und", "für", "zu", "zur", "zum"}


def _letterhead_case(line: str) -> str:
    """A name set in capitals, in the case it is written in ("Stadt Frankfurt am Main"): capitals
    in a letterhead are type, not spelling."""
    letters = [ch for ch in line if ch.isalpha()]
    if len(letters) < 6 or not all(ch.isupper() for ch in letters):
        return line
    words = line.split(" ")
    return " ".join(w.lower() if k and w.lower() in _LOWER_IN_NAMES else "-".join(p[:1] + p[1:].lower() for p in w.split("-"))
                    for k, w in enumerate(words))


# A Kreis named by its parts ("Main-Kinzig-Kreis") whose hyphens OCR read as spaces.
_KREIS_SPACED = re.compile(r"^(?!Land|Stadt|Kreis\b)[A-ZÄÖÜ][a-zäöüß]{2,}(?:\s+[A-ZÄÖÜ][a-zäöüß]+)*\s+Kreis$")


# a street and its number at the end of a letterhead's line: the address column beside the name
_STREET_TAIL = re.compile(_STREET_AT_END)
_STREET_BESIDE = re.compile(r"\s+[A-ZÄÖÜ][\w.-]+(?:\s[\w.-]+)?\s\d{1,3}[a-z]?")


# a form's own number in the column beside its letterhead: "… Rostock   Vorlage 2024/IV/0612", "… Stuttgart   GRDrs 214/2024"
_OWN_NUMBER_BESIDE = re.compile(r"^(?:[\wäöü]*[Vv]orlage|[\wäöü]*[Dd]rucksache|Mitteilung|Vorlagen?-?Nr\.?|[A-Z]{0,3}Drs\.?)\s*:?\s*[\w./-]*\d[\w./-]*$")


_FORM_TITLE_BESIDE = re.compile(r"^\s*(?P<word>Landeshauptstadt|Stadt|Gemeinde|Landkreis)\s+[A-ZÄÖÜ][a-zäöü]*(?:drucksache|vorlage|mitteilung)\s*$")


def find_city(lines: list[str]) -> tuple[str | None, int | None]:
    """The issuing authority, and the index of its letterhead line (its last line when the name
    wraps; None when it was only found in a return-address line such as 'Landeshauptstadt
    Dresden · Amt … · Postfach')."""
    fallback = None
    # (a form's title beside the city word, its name on the next line: "Landeshauptstadt   Informationsdrucksache" / "Hannover")
    lines = [_FORM_TITLE_BESIDE.sub(r"\g<word>", line) for line in lines]
    wrapped: set[int] = set()
    for i in range(len(lines) - 1):     # "Landeshauptstadt" / "Wiesbaden" on two lines
        line = lines[i]
        if re.fullmatch(r"Freie(?:\s+und)?", line.strip()) and _CITY_WORD_ALONE.match(lines[i + 1].strip()):
            lines[i], lines[i + 1] = "", f"{line.strip()} {lines[i + 1].strip()}"    # "Freie" / "Hansestadt" / "Bremen"
            continue
        nxt = re.split(r"\s{3,}", lines[i + 1].strip())[0]     # (a right column beside it: "Rostock      NICHTÖFFENTLICH")
        nxt = re.sub(r"\s+(?:Nr\.|Nummer)\s*\S*\d\S*$", "", nxt)   # (or the form's number: "Hannover Nr. 1432/2023")
        if _FORM_TITLE.fullmatch(nxt) and i + 2 < len(lines) and _CITY_WORD_ALONE.match(line.strip()) \
                and re.fullmatch(r"[A-ZÄÖÜ][\w.-]+", lines[i + 2].strip()) and not UNIT.match(lines[i + 2].strip()):
            # the form's title printed between the name's lines: "Landeshauptstadt" / "Hausmitteilung" / "Dresden"
            lines[i], lines[i + 1], lines[i + 2] = "", nxt, f"{line.strip()} {lines[i + 2].strip()}"
            continue
        if is_marking(nxt) and i + 2 < len(lines) and _CITY_WORD_ALONE.match(line.strip()):
            # a marking stamped between the name's lines: "Verbandsgemeindeverwaltung" / "VERTRAULICH" / "Obere Lauter"
            below = lines[i + 2].strip()
            if re.fullmatch(r"[A-ZÄÖÜ][\w.-]+(?:\s[A-ZÄÖÜ][\w.-]+){0,2}", below) and not UNIT.match(below):
                lines[i], lines[i + 2] = "", f"{line.strip()} {below}"
                continue
        # (the name wraps beside the address column: "Zweckverband Gruppenwasserversorgung   Hauptstraße 5" / "Oberes Gäu")
        named = _STREET_TAIL.sub("", line.strip())
        if _CITY_WORD_ALONE.match(line.strip()) and re.fullmatch(r"[A-ZÄÖÜ][\w.-]+(?:\s\([\w. ]+\))?", nxt) \
                or _ZWECKVERBAND_START.match(named) and not UNIT.match(nxt) and not re.match(r"(?:Der|Die|Das)\s", nxt) \
                and re.fullmatch(r"[A-ZÄÖÜ][\w.-]+(?:\s[A-ZÄÖÜ][\w.-]+){0,3}", nxt):
            lines[i] = f"{named} {nxt}"
            wrapped.add(i)
        elif (re.search(r"\w-\s+und$", line.strip())     # "Bürgerschaft der Hanse- und" / "Universitätsstadt Rostock"
              # a name cannot end in its adjective: "Landkreis Sächsische" / "Schweiz-Osterzgebirge"
              # (or a place's adjective: "Zweckverband Abwasserbeseitigung Obere" / "Altmühl")
              or CITY.match(line.strip()) and re.search(r"\s(?:[A-ZÄÖÜ][a-zäöü]+isch|Ober|Unter|Mittler|Hoh|Groß|Klein|Neu|Alt"
                                                       r"|Nördlich|Südlich|Östlich|Westlich)e[nrs]?$", line.strip())
              and re.fullmatch(r"[A-ZÄÖÜ][\w-]+(?:\s[A-ZÄÖÜ][\w-]+)?", nxt) and not UNIT.match(nxt)) and nxt:
            lines[i], lines[i + 1] = f"{line.strip()} {nxt}", ""
            wrapped.add(i)
    for i, line in enumerate(lines):
        # (a form's sender row names it after its label: "Absender  Landeshauptstadt Dresden")
        head = _UNIT_LEAD_LABEL.sub("", re.split(r"\s[·|•]\s|,\s", line)[0].strip())
        if _KREIS_SPACED.match(head):
            head = re.sub(r"\s+", "-", head)
        # a letterhead in capitals ("STADT FRANKFURT AM MAIN") names the city as it is written
        m = CITY.match(head) or CITY.match(head := _letterhead_case(head))
        # digits say an address line, unless they are the house number of a street beside the name ("… Untermarkt 13")
        # (or a form's label column beside it: "Bundesstadt Bonn   Drucksachen-Nr. 2312045")
        if m and not (re.search(r"\d", head) and not _STREET_BESIDE.fullmatch(head[m.end():])
                      and not (head[m.end():].startswith(" ") and (LABEL.match(head[m.end():].strip())
                                                                    or _OWN_NUMBER_BESIDE.match(head[m.end():].strip())))):
            city = re.sub(r"\s+", " ", m.group("city")).rstrip(".,;:")
            city = re.sub(r"\b(am|im|an der)(?=[A-ZÄÖÜ])", r"\1 ", city)      # "amMain"
            # a name's word set in capitals ("Hansestadt LÜBECK"): type, not spelling
            city = re.sub(r"\b[A-ZÄÖÜ]{4,}\b", lambda w: w.group().capitalize(), city)
            if "·" in line or "|" in line:
                fallback = fallback or city
                continue
            return city, i + (i in wrapped)
    return fallback, None


# A return-address line ("Gemeinde X · Hauptstraße 7 · 09629 X") or a postcode ends a letterhead unit.
_RETURN_ADDRESS = re.compile(r"\s[·|•]\s|\b\d{5}\s+[A-ZÄÖÜ]|\bTelefon\b")
# Form titles printed in the letterhead area are no unit.
_FORM_TITLE = re.compile(r"^(?:Hausmitteilung|(?:Geschäftliche\s+)?Mitteilung|Information|Informationsvorlage|Berichtsvorlage|Vorlage|Drucksache|Mitteilungsvorlage)\b", re.I)


# A row of a form's choices, its first box printed or typed: "[x] öffentlich [ ] nicht öffentlich".
_OPTION_LINE = re.compile(rf"^(?:\[\s*[xX]?\s*\]|{BOX_GLYPH.pattern})")


_UNIT_LABEL = re.compile(r"^(?:(?:Fachbereich|Federführendes\s+Amt|Federführung|Dienststelle|Organisationseinheit|Amt|Dezernat"
                         r"|Geschäftsbereich|Fachdienst)\s*:"
                         r"|Dezernat,\s*Dienststelle:?)\s*(?P<value>.*)$")   # a form's label row, no colon: "Dezernat, Dienststelle VI/66 – …"


def _labelled_unit(lines: list[str]) -> str | None:
    """A form's 'Fachbereich:' / 'Federführendes Amt:' field, its value on the line or the next."""
    texts = [line.strip() for line in lines if line.strip()]
    for k, text in enumerate(texts):
        m = _UNIT_LABEL.match(text)
        sent = _UNIT_LEAD_LABEL.match(text)    # "Absender  Geschäftsbereich Wirtschaft, …": a form's sender row
        if sent and UNIT.match(text[sent.end():]) and not CITY.match(text[sent.end():]):
            return clean_value(text[sent.end():])
        if m:
            value = m.group("value") or (texts[k + 1] if k + 1 < len(texts) and not LABEL.match(texts[k + 1]) else "")
            # (a unit's code alone, "Dienststelle: 66.12", names none: the letterhead's line does)
            if value and not value.endswith(":") and re.search(r"[A-Za-zÄÖÜäöüß]{3}", value):
                return clean_value(value)
    return None


# A form's field naming the unit in charge, in lower case ("federführendes Amt: Amt für Mobilität")
_UNIT_IN_CHARGE = re.compile(r"^(?:federführendes\s+Amt|federführende\s+(?:Dienst)?[Ss]telle|zuständiges\s+Amt)\s*:\s*(?P<value>[A-ZÄÖÜ].+)$")


def find_department(lines: list[str], city_index: int | None, values: dict[str, str] | None = None) -> str | None:
    """The unit printed under the city in the letterhead; it may run over several lines
    and, in OCR text, be interrupted by a form line such as '□ vertraulich'. Where the letterhead
    names only the organ ("Der Oberbürgermeister"), the form's field for the unit in charge names it."""
    unit = _office_of_division(tidy_unit(_find_department(lines, city_index, values)))
    if unit is None or ORGAN.match(unit):
        in_charge = next((m.group("value") for line in lines if (m := _UNIT_IN_CHARGE.match(line.strip()))), None)
        return clean_value(in_charge) if in_charge else unit
    return unit


# A division's name, then the office under it that wrote: "Dezernat 3 – Umwelt und Klimaschutz, Umweltamt",
# "Dezernat für Bildung, Jugend und Kreative Stadt, Amt für Schulen". The office is the issuing unit (the
# division's own name may hold commas, an office's name opens with its kind or ends in "-amt").
_DIVISION_THEN_OFFICE = re.compile(r"^(?:Dezernat|Referat|[A-ZÄÖÜ][a-zäöüß-]+referat|Senator(?:in)?)\b.*?,\s+"
                                   r"(?P<office>(?:Amt|Fachbereich|Fachdienst|Fachamt)\s.+|[A-ZÄÖÜ][\w-]*(?:\s+und\s+[A-ZÄÖÜ][\w-]*)?amt)$")


def _office_of_division(unit: str | None) -> str | None:
    m = _DIVISION_THEN_OFFICE.match(unit or "")
    return m.group("office") if m else unit


# What a text conversion runs into a unit's line: a form's label before it ("Einreicher"), a file
# number's label or the place and date after it. An address line ("Geschäftsstelle: … · 65329 …") is no unit.
_UNIT_LEAD_LABEL = re.compile(r"^(?:Einreicher|Absender|Federführung|Federführend|Dienststelle)\s*:?\s+(?=[A-ZÄÖÜ])")
_RUN_IN_LABEL = re.compile(r"\s+(?:Az\.|Aktenzeichen|Gesch\.?-?Z\.|GZ\b|Drucksachen?-?Nr\.|Unser\s+Zeichen|Gremium(?=\s*:))\s*:?.*$")


# A form's other cells run into the unit's line: "… | 12.07.2023 | öffentlich", "…   D vertraulich" (OCR's box).
_RUN_IN_CELLS = re.compile(r"\s+\|\s.*$|(?:\s+(?:\S\s+)?(?:vertraulich|nicht\s?öffentlich|öffentlich))+$", re.I)


def tidy_unit(value: str | None) -> str | None:
    # (an address line's cells: "Bauamt · Marktplatz 1 · 86911 Dießen"; not "Dezernat 3 · Kreisentwicklung")
    if not value or "·" in value and re.search(r"\d", value[value.index("·"):]) \
            or re.match(r"^[\w-]+\s*:", value) and not _UNIT_LEAD_LABEL.match(value):
        return None
    value = _without_place_date(_RUN_IN_LABEL.sub("", _UNIT_LEAD_LABEL.sub("", value)))
    value = re.sub(r"^(Dezernat|Amt|Fachbereich|Referat|Geschäftsbereich)\s+(?=\1\b)", "", value)   # a form's label: "Dezernat  Dezernat III"
    value = _RUN_IN_CELLS.sub("", value)
    # the organ and its unit on one line ("Der Oberbürgermeister · Amt für Hochbau"): the unit
    beside = re.match(r"^(?P<organ>.+?)\s+[·|–—]\s+(?P<unit>.+)$", value)
    if beside and ORGAN.match(beside.group("organ")) and UNIT.match(beside.group("unit")):
        value = beside.group("unit")
    value = re.sub(r"(?<=\S)\s*·\s*(?=\S)", " · ", value)     # OCR's "Umwelt· Kreisentwicklungsamt"
    # a note on whom it acts for, wrapped under it: "Fachbereich Bauen" / "– für die Gemeinde Süderhöft –"
    value = re.sub(r"\s+[–—-]\s*(?:für|im\s+Auftrag)\s+(?:die|den|das)\s+[^–—]+[–—-]?$", "", value)
    value = re.sub(r"\s+[O\d]{1,2}\.[O\d]{1,2}\.\d{2,4}$", "", value)    # a date column's value without its place (OCR: O for 0)
    # the address column run into the unit's line: "Die Amtsdirektorin   Markt 9"
    value = re.sub(rf"\s+(?:[A-ZÄÖÜ][\wäöüß-]*{STREET_ENDING}|Markt|Am\s+[A-ZÄÖÜ][\wäöüß-]+)\s+\d{{1,3}}[a-z]?$", "", value)
    return value or None


def _find_department(lines: list[str], city_index: int | None, values: dict[str, str] | None = None) -> str | None:
    values = values or {}
    labelled = _labelled_unit(lines)
    if labelled:
        return labelled
    if city_index is not None:
        # two columns run into one line: "Landeshauptstadt Saarbrücken   Amt für Stadtgrün und Friedhöfe"
        beside = CITY.match(lines[city_index].strip())
        rest = lines[city_index].strip()[beside.end():].strip() if beside else ""
        if rest and UNIT.match(rest) and not _RETURN_ADDRESS.search(rest):
            return clean_value(rest)
        parts: list[str] = []
        scope = apart = dated = False
        previous = ""
        for line in lines[city_index + 1:]:
            text = BOX_GLYPH.split(line.strip())[0].rstrip() or line.strip()   # a form's choice run into the line
            # whom an Amt serves, under its name: "für die Stadt Malchow und die Gemeinden" / "Alt Schwerin, Silz,"
            if not parts and (re.match(r"für\s+die\s", text) or scope and re.search(r"(?:,|\bGemeinden)$", previous)):
                scope, previous = True, text
                continue
            previous = text
            if UNIT.match(text):
                text = _ADDRESS_BESIDE.sub("", text)     # "Amt für Mobilität und Tiefbau   Albersloher Weg 33 48155 Münster"
                text = text.split(" | ")[0]              # "Geschäftsbereich … | Mitglieder des Ausschusses …": the addressee's cell beside it
            if parts and _RUNS_ON.search(parts[-1]):
                text = _without_place_date(text)     # "Referat Soziales und" / "gesellschaftliche Integration   Stuttgart, 12.03.2024"
            if not text or BOX_LINE.match(text) or _OPTION_LINE.match(text):
                if parts and (re.search(r"(?:\bund|,|-|\bfür)$", parts[-1]) or len(parts) == 1 and ORGAN.match(parts[0])):
                    # below an organ and a blank line only a unit goes on ("Der Magistrat" / "" / "B 412": no unit)
                    apart = not text and len(parts) == 1 and bool(ORGAN.match(parts[0]))
                    continue
                if parts:
                    break
                continue
            if apart and not (UNIT.match(text) or _LOWER_UNIT.match(text)):
                break
            apart = False
            if not parts and (re.fullmatch(r"[A-ZÄÖÜ]{1,4}", text) or re.fullmatch(r"Körperschaft\s+des\s+öffentlichen\s+Rechts", text)):
                continue     # a logo's letters under the city's name ("SB"), a Verband's legal form: no unit
            if not parts and (re.match(r"(?:Nr\.|Nummer)\s*:?\s*\S*\d", text) or re.fullmatch(r"[A-Z]{0,4}\d[\d.-]*/[\d/.-]*\d", text)):
                continue     # the form's own number under its title ("Nr. 0587/2024", "I0245/22"): no unit
            if is_marking(text):
                if parts:
                    break    # "Dezernat IX – Ordnung, …" / "VS – NUR FÜR DEN DIENSTGEBRAUCH": the letter's marking, no part of it
                continue
            if parts and CODE_LINE.fullmatch(text):
                break        # a reference under the unit ("Fachbereich Städtebau" / "FB 61-2024-0092"): no part of it
            if parts and _HEAD_TITLE.fullmatch(text) and UNIT.match(parts[0]) and not ORGAN.match(parts[0]) \
                    and not _RUNS_ON.search(parts[-1]):
                break        # the head's title under the unit ("Abt. Stadtentwicklung" / "Bezirksstadtrat"): no part of it
            # "Bauamt · Marktplatz 1 · 86911 Dießen": the unit heads its address line
            addressed = re.match(r"(?P<head>[^·|•\d]+?)\s[·|•]\s[^·|•]*\d", text)
            if not parts and addressed and UNIT.match(head := addressed.group("head")) and not CITY.match(head) \
                    and not ORGAN.match(head):
                parts = [head]
                break
            if not parts and place_date(text):
                dated = True
                continue     # the place and date beside the city, above the unit ("Berlin, den 12.09.2023")
            if not parts and dated and not UNIT.match(text):
                break        # below the place and date only a unit's name goes on
            if parts and LABEL.match(text) and (re.search(r"\s[a-zäöü]+$", parts[-1]) or _RUNS_ON.search(parts[-1])):
                continue     # "Abteilung Bauen, … und öffentliche" / "Geschäftszeichen: …" / "Ordnung": the label's column between
            cells = [c.strip() for c in re.split(r"\s[·|•]\s", text)]
            if len(parts) == 1 and ORGAN.match(parts[0]) and len(cells) >= 3 and CITY.match(cells[0]) and UNIT.match(cells[1]) \
                    and not ORGAN.match(cells[1]):
                parts = [cells[1]]      # "Der Oberbürgermeister" / "Stadt Bielefeld · Amt für Verkehr · 33597 Bielefeld": the unit
                break                   # is named in the return address below the organ
            if not parts and len(cells) == 2 and ORGAN.match(cells[0]) and UNIT.match(cells[1]) and not ORGAN.match(cells[1]) \
                    and not re.search(r"\d", text):
                parts = [cells[1]]      # "Der Leitende Verwaltungsbeamte · Fachbereich Zentrale Dienste": the head, then the unit
                break
            if LABEL.match(text) or RECIPIENT_START.match(text) or find_dates(text) or _RETURN_ADDRESS.search(text) \
                    or _ADDRESS.match(text) or (parts and CITY.match(text)) or parts and _BARE_LABEL.match(text):
                break        # (a form's label alone under the unit, "Titel der Drucksache:", no part of it)
            if parts and REPORT_TITLE.match(text):
                break        # "Der Magistrat" / "Bericht des Magistrats an …": the report's heading, no unit
            if parts and ORGAN.match(text) and re.match(r"(?:Der|Die)\s", text) and not _RUNS_ON.search(parts[-1]):
                break        # "Geschäftsbereich Kultur" / "Der Beigeordnete": the head's title under the unit, not part of it
            if _FORM_TITLE.match(text) or FORM_KIND.match(text):
                continue
            if parts and _COUNCIL_START.match(text) and not _RUNS_ON.search(parts[-1]):
                break        # the addressee's column below the unit ("Stadtverordnetenversammlung" / "der Landeshauptstadt …")
            if parts and re.fullmatch(r"(?:\w ){3,}\w", text):
                break        # a heading set letter-spaced under the unit ("H a u s m i t t e i l u n g"): no part of it
            if parts and not _RUNS_ON.search(parts[-1]) and (
                    UNIT.match(text) or len(parts) == 1 and ORGAN.match(parts[0]) and _LOWER_UNIT.match(text)):
                if len(parts) == 1 and ORGAN.match(parts[0]):
                    parts = [text]     # "Der Kreisausschuss" / "Fachbereich Schulen …": the unit is the lower line
                    continue
                if not ORGAN.match(text) and (_LOWER_UNIT.match(text) or parts[0].startswith("Geschäftsbereich") and _AMT_OF_TWO.match(text)) \
                        and not _LOWER_UNIT.match(parts[0]):
                    parts[-1] += ","   # "Dezernat Bau und Umwelt" / "Fachdienst Stadtgrün": the unit within the unit
                    parts.append(text)
                break
            if not parts and not (UNIT.match(text) or text[:1].isupper()):
                break
            if parts and text[:1].islower() and not (
                    re.match(r"(?:und|für|sowie|des|der|mit|im|in)\b", text)
                    or re.search(r"(?:\bund|,|-|\bfür|\b[A-ZÄÖÜ][a-zäöüß]{1,3})$", parts[-1])):
                break   # OCR debris ('ee'), not the rest of the unit's name
            parts.append(text)
            if len(parts) >= 4:
                break
        if parts:
            return _join_department(parts)
    if values.get("von", "")[:1].isupper():     # a form's "Von: Geschäftsbereich …" (not a sentence's "Von den 4,5 Stellen …")
        return clean_value(values["von"])
    texts = [_without_place_date(line.strip()) for line in lines]    # "Der Magistrat   Offenbach, 14. November 2023"
    units = [k for k, text in enumerate(texts) if UNIT.match(text) and not LABEL.match(text)
             and not _RETURN_ADDRESS.search(text)]
    for n, k in enumerate(units):
        if ORGAN.match(texts[k]) and n + 1 < len(units):
            continue                          # "Der Oberbürgermeister" above its unit
        if " " not in texts[k] and k + 1 < len(texts) and texts[k + 1].startswith(texts[k] + " "):
            continue                          # a form's label over its value: "Dezernat" / "Dezernat VI"
        return unit_from(texts, k)
    return None


# A postal address run into a unit's line from the column beside it: street (one to three words), number, postcode, place
# (a street of two words has an adjective or a preposition first: "Albersloher Weg", "Am Markt")
_ADDRESS_BESIDE = re.compile(r"\s+(?:(?:[A-ZÄÖÜ][\w.-]*(?:er|e)|Am|Im|Zum|Zur|An\s+der)\s)?(?:[A-ZÄÖÜ][\w.-]*?)?(?i:straße|str\.|platz|ring|weg|allee|gasse|ufer|damm|markt)"
                             r"\s\d{1,4}[a-z]?,?\s+\d{5}\s+[A-ZÄÖÜ][\w.()-]*(?:\s[\w.()-]+)?$")


# A head's title alone, one word: "Bezirksstadtrat", "Ortsvorsteherin", "Amtsleiter"
_HEAD_TITLE = re.compile(r"(?:[A-ZÄÖÜ][a-zäöüß]+)?(?:stadtrat|stadträtin|[Vv]orsteher(?:in)?|[Ll]eiter(?:in)?|[Bb]ürgermeister(?:in)?)")


# A reference alone on its line, as a letterhead prints it without its label in a text export: digits, no words
# ("FB 61-2024-0092", "MOR-GB2.21", "79.21-Gr/0337")
CODE_LINE = re.compile(r"(?=[^a-zäöüß]*\d)(?!.*[a-zäöüß]{3})[A-ZÄÖÜ\d][\w./ -]{1,30}")


def unlabelled_file_number(lines: list[str], city_index: int | None) -> str | None:
    """The letterhead's reference printed without its label: a code line right under the unit's line, in the
    block that starts with the city's name (not under a form's title: there it is the form's own number)."""
    if city_index is None:
        return None
    for k in range(city_index + 1, min(city_index + 6, len(lines))):
        text = lines[k].strip()
        if not text:
            return None
        above = lines[k - 1].strip()
        if CODE_LINE.fullmatch(text) and not find_dates(text) and (UNIT.match(above) or _LOWER_UNIT.match(above)) \
                and not (_FORM_TITLE.match(above) or FORM_KIND.match(above) or REPORT_TITLE.search(above)):
            return text
    return None


# A unit's line that runs on to the next: "Dezernat Umwelt und", "Amt für", "Fachbereich Bauen,".
_RUNS_ON = re.compile(r"(?:\bund|,|-|\bfür|\bder|\bdes)$")


# The authority's organ printed above its unit: "Der Oberbürgermeister", "Der Kreisausschuss", "Der Magistrat".
# (the head of the administration printed without an article too: "Oberbürgermeister", "Landrätin")
ORGAN = re.compile(r"^(?:(?:Der|Die)\s+(?:[A-ZÄÖÜ][a-zäöü]+e\s+)?[A-ZÄÖÜ][\wäöüß-]+|(?:Stadt|Kreis|Gemeinde|Amts)verwaltung|Landratsamt"
                   r"|(?:Ober)?[Bb]ürgermeister(?:in)?|Landr(?:at|ätin)|Magistrat|Gemeindevorstand)$")   # the whole administration too


# Units inside a Dezernat or Geschäftsbereich, printed on the line below it.
_LOWER_UNIT = re.compile(r"^(?:Amt\b|Fachdienst|Fachgebiet|Sachgebiet|Abteilung|Fachbereich|[A-ZÄÖÜ][\w-]*(?:amt|dezernat|referat)\b)")
# A Dresden Geschäftsbereich's Amt of two words ("Straßen- und Tiefbauamt"): the form names both as the sender
_AMT_OF_TWO = re.compile(r"^[A-ZÄÖÜ][\w-]*-\s+und\s+[A-ZÄÖÜ]\w*amt\b")


_UNIT_KIND_ALONE = re.compile(r"(?:Geschäftsbereich|Dezernat|Fachbereich|Referat|Abteilung|Bereich)\s*:?")


def unit_from(texts: list[str], k: int) -> str:
    """The unit whose name starts on texts[k], with the lines it wraps onto ("Dezernat Umwelt und" / "Stadtentwicklung")."""
    parts, at = [texts[k]], k + 1
    # (or the unit's kind alone, as a form's label prints it over the name: "Geschäftsbereich" / "Klima, Umwelt und Grün")
    alone = _UNIT_KIND_ALONE.fullmatch(texts[k].strip()) and at < len(texts) and re.match(r"[A-ZÄÖÜ]", texts[at]) \
        and not LABEL.match(texts[at]) and not _BARE_LABEL.match(texts[at])
    if alone:
        parts.append(texts[at])
        at += 1
    while re.search(r"(?:\bund|,|-|\bfür)$", parts[-1]) and at < len(texts) and texts[at]:
        if not LABEL.match(texts[at]):       # (a label's row run in between: "Datum 17. Februar 2025")
            parts.append(texts[at])
        at += 1
    return _join_department(parts)


def _join_department(parts: list[str]) -> str:
    """Join lines; OCR text drops the hyphen of a split word ('So' + 'ziales')."""
    out = parts[0]
    for part in parts[1:]:
        if part[:1].islower() and re.search(r"\b[A-ZÄÖÜ][a-zäöüß]{1,3}$", out) and not out.endswith("-"):
            out += part
        else:
            out = join_lines([out, part])
    out = re.sub(r"(?<=[a-zäöüß]{4})\.$", "", out)   # a speck read as a full stop
    return clean_value(out) or out


_BARE_LABEL = re.compile(r"^\W{0,2}[A-ZÄÖÜ][\w.\- ]{1,28}:$")
# A form's label printed without its colon: only the words forms use as labels count.
# (a Magistrat's report form: "vom" / "Betreff" / "Vorgang" / "an" beside their values)
_COLONLESS_LABEL = re.compile(r"^(?:An|an|Von|vom|Vorgang|GZ|Zeichen|Empfänger|Beschluss-?Nr\.|Beschlussnummer|Sitzung|Sitzungsnummer|Gegenstand|Betreff|Datum"
                              r"|Aktenzeichen|Az\.|Vorlagen?-?Nr\.|Vorlagen-Nummer|Drucksachen?-?Nr\.|Gremium|Sitzungsdatum"
                              r"|Dezernat,\s*Dienststelle)$")


def _bare_label(text: str) -> bool:
    return bool(_BARE_LABEL.match(text) or _COLONLESS_LABEL.match(text))


def _inner_label(lines: list[str], j: int) -> bool:
    """A form's publicity label ("Öffentlich", its value "ja" beside it) inside a column of labels: a label
    where a label follows it (as the column's head over a consultation table's rows it is none)."""
    following = next((x.strip() for x in lines[j + 1:j + 3] if x.strip()), "")
    return bool(re.fullmatch(r"(?:Nicht)?Öffentlich", lines[j].strip())) and _bare_label(following)


def pair_label_column(lines: list[str]) -> list[str]:
    """A form printed as a column of labels ("Betreff:", "Az.:", "Datum:") beside a column of
    values comes out of the layout as all labels, then all values: three or more bare labels
    followed by as many value lines are joined again in order ("Az.: 7.2-803-PV/22")."""
    out = _split_paired_labels([cell for line in lines for cell in _bar_cells(line)])
    k = 0
    while k < len(out):
        labels = []
        j = k
        # (a paper's label without its colon heads a pair only: "Vorlage" / "Betreff" over "20-25/6612" / "…";
        # over a longer column it is the form's title)
        paper = re.fullmatch(r"Vorlage|Drucksache", out[k].strip())
        while j < len(out) and (not out[j].strip() or _bare_label(out[j].strip()) or paper and j == k or _inner_label(out, j)):
            if out[j].strip():
                labels.append(j)
            j += 1
        # (unless labels follow it and its number heads the values: "Drucksache" / "Betreff" / … over "23/SVV/0488" / …)
        first_value = next((x.strip() for x in out[j:j + 3] if x.strip()), "")
        if paper and len(labels) != 2 and not (len(labels) >= 3 and all(_bare_label(out[i].strip()) for i in labels[1:])
                                               and _plausible("drucksache", first_value)):
            k += 1
            continue
        if len(labels) >= 2 and (rows := _rows_with_wraps(out, labels, j)):
            _write_pairs(out, rows)
            k = max(v for _, group in rows for v in group) + 1
            continue
        if len(labels) >= 2:
            values = []
            while j < len(out) and len(values) < len(labels):
                text = out[j].strip()
                if text:
                    if _bare_label(text) or LABEL.match(text) and LABEL.match(text).group("value"):
                        break
                    values.append(j)
                j += 1
            names = [out[i].strip().strip(":. ").lower() for i in labels]
            # two labels only when one of them is typed and its value fits ("Vorlagen-Nummer" / "1842/2024")
            typed = any(map(_typed, names))
            if len(values) == len(labels) and (len(labels) >= 3 or typed and _fits(names, [out[v] for v in values], column=True)):
                extra = []           # lines running on after the last value: a value wrapped
                while j < len(out) and out[j].strip() and len(extra) < 2 and not LABEL.match(out[j].strip()):
                    extra.append(j)
                    j += 1
                wrapped = _wrapped_value(names, [out[v] for v in values + extra], len(extra)) \
                    if extra and not _fits(names, [out[v] for v in values], column=True) else None
                if wrapped is None:
                    j -= len(extra)
                    groups = [[v] for v in values]
                else:
                    lines_at = values + extra
                    groups = [[v] for v in lines_at[:wrapped]] + [lines_at[wrapped:wrapped + len(extra) + 1]] \
                        + [[v] for v in lines_at[wrapped + len(extra) + 1:]]
                _write_pairs(out, zip(labels, groups))
                k = j
                continue
        k = max(j, k + 1)
    return out


def _write_pairs(out: list[str], pairs) -> None:
    """Each label (its index) followed by its value's lines (their indices), which are emptied: "Betreff: …"."""
    for label_at, group in pairs:
        label = out[label_at].rstrip()
        out[label_at] = label + ("" if label.endswith(":") else ":") + " " + " ".join(out[v].strip() for v in group)
        for v in group:
            out[v] = ""


def _rows_with_wraps(out: list[str], labels: list[int], j: int) -> list[tuple[int, list[int]]] | None:
    """A label column with blank rows between its labels ("Betreff" / "" / "Empfänger"), beside a value column
    without blanks: each blank row holds the line the value above it wrapped onto. The labels paired row by
    row with their values' lines, when the values fill the rows exactly and every typed label's value fits."""
    rows = list(range(labels[0], labels[-1] + 1))
    if len(rows) == len(labels):
        return None
    start = next((i for i in range(j, min(j + 3, len(out))) if out[i].strip()), None)
    if start is None:
        return None
    def boxed(k: int) -> bool:     # a form's box right under the values, "☐ vertraulich", is none of them
        return bool(BOX_LINE.match(out[k].strip()) or _OPTION_LINE.match(out[k].strip()))

    end = start
    while end < len(out) and out[end].strip() and not _bare_label(out[end].strip()) and not LABEL.match(out[end].strip()) \
            and not (end - start >= len(rows) and boxed(end)):
        end += 1
    if end - start != len(rows) or end < len(out) and out[end].strip() and not boxed(end):
        return None
    values = list(range(start, end))
    names = [out[i].strip().strip(":. ").lower() for i in labels]
    at = {row: value for row, value in zip(rows, values)}
    # (as for a column without gaps: three labels, or two with a typed one; a form's values are no running sentences,
    # "Zu Punkt 1:" / "" / "Zu Punkt 2:" over an answer's lines is no form)
    if not (len(labels) >= 3 or any(map(_typed, names))) or not _fits(names, [out[at[i]] for i in labels], column=True) \
            or any(len(out[v].split()) >= 6 and out[v].rstrip().endswith(".") for v in values):
        return None
    return [(label, [at[r] for r in rows[rows.index(label):next((rows.index(x) for x in labels if x > label), len(rows))]])
            for label in labels]


_PAIRED_LABEL = re.compile(r"^(?P<a>[A-ZÄÖÜ][\w.-]*(?:\s[\w.-]+)?)\s+/\s+(?P<b>[A-ZÄÖÜ][\w.-]*(?:\s[\w.-]+)?)\s*:?$")


# A form's row as a text conversion draws it: "Drucksache-Nr. | 1287/21", "Beschlusspunkt 1 | Die …".
_BAR_CELL = re.compile(r"^(?P<indent>\s*)(?P<label>[A-ZÄÖÜa-zäöü][\w.\-äöüÄÖÜß]*(?:\s[\w.\-äöüÄÖÜß]+){0,3})\s+\|\s+(?P<value>[^|\s][^|]*)$")


def _bar_cell(line: str) -> str:
    """A label and its value in two cells of one row: the labelled line the reader knows."""
    m = _BAR_CELL.match(line)
    if not m or re.search(r"[a-zäöüß]{4}\.$", m.group("label")) or UNIT.match(m.group("label").strip()):
        # "… Wasserflächen ausweist. | Die Karte …": a table's row wrapping, its cell ends a sentence; "Geschäftsbereich
        # Ordnung und Sicherheit | Mitglieder des Ausschusses …": the sender's unit beside the addressee, no label
        return line
    return f"{m.group('indent')}{m.group('label')}: {m.group('value').strip()}"


# A labelled cell: "Einreicher: Fachbereich …", "Erstellungsdatum: 11.01.2023"
_LABELLED_CELL = re.compile(r"^[A-ZÄÖÜ][\w.\-äöüß]*(?:\s[\w.\-äöüß]+)?\s*:\s*\S")


def _bar_cells(line: str) -> list[str]:
    """A form's row of labelled cells drawn with bars ("Einreicher: Fachbereich … | Erstellungsdatum: 11.01.2023"):
    one line a cell, as a form laid out in lines gives them; any other line as `_bar_cell` reads it."""
    cells = [cell.strip() for cell in line.split(" | ")]
    if 2 <= len(cells) <= 4 and all(cells) and any(_LABELLED_CELL.match(cell) for cell in cells):
        return cells
    return [_bar_cell(line)]


_CELLS = re.compile(r"\s{2,}|\s*\|\s*")     # cells apart by wide spaces or by a rule kept as "|"


def _cells(line: str) -> list[str]:
    """A row's cells; a ruled row's empty cells at its end dropped ("Dezernat | Amt | ")."""
    cells = [c.strip() for c in _CELLS.split(line.strip())]
    while len(cells) > 1 and not cells[-1] and "|" in line:
        cells.pop()
    return cells


# The heading of a form's column naming whom the paper goes to
_ADDRESSEE_HEADING = re.compile(r"^(?:an|Empfänger(?:in)?|Adressat(?:en)?)\s*:?$", re.I)


def label_row_over_values(lines: list[str]) -> list[str]:
    """A form's row of labels over its row of values, cells set apart by wide spaces ("Az.  Datum  Status" over
    "66.1-ST/2024-08  11.03.2024  öffentlich", as a text export keeps them): a labelled line a cell. Two of the labels at least
    (one of three or more) are field labels the reader knows, the others single words; both rows have as many cells."""
    out = list(lines)
    for k, line in enumerate(lines[:-1]):
        labels = _cells(line)
        below = next((j for j in range(k + 1, min(k + 3, len(lines))) if lines[j].strip()), None)
        # (one is enough in a row of three or more, "Information  Datum  Status", not in a consultation table's
        # head: "Beratung  Datum  Behandlung" dates a meeting)
        # (a box with its option takes a label's cell: "GZ | □ vertraulich" over "(GB 4) 40.21-Schw | ")
        boxes = [bool(BOX_LINE.match(c)) for c in labels]
        # (a unit's label too: "Dezernat | Amt" over "Dezernat für Kultur, Schule und Sport | FB 40")
        known = sum(is_field_label(c) or box or bool(_UNIT_LABEL.match(c.rstrip(":") + ":")) for c, box in zip(labels, boxes))
        # (a ruled row's addressee column counts for two: "an | Sitzungstermin" over "Bezirksvertretung 4 (Ehrenfeld) | 27.03.2023")
        addressed = "|" in line and any(_ADDRESSEE_HEADING.match(c) for c in labels)
        known += 2 * addressed
        if len(labels) < 2 or below is None or all(boxes) \
                or known < 2 and not (known and len(labels) >= 3 and not any(_CONSULTATION.match(c) for c in labels)) \
                or not all(is_field_label(c) or box or re.fullmatch(r"[A-ZÄÖÜ][\wäöüß.-]+:?", c) or addressed and _ADDRESSEE_HEADING.match(c)
                           for c, box in zip(labels, boxes)):
            continue
        values = _cells(lines[below])
        values += [""] * (len(labels) - len(values)) if "|" in line else []     # (empty cells at the end of a ruled row)
        if len(values) == len(labels) and not any(is_field_label(c) for c in values) \
                and not any(box and value for box, value in zip(boxes, values)):
            out[k] = "\n".join(label if box else f"{label.rstrip(':')}: {value}" for label, value, box in zip(labels, values, boxes))
            out[below] = ""
    return [part for line in out for part in line.split("\n")]


def _split_paired_labels(lines: list[str]) -> list[str]:
    """A form's row of two labels over a row of two values ("Amt / Aktenzeichen" over "Grün- und
    Umweltamt / 67 13 05/2023-118"): each label gets its value ("Amt: …", "Aktenzeichen: …")."""
    out = list(lines)
    for k, line in enumerate(out):
        m = _PAIRED_LABEL.match(line.strip())
        if not m or not (LABEL.match(m.group("b") + ":") or LABEL.match(m.group("a") + ":")
                         or _UNIT_LABEL.match(m.group("a") + ":")):
            continue
        j = next((i for i in range(k + 1, min(k + 3, len(out))) if out[i].strip()), None)
        values = out[j].strip().split(" / ") if j is not None else []
        if len(values) == 2 and all(values):
            out[k], out[j] = f"{m.group('a')}: {values[0]}", f"{m.group('b')}: {values[1]}"
    return out


# A form's rows "an" / "von" before the addressee and the sending unit, in lower case (Dresden's Hausmitteilung
# as a text export: "an Fraktionen des Stadtrates □ vertraulich" / … / "von Geschäftsbereich Umwelt …")
_TO_ROW = re.compile(r"^\s*an\s+(?=[A-ZÄÖÜ]|alle\s)")
_FROM_ROW = re.compile(r"^\s*von\s+(?=[A-ZÄÖÜ])")
_BOX_BEFORE = re.compile(r"^\s*(?:[☐☒☑□■◻▢⊠]|[DoO0xX]|\[\s*[xX]?\s*\])\s*vertraulich\s+(?=[A-ZÄÖÜ])")
_BOX_AFTER = re.compile(r"\s+[☐☒☑□■◻▢⊠]\s*[a-zäöüß]+\s*$")


def _split_box(line: str) -> list[str]:
    m = _BOX_BEFORE.match(line)
    return [line[m.end():], line[:m.end()].rstrip()] if m else [line]      # the unit first: it may go on from the line above


# A letterhead's row labels long enough that one wrong letter cannot make another word of them.
_LONG_LABELS = ("Absender", "Empfänger", "Aktenzeichen", "Geschäftszeichen", "Sachbearbeiter", "Sachbearbeiterin", "Verteiler",
                "Bearbeiter", "Bearbeiterin", "Ansprechpartner", "Ansprechpartnerin")
_FIRST_WORD = re.compile(r"^(?P<indent>\s*)(?P<word>[A-Za-zÄÖÜäöüß]{7,})(?=[\s:]|$)")


def mend_labels(lines: list[str]) -> list[str]:
    """Row labels OCR damaged by one letter at a line's start, read as printed ("Abseuder Landeshauptstadt
    Dresden" is the "Absender" row), so the label rules below find them."""
    def mend(line: str) -> str:
        m = _FIRST_WORD.match(line)
        if not m or m.group("word") in _LONG_LABELS:
            return line
        label = next((x for x in _LONG_LABELS if within_one_edit(m.group("word").lower(), x.lower())), None)
        return line if label is None else m.group("indent") + label + line[m.end():]
    return [mend(line) for line in lines]


def form_rows(lines: list[str]) -> list[str]:
    """A form's box run into the line of a unit on a line of its own; the rows of a form's "an" and "von"
    labels as the addressee block and the unit they are: "an" as the label "An:" (no part of the value),
    the addressee's further lines after it (the form's title and boxes printed between them put below),
    the "von" row's unit (on its line or the next) in a paragraph of its own, a box printed at the row's
    end off (the letter's confidentiality is read from the lines as printed). Only where both labels
    stand, so a line of prose starting "an" or "von" stays as it is."""
    # the confidentiality box run into the unit beside it: "D vertraulich Straßen- und Tiefbauamt"
    lines = [part for line in lines for part in _split_box(line)]
    to = next((i for i, line in enumerate(lines[:20]) if _TO_ROW.match(line)), None)
    sender = next((i for i, line in enumerate(lines[:25]) if _FROM_ROW.match(line) and UNIT.match(_FROM_ROW.sub("", line))
                   or line.strip() == "von" and UNIT.match(_next_nonempty(lines, i))), None)
    if to is None or sender is None or sender < to:
        return lines
    between = [line for line in lines[to + 1:sender] if line.strip()]
    aside = [line for line in between if _FORM_TITLE.match(line.strip()) or BOX_LINE.match(line.strip())]
    unit = _FROM_ROW.sub("", lines[sender], count=1) if lines[sender].strip() != "von" else ""
    return (lines[:to] + [_BOX_AFTER.sub("", _TO_ROW.sub("An: ", lines[to], count=1))]
            + [line for line in between if line not in aside] + [""] + aside + [""] + ([unit] if unit else []) + lines[sender + 1:])


def _next_nonempty(lines: list[str], i: int) -> str:
    return next((line.strip() for line in lines[i + 1:] if line.strip()), "")


def split_embedded_labels(lines: list[str]) -> list[str]:
    """Lines that run two columns together are split before each embedded label."""
    out: list[str] = []
    for line in lines:
        out += EMBEDDED_LABEL.split(line)
    return out


_NEXT_FIELD = re.compile(r"\s+(?=[A-ZÄÖÜ][a-zäöüß]{3,}(?:-[A-Za-zäöüß]+)?:\s)")


def labelled_values(lines: list[str]) -> dict[str, str]:
    """Label -> value from 'GZ: (GB 1) 17.3' lines, also when OCR put the labels on lines
    of their own and the values further down in the same order."""
    values: dict[str, str] = {}
    waiting: list[str] = []
    paired: list[str] = []      # two labels under one heading, "Datum / Az.", whose values come as "16.01.2025 / ASB 40-31"
    for line in _nonempty(split_embedded_labels(lines)):
        if (pair := _SLASHED_LABELS.match(line.strip())) and all(is_field_label(pair.group(g)) for g in ("a", "b")):
            labels = [re.sub(r"\s+", " ", pair.group(g).lower()).rstrip(".") for g in ("a", "b")]
            cells = re.split(r"\s+/\s+", pair.group("values") or "")
            if len(cells) == 2:
                for label, cell in zip(labels, cells):
                    values.setdefault(label, cell.strip())
            elif not pair.group("values"):
                paired = labels
            continue
        if paired and len(cells := re.split(r"\s+/\s+", line.strip(" |\\ı"))) == 2:
            for label, cell in zip(paired, cells):
                values.setdefault(label, cell.strip())
            paired = []
            continue
        m = LABEL.match(line.strip())
        if not m and " · " in line:
            # a letterhead's cells run into one line ("Amt 61 · Az. 61.3/He-2024-017"): a later cell's label
            m = next((c for cell in line.split(" · ")[1:] if (c := LABEL.match(cell.strip())) and c.group("value")), None)
        if m:
            label = re.sub(r"\s+", " ", m.group("label").lower())
            # (another form field run on after it ends it: "61.2-Ra/2023-118 Federführung: Fachbereich …")
            value = _NEXT_FIELD.split(m.group("value").lstrip(".:|!; ").rstrip())[0]
            value = re.sub(r"\s+[a-zäöüß]{2,}-$", "", value)    # a broken word of the column beside it: "52.1-41 23 02 öffent-"
            end = PLACE_DATE.search(value)
            if end and end.start() > 0 and place_date(value, anywhere=True):
                value = value[:end.start()].rstrip(" ,–—|")     # "32.1-Sa/22-011 Zwickau, 20.03.2023": two columns
            # (a row of column heads, "Datum Nummer": the values stand on the row below)
            if value and not (_COLUMN_HEAD.fullmatch(value) or is_field_label(value)):
                values.setdefault(label, value)
            else:
                waiting.append(label)
                if value and is_field_label(value):
                    waiting.append(re.sub(r"\s+", " ", LABEL.match(value).group("label").lower()))
            continue
        if not waiting:
            continue
        text = line.strip()
        dated = PLACE_DATE.search(text)
        files = [label for label in waiting if label in FILE_LABELS]
        if dated and dated.start() > 0 and "datum" in waiting and files \
                and _plausible(files[-1], rest := text[:dated.start()].strip(" ,–—|")):
            # the row of values under a row of labels: a file number, then the place and date
            # ("Geschäftszeichen Datum" / "Dez. III/43-2023-009 Freiberg, 06.03.2023")
            values.setdefault(files[-1], rest)
            values.setdefault("datum", text[dated.start():].strip())
            waiting = []
            continue
        cells = re.split(r"\s{2,}", text)
        if len(waiting) >= 2 and len(cells) == len(waiting) and _fits(waiting, cells):
            # the row of values under a row of labels, column by column ("Dez. III/43-2023-009   Freiberg, 06.03.2023")
            for label, cell in zip(waiting, cells):
                values.setdefault(label, cell)
            waiting = []
            continue
        for k, label in enumerate(waiting):
            if _plausible(label, text):
                values.setdefault(label, text)
                del waiting[: k + 1]
                break
    return values


_COLUMN_HEAD = re.compile(r"(?:Nummer|Nr\.?|Vorlage|Drucksache|Sitzung|Seite)")
# "Datum / Az. | 16.01.2025 / ASB 40-31/Kr" (or the labels alone, their values on a later row)
_SLASHED_LABELS = re.compile(r"^\W{0,2}(?P<a>[A-ZÄÖÜ][\wäöüß.-]{1,20})\s*/\s*(?P<b>[A-ZÄÖÜ][\wäöüß.-]{1,20})\s*(?:[:|]\s*(?P<values>\S.*))?$")


def _wrapped_value(names: list[str], lines: list[str], extra: int) -> int | None:
    """Which value ran onto the `extra` lines after the last one, when the labels' kinds tell: the one at
    whose place every typed label gets a value of its kind, a line that runs on ("… Bedingungen des" /
    "Kaufvertrages") before any other. None when no place fits."""
    fitting = []
    for k in range(len(names)):
        # (the value may be the group's last line, a stray cell read before it: "öffentlicher Teil" / "0917/2025")
        for value in (" ".join(x.strip() for x in lines[k:k + extra + 1]), lines[k + extra]):
            if _fits(names, lines[:k] + [value] + lines[k + extra + 1:], column=True):
                fitting.append((not RUNS_ON.search(lines[k].strip()), k))
                break
    return min(fitting)[1] if fitting else None


def _fits(labels: list[str], values: list[str], column: bool = False) -> bool:
    """Whether each typed label (a date's, a file number's) would get a value of its kind (`column`: in a form's
    column of labels, see `_plausible`)."""
    return all(_plausible(label, value.strip(), column) for label, value in zip(labels, values) if _typed(label))


def _typed(label: str) -> bool:
    """A label whose value has a kind to check: a date, a file number, a paper's or a session's number."""
    return label == "datum" or label in FILE_LABELS or label in _PAPER_NAMES or label in _SESSION_NAMES


def _plausible(label: str, value: str, column: bool = False) -> bool:
    if label == "datum":
        # a year on its own (a stamp's legible part), not one inside a number ("VO/2025/14022"); a sentence is no value
        if len(value) > 40:
            return False
        return bool(find_dates(value)) or bool(re.search(r"(?<![/\w.-])(19|20)\d{2}(?![/\w-])", value))
    if label in FILE_LABELS:
        return bool(re.search(r"\d", value)) and len(value) <= 40 and not find_dates(value) and not _ADDRESS.match(value)   # not "Bürgerstraße 63"
    if label in _PAPER_NAMES:      # the paper's identifier, the whole value
        return any(found == value for found, *_ in find_resolutions(f"Vorlage {value}"))
    if label in _SESSION_NAMES:    # the session's number ("Sitzungs-Nr." / "SR/22/2023 (Stadtrat, 15.03.2023)"); in a
        # form's column of labels, "Sitzung" may say instead whether it was public ("öffentlich X nichtöffentlich")
        # (the label may be what a shape needs to count as a session's: "Sitzung" / "VGR 2023/07 vom 28.09.2023")
        return bool(find_sessions(value) or find_sessions(f"Sitzung {value}")) or column and label == "sitzung" and not re.search(r"\d", value)
    return False


# A title before the genre's words that name the resolution: "Lieferzone Venloer Straße – Umsetzung des Beschlusses"
_TITLE_BEFORE_GENRE = re.compile(r"^(?P<title>[A-ZÄÖÜ][^–—:]{4,}?)\s+[–—]\s+(?P<genre>[A-ZÄÖÜ].+)$")
# A name in quotes on a heading's line: 'Sachstand „Sauberes Quartier“ – Umsetzung des Beschlusses V412/2024'
QUOTED_NAME = re.compile(r'[„"»](?P<title>[^“”"«„»]{3,120})[“”"«]')
# A form's label for the paper a resolution was on: its value is an identifier ("Vorlage" / "20-25/6612")
_PAPER_NAMES = {"vorlage", "drucksache", "vorlage-nr", "vorlagen-nr", "drucksachen-nr", "beschlussvorlage"}
_SESSION_NAMES = {"sitzung", "sitzungsnummer", "sitzungs-nr", "sitzung-nr"}


def own_number(lines: list[str]) -> str | None:
    """The document's own number printed under a form's title ("Informationsvorlage" / "2024/IV/5127")."""
    for k, line in enumerate(lines[:-1]):
        if re.fullmatch(r"\W{0,2}(?:\w*[Vv]orlage|Drucksache|Mitteilung\w*|Informationsdrucksache)\s*(?:Nr\.?)?:?", line.strip()):
            value = lines[k + 1].strip()
            found = find_resolutions(value)
            if found and found[0][1] == 0 and found[0][2] >= len(value) - 1:
                return found[0][0]
    return None


_CONTACT_BESIDE = re.compile(r"\s+[·|•]\s+(?:Telefon|Tel\.|Fax|E-Mail|Zimmer|Durchwahl|Datum)\b.*$")


def find_file_number(values: dict[str, str]) -> str | None:
    for label in FILE_LABELS:
        if label in values:
            # OCR specks around a reference: '(GB 3). 32.4', '(GB 1) 17.3:'
            value = re.sub(r"\)\.(?=\s)", ")", values[label])
            # a form's hint beside the label, "(bitte bei Antwort angeben)", "(ggf. Nachtragsvermerk)": no number
            value = re.sub(r"^\((?:bitte|ggf|ggfs|falls|sofern|wenn)\b[^)]*\)?\s*", "", value, flags=re.I)
            # "GZ: SWU 6130-07 GRDrs 1042/2023": a file number, then the form's own Drucksache beside it
            found = find_resolutions(value)
            if found and re.search(r"\d", value[:found[0][1]]) and value[found[0][1] - 1:found[0][1]].isspace():
                value = value[:found[0][1]]
            value = mend_roman_edges(value.strip())     # "1X/32.1-0117/2025", "DS/0733/1X"
            value = re.sub(rf"\s+{BOX_GLYPH.pattern}\s*[A-Za-zäöüß].*$", "", value)   # a form's box beside it: "… □ vertraulich"
            value = _CONTACT_BESIDE.sub("", value)     # "Az. RKU-III-22 · Telefon 233-47711": the next cell, a contact or the date
            if re.search(r"\d", value):
                return clean_value(value.rstrip(":;,. "))
    return None



def find_letter_date(lines: list[str], values: dict[str, str]) -> str | None:
    # a form's "Erstellungsdatum 12.04.2023", "Freigabedatum 04.06.2024" (the day it was released)
    label = next((name for name in ("datum", "datum des schreibens", "erstellungsdatum", "freigabedatum") if name in values), "datum")
    if label == "datum" and any(_CONSULTATION.match(line.strip()) for line in lines):
        # a form's "Gremium … Datum …" dates the session: the place and date line dates the letter
        dated = _place_dated(lines)
        if dated:
            return dated
    if label in values:
        dates = find_dates(re.sub(r"^\W+", "", values[label]))   # 'Datum:|) 18. NOV. 2021': a stamp's frame
        if dates and re.match(r"^[^\w\s()|\[\]]\d(?!\d)", values[label].strip()) and len(dates[0].value) == 10:
            return dates[0].value[:7]     # a stamp's day with a glyph for its first digit ("*4. APR. 2012"): the month is sure
        if dates:
            return dates[0].value
        m = re.search(r"\b(19|20)\d{2}\b", values[label])
        if m:
            return m.group(0)
    dated = _place_dated(lines)
    if dated:
        return dated
    for line in lines:  # a column run into the place-and-date: "Geschäftszeichen: 32.1-Sa/22-011 Zwickau, 20.03.2023"
        value = place_date(line, anywhere=True)
        if value:
            return value
    texts = [line.strip() for line in lines if line.strip()]
    for line in texts:      # a report form's own "vom" field, its label column paired with its values ("vom: 04.09.2023")
        if re.match(r"vom:\s", line) and (dates := find_dates(line)) and len(line) < 20:
            return dates[0].value
    for k, line in enumerate(texts):
        # (a date under a session's label dates the session: "Datum der Sitzung" / "18.04.2024")
        if re.search(r"Beschluss|Sitzung|vom", line) or k and re.search(r"Sitzung|Beratung|Termin", texts[k - 1]):
            continue
        dates = find_dates(line)
        if dates and len(line) < 30:
            return dates[0].value
    for i in range(len(texts)):
        # the report's title dates it: "Bericht des Magistrats vom 14.07.2023, B 286", also broken over
        # lines with its own number between: "Bericht des Magistrats" / "B 112" / "vom 07.04.2025",
        # and with the addressee and the unit printed between title and number
        for rows in ([texts[i:i + width] for width in (1, 2, 3)]
                     + [[texts[i], *texts[j:j + 2]] for j in range(i + 2, min(i + 5, len(texts)))]):
            m = _DATED_TITLE.match(" ".join(rows))
            dates = find_dates(m.group("date")) if m else []
            if dates and dates[0].start == 0:
                return dates[0].value
    return None


def _place_dated(lines: list[str]) -> str | None:
    for line in lines:  # "Dresden, 02.07.19" / "Dresden, den 5. Dezember 2018" / "Rotenburg (Wümme), 11. Juni 2024"
        m = re.match(r"^(?P<place>[A-ZÄÖÜ][\w .()/-]+),\s*(?:den\s+)?(.*\d.*)$", line.strip())
        if m and not LABEL.match(line) and not _BODY_WORD.search(m.group("place")):    # not "Stadtrat, 13.06.2024"
            dates = find_dates(m.group(2))
            if dates and dates[0].start < 4:
                return dates[0].value
    return None


# The nouns that name a council or its committee ("Stadtrat", "Kreistag", "Bezirksvertretung", …).
_BODY_NOUN = r"(?:versammlung|rat|tag|ausschuss|vertretung|beirat)"
_BODY_WORD = re.compile(rf"(?:{_BODY_NOUN}|Gremium)\b")


# A genre noun, perhaps its issuer, then "vom": the date of this report (not of a resolution, which
# "Bericht zum Beschluss vom …" names with its own word).
_DATED_TITLE = re.compile(r"^(?:Bericht|Mitteilung|Information|Vorlage|Stellungnahme|Sachstandsbericht|Zwischenbericht"
                          r"|Schlussbericht|Abschlussbericht)\s+(?:(?:des|der)\s+[\w-]+\s+)?(?:(?:Nr\.\s*)?[A-Z]{0,2}\s?\d{1,5}\s+)?"
                          r"vom\s+(?P<date>.+)$")


# (a separator may follow it before the next column: "Leipzig, 10.12.2024 – Az.: …")
# (a place's name OCR split before its comma: "Berl in, den 30.01.2024")
PLACE_DATE = re.compile(r"(?:^|\s)[A-ZÄÖÜ][\w().-]+(?:\s(?:am|an\s+der|[A-ZÄÖÜ(])[\w().-]*|\s[a-zäöüß]{1,3}(?=,)){0,2}(?:,|\s/)\s*(?:den\s+|am\s+)?(?P<date>\d[\d. ]*\S*(?:\s+\d{4})?)\s*(?:[–—|]\s*)?$")


def place_date(line: str, anywhere: bool = False) -> str | None:
    """The date of a 'Place, date' line ('Landshut, 27.09.2024'); with `anywhere`, also such a
    pair ending a longer line."""
    m = PLACE_DATE.search(line.strip())
    if not m or (not anywhere and m.start() > 0):
        return None
    dates = find_dates(m.group("date"))
    return dates[0].value if dates and dates[0].start == 0 else None


_NAME_GOES_ON = re.compile(r"(?:\bder|\bdes|\w-\s+und)$")


def is_council_line(line: str) -> bool:
    """A council's or its committee's name opening the line ("Bezirksversammlung Hamburg-Nord – Ausschuss …")."""
    return bool(_COUNCIL_START.match(line.strip())) and not find_dates(line)


def _council(lines: list[str], i: int) -> bool:
    above = [x.strip() for x in lines[:i] if x.strip()][-3:]     # (a form's table may stand column by column)
    # (a consultation table's rows are no addressee, unless the form's table lists one body under its column label
    # "Gremium": "Beratungsfolge" / "Gremium" / "Bezirksversammlung Altona")
    consulted = any(_CONSULTATION.match(x) for x in above) and not (
        any(re.fullmatch(r"Beratungsfolge\s*:?", x) for x in above) and any(x == "Gremium" for x in above)
        and len(_consulted_rows(lines, i)) == 1)
    return bool(_COUNCIL_START.match(lines[i].strip())) and not find_dates(lines[i]) and "|" not in lines[i] \
        and not consulted and not re.match(r"^(?:Kreis|Haupt|Fach)?[Aa]usschu(?:ss|ß)\b", above[-1] if above else "")


def _consulted_rows(lines: list[str], i: int) -> list[str]:
    """The bodies listed in the "Beratungsfolge" paragraph around line i (its column labels left out)."""
    start = i
    while start > 0 and lines[start - 1].strip():
        start -= 1
    return [line for line in _paragraph(lines, start) if line.strip()
            and not re.fullmatch(r"(?:Beratungsfolge|Gremium|Datum|Sitzung\w*|Zuständigkeit)(?:\s+\w+){0,2}\s*:?", line.strip())]


# An internal addressee's second line: "Planungs-, Bau- und Umweltausschuss" / "im Hause"
_IN_HOUSE = re.compile(r"^[–-]?\s*im\s+Hause\s*[–-]?$")


def _in_house(lines: list[str], i: int) -> bool:
    """A body of the council's own house named over "im Hause", however its name begins."""
    return i + 1 < len(lines) and bool(_IN_HOUSE.match(lines[i + 1].strip())) and bool(lines[i].strip()) \
        and bool(re.search(r"(?:ausschu(?:ss|ß)|rat|beirat|versammlung|vertretung|[Ff]raktion(?:en)?)$", lines[i].strip()))


# A form's title naming whom it goes to: "Mitteilung an den Stadtbezirksbeirat Pieschen"
_TITLE_TO = re.compile(r"^(?:Mitteilung|Information|Bericht|Sachstandsbericht)\s+an\s+(?:den|die|das)\s+(?P<who>[A-ZÄÖÜ][\w.-]*(?:\s+[\wäöüÄÖÜß.-]+){0,6})$")


def titled_addressee(lines: list[str]) -> str | None:
    """The body a form's title addresses, when no addressee block names it."""
    return next((m.group("who") for line in lines if (m := _TITLE_TO.match(line.strip()))), None)


def find_recipients(lines: list[str]) -> str | None:
    """The addressee block: from its first line ('An die …', 'Fraktionen …') to the end of
    the block, skipping what OCR interleaved when the block is not finished yet."""
    # a form's label before the block, without its colon: "Empfänger  Mitglieder des Ausschusses …"
    labelled = {i for i, line in enumerate(lines) if RECIPIENT_ROW.match(line)}
    gremium = {i for i, line in enumerate(lines) if GREMIUM_ROW.match(line)}
    lines = [GREMIUM_ROW.sub("", RECIPIENT_ROW.sub("", line)) for line in lines]
    envelope = _envelope_block(lines) or _postal_block(lines)
    if envelope:
        return envelope
    starts = [i for i, line in enumerate(lines) if (RECIPIENT_START.match(line.strip()) or _council(lines, i) or _in_house(lines, i)) and "·" not in line
              and not LABEL.match(line.strip()) and not CITY.match(line.strip())
              and not re.fullmatch(r"An\s*:", line.strip())    # a form's bare label: its value stands further down
              # a consultation table's row: "Ausschuss für Umwelt und  16.05.2024" under "Beratung  Tag"
              and not (find_dates(line) and any(_CONSULTATION.match(x.strip()) for x in lines[max(0, i - 6):i]))
              and not _under_consultation(lines, i)]
    # "An den Ortsbeirat …" says it addresses; a form's row "Ortsbeirat X  Kenntnisnahme  06.03.2024" yields to it
    # (a form's "Gremium" row yields to any other start: "Empfänger  Mitglieder des …" names whom it goes to)
    # ("Büro der" / "Stadträte" / "08. APR. 2024": a received stamp's name goes on from the line above, no addressee)
    starts = [i for i in starts if not (i > 0 and re.search(r"\b(?:der|des|für)$", lines[i - 1].strip()))]
    starts = sorted(starts, key=lambda i: (not re.match(r"An(?:\s|\s*:)", lines[i].strip()), i in gremium))
    for i in starts[:1]:
        text = lines[i].strip()
        parts = [_without_place_date(text)]
        j = i + 1
        while j < len(lines):
            nxt = lines[j].strip()
            unfinished = re.search(r"(?:^An(?:\s+alle)?|\bsowie|\bund|,|\bdie|\bden|\bder|\bdes|\bdem|\bfür|\bzur|\bzum|\büber)$", parts[-1])
            # "… Stadträte der" / "Landeshauptstadt Dresden", "Bürgerschaft der Hanse- und" / "Universitätsstadt Rostock"
            of_city = bool(CITY.match(nxt)) and bool(_NAME_GOES_ON.search(parts[-1]))
            # "Ausschusses für Umwelt   Dresden, 28. Mai 2008": the block's part with the date column run in
            own = _without_place_date(nxt)
            if i in labelled and not unfinished and not nxt[:1].islower():
                break      # a form's row wraps only where it goes on ("… Wirtschaftsförderung" / "sowie alle Fraktionen …")
            # a date column's line between the block's lines ("An die Mitglieder" / "02.05.2024" / "des Gemeinderats")
            dated_between = bool(find_dates(own)) and _interleaved(own) and bool(_CONTINUES.match(
                next((x.strip() for x in lines[j + 1:] if x.strip()), "")))
            if not nxt or BOX_LINE.match(nxt) or LABEL.match(nxt) or dated_between or (unfinished and _interleaved(own) and not of_city):
                ahead = next((x.strip() for x in lines[j + 1:] if x.strip() and not _interleaved(_without_place_date(x.strip()))), "")
                # (the members of a body get no postal address: one after a blank line is the letterhead's)
                if unfinished or _CONTINUES.match(ahead) or not nxt and _ADDRESS.match(ahead) \
                        and not re.match(r"(?:An\s+)?(?:die|alle)\s+Mitglieder\b", parts[0]):
                    j += 1
                    continue
                break
            # (or a file number, its place and date run in: "GL/023-2024   Garmisch-Partenkirchen, 13.05.2024"; a file number
            # OCR put between the block's lines goes on with them: "der Verbandsversammlung" / "GL/VV-14-2023" / "des …")
            if CODE_LINE.fullmatch(own) and _CONTINUES.match(next((x.strip() for x in lines[j + 1:] if x.strip()), "")):
                j += 1
                continue
            if find_dates(own) or CITY.match(nxt) and not of_city or UNIT.match(nxt) or _SUBJECT_ROW.match(nxt) or CODE_LINE.fullmatch(own) \
                    or _DOCUMENT_TITLE.match(nxt) or REPORT_TITLE.match(nxt) or _PUBLICITY.match(nxt) \
                    or is_marking(nxt) and "Sitzung" not in nxt:
                # (the genre's heading, a marking or the paper's publicity below it: "öffentlicher Teil"; the body's
                # session named under its name goes on: "Hauptausschuss" / "– nichtöffentliche Sitzung –")
                break
            parts.append(own)
            j += 1
        return clean_value(re.sub(r"^An\s*:\s*", "", "\n".join(parts)))    # a form's label is no part of it
    return None


# The paper's publicity, a line of its own: "öffentlicher Teil", "nichtöffentlich"
_PUBLICITY = re.compile(r"^(?:nicht\s?)?öffentlich(?:e[rs]?\s+(?:Teil|Vorlage))?\s*$", re.I)
# An addressee's first line in a letter's text, away from the letterhead: "An die Stadtverordnetenversammlung"
ADDRESSEE_LINE = re.compile(r"^An\s+(?:die|den|das|alle)\s")
# The subject's or the reference's labelled row below the addressee ends the block: "Betreff:   Wohnungsnotfallhilfe …"
_SUBJECT_ROW = re.compile(r"^(?:Betreff|Betr\.|Gegenstand|Bezug)\s*:")


def _under_consultation(lines: list[str], i: int) -> bool:
    """Whether line i is a row of a form's "Beratungsfolge" list of several bodies (its heading alone above it
    in the same paragraph): the bodies that will consult the paper in turn, not its addressee. A list of one
    body ("Beratungsfolge" / "Gremium" / "Bezirksversammlung Altona") names whom the paper goes to."""
    k = i - 1
    while k >= 0 and lines[k].strip() and i - k <= 5:
        if re.fullmatch(r"Beratungsfolge\s*:?", lines[k].strip()):
            return len(_consulted_rows(lines, i)) >= 2
        k -= 1
    return False


def _paragraph(lines: list[str], start: int) -> list[str]:
    """The lines from `start` to the next blank line."""
    end = next((j for j in range(start, len(lines)) if not lines[j].strip()), len(lines))
    return lines[start:end]


def _envelope_block(lines: list[str]) -> str | None:
    """The block under the return address of a window envelope ("Amt für Straßen und Verkehr · Herdentorsteinweg
    49/50 · 28195 Bremen" / "" / "Ortsamt West" / … / "28219 Bremen"): whom the letter is addressed to."""
    for k, line in enumerate(lines[:8]):
        if line.count("·") < 2 or not re.search(r"\b\d{5}\s+[A-ZÄÖÜ]", line):
            continue
        start = next((j for j in range(k + 1, min(len(lines), k + 3)) if lines[j].strip()), None)
        if start is None:
            return None
        end = next((j for j in range(start, len(lines)) if not lines[j].strip()), len(lines))
        block = [x.strip() for x in lines[start:end]]
        if 2 <= len(block) <= 7 and re.match(r"^\d{5}\s+[A-ZÄÖÜ]", block[-1]) and not any(LABEL.match(x) for x in block):
            return clean_value("\n".join(block))
        return None
    return None


def _postal_block(lines: list[str]) -> str | None:
    """An addressee's postal block in the letterhead, a paragraph of its own: an office or a council, the person
    ("Frau Ortsamtsleiterin …", "z. Hd. Beirat …"), the street, the postcode and town. The sender's own address names no
    person."""
    k = 0
    while k < min(len(lines), 30):
        if not lines[k].strip():
            k += 1
            continue
        end = next((j for j in range(k, len(lines)) if not lines[j].strip()), len(lines))
        block = [x.strip() for x in lines[k:end]]
        if 3 <= len(block) <= 7 and re.match(r"^\d{5}\s+[A-ZÄÖÜ]", block[-1]) and any(re.match(r"(?:Frau|Herrn?|z\.\s?Hd\.?)\s", x) for x in block[:-2]) \
                and not any(LABEL.match(x) for x in block) and not CITY.match(block[0]):
            return clean_value("\n".join(block))
        k = end
    return None


def address_under_title(lines: list[str]) -> tuple[int, int] | None:
    """Some letterheads print the addressee and the place-and-date row under the title and subject
    ("Fahrradparken an Knotenpunkten" / "Ratsversammlung der Stadt Leipzig" / "Leipzig, 10.12.2024 – Az.: …"):
    the span (start, end) of those lines in `lines`, when an addressee of up to three lines is followed
    by a dated or labelled row. Such rows are header, not subject and not body."""
    for k, line in enumerate(lines):
        text = line.strip()
        if not (RECIPIENT_START.match(text) or _council(lines, k) or _RECIPIENT_FIELD.match(text)) \
                or text.endswith((".", ":")) or _letterhead_row(text):
            continue
        j = k + 1
        while j < min(len(lines), k + 3) and lines[j].strip() and not _letterhead_row(lines[j].strip()) \
                and not lines[j].strip().endswith((".", ":")):
            j += 1      # "Bezirksvertretung Ehrenfeld" / "z. Hd. Herrn Bezirksbürgermeister"
        while j < len(lines) and not lines[j].strip():
            j += 1
        end = j
        while end < len(lines) and lines[end].strip() and _letterhead_row(lines[end].strip()):
            end += 1
        if end > j:
            return k, end
    return None


def is_recipient_start(text: str) -> bool:
    """A line that opens an addressee: "An den …", "Mitglieder des …", a council's name."""
    return bool(RECIPIENT_START.match(text) or _COUNCIL_START.match(text))


RECIPIENT_ROW = re.compile(rf"^\s*(?:Empfänger(?:in)?|Adressat(?:en)?)\s+(?=(?:{RECIPIENT_START.pattern[1:]})|(?:{_COUNCIL_START.pattern[1:]}))")
# A form's one "Gremium" row, undated: the council the paper goes to ("Gremium   Bezirksvertretung 4 (Ehrenfeld)",
# "Gremium: Stadtrat" where the council is all the row names; a "Stadtrat" before a name is a councillor)
GREMIUM_ROW = re.compile(rf"^\s*Gremium\s*:?\s+(?!.*\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}})(?=(?:{_COUNCIL_START.pattern[1:]})|(?:Stadtrat|Rat)\s*$)")
_RECIPIENT_FIELD = re.compile(r"^(?:Empfänger(?:in)?|Adressat(?:en)?)\s*:\s*\S")


def _letterhead_row(text: str) -> bool:
    """A row of the letterhead's place, date and labels ("Magdeburg, den 03.04.2025   Az.: VI/66.2-Le")."""
    return bool(place_date(text, anywhere=True)) or any(LABEL.match(cell.strip()) for cell in split_embedded_labels([text]))


def _without_place_date(line: str) -> str:
    """A recipient line that a text conversion ran together with the place-and-date column
    ("An die Mitglieder   Halle (Saale), 02.08.2023"): the recipient part."""
    words = line.split()
    for k in range(len(words) - 1, 0, -1):      # the shortest "Place, date" ending the line
        if words[k - 1] in _PLACE_JOINERS:
            continue      # "Offenbach am Main, 14. November 2023": the place has more words
        if place_date(" ".join(words[k:])) and PLACE_DATE.match(" ".join(words[k:])):
            return " ".join(words[:k]).rstrip(" ,")
    return line


# Words inside a place's name: "Offenbach am Main", "Halle an der Saale", "Weil der Stadt".
_PLACE_JOINERS = {"am", "an", "der", "a.", "a.d.", "im", "bei", "ob", "in", "vor", "auf"}


# The document's own title under the addressee ("Information für den Gemeinderat", "Vorlage zur Kenntnisnahme …").
_DOCUMENT_TITLE = re.compile(r"^(?:Information|Vorlage|Mitteilung|Hausmitteilung|Bericht|Sachstandsbericht|Zwischenbericht|Abschlussbericht|Schlussbericht|Beschlusskontrolle)\b")
_CONTINUES = re.compile(r"^(?:der|des|den|die|dem|sowie|und|für|über|zur|zum|im)\s")
_ADDRESS = re.compile(rf"^(?:\d{{5}}\s+\w|Postfach\b|[A-ZÄÖÜ][\w.-]*{STREET_ENDING}\s+\d)", re.I)


def _interleaved(line: str) -> bool:
    """A line that OCR put inside the recipient block but belongs to the letterhead."""
    return bool(LABEL.match(line) or BOX_LINE.match(line) or re.match(r"^\(?[A-Z]{1,3}\s?\d", line)
                or find_dates(line) or CITY.match(line) or _DOCUMENT_TITLE.fullmatch(line))


_FORM_TITLE_WORD = r"(?:Informationsvorlage|Informationsdrucksache|Mitteilungsvorlage|Mitteilungsdrucksache|Berichtsdrucksache|Berichtsvorlage|Vorlagen?|Drucksachen?|Mitteilung|Information|Bericht)"
_FORM_NUMBER_LINE = re.compile(
    # "Mitteilungsvorlage Drucksache Nr. …", "Vorlagen-Nummer: …"
    # (its author between: "Mitteilung der Verwaltung Nr. 20250652", "Vorlage des Bezirksamtes Nr. …")
    rf"^(?!\()\W{{0,2}}(?:{_FORM_TITLE_WORD}\s+)?{_FORM_TITLE_WORD}(?:\s+(?:der|des)\s+[A-ZÄÖÜ][\wäöüß-]+(?=\s+(?:Nr\.?|Nummer)))?"
    r"(?:\s*-?\s*(?:Nr\.?|Nummer))?\s*:?\s*"
    r"(?:[A-ZÄÖÜ][\w ()./-]{1,40},\s*(?:den\s+)?\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\s+)?"   # a place and date run in between
    r"(?:\((?:ggf|ggfs|bitte|falls|sofern)\b[^)]{0,40}\)\s*:?\s*)?"       # the form's hint: "(ggf. Nachtragsvermerk):"
    r"(?P<id>\S+(?:\s\S+)?)\s*(?:[–—-]\s*(?:nicht\s?)?öffentlich\s*[–—-])?"      # its marking beside it
    r"(?:\s+(?=(?:Az\.|AZ|GZ|Gz\.|Aktenzeichen|Geschäftszeichen|Datum)\s*:).*)?\s*$", re.I)   # or a labelled field's column


def form_number(lines: list[str]) -> str | None:
    """The number a report form gives itself on its title line ("Informationsvorlage 2024/IV/0815"),
    when the line holds nothing else: the document's own reference, not the resolution reported on."""
    for k, line in enumerate(lines):
        text = line.strip()
        if text.endswith(":") and k + 1 < len(lines):
            text = f"{text} {lines[k + 1].strip()}"     # the label's value on the next line ("Drucksache Nr. (…):" / "24/SVV/0791")
        m = _FORM_NUMBER_LINE.match(text)
        if m:
            found = find_resolutions(text)    # with its context word: "Drucksache G-23/201"
            if len(found) == 1 and found[0][1] == m.start("id"):
                return found[0][0]
    return None


# "§ 1482 zur Vorlage NR 388/23": the identifier after it names the paper the resolution was decided on
_PAPER_OF = re.compile(r"\b(?:zur|zum|auf)\s+(?:(?:Beschluss)?[Vv]orlage|Drucksache|Antrag)\s*(?:Nr\.)?\s*$")


# A line naming the session ("Sitzung der Verbandsversammlung VV-03/2023 vom …"), and the words that
# would make its identifier a resolution's ("Sitzung … Beschluss 12/2023").
# ("Marktgemeinderatssitzung vom 20.07.2023, öffentlicher Teil": the body's name joined to it; "Kreistag, Sitzung KT/018/2022 am …": before it)
_SESSION_LINE = re.compile(r"^\W{0,2}(?:[A-ZÄÖÜ][\wäöüß-]+,\s+)?(?:(?:Aus|(?:Beschlossen|Gefasst)\s+in)\s+der\s+|der\s+)?(?:öffentlichen\s+|nichtöffentlichen\s+)?(?:Sitzung|[A-ZÄÖÜ][a-zäöüß]{2,}sitzung)\b", re.I)
_RESOLUTION_WORD = re.compile(r"Beschl|Vorlage|Antrag|Drucksache|Nr\.", re.I)


_AGENDA_ITEM = re.compile(r"[,;]?\s*(?:TOP|Tagesordnungspunkt|TO-Punkt)\s*(?:Nr\.\s*)?[\dÖö][\d.]*[a-z]?\s*[,;]?")


def parse_reference(lines: list[str]) -> tuple[list[tuple[str, str | None, str | None]], list[str]]:
    """[(resolution, session, subject)] from the reference block; a letter on two resolutions
    names each with its own subject ('… und zum Antrag A0219/21 (…)')."""
    warnings: list[str] = []
    groups: list[tuple[str, str | None, list[str]]] = []
    note_open = False      # a note in parentheses after the identifier runs on ("(NR 612/23 GRÜNE," / "SPD)")
    closed = False         # the subject ended ("Beschluss des Stadtrates vom …" follows it)
    dash_open = False      # the subject's line ended in a dash: it goes on below
    previous = ""          # the last line read
    held_in = None         # the session a line of its own names for the resolutions below it
    before = None          # a subject the genre's heading gives above the first identifier
    last_text = ""
    for line in lines:
        text = line.strip()
        if note_open:
            note_open = ")" not in text
            text = text.split(")", 1)[1].strip() if ")" in text else ""
        if not text:
            continue
        above, last_text = last_text, text      # (the line above, whatever it was read as)
        sessions = find_sessions(text)
        if sessions and previous and sessions[0][1] == 0:
            # the session's body code ended the line above: "… aus der Sitzung SBR" / "Pi/009/2020 vom 07.12.2020"
            tail = previous.split()[-1]
            whole = find_sessions(f"{tail} {text}") if re.fullmatch(r"[A-ZÄÖÜ]{2,5}", tail) else []
            if whole and whole[0][1] == 0 and whole[0][0].endswith(sessions[0][0]) and len(whole[0][0]) > len(sessions[0][0]):
                sessions[0] = (whole[0][0],) + tuple(sessions[0][1:])
        session = sessions[0][0] if sessions else None
        resolutions = find_resolutions(text, session_district(session))
        if not resolutions and previous:
            # the identifier's context word ended the line above: "… (Sitzungsvorlage" / "Nr. 20-26 / V 13350)"
            tail = previous.split()[-1].lstrip("(„\"")
            shift = len(tail) + 1
            resolutions = [(value, start - shift, end - shift, repaired) for value, start, end, repaired
                           in find_resolutions(f"{tail} {text}", session_district(session)) if start >= shift]
        if resolutions and groups and DECISION_LINE.match(text) and any(x[1] == resolutions[0][1] for x in sessions):
            # "Stadtratsbeschluss vom 31.01.2019 (SR/063/2019)" under the identifier: the session it was decided in
            value, ses, parts = groups[-1]
            groups[-1] = (value, ses or resolutions[0][0], parts)
            closed, previous = bool(parts), text
            continue
        if not groups and (titled := _TITLED_GENRE.match(text)) and not REPORT_TITLE.search(titled.group("subject")):
            before = titled.group("subject")    # "Beschlussverfolgung: Sanierung der Schulsporthallen" over the identifier
        if resolutions and _SESSION_LINE.match(text) and not _RESOLUTION_WORD.search(text[:resolutions[0][1]]):
            # "Sitzung der Verbandsversammlung VV-03/2023 vom 23.11.2023": the session of the resolutions named below,
            # or, in parentheses under one ("(Sitzung der Gemeindevertretung SÜD/GV/04/2024 vom …)"), of that one
            if groups and groups[-1][1] is None and text.startswith("("):
                groups[-1] = (groups[-1][0], resolutions[0][0], groups[-1][2])
                closed = bool(groups[-1][2])
                previous = text
                continue
            held_in = resolutions[0][0]
            previous = text
            continue
        if resolutions:   # a session's shape taken as the resolution is not also its session
            sessions = [x for x in sessions if x[1] != resolutions[0][1]]
            session = sessions[0][0] if sessions else None
        session = session or (held_in if resolutions else None)
        # "Beschluss … § 1482 zur" / "Vorlage NR 388/23": the paper the resolution was decided on, the same resolution
        paper = bool(resolutions) and bool(_PAPER_OF.search(f"{previous} {text[:resolutions[0][1]]}"))
        previous = text
        if paper and groups and not groups[-1][2]:
            subject_start = _subject_on_reference_line(text[resolutions[0][2]:], sessions)
            groups[-1] = (groups[-1][0], groups[-1][1] or session, [subject_start] if subject_start else [])
            continue
        if len(resolutions) == 2 and re.search(r"\bvom\s+\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2}\s*\(\s*$", text[:resolutions[1][1]]) \
                and text[resolutions[1][2]:].lstrip().startswith(")") and not session:
            # "DS/0981/IX, Beschluss der BVV vom 27.10.2022 (BVV/0019/IX)": in brackets after the decision's date, its session
            session = resolutions[1][0]
            sessions = [resolutions[1][:3] + (False,)] + sessions
            resolutions = resolutions[:1]
        if resolutions:
            value, start, end, repaired = resolutions[0]
            if groups and not groups[-1][2] and (named := _NAME_THEN_NEXT.match(text[:start])):
                # "… Beschlüsse 1487 (V) BDs" / "„Rufbus-Angebote …“ und 1522 (V) BDs": the first one's title
                groups[-1] = (groups[-1][0], groups[-1][1], [named.group("title")])
            if repaired:
                warnings.append(f"resolution identifier read as '{value}' after repairing OCR glyphs")
            if len(resolutions) > 1 and _PAPER_OF.search(text[:resolutions[1][1]]):
                end = resolutions[1][2]      # "§ 1482 zur Vorlage NR 388/23 – Begrünung …"
            subject_start = _subject_on_reference_line(text[end:], sessions)
            if not subject_start and (quoted := QUOTED_NAME.search(text[:start])):
                subject_start = quoted.group("title")    # 'Sachstand „Sauberes Quartier“ – Umsetzung des Beschlusses V412/2024'
            elif not subject_start and (titled := _TITLE_BEFORE_GENRE.match(text[:start].strip())) \
                    and REPORT_TITLE.match(titled.group("genre")) and len(titled.group("title").split()) >= 2 \
                    and not (REPORT_TITLE.fullmatch(titled.group("title")) or _FORM_TITLE.fullmatch(titled.group("title"))):   # ("Geschäftliche Mitteilung – Umsetzung …": the form's kind)
                subject_start = titled.group("title")    # "Lieferzone Venloer Straße – Umsetzung des Beschlusses AN/1204/2022"
            note_open = text[end:].count("(") > text[end:].count(")")
            groups.append((value, session, [subject_start] if subject_start else []))
            closed = False
            # the title goes on below (one in quotes runs on to its closing mark as it is)
            dash_open = bool(subject_start) and bool(re.search(r"\s[–—-]\s*$", text)) and not re.search(r"[„“\"»]", text[end:])
            continue
        genre = re.sub(r"\s+zu[mr]\s+(?:Vollzug|Umsetzung|Stand)$", "", re.sub(r"^hier\s*:\s*", "", text).strip(" :–-"))   # "Zwischennachricht zum Vollzug"
        if REPORT_TITLE.fullmatch(genre) or _REPORT_WORD.fullmatch(genre):
            continue       # the genre's heading under the subject ("Sachstandsbericht", "hier: Sachstand zur Umsetzung") is no part of it
        if BARE_SUBJECT_LABEL.fullmatch(text):
            continue       # "Titel" alone: its value stands below, after the reference
        if SECTION_HEADING.match(text) or heading_row(text):
            break          # "Sachverhalt", or a table's headings ("Nr.  Beschlusspunkt  Sachstand"): the form's text begins
        if re.fullmatch(r"\([^()]{3,60}\)", text) or _AGENDA_ITEM.fullmatch(text):
            if sessions and groups and groups[-1][1] is None and text.startswith("("):
                groups[-1] = (groups[-1][0], session, groups[-1][2])    # "(Stadtrat, SR/031/2016 vom 07.07.2016)" under its resolution
            continue       # a remark in parentheses ("(nichtöffentliche Sitzung)") or the agenda item ("TOP 8.1.3") is no subject
        if place_date(text):
            continue       # the letterhead's right column put below the reference ("Jena, 27.11.2023"): no subject
        if groups and not re.fullmatch(r"[-–—:\s]*", text):
            if groups[-1][1] is None and sessions:
                value, _, parts = groups[-1]
                groups[-1] = (value, session, parts)
            if SUBJECT_LABEL.match(text) and not REPORT_TITLE.match(text):
                # a form's labelled title ("Titel Sanierung …") is the subject, whatever rows stood above it
                groups[-1] = (groups[-1][0], groups[-1][1], [SUBJECT_LABEL.sub("", text)])
                closed = False
            elif (DECISION_LINE.match(text) or _ORGAN_DATED.match(text.strip()) or _SITTING_DATED.match(text)) \
                    and not (groups[-1][2] and re.search(r"\s(?:de[rsmn]|in|im)$", groups[-1][2][-1])):   # (unless it ends "… in der")
                # the subject stands above the line saying when it was decided, or below it
                closed = bool(groups[-1][2])
            elif not groups[-1][2] and re.search(r"\s(?:der|des|dem)$", above) \
                    and _COUNCIL_START.match(text) and len(text.split()) <= 4:
                pass               # "… des Beschlusses Nr. 031/2023 der" / "Gemeindevertretung Chorin": who decided it, no title
            elif groups[-1][2] and (re.match(r"^[A-ZÄÖÜ][\wäöüß-]+(?:\s+[a-zäöüß.]+){0,2}\s*:\s", text) and not SUBJECT_LABEL.match(text)
                                    or text.endswith(".") and len(text.split()) >= 6 or _SAT_AND_DECIDED.search(text)
                                    or re.match(r"^(?:Der|Die|Das)\s+[\w-]+(?:\s+[\w-]+)?\s+beschlie(?:ß|ss)t\b", text)   # the resolution's words
                                    or re.match(r"^(?:Beschlusstext|Beschlusswortlaut|Wortlaut|Beschlussinhalt)\b", text)
                                    or REPORT_TITLE.search(text) and len(text.split()) <= 6):   # "Information über den Stand der Umsetzung"
                # the form's next labelled row ("Beschlussfassung: Stadtrat am 29.06.2022", "Beschluss vom: 23.07.2024") or the letter's first
                # sentence ("Der Stadtrat hat die Verwaltung … beauftragt.") or the heading of the resolution's words ends the title
                closed = True
            elif dash_open and not closed and not LABEL.match(text):
                groups[-1][2][-1] += " –"      # "Umgestaltung des Wilhelmsplatzes –" / "Aufenthaltsqualität und Marktbetrieb"
                groups[-1][2].append(text)
                dash_open = False
            elif ADDRESSEE_LINE.match(text):
                closed = True      # the addressee under the reference: no title follows it ("An die Stadtverordnetenversammlung")
            elif groups[-1][2] and not closed and RUNS_ON.search(groups[-1][2][-1]) and CITY.match(text):
                groups[-1][2].append(text)     # the title names the city, wrapped: "… Asylsuchenden in der" / "Landeshauptstadt Dresden"
            elif LABEL.match(text) or UNIT.match(text) or CITY.match(text) or ORGAN.match(text) or is_marking(text) \
                    or re.fullmatch(r"(?:nicht\s?)?öffentlich", text, re.I) \
                    or re.match(r"Sitzung(?:s-?(?:nummer|Nr\.?)|\s+Nr\.)\s*:?|Sitzung\s*:", text) \
                    or _SESSION_LINE.match(text) and bool(sessions or find_dates(text)):
                # "Sitzungsnummer: KT/017/2023 (…)", "Sitzung des Verbandsgemeinderates Nr. 09/2024 vom 10.10.2024"
                # no subject: a form's next row ("Az.: 7.2-803-PV/22", "Fachbereich …", "Stadt Jena",
                # "Der Bürgermeister"); after the subject's lines it ends them
                closed = closed or bool(groups[-1][2])
                if not groups[-1][2] and sessions and re.match(r"\s*[–—]\s", text[sessions[0][2]:]) and _SESSION_LINE.match(text):
                    # (unless the session's line goes on with the title after a dash: "Sitzung KT/021/2022 – Ausbau der K 7274 …")
                    groups[-1] = (groups[-1][0], groups[-1][1], [t] if (t := _subject_on_reference_line(text[sessions[0][2]:], sessions)) else [])
            elif (not sessions or len(text) > len(sessions[0][0]) + 25) and not closed:
                # the subject's own label, or the genre's as one ("Sachstand: Pflege und Entwicklung der Knicks …")
                groups[-1][2].append(SUBJECT_LABEL.sub("", text) if groups[-1][2] else _GENRE_LABEL.sub("", SUBJECT_LABEL.sub("", text)))
    if groups and not groups[0][2] and before:
        groups[0] = (groups[0][0], groups[0][1], [before])
    # "… G-23/045 vom" / "21.03.2023" / "Sanierung …": the date ending the reference is no subject
    groups = [(res, ses, [re.sub(r"^\d{1,2}\.\s?(?:\d{1,2}\.\s?\d{2,4}|[A-ZÄÖÜ][a-zäöü]+\.?\s(?:19|20)\d{2})\s*[),]?\s*", "", parts[0])] + parts[1:] if parts else parts)
              for res, ses, parts in groups]
    groups = [(res, ses, [p for p in DECISION_PREFIX.sub("", "\n".join(parts)).split("\n") if p.strip()])
              for res, ses, parts in groups]
    # "– beschlossen in der Sitzung des / Stadtbezirksrates am 16.08.2023 / Verkehrsberuhigung …": when it was decided, no title
    groups = [(res, ses, [x for x in _DECIDED.sub("", "\n".join(parts)).split("\n") if x.strip()]) for res, ses, parts in groups]
    return unique_resolutions([(res, ses, quoted_title(clean_value("\n".join(parts))) if parts else None)
                               for res, ses, parts in groups]), warnings


def unique_resolutions(resolutions: list[tuple[str | None, str | None, str | None]]) -> list[tuple[str | None, str | None, str | None]]:
    """Each resolution once: a reference may name one twice ("Umsetzung der Beschlüsse zu AN/0871/2019
    und …" over "I. Beschluss … AN/0871/2019 / Fahrradstraße …"); what each mention tells is merged."""
    merged: dict = {}
    for res, ses, title in resolutions:
        key = res if res is not None else object()
        _, old_ses, old_title = merged.get(key, (None, None, None))
        merged[key] = (res, old_ses or ses, old_title or title)
    return list(merged.values())


# A quoted title and the word joining the next identifier to it: "„Rufbus-Angebote im Umland“ und ".
_NAME_THEN_NEXT = re.compile(r"^[„»\"](?P<title>[^„“”»«\"]{3,150})[“”«\"],?\s+(?:und|sowie)\s+(?:(?:zum|zur|der|des|dem)\s+)?(?:\w+\s+)?$")
# What kind of report it is, in a word ("– Sachstand", "Zwischenbericht"): no title.
_REPORT_WORD = re.compile(r"(?:Zwischen|Schluss|Abschluss|Sachstands|End)bericht|Sachstand|Zwischenstand|Stand\s+der\s+Umsetzung")
# A sitting or a body with its date and nothing else: "Gemeinderatssitzung vom 28.11.2023", "Ratsversammlung am 19.01.2022"
# (the end of "…, beschlossen in der" above): when it was decided, no title.
# ("Stadtrat, Sitzung am 11.12.2024": the body, then its sitting)
# The lead-in's sentence of the sitting that decided, begun under the title: "der Stadtbezirksrat hat in seiner Sitzung am …"
_SAT_AND_DECIDED = re.compile(r"\b(?:hat|haben|hatte|hatten)\s+(?:in\s+)?(?:seiner|ihrer|der)\s+(?:\w+\s+)?Sitzung\b")
_SITTING_DATED = re.compile(r"^(?:[A-ZÄÖÜ][\w-]+,\s+)?(?:(?:[\w-]*[Ss]itzung|Beschlussfassung)(?:\s+de[sr]\s+[\w-]+)?|[A-ZÄÖÜ][\w-]+)\s+(?:vom|am)\s+\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)?\d{2}$")
# The genre's heading with the subject after a colon: "Beschlussverfolgung: Sanierung der Schulsporthallen".
# (or after a dash: "Sachstandsbericht – Sanierung des Freibads")
_TITLED_GENRE = re.compile(rf"^(?:{REPORT_TITLE.pattern})(?:\s*:|\s+[–—-])\s*(?P<subject>[A-ZÄÖÜ„\"][^:]{{3,}})$")


def titled_genre(lines: list[str]) -> str | None:
    """A heading that names the genre and then the title, on a line of its own in the letterhead
    ("Zwischenbericht: Schulhof der Grundschule … öffnen"), the identifier named elsewhere."""
    for line in lines:
        m = _TITLED_GENRE.match(line.strip())
        if m and not REPORT_TITLE.search(m.group("subject")) and not has_resolution(m.group("subject")):
            return clean_value(m.group("subject"))
    return None


# A subject's label alone on its line, its value below it.
_GENRE_LABEL = re.compile(r"^(?:Sachstand|Sachstandsbericht|Zwischenbericht|Schlussbericht|Abschlussbericht)\s*:\s*(?=[A-ZÄÖÜ„\"])")
BARE_SUBJECT_LABEL = re.compile(r"(?:Betreff|Gegenstand|Thema|Titel|Bezeichnung)\s*:?")
# A subject's label, with a colon or, in a form's label column, without ("Titel Digitalpakt Schule …")
SUBJECT_LABEL = re.compile(r"^(?:Betreff|Gegenstand|Thema|Titel|Bezeichnung)(?:\s*:\s*|\s+(?=[A-ZÄÖÜ„\"]))")
# "Beschluss der Bürgerschaft vom 06.12.2023, Sitzung 2023/BS/019": when and where it was decided, no title
_DECIDED_BY = r"B.schlu(?:ss|ß)\s+de[rs]\s[^.]{0,80}?"      # "Beschluss des Stadtrates ", OCR's "Bcschluss des …"
# "… Stadtratesvom 9. …", "Beschluss des Jugendhilfeausschusses in der Sitzung JHA/008/2023 am 28.09.2023"
# ("Ihr Beschluss vom 12.10.2023": a letter to the body that decided)
DECISION_LINE = re.compile(rf"^(?:(?:Ihr|Ihre|Unser)\s+)?(?:{_DECIDED_BY}|[\w-]*[Bb].schlu(?:ss|ß)\s+)(?:vom|am)\s*\d")     # "Stadtratsbeschluss vom …" too
DECISION_DATE = r"vom\s*\d{1,2}\.\s?(?:\d{1,2}\.\s?(?:19|20)?\d{2}|[A-ZÄÖÜ][a-zäöü]+\.?\s+(?:19|20)\d{2})\s*(?:\([^)]*\))?[\s,;:–—-]*"
# The same, or the tail of a body's name broken off the identifier's line ("Gemeindever" / "tretung vom
# 17.03.2022"), in front of the subject: when it was decided, then the title.
DECISION_PREFIX = re.compile(rf"^(?:[–—-]\s*)?(?:{_DECIDED_BY}|[a-zäöüß][\w-]*\s+){DECISION_DATE}")
# A line naming the deciding body and the date alone ("Verbandsversammlung vom 30.05.2023", "Bau- und
# Umweltausschuss, Sitzung BUA/09/2022 vom 04.10.2022"): when it was decided, no title.
_ORGAN_DATED = re.compile(rf"^(?:[\w-]+\s+(?:und\s+)?){{0,3}}\w*{_BODY_NOUN}(?:e?s)?\b[^.]{{0,40}}?"
                          rf"{DECISION_DATE}$")
_DECIDED = re.compile(r"^(?:beschlossen|gefasst|verabschiedet)\b[^\n]{0,80}?(?:\n[^\n]{0,60}?)?\b(?:am|vom)\s+"
                      r"\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)?\d{2}\s*")


def quoted_title(subject: str | None) -> str | None:
    """A title in quotes is the whole subject: what follows it ("beschlossen im Gemeinderat am …",
    "– Sachstand 2023", "(Stadtratsbeschluss vom") is not."""
    m = re.match(r"^[„\"“»](?P<title>[^„\"“”»«]{3,150})[“\"”«]", subject or "")
    return m.group("title").strip() if m else subject


_REFERENCE_NOISE = re.compile(
    # ("… A0512/11, Stadtratssitzung vom" with its date on the next line: when it was decided, no title)
    r"\b(?:\w*[Bb]eschluss|\w*[Ss]itzung)(?:\s+(?:des|der)\s+\w+)?\s+(?:vom\s+[\d.]+(?:\s*[A-Za-zäÄ]+\.?\s+\d{4})?|(?:vom|am)\s*$)|\bSitzungs(?:nummer|-Nr\.?)\b|\bSitzung\b|\b(?:vom|am)\s+[\d.]{6,10}")


def _subject_on_reference_line(rest: str, sessions: list[tuple[str, int, int, bool]]) -> str | None:
    """'Beschlusskontrolle zu V0870/21 – Förderantrag Smart City' carries its subject on the
    same line; session numbers and 'Beschluss vom …' after the identifier are not a subject."""
    original = rest
    for value, _, _, _ in sessions:     # (with the label before it: "– Beschluss UKW/041/2024")
        rest = re.sub(rf"\b(?:Beschluss|Sitzung|Vorlage|Drucksache)(?:-?Nr\.?)?\s*:?\s*{re.escape(value)}", " ", rest).replace(value, " ")
    rest = re.sub(r"\b[A-ZÄÖÜ][A-Za-z]{0,6}(?:\s[A-Z][a-zI]{1,2})?/\d{3}/\d{4}\b", " ", rest)
    rest = _REFERENCE_NOISE.sub(" ", rest)
    rest = re.sub(r"\(\s*[:;,]?\s*\)", " ", rest)
    rest = re.sub(r"^\s*\([^()]*(?:\)|$)", " ", rest)     # "§ 3417 (NR 512/2022 GRÜNE, SPD)": a note on it, no title
    opened = re.match(r"^[\s–—:-]*(?P<title>[„»][^“”«\"]+)$", rest)
    if opened and re.search(r"[A-Za-zÄÖÜäöüß]{2,}", opened.group("title")):
        return opened.group("title").rstrip()    # a quoted title that wraps ("V/0718/2022 „Radvorrangrouten –" / "Ausbauprogramm …“")
    # (a comma at the end stays: the title wraps on, "… Kläranlage Ilsfeld," / "Bauabschnitt 2")
    rest = rest.strip(" –—-:;()[]").lstrip(",").rstrip() if rest.rstrip().endswith(",") else rest.strip(" –—-:,;()[]")
    if REPORT_TITLE.fullmatch(rest) or _REPORT_WORD.fullmatch(rest):
        return None          # "DS/1152/VI – Schlussbericht –": the genre, no title
    decided = re.match(r"^(?:der|des|vom|von|dem)\b[^–—]*?\s[–—]\s+(?P<title>[A-ZÄÖÜ„\"].*)$", rest)
    if decided and re.search(re.escape(decided.group("title")) + r"\s+vom\s+\d", original):
        return None          # "… von der Fraktion Die Grünen – Rosa Liste vom 14.09.2022": the applicant's name, dated
    if decided:
        rest = decided.group("title")   # "… 57/2021 des Kreistages (KT/021/2021) – Taktverdichtung …": the title after the dash
    elif re.match(r"^(?:der|des|vom|von|dem|aus\s+der|aus\s+dem|beschlossen|gefasst)\b", rest):
        return None          # "Beschluss 00734/2023 der Stadtvertretung", "… – beschlossen in der Ratsversammlung": who decided, no title
    if re.match(r"^(?:und|sowie)\b", rest) and (find_resolutions(rest) or re.search(r"\bNr\.\s?\d", rest)):
        return None          # "… zu den Beschlüssen SV-2023/0412 und SV-2023/0588": the next resolution, no title
    if re.fullmatch(r"[\wÄÖÜäöüß.]+(?:-|\s)(?:Nr\.?|Nummer)\s*:?\s*\S*\d\S*", rest):
        return None          # "DS0187/22 – Beschluss-Nr. 4410-51(VII)22": the resolution's other number, no title
    if re.search(r"\b(?:gefasst|beschlossen)\s*:?$", rest):
        return None          # "… mit Drucksache 22-1033 folgenden Beschluss gefasst:": the enacting words
    words = re.findall(r"[A-Za-zÄÖÜäöüß]{2,}", rest)
    # one word after a dash starts a title that wraps ("21/SVV/1203 – Sichere" / "Schulwege im …")
    dashed = bool(re.match(r"^\s*[–—]\s*[A-ZÄÖÜ]", original)) and len(words) == 1 and rest[:1].isupper()
    return rest if len(words) >= 2 or dashed else None
