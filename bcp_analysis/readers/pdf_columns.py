"""Where a PDF page sets its text in two columns: the gutter between them, and the runs of rows beside it.

A BCP prints a werkproces as a description left and its title and Competenties right; the
overview of chapter 2 as kerntaken left and werkprocessen right. The gutter is found from the
rows' gaps (:func:`gutter`), and a run of rows beside it is a column block when it reads as
text in two columns rather than a table (:func:`column_blocks`). The reading order of a page
(:mod:`bcp_analysis.readers.pdf`) unfolds each block, left column first.
"""

import collections
import re

__all__: list[str] = []  # nothing of it is used outside its layer

# A full-width heading of a werkproces's parts: it ends a block of two columns above it.
_SECTION_START = re.compile(
    r"^(?:Resultaat(?:en)?|Kennis(?:\s+van)?|Vaardigheden|Vakkennis\b.*|Beschrijving\s+werkproces\b.*"
    r"|Kerntaak\s+\d+\b.*)\s*:?$", re.IGNORECASE)
_COMPETENTIES = re.compile(r"^Competenties\s*:?$", re.IGNORECASE)
# How far (in points) right of a column's edge the lines of a list item indented under its marker start.
_INDENT = 30.0
_LISTED_WERKPROCES = re.compile(r"^\d+\.\d+\s+[A-Z(]")
_KERNTAAK_CELL = re.compile(r"^Kerntaak\s+\d+\b")


def gutter(rows):
    """The x where a page's rows split into two columns, or None.

    The gutter is the x covered by the gap between two segments in the most rows (at least
    three), counting only gaps after which the right column starts: at the left edge shared
    by the most segments that are not the first of their row (a justified line's wide gaps
    are no gutter).
    """
    later = [segment for row in rows for segment in row.segments[1:]]
    near = collections.Counter(round(segment.x0 * 2) for segment in later)   # a column's edge is exact
    for x in list(near):
        ends = [segment.x1 for segment in later if round(segment.x0 * 2) == x]
        if max(ends) - min(ends) < 2.0:
            del near[x]  # the last words of justified lines: they end together, they do not start a column
    edge = _edge(near)
    if edge is None:
        return None
    votes = collections.Counter()
    for row in rows:
        for left, right in zip(row.segments, row.segments[1:]):
            indented = (left.x1 < edge / 2 < right.x0 <= edge / 2 + _INDENT
                        and (near[round(right.x0 * 2)] >= 2 or right is row.segments[-1]))
            if round(right.x0 * 2) != edge and not indented:
                # a wide gap of a justified line: the word after it starts anywhere (and words follow it); but the
                # lines of the right column indented under its markers ("• Omgaan met" / "verandering en") are
                # beside the gutter too
                continue
            gap = (left.x1, right.x0)
            for x in range(int(gap[0]) + 1, int(gap[1])):
                votes[x] += 1
    if not votes:
        return None
    best = max(votes.values())
    if best < 3:
        return None
    columns = sorted(x for x, count in votes.items() if count == best)
    return (columns[0] + columns[-1]) / 2


def _edge(near):
    """The left edge of the right column (in half points) from the starts of segments after the first of their row.

    The x shared by the most (at least three); a hanging indent under the right column's markers is no edge: the
    markers' x, up to 30 pt left of it, is. A short column whose lines start at its markers and at the indent under
    them, twice each (a heading and a label, a name wrapped under its marker), has its edge at the markers' x.
    """
    if not near:
        return None
    edge = max(near, key=lambda x: (near[x], x))
    if near[edge] >= 3:
        return min([x for x in near if near[x] >= 3 and edge - 60 <= x < edge], default=edge)
    pairs = [x for x in near if near[x] >= 2 and any(near[y] >= 2 for y in near if x < y <= x + 2 * _INDENT)]
    return min(pairs, default=None)


def crosses(row, gutter):
    return any(segment.x0 < gutter < segment.x1 for segment in row.segments)


def column_blocks(rows, gutter, continued=None):
    """{id(first row): rows} of every run of rows set in two columns around ``gutter``.

    With ``continued`` (``"beside"`` or ``"alone"``), the first run of the page holds the columns of the page
    before when its first row has text on both sides (the right column's rest beside the left column's next
    line; not a justified line, its gaps alike and wide); ``"alone"``: the gutter is the page before's, and
    no other run is a block.
    """
    blocks = {}
    run = []

    def close():
        if run and (continued != "alone" and _is_columns(run, gutter)
                    or continued and run[0] is rows[0] and _two_sides(run[:1], gutter) and _wide_at(run[0], gutter)):
            blocks[id(run[0])] = list(run)
        run.clear()

    previous = None
    for row in rows:
        leading = (row.top - previous.top) if previous is not None else 0.0
        starts_section = _SECTION_START.match(row.text) and run and any(
            s.x0 >= gutter for member in run for s in member.segments)
        if crosses(row, gutter) or starts_section or (run and leading > 2.5 * row.size * 1.3):
            close()
            if crosses(row, gutter):
                previous = row
                continue
        run.append(row)
        previous = row
    close()
    return blocks


def _two_sides(run, gutter):
    segments = [segment for row in run for segment in row.segments]
    return any(s.x1 <= gutter for s in segments) and any(s.x0 >= gutter for s in segments)


def _wide_at(row, gutter):
    """Whether the row's gap at the gutter is wider than its other gaps: a row of two columns, not a justified
    line whose wide gaps, alike, happen to span the gutter's x."""
    gaps = [(right.x0 - left.x1, left.x1 <= gutter <= right.x0) for left, right in zip(row.segments, row.segments[1:])]
    at = [width for width, spans in gaps if spans]
    others = [width for width, spans in gaps if not spans]
    return bool(at) and (not others or at[0] > 1.5 * max(others))


def _is_columns(run, gutter):
    """Whether a run of rows beside a gutter is text in two columns rather than a table."""
    right = [s for row in run for s in row.segments if s.x0 >= gutter]
    left = [s for row in run for s in row.segments if s.x1 <= gutter]
    if not right or not left:
        return False
    if any(_COMPETENTIES.match(s.text) for s in right):
        return True
    if any(_LISTED_WERKPROCES.match(s.text) for s in right) and any(_KERNTAAK_CELL.match(s.text) for s in left):
        # the overview of chapter 2 as a table without rules: a kerntaak beside its werkprocessen
        return True
    margin = min(s.x0 for s in left)
    widths = sorted(max(s.x1 for s in row.segments if s.x1 <= gutter)
                    - min(s.x0 for s in row.segments if s.x1 <= gutter)
                    for row in run if any(s.x1 <= gutter for s in row.segments))
    return len(widths) >= 3 and widths[len(widths) // 2] >= 0.7 * (gutter - margin)
