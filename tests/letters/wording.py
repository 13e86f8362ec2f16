"""Invented wording for test letters: dates as printed, status cues, deadline phrases, topics.

Made up in the style of municipal Beschlusskontrolle letters. Provenance, honestly: this file
was first written while its authors were reading the shared development letters, and some
sentences were taken over from them; those were rewritten in December 2026. What remains in
common with the shared letters are the genre's stock formulas (salutations, "folgender
Zwischenstand kann … gegeben werden", "Der Beschlusspunkt wird erfüllt."). Letters generated
from this file are therefore seen data: they measure regressions, never reading — only the
blind rounds in docs/accuracy.md do. Each phrase function returns the printed words together
with what the record contract says they mean, so truth follows by construction.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember"]
STAMP_MONTHS = ["JAN.", "FEB.", "MÄRZ", "APR.", "MAI", "JUNI", "JULI", "AUG.", "SEP.", "OKT.", "NOV.", "DEZ."]
ROMAN = ["I.", "II.", "III.", "IV."]


# --- dates as printed ---------------------------------------------------------------------

def print_date(d: date, style: str) -> str:
    """A letter date as printed: stamp '13. OKT. 2021', numeric '13.10.2021',
    long '13. Oktober 2021', short '13.10.21', or a stamp whose day did not print."""
    if style == "stamp":
        return f"{d.day}. {STAMP_MONTHS[d.month - 1]} {d.year}"
    if style == "stamp_partial":
        return f". {STAMP_MONTHS[d.month - 1]} {d.year}"
    if style == "numeric":
        return f"{d:%d.%m.%Y}"
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "short":
        return f"{d:%d.%m.%y}"
    raise ValueError(f"unknown date style {style!r}")


def iso_of_printed(d: date, style: str) -> str:
    """The ISO date with the precision a careful reader gets from `print_date(d, style)`."""
    return f"{d:%Y-%m}" if style == "stamp_partial" else d.isoformat()


def add_months(d: date, months: int, day: int | None = None) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    y, m = d.year + y, m + 1
    last = (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)).day
    return date(y, m, min(day or d.day, last))


def month_end(y: int, m: int) -> date:
    return add_months(date(y, m, 1), 1, 1) - timedelta(days=1)


# --- next review ----------------------------------------------------------------------------

def next_review_line(rng: random.Random, when: date, precision: str) -> tuple[str, str]:
    """The closing line announcing the next review, and its ISO value."""
    if precision == "month":
        printed, iso = f"{MONTHS[when.month - 1]} {when.year}", f"{when:%Y-%m}"
        forms = ["Nächste Beschlusskontrolle: {w}", "nächste Beschlusskontrolle: {w}", "Wiedervorlage: {w}",
                 "Die nächste Beschlusskontrolle ist für {w} vorgesehen."]
    else:
        iso = when.isoformat()
        printed = rng.choice([f"{when.day}. {MONTHS[when.month - 1]} {when.year}", f"{when:%d.%m.%Y}"])
        forms = ["Nächste Beschlusskontrolle: {w}.", "Die nächste Beschlusskontrolle erfolgt zum {w}.",
                 "Wiedervorlage: {w}", "nächste Beschlusskontrolle: {w}"]
    return rng.choice(forms).format(w=printed), iso


FINAL_NOTES = [
    "Damit ist der Beschluss vollständig bearbeitet; eine weitere Beschlusskontrolle ist nicht erforderlich.",
    "Es handelt sich um den abschließenden Bericht zu diesem Beschluss.",
    "Damit ist der Beschluss vollständig bearbeitet; weitere Beschlusskontrollen entfallen.",
    "Eine weitere Berichterstattung zu diesem Beschluss ist nicht vorgesehen.",
]

# --- deadlines --------------------------------------------------------------------------------

DEADLINE_SENTENCES = [
    "Der Abschluss ist {w} vorgesehen.",
    "Die Fertigstellung ist {w} geplant.",
    "Die Ergebnisse sollen {w} vorliegen.",
    "Die Unterlagen werden dem Fachausschuss {w} vorgelegt.",
    "Die Arbeiten sollen {w} beendet sein.",
]


def deadline_phrase(rng: random.Random, after: date, kind: str | None = None) -> tuple[str, str]:
    """A future target date as printed ('bis Juli 2023', 'im II. Quartal 2024', ...) and its ISO value."""
    target = add_months(after, rng.randint(3, 18), rng.randint(1, 28))
    y, m = target.year, target.month
    kind = kind or rng.choice(["month", "mid_month", "day_numeric", "day_long", "year_end", "quarter", "half"])
    if kind == "month":
        return f"bis {MONTHS[m - 1]} {y}", f"{y}-{m:02d}"
    if kind == "mid_month":
        return f"bis Mitte {MONTHS[m - 1]} {y}", f"{y}-{m:02d}"
    if kind == "day_numeric":
        d = month_end(y, m) if rng.random() < 0.5 else target
        return f"bis zum {d:%d.%m.%Y}", d.isoformat()
    if kind == "day_long":
        return f"bis zum {target.day}. {MONTHS[m - 1]} {y}", target.isoformat()
    if kind == "year_end":
        y = max(y, after.year + 1) if after.month > 9 else y
        return f"bis Ende {y}", f"{y}"
    if kind == "quarter":
        q = (m - 1) // 3
        label = rng.choice([ROMAN[q], f"{q + 1}."])
        return f"im {label} Quartal {y}", f"{y}-{3 * q + 3:02d}"
    if kind == "half":
        h = 1 if m <= 6 else 2
        return f"im {h}. Halbjahr {y}", f"{y}-{6 * h:02d}"
    raise ValueError(kind)


def deadline_sentence(rng: random.Random, after: date, kind: str | None = None) -> tuple[str, str]:
    when, iso = deadline_phrase(rng, after, kind)
    return rng.choice(DEADLINE_SENTENCES).format(w=when), iso


def start_date_sentence(rng: random.Random, after: date) -> str:
    """A start date: not a deadline."""
    d = add_months(after, rng.randint(1, 6))
    return rng.choice([
        "Der Probebetrieb wird ab {m} {y} aufgenommen.",
        "Ab {m} {y} werden die Arbeiten schrittweise ausgeweitet.",
        "Die Beteiligung der Öffentlichkeit beginnt ab {m} {y}.",
    ]).format(m=MONTHS[d.month - 1], y=d.year)


def past_event_sentence(rng: random.Random, before: date) -> str:
    """A past date: not a deadline."""
    d = add_months(before, -rng.randint(1, 5), rng.randint(1, 28))
    return rng.choice([
        "Die Auftaktberatung mit allen Beteiligten fand am {n} statt.",
        "Der Fachausschuss wurde am {l} über die Ergebnisse informiert.",
        "Die Ausschreibung wurde am {n} veröffentlicht.",
    ]).format(n=f"{d:%d.%m.%Y}", l=f"{d.day}. {MONTHS[d.month - 1]} {d.year}")


# --- status cues --------------------------------------------------------------------------------

STATUS_SENTENCES = {
    "done": [
        "Der Beschlusspunkt ist umgesetzt.",
        "Der Auftrag wurde erledigt.",
        "Der Beschlusspunkt wird erfüllt.",
        "Dieser Beschlusspunkt wird beachtet.",
        "Die Maßnahme ist vollständig abgeschlossen.",
        "Die Umsetzung erfolgte fristgerecht.",
    ],
    "in_progress": [
        "Der Beschlusspunkt befindet sich in Bearbeitung.",
        "Der Beschlusspunkt wird laufend umgesetzt.",
        "Mit der Umsetzung wurde begonnen.",
        "Die Umsetzung ist eingeleitet.",
        "Die erforderlichen Arbeiten laufen derzeit.",
    ],
    "not_started": [
        "Mit der Umsetzung wurde noch nicht begonnen.",
        "Die Umsetzung steht noch aus.",
        "Die Bearbeitung wurde bisher nicht begonnen.",
        "Der Beschlusspunkt wird erst mit der nächsten Fortschreibung des Konzeptes aufgegriffen.",
    ],
    "rejected": [
        "Eine Umsetzung ist rechtlich nicht zulässig.",
        "Der Beschlusspunkt wird nicht weiterverfolgt.",
        "In dieser Form ist der Beschlusspunkt nicht umsetzbar.",
        "Eine Umsetzung wird aus fachlichen Gründen abgelehnt.",
    ],
    "unknown": [
        "Eine Aussage zum aktuellen Stand ist derzeit nicht möglich.",
        "Hierzu wird auf die Anlage zu diesem Schreiben verwiesen.",
    ],
}

REJECTION_REASONS = [
    "Die Zuständigkeit hierfür liegt beim Freistaat Sachsen.",
    "Das Vergaberecht lässt eine solche Festlegung nicht zu.",
    "Die notwendigen Flächen stehen dauerhaft nicht zur Verfügung.",
    "Die Folgekosten wären aus dem laufenden Haushalt nicht zu decken.",
]

NEUTRAL_SENTENCES = [
    "Beteiligt sind die zuständigen Fachämter sowie die Stadtbezirksämter.",
    "Die Kosten betragen nach derzeitiger Schätzung rund {n}.000 Euro.",
    "Hierfür stehen im Haushalt Mittel in Höhe von {n}.000 Euro zur Verfügung.",
    "Die Abstimmung mit den städtischen Gesellschaften ist Teil des Verfahrens.",
    "Die Arbeitsgruppe tagt im Abstand von etwa sechs Wochen.",
    "Die Öffentlichkeitsarbeit wird durch das Presseamt begleitet.",
]


def neutral_sentence(rng: random.Random) -> str:
    return rng.choice(NEUTRAL_SENTENCES).format(n=rng.choice([35, 80, 120, 240, 460, 915]))


# --- greetings and lead-ins ---------------------------------------------------------------------

GREETINGS = [
    "Sehr geehrte Damen und Herren,",
    "Sehr geehrte Stadträtinnen und Stadträte,",
    "Sehr geehrte Mitglieder des Ausschusses,",
    "Sehr geehrte Fraktionen und Mitglieder des Stadtrates,",
    "Sehr geehrter Herr Vorsitzender, sehr geehrte Damen und Herren,",
]
LEAD_INS_INTERIM = [
    "folgender Zwischenstand kann zu oben genanntem Beschluss gegeben werden:",
    "zu den einzelnen Beschlusspunkten wird wie folgt berichtet:",
    "zum oben genannten Beschluss informiere ich Sie über den aktuellen Stand der Umsetzung:",
    "zum Stand der Umsetzung des oben genannten Beschlusses teile ich Ihnen Folgendes mit:",
]
LEAD_INS_INTERIM_EXPLICIT = LEAD_INS_INTERIM[0::2]   # say "Zwischenstand"/"Stand": for interim letters without a review date
LEAD_INS_FINAL = [
    "folgende abschließende Information kann zu oben genanntem Beschluss gegeben werden:",
    "der oben genannte Beschluss ist wie folgt umgesetzt worden:",
    "zum oben genannten Beschluss kann ich Ihnen den Abschluss der Bearbeitung mitteilen:",
]
LEAD_INS_SEVERAL = [
    "zu den oben genannten Beschlüssen wird wie folgt berichtet:",
    "zu den oben genannten Beschlüssen informiere ich Sie über den aktuellen Stand der Umsetzung:",
]
CLOSINGS = ["Mit freundlichen Grüßen", "Mit freundlichen Grüßen", "Freundliche Grüße"]


# --- topics: invented resolutions ------------------------------------------------------------

@dataclass(frozen=True)
class Topic:
    subject: tuple[str, ...]   # printed subject lines
    points: tuple[str, ...]    # resolution points (quoted text)
    facts: tuple[str, ...]     # neutral sentences for answers


TOPICS = [
    Topic(("Lüftungsanlage im Hallenbad Nord",),
          ("Der Oberbürgermeister wird beauftragt, die Erneuerung der Lüftungsanlage im Hallenbad Nord vorzubereiten und dem Stadtrat die Kosten darzulegen.",
           "Während der Bauzeit ist das Schulschwimmen in anderen Hallen sicherzustellen.",
           "Die Planung ist mit dem Landessportbund abzustimmen.",
           "Die Einbindung einer Photovoltaikanlage auf dem Hallendach ist zu prüfen."),
          ("Die Schwimmhalle wurde im Jahr 1982 errichtet und seitdem nur teilweise modernisiert.",
           "Die Ausweichzeiten wurden mit den Schulen einzeln vereinbart.")),
    Topic(("Mehr Sitzbänke im öffentlichen Raum – Programm „Rast in der Stadt“",),
          ("Die Verwaltung wird beauftragt, an den Wanderwegen der Heide Rastplätze mit Tisch und Bank einzurichten.",
           "Bei der Standortwahl sind die Seniorenbeiräte der Stadtbezirke zu beteiligen.",
           "Die Bänke sind barrierearm mit Armlehnen auszuführen.",
           "Über die Umsetzung ist dem Ausschuss für Stadtentwicklung jährlich zu berichten."),
          ("Die Standorte wurden gemeinsam mit den Stadtbezirksämtern erfasst.",
           "Die Bänke werden aus heimischem Robinienholz gefertigt.")),
    Topic(("Digitale Bürgerdienste – Terminvergabe in den Bürgerbüros",),
          ("Der Oberbürgermeister wird beauftragt, in den Bürgerbüros Wartenummern auch per Kurznachricht auszugeben.",
           "Für Menschen ohne Internetzugang ist eine telefonische Terminvergabe beizubehalten.",
           "Die Wartezeiten in den Bürgerbüros sind monatlich zu veröffentlichen."),
          ("Die Termine werden über das städtische Serviceportal gebucht.",
           "Im Durchschnitt werden wöchentlich rund 6.400 Termine gebucht.")),
    Topic(("Schulwegsicherheit an der 148. Grundschule",),
          ("Vor dem Haupteingang der Schule ist eine Tempo-30-Zone einzurichten.",
           "Die Querungsstelle an der Kreuzung Mittelstraße ist durch eine Lichtsignalanlage zu sichern.",
           "Die Einrichtung von Elternhaltestellen ist zu prüfen.",
           "Dem Ortsbeirat ist über das Ergebnis der Verkehrszählung zu berichten."),
          ("Die Verkehrszählung umfasste zwei Schulwochen im Frühjahr.",
           "Die Polizeidirektion wurde in die Planung einbezogen.")),
    Topic(("Kulturräume für freie Träger – Nachnutzung der Gärtnerei am Elbhang",),
          ("Der Oberbürgermeister wird beauftragt, für die leerstehende Gärtnerei am Elbhang eine künftige Nutzung vorzuschlagen.",
           "Freie Träger der Kulturarbeit sind bei der Vergabe der Räume vorrangig zu berücksichtigen.",
           "Die Mietpreise sind so zu bemessen, dass sie die Betriebskosten decken."),
          ("Das Gebäude steht seit dem Jahr 2016 leer.",
           "Das Interessenbekundungsverfahren erbrachte vierzehn Bewerbungen.")),
    Topic(("Hitzeschutz in städtischen Kindertageseinrichtungen",),
          ("Für alle städtischen Kindertageseinrichtungen ist ein Hitzeschutzplan zu erstellen.",
           "In den Gruppenräumen mit Südausrichtung sind außenliegende Sonnenschutzanlagen nachzurüsten.",
           "Die Außenbereiche sind durch Baumpflanzungen und Sonnensegel zu verschatten.",
           "Die Eltern sind über die Maßnahmen in geeigneter Form zu informieren.",
           "Der Stadtrat nimmt den Bericht über die Hitzebelastung im Sommer zur Kenntnis."),
          ("Betroffen sind nach der Erhebung 74 Einrichtungen.",
           "Gemessen wurden die Raumtemperaturen in den Monaten Juli und August.")),
    Topic(("Förderung von Projekten durch den Stadtbezirksbeirat,", "hier: Projekt „Nachbarschaftsgarten am Wasserwerk“"),
          ("Der Stadtbezirksbeirat beschließt die Zuwendung für das Projekt aus den Mitteln des Stadtbezirksbeirates in Höhe von 4.200 Euro.",
           "Für die folgenden Jahre ist damit keine Förderung zugesagt."),
          ("Der Zuwendungsbescheid wurde dem Verein zugestellt.",)),
    Topic(("Barrierefreier Ausbau von Haltestellen im Stadtgebiet",),
          ("Die Verwaltung wird beauftragt, mit den Verkehrsbetrieben zu klären, welche Haltestellen bis wann stufenlos erreichbar werden.",
           "Jährlich sind mindestens fünfzehn Haltestellen umzubauen.",
           "Die Behindertenbeauftragte ist bei der Festlegung der Reihenfolge zu beteiligen.",
           "Die Finanzierung ist über Fördermittel des Freistaates abzusichern."),
          ("Im Stadtgebiet gibt es 1.120 Haltestellen des öffentlichen Nahverkehrs.",
           "Die Rangfolge richtet sich nach den Fahrgastzahlen und nahegelegenen Einrichtungen.")),
    Topic(("Stadtteilbibliothek Gorbitz – Erweiterung der Öffnungszeiten",),
          ("Die Öffnungszeiten der Stadtteilbibliothek sind um einen Abendtermin und den Samstagvormittag zu erweitern.",
           "Die erforderlichen Personalstellen sind im Stellenplan auszuweisen."),
          ("Die Bibliothek verzeichnet jährlich rund 92.000 Besuche.",)),
    Topic(("Energetische Sanierung städtischer Verwaltungsgebäude",),
          ("Die Verwaltung wird beauftragt, den Heizenergiebedarf der städtischen Turnhallen zu erfassen und eine Rangfolge der Sanierungen aufzustellen.",
           "Die Dachflächen der städtischen Gebäude sind auf ihre Eignung für Photovoltaik zu untersuchen.",
           "Der Energieverbrauch ist jährlich in einem öffentlichen Energiebericht darzustellen.",
           "Für Neubauten gilt mindestens der Effizienzhausstandard 40.",
           "Über die Ergebnisse ist im zuständigen Fachausschuss zu berichten."),
          ("Die Gebäude wurden nach ihrem Wärmeverbrauch der letzten drei Jahre ausgewählt.",
           "Für die Untersuchung der Dachflächen ist die städtische Energieagentur zuständig.")),
    Topic(("Sauberkeit in Grünanlagen – zusätzliche Abfallbehälter",),
          ("In den zwanzig meistbesuchten Grünanlagen sind zusätzliche Abfallbehälter aufzustellen.",
           "Die Leerung ist in den Sommermonaten auf die Wochenenden auszudehnen.",
           "Eine Kampagne gegen das Wegwerfen von Abfällen ist gemeinsam mit Schulen zu entwickeln."),
          ("Die Auswahl der Grünanlagen beruht auf den Zählungen der Parkpflege.",)),
    Topic(("Querungshilfe an der Ortsdurchfahrt Weißig",),
          ("Der Oberbürgermeister wird beauftragt, für die Ortsdurchfahrt Weißig eine Querungshilfe für den Fuß- und Radverkehr planen zu lassen.",
           "Die Leistungsfähigkeit der Straßenbahn darf durch die Planung nicht beeinträchtigt werden.",
           "Für die Bauzeit ist ein Verkehrskonzept zu erarbeiten, das die Erreichbarkeit der Geschäfte sichert."),
          ("Der betreffende Abschnitt ist rund 2,4 Kilometer lang.",
           "Mit der Planung ist ein externes Ingenieurbüro beauftragt.")),
    Topic(("Wohnungsnotfallhilfe – Ausbau der Notunterkünfte", "für Familien"),
          ("Für wohnungslose Familien sind mindestens zwölf zusätzliche Notunterkunftsplätze in abgeschlossenen Wohnungen zu schaffen.",
           "Die sozialpädagogische Betreuung ist durch freie Träger sicherzustellen.",
           "Die Unterbringung in Sammelunterkünften ist für Familien mit Kindern auszuschließen."),
          ("Die Wohnungen werden von der städtischen Wohnungsgesellschaft angemietet.",
           "Die Betreuung wurde im Rahmen eines Interessenbekundungsverfahrens vergeben.")),
    Topic(("Friedhofskonzeption 2030",),
          ("Die Friedhofskonzeption 2030 wird bestätigt.",
           "Nicht mehr benötigte Friedhofsflächen sind als öffentliche Grünflächen zu entwickeln.",
           "Die Angebote für naturnahe Bestattungsformen sind auszubauen.",
           "Die Friedhofsgebührensatzung ist bis zum Ende der Geltungsdauer zu überprüfen."),
          ("Die Konzeption betrachtet insgesamt 58 Friedhöfe im Stadtgebiet.",)),
]

SBR_TOPIC = TOPICS[6]          # a Stadtbezirksbeirat grant: only for V-Xx resolutions

# --- people (invented) ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Unit:
    """An issuing unit and who signs for it."""
    department: tuple[str, ...]          # letterhead lines
    signer: str
    signer_role: tuple[str, ...]          # printed under the name
    deputy: str                           # signs 'in Vertretung'
    deputy_role: tuple[str, ...]


UNITS_A = [
    Unit(("Geschäftsbereich Umwelt und", "Klimaschutz"), "Dr. Carola Wendt", ("Beigeordnete für Umwelt und Klimaschutz",),
         "Jens Ullrich", ("Leiter des Umweltamtes",)),
    Unit(("Geschäftsbereich Bildung, Jugend", "und Sport"), "Prof. Dr. Henrik Albers", ("Bürgermeister für Bildung, Jugend und Sport",),
         "Manuela Grahl", ("Leiterin des Schulverwaltungsamtes",)),
    Unit(("Geschäftsbereich Stadtentwicklung,", "Bau und Verkehr"), "Dipl.-Ing. Frank Seidewitz",
         ("Beigeordneter für Stadtentwicklung,", "Bau und Verkehr"), "Dr. Ute Lorenzen", ("Leiterin des Stadtplanungsamtes",)),
    Unit(("Geschäftsbereich Kultur und", "Tourismus"), "Annegret Vollmer", ("Beigeordnete für Kultur und Tourismus",),
         "Tobias Reinholz", ("Leiter des Amtes für Kultur",)),
    Unit(("Beigeordneter für Soziales", "und Wohnen"), "Dr. Michael Bräuer", ("Beigeordneter für Soziales und Wohnen",),
         "Sandra Kühnel", ("Leiterin des Sozialamtes",)),
]
UNITS_SBR = [  # Stadtbezirksämter: resolutions of a Stadtbezirksbeirat
    ("Pl", "Plauen"), ("Co", "Cotta"), ("Bl", "Blasewitz"), ("Kl", "Klotzsche"),
]
UNITS_B = [
    Unit(("Straßen- und Tiefbauamt",), "Dipl.-Ing. Reinhard Vogt", ("Amtsleiter",), "Katrin Opitz", ("Abteilungsleiterin",)),
    Unit(("Eigenbetrieb Städtische", "Bibliotheken"), "Dr. Judith Brenner", ("Betriebsleiterin",), "Uwe Schaller", ("stellvertretender Betriebsleiter",)),
    Unit(("Amt für Hochbau und", "Immobilienverwaltung"), "Steffen Maaß", ("Amtsleiter",), "Dr. Petra Hennig", ("stellvertretende Amtsleiterin",)),
    Unit(("Umweltamt",), "Dr. rer. nat. Sabine Teichert", ("Amtsleiterin",), "Holger Wenzel", ("Abteilungsleiter Stadtökologie",)),
]
UNITS_C = [
    Unit(("Der Oberbürgermeister",), "Thomas Lindner", ("Oberbürgermeister",), "Dr. Carola Wendt", ("Erste Bürgermeisterin",)),
    Unit(("Beigeordneter für Finanzen", "und Liegenschaften"), "Dr. Bernd Vogelsang", ("Beigeordneter für Finanzen", "und Liegenschaften"),
         "Kerstin Haubold", ("Leiterin der Kämmerei",)),
    Unit(("Bürgermeisterin für Ordnung", "und Sicherheit"), "Ines Fröhlich", ("Bürgermeisterin für Ordnung und Sicherheit",),
         "Marco Endler", ("Leiter des Ordnungsamtes",)),
]
MAYORS = [("Thomas Lindner", "Oberbürgermeister"), ("Dr. Katharina Seifert", "Oberbürgermeisterin")]
OTHER_CITIES = ["Große Kreisstadt Pirna", "Stadt Freital", "Große Kreisstadt Radebeul"]

RECIPIENTS = [
    ("An alle", "Fraktionen sowie Mitglieder", "des Stadtrates der Landeshauptstadt Dresden"),
    ("An die", "Mitglieder des Stadtrates",),
    ("An die Vorsitzenden", "der Fraktionen im Stadtrat"),
    ("Mitglieder des Ausschusses für", "Stadtentwicklung, Bau und Verkehr"),
    ("Fraktionen im Stadtrat", "der Landeshauptstadt Dresden"),
    ("An die Mitglieder des Ausschusses", "für Bildung"),
]
