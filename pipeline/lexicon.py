"""What the reader knows about the genre, as data in one place.

Every pattern here is a named, documented piece of vocabulary that the stages combine;
none of them names one letter. Adding a city means adding its identifier shape to
`IDENTIFIER_SHAPES` (and its headings or labels where they are new), plus test letters.

Identifiers keep their printed form (the contract); only spacing is normalised.
"""
from __future__ import annotations

import re

# ---------------------------------------------------------------------------------------
# Resolution identifiers of other bodies. Dresden's own (V0870/21, A0123/20, V-Pl0013/19)
# live in `references.RESOLUTION`, which also repairs OCR glyphs its strict shape makes
# certain. These shapes are distinctive on their own: letters and digits joined by / or -.
IDENTIFIER_SHAPES = {
    # Leipzig: VII-A-04512, VII-DS-07730, VI-P-01234
    "roman_kind_number": r"[IVX]{1,4}-[A-Z]{1,4}-\d{4,6}(?:-[A-Z]{1,4}-\d{1,3})?",
    # Halle: VII/2020/01876
    "roman_year_number": r"[IVX]{1,4}/(?:19|20)\d{2}/\d{3,6}",
    # Rostock: 2023/BV/4410, Potsdam: 21/SVV/1203
    "year_kind_number": r"(?:(?:19|20)\d{2}|\d{2})/[A-Z]{2,4}/\d{3,5}",
    # Köln: AN/0871/2019, Berlin districts: DS/0733/VIII
    "kind_number_year": r"[A-Z]{2,3}/\d{4,5}/(?:(?:19|20)\d{2}|[IVX]{1,5})",   # three digits: a session (KT/021/2022)
    # Kreise and Gemeinden: DrS/2022/183, GR/2023/088 (three digits at least: KT/2022/05 is a session);
    # a supplement's number after a hyphen: VO/2023/12604-01 (Lübeck)
    "kind_year_number": r"[A-Z][A-Za-z]{1,3}/(?:19|20)\d{2}/\d{3,5}(?:-\d{1,2})?",
    # Verbandsgemeinden, Gemeinderäte: BV 2023/0231, GR 2021/112 (kind, a space, year, number)
    "kind_space_year_number": r"[A-Z]{2,3}\s(?:19|20)\d{2}/\d{3,5}",
    # Chemnitz: B-088/2023, BA-141/2020
    "kind_dash_number_year": r"[A-Z]{1,3}-\d{2,4}/(?:19|20)\d{2}",
    # Magdeburg: DS0187/22, DS 0870/2021, Frankfurt: NR 279/17
    "kind_number_year_short": r"(?:DS|NR|AN|BV|DRS|GRDrs)\s?\d{2,5}/(?:(?:19|20)\d{2}|\d{2})",   # Stuttgart: GRDrs 1040/2021 (Kiel's "Drs. 0219/2023" is the number after its word)
    # ALLRIS in Mecklenburg-Vorpommern: VO/GV08/2019/0127, VO/StV/2021/0345 (kind, body, year, number)
    "kind_body_year_number": r"[A-ZÄÖÜ]{2,3}/[A-Z][A-Za-z]{0,5}\d{0,3}/(?:19|20)\d{2}/\d{3,5}",
    # ... and kind, body, number, year: BV/GöL/012/2022 (a Gemeinde of an Amt)
    "kind_body_number_year": r"[A-ZÄÖÜ]{2,3}/[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,5}/\d{2,4}/(?:19|20)\d{2}",   # SÜD/BV/031/2024
    # Region Hannover: 1487 (V) BDs, 2196 (V) IDs (number, the assembly's term, the kind of Drucksache)
    "number_term_kind": r"\d{2,5}\s?\([IVX]{1,4}\)\s?[A-Z]{1,2}Ds",
    # Offenbach: 2021-26/DS-I(A)0412 (the council's term, the kind with its series, the number)
    "term_kind_number": r"(?:19|20)\d{2}-\d{2}/[A-Z]{1,3}-[IVX]{1,4}(?:\([A-Z]{1,2}\))?\d{3,5}",
    # Dresden 2007: A0501-SR60-07
    "dresden_2007": r"[VA]\d{4}-[A-Z]{2,4}\d{1,3}-\d{2}",
}
# Shapes made only of digits need a word before them that says what they are:
# "Drucksache 21-3684", "Beschluss-Nr. 57/2021", "Vorlage Nr. 112/2022", "§ 1761", "1021/V".
CONTEXT_WORDS = (r"(?:\w*(?:[Dd]rucksachen?|[Vv]orlagen?|[Vv]orl\.|[Bb]eschl[uü]ss(?:es|en|e)?|[Aa]ntrag(?:s|es)?|[Mm]itteilung)(?:s?-?(?:Nr\.?|[Nn]ummer))?"
                 r"|Drs\.|Drucks\.|GRDrs\.?|DS(?:-Nr\.)?|Beschlussnummer|Anregung)")
# Any identifier-like token: letter and digit groups joined by / or - ("22/1456-BR", "BV/145/2021/II-50",
# "20-26 / V 06211", "G-23/045", "1127/2023/6A", "B-SV 44/2023", "VG-Rat 2024/031"). Counted only right after a context word.
# (a body's letters and a municipality's before the number: "GV Ze 12/2023")
GENERIC_SHAPE = (r"(?:[A-ZÄÖÜ]{2,4}\s(?=[A-ZÄÖÜ][a-z]{1,2}\s\d))?"
                 r"(?:[A-ZÄÖÜ][A-Za-zÄÖÜ]{0,4}(?:[/-][A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,3})?(?:\s?[/-]\s?|\s)?)?(?:O(?=\d))?\d{1,6}"   # OCR's O before digits: "VGR-O27/2023"
                 r"(?:\s?[/-]\s?(?:[A-ZÄÖÜ]{1,5}\s)?(?:[0-9][0-9A-Za-z]{0,5}|[A-Z][A-Za-z]{0,4})){1,4}|\d{5,8}")
NUMERIC_SHAPES = {
    "number_year": r"(?:[A-Z]{1,4}\s)?\d{1,5}/(?:(?:19|20)\d{2}|\d{2})",   # 57/2021, 112/2022, OR 07/2023
    "period_number": r"\d{2}-\d{3,5}",                          # Hamburg 22-0917, 21-3684
    "number_roman": r"\d{3,5}/[IVX]{1,5}",                      # Berlin 1021/V
    "roman_number": r"[IVX]{1,5}/\d{3,5}",                      # Berlin's BVV, the period first: VIII/0412
    "paragraph": r"§\s?\d{2,5}",                                 # Frankfurt § 1761
    "dotted": r"\d{3,4}(?:\.\d{1,4}){2,3}",                       # Kassel 101.19.1187 (a date has 1–2 digits first)
}

_STRONG = "|".join(f"(?:{p})" for p in IDENTIFIER_SHAPES.values())
STRONG_IDENTIFIER = re.compile(rf"(?<![\w/.-])(?P<id>{_STRONG})(?![\w/]|-\w|\.\d)")
# The same shapes read through OCR: a letter O, o or Q where a digit must stand ("VII-A-O4512", "AQ501-SR60-07").
# (a year's "20" too: "AN/1322/2O23")
OCR_IDENTIFIER = re.compile(rf"(?<![\w/.-])(?P<id>{_STRONG.replace(chr(92) + 'd', '[0-9OoQ]').replace('(?:19|20)', '(?:19|2[0Oo])')})(?![\w/]|-\w|\.\d)")
_NUMERIC = "|".join(f"(?:{p})" for p in NUMERIC_SHAPES.values())
CONTEXT_IDENTIFIER = re.compile(
    # ("… des Gemeinderatsbeschlusses zu GD 214/24": the paper the resolution was on, after "zu"; "… Beschlüssen der
    # Sitzung KT/09/2024" names the session)
    rf"\b{CONTEXT_WORDS}(?:\s+zu[mr]?(?=\s+[A-Z]{{1,4}}\s?\d))?(?:\s+(?:des|der)\s+(?!Sitzung\b)[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?(?=\s+(?:(?:Nr\.?|Nummer)\s|[A-ZÄÖÜ]{{1,4}}[\s/-][O\d]|vom\s[\d.\s]{{6,11}}(?:\(|,\s*[A-ZÄÖÜ]{{1,5}}[/-]\d))))?"
    # "Ihr Beschluss vom 19.10.2023 – Nr. 21/114", "… der Stadtverordnetenversammlung vom 12.12.2023, SV-2023/0512"
    r"(?:\s+vom\s+\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\s*[–—,-]?(?=\s*(?:Nr\.?|Nummer)\s|\s*\(|(?<=,)\s*[A-ZÄÖÜ]{1,5}[/-]\d))?"
    # (or the number in brackets after the body and date: "Beschluss der Verbandsversammlung vom 10.12.2024 (VV-2024-07)")
    rf"\s*(?:\((?=[^()]+\)))?\s*(?:Nr\.?|Nummer)?\s*:?\s*(?P<id>{_NUMERIC}|{GENERIC_SHAPE}|(?<=Nr\.\s)(?!(?:19|20)\d{{2}}\b)\d{{3,4}})(?![\w/-]|\.\d)")   # "Beschluss Nr. 0287" (not a year)
# Shapes with a roman numeral read through OCR, its I as 1, l or | ("V11/2021/02345", "DS/0512/1X"):
# the shape leaves no other reading, so the numeral is repaired.
ROMAN_OCR_IDENTIFIER = re.compile(r"(?<![\w/.-])(?P<id>(?P<lead>(?:[IVX]|v(?=[IVX1l|]))[IVX1l|]{0,3})/(?:19|20)\d{2}/\d{3,6}"
                                  r"|[A-Z]{2,3}/\d{4,5}/(?P<tail>[IVX1l|]{1,5}))(?![\w/]|-\w|\.\d)")
# A short capital prefix that OCR read in lower case after a context word ("Beschluss vv 08/2023" for
# "VV 08/2023"): restored to capitals; German words of that length in that place are left alone.
LOWERED_PREFIX_IDENTIFIER = re.compile(
    rf"\b{CONTEXT_WORDS}\s+(?P<id>(?!(?:zu|zum|zur|vom|von|der|die|das|des|dem|den|im|am|an|und|nr|mit|aus|in|auf|für)\s)"
    r"(?P<prefix>[a-z]{2,3})\s\d{1,5}/(?:19|20)?\d{2})(?![\w/-])")
PARAGRAPH_IDENTIFIER = re.compile(r"(?<![\w])(?P<id>§\s?\d{3,5})(?![\w/-])")

# ---------------------------------------------------------------------------------------
# Session numbers: SR/026/2021, F/026/2021, SBR Pi/004/2020, KT/021/2022. Also any value
# after a "Sitzung(snummer)" label.
SESSION_LABEL = re.compile(r"(?:\bSitzung|(?<=[a-zäöü]s)sitzung)(?:s-?(?:nummer|Nr\.?)|(?:\s+(?:des|der)\s+[A-ZÄÖÜ][\wäöüß-]+)?\s+Nr\.)?\s*:?\s*"
                           r"(?:vom\s+\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)?\d{2}\s*\((?=[^()]{4,14}\)))?"     # "Sitzung vom 21.09.2023 (VGR 06/2023)"
                           r"(?P<value>[A-ZÄÖÜ][\w ]{0,8}(?:/[A-ZÄÖÜ][\wäöü]{0,4})?/\d{1,4}/\d{2,4}"
                           r"|(?<=Nr\.\s)\d{1,3}/(?:19|20)\d{2}(?![\d/])"      # "Sitzung Nr. 03/2024 vom 19.03.2024", "Sitzung des Rates Nr. 09/2024"
                           r"|(?<=itzung\s)\d{1,3}/(?:19|20)\d{2}(?![\d/])"    # "aus der Beiratssitzung 07/2023 vom 09.05.2023"
                           r"|[A-ZÄÖÜ]{1,5}[\s-]?\d{1,4}/(?:19|20)\d{2}(?![\d/])"   # "(Sitzung KT 14/2022 vom …)", "(Sitzung VV-1/2023)"
                           r"|[A-ZÄÖÜ]{2,5}[\s-]?(?:19|20)\d{2}/\d{1,3}(?![\d/])"    # the year first: "Sitzung VGR 2023/07 vom …"
                           r"|(?:19|20)\d{2}/[A-Z]{2,4}/\d{2,4}(?![\d/])"        # "Sitzung 2023/BS/019"
                           r"|[IVX]{1,4}/[A-Z]{2,4}/\d{1,3}(?![\d/]))")           # Halle's term, body and number: "Sitzung VII/SR/16"

# The endings of a street's name in an address: "Gartenstraße", "Marktplatz", "Am Mühlenweg".
STREET_ENDING = r"(?:straße|str\.|platz|ring|weg|allee|gasse|ufer|damm)"

# ---------------------------------------------------------------------------------------
# Genre names: what makes a document a report on the implementation of a resolution.
# how many resolutions a heading names: "Sachstand zu zwei Beschlüssen", "Mitteilung zu den beiden Anträgen"
_HOW_MANY = r"(?:zwei|drei|vier|fünf|beiden|mehreren|folgenden|diesen|\d{1,2})"
REPORT_TITLE = re.compile(
    r"Beschlu(?:ss|ß)\s?-?kontrolle|Beschlu(?:ss|ß)kontro|Beschlussverfolgung|Beschlussumsetzung|Beschlussvollzug|Vollzugsbericht|Sachstandsbericht|Sachstandsmitteilung"
    r"|Sachstand\s+zu(?:m|r)?\s+(?:den\s+)?(?:" + _HOW_MANY + r"\s+)?\w*(?:[Bb]eschl(?:uss|üss)|Vorlage|Antr[aä]g|Drucksache)|Bericht\s+(?:des|der|zu|zum|zur|über|an\s+(?:den|die|das))\b"
    r"|Informationsvorlage|Mitteilungsvorlage|(?:Vorlage|Mitteilung)\W{0,3}zur\s+Kenntnisnahme"
    r"|(?:Mitteilung|Bericht|Information|Rückmeldung)(?:\s+(?:der|des)\s+\w+)?\s+zu(?:m|r)?\s+(?:den\s+|dem\s+|der\s+)?(?:" + _HOW_MANY + r"\s+)?(?:\w+-)?\w*(?:[Bb]eschl(?:uss|üsse)|Drucksache|Vorlage|Antr[aä]g)"   # "zum BA-Antrag"
    r"|(?:Mitteilungs|Informations)drucksache"
    r"|Information\s+zu(?:m|r)?\s+(?:Beschluss|Umsetzung|Stand|Vorlage|Antrag)"
    r"|(?:Umsetzung|Vollzug)\s+(?:de[sr]|eines)\s+(?:\w+\s+)?(?:\w*[Bb]eschlusses|\w*[Bb]eschlüsse|Antrags|Antrages)"   # "des Beiratsbeschlusses"
    r"|Umsetzung\s+von\s+\w*(?:[Bb]eschlüssen|[Bb]eschlusses)"
    r"|Beantwortung\s+(?:(?:des|eines|zum)\s+)?\w*[Bb]eschluss(?:es)?\b"   # "Beantwortung Beschluss AN/0045/2023"
    r"|Zwischenbericht|Abschlussbericht|Schlussbericht|Zwischenstand|Endbericht|Berichtsvorlage|(?:Zwischen|Abschluss|Schluss)(?:nachricht|mitteilung)"
    r"|Stand\s+der\s+Umsetzung|Umsetzungsstand|Umsetzungsbericht|Sachstand\s+zur\s+Umsetzung", re.I)
# A form's kind printed alone in its letterhead: a genre name, but no heading with the subject under it.
FORM_KIND = re.compile(r"^(?:Informations|Mitteilungs|Berichts)(?:vorlage|drucksache)$", re.I)
# The heads of those genres, for a heading OCR damaged by one letter ("Beantworfung der Anfrage …").
OTHER_GENRE_HEADS = ("Tagesordnung", "Einladung", "Niederschrift", "Protokoll", "Beschlussausfertigung", "Beschlussauszug", "Ausfertigung",
                     "Pressemitteilung", "Medieninformation", "Presseinformation", "Pressemeldung", "Beantwortung",
                     "Beschlussvorlage", "Sitzungsvorlage", "Beschlussvorschlag")
# A session paper is a carrier: under its kind a report's heading may stand ("Sitzungsvorlage zur
# Verbandsversammlung" / "Zwischenbericht zu Beschluss-Nr. 07/2024"), and that heading says what it carries.
CARRIER_FORM = re.compile(r"^(?:Sitzungsvorlage|Vorlage\s+für)\b", re.I)
# A press office's genre printed at the right of its letterhead line ("Landeshauptstadt Düsseldorf   PRESSEMITTEILUNG").
# (with its own number: "Verbandsgemeinde Saale-Wipper - Pressemitteilung Nr. 17/2024")
PRESS_GENRE_BESIDE = re.compile(r"\s(?:Pressemitteilung|Presseinformation|Medieninformation|Pressemeldung)(?:\s+Nr\.\s*\d{1,4}(?:/\d{2,4})?)?$", re.I)
# Look-alikes: documents that name resolutions but do not report on carrying one out.
OTHER_GENRE = re.compile(
    r"^(?:Tagesordnung|Einladung|Niederschrift|Protokoll|Beschlussausfertigung|Beschluss-?[Aa]uszug|Ausfertigung|Auszug\s+aus\s+(?:der|dem)\s+"
    r"(?:Niederschrift|Protokoll|Sitzungsprotokoll)|Pressemitteilung|Medieninformation|Presseinformation|Pressemeldung"
    r"|(?:Kleine\s+|Große\s+|Schriftliche\s+)?Anfrage\b|(?:Antwort|Stellungnahme)\s+(?:(?:der|des)\s+[\w-]+\s+)?(?:auf\s+die|zur)\s+\w*\s*Anfrage"
    r"|Beantwortung(?!\s*(?:/\s*\w+\s+)?(?:(?:des|eines|zum)\s+\w*Beschlusses|\w*Beschluss\b))|Beschlussvorlage|Vorlage\s+für|Antrag\s+der\s+Fraktion|Sitzungsvorlage|Beschlussvorschlag"
    r"|(?:Jahres|Quartals)?[ÜU]bersicht\s+(?:der|über\s+die)\s+(?:offenen|nicht\s+umgesetzten|unerledigten)|Liste\s+der\s+offenen"
    r"|(?:Jahres|Quartals)?[ÜU]bersicht\s+über\s+den\s+(?:Stand|Vollzug)"
    r"|(?:Jahres|Quartals)?[ÜU]bersicht\b.{0,60}\bBeschlüsse"
    r"|(?:Quartals|Jahres|Halbjahres)bericht\b(?!\s+(?:zu[mr]?|über\s+den|über\s+die)\s))\b", re.I)   # many resolutions at once: no report on one

# Words of the look-alike genres: a document whose points cannot be read is taken for a letter only
# when none of them stands in its letterhead, reference or first lines ("Antwort des Bezirksamtes auf
# die Kleine Anfrage …", "Quartalsbericht zur Beschlusskontrolle" over "Übersicht der nicht erledigten Beschlüsse").
LOOKALIKE_WORDS = re.compile(r"\b(?:Anfrag\w*|Beantwortung|Frage\s+\d|[ÜU]bersicht\s+(?:der|über)|Beschlussdrucksache|Beschlussvorlage|Antrag|Niederschrift|Protokoll"
                             r"|Presse\w*|Tagesordnung)\b", re.I)

# The words of a registry stamp's receipt: "EINGANG 11. FEB. 2025", "Eingegangen …", "Posteingang".
RECEIPT = r"(?:Eingang|Eingegangen|Posteingang)"
RECEIPT_ALONE = re.compile(rf"^(?i:{RECEIPT})\W*$")   # the stamp's receipt word alone on its line: "EINGANG"

# ---------------------------------------------------------------------------------------
# Confidentiality markings, tolerant of case, spacing and hyphens. A form's label
# "vertraulich" in lower case next to a box is not a marking: `checkbox`/`header` decide that.
CONFIDENTIAL_MARKING = re.compile(
    r"(?<![\w-])(?:V\s?E\s?R\s?T\s?R\s?A\s?U\s?L\s?I\s?C\s?H|Vertraulich(?:e|er|es)?(?=\s*(?:!|$|[–—:]|-\s|Information|Vorlage|Mitteilung|Bericht|Unterlage|Sache|Behandlung))"
    r"|[Nn]icht[\s-]*öffentlich(?:e|er|es)?|NICHT[\s-]*ÖFFENTLICH|N\s?I\s?C\s?H\s?T\s?Ö\s?F\s?F\s?E\s?N\s?T\s?L\s?I\s?C\s?H"
    r"|GEHEIM|Verschlusssache|VERSCHLUSSSACHE|VS\s*[-–—]?\s*NfD"
    # (OCR may lose the dash: "VS Nur für …", or glue it to the word: "– nichtöffentlich- Zwischenbericht …": a dash, no compound)
    r"|(?:VS\s*[-–—]?\s*)?(?i:nur\s+f[üu]r\s+den\s+Dienst\s?gebrauch))(?!\w|-\w)")
# A letter that says of itself that it is confidential ("… dieser Bericht ist vertraulich zu behandeln").
CONFIDENTIAL_STATEMENT = re.compile(
    r"\b(?:dieser|diese|dieses|der|die|das|vorliegende[rns]?)\s+(?:Bericht|Mitteilung|Information|Vorlage|Schreiben|Brief"
    r"|Sachstandsbericht|Zwischenbericht|Beschlusskontrolle|Unterlage|Hausmitteilung)(?:\s+und\s+(?:die\s+)?Anlagen?(?:\s+\d+)?"
    r"(?:\s+\([^)]{0,40}\))?)?\s+(?:ist|sind|wird|werden|bleibt|bleiben)\s+(?:streng\s+)?"
    r"(?:vertraulich|nicht\s*öffentlich|nichtöffentlich|nur\s+für\s+den\s+Dienstgebrauch)\b", re.I)
# Sentences of an answer may use the words ("die nichtöffentliche Sitzung"): a marking stands alone
# on its line or as the line's first words.
# (and the verbs of a body's deliberation: "… im Jugendhilfeausschuss nichtöffentlich vorberaten")
MARKING_CONTEXT_WORDS = re.compile(r"\b(?:Sitzung|Beratung|Teil|Ausschusssitzung|Verhandlung|Tagesordnung)(?:en|e|s)?\b"
                                   r"|\b(?:vor)?(?:beraten|berät|verhandelt|behandelt|erörtert|getagt|tagt|tagte)\b"
                                   # "… werden nichtöffentlich geführt": how talks are held, no marking
                                   r"|\b(?:geführt|durchgeführt|abgehalten|stattfinden|stattfindet|stattgefunden)\b", re.I)
# The marking words as they stand on a line, upper case without spaces ("SS" as "S"): OCR-damaged
# markings are compared with these.
MARKING_WORDS = ("VERTRAULICH", "NICHTÖFFENTLICH", "NICHTOEFFENTLICH", "DIENSTGEBRAUCH", "VERSCHLUSACHE", "VSNFD")
# Distinctive enough to count wherever they stand on a short line.
MARKING_ANYWHERE = ("DIENSTGEBRAUCH", "VERSCHLUSACHE")

# ---------------------------------------------------------------------------------------
# Words that open a point's or an answer's line before its number or colon ("Beschlusspunkt 2:",
# "Sachstand:"). OCR damages them by a letter ("Bcschlusspunkt 2:", "Sachsfand:"); such a word is
# read as the label it is one edit away from.
LINE_LABELS = ("Beschlusspunkt", "Beschlusstext", "Sachstand", "Stellungnahme", "Umsetzungsstand", "Ziffer", "Antwort",
               "Ergebnis", "Erledigungsvermerk")

# ---------------------------------------------------------------------------------------
# A point that declares rather than orders ("Der Stadtbezirksbeirat begrüßt das Engagement …", "Der Kreistag
# nimmt den Bericht zur Kenntnis"): nothing is to be carried out, whatever the answer says. ("unterstützt" is
# left out: a body that supports someone acts.)
DECLARES = re.compile(r"\b(?:begrüßt|dankt|bekräftigt|würdigt|bedauert|appelliert|bekennt\s+sich|stellt\s+fest"
                      r"|nimmt\b[^.]{0,120}\bzur\s+Kenntnis|spricht\s+sich\b[^.]{0,120}\baus)\b")
# ... unless it orders too ("… begrüßt den Vorschlag und beauftragt den Bürgermeister, …")
ORDERS = re.compile(r"\b(?:beauftragt|bittet|gebeten|ersucht|fordert|aufgefordert|soll(?:en)?|muss|müssen|ermächtigt)\b"
                    r"|\b(?:ist|sind)\b[^.]{0,120}\bzu\s+\w+(?:en|[lr]n)\b|\b\w+zu\w+(?:en|[lr]n)\b")

# Status cells of tables and labelled lines ("Status: in Umsetzung"): the words that name a state.
STATUS_CELL = (
    (re.compile(r"^(?:nicht\s+umsetzbar|abgelehnt|entfällt|entfallen|eingestellt|nicht\s+weiterverfolgt|gestrichen)\b", re.I), "rejected"),
    (re.compile(r"^(?:offen|nicht\s+begonnen|noch\s+nicht\s+begonnen|zurückgestellt|ausstehend|steht\s+aus|verschoben)\b", re.I), "not_started"),
    (re.compile(r"^(?:in\s+(?:Umsetzung|Bearbeitung|Arbeit|Planung|Vorbereitung|Prüfung)|(?:wird\s+)?(?:laufend|fortlaufend|kontinuierlich)\b|begonnen|teilweise|teilw\.)", re.I), "in_progress"),
    (re.compile(r"^(?:umgesetzt|erledigt|erl\.|abgeschlossen|erfüllt|vollzogen|done)\b", re.I), "done"),
)
# Table date cells that name no date to come.
NO_DATE_CELL = re.compile(r"^(?:[-–—]|laufend|jährlich|halbjährlich|fortlaufend|entfällt|erledigt|erl\.|dauerhaft|offen|k\.\s?A\.)", re.I)

# ---------------------------------------------------------------------------------------
# A page number standing alone between two pages: "- 2 -", "Seite 2 von 3".
# The matter put on a body's agenda again: "… erneut auf die Tagesordnung des Beirats setzen", "Das Ortsamt wird die
# Angelegenheit auf die Tagesordnung der Beiratssitzung im Februar 2026 setzen." (when it comes back: the next review)
AGENDA_AGAIN = r"\b(?:erneut|wieder|Angelegenheit|Thema|Vorgang)\s+auf\s+die\s+Tage\s?s\s?ordnung\b"
PAGE_MARK = r"(?:[-–—]\s*\d{1,3}\s*[-–—]|Seite\s+\d+(?:\s+von\s+\d+)?)"


# ---------------------------------------------------------------------------------------
# The genre's names for following a resolution up, as the letters speak of the next or a further one:
# "Die nächste Beschlusskontrolle …", "Die nächste Beschlussverfolgung erfolgt zum Stand 31.03.2023."
FOLLOW_UP = r"(?:Beschlu(?:ss|ß)(?:kontrolle|verfolgung|controlling|überwachung)|Umsetzungskontrolle)"


# The words that announce the next review, which OCR damage must not hide ("Die nächstc Beschlusskontrolle",
# "erneut bcrichten"): pipeline.closing and pipeline.mandates mend them before they look for the announcement.
REVIEW_WORDS = frozenset({"nächste", "nächsten", "berichten", "berichtet", "informieren", "informiert", "unterrichten", "unterrichtet",
                          "Berichterstattung", "Wiedervorlage", "Sachstandsbericht", "Zwischenbericht", "Beschlusskontrolle", "weitere", "weiteren", "Information"})


# ---------------------------------------------------------------------------------------
# Where the quoted points and their answers begin and end (pipeline.mandates, pipeline.answers).
# A line after which no answer goes on: the next review, contacts, annexes, the petitum.
REPORT_CONTINUED = (r"(?:Die|Der|Das|Diese[rs]?)\s+(?:[\w-]+\s+)?(?:Mitteilung|Bericht|Sachstandsbericht|Information|Übersicht|" + FOLLOW_UP + r")"
                    r"\s+(?:wird|werden)\s+(?:\w+\s+)?(?:fortgeschrieben|fortgeführt|fortgesetzt|aktualisiert)\b")
ANSWERS_END = re.compile(
    r"^(?:(?:(?:Der|Die|Das|Eine?n?)\s+)?(?:[Nn]ächste|[Ww]eitere|[Ee]rneute|[Aa]bschließende)[nrs]?\s+"
    r"(?:" + FOLLOW_UP + r"|Berichterstattung|Sachstand\w*|Information|Unterrichtung|Bericht\w*|Mitteilung|Zwischenbericht|Vorlage|Wiedervorlage)|(?:Die\s+)?Wiedervorlage\b"
    # "Die Geschäftliche Mitteilung wird fortgeschrieben; nächster Stand …": the report itself goes on later
    r"|" + REPORT_CONTINUED +
    r"|Für\s+Rückfragen|Anlage(?:n)?\s*:?$|(?:Die\s+|In\s+der\s+)?Anlagen?\s*(?:\d|:\s)|Eine\s+Übersicht\b.*\bAnlage|Petitum\b(?!\s*\d)|Beschlussvorschlag\s*:"
    r"|(?:Eine\s+)?[Ww]eitere\s+" + FOLLOW_UP + r""
    # "Ein Schlussbericht folgt nach …", "Der Abschlussbericht wird … vorgelegt.", a form's "Schlussbericht: bis 31.03.2024"
    r"|(?:(?:Ein|Der)\s+)?(?:Schluss|Abschluss|Zwischen)bericht\s*(?::|folgt\b|wird\b|erfolgt\b)"
    # "Die Beschlusskontrollen zu … sind abgeschlossen.", "Die Beschlussverfolgung ist damit abgeschlossen."
    r"|Die\s+Beschluss(?:kontrolle|verfolgung|umsetzung)(?:n|en)?\b(?:[^.]|(?<=\b[IVX])\.|(?<=\b[IVX]{2})\.){0,60}?\b(?:ist|wird|sind|werden|bleibt|bleiben))")   # ("… zu I. wird …")
# A statement about the whole resolution ("Der Beschluss ist damit umgesetzt.") closes the answers,
# but only after the last point: at the start of an answer it is the answer ("1. „…“ / Der Beschluss ist umgesetzt.").
CLOSING_STATEMENT = re.compile(r"^(?:(?:(?:Der|Dieser)\s+)?Beschluss\s+(?:\S+\s+){0,2}?(?:ist|wird|gilt)\b|Damit\s+ist\s+der\s+Beschluss"
                                # "Mit diesem Bericht ist der Beschluss abschließend umgesetzt.": the whole resolution
                                r"|Mit\s+(?:diese[mr]|de[mr]\s+vorliegenden)\s+\w+\s+(?:ist|wird|gilt)\s+der\s+(?:Beschluss|Antrag)\b"
                                # "Mit dieser Mitteilung ist die Berichterstattung (bis auf Punkt 2a) abgeschlossen.": the reporting
                                r"|Mit\s+(?:diese[mr]|de[mr]\s+vorliegenden)\s+\w+\s+(?:ist|wird|gilt)\s+die\s+(?:Berichterstattung|Beschlusskontrolle)\b"
                                r"|(?:Die|Diese|Beide|Alle|Sämtliche)\s+(?:\w+\s+)?Beschl(?:üsse|usspunkte)\b[^.]{0,60}?\b(?:sind|werden|wurden|gelten|damit)\b"
                                # "Die Maßnahmen sind damit abgeschlossen.": all the work, after the last answer
                                r"|(?:Die|Diese|Alle|Sämtliche)\s+(?:\w+\s+)?\w*(?:[Mm]aßnahmen|Aufträge|Prüfaufträge|Punkte)\s+(?:sind|wurden|gelten)\s+(?:damit|somit|insgesamt)\b|Damit\s+sind\s+(?:die|beide|alle|sämtliche)\s+Beschl(?:üsse|usspunkte)"
                                # "Der Antrag ist damit noch nicht abschließend behandelt.": the motion as a whole
                                r"|(?:Der|Dieser)\s+Antrag\s+(?:ist|gilt)\s+(?:damit|somit|hiermit)\b"
                                # "Die Drucksache DS/0733/IX ist damit erledigt.": the paper as a whole
                                r"|(?:Die|Diese)\s+(?:Drucksache|Vorlage)\s+(?:\S+\s+)?(?:ist|gilt)\s+(?:damit|somit|hiermit)\b"
                                # "Die Angelegenheit ist damit erledigt.", "Der Vorgang ist damit abgeschlossen.": the whole matter
                                # (OCR's "Angelegenhcit" too)
                                r"|(?:Die|Diese)\s+Angelegenh\w+\b|(?:Der|Dieser|Das|Dieses)\s+(?:Vorgang|Verfahren)\s+(?:ist|gilt)\s+(?:damit|somit|hiermit)\b"
                                # "Der Magistrat betrachtet den Beschluss als vollständig umgesetzt.": the writer on the whole resolution
                                r"|(?:Der|Die|Das|Wir)\s+(?:\w+\s+){0,2}betrachte[nt]?\s+(?:den|diesen)\s+(?:Beschluss|Antrag|Auftrag)\s+(?:\w+\s+){0,2}als\b"
                                # "Petitum: Der Regionalausschuss wird gebeten, die Stellungnahme zur Kenntnis zu nehmen.": the request closing the paper
                                r"|Petitum\s*(?:/\s*Beschlussvorschlag)?\s*:(?!\s*\d)"
                                # "Mit dieser Information betrachtet die Verwaltung den Beschluss als abschließend bearbeitet."
                                r"|Mit\s+(?:diese[mr]|de[mr]\s+vorliegenden)\s+\w+\s+betrachte[nt]?\s+[^.]{0,60}\bals\s+(?:\w+\s+)?(?:bearbeitet|erledigt|abgeschlossen)\b"
                                # "Der Fachdienst wird dem Ausschuss den nächsten Sachstand … vorlegen.": the next report
                                r"|(?:Der|Die|Das|Wir)\s+(?:\w+\s+){0,2}(?:wird|werden)\s+(?:\S+\s+){0,5}?(?:den|einen)\s+(?:nächsten|weiteren|erneuten)\s+"
                                r"(?:Sachstand|Bericht|Zwischenbericht|Sachstandsbericht)\b(?:[^.]|\.(?=\d))*\b(?:vorlegen|vorgelegt|zuleiten|zugeleitet|geben|erstatten)\b"
                                # "Alle Punkte des Beschlusses sind umgesetzt.": every point, after the last answer
                                r"|(?:Alle|Sämtliche)\s+(?:\w+\s+)?(?:Beschluss)?[Pp]unkte\b[^.]{0,40}?\b(?:sind|wurden)\b"
                                # "Der Stadtbezirksbeirat erhält den nächsten Sachstand im Juni 2022."
                                r"|(?:Der|Die|Das)\s+(?:\w+\s+){0,3}(?:erhält|erhalten)\s+(?:den|einen)\s+(?:nächsten|weiteren|erneuten)\s+"
                                r"(?:Sachstand|Bericht|Zwischenbericht|Sachstandsbericht)\b"
                                # "Über den Fortgang wird dem Kreistag halbjährlich berichtet, …": the next reports
                                r"|Über\s+(?:den|die|das)\s+(?:weiteren\s+)?\w+\b.*\b(?:wird|werden)\b.*\b(?:berichtet|informiert|unterrichtet)"
                                # "Die Maßnahme ist abgeschlossen; eine weitere Berichterstattung ist nicht vorgesehen."
                                r"|.*\b[Ww]eitere\s+(?:Berichterstattung|" + FOLLOW_UP + r"|Bericht\w*)\s+(?:ist|wird|erfolgt)\s+nicht\b"
                                # "Mit diesem Bericht wird die Beschlusskontrolle abgeschlossen."
                                r"|[^.]*\bBeschluss(?:kontrolle|verfolgung)\w*\b[^.]{0,40}\b(?:abgeschlossen|beendet)\b"
                                # a request to the council: "… bitte ich, die Angaben zu Ziffer 3 vertraulich zu behandeln."
                                # (not "Wir bitten zur Kenntnis zu nehmen:", which opens the report)
                                r"|[^.:]*\b(?:bitte\s+ich|[Ii]ch\s+bitte|bitten\s+wir|[Ww]ir\s+bitten|bitten\s+Sie|(?:wird|werden)\s+(?:\w+\s+){0,2}gebeten)\b"
                                r"[^.:]*\b(?:Kenntnis\w*|vertraulich|zu\s+behandeln)\b[^:]*$"
                                r"|[^.:]*\bum\s+Kenntnisnahme\s+gebeten\b"
                                # "Wegen … wird dieser Bericht als Verschlusssache eingestuft.": the letter's own treatment
                                r"|[^.:;]*\b(?:dieser|diese|dieses|der\s+vorliegende|die\s+vorliegende)\s+(?:\w*[Bb]ericht|Mitteilung|Schreiben|Vorlage|Information)\b"
                                r"[^.:;]*\b(?:eingestuft|Verschlusssache|vertraulich\s+zu\s+behandeln)\b"
                                # "Die Angelegenheit wird nach … erneut auf die Tagesordnung gesetzt.": when it comes back
                                r"|(?:Die|Das|Der)\s+\w+\s+wird\b[^.]*" + AGENDA_AGAIN + r")")     # "Der Stadtrat wird um Kenntnisnahme gebeten."
# How a part of the letter is to be treated: "Die Kostenaufstellung nach Losen ist wegen laufender Vergabeverfahren
# nichtöffentlich zu behandeln." After the answers it closes them (in the lead it is no closing).
# (or where such details are given instead: "Die Angaben zu den Angebotspreisen … werden nur in nichtöffentlicher Sitzung
# erläutert.", "Angaben zu Vergabesummen sind in der nichtöffentlichen Anlage enthalten.")
TREATMENT_REMARK = re.compile(r"^[^.:;]*\b(?:ist|sind)\b[^.:;]*\b(?:vertraulich|nicht\s?öffentlich)\s+zu\s+behandeln\b"
                              r"|^(?:Die\s+|Weitere\s+|Nähere\s+)?(?:Angaben|Einzelheiten|Details|Zahlen)\b(?![^.:;]*\b(?:wurden?|waren)\b)"   # (not what was done: "… wurden … erläutert")
                              r"[^.:;]*\b(?:sind|ist|werden|wird)\b[^.:;]*\b(?:nicht\s?öffentlich\w*|vertraulich\w*|Dienstgebrauch|Verschlusssache)\b")
# "Die Verwaltung wird dem Ausschuss im Dezember 2023 über die Auslastung berichten.": after the last point's
# answer it announces the next report; as the whole answer to a point asking for reports it is that answer.
REPORTS_LATER = re.compile(r"(?:Die|Der|Das)\s+[\w-]+(?:\s[a-zäöüß]+)?\s+wird\s+(?:(?:dem|den|der|die)\s+[\w-]+\b)?"   # (whom: may go unsaid)
                           # (a date's stops go on: "am 24.06.2025", "am 24. Juni 2025"; OCR's "Bezir ksamt")
                           r"(?:[^.]|\.(?=\d|\s[A-ZÄÖÜ][a-zäöü]+\s\d{4}))*\b(?:berichten|informieren|unterrichten"
                           r"|(?:Schluss|Abschluss|Zwischen|Sachstands)?[Bb]ericht\s+vorlegen)\b"
                           # the same inverted after what it is about: "Zu DS 2411288 wird die Verwaltung im II. Quartal 2026 … berichten."
                           r"|(?:Zu|Über|Nach)\s[^.]{1,60}?\s(?:wird|werden)\s+(?:die|der|das|wir)\s(?:[^.]|\.(?=\d|\s(?:Quartal|Halbjahr)))*"
                           r"\b(?:berichten|informieren|unterrichten)\b"
                           # the council in the passive: "Die Stadtverordnetenversammlung wird nach …, voraussichtlich im
                           # III. Quartal 2023, abschließend informiert."
                           # the writer's own: "Ich werde den Verbandsgemeinderat nach Auslieferung … abschließend informieren."
                           # ("Ich werde nach Eingang des Bescheides unaufgefordert berichten.")
                           r"|(?:Ich|Wir)\s+(?:werde|werden)\s(?:[^.]|\.(?=\d|\s(?:Quartal|Halbjahr)))*"
                           r"\b(?:berichten|informieren|unterrichten)\b"
                           # "Das Ortsamt wird das Thema im 1. Quartal 2026 erneut auf die Tagesordnung des Beirats setzen."
                           r"|(?:Die|Der|Das|Wir)\s+(?:[\w-]+\s+){0,2}(?:wird|werden)\s(?:[^.]|\.(?=\d|\s(?:Quartal|Halbjahr)))*"
                           + AGENDA_AGAIN +
                           r"|(?:Die|Der|Das)\s+[\w-]*(?:versammlung|rat|tag|ausschuss|vertretung|beirat|schaft)\s+wird\s"
                           r"(?:[^.]|\.(?=\d|\s(?:Quartal|Halbjahr)))*\b(?:informiert|unterrichtet|berichtet)\s*\.?$")   # "… bis zum 30.04.2024 einen Schlussbericht vorlegen"
# The report's next section after the answers ("C. Weiteres Verfahren"); before the points such a
# heading ("Beschlussvorschlag" at the top of a Vorlage) ends nothing.
NEXT_SECTION = re.compile(r"^(?:[A-H]\.|[IVX]{1,4}\.|\d\.)?\s*(?:Weiteres\s+(?:Verfahren|Vorgehen)|Ausblick|Sonstiges|Abschluss|Fazit"
                           # remarks beyond the points, under their own heading ("Ergänzende Hinweise:")
                           r"|(?:Ergänzende|Weitere|Allgemeine)\s+(?:Hinweise|Informationen|Anmerkungen|Erläuterungen)"
                           r"|Finanzielle\s+Auswirkungen|Beschlussvorschlag|Beteiligte\s+Stellen|Mitzeichnung(?:\s+[^:]{3,40})?"
                           # a Berlin Vorlage zur Kenntnisnahme: "3. Rechtsgrundlage:", "4. Haushaltsmäßige Auswirkungen:"
                           r"|Rechtsgrundlagen?\s*:.*|Haushaltsmäßige\s+Auswirkungen\s*:.*|[A-ZÄÖÜ][\w-]*\s+Auswirkungen\s*:.*"
                           # a form's later sections: "3. Auswirkungen auf den Haushaltsplan …:", "4. Gleichstellungsrelevanz: keine"
                           r"|Auswirkungen\s+auf\s+[^:]{3,60}:|[A-ZÄÖÜ]\w*(?:relevanz|verträglichkeit|prüfung):.*)\s*:?$")
# A paragraph on the course ahead, labelled: "Zum weiteren Zeitplan: Der Baubeginn ist … geplant." After the last
# point it speaks for the whole resolution (under a point it may be that point's: read only after the last).
FURTHER_COURSE = re.compile(r"^(?:Zu[mr]\s+weiteren|Weiterer|Weiteres)\s+(?:Verfahren|Vorgehen|Zeitplan|Ablauf)\s*:")
# Closed-class words the readers depend on (negation, tense, time), which the lemma table lacks: OCR
# splits and misreads them too ("ni cht", "wu rde", "nlcht"); see `pipeline.nlp.mend_words`.
FUNCTION_WORDS = frozenset({
    "nicht", "noch", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals",
    "ist", "sind", "war", "waren", "wird", "werden", "werde", "wurde", "wurden", "worden", "hat", "haben", "hatte", "hatten",
    "bereits", "derzeit", "zurzeit", "bisher", "bislang", "inzwischen", "mittlerweile", "erst", "daher", "damit",
})
# The words the structure of a letter hangs on ("Der Marktgemeinderat beschließt:"): OCR damage to
# them is mended before the letter is read (see `pipeline.nlp.mend_words`).
STRUCTURE_WORDS = {"beschließt", "beschlossen", "Beschluss", "Beschlusses", "Beschlusspunkt", "folgenden", "gefasst",
                   "Sachstand", "Wiedervorlage", "Kenntnisnahme", "Stellungnahme", "freundlichen"}


def _old_spelling(pattern: str) -> str:
    """The pattern with each "ss" after a letter matching the spelling before 1996 too ("Beschluß … gefaßt")."""
    return re.sub(r"(?<=[a-zäöü])ss", "(?:ss|ß)", pattern)


# A council body's motion is its resolution: "der Bezirksausschuss hat in seiner Sitzung beantragt:" (a party's is none)
BODY_MOTION = r"\b\w*(?:[Aa]usschuss|[Bb]eirat|[Rr]at)\b[^.:„“\"]{0,40}?\bbeantragt\b"
_QUOTE_INTRO_WORDS = _old_spelling(r"(?:Beschluss\b[^.:„“\"]{0,60}?\bgefasst|beschlossen(?:\s+wurde)?|beschlie(?:ß|ss)t|Beschluss(?:text|wortlaut|inhalt)|^Beschluss"
                      r"|Wortlaut\s+des\s+Beschlusses|folgenden\s+Wortlaut"
                      # "mit dem oben genannten Beschluss wurde die Verwaltung beauftragt:"
                      r"|\b[Mm]it\s+(?:dem|diesem)\s+(?:[\w.]+\s+){0,3}Beschluss\s+(?:wurde|wurden|hat|haben)\b[^.:„“\"]{0,80}"
                      r"|\b(?:Beschluss|Antrag)\s+lautet(?:e)?|" + BODY_MOTION + r")(?:\s*\([^()]{1,40}\))?\s*:")
# (or a dated heading alone on its line: "Beschluss vom 05.11.2024:", "Beschluss des Gemeinderates vom 5. Mai 2024:")
QUOTE_INTRO = re.compile(_QUOTE_INTRO_WORDS + r"\s*$|^Beschluss(?:\s+(?:des|der)\s+\w+)?\s+vom\s+\d{1,2}\.\s?(?:\d{1,2}\.|[A-Za-zä]+)\s?\d{4}\s*:\s*$", re.I)   # "… gefasst (Drs. 22-1386):", "… Beschluss zum Antrag 23-22104 gefasst:"
# The same words with the quotation opening on their line: "… hat Folgendes beschlossen: „Die Gemeindevertretung …"
QUOTE_INTRO_THEN_QUOTE = re.compile(_QUOTE_INTRO_WORDS + r"\s*(?=[„“\"»]\s*(?-i:[A-ZÄÖÜ]))", re.I)


# An answer that there is nothing to do, for a point that decides rather than orders: "Kein Handlungsbedarf.",
# "Kenntnisnahme, keine weitere Veranlassung."
# A sentence that refers back to the point it follows answers it: "Zu diesem Punkt ist kein Verwaltungshandeln erforderlich."
ANSWER_OPENER = re.compile(r"^(?:Zu\s+diesem\s+(?:Beschluss|Antrags)?(?:[Pp]unkt|[Zz]iffer|Auftrag|Teil)|Hinsichtlich\s+dieses\s+(?:Beschluss)?(?:[Pp]unktes|Auftrag(?:e)?s))\b")
NOTHING_TO_DO = re.compile(r"^(?:Kein(?:e[nr]?)?\s+(?:weitere[nr]?\s+)?(?:Handlungsbedarf|Veranlassung|Umsetzungsbedarf)\b"
                           r"|Kenntnisnahme\b|Zur\s+Kenntnis\s+genommen\b|Erledigt\s+durch\b)")


# "… nimmt hierzu wie folgt Stellung:", "Stellungnahme der Verwaltung:", "Sachstand:": the answer follows
# (its words, the targets of OCR mending: "Der Magistrat berlchtet hierzu:")
ANSWER_INTRO_WORDS = {"berichtet", "berichten", "mitteilen", "Stellungnahme"}
ANSWER_INTRO = re.compile(r"(?:\bStellung(?:nahme)?\b|\bwie\s+folgt\b|^Sachstand\b|^Antwort\b|\bberichte[nt]?\b"
                           r"|\bteil(?:e[nt]?|t)\b[^:]{0,50}\bmit\b|\bmit(?:teilen|geteilt)\b|\bFolgendes\b"     # "Hierzu teilen wir Ihnen Folgendes mit:", "… Folgendes" / "mitteilen:", "… hat uns hierzu mitgeteilt:"
                           r"|^(?:Zu[mr]\s+)?(?:Stand|Umsetzung|Umsetzungsstand)\b)[^:]{0,50}:\s*$"
                           # a heading over the answers, alone on its line: "Bericht der Verwaltung", "Stellungnahme des Amtes"
                           r"|^(?:Bericht|Stellungnahme|Antwort)\s+(?:der|des)\s+[A-ZÄÖÜ][\wäöüß-]+$", re.I)


# Sentences about the whole letter or resolution that close the last answer's paragraph.
# The writer asks the council to take the matter as settled, or not yet: "Wir bitten, den Beschluss mit dieser
# Vorlage (noch nicht) als erledigt zu betrachten." It closes the answers, whatever the number of points.
SETTLED_REQUEST = re.compile(r"^[^.:]*\b(?:bitte\s+ich|[Ii]ch\s+bitte|bitten\s+wir|[Ww]ir\s+bitten)\b[^.:]*\b(?:als|für)\s+erledigt\b")
OF_RESOLUTION = re.compile(r"\b(?:Beschluss|Ersuchen|Auftrag|Angelegenheit)\b[^.]*\b(?:als\s+erledigt|erledigt\s+anzusehen|damit\s+(?:[^.]{0,40}?\s)?(?:umgesetzt|erledigt|vollzogen))", re.I)
# A further report announced: "erneut berichten", "der nächste Bericht", "ein weiterer Bericht".
# A point asking to be kept informed ("Dem Ausschuss wird jährlich über den Stand berichtet.") is answered by
# the next report named as the sentence's subject ("Der nächste Bericht folgt im III. Quartal 2023."); an
# announcement by the administration ("Die Verwaltung wird im Oktober 2024 erneut berichten.") stays the letter's.
ASKS_FOR_REPORTS = re.compile(r"\b(?:berichte[nt]?|[Bb]ericht(?:erstattung)?|informier(?:en|t)|unterrichte[nt]?|Sachstand)\b")
NEXT_REPORT_SUBJECT = re.compile(r"^(?:Der|Die)\s+nächste\s+(?:Bericht|Berichterstattung|Sachstandsbericht|Zwischenbericht)\b")
# The council informed on a date: "Die Bürgerschaft wird im I. Quartal 2024 über den Entwurf … unterrichtet." After the
# answers it announces the next report; to a point asking for reports it is that point's answer.
COUNCIL_INFORMED = re.compile(r"^(?:Die|Der|Das)\s+[\w-]*(?:versammlung|rat|tag|ausschuss|vertretung|beirat|schaft)\s+wird\s"
                              r"(?:[^.]|\.(?=\d|\s(?:Quartal|Halbjahr)))*\b20\d\d\b(?:[^.]|\.(?=\d|\s(?:Quartal|Halbjahr)))*"
                              r"\b(?:informiert|unterrichtet)\b", re.I)
NEXT_REPORT = re.compile(r"\berneut\b|\bnächste[nr]?\s+(?:Bericht|Sachstand)|\bweitere[nr]?\s+Bericht|\bweiteren\s+(?:Umsetzungs|Sach)?[Ss]tand\b", re.I)
LETTER_CLOSING = re.compile(
    r"(?:\b|(?<=[Ee]ine))(?:weitere[nr]?|abschließende[nr]?|nächste[nr]?|erneute[nr]?)\s+(?:Berichterstattung|Bericht|" + FOLLOW_UP + r"|Information|Sachstandsmitteilung)\b"
    r"|\b[Ee]ine\s+abschließende\s+Beantwortung\s+(?:erfolgt|folgt)\b"     # "Eine abschließende Beantwortung erfolgt voraussichtlich im Juli 2024."
    rf"|{OF_RESOLUTION.pattern}"
    r"|\bweiteren\s+(?:Umsetzungs|Sach)?[Ss]tand\b"
    r"|\bzu\s+diesem\s+Beschluss\b|\b" + FOLLOW_UP + r"\s+(?:ist|wird)\b"
    r"|\bweiteren\s+(?:Fortgang|Fortschritt|Verlauf)\b|\berneut\b[^.]{0,80}\b(?:informier|bericht|unterricht)\w*"
    r"|\b(?:berichte[nt]?|informier\w+|unterrichte[nt]?)\s+(?:\w+\s+){0,3}erneut\b"     # "Der Magistrat berichtet erneut im II. Quartal"
    r"|^(?:Die\s+)?Anlagen?\b[^.]*\b(?:beigefügt|hinterlegt|beiliegend|abrufbar)"
    r"|\babschließend\s+(?:berichten|informieren|unterrichten)\b"
    r"|\b(?:Ein|Der)\s+(?:Schluss|Abschluss|Zwischen|End|Sachstands)bericht\s+(?:folgt|erfolgt)\b"     # "Ein Schlussbericht folgt."
    r"|\b(?:die|diese)\s+" + FOLLOW_UP + r"\s+(?:abzuschließen|zu\s+beenden|abgeschlossen|beendet)\b"     # "…, die Beschlußkontrolle abzuschließen."
    # "Über die Inbetriebnahme wird im Mai 2024 berichtet.": a dated next report; undated it may be the point's own promise
    r"|^Über\s+(?:den|die|das)\s+\S+(?=.*\b20\d\d\b).*\b(?:wird|werden)\b.*\b(?:berichtet|informiert|unterrichtet)\b"
    # the writer's own promise to report, to the readers: "Ich werde Sie in der Herbstsitzung … unterrichten."
    r"|^(?:Ich|Wir)\s+(?:werde|werden)\s+(?:Sie|Ihnen|den|die|das)\b[^.;]*\b(?:berichten|informieren|unterrichten)\b"
    # the council informed, dated ("Die Bürgerschaft wird im I. Quartal 2024 über den Entwurf … unterrichtet.")
    rf"|{COUNCIL_INFORMED.pattern}"
    r"|^(?:Finanzielle\s+Auswirkungen|Anlagen?|Petitum(?:\s*/\s*Beschlussvorschlag)?)\s*:(?!\s*\d)"     # the form's next sections
    r"|^(?:[\w-]+\s+)?Auswirkungen\s+auf\s+[^.:]{3,40}:", re.I)     # "Auswirkungen auf den Haushaltsplan: keine"


# A sentence that only announces the answer: "Hierzu informiert die Verwaltung wie folgt:",
# "Das Bezirksamt hat … beschlossen, der Bezirksverordnetenversammlung Folgendes zur Kenntnis zu geben:"
ANSWER_PREAMBLE = re.compile(r"^(?:[^.:;]|\.(?=\d))+?\b(?:wie\s+folgt|[Ff]olgendes|[Ff]olgenden\s+Sachstand)\b[^.:;]{0,80}:\s*"   # (a date's stops too)
                             r"|^(?:Hierzu|Dazu)\b[^.:;]{0,80}\b(?:berichtet|mitgeteilt|ausgeführt)\s*:\s*"
                             r"|^(?:Hierzu|Dazu)\s+(?:teilen|teile|teilt)\s+(?:wir|ich|die\s+Verwaltung)\s+(?:Ihnen\s+)?mit\s*:\s*"   # "Hierzu teilen wir mit: …"
                             # "Das Fachamt Management des öffentlichen Raumes teilt hierzu mit:"
                             r"|^(?:Die|Der|Das)\s[^.:;]{0,100}\b(?:teilt|teilen)\s+(?:hierzu|dazu|Folgendes)\s+mit\s*:\s*")   # "Hierzu wird berichtet:"
