"""Council documents that are NOT Beschlusskontrolle letters (truth: kind "unknown").

They mention resolutions, points and even the word Beschlusskontrolle, so an extractor that
only looks for patterns would invent a record: an agenda, minutes, the resolution record
itself (Beschlussausfertigung) and a press release.
"""
from __future__ import annotations

from tests.letters.compose import Block, Composition, Head
from tests.letters.spec import OtherSpec
from tests.letters.wording import MONTHS, add_months


def _long(d) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def compose_other(spec: OtherSpec) -> Composition:
    res, d = spec.resolution, spec.letter_date
    subject = " ".join(res.subject)
    quotes = [p.quote for p in res.points]
    if spec.kind == "tagesordnung":
        dept, recipients = ("Der Oberbürgermeister",), ("An die Mitglieder", "des Stadtrates")
        body = [Block(f"Einladung zur {d.day + 20}. Sitzung des Stadtrates", style="bold", gap=0),
                Block(f"am {_long(add_months(d, 0, min(d.day + 7, 28)))}, 16:00 Uhr, im Plenarsaal des Neuen Rathauses"),
                Block("Tagesordnung – öffentlicher Teil", style="bold", gap=1.5),
                Block("Eröffnung der Sitzung und Feststellung der Beschlussfähigkeit", label="1", gap=1),
                Block("Bestätigung der Niederschrift der letzten Sitzung", label="2", gap=0.5),
                Block(f"{res.ident} {subject}", label="3", gap=0.5),
                Block("Einwohnerfragestunde", label="4", gap=0.5),
                Block("Informationen des Oberbürgermeisters, unter anderem Beschlusskontrollen zu Anträgen der Fraktionen",
                      label="5", gap=0.5),
                Block("Anfragen der Stadträtinnen und Stadträte", label="6", gap=0.5),
                Block("Die Unterlagen stehen im Ratsinformationssystem zur Verfügung.", gap=1.5),
                Block("Mit freundlichen Grüßen", gap=1.5, space_after_lines=3),
                Block("Thomas Lindner", gap=0), Block("Oberbürgermeister", gap=0)]
    elif spec.kind == "niederschrift":
        dept, recipients = ("Ausschuss für Umwelt und Klimaschutz",), ()
        body = [Block(f"Niederschrift über die 17. Sitzung des Ausschusses am {d:%d.%m.%Y}", style="bold", gap=0),
                Block("Anwesend: 13 von 15 Mitgliedern; Verwaltung: Frau Dr. Wendt, Herr Ullrich", gap=1),
                Block("Eröffnung und Bestätigung der Tagesordnung", label="TOP 1", gap=1.5, style="bold"),
                Block("Die Vorsitzende eröffnet die Sitzung um 16:03 Uhr. Die Tagesordnung wird ohne Änderungen bestätigt."),
                Block(f"Beschlusskontrolle zu {res.ident} – {subject}", label="TOP 2", gap=1.5, style="bold"),
                Block("Herr Ullrich berichtet über den Stand der Umsetzung. Frau Seidel fragt nach dem Zeitplan für die "
                      "weiteren Arbeiten; die Verwaltung sagt eine schriftliche Antwort zu.", justify=True),
                Block("Der Ausschuss nimmt den Bericht zur Kenntnis.", gap=0.5),
                Block("Verschiedenes", label="TOP 3", gap=1.5, style="bold"),
                Block("Es liegen keine Wortmeldungen vor. Die Sitzung endet um 17:40 Uhr."),
                Block("Vorsitzende", gap=2, space_after_lines=2), Block("Schriftführer", gap=1)]
    elif spec.kind == "ausfertigung":
        dept, recipients = ("Stadtrat",), ()
        body = [Block("Beschlussausfertigung", style="bold", gap=0),
                Block(f"Stadtrat ({res.session})", gap=1), Block(f"Sitzung am {d:%d.%m.%Y}", gap=0),
                Block(f"Beschluss zu: {res.ident}", style="bold", gap=1), Block(subject, style="bold", gap=0),
                Block("Beschluss:", gap=1.5), Block("Der Stadtrat beschließt:", gap=0.5),
                *[Block(q, label=f"{i}.", gap=0.5, justify=True) for i, q in enumerate(quotes, 1)],
                Block("Abstimmungsergebnis: Zustimmung 41, Gegenstimmen 16, Stimmenthaltungen 4", gap=1.5),
                Block(f"Dresden, {_long(add_months(d, 0, min(d.day + 4, 28)))}", gap=1.5),
                Block("Vorsitz", gap=2, space_after_lines=2), Block("Schriftführung", gap=1)]
    elif spec.kind == "presse":
        dept, recipients = ("Presse- und Öffentlichkeitsarbeit",), ()
        body = [Block(f"Pressemitteilung vom {d:%d.%m.%Y}", style="bold", gap=0),
                Block(subject + ": Stadt zieht Zwischenbilanz", style="bold", gap=1),
                Block(f"Der Stadtrat hatte mit dem Beschluss {res.ident} die Verwaltung beauftragt: „{quotes[0]}“ "
                      "Nach Angaben der Verwaltung ist ein großer Teil der Arbeiten inzwischen abgeschlossen.",
                      gap=1, justify=True),
                Block("„Wir liegen im Zeitplan und werden die übrigen Vorhaben im kommenden Jahr angehen“, sagte die "
                      "zuständige Beigeordnete. Die nächste Information des Stadtrates ist für das Frühjahr geplant.",
                      gap=1, justify=True),
                Block("Pressekontakt: Presseamt, Telefon 0351 488-2390, presse@dresden.de", gap=1.5, style="small")]
    else:
        raise ValueError(spec.kind)
    head = Head(layout="C", city=spec.city, department=dept, file_label="", file_number="", date_label="",
                date_text=f"Dresden, {_long(d)}" if recipients else "", stamp=False, marking="none",
                recipients=recipients)
    return Composition(head, tuple(body), running_header="", footer=(f"{spec.city} · Dr.-Külz-Ring 19 · 01067 Dresden",),
                       family="serif", txt_style=spec.txt_style)
