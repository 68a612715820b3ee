"""The header of a matrix: which line heads one, its columns and their bounds, and what its cells print.

A helper of :mod:`bcp_analysis.readers.programme_matrix`. A matrix's header is a line whose
cells are codes (``Onderdeel | B1-K1-W1 | W2 | B1-K2-W1``, short codes under a row of kerntaken,
a kerntaak in the corner or a heading) or, transposed, a corner ``Werkproces`` (``Kerntaak |
Werkproces``) with the names of onderdelen beside it. In a PDF a header cell may run over
further lines: a code broken in a narrow column (``B1-K1-`` / ``W1``), the werkproces's title
under its code, an onderdeel's name over two lines; those lines are the header's *band*
(:func:`header_band`), not rows. A column's bounds are its cell's drawn vertical rules where the
page has them (:func:`ruled`), else the extent of its header text.
"""

from __future__ import annotations

import collections
import dataclasses
import re

from bcp_analysis.readers.programme_codes import find_codes
from bcp_analysis.readers.programme_layout import header_field

__all__: list[str] = []

SHORT = re.compile(r"^[Ww]\s?(\d{1,2})$")
# the first header cell of a transposed matrix, the kerntaak column before it, and the title column beside it
_WERKPROCES_CORNER = re.compile(r"^(?:kerntaak\s*/\s*)?(?:werkproces(?:sen)?|wp)\b", re.IGNORECASE)
_KERNTAAK_CORNER = re.compile(r"^kerntaa?k(?:en)?$", re.IGNORECASE)
_TITLE_CORNER = re.compile(r"^(?:titel|omschrijving|naam|beschrijving|werkproces)\b", re.IGNORECASE)
EXTRA_FIELDS = {"vorm", "duur", "plaats", "weging", "periode", "soort", "code", "niveau"}
TOLERANCE = 4.0
_BAND_LINES = 8


# a piece of a line: where it starts and ends (a PDF's points, a markdown table's column), its text
Cell = collections.namedtuple("Cell", "x0 x1 text")


@dataclasses.dataclass
class Column:
    """A column: its header's extent, its kind (name, titel, kerntaak, field, code, onderdeel) and key (field, code,
    name); ``left`` and ``right`` the drawn rules of its cell (None without rules)."""

    x0: float
    x1: float
    kind: str
    key: str = ""
    pagina: int | None = None
    regel: int | None = None
    left: float | None = None
    right: float | None = None


def line_cells(line):
    """The cells of a line: a markdown row's cells by their pipes (x = the column's number), a PDF line's pieces
    with their extent; None for a text's line of any other kind (its columns are not known).

    >>> from bcp_analysis.readers.programme_layout import Line
    >>> [(cell.x0, cell.text) for cell in line_cells(Line(None, 1, "| | B1-K1-W1 | x |"))]
    [(1, 'B1-K1-W1'), (2, 'x')]
    >>> line_cells(Line(None, 1, "Onderdeel  B1-K1-W1")) is None
    True
    """
    text = line.text.strip()
    if len(text) >= 2 and text[0] == "|" and text[-1] == "|":
        return [Cell(index, index + 0.5, part.strip()) for index, part in enumerate(text[1:-1].split("|"))
                if part.strip()]
    if not line.spans:
        return None
    return [Cell(x0, x1, piece) for (x0, piece), (_, x1) in zip(line.cells, line.spans) if piece.strip()]


def is_markdown(line):
    return line.text.strip().startswith("|")


def one_code(text):
    """The code a cell is, where it is one code and nothing else (a read one, no range): a CodeHit, else None."""
    hits = find_codes(text.strip())
    if len(hits) != 1 or hits[0].problem or hits[0].start != 0 or hits[0].end != len(text.strip()):
        return None
    return hits[0]


def starting_code(text, kerntaak):
    """The code a cell starts with (a short ``W1`` under the kerntaak of the rows above) and the text after it."""
    hits = [hit for hit in find_codes(text.strip(), kerntaak=kerntaak or None) if not hit.problem]
    if not hits or hits[0].start != 0 or sum(hit.start == 0 for hit in hits) > 1:
        return None, ""
    return hits[0], text.strip()[hits[0].end:].strip(" \t-–:,.")


def corner_like(text):
    """Whether a header cell can be a matrix's corner: a few words, no number, or a name's header word."""
    field = header_field(text)
    if field in ("onderdeel", "module"):
        return True
    return field is None and len(text.split()) <= 3 and not re.search(r"\d", text)


# --- a header whose codes head the columns ------------------------------------------------------

def code_columns(cells, above_kerntaken, heading_kerntaak):
    """The columns of a header whose cells are codes, None when the cells are no such header, "kerntaak" when short
    codes have no kerntaak.

    A short code after a full one is of the full one's kerntaak (``B1-K1-W1 | W2 | W3``); a header
    of short codes only takes its kerntaken from ``above_kerntaken`` ([(cell, hit)] of the
    kerntaken on the line above) or ``heading_kerntaak`` (a heading before the table, or the corner).
    """
    columns, shorts, kerntaak = [], [], None
    for number, cell in enumerate(cells):
        hit = one_code(cell.text)
        short = SHORT.match(cell.text.strip())
        if hit is not None and hit.werkproces_id:
            columns.append(Column(cell.x0, cell.x1, "code", hit.werkproces_id))
            kerntaak = hit.kerntaak_id
        elif short and kerntaak:
            columns.append(Column(cell.x0, cell.x1, "code", f"{kerntaak}-W{int(short.group(1))}"))
        elif short:
            shorts.append(len(columns))
            columns.append(Column(cell.x0, cell.x1, "code", f"W{int(short.group(1))}"))
        elif number == 0 and (hit is not None or corner_like(cell.text)):
            columns.append(Column(cell.x0, cell.x1, "name", header_field(cell.text) or "onderdeel"))
            heading_kerntaak = hit.kerntaak_id if hit is not None else heading_kerntaak
        elif header_field(cell.text) in EXTRA_FIELDS:
            columns.append(Column(cell.x0, cell.x1, "field", header_field(cell.text)))
        else:
            return None
    codes = [column for column in columns if column.kind == "code"]
    if len(codes) < 2 or (shorts and len(shorts) != len(codes)):
        return None   # fewer than two codes, or short codes without a kerntaak before full ones
    if shorts and not _place_shorts([columns[index] for index in shorts], above_kerntaken, heading_kerntaak):
        return "kerntaak"
    return columns


def _place_shorts(columns, above, heading):
    """Give short codes (W1, W2, W1, ...) their kerntaak: from the row of kerntaken above them (a new kerntaak where
    the number starts again), else from the corner or a heading; False where that cannot be told."""
    groups = [[columns[0]]]
    for column in columns[1:]:
        if int(column.key[1:]) <= int(groups[-1][-1].key[1:]):
            groups.append([])
        groups[-1].append(column)
    if above:
        if len(above) != len(groups):
            return False
        for group, (cell, _) in zip(groups, above):
            if cell.x1 < group[0].x0 - TOLERANCE or cell.x0 > group[-1].x1 + TOLERANCE:
                return False   # the kerntaak stands over other columns than these
        kerntaken = [hit.kerntaak_id for _, hit in above]
    elif heading and len(groups) == 1:
        kerntaken = [heading]
    else:
        return False
    for group, kerntaak in zip(groups, kerntaken):
        for column in group:
            column.key = f"{kerntaak}-{column.key}"
    return True


def kerntaak_row(cells):
    """[(cell, hit)] of a row of kerntaken above short codes (its other cells a corner or header words), or []."""
    found = []
    for number, cell in enumerate(cells):
        hit = one_code(cell.text)
        if hit is not None and not hit.werkproces_id:
            found.append((cell, hit))
        elif not (number == 0 and corner_like(cell.text)) and header_field(cell.text) not in EXTRA_FIELDS:
            return []
    return found


def with_above(columns, above_cells):
    """The header's columns with the header words of the row of kerntaken above it (Vorm, Weging set there), and its
    corner where the header has none."""
    taken = [(column.x0, column.x1) for column in columns]
    for number, cell in enumerate(above_cells):
        if any(cell.x0 <= x1 + TOLERANCE and cell.x1 >= x0 - TOLERANCE for x0, x1 in taken):
            continue
        field = header_field(cell.text)
        if field in EXTRA_FIELDS:
            columns.append(Column(cell.x0, cell.x1, "field", field))
        elif number == 0 and one_code(cell.text) is None and corner_like(cell.text):
            columns.append(Column(cell.x0, cell.x1, "name", field or "onderdeel"))
    return sorted(columns, key=lambda column: column.x0)


# --- a transposed header ------------------------------------------------------------------------

def _onderdeel_name(text):
    """Whether a header cell names an onderdeel ("PvB 1", "Module 2", "PvB B1-K1"), not a table's column (Vorm,
    Weging, Examen) nor a code."""
    hits = find_codes(text)
    if any(hit.werkproces_id or hit.problem for hit in hits) or len(text.split()) > 6 or hits and len(
            text.split()) < 2:
        return False
    field = header_field(text)
    return field is None or field in ("module", "onderdeel") and len(text.split()) > 1


def transposed_columns(cells):
    """The columns of a transposed matrix's header ([Kerntaak |] Werkproces | [Titel |] onderdelen ...), or None."""
    columns = []
    if len(cells) >= 4 and _KERNTAAK_CORNER.match(cells[0].text.strip()) and _WERKPROCES_CORNER.match(
            cells[1].text.strip()):
        columns.append(Column(cells[0].x0, cells[0].x1, "kerntaak", "kerntaak"))
        cells = cells[1:]
    corner = cells[0].text.strip()
    if len(cells) < 3 or not (_WERKPROCES_CORNER.match(corner) or corner.casefold() == "code"
                              and _TITLE_CORNER.match(cells[1].text.strip())):
        return None
    columns.append(Column(cells[0].x0, cells[0].x1, "name", "werkproces"))
    rest = cells[1:]
    if _TITLE_CORNER.match(rest[0].text.strip()):
        columns.append(Column(rest[0].x0, rest[0].x1, "titel"))
        rest = rest[1:]
    if len(rest) < 2 or not all(_onderdeel_name(cell.text) for cell in rest):
        return None
    return columns + [Column(cell.x0, cell.x1, "onderdeel", cell.text.strip()) for cell in rest]


# --- a header's cells over further lines, and its columns' rules -------------------------------------------

def closer(line, previous, rules=None):
    """Whether a PDF's line stands close below ``previous`` in one cell: the same page, no drawn rule between them
    across the line, and a gap of at most 0.4 of a line's height."""
    if not line.box or not previous.box or line.pagina != previous.pagina:
        return False
    top, bottom = previous.box
    horizontal = (rules or {}).get(line.pagina, ((), ()))[0]
    x0, x1 = min(line.spans)[0], max(x1 for _, x1 in line.spans)
    if any(bottom - 1.0 <= y <= line.box[0] + 1.0 and start < x1 and end > x0 for y, start, end in horizontal):
        return False
    return line.box[0] - bottom <= 0.4 * (bottom - top)


def header_band(entries, position, free, rules, mark):
    """The lines below a PDF's header line (at ``position``) that are the rest of its cells: each close below the one
    above (no drawn rule between them); on a page without horizontal rules, no mark among them (a row set close)."""
    band, previous = [], entries[position]
    ruled_page = bool(rules.get(previous.pagina, ((), ()))[0])
    for below in entries[position + 1:position + 1 + _BAND_LINES]:
        pieces = line_cells(below) if free(below) else None
        if not pieces or is_markdown(below) or not closer(below, previous, rules) or not ruled_page and any(
                mark(piece.text) for piece in pieces):
            break
        band.append(below)
        previous = below
    return band


def banded_cells(lines):
    """The header's cells over its lines: [(cell, [its further lines])], the pieces of the lines gathered by the
    columns they stand in (a cell set lower in its row, as a corner at the bottom, is one of them)."""
    pieces = sorted(((piece, number) for number, line in enumerate(lines) for piece in line_cells(line)),
                    key=lambda item: (item[0].x0, item[1]))
    clusters = []   # [x0, x1, [(number, text)]]
    for piece, number in pieces:
        if clusters and piece.x0 < clusters[-1][1] - 1.0:
            clusters[-1][1] = max(clusters[-1][1], piece.x1)
            clusters[-1][2].append((number, piece.text))
        else:
            clusters.append([piece.x0, piece.x1, [(number, piece.text)]])
    found = []
    for x0, x1, texts in clusters:
        texts = [text for _, text in sorted(texts, key=lambda item: item[0])]
        found.append((Cell(x0, x1, texts[0]), texts[1:]))
    return found


def code_cells(banded):
    """The header cells with a code broken over lines joined (``B1-K1-`` / ``W1``), and {cell index: the title under
    it}: the text below a code in its cell."""
    cells, titles = [], {}
    for index, (cell, further) in enumerate(banded):
        text, rest, used = cell.text, list(further), 0
        while used < min(2, len(rest)) and re.search(r"[-\u2010-\u2015]$", text + "".join(rest[:used])):
            used += 1   # B1-K1- / W1, or B1- / K1- / W1
        if used and one_code(text + "".join(rest[:used])) is not None:
            text, rest = text + "".join(rest[:used]), rest[used:]
        if rest and (one_code(text) is not None or SHORT.match(text.strip())):
            titles[index] = joined(rest)
        cells.append(Cell(cell.x0, cell.x1, text))
    return cells, titles


def joined(lines):
    """A cell's lines as one text: a code broken after its dash (``PvB B1-`` / ``K1``) joined as printed.

    >>> joined(["Proeve van", "bekwaamheid B1-", "K1"])
    'Proeve van bekwaamheid B1-K1'
    """
    text = ""
    for line in lines:
        glue = "" if re.search(r"\d[-\u2010-\u2015]$", text) and re.match(r"[A-Za-z]?\d", line) else " "
        text = f"{text}{glue}{line}" if text else line
    return text


def ruled(columns, line, rules):
    """Set each column's ``left`` and ``right`` to the vertical rules of its header cell, where drawn rules cross
    the header line; a column whose cell it shares with another keeps its header text's extent."""
    vertical = rules.get(line.pagina, ((), ()))[1] if line.box else ()
    if not vertical:
        return columns
    middle = sum(line.box) / 2
    xs = sorted(x for x, y0, y1 in vertical if y0 - 1.0 <= middle <= y1 + 1.0)
    bounds = []
    for column in columns:
        left = [x for x in xs if x <= column.x0 + 1.0]
        right = [x for x in xs if x >= column.x1 - 1.0]
        bounds.append((left[-1], right[0]) if left and right and column.x0 > float("-inf") else None)
    for column, bound in zip(columns, bounds):
        column.left, column.right = bound if bound and bounds.count(bound) == 1 else (None, None)
    return columns


def repeated(columns, cells):
    """The columns of a header repeated on a new page, at the places it stands there."""
    offset = len(columns) - len(cells)
    return [dataclasses.replace(column, x0=cell.x0, x1=cell.x1) if cell is not None else column
            for column, cell in zip(columns, [None] * offset + list(cells))]


def code_header_text(text):
    """Whether a line's text looks like a header of codes: two werkproces codes or more, at most two other words."""
    hits = [hit for hit in find_codes(text) if hit.werkproces_id and not hit.problem]
    if len(hits) < 2:
        return False
    for hit in sorted(hits, key=lambda hit: hit.start, reverse=True):
        text = text[:hit.start] + " " + text[hit.end:]
    return len(text.replace("|", " ").split()) <= 2
