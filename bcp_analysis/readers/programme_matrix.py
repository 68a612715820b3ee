"""A toetsplan or examenplan drawn as a matrix: onderdelen against werkprocessen, a mark where one examines the other.

Schools often draw the tie of their exams to the werkprocessen as a grid, in either orientation:

- **codes head the columns**: ``Onderdeel | B1-K1-W1 | B1-K1-W2 | B1-K2-W1`` (any corner label, or
  none), one row per onderdeel; the codes may be short (``W1 W2 W3``) under a row of kerntaken
  (``B1-K1 | B1-K2``), under a kerntaak in the corner or in a heading just before the table, or
  after a full code of their kerntaak (``B1-K1-W1 | W2 | W3``); a code may break over two lines of
  its cell and the werkproces's title may stand under it; columns such as Vorm, Duur, Weging or
  Periode beside the codes fill those fields;
- **transposed**: ``Werkproces | PvB 1 | PvB 2 | Kennisexamen`` (with or without a Titel column, or
  after a Kerntaak column that spans its werkprocessen), one row per werkproces, its code first.

A mark is ``x``, ``✓``, ``•``, ``v``, ``*``, ``ja``, a number (a weging, a level) or a level's
word; an empty cell is "not examined". Each matrix becomes a ``Table`` whose records name their
werkprocessen, which :mod:`bcp_analysis.readers.programme_build` turns into onderdelen and dekking
(a level under a code is a module's niveau, ``Record.niveaus``). Nothing is guessed: a mark between
two columns, or a cell under a code that holds no mark (``zie bijlage``), is a note (``markering``);
a header of codes not readable as a matrix is a note (``tabel``).

The header and its columns are :mod:`~bcp_analysis.readers.programme_matrix_header`'s, the
rows and their marks :mod:`~bcp_analysis.readers.programme_matrix_rows`'s (a transposed
matrix's :mod:`~bcp_analysis.readers.programme_matrix_transposed`'s). A PDF's cells are its
pieces of text with their extent (``Line.cells``, ``Line.spans``) and its drawn rules
(``Layout.rules``); a markdown table's cells are split by its pipes. A header repeated on a new
page is skipped; a matrix runs on over page breaks while its lines fit its columns, and a row
broken over two pages goes on where the next page's part leaves the name's cell empty. A matrix
set out in plain spaces in a text is not read here. A header's codes written upright are set
in its line before (:mod:`~bcp_analysis.readers.programme_turned`).
"""

from __future__ import annotations

import dataclasses
import re

from bcp_analysis.model.programme import ProgrammeNote
from bcp_analysis.readers.programme_codes import find_codes
from bcp_analysis.readers.programme_layout import Record, Table
from bcp_analysis.readers.programme_matrix_header import (
    Cell,
    Column,
    banded_cells,
    code_cells,
    code_columns,
    code_header_text,
    header_band,
    is_markdown,
    joined,
    kerntaak_row,
    line_cells,
    ruled,
    transposed_columns,
    with_above,
)
from bcp_analysis.readers.programme_matrix_rows import MARK, add_mark, matrix_rows, starts_row, stray_notes
from bcp_analysis.readers.programme_matrix_transposed import TransposedRows

__all__: list[str] = []

# the start of a cell that may head a matrix's column: a code, a short code, a code broken at its end
_CODE_START = re.compile(r"^(?:[BbPp]\d|[Ww]\s?\d|[Ww][Pp]\s?\d|werkproces\s+\d)", re.IGNORECASE)
_RULE_LINE = re.compile(r"[|:\-\s]+")


@dataclasses.dataclass
class Matrices:
    """What :func:`read_matrices` read: tables, the codes of the matrices with their place, titles, notes.

    Attributes
    ----------
    tables : list of Table
        One table per matrix, one record per onderdeel (its werkprocessen in the field ``werkprocessen``).
    codes : list of tuple
        ``(CodeHit, pagina, regel)`` of every code a matrix prints, where it is printed.
    titles : dict
        ``{werkproces_id: titel}`` of a transposed matrix's rows.
    lines : set
        ``(pagina, regel)`` of the lines read as matrices.
    notes : list of ProgrammeNote
        Marks that could not be placed, and headers of codes not readable as a matrix.
    suspects : list of ProgrammeNote
        Lines that look like a header of codes whose cells are unknown (a text set in spaces) or no matrix's.
    """

    tables: list = dataclasses.field(default_factory=list)
    codes: list = dataclasses.field(default_factory=list)
    titles: dict = dataclasses.field(default_factory=dict)
    lines: set = dataclasses.field(default_factory=set)
    notes: list = dataclasses.field(default_factory=list)
    suspects: list = dataclasses.field(default_factory=list)



# --- reading ----------------------------------------------------------------------------------

class _Reader:
    """Reads the matrices of a document's lines in their order."""

    def __init__(self, layout, heads, head_lines):
        self.entries = [line for line in layout.lines if (line.pagina, line.regel) not in layout.running]
        self.in_tables = layout.in_tables
        self.rules = layout.rules
        self.heads = heads             # (pagina, regel) of the headers of the tables the layout found
        self.head_lines = head_lines   # the lines of those tables
        self.result = Matrices()

    def read(self):
        position = 0
        while position < len(self.entries):
            position = self._at(position)
        return self.result

    def _free(self, line, head=False):
        """Whether a line may be read here: outside the layout's tables, or (``head``) a table's header; a line of a
        table whose header heads a matrix is free inside the matrix."""
        key = (line.pagina, line.regel)
        return key not in self.in_tables or key in (self.heads if head else self.head_lines)

    def _row_free(self, header):
        """Whether a line may be a row of the matrix headed by ``header``: free, and no other table's header."""
        own = (header.pagina, header.regel)
        return lambda line: self._free(line) and ((line.pagina, line.regel) not in self.heads
                                                  or (line.pagina, line.regel) == own)

    def _at(self, position):
        line = self.entries[position]
        cells = line_cells(line) if self._free(line, head=True) else None
        if self._free(line, head=True) and code_header_text(line.text):
            self.result.suspects.append(_unreadable(line, "de kolommen zijn uit de tekst niet te lezen"))
        if not cells or not (re.match(r"^(?:kerntaa?k|werkproces|wp\b|code\b)", cells[0].text.strip(), re.I)
                             or sum(bool(_CODE_START.match(cell.text.strip())) for cell in cells) >= 2):
            return position + 1
        band = header_band(self.entries, position, self._free, self.rules, MARK.match) if line.box else []
        banded = banded_cells([line, *band]) if band else [(cell, []) for cell in cells]
        transposed = transposed_columns([Cell(cell.x0, cell.x1, joined([cell.text, *further]))
                                         for cell, further in banded])
        if transposed is not None:
            return self._transposed(position, ruled(transposed, line, self.rules), band) or position + 1
        above = self._above(position)
        above_cells = line_cells(above) if above else []
        texts, titles = code_cells(banded)
        columns = code_columns(texts, kerntaak_row(above_cells), self._heading(position))
        if columns is None:
            return position + 1
        if columns == "kerntaak":
            self.result.notes.append(_unreadable(line, "de kolomkoppen noemen alleen werkprocessen (W1, W2, ...) en "
                                                       "niet hun kerntaak"))
            return position + 1
        self.result.titles.update({columns[index].key: title for index, title in titles.items()
                                   if columns[index].kind == "code"})
        columns = ruled(with_above(columns, above_cells), line, self.rules)
        return self._by_codes(position, columns, above, band)

    def _above(self, position):
        """The line just above a header on its page (a markdown rule aside), when it is free and a row of kerntaken."""
        line = self.entries[position]
        position -= 1 + (position >= 2 and _RULE_LINE.fullmatch(self.entries[position - 1].text) is not None)
        if position < 0:
            return None
        above = self.entries[position]
        if above.pagina != line.pagina or not self._free(above, head=True) or is_markdown(above) != is_markdown(line):
            return None
        return above if kerntaak_row(line_cells(above) or []) else None

    def _heading(self, position):
        """The kerntaak of a heading among the three lines before a header (a line that starts with it)."""
        for line in reversed(self.entries[max(0, position - 3):position]):
            hits = find_codes(line.text.strip().strip("#* "))
            if hits and hits[0].start == 0 and hits[0].kerntaak_id and not hits[0].werkproces_id:
                return hits[0].kerntaak_id
        return None

    def _by_codes(self, position, columns, above, band):
        """Read a matrix whose codes head the columns from its header at ``position`` (its further lines ``band``)."""
        line = self.entries[position]
        header_lines = [line, *band] + ([above] if above else [])
        headers = [[cell.text for cell in line_cells(header)] for header in header_lines]
        for column in columns:
            if column.kind == "code":
                column.pagina, column.regel = line.pagina, line.regel
        if columns[0].kind != "name":
            columns.insert(0, Column(0 if is_markdown(line) else float("-inf"), -1.0, "name", "onderdeel"))
        start = position + 1 + len(band)
        rows = matrix_rows(self.entries, start, columns, headers, self._row_free(line), self.rules)
        while rows and not rows[-1][2] and not any(columns[index].kind == "code" for index in rows[-1][1]) and (
                len(rows) == 1 or starts_row(rows[-1][0], rows[-2][0], "-", self.rules)):
            rows.pop()   # lines at the end without a mark: text after the matrix, or an onderdeel it does not tie
        if not rows:
            self.result.notes.append(_unreadable(line, "er staat onder de codes geen rij met markeringen (x, ✓, "
                                                       "ja, een getal)"))
            return position + 1
        table = Table([columns[0].key] + [column.key for column in columns if column.kind == "field"]
                      + ["werkprocessen"], [], line.pagina, line.regel)
        record, previous = None, header_lines[len(band)]
        for row_line, placed, strays in rows:
            if placed:
                record = self._code_row(table, record, row_line, placed, columns, previous)
                previous = row_line
            self.result.notes += stray_notes(row_line, strays)
        self.result.tables.append(table)
        self.result.lines.update((row.pagina, row.regel) for row in header_lines + [row for row, _, _ in rows])
        for header_line in header_lines:
            self._header_codes(header_line)
        # a short code's column (W1 under B1-K1) gives the code the header does not print whole
        self.result.codes += [((find_codes(column.key) or find_codes(f"WP {column.key}"))[0], column.pagina,
                               column.regel) for column in columns if column.kind == "code"]   # a BCP's 1.1
        return start + len(rows)

    def _header_codes(self, line):
        """The codes a header line prints in its cells, as printed (a short W1 aside: its column gives it)."""
        for cell in line_cells(line):
            for hit in find_codes(cell.text):
                if hit.problem:
                    self.result.notes.append(ProgrammeNote(
                        "teken", hit.printed, line.pagina, line.regel,
                        f"{hit.problem}: basisdeel (B) of profieldeel (P) is niet te lezen, de code is niet geplaatst; "
                        "kijk in het document zelf welke code er staat"))
                else:
                    self.result.codes.append((hit, line.pagina, line.regel))

    def _code_row(self, table, record, line, placed, columns, previous):
        """Add a line of a matrix whose codes head the columns: a new onderdeel where a row starts, else the rest of
        the row above (a name's next line, marks set lower in a tall row). A markdown line is a row; a PDF's line
        starts one where it stands apart from the line above (the lines of one cell stand close), unless it is the
        first of a new page and its name's cell is empty (the rest of a row broken over the pages)."""
        name = " ".join(placed.get(0, []))
        runs_on = not name and record is not None and line.pagina != previous.pagina   # a row broken over pages
        if not runs_on and starts_row(line, previous, name, self.rules):
            record = Record(line.pagina, line.regel) if name else None
            if record is not None:
                table.records.append(record)
        if record is None:
            self.result.notes += stray_notes(line, [(" ".join(texts), "er staat geen onderdeel voor")
                                                    for index, texts in placed.items() if index])
            return None
        if name:
            record.add(columns[0].key, name, line.pagina, line.regel)
        for index, texts in sorted(placed.items()):
            column = columns[index]
            if column.kind == "field":
                record.add(column.key, " ".join(texts), line.pagina, line.regel)
            elif column.kind == "code":
                self.result.notes += add_mark(record, column.key, " ".join(texts), line, f"kolom {column.key}")
        return record

    def _transposed(self, position, columns, band):
        """Read a transposed matrix (a row per werkproces, a column per onderdeel); None when no row has a mark."""
        line = self.entries[position]
        headers = [[cell.text for cell in line_cells(header)] for header in [line, *band]]
        start = position + 1 + len(band)
        rows = matrix_rows(self.entries, start, columns, headers, self._row_free(line), self.rules)
        reading = TransposedRows(columns, line, band[-1] if band else line, self.rules)
        last = reading.read(rows)
        if not reading.marked():
            return None
        self.result.tables.append(Table(["onderdeel", "werkprocessen"], list(reading.records.values()), line.pagina,
                                        line.regel))
        self.result.codes += reading.codes
        self.result.titles.update(reading.titles)
        self.result.notes += reading.notes
        self.result.lines.update((row.pagina, row.regel) for row in [line, *band]
                                 + [row for row, _, _ in rows[:last + 1]])
        self._header_codes(line)
        return start + last + 1


def _unreadable(line, why):
    return ProgrammeNote("tabel", line.text, line.pagina, line.regel,
                         "een tabel met codes van werkprocessen als kolomkoppen (een matrix) is niet gelezen: "
                         f"{why}; er is geen examen uit gelezen; vul de koppeling in als CSV of markdown-tabel "
                         "(| Onderdeel | Werkprocessen |)")


def read_matrices(layout):
    """Return the layout with its matrices read as tables, and what was read (:class:`Matrices`).

    Parameters
    ----------
    layout : bcp_analysis.readers.programme_layout.Layout

    Returns
    -------
    tuple of (Layout, Matrices)
        The layout with the matrices' tables (in the order of the document) and their lines
        among ``in_tables``; a table the layout found whose header heads a matrix is replaced.

    Examples
    --------
    >>> from bcp_analysis.readers.programme_text import text_layout
    >>> layout, found = read_matrices(text_layout(
    ...     "| Examen | B1-K1-W1 | B1-K1-W2 |\\n|---|---|---|\\n| PvB 1 | x | |\\n| Kennistoets | x | x |"))
    >>> [(record.text("onderdeel"), record.text("werkprocessen").split()) for record in layout.tables[0].records]
    [('PvB 1', ['B1-K1-W1']), ('Kennistoets', ['B1-K1-W1', 'B1-K1-W2'])]
    """
    heads = {(table.pagina, table.regel): table for table in layout.tables if not table.unread}
    order = {(line.pagina, line.regel): number for number, line in enumerate(layout.lines)}
    head_lines = set()
    for key, table in heads.items():
        # the table's lines, from its header to its last row: its rows, a markdown rule, a header repeated on a new page
        lines = {(pagina, regel) for record in table.records for texts in record.cells.values()
                 for _, pagina, regel in texts} | {key}
        first, last = order.get(key, 0), max(order.get(line, 0) for line in lines)
        head_lines |= {(line.pagina, line.regel) for line in layout.lines[first:last + 1]}
    reader = _Reader(layout, set(heads), head_lines)
    found = reader.read()
    noted = {(note.pagina, note.regel) for note in found.notes if note.kind == "tabel"}
    found.suspects = [note for note in found.suspects if (note.pagina, note.regel) not in found.lines | noted]
    if not found.tables:
        return layout, found
    starts = {(table.pagina, table.regel) for table in found.tables}
    replaced = [table for key, table in heads.items() if key in starts]   # a table's header that heads a matrix
    tables = [table for table in layout.tables if not any(table is other for other in replaced)]
    tables = sorted(tables + found.tables, key=lambda table: (table.pagina or 0, table.regel))
    return dataclasses.replace(layout, tables=tables, in_tables=layout.in_tables | found.lines), found
