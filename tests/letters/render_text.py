"""Composition -> plain text as a PDF-to-text tool prints it.

The letterhead block and the recipient block come out one after the other (not interleaved).
Style "flow" prints each paragraph on one line (like text copied from a word processor's PDF);
style "wrapped" breaks lines at about 90 characters with hyphenated line ends and keeps the
page furniture: footer, "Seite n von N", a form feed and the running header of the next page.
"""
from __future__ import annotations

from tests.letters.compose import Block, Composition, Head
from tests.letters.typeset import break_lines

WIDTH = 90
LINES_PER_PAGE = 52

MARK_LINES = {
    "unticked": ["☐ vertraulich"], "ticked": ["☒ vertraulich"], "label_only": ["vertraulich"],
    "nicht_oeffentlich": ["nicht öffentlich", "", "☐ vertraulich"], "vertraulich": ["VERTRAULICH"], "none": [],
}


def head_lines(h: Head) -> list[str]:
    marks = MARK_LINES[h.marking]
    if h.layout == "A":
        if h.marking == "nicht_oeffentlich":
            lines = ["nicht öffentlich", "", "☐ vertraulich", ""]
        else:
            lines = ["", "", *marks, ""] if marks else ["", ""]
        lines += [*h.recipients, "", h.city, *h.department, f"{h.file_label} {h.file_number}", "",
                  f"{h.date_label} {h.date_text}", ""]
        return lines
    if h.layout == "B":
        rows = [f"{label}   {value}" for label, value in h.info_rows]
        return [*([*marks, ""] if marks else []), h.city, "", *h.department, "", h.return_address,
                *h.recipients, *rows, ""]
    return [*([*marks, ""] if marks else []), h.city, *h.department, "", *h.recipients, "", h.date_text, ""]


def block_text(b: Block, artifacts: bool) -> str:
    text = f"{b.label} {b.text}" if b.label else b.text
    if artifacts and text.endswith("“") and b.label:
        text += "**"
    return text


def render_text(comp: Composition) -> str:
    head = head_lines(comp.head)
    body: list[tuple[str, bool]] = []          # (line, a page may end after it)
    for b in comp.body:
        if b.gap >= 1 or (b.gap > 0 and comp.txt_style == "flow"):
            body.append(("", not b.keep_next))
        text = block_text(b, comp.txt_artifacts)
        lines = [text] if comp.txt_style == "flow" else break_lines(text, len, WIDTH)
        body.extend((line, not b.keep_next) for line in lines)
        body.extend(("", False) for _ in range(b.space_after_lines))
    if comp.txt_style == "flow":
        return "\n".join(head + [line for line, _ in body]).rstrip() + "\n"
    return _paginate(comp, [(line, False) for line in head] + body)


def _paginate(comp: Composition, lines: list[tuple[str, bool]]) -> str:
    """Pages of about LINES_PER_PAGE lines; a page ends after a line that may end one
    (inside an answer, not inside a heading-and-quote group or the signature block)."""
    pages: list[list[str]] = []
    while lines:
        cut = min(LINES_PER_PAGE, len(lines))
        if cut < len(lines):
            back = next((k for k in range(cut, cut - 15, -1) if lines[k - 1][1]), cut)
            cut = back
        pages.append([line for line, _ in lines[:cut]])
        lines = lines[cut:]
    n = len(pages)
    out: list[str] = []
    for i, page in enumerate(pages, 1):
        if i > 1:
            out.append("\f" + (f"{comp.running_header}   Seite {i} von {n}" if comp.running_header else f"- {i} -"))
            out.append("")
        out.extend(page)
        if n > 1:
            out += ["", *comp.footer, "", f"Seite {i} von {n}"]
    return "\n".join(out).rstrip() + "\n"
