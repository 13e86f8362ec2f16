"""Line breaking with German-style hyphenation, shared by the text and PDF renderers.

Lines break between words; a long word that does not fit is split at a syllable-like point
and the first part gets a hyphen ("Digitali-" / "sierung"), as justified letters do. Words
that already contain a hyphen are never split, and a word ending in a hyphen ("Betriebs-")
stays on the line with the next word, so that joining hyphenated line ends is always right.
"""
from __future__ import annotations

from typing import Callable

VOWELS = set("aeiouäöüyAEIOUÄÖÜY")
NO_SPLIT = ("ch", "ck", "sch", "ph", "qu", "th")


def split_points(word: str) -> list[int]:
    """Indices where `word` may be hyphenated (both parts at least three letters, alphabetic core)."""
    core = word.rstrip(".,;:!?“\")")
    if len(core) < 8 or not core.isalpha() or "-" in word:
        return []
    points = []
    for i in range(3, len(core) - 2):
        a, b = core[i - 1], core[i]
        if b in VOWELS:
            continue
        if any(core[i - 1:i + len(s) - 1] == s or core[i - 2:i + len(s) - 2] == s for s in NO_SPLIT):
            continue
        if a in VOWELS and core[i + 1] in VOWELS:           # vowel | consonant vowel
            points.append(i)
        elif a not in VOWELS and core[i + 1] in VOWELS and core[i - 2] in VOWELS:  # vowel consonant | consonant vowel
            points.append(i)
    return points


def break_lines(text: str, width: Callable[[str], float], max_width: float, *,
                first_width: float | None = None, hyphenate: bool = True) -> list[str]:
    """Greedy line breaking; `width(s)` measures a string."""
    tokens = _glue(text.split())
    lines: list[str] = []
    current = ""
    limit = first_width if first_width is not None else max_width
    i = 0
    while i < len(tokens):
        word = tokens[i]
        candidate = f"{current} {word}" if current else word
        if width(candidate) <= limit or not current:
            if not current and width(word) > limit:       # a single overlong token: put it alone
                pass
            current = candidate
            i += 1
            continue
        if hyphenate:
            for p in reversed(split_points(word)):
                head = f"{current} {word[:p]}-"
                if width(head) <= limit:
                    lines.append(head)
                    tokens[i] = word[p:]
                    current = ""
                    break
            else:
                lines.append(current)
                current = ""
        else:
            lines.append(current)
            current = ""
        limit = max_width
    if current:
        lines.append(current)
    return [line.replace("\u00a0", " ") for line in lines]


def _glue(words: list[str]) -> list[str]:
    """Keep 'Betriebs- und' together: a word ending in '-' is bound to the next one."""
    out: list[str] = []
    for w in words:
        if out and out[-1].endswith("-") and len(out[-1]) > 1:
            out[-1] = out[-1] + "\u00a0" + w
        else:
            out.append(w)
    return out
