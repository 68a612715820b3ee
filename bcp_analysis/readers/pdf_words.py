"""A PDF's words per page in lines by their baseline: the audit's reading of a PDF, apart from the reader's.

pypdfium2's text page gives every text rectangle's words; they are put into lines by their
baseline, top to bottom, and a gap wider than two font sizes between words of one line, before a
word at a column's left edge (two columns side by side), is written " | ", as a copied text
writes a column edge; each part's left and right (``SourceLine.spans``) go with it. Lines are
numbered per page. The PDF reader (:mod:`bcp_analysis.readers.pdf`) reads the same file by
its fonts, rules and columns; the audit holds what that reading made against these lines.
"""

from __future__ import annotations

import itertools
import statistics
from pathlib import Path
from typing import TYPE_CHECKING

from bcp_analysis.errors import ProfileError
from bcp_analysis.readers.audit_source import AuditSource, SourceLine

if TYPE_CHECKING:  # names of the annotations only
    import os

__all__: list[str] = []  # nothing of it is used outside its layer

# Lines of a PDF: words whose baselines differ by less than this share of the font size.
_ROW_TOLERANCE = 0.45
# A gap between words of a line wider than this many font sizes is a column edge.
_COLUMN_GAP = 2.0


def pdf_source(path: str | os.PathLike) -> AuditSource:
    """A PDF as the audit reads it: its words per page, in lines by baseline, numbered per page.

    Parameters
    ----------
    path : str or os.PathLike

    Returns
    -------
    AuditSource
        Its ``lines``: ``pagina`` from 1; ``regel`` from 1 on each page, top to bottom; two
        columns side by side are one line, their parts joined by " | ". A row of the profile
        is compared by its ``pagina`` (the reader counts lines in its own reading order).

    Raises
    ------
    ProfileError
        For a file that is no readable PDF.
    """
    import pypdfium2 as pdfium

    path = Path(path)
    try:
        document = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, OSError) as exc:
        raise ProfileError(path, "bestand", f"de pdf kan niet worden gelezen voor de controle ({exc})",
                           "controleer of het bestand een pdf is") from None
    lines = []
    try:
        for index in range(len(document)):
            page = document[index]
            words = _page_words(page)
            for number, (text, spans) in enumerate(_word_lines(words), start=1):
                lines.append(SourceLine(number, text, pagina=index + 1, spans=spans))
    finally:
        document.close()
    return AuditSource(str(path), tuple(lines), rows_at="pagina")


def _page_words(page):
    """(x0, x1, top, bottom, word) of every word of a page, top-down coordinates."""
    height = page.get_height()
    textpage = page.get_textpage()
    words = []
    for rect in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(rect)
        text = textpage.get_text_bounded(left, bottom, right, top)
        text = text.replace("\x02", "-").replace("\ufffe", "-")
        parts = text.split()
        if not parts:
            continue
        width = (right - left) / max(len(text), 1)
        position = 0
        for part in parts:
            start = text.index(part, position)
            position = start + len(part)
            words.append((left + start * width, left + position * width, height - top, height - bottom, part))
    return words


def _word_lines(words):
    """The words grouped into lines by baseline, each line left to right: (text, spans).

    A gap wider than two font sizes is a column edge (written " | ") where it is the widest of
    its line by half again, or where it holds a column's left edge (an x where lines of the
    page start, met twice or more): a column's line beside another, also one indented under a
    list marker. A gap wider than one font size is one too where it is the widest of its line
    by half again over an edge met three times or more, or the widest by a fifth where the
    word after it starts at an edge (a table's narrow column beside the next, a justified
    line beside it); a gap wider than half a font size where it is the widest of its line by
    half again and the word after it starts at an edge met three times or more (a cell's
    justified line that ends close to the next column). The
    even wide gaps of justified text, inside one column, stay spaces.
    """
    rows = []
    for word in sorted(words, key=lambda item: (round(item[3], 1), item[0])):
        size = max(word[3] - word[2], 1.0)
        if rows and abs(rows[-1]["bottom"] - word[3]) <= _ROW_TOLERANCE * max(size, rows[-1]["size"]):
            rows[-1]["words"].append(word)
        else:
            rows.append({"bottom": word[3], "size": size, "words": [word]})
    for row in rows:   # a line's size is that of most of its words, not of its first (a marker, a heading)
        row["words"].sort(key=lambda item: item[0])
        row["size"] = statistics.median(max(word[3] - word[2], 1.0) for word in row["words"])
    starts = [row["words"][0][0] for row in rows]
    for row in rows:   # a column's line beside another: after the widest gap of its line by half again
        gaps = sorted(word[0] - before[1] for before, word in itertools.pairwise(row["words"]))
        starts += [word[0] for before, word in itertools.pairwise(row["words"])
                   if word[0] - before[1] > _COLUMN_GAP * row["size"]
                   and word[0] - before[1] > 1.5 * (gaps[-2] if len(gaps) > 1 else 0.0)]
    edges = _edges(starts)
    lines = []
    for row in rows:
        ordered = row["words"]
        text, spans, left = ordered[0][4], [], ordered[0][0]
        gaps = sorted(word[0] - before[1] for before, word in itertools.pairwise(ordered))
        for before, word in itertools.pairwise(ordered):
            gap = word[0] - before[1]
            others = list(gaps)
            others.remove(gap)
            widest = max(others, default=0.0)
            wider = gap > 1.5 * widest
            if ((gap > _COLUMN_GAP * row["size"] and (wider or _crosses(before[1], word[0], edges)))
                    or (gap > row["size"] and _crosses(before[1], word[0], edges, least=3) and wider)
                    or (gap > row["size"] and gap > 1.2 * widest and _starts_at(word[0], edges))
                    or (others and gap > row["size"] / 2 and wider and _starts_at(word[0], edges, least=3))):
                spans.append((left, before[1]))
                text, left = text + " | " + word[4], word[0]
            else:
                text += " " + word[4]
        spans.append((left, ordered[-1][1]))
        lines.append((text, tuple((round(x0, 1), round(x1, 1)) for x0, x1 in spans)))
    return lines


def _edges(starts):
    """{x: how many}: the x where two or more of ``starts`` stand (within 2 points of each other)."""
    edges, group = {}, []
    for x in sorted(starts) + [float("inf")]:
        if group and x - group[-1] > 2:
            if len(group) >= 2:
                edges[group[0]] = len(group)
            group = []
        group.append(x)
    return edges


def _starts_at(x, edges, least=2):
    """Whether ``x`` is a column's left edge met ``least`` times (within 1 point)."""
    return any(abs(x - edge) <= 1 for edge, count in edges.items() if count >= least)


def _crosses(left, right, edges, least=2):
    """Whether a gap from ``left`` to ``right`` holds a column's left edge met ``least`` times (within 2 points)."""
    return any(left < edge - 2 and edge - 2 <= right for edge, count in edges.items() if count >= least)
