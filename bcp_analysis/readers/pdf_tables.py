"""Tables drawn cell by cell in a PDF: a row of cells read by the header of its column.

A PDF library draws a BCP's werkprocessen as a bordered table, one per kerntaak: a header row
("Werkproces | Competenties") that repeats on every page or stands only on the first, then a
row per werkproces whose cells hold what their column's header names. The cells carry no
labels of their own: the competencies stand one per line without a marker, the werkproces
cell opens with its id and title without "Beschrijving werkproces". Read by the header, such a
row becomes the text a BCP prints: the werkproces's id and title after "Beschrijving
werkproces:", its description, the lists of the other cells under their label ("Competenties:",
"Kennis van:", ...) with a marker per item, then the rest of the werkproces cell.
"""

import re

from bcp_analysis.readers.hyphenation import join_lines

__all__ = ["header_names", "TableColumns"]

# What a column header names, and the label its cells are read under (None: the werkproces itself).
_HEADERS = {
    "werkproces": None, "werkprocessen": None, "beschrijving": None, "beschrijving werkproces": None,
    "competenties": "Competenties:", "competentie": "Competenties:", "kennis": "Kennis van:",
    "kennis van": "Kennis van:", "vaardigheden": "Vaardigheden:", "resultaat": "Resultaat:",
    "resultaten": "Resultaat:",
}
_WERKPROCES = re.compile(r"^\d+\.\d+\s+[A-Z(]")
_SECTION = re.compile(r"^(?:Resultaat|Resultaten|Kennis|Vaardigheden|Vakkennis|Toelichting)\b", re.IGNORECASE)
_MARKED = re.compile(r"^[-–—*•·●▪■◦►➢✓»«+]\s")


def header_names(cells):
    """The column names of a header row: every cell one short line the header vocabulary knows, else None.

    Parameters
    ----------
    cells : list of list of tuple
        Per cell (left to right), its pieces (text, x0, top, heading).

    Returns
    -------
    list of str or None
    """
    if len(cells) < 2 or any(len(pieces) != 1 for pieces in cells):
        return None
    names = [pieces[0][0].strip().rstrip(":").casefold() for pieces in cells]
    if not all(name in _HEADERS for name in names) or not any(_HEADERS[name] for name in names):
        return None
    return names


class TableColumns:
    """The columns of the last header row (kept from page to page), and rows read by them."""

    def __init__(self):
        self.columns = []   # (x0 of the column, header name)

    def set(self, cells, names):
        self.columns = [(min(piece[1] for piece in pieces), name) for pieces, name in zip(cells, names)]

    def _name(self, pieces):
        x0 = min(piece[1] for piece in pieces)
        return min(self.columns, key=lambda column: abs(column[0] - x0))[1]

    def arrange(self, cells):
        """The pieces of a row of cells in the order a BCP prints them, or None when no header applies."""
        if not self.columns or len(cells) < 2 or len(cells) > len(self.columns):
            return None
        named = [(self._name(pieces), pieces) for pieces in cells if pieces]
        werkproces = [pieces for name, pieces in named if _HEADERS[name] is None]
        lists = [(name, pieces) for name, pieces in named if _HEADERS[name] is not None]
        if len(werkproces) != 1 or not lists:
            return None
        own = list(werkproces[0])
        text, x0, top, _ = own[0]
        if not _WERKPROCES.match(text):
            return None
        own[0] = (f"Beschrijving werkproces: {text}", x0, top, True)
        cut = next((index for index, piece in enumerate(own) if _SECTION.match(piece[0])), len(own))
        listed = [piece for name, pieces in lists for piece in _as_list(_HEADERS[name], pieces)]
        return own[:cut] + listed + own[cut:]


def _as_list(label, pieces):
    """A cell of a list column: its label, then an item per line (a line in lower case goes on the item)."""
    x0, top = pieces[0][1], pieces[0][2]
    found = [(label, x0, top, True)]
    if _HEADERS.get(pieces[0][0].strip().rstrip(":").casefold()) == label:
        pieces = pieces[1:]   # the cell names its list itself ("Competenties:")
    for text, piece_x0, piece_top, _ in pieces:
        if len(found) > 1 and text[:1].islower():
            last = found[-1]
            found[-1] = (join_lines(last[0], text), last[1], last[2], False)
            continue
        found.append((text if _MARKED.match(text) else f"- {text}", piece_x0, piece_top, False))
    return found


# --- a colofon in two columns: each label with its value ------------------------------------

_COLOFON_LABEL = re.compile(r"^(?:Ontwikkeld door|In opdracht van|Geaccordeerd door|Vastgesteld door)\s*:?$",
                            re.IGNORECASE)


def colofon_pairs(rows):
    """A colofon set as labels left and values right: (first row, row after it, one "label: value" per pair).

    The values are the paragraphs of the right column (a gap wider than a line between them);
    the i-th label takes the i-th value where their numbers agree, else each value goes to the
    last label at or above its first line. None when the page has no such colofon.

    Parameters
    ----------
    rows : list of bcp_analysis.readers.pdf_rows.Row

    Returns
    -------
    tuple of (int, int, list of str) or None
    """
    start = next((index for index, row in enumerate(rows) if len(row.segments) >= 2
                  and _COLOFON_LABEL.match(row.segments[0].text)), None)
    if start is None:
        return None
    label_x, value_x = rows[start].segments[0].x0, rows[start].segments[1].x0
    labels, values, stop = [], [], start
    for stop in range(start, len(rows) + 1):
        if stop == len(rows):
            break
        row = rows[stop]
        fits = all((abs(segment.x0 - label_x) <= 2.0 and _COLOFON_LABEL.match(segment.text))
                   or segment.x0 >= value_x - 2.0 for segment in row.segments)
        if not fits:
            break
        for segment in row.segments:
            (values if segment.x0 >= value_x - 2.0 else labels).append((row.top, segment.text))
    if len(labels) < 2 or not values:
        return None
    return start, stop, _paired(labels, _paragraphs(values))


def _paragraphs(values):
    """(top, text) lines grouped into paragraphs where the gap between them is wider than a line."""
    steps = [second[0] - first[0] for first, second in zip(values, values[1:]) if second[0] > first[0]]
    line = min(steps) if steps else 0.0
    paragraphs = []
    for number, (top, text) in enumerate(values):
        if paragraphs and top - values[number - 1][0] <= 1.4 * line:
            paragraphs[-1] = (paragraphs[-1][0], join_lines(paragraphs[-1][1], text))
        else:
            paragraphs.append((top, text))
    return paragraphs


def _paired(labels, paragraphs):
    if len(labels) == len(paragraphs):
        pairs = [(label, value) for (_, label), (_, value) in zip(labels, paragraphs)]
    else:
        pairs = []
        for top, value in paragraphs:
            owner = [label for label_top, label in labels if label_top <= top + 2.0]
            pairs.append((owner[-1] if owner else labels[0][1], value))
    return [f"{label.rstrip(':').strip()}: {value}" for label, value in pairs]
