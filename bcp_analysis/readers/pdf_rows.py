"""The rows of a PDF page: its segments grouped by line, cut at a table's column edge, wrapped headings joined,
and the running headers and footers of the pages (``running_rows``).

A row is the segments of one line, left to right (``rows``). Cells of a table set close
together are cut apart where a column's left edge runs (``split_at_columns``); a heading
wrapped onto the next line in the same font is one row (``whole_headings``); the segments
inside drawn cells are grouped per band of cells beside each other (``in_cells``).
"""

import collections
import dataclasses
import itertools
import math
import re

from bcp_analysis.readers.hyphenation import TYPESET_HYPHENS, join_lines
from bcp_analysis.readers.pdf_page import Segment

__all__: list[str] = []  # nothing of it is used outside its layer

# Rows whose baselines differ by less than this share of the font size are one row.
_ROW_TOLERANCE = 0.45
# Segments of one row closer than this many font sizes are one piece of text.
_JOIN_GAP = 0.8


# A line that opens a heading whose wrapped rest may follow on the next line, in the same font.
_WRAPPING_HEADING = re.compile(r"^(?:(?:\d+(?:\.\d+)*\s+)?Kerntaak\s+\d+\b|\d+\.\d+\s+\S)")
# A werkproces's id at the start of a segment (the words of a justified heading may stand apart).
_ID_START = re.compile(r"^\d+\.\d+(?:\s|$)")
# The rest of a wrapped heading: it starts in lower case or with a bracket, or the line above ends in a hyphen.
_HEADING_REST = re.compile(r"^[a-z(]")
# A line that starts a part of its own, never the rest of a heading above it.
_OWN_PART = re.compile(
    r"^(?:(?:\d+(?:\.\d+)*\s+)?Kerntaak\b|\d+(?:\.\d+)?\s+[A-Z(]|Beschrijving\b|Competenties\b|Resultaat"
    r"|Kennis\b|Vaardigheden\b|Vakkennis\b|Toelichting\b|Werkprocessen\b|[-–—*•·●▪■◦►➢✓»«+]\s)", re.IGNORECASE)
# A heading is set larger than the page's body text by at least this factor, or bold.
HEADING_SIZE = 1.15
# Running headers and footers stand in this share of the page's height at its top or bottom.
_MARGIN_SHARE = 0.09
_PAGE_NUMBER = re.compile(r"^(?:pagina\s+)?\d{1,3}(?:\s*(?:/|van)\s*\d{1,3})?$", re.IGNORECASE)


@dataclasses.dataclass
class Row:
    top: float
    bottom: float
    segments: list

    @property
    def text(self):
        return " ".join(segment.text for segment in self.segments)

    @property
    def size(self):
        return max(self.bottom - self.top, 1.0)

    @property
    def font_size(self):
        return max(segment.size for segment in self.segments)

    @property
    def bold(self):
        return all(segment.bold for segment in self.segments)


def rows(segments):
    """Segments grouped into rows by their vertical position, each row's segments left to right."""
    rows = []
    for segment in sorted(segments, key=lambda segment: (round(segment.bottom, 1), segment.x0)):
        size = segment.bottom - segment.top
        if rows and abs(rows[-1].bottom - segment.bottom) <= _ROW_TOLERANCE * max(size, rows[-1].size):
            rows[-1].segments.append(segment)
            rows[-1].top = min(rows[-1].top, segment.top)
        else:
            rows.append(Row(segment.top, segment.bottom, [segment]))
    for row in rows:
        row.segments = _joined(sorted(row.segments, key=lambda segment: segment.x0), row.size)
    return rows


def split_at_columns(rows):
    """Rows with a segment cut where a word starts at the left edge of a column (a table's cell, set close).

    A column's left edge is an x where a segment that is not the first of its row starts, in
    at least three rows. A gap over such an edge is cut too, before the word after it (a list
    item's text indented after its marker in the right column, beside the left column's last
    word: "c.q. -" | "Onderzoeken").
    """
    starts = collections.Counter(round(segment.x0) for row in rows for segment in row.segments[1:])
    edges = [x for x, count in starts.items() if count >= 3]
    if not edges:
        return rows
    for row in rows:
        pieces = []
        for segment in row.segments:
            while True:
                cut = next((found for x in edges if (found := segment.split_at(x)) is not None), None)
                if cut is None:   # a gap over a column's edge: the word after it is indented in that column
                    cut = next((found for start, end, _ in segment.words
                                if any(end < x - 2 < x + 2 <= start for x in edges)
                                and (found := segment.split_at(start)) is not None), None)
                if cut is None:
                    break
                pieces.append(cut[0])
                segment = cut[1]
            pieces.append(segment)
        row.segments = pieces
    return rows


def _joined(segments, size):
    """Join segments of a row that stand closer than a word gap."""
    joined = [segments[0]]
    for segment in segments[1:]:
        last = joined[-1]
        if segment.x0 - last.x1 < _JOIN_GAP * size:
            joined[-1] = Segment(last.x0, max(last.x1, segment.x1), min(last.top, segment.top),
                                  max(last.bottom, segment.bottom), f"{last.text} {segment.text}",
                                  max(last.size, segment.size), last.bold and segment.bold,
                                  last.words + ((segment.x0, last.x1, len(last.text) + 1),)
                                  + tuple((x, end, offset + len(last.text) + 1) for x, end, offset in segment.words))
        else:
            joined.append(segment)
    return joined


def in_cells(segments, cells):
    """Split a page's segments into those outside every cell and the bands of cells with their rows.

    A band is a run of cells whose vertical ranges overlap (the cells of one table row, or two
    framed columns side by side): (top, [rows of each cell, cells left to right]).
    """
    if not cells:
        return segments, []
    inside = {id(cell): [] for cell in cells}
    free = []
    for segment in segments:
        cell = next((cell for cell in cells if cell.holds(segment)), None)
        if cell is None:
            free.append(segment)
        else:
            inside[id(cell)].append(segment)
    filled = sorted((cell for cell in cells if inside[id(cell)]), key=lambda cell: (cell.top, cell.x0))
    bands = []
    for cell in filled:
        if bands and cell.top < bands[-1][1] - 2.0:
            bands[-1][1] = max(bands[-1][1], cell.bottom)
            bands[-1][2].append(cell)
        else:
            bands.append([cell.top, cell.bottom, [cell]])
    return free, [(top, [rows(inside[id(cell)]) for cell in sorted(members, key=lambda cell: cell.x0)])
                  for top, _, members in bands]


def body_size(segments):
    """The font size most of a page's characters are set in."""
    sizes = collections.Counter()
    for segment in segments:
        sizes[round(segment.size, 1)] += len(segment.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def whole_headings(rows, body_size):
    """Rows with a heading wrapped onto the next row joined into one: in its column, beside other text too.

    A segment of the next row continues a heading segment of the row before when it is set in
    the same heading font (bold, or larger than the body), starts at the heading's left edge,
    follows at a line's distance, starts in lower case (or the heading ends in a hyphen) and
    does not start a part of its own.
    """
    joined = []
    heads = []   # [row it stands in, heading segment, top of its last line]: headings that may go on
    for row in rows:
        _justified_heading(row, body_size)
        for second in list(row.segments):
            head = next((head for head in heads if second in row.segments
                         and _continues_heading(head[1], second, body_size)
                         and 0 < row.top - head[2] <= 1.8 * second.size), None)
            if head is None:
                continue
            first = head[1]
            rest = _justified_rest(row, first, second, body_size)
            text = " ".join(segment.text for segment in [second, *rest])
            merged = Segment(first.x0, max(first.x1, second.x1, *(other.x1 for other in rest)), first.top,
                             second.bottom, join_lines(first.text, text), first.size, first.bold)
            head[0].segments[head[0].segments.index(first)] = merged
            head[0].bottom = max(head[0].bottom, row.bottom)
            head[1], head[2] = merged, row.top
            for segment in [second, *rest]:
                row.segments.remove(segment)
        heads = [head for head in heads if row.top - head[2] <= 1.8 * head[1].size]
        if row.segments:
            heads += [[row, segment, row.top] for segment in row.segments if _WRAPPING_HEADING.match(segment.text)
                      and _segment_style(segment, body_size) is not None]
            joined.append(row)
    return joined


def _justified_rest(row, first, second, body_size):
    """The segments after ``second`` in its row that go on its line of the heading ``first``: a justified line's
    words stand apart, in the heading's font, up to the heading's right edge."""
    edge = max(first.x1, second.x1) + 2.0
    style = _segment_style(second, body_size)
    return list(itertools.takewhile(lambda other: _segment_style(other, body_size) == style and other.x1 <= edge,
                                    row.segments[row.segments.index(second) + 1:]))


def _justified_heading(row, body_size):
    """A heading line set justified, its words apart by wide gaps ("2.5" "Werkt" "samen" "met" "de"), as one segment:
    a werkproces's id alone, and the segments after it in its row in the same heading font."""
    for index, first in enumerate(row.segments):
        style = _segment_style(first, body_size)
        if style is None or not _ID_START.match(first.text):
            continue
        stop = index + 1
        while stop < len(row.segments) and _segment_style(row.segments[stop], body_size) == style:
            stop += 1
        if stop > index + 1:
            run = row.segments[index:stop]
            row.segments[index:stop] = [Segment(first.x0, max(segment.x1 for segment in run), first.top,
                                                max(segment.bottom for segment in run),
                                                " ".join(segment.text for segment in run), first.size, first.bold)]
        return


def _continues_heading(first, second, body_size):
    style = _segment_style(second, body_size)
    return (style is not None and _segment_style(first, body_size) == style and _WRAPPING_HEADING.match(first.text)
            and not first.text.endswith(":") and not _OWN_PART.match(second.text)
            and (_HEADING_REST.match(second.text) or first.text.endswith(("-", ",", *TYPESET_HYPHENS)))
            and abs(second.x0 - first.x0) <= 2.0)


def _segment_style(segment, body_size):
    """(font size, bold) of a segment set as a heading, else None."""
    if segment.bold or segment.size >= HEADING_SIZE * body_size:
        return round(segment.size), segment.bold
    return None


def _shape(text):
    return re.sub(r"\d+", "#", text.casefold()).strip()


def running_rows(rows_per_page, heights):
    """Per page, {row index: kinds of its segments} of its running headers, footers and page numbers.

    A running line stands in the top or bottom margin at the same height, with the same
    words (numbers aside), on at least two pages and on at least 40 % of the pages; a
    margin line that holds only a page number ("12", "pagina 3 van 17") is one too.
    """
    def keys(row):
        words = " ".join(s.text for s in row.segments if not _PAGE_NUMBER.match(s.text))
        return {(_shape(row.text), round(row.top / 3)), (_shape(words), round(row.top / 3))} if words else set()

    margin_rows = []
    for rows, height in zip(rows_per_page, heights):
        band = _MARGIN_SHARE * height
        margin_rows.append([(index, row) for index, row in enumerate(rows)
                            if row.bottom <= band or row.top >= height - band])
    pages_with = collections.Counter()
    for rows in margin_rows:
        pages_with.update(set().union(*(keys(row) for _, row in rows)) if rows else set())
    needed = max(2, math.ceil(0.4 * len(rows_per_page)))
    found = []
    for rows, height in zip(margin_rows, heights):
        kinds = {}
        for index, row in rows:
            place = "kopregel" if row.bottom <= _MARGIN_SHARE * height else "voettekst"
            numbers = [_PAGE_NUMBER.match(segment.text) is not None for segment in row.segments]
            if all(numbers) or any(pages_with[key] >= needed for key in keys(row)):
                kinds[index] = ["paginanummer" if number else place for number in numbers]
        found.append(kinds)
    return found
