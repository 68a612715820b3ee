"""The page of a programme's PDF before its tables are read: running headers and footers, cells' rules, the edge.

Helpers of :mod:`bcp_analysis.readers.programme_layout`, beside the profile reader's PDF
machinery (:func:`bcp_analysis.readers.pdf.running_rows` and :mod:`bcp_analysis.readers.pdf_rows`):

- :func:`running_margins`: the margin rows that recur on other pages whatever their height
  (portrait and landscape pages), or name their page;
- :func:`cut_at_rules`: a row's text cut where a drawn vertical rule stands between its words;
- :func:`on_page`: the words that run off the page's right edge left out, and noted.
"""

from __future__ import annotations

import dataclasses
import re

__all__ = ["cut_at_rules", "running_margins", "on_page"]


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
