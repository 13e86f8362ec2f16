"""A PDF page's objects as pdfplumber gives them (`page.objects`), the characters built directly.

pdfplumber turns every object pdfminer lays out into a dict by resolving each attribute
recursively and decoding the colour space's name glyph by glyph. For a character, whose
attributes are plain numbers, strings and a tuple of numbers, that work changes nothing, yet
it cost about a third of reading a digital page. Here a character's dict is built from the same
attributes with the same keys and values; anything else (lines, rectangles, images, and a
character with an unusual attribute) goes through pdfplumber's own `process_object`.
`tests/unit/test_pdfobjects.py` holds the result equal to pdfplumber's on real PDFs.
"""
from __future__ import annotations

from numbers import Number

from pdfminer.layout import LTChar, LTContainer
from pdfplumber.page import ALL_ATTRS, Page
from pdfplumber.utils.pdfinternals import resolve_and_decode


def _plain(value) -> bool:
    """A value pdfplumber's recursive resolving returns unchanged (or as an equal copy)."""
    if value is None or isinstance(value, (str, Number)):
        return True
    return type(value) is tuple and all(isinstance(v, Number) for v in value)


def _char(page: Page, obj: LTChar, colour_spaces: dict) -> dict | None:
    """The dict pdfplumber makes of a character, or None where its attributes are not all plain."""
    if page.pdf.unicode_norm is not None:
        return None     # normalised text goes the long way
    attr = {}
    for key, value in obj.__dict__.items():
        if key in ALL_ATTRS:
            if not _plain(value):
                return None
            attr[key] = value
    if not isinstance(attr.get("fontname"), str) or "y0" not in attr:
        return None
    attr["object_type"] = "char"
    attr["page_number"] = page.page_number
    if hasattr(obj, "ncs"):
        name = obj.ncs.name
        if name not in colour_spaces:
            colour_spaces[name] = resolve_and_decode(name)
        attr["ncs"] = colour_spaces[name]
    attr["text"] = obj.get_text()
    state = obj.graphicstate
    attr["stroking_color"] = state.scolor if isinstance(state.scolor, tuple) else (state.scolor,)
    attr["non_stroking_color"] = state.ncolor if isinstance(state.ncolor, tuple) else (state.ncolor,)
    x0, top = page.mediabox[:2]
    attr["top"] = (page.height - attr["y1"]) + top
    attr["bottom"] = (page.height - attr["y0"]) + top
    attr["doctop"] = page.initial_doctop + attr["top"]
    if x0 != 0:
        attr["x0"] = attr["x0"] + x0
        attr["x1"] = attr["x1"] + x0
    return attr


def page_objects(page: Page) -> dict[str, list[dict]]:
    """What `page.parse_objects()` returns, in the same order."""
    objects: dict[str, list[dict]] = {}
    colour_spaces: dict = {}
    with_containers = page.pdf.laparams is not None

    def walk(items):
        for obj in items:
            if isinstance(obj, LTContainer):
                if with_containers:
                    yield page.process_object(obj)
                yield from walk(obj._objs)
            elif type(obj) is LTChar:
                yield _char(page, obj, colour_spaces) or page.process_object(obj)
            else:
                yield page.process_object(obj)

    for attr in walk(page.layout._objs):
        kind = attr["object_type"]
        if kind != "anno":
            objects.setdefault(kind, []).append(attr)
    return objects


def read_objects(page: Page) -> None:
    """Give the page its objects the fast way; pdfplumber's properties (chars, rects, extract_words) use them."""
    if not hasattr(page, "_objects"):
        page._objects = page_objects(page)
