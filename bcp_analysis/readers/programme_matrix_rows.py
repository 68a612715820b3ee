"""The rows of a matrix: its lines below the header, each piece placed in its column, and the marks in its cells.

A helper of :mod:`bcp_analysis.readers.programme_matrix`. A piece of a PDF's line belongs to
the column whose cell's drawn rules enclose it (a mark set left, right or centred in its cell);
without rules, to the column whose header it stands under, and a mark under no header is
reported as standing between two columns. A markdown row's cells are its columns by number. A
row starts where a line stands apart from the one above (a drawn rule between them, or a gap);
the lines of one cell stand close. A mark is ``x``, ``✓``, ``•``, ``v``, ``*``, ``ja``, a
number or a level's word; other text in a cell under a code is no mark.
"""

from __future__ import annotations

import re

from bcp_analysis.model.programme import NIVEAUS, ProgrammeNote
from bcp_analysis.readers.programme_codes import find_codes
from bcp_analysis.readers.programme_matrix_header import TOLERANCE, closer, is_markdown, line_cells, repeated, ruled

__all__: list[str] = []

MARK = re.compile(r"^(?:[xX✓✔✗•●v*√]|ja|Ja|JA|\d{1,3}(?:[.,]\d{1,2})?\s*%?|" + "|".join(NIVEAUS) + r")$")
_LEVEL = re.compile(r"^(?:\d{1,2}(?:[.,]\d)?|" + "|".join(NIVEAUS) + r")$")

STRAY = ("deze markering is aan geen kolom van de matrix toe te wijzen ({why}); er is geen werkproces bij "
         "gelezen: kijk in het document onder welk werkproces of onderdeel hij hoort")
_NO_MARK = ("deze cel van de matrix ({where}) bevat geen markering (x, ✓, ja of een getal) maar tekst; er is "
            "geen werkproces bij gelezen: kijk in het document wat ermee bedoeld is")


def _in_rules(cell, columns):
    """The column whose cell's rules enclose a piece, or None."""
    return next((column for column in columns if column.left is not None
                 and column.left - 1.0 <= cell.x0 and cell.x1 <= column.right + 1.0), None)


def _placed(cell, columns, markdown):
    """(column, problem) of a cell: the column it stands in and "" , or (None, why) where it stands between two
    columns; (None, None) for text that runs across columns (no row of the matrix)."""
    if markdown:
        found = [column for column in columns if column.x0 == cell.x0]
        if found:
            return found[0], ""
        return None, "staat buiten de kolommen van de tabel"
    enclosing = _in_rules(cell, columns)
    if enclosing is not None:
        return enclosing, ""
    if cell.x0 < columns[0].x0 - TOLERANCE:
        if columns[0].kind == "name" and cell.x1 <= columns[1].x0 + 2.0:
            return columns[0], ""
        return None, None
    number = max(index for index, column in enumerate(columns) if column.x0 - TOLERANCE <= cell.x0)
    column = columns[number]
    following = columns[number + 1] if number + 1 < len(columns) else None
    crosses = following is not None and cell.x1 > following.x0 + 2.0
    if column.kind in ("code", "onderdeel"):
        under = cell.x0 <= column.x1 + TOLERANCE and cell.x1 >= column.x0 - TOLERANCE
        if crosses or not under:
            return (None, "staat tussen twee kolommen") if MARK.match(cell.text) else (None, None)
    elif crosses:
        return None, None
    return column, ""


def _row_cells(cells, columns, markdown):
    """{column index: [text]} of a line, notes [(text, why)]; None when the line is no row of the matrix."""
    found, strays = {}, []
    for cell in cells:
        column, problem = _placed(cell, columns, markdown)
        if problem is None:
            return None, []
        if column is None:
            strays.append((cell.text, problem))
            continue
        found.setdefault(columns.index(column), []).append(cell.text)
    return found, strays


def starts_row(line, previous, name, rules=None):
    """Whether a line of a matrix starts a row: a markdown line always; a PDF's line that does not stand close below
    the line above (see :func:`closer`); without places, a name with a capital."""
    if is_markdown(line):
        return True
    if line.box and previous.box:
        return not closer(line, previous, rules)
    return bool(name) and not re.match(r"^[a-z(]", name)


def matrix_rows(entries, position, columns, headers, free, rules):
    """The lines from ``position`` that are a matrix's rows: [(line, {column: [text]}, strays)], with no cells the
    rule of a markdown table and a header repeated on a new page (which sets the columns again, in place).

    ``headers``: the texts of the header's lines; ``free(line)``: whether a line may be read.
    """
    markdown = is_markdown(entries[position - 1])
    pagina = entries[position - 1].pagina
    found, fresh = [], False
    while position < len(entries):
        line = entries[position]
        cells = line_cells(line) if free(line) else None
        if cells is None or is_markdown(line) != markdown:
            break
        fresh = fresh or line.pagina != pagina
        pagina = line.pagina
        texts = [cell.text for cell in cells]
        if not cells or (markdown and re.fullmatch(r"[|:\-\s]+", line.text)) or fresh and texts in headers:
            if fresh and texts == headers[0]:
                columns[:] = ruled(repeated(columns, cells), line, rules)
            found.append((line, {}, []))
            position += 1
            continue
        fresh = False
        placed, strays = _row_cells(cells, columns, markdown)
        if placed is None:
            break
        found.append((line, placed, strays))
        position += 1
    return found


def stray_notes(line, strays):
    return [ProgrammeNote("markering", text, line.pagina, line.regel, STRAY.format(why=why)) for text, why in strays]


def add_mark(record, code, text, line, where):
    """Add a mark of ``record`` for ``code``; return the notes of a cell that holds no mark ([] for a mark)."""
    if not MARK.match(text):
        return [ProgrammeNote("markering", text, line.pagina, line.regel, _NO_MARK.format(where=where))]
    printed = code if find_codes(code) else f"WP {code}" if "." in code else f"Kerntaak {code}"   # a BCP's 1.1
    record.add("werkprocessen", printed, line.pagina, line.regel)
    if _LEVEL.match(text):
        record.niveaus.setdefault(code, text)
    return []
