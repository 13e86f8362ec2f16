"""Test letters: a seeded generator of Beschlusskontrolle letters and their truth.

    make_letter(spec)            -> (text, truth)          the .txt rendering and its record
    render(spec, variant)        -> bytes                  "txt" or "digital.pdf"
    random_spec(seed, id, **kw)  -> LetterSpec             a varied letter; keyword overrides pin features
    make_series(seed, steps)     -> [LetterSpec, ...]      letters about one resolution over time
    other_spec(seed, id, kind)   -> OtherSpec              an agenda, minutes, ... (kind "unknown")
    write(spec, out, variants)                             <id>.<variant> and truth/<id>.json

Command line (documents for benchmarks; deterministic for a given seed):

    python -m tests.letters.generate --out DIR --count 1000 --seed 7
    python -m tests.letters.generate --out DIR --series interim,interim,final --seed 3
"""
from __future__ import annotations

import argparse
import json
import random
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from tests.letters import wording as w
from tests.letters.compose import compose
from tests.letters.others import compose_other
from tests.letters.render_text import render_text
from tests.letters.spec import (LetterSpec, OtherSpec, Point, Resolution, Signatory, other_truth, truth)

VARIANTS = ("txt", "digital.pdf")
DRESDEN = "Landeshauptstadt Dresden"
SESSION_BODIES = ["SR", "SR", "SR", "StEB", "UKS", "BJS", "KuT", "F"]


# --- public API ---------------------------------------------------------------------------------

def make_letter(spec: LetterSpec | OtherSpec) -> tuple[str, dict]:
    """The plain-text rendering of a spec and the record it must give."""
    return render(spec, "txt").decode("utf-8"), truth_of(spec)


def truth_of(spec: LetterSpec | OtherSpec) -> dict:
    return truth(spec) if spec.is_letter else other_truth(spec)


def render(spec: LetterSpec | OtherSpec, variant: str) -> bytes:
    comp = compose(spec) if spec.is_letter else compose_other(spec)
    if variant == "txt":
        return render_text(comp).encode("utf-8")
    if variant == "digital.pdf":
        from tests.letters.render_pdf import render_pdf
        return render_pdf(comp)
    raise ValueError(f"unknown variant {variant!r}")


def write(spec: LetterSpec | OtherSpec, out: Path, variants=VARIANTS) -> list[Path]:
    """Write <id>.<variant> documents and truth/<id>.json; returns the document paths."""
    (out / "truth").mkdir(parents=True, exist_ok=True)
    paths = []
    for variant in variants:
        path = out / f"{spec.id}.{variant}"
        path.write_bytes(render(spec, variant))
        paths.append(path)
    (out / "truth" / f"{spec.id}.json").write_text(
        json.dumps(truth_of(spec), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return paths


# --- answers ------------------------------------------------------------------------------------

def answer(rng: random.Random, status: str, topic: w.Topic, letter_date: date,
           deadline_kind: str | None = None, with_deadline: bool | None = None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Paragraphs answering one point with the given status, and the deadlines they name."""
    sentences = [rng.choice(w.STATUS_SENTENCES[status])]
    deadlines: list[str] = []
    if status == "done":
        if rng.random() < 0.5:
            sentences.append(rng.choice(topic.facts))
        if rng.random() < 0.3:
            sentences.append(w.past_event_sentence(rng, letter_date))
    elif status == "in_progress":
        if rng.random() < 0.5:
            sentences.append(rng.choice(topic.facts))
        if rng.random() < 0.25:
            sentences.append(w.start_date_sentence(rng, letter_date))
        if with_deadline if with_deadline is not None else rng.random() < 0.6:
            s, iso = w.deadline_sentence(rng, letter_date, deadline_kind)
            sentences.append(s)
            deadlines.append(iso)
    elif status == "not_started":
        if rng.random() < 0.4:
            sentences.append(w.neutral_sentence(rng))
    elif status == "rejected":
        sentences.append(rng.choice(w.REJECTION_REASONS))
    if status != "unknown" and rng.random() < 0.3:
        sentences.insert(rng.randint(1, len(sentences)), w.neutral_sentence(rng))
    if len(sentences) >= 3 and rng.random() < 0.3:            # two paragraphs
        cut = rng.randint(1, len(sentences) - 1)
        return (" ".join(sentences[:cut]), " ".join(sentences[cut:])), tuple(deadlines)
    return (" ".join(sentences),), tuple(deadlines)


STATUS_WEIGHTS = {
    "interim": {"done": 3, "in_progress": 5, "not_started": 2, "rejected": 1, "unknown": 1},
    "final": {"done": 6, "rejected": 2, "in_progress": 1, "unknown": 1},
}


def make_points(rng: random.Random, topic: w.Topic, letter_date: date, final: bool, *, count: int | None = None,
                statuses: list[str] | None = None, numbers: list[str] | None = None, joint: int | None = None,
                all_joint: bool = False, see_also: bool = False,
                deadline_kinds: list[str] | None = None) -> tuple[Point, ...]:
    """Points of one resolution: quotes from the topic, answers for the statuses.

    `joint=i` answers point i together with point i+1; `all_joint` answers all points at once;
    `see_also` answers the last point with "Siehe Punkt N." (it takes point N's status);
    `deadline_kinds` gives the in-progress answers, in turn, a deadline of these kinds."""
    n = count or rng.randint(2, len(topic.points))
    quotes = list(topic.points[:n])
    weights = STATUS_WEIGHTS["final" if final else "interim"]
    statuses = list(statuses or rng.choices(list(weights), weights=list(weights.values()), k=n))
    if all_joint:
        statuses = [statuses[0]] * n
    if joint is not None:
        statuses[joint + 1] = statuses[joint]
    numbers = numbers or ([str(i) for i in range(1, n + 1)] if n > 1 else [""])
    points = []
    for i, (q, s, num) in enumerate(zip(quotes, statuses, numbers)):
        silent = all_joint and i < n - 1 or joint == i
        if silent:
            points.append(Point(num, q, (), s, ()))
            continue
        if joint is not None and i == joint + 1 or all_joint:
            s = statuses[i]
        kind = deadline_kinds.pop(0) if deadline_kinds and s == "in_progress" else None
        paras, deadlines = answer(rng, s, topic, letter_date, kind, True if kind else None)
        points.append(Point(num, q, paras, s, deadlines))
    if all_joint or joint is not None:   # a joint answer's deadlines belong to every point it answers
        points = _share_deadlines(points)
    if see_also and n >= 3:
        ref = points[0]
        points[-1] = replace(points[-1], response=(f"Siehe Punkt {ref.number or '1'}.",), status=ref.status, deadlines=())
    return tuple(points)


def _share_deadlines(points: list[Point]) -> list[Point]:
    out = []
    for i, p in enumerate(points):
        if not p.response:
            carrier = next(q for q in points[i:] if q.response)
            p = replace(p, deadlines=carrier.deadlines, status=carrier.status)
        out.append(p)
    return out


# --- whole letters ------------------------------------------------------------------------------

def _ident(rng: random.Random, year: int, prefix: str | None = None) -> str:
    prefix = prefix or rng.choice(["V", "V", "A"])
    return f"{prefix}{rng.randint(12, 2999):04d}/{year % 100:02d}"


def _session(rng: random.Random, year: int, body: str | None = None) -> str:
    return f"{body or rng.choice(SESSION_BODIES)}/{rng.randint(3, 79):03d}/{year}"


def _file_number(rng: random.Random, layout: str, year: int) -> tuple[str, str]:
    if layout == "A":
        return "GZ:", f"(GB {rng.randint(1, 9)}) {rng.randint(10, 90)}.{rng.randint(1, 9)}"
    if layout == "B":
        return rng.choice(["Unser Zeichen", "Aktenzeichen"]), f"{rng.randint(20, 70)}.{rng.randint(1, 4)}-{rng.randint(100, 1999):04d}/{year % 100:02d}"
    return rng.choice(["Az.:", "Unser Zeichen:"]), rng.choice([f"OB {rng.randint(10, 40)}.{rng.randint(1, 9)}",
                                                            f"{rng.randint(20, 70)}.{rng.randint(1, 4)}-{rng.randint(10, 399)}/{year % 100:02d}"])


def random_spec(seed: int, id: str | None = None, **pin) -> LetterSpec:
    """A varied, valid letter. Keyword arguments pin fields of the LetterSpec, and a few
    construction choices: topic (index), n_points, statuses, numbers, joint, see_also,
    deadline_kinds, two_resolutions, sbr (a Stadtbezirksbeirat letter), review ("day", "month", None)."""
    rng = random.Random(seed)
    layout = pin.pop("layout", rng.choice("AABC"))
    letter_date = pin.pop("letter_date", date(2015, 1, 5) + timedelta(days=rng.randint(0, 3900)))
    final = pin.pop("final", rng.random() < 0.25)
    sbr = pin.pop("sbr", layout == "A" and rng.random() < 0.12)
    unit = rng.choice({"A": w.UNITS_A, "B": w.UNITS_B, "C": w.UNITS_C}[layout])
    year = letter_date.year - rng.choice([0, 0, 1])
    decided = min(letter_date - timedelta(days=60), date(year, rng.randint(1, 12), rng.randint(1, 28)))
    recipients = pin.pop("recipients", rng.choice(w.RECIPIENTS))
    if sbr:
        abbr, district = rng.choice(w.UNITS_SBR)
        unit = w.Unit(("Geschäftsbereich Ordnung und", f"Sicherheit, StBA {district}"), "Katja Riedel",
                      ("Stadtbezirksamtsleiterin",), "Ronny Walther", ("stellvertretender Stadtbezirksamtsleiter",))
        ident, session = f"V-{abbr}{rng.randint(1, 99):04d}/{year % 100:02d}", _session(rng, year, f"SBR {abbr}")
        recipients = ("An den Vorsitzenden sowie", f"die Mitglieder des Stadtbezirksbeirates {district}")
        topic = w.SBR_TOPIC
    else:
        topic = w.TOPICS[pin.pop("topic", rng.choice([i for i, t in enumerate(w.TOPICS) if t is not w.SBR_TOPIC]))]
        ident, session = _ident(rng, year), _session(rng, year)
    points = make_points(rng, topic, letter_date, final, count=pin.pop("n_points", None),
                         statuses=pin.pop("statuses", None), numbers=pin.pop("numbers", None),
                         joint=pin.pop("joint", None), all_joint=pin.get("quoting") == "block",
                         see_also=pin.pop("see_also", False), deadline_kinds=list(pin.pop("deadline_kinds", [])))
    resolutions = [Resolution(ident, session, topic.subject, points, decided)]
    if pin.pop("two_resolutions", False):
        other = rng.choice([t for t in w.TOPICS if t not in (topic, w.SBR_TOPIC)])
        resolutions.append(Resolution(_ident(rng, year, "A"), session, other.subject,
                                      make_points(rng, other, letter_date, final, count=rng.randint(1, 2) + 1), decided))
    file_label, file_number = _file_number(rng, layout, letter_date.year)
    review = pin.pop("review", None if final else rng.choice(["day", "day", "month", None]))
    review_line = next_review = None
    if review:
        when = w.add_months(letter_date, rng.randint(3, 7), rng.choice([1, 15, 28, 30, 31]) if review == "day" else 1)
        review_line, next_review = w.next_review_line(rng, when, review)
    in_vertretung = pin.pop("in_vertretung", rng.random() < 0.15)
    sender = Signatory(unit.deputy, unit.deputy_role) if in_vertretung else Signatory(unit.signer, unit.signer_role)
    mayor = rng.choice(w.MAYORS)
    ack = None if unit.signer_role[0].startswith("Oberbürgermeister") and not in_vertretung else Signatory(*mayor[:1], (mayor[1],))
    if ack and rng.random() < 0.15:
        ack = None
    several = len(resolutions) > 1
    spec = dict(
        id=id or f"g{seed:05d}", layout=layout, city=DRESDEN, department=unit.department,
        file_number=file_number, file_label=file_label, letter_date=letter_date,
        date_style={"A": rng.choice(["stamp", "stamp", "numeric", "long"]), "B": rng.choice(["numeric", "numeric", "stamp"]),
                    "C": rng.choice(["long", "short", "numeric"])}[layout],
        resolutions=tuple(resolutions), recipients=recipients,
        marking={"A": rng.choice(["unticked", "unticked", "unticked", "ticked", "nicht_oeffentlich"]),
                 "B": rng.choice(["none"] * 5 + ["vertraulich"]), "C": rng.choice(["none"] * 5 + ["vertraulich"])}[layout],
        numbering={"A": rng.choice(["dot", "dot", "dash", "paren"]), "B": rng.choice(["beschlusspunkt", "punkt"]),
                   "C": rng.choice(["dot", "paren"])}[layout],
        quoting=rng.choice(["each"] * 6 + (["unquoted"] * 2 if layout == "B" else ["block_zu"])),
        greeting=rng.choice(w.GREETINGS),
        lead_in=rng.choice(w.LEAD_INS_SEVERAL if several else w.LEAD_INS_FINAL if final else w.LEAD_INS_INTERIM),
        final=final, review_line=review_line, next_review=next_review, sender=sender, in_vertretung=in_vertretung,
        acknowledged=ack, enactment=rng.random() < 0.15, sachstand=layout == "B" and rng.random() < 0.5,
        closing=rng.choice(w.CLOSINGS), final_note=rng.choice(w.FINAL_NOTES) if final else None,
        txt_style=rng.choice(["flow", "wrapped"]), txt_artifacts=rng.random() < 0.1,
    )
    if not final and not review and not several:
        spec["lead_in"] = rng.choice(w.LEAD_INS_INTERIM_EXPLICIT)
    spec.update(pin)
    if spec["quoting"] in ("block", "block_zu") or spec["numbering"] in ("beschlusspunkt", "punkt"):
        spec["txt_artifacts"] = False
    if spec["quoting"] == "block" and any(p.response for p in spec["resolutions"][0].points[:-1]):
        raise ValueError("quoting='block' needs all_joint points: pin quoting before points are made")
    return LetterSpec(**spec)


def other_spec(seed: int, id: str, kind: str) -> OtherSpec:
    rng = random.Random(seed)
    d = date(2016, 1, 4) + timedelta(days=rng.randint(0, 3300))
    topic = rng.choice(w.TOPICS)
    res = Resolution(_ident(rng, d.year), _session(rng, d.year, "SR"), topic.subject,
                     tuple(Point(str(i), q, (), "unknown") for i, q in enumerate(topic.points, 1)))
    return OtherSpec(id=id, kind=kind, city=DRESDEN, letter_date=d, resolution=res, txt_style=rng.choice(["flow", "wrapped"]))


# --- series -----------------------------------------------------------------------------------

PROGRESS = {"not_started": "in_progress", "in_progress": "done", "done": "done", "rejected": "rejected", "unknown": "in_progress"}


def make_series(seed: int, steps=("interim", "interim", "final"), *, start: date = date(2023, 3, 14),
                prefix: str = "s", layout: str = "A", **pin) -> list[LetterSpec]:
    """Letters about one resolution over time. Each interim letter announces a review date and the
    next letter is dated near it; statuses move on (not started -> in progress -> done); a "final"
    step closes the series. A series that ends with an interim step leaves its last review date
    open (an overdue review once that date has passed). `pin` goes to random_spec for the first letter."""
    rng = random.Random(seed)
    first = random_spec(seed, f"{prefix}1", layout=layout, letter_date=start, final=steps[0] == "final",
                        review=None if steps[0] == "final" else "day", quoting="each", sbr=False, **pin)
    res = first.resolutions[0]
    topic = next(t for t in w.TOPICS if t.subject == res.subject)
    letters = [first]
    for k, step in enumerate(steps[1:], 2):
        prev = letters[-1]
        d = date.fromisoformat(prev.next_review) - timedelta(days=rng.randint(3, 12)) if prev.next_review \
            else w.add_months(prev.letter_date, 4)
        final = step == "final"
        points = []
        for p in prev.resolutions[0].points:
            s = PROGRESS[p.status] if not final else ("rejected" if p.status == "rejected" else "done")
            paras, deadlines = answer(rng, s, topic, d)
            points.append(Point(p.number, p.quote, paras, s, deadlines))
        review_line = next_review = None
        if not final:
            review_line, next_review = w.next_review_line(rng, w.add_months(d, 4, 30), "day")
        letters.append(replace(
            prev, id=f"{prefix}{k}", letter_date=d, resolutions=(replace(res, points=tuple(points)),),
            final=final, review_line=review_line, next_review=next_review,
            final_note=rng.choice(w.FINAL_NOTES) if final else None,
            lead_in=rng.choice(w.LEAD_INS_FINAL if final else w.LEAD_INS_INTERIM),
            file_number=prev.file_number))
    return letters


# --- command line -----------------------------------------------------------------------------

OTHER_KINDS = ("tagesordnung", "niederschrift", "ausfertigung", "presse")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--count", type=int, default=10, help="number of letters (about 1 in 25 is not a letter)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--variants", default="txt,digital.pdf")
    ap.add_argument("--series", help="write one series instead, e.g. interim,interim,final")
    ap.add_argument("--start", type=date.fromisoformat, default=date(2023, 3, 14), help="date of the first letter of a series")
    args = ap.parse_args(argv)
    variants = tuple(v.strip() for v in args.variants.split(",") if v.strip())
    if args.series:
        specs = make_series(args.seed, tuple(args.series.split(",")), start=args.start)
    else:
        specs = []
        for i in range(args.count):
            seed = args.seed * 1_000_003 + i
            if i % 25 == 24:
                specs.append(other_spec(seed, f"n{i:05d}", OTHER_KINDS[(i // 25) % 4]))
            else:
                specs.append(random_spec(seed, f"g{i:05d}"))
    for spec in specs:
        write(spec, args.out, variants)
    print(f"wrote {len(specs)} letters x {len(variants)} variants to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
