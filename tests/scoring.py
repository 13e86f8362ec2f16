"""The field-by-field comparison of the shared scorer (eval/score.py), for tests.

Kept here because ../shared may be missing on a fresh clone; the rules are the scorer's:
exact for scalar fields, fuzzy (difflib ratio) for subject/recipients >= 0.9, person roles
>= 0.9, mandate quotes >= 0.9 and responses >= 0.85, deadlines as sorted lists; a field
absent from the truth is not compared; for kind "unknown" only kind, resolution and the
number of mandates count.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterator

QUOTES = str.maketrans({"„": '"', "“": '"', "”": '"', "»": '"', "«": '"', "‚": "'", "‘": "'", "’": "'"})
EXACT_FIELDS = ["kind", "city", "department", "file_number", "letter_date", "resolution",
                "session_number", "confidential", "report_type", "next_review", "status"]
FUZZY_FIELDS = {"subject": 0.9, "recipients": 0.9}
PERSON_FIELDS = ["sender", "acknowledged_by"]
MANDATE_FUZZY = {"quote": 0.9, "response": 0.85}
MANDATE_FIELDS = ["number", "resolution", "quote", "response", "status", "deadlines"]

Miss = tuple[str, bool, object, object]   # field, ok, expected, got


def norm(value):
    if isinstance(value, str):
        value = re.sub(r"\s+", " ", unicodedata.normalize("NFC", value).translate(QUOTES)).strip()
        return value or None
    return value


def similar(a, b, threshold: float) -> bool:
    a, b = norm(a), norm(b)
    if a is None or b is None:
        return a == b
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= threshold


def _person(record: dict, key: str):
    p = record.get(key) or {}
    return norm(p.get("name")), norm(p.get("role"))


def compare(truth: dict, pred: dict) -> Iterator[Miss]:
    """Yield (field, ok, expected, got) for one document, exactly as the scorer counts them."""
    if truth.get("kind") == "unknown":
        yield "kind", norm(pred.get("kind")) == "unknown", "unknown", pred.get("kind")
        yield "resolution", pred.get("resolution") is None, None, pred.get("resolution")
        yield "mandates.count", not pred.get("mandates"), 0, len(pred.get("mandates") or [])
        return
    for f in EXACT_FIELDS:
        if f in truth:
            yield f, norm(truth.get(f)) == norm(pred.get(f)), truth.get(f), pred.get(f)
    for f, th in FUZZY_FIELDS.items():
        if f in truth:
            yield f, similar(truth.get(f), pred.get(f), th), truth.get(f), pred.get(f)
    if "also_concerns" in truth:
        ta = [norm(a.get("resolution")) for a in truth["also_concerns"]]
        pa = [norm((a or {}).get("resolution")) for a in pred.get("also_concerns") or []]
        yield "also_concerns", ta == pa, ta, pa
    for key in PERSON_FIELDS:
        if key not in truth:
            continue
        if truth[key] is None:
            yield key, pred.get(key) is None or not any((pred.get(key) or {}).values()), None, pred.get(key)
            continue
        (tn, tr), (pn, pr) = _person(truth, key), _person(pred, key)
        if "name" in truth[key]:
            yield f"{key}.name", tn == pn, tn, pn
        if "role" in truth[key]:
            yield f"{key}.role", similar(tr, pr, 0.9), tr, pr
    if "mandates" not in truth:
        return
    tm, pm = truth.get("mandates") or [], pred.get("mandates") or []
    yield "mandates.count", len(tm) == len(pm), len(tm), len(pm)
    for i, t in enumerate(tm):
        fields = [f for f in MANDATE_FIELDS if f in t]
        p = pm[i] if i < len(pm) else None
        for f in fields:
            name = f"mandates[{i}].{f}"
            if p is None:
                yield name, False, t.get(f), None
            elif f in MANDATE_FUZZY:
                yield name, similar(t.get(f), p.get(f), MANDATE_FUZZY[f]), t.get(f), p.get(f)
            elif f == "deadlines":
                yield name, sorted(t.get(f) or []) == sorted(p.get(f) or []), t.get(f), p.get(f)
            else:
                yield name, norm(str(t.get(f))) == norm(str(p.get(f))), t.get(f), p.get(f)


def misses(truth: dict, pred: dict) -> list[str]:
    """Readable lines for every field that does not match."""
    def short(v) -> str:
        s = repr(v)
        return s if len(s) <= 160 else s[:157] + "..."
    return [f"{field}: expected {short(exp)}, got {short(got)}" for field, ok, exp, got in compare(truth, pred) if not ok]
