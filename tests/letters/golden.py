"""The committed golden set: which letters, and what each one exercises.

    python -m tests.letters.golden          # rewrites tests/letters/golden/ and its README table

Every golden letter is a `random_spec` with the features under test pinned, so the files
change only when the generator does; the committed truth is what the tests compare against.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.letters.generate import other_spec, random_spec, write
from tests.letters.spec import Signatory

GOLDEN = Path(__file__).parent / "golden"
OB = Signatory("Thomas Lindner", ("Oberbürgermeister",))


def golden_specs():
    """(spec, variants, what it exercises) for every golden letter."""
    both = ("txt", "digital.pdf")
    return [
        (random_spec(101, "g01", layout="A", date_style="stamp", marking="unticked", numbering="dot", quoting="each",
                     final=False, review="day", n_points=4, acknowledged=OB, in_vertretung=False, enactment=False,
                     statuses=["done", "in_progress", "in_progress", "in_progress"], deadline_kinds=["month", "mid_month"],
                     txt_style="flow", topic=2),
         both, "layout A like the seed: stamp date '13. OKT. 2021', unticked '☐ vertraulich' -> false; "
               "deadlines 'bis <Monat> <Jahr>' and 'bis Mitte <Monat> <Jahr>' -> month; Kenntnisnahme by the OB"),
        (random_spec(102, "g02", layout="A", date_style="numeric", marking="ticked", numbering="dot", quoting="each",
                     two_resolutions=True, final=False, review="day", n_points=3, enactment=False, topic=0,
                     txt_style="wrapped"),
         both, "two resolutions in one letter: also_concerns, 'Zu A…:' headings, numbering restarts per resolution; "
               "ticked '☒ vertraulich' -> true; date '13.10.2021'; wrapped text with page furniture"),
        (random_spec(103, "g03", layout="A", sbr=True, quoting="block", numbering="dot", final=True, date_style="long",
                     marking="unticked", statuses=["done", "done"], n_points=2, enactment=False, in_vertretung=False,
                     greeting="Sehr geehrte Damen und Herren,"),
         both, "Stadtbezirksbeirat letter: 'V-Pl0013/19'-style resolution, 'SBR Pl/048/2019'-style session; "
               "all points quoted in one block and answered together; final report, no next review"),
        (random_spec(104, "g04", layout="A", numbering="dash", quoting="each", marking="label_only", txt_style="flow",
                     txt_artifacts=True, final=False, review="month", date_style="stamp", n_points=3, topic=9,
                     statuses=["in_progress", "done", "not_started"], deadline_kinds=["quarter"], enactment=False),
         both, "seed-like text: '- 1.' labels with stray '**' after quotes; form label 'vertraulich' without a box "
               "-> null; next review with month precision; quarter deadline -> its last month"),
        (random_spec(105, "g05", layout="A", numbering="paren", quoting="each", marking="nicht_oeffentlich",
                     in_vertretung=True, n_points=4, numbers=["1", "2a", "2b", "3"], final=False, review="day",
                     statuses=["done", "in_progress", "not_started", "in_progress"], deadline_kinds=["day_numeric", "year_end"],
                     topic=5, enactment=False),
         both, "sub-points '2a)' '2b)'; 'nicht öffentlich' above the letterhead -> true although the form box is unticked; "
               "signed 'in Vertretung' by the deputy; deadlines 'bis zum dd.mm.yyyy' and 'bis Ende <Jahr>' -> year"),
        (random_spec(106, "g06", layout="B", numbering="beschlusspunkt", quoting="unquoted", sachstand=True,
                     txt_style="wrapped", final=False, review="day", n_points=5, topic=9,
                     statuses=["done", "in_progress", "unknown", "in_progress", "not_started"],
                     deadline_kinds=["half", "quarter"], enactment=False),
         both, "layout B (return-address line, info block): 'Beschlusspunkt n:' headings, unquoted italic points, "
               "'Sachstand:' lead-in (not part of the response); one unknown point; half-year deadline"),
        (random_spec(107, "g07", layout="B", numbering="punkt", quoting="each", enactment=True, joint=1, n_points=4,
                     final=False, review="month", statuses=["done", "in_progress", "in_progress", "rejected"],
                     deadline_kinds=["day_long"], topic=7, sachstand=False),
         both, "'Punkt n:' headings with „…“ quotes; enactment formula 'Der Stadtrat beschließt:' is not a point; "
               "points 2 and 3 answered together (both carry the whole answer); 'bis zum 15. Juni 2022' -> day"),
        (random_spec(108, "g08", layout="B", numbering="beschlusspunkt", quoting="each", date_style="stamp",
                     statuses=["not_started", "not_started", "not_started"], n_points=3, topic=12, final=False,
                     review="day", enactment=False),
         both, "all points not started -> overall not_started; subject over two lines; date stamp in the info block"),
        (random_spec(109, "g09", layout="C", date_style="short", letter_date=date(2019, 7, 2), final=True,
                     statuses=["rejected", "rejected"], n_points=2, numbering="dot", quoting="each", topic=4,
                     sender=OB, department=("Der Oberbürgermeister",), acknowledged=None, in_vertretung=False, marking="none", enactment=False),
         both, "layout C: 'Dresden, 02.07.19' (two-digit year); all points rejected -> overall rejected, final; "
               "signed by the Oberbürgermeister, no Kenntnisnahme"),
        (random_spec(110, "g10", layout="C", date_style="long", final=True, statuses=["done", "done", "rejected"],
                     n_points=3, marking="vertraulich", numbering="paren", quoting="each", topic=10,
                     sender=Signatory("Dr. Bernd Vogelsang", ("Beigeordneter für Finanzen", "und Liegenschaften")),
                     in_vertretung=False, enactment=False),
         both, "'Dresden, 5. Dezember 2018'; done + rejected -> overall done, final; role printed on two lines; "
               "'VERTRAULICH' marking -> true; labels '1)'"),
        (random_spec(111, "g11", layout="C", quoting="block_zu", numbering="dot", n_points=4, see_also=True,
                     statuses=["in_progress", "done", "in_progress", "done"], final=False, review="day", topic=3,
                     deadline_kinds=["month", "month"], enactment=True),
         both, "block quote (with 'Der Stadtrat beschließt:' inside) then 'zu Beschlusspunkt N' answers; "
               "'Siehe Punkt 1.' takes point 1's status"),
        (random_spec(112, "g12", layout="A", n_points=1, statuses=["in_progress"], deadline_kinds=["day_numeric"],
                     quoting="each", final=False, review="day", topic=8, marking="unticked", enactment=False),
         both, "a single unnumbered point -> number '1'; one deadline 'bis zum dd.mm.yyyy'"),
        (random_spec(113, "g13", layout="A", date_style="stamp_partial", n_points=5, topic=5, txt_style="wrapped",
                     statuses=["done", "in_progress", "in_progress", "rejected", "unknown"],
                     deadline_kinds=["year_end", "half"], final=False, review="month", numbering="dot", quoting="each",
                     marking="unticked", enactment=False),
         both, "a date stamp whose day did not print -> letter_date with month precision; five points over two pages; "
               "running header and page numbers between answers"),
        (other_spec(201, "n01", "tagesordnung"), both, "not a letter: an agenda naming a resolution -> kind unknown"),
        (other_spec(202, "n02", "niederschrift"), both, "not a letter: minutes of a committee that discussed a Beschlusskontrolle"),
        (other_spec(203, "n03", "ausfertigung"), both, "not a letter: a Beschlussausfertigung quoting numbered points, reporting nothing"),
        (other_spec(204, "n04", "presse"), ("txt",), "not a letter: a press release quoting a resolution"),
    ]


def main() -> None:
    for old in GOLDEN.glob("*.*"):
        old.unlink()
    rows = []
    for spec, variants, what in golden_specs():
        write(spec, GOLDEN, variants)
        rows.append(f"| `{spec.id}` | {getattr(spec, 'layout', '–')} | {', '.join(variants)} | {what} |")
    readme = Path(__file__).parent / "README.md"
    text = readme.read_text(encoding="utf-8")
    start, end = "<!-- golden-table -->", "<!-- /golden-table -->"
    head, _, rest = text.partition(start)
    _, _, tail = rest.partition(end)
    table = "\n| id | layout | documents | what it exercises |\n|---|---|---|---|\n" + "\n".join(rows) + "\n"
    readme.write_text(head + start + table + end + tail, encoding="utf-8")
    print(f"wrote {len(rows)} golden letters to {GOLDEN}")


if __name__ == "__main__":
    main()
