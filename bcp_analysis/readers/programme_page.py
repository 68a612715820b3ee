"""The page of a programme's PDF before its tables are read: running headers and footers, cells' rules, the edge.

Helpers of :mod:`bcp_analysis.readers.programme_layout`, beside the profile reader's PDF
machinery (:func:`bcp_analysis.readers.pdf.running_rows` and :mod:`bcp_analysis.readers.pdf_rows`):

- :func:`running_margins`: the margin rows that recur on other pages whatever their height
  (portrait and landscape pages), or name their page;
- :func:`cut_at_rules`: a row's text cut where a drawn vertical rule stands between its words;
- :func:`on_page`: the words that run off the page's right edge left out, and noted;
- :func:`in_columns`: a row of a table cut into its columns' texts (:func:`column_labels`: the
  headers of two columns that hold one field);
- :func:`table_rules`: the rules that cross a table, and where a rule stops at a cell that spans
  rows (:func:`spanning_cells`, :func:`merged_name`), whether a row stands within them
  (:func:`within_rules`, :func:`rules_below`).
"""

from __future__ import annotations

import dataclasses
import re

__all__ = ["cut_at_rules", "running_margins", "on_page", "in_columns", "column_labels", "table_rules", "spanning_cells",
           "merged_name",
           "rules_below", "within_rules"]


def cut_at_rules(segments, vertical):
    """The segments cut where a drawn vertical rule stands between two of their words: a cell's text filled up to
    its rule runs on into the next cell's as one segment ("... bewaakt de WP 1.1 Verzamelt")."""
    found = []
    for segment in segments:
        middle = (segment.top + segment.bottom) / 2
        for x in sorted(x for x, y0, y1 in vertical if y0 - 1.0 <= middle <= y1 + 1.0
                        and segment.x0 + 2.0 < x < segment.x1 - 2.0):
            gap = next(((start, end, offset) for start, end, offset in segment.words
                        if end <= x + 1.5 and start >= x - 1.5), None)
            if gap is None:
                continue
            start, end, offset = gap
            index = segment.words.index(gap)
            found.append(dataclasses.replace(segment, x1=end, text=segment.text[:offset].rstrip(),
                                             words=segment.words[:index]))
            segment = dataclasses.replace(segment, x0=start, text=segment.text[offset:],
                                          words=tuple((s, e, o - offset) for s, e, o in segment.words[index + 1:]))
        found.append(segment)
    return found


_MARGIN = 0.09
_NAMED_PAGE = re.compile(r"^(?:pagina|blz\.?|page)\s+\d{1,3}\b|^\d{1,3}\s*(?:/|van)\s*\d{1,3}$", re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"^(?:pagina\s+)?\d{1,3}(?:\s*(?:/|van)\s*\d{1,3})?$", re.IGNORECASE)


def running_margins(rows_per_page, heights):
    """Per page, the indexes of the rows in its top or bottom margin that recur on other pages, page numbers aside.

    Beside :func:`bcp_analysis.readers.pdf.running_rows` (which asks the same height on every
    page): a document with portrait and landscape pages sets its footer at another height on
    each, so a margin row is matched by its words and its margin (top or bottom) alone.
    """
    def key(row, height):
        words = " ".join(segment.text for segment in row.segments if not _PAGE_NUMBER.match(segment.text))
        place = "top" if row.bottom <= _MARGIN * height else "bottom" if row.top >= (1 - _MARGIN) * height else None
        return place and (place, re.sub(r"\d+", "#", words.casefold()).strip())

    keys = [[(index, key(row, height)) for index, row in enumerate(rows)]
            for rows, height in zip(rows_per_page, heights)]
    counts = {}
    for page in keys:
        for found in {found for _, found in page if found}:
            counts[found] = counts.get(found, 0) + 1
    needed = max(2, -(-4 * len(rows_per_page) // 10))
    numbered = [{index for index, row in enumerate(rows) if any(_NAMED_PAGE.match(s.text) for s in row.segments)
                 or _numbered_foot(rows, index)} for rows in rows_per_page]
    # a margin row that recurs, holds only a page number, or names its page ("Examenplan ... Pagina 1", on a one-page
    # document too)
    return [{index for index, found in page if found and (counts[found] >= needed or not found[1] or index in named)}
            for page, named in zip(keys, numbered)]


def _numbered_foot(rows, index):
    """Whether a row is a page's foot that ends in its page number ("Examenplan      1"): the page's last row, set
    well apart from the row above it."""
    row = rows[index]
    if index != len(rows) - 1 or index == 0 or len(row.segments) < 2 or not _PAGE_NUMBER.match(row.segments[-1].text):
        return False
    return row.top - rows[index - 1].bottom > 3.0 * row.size


def on_page(segments, width, cut):
    """The segments with the words that run off the page's right edge left out; ``cut`` gets (top, bottom, text).

    A page printed from a web page cuts a wide table off at the edge: what stands beyond it is
    not visible, so it is not read (and never completed); the cut is noted with its line.
    """
    kept = []
    for segment in segments:
        if segment.x1 <= width + 0.5:
            kept.append(segment)
            continue
        cut.append((segment.top, segment.bottom, segment.text))
        ends = [offset for _, _, offset in segment.words] + [len(segment.text)]
        nexts = [end for _, end, _ in segment.words] + [segment.x1]
        visible = [index for index in range(len(ends)) if nexts[index] <= width + 0.5]
        if visible:
            last = visible[-1]
            kept.append(dataclasses.replace(segment, x1=nexts[last], text=segment.text[:ends[last]].rstrip(),
                                            words=segment.words[:last]))
    return kept


def column_labels(header, columns):
    """{column index: its header's text} of the columns whose field another column has too ("Leerjaar" and
    "Periode" are both the periode)."""
    fields = [field for _, field in columns]
    labels = {}
    for index, (x, field) in enumerate(columns):
        heads = [segment for segment in header.segments if segment.x0 >= x - 1.0]
        if field and fields.count(field) > 1 and heads:
            labels[index] = min(heads, key=lambda segment: segment.x0).text
    return labels


def in_columns(segments, columns, labels=None):
    """The row's text per field ({field: [texts]}), or None when a piece of text runs across columns (prose).

    Where two columns have one field, a bare number is given its column's header ("Leerjaar 1,
    Periode 2"), and the columns' texts are joined with a comma.
    """
    edges = [x for x, _ in columns]
    cells = {}
    for segment in segments:
        for piece in _split(segment, edges):
            if piece is None:
                return None
            x0, text = piece
            column = max((i for i, x in enumerate(edges) if x <= x0 + 4.0), default=0)
            field = columns[column][1] or f"_{column}"
            cells.setdefault(field, {}).setdefault(column, []).append(text)
    found = {}
    for field, texts in cells.items():
        parts = {column: " ".join(pieces) for column, pieces in texts.items()}
        if labels and any(column in labels and re.fullmatch(r"\d{1,2}", text) for column, text in parts.items()):
            found[field] = [", ".join(f"{labels[column]} {text}" if column in labels and re.fullmatch(r"\d{1,2}", text)
                                      else text for column, text in parts.items())]
        else:
            found[field] = [" ".join(parts.values())]
    return found


def band_fields(lines, bounds, columns):
    """The fields the lines filled between the two rules of a ruled table the first of ``lines`` stands between."""
    def region(row):
        return sum(1 for y in bounds if y < (row.top + row.bottom) / 2)

    fields = set()
    for _, row in lines:
        cells = in_columns(row.segments, columns)
        if cells is None or region(row) != region(lines[0][1]):
            break
        fields |= set(cells)
    return fields


def _split(segment, edges):
    """The segment cut where a column starts inside it: [(x0, text)]; None for text that runs over an edge."""
    inside = [x for x in edges if segment.x0 + 4.0 < x < segment.x1 - 1.0]
    if not inside:
        return [(segment.x0, segment.text)]
    starts = [(segment.x0, 0, segment.x0)] + [(start, offset, end) for start, end, offset in segment.words]
    pieces = []
    cut_offsets = [0]
    cut_x = [segment.x0]
    for edge in inside:
        found = next(((start, offset) for start, offset, end in starts[1:]
                      if start >= edge - 8.0 and end <= edge + 2.0), None)
        if found is None:
            return [None]
        cut_x.append(found[0])
        cut_offsets.append(found[1])
    cut_offsets.append(len(segment.text))
    for x0, start, end in zip(cut_x, cut_offsets, cut_offsets[1:]):
        text = segment.text[start:end].strip()
        if text:
            pieces.append((x0, text))
    return pieces


# --- the rules that cross a table ---------------------------------------------------------------------

def table_rules(horizontal, left, right):
    """The y of the rules that cross most of a table's width, or run from its right or left edge across half of it
    (the rule under a row beside a cell that spans two rows, "B1-K1" set once for two exams); a rule broken off
    around such a cell in the middle counts with its pieces together.

    >>> table_rules([(100.0, 50.0, 450.0), (137.0, 50.0, 300.0), (137.0, 390.0, 450.0), (150.0, 200.0, 260.0)],
    ...             50.0, 450.0)
    [100.0, 137.0]
    """
    width = max(right - left, 1.0)
    pieces = {}
    for y, x0, x1 in horizontal:
        if min(x1, right) > max(x0, left - 10.0):
            pieces.setdefault(round(y, 1), []).append((max(x0, left - 10.0), min(x1, right), x0, x1))
    found = []
    for y, at in pieces.items():
        covered, reached = 0.0, float("-inf")
        for start, end, _, _ in sorted(at):   # the union of the pieces: a rule drawn twice counts once
            covered += max(0.0, end - max(start, reached))
            reached = max(reached, end)
        edge = any(abs(x1 - right) <= 3.0 and x0 > left for _, _, x0, x1 in at) or any(
            abs(x0 - left) <= 3.0 for _, _, x0, _ in at)
        if covered >= 0.8 * width or (edge and covered >= 0.5 * width):
            found.append(y)
    return sorted(found)


def spanning_cells(horizontal, bounds, here, columns, spans, records, right):
    """{field: record} of the cells that span down over the row that starts at the band ``here``: the rule above
    the band leaves their column out (it starts right of it, stops left of it, or breaks off around it: "B1-K1 Voert
    commerciële" / "activiteiten uit", one cell set in the middle of two rows), so their text below the rule is the
    rest of the cell above, and the cell is each spanned row's (its kerntaak, its vorm). ``right``: the table's
    right edge.

    >>> columns = [(50.0, "kerntaken"), (170.0, "onderdeel"), (270.0, "vorm")]
    >>> spanning_cells([(145.0, 170.0, 400.0)], [119.0, 145.0], 2, columns, {}, ["row 1", "row 2"], 400.0)
    {'kerntaken': 'row 1'}
    """
    if len(records) < 2 or not 1 <= here <= len(bounds):
        return {}
    pieces = [(x0, x1) for y, x0, x1 in horizontal if abs(round(y, 1) - bounds[here - 1]) <= 0.2]
    if not pieces:
        return {}
    found = {}
    edges = [x for x, _ in columns[1:]] + [right]
    for number, ((x, field), end) in enumerate(zip(columns, edges)):
        middle = (x + end) / 2
        if not any(x0 - 1.0 <= middle <= x1 + 1.0 for x0, x1 in pieces):
            key = field or f"_{number}"
            found[key] = spans.get(key, records[-2])
    return found


def merged_name(horizontal, bounds, here, columns):
    """Whether the rule above the band ``here`` starts right of the column of the onderdeel's name: the name's cell
    is merged down over this band (one exam, a row per werkproces)."""
    names = [x for x, field in columns if field in ("onderdeel", "module")]
    if not names or not 1 <= here <= len(bounds):
        return False
    starts = [x0 for y, x0, _ in horizontal if abs(round(y, 1) - bounds[here - 1]) <= 0.2]
    return bool(starts) and min(starts) > names[0] + 6.0


def rules_below(bounds, row, vertical, left, header_rule):
    """The table's rules from ``row`` down; None where the table has rules and the row stands below the last of
    them, outside its left rule."""
    below = [y for y in bounds if y >= row.top - 1.0]
    if bounds and not below and not within_rules(row, vertical, left, bounds, header_rule):
        return None
    return below


def _beside_left_rule(row, vertical, left):
    """Whether a vertical rule at the table's left edge runs beside the row (the row stands in the table)."""
    middle = (row.top + row.bottom) / 2
    return any(abs(x - left) <= 12.0 and y0 - 1.0 <= middle <= y1 + 1.0 for x, y0, y1 in vertical)


def within_rules(row, vertical, left, bounds, header_rule=None):
    """Whether the row stands in a table with rules: beside its left rule; in a table ruled only across (a line
    under each row, a coloured fill behind the header, no rule down its side), between two of its rules, where no
    rule runs down the left edge beside it nor beside the row above (unless that is the header: its fill)."""
    if _beside_left_rule(row, vertical, left):
        return True
    middle = (row.top + row.bottom) / 2
    above = [y for y in bounds if y < middle]
    below = [y for y in bounds if y > middle]
    if not above or not below:
        return False

    def ruled(top, bottom):
        return any(abs(x - left) <= 12.0 and min(y1, bottom) - max(y0, top) > 2.0 for x, y0, y1 in vertical)

    if ruled(above[-1], below[0]):
        return False
    return len(above) < 2 or above[-1] == header_rule or not ruled(above[-2], above[-1])


def header_above(body, position, bounds, row):
    """The header's lines above its row of terms, below the rule over the header: a taller cell's text set in the
    middle starts above the others ("Getoetste" / "werkprocessen" beside one-line cells)."""
    over = [y for y in bounds if y < row.top + 1.0]
    if not over:
        return []
    found = []
    for index, prev_row in reversed(body[:position]):
        if prev_row.top < over[-1] - 1.0:
            break
        found.insert(0, (index, prev_row))
    return found
