"""Text turned a quarter on a programme's PDF page: a matrix's column headers written upright in narrow cells.

Schools fit many werkprocessen into a matrix by writing the codes of its header vertically
(``B1-K1-W1`` read from the bottom up, or from the top down). PDFium's characters of such a
text stand one above the other, so the rows of the page would hold them letter by letter. The
programme's PDF reader takes these texts out of the page first (:func:`turned_segments`, before
the page's segments are read) and gives each as one piece of a line, across the width of its
column and at the foot of the header row (every turned text of one row at the same height), so
that the matrix reader reads it as a header cell. :func:`turned_texts` lists them for a document
in which no matrix was read, so that it says so rather than that it maps no exam.

A text object of the page is turned when its matrix and the page's ``/Rotate`` together set its
baseline upright (90 or 270 degrees as shown); text inside a form (a nested object) is not taken
out, but listed.
"""

from __future__ import annotations

import ctypes
import math

from bcp_analysis.readers.pdf_page import Segment, shown_box

__all__: list[str] = []


def _angle(item, rotation):
    """The angle of a text object's baseline as the page is shown, in whole degrees counter-clockwise."""
    a, b = item.get_matrix().get()[:2]
    return round(math.degrees(math.atan2(b, a)) - rotation) % 360


def _text(item, textpage):
    import pypdfium2.raw as raw

    length = raw.FPDFTextObj_GetText(item.raw, textpage.raw, None, 0)
    if length <= 2:
        return ""
    buffer = ctypes.create_string_buffer(length)
    raw.FPDFTextObj_GetText(item.raw, textpage.raw, ctypes.cast(buffer, ctypes.POINTER(raw.FPDF_WCHAR)), length)
    return buffer.raw[:length - 2].decode("utf-16-le", errors="replace")


def _turned(page, depth):
    """[(object, text, angle, (x0, top, x1, bottom) as shown, x of its baseline as shown)] of the page's text objects
    turned a quarter, and the number of its text objects."""
    import pypdfium2.raw as raw

    textpage, shown, rotation = None, shown_box(page), page.get_rotation()
    found, count = [], 0
    for item in page.get_objects(filter=[raw.FPDF_PAGEOBJ_TEXT], max_depth=depth):
        count += 1
        angle = _angle(item, rotation)
        if angle in (89, 90, 91, 269, 270, 271):
            textpage = textpage or page.get_textpage()
            text = _text(item, textpage).strip()
            if text:
                e, f = item.get_matrix().get()[4:]   # where its baseline starts: one x for a column's pieces
                found.append((item, text, 90 if angle < 180 else 270, shown(*item.get_bounds()), shown(e, f, e, f)[0]))
    return found, count


def _strings(turned):
    """The turned texts joined into strings: the pieces of one string stand in one column, end to end, in the
    order they are read (upwards for 90 degrees, downwards for 270); [(text, (x0, top, x1, bottom))]."""
    strings = []   # [angle, baseline x, [x0, top, x1, bottom], [(order, text)]]
    for _, text, angle, (x0, top, x1, bottom), origin in sorted(turned, key=lambda found: (found[4], found[3][1])):
        size = max(x1 - x0, 4.0)
        home = next((string for string in strings if string[0] == angle and abs(string[1] - origin) <= 1.0
                     and top <= string[2][3] + size and bottom >= string[2][1] - size), None)
        if home is None:
            strings.append([angle, origin, [x0, top, x1, bottom], []])
            home = strings[-1]
        box = home[2]
        home[2] = [min(box[0], x0), min(box[1], top), max(box[2], x1), max(box[3], bottom)]
        home[3].append((-bottom if angle == 90 else top, text))
    return [("".join(text for _, text in sorted(pieces)), tuple(box)) for _, _, box, pieces in strings]


def turned_segments(page):
    """Take the text turned a quarter out of a pypdfium2 page; return it as segments, one per string, read upright.

    Each segment spans its string's column (its width as shown) and stands one line high at the
    foot of the strings that share its height (the header row it heads); nothing is taken out of
    a page whose text is all turned (a page drawn across, which its reader reads as it is).
    """
    turned, count = _turned(page, 1)
    if not turned or len(turned) == count:
        return []
    for item, *_ in turned:
        page.remove_obj(item)
    strings = _strings(turned)
    segments = []
    for text, (x0, top, x1, bottom) in strings:
        foot = max(other[3] for _, other in strings if other[1] <= bottom and other[3] >= top)
        segments.append(Segment(x0, x1, foot - (x1 - x0), foot, text, x1 - x0))
    return segments


def turned_texts(path):
    """[(pagina, text)] of every string turned a quarter in a PDF (in its forms too), in page order.

    >>> turned_texts("/nonexistent.pdf")
    []
    """
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, OSError):
        return []
    try:
        return [(number + 1, text) for number in range(len(document))
                for text, _ in _strings(_turned(document[number], 2)[0])]
    finally:
        document.close()
