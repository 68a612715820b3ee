"""The rows of a transposed matrix: a row per werkproces (under its kerntaak), a column per onderdeel.

A helper of :mod:`bcp_analysis.readers.programme_matrix`. The werkproces column holds a code
and its title (``B1-K1-W1 Plant de test``; a short ``W1`` under the kerntaak of a row above);
a title column beside it, or the title's next lines in its cell, give the title; a kerntaak
column before it (``Kerntaak | Werkproces | PvB 1``) names the kerntaak of the rows it spans,
its title on the lines below its code. A row of an onderdeel's field (``Weging | 40% | 60%``)
fills that field. A mark under an onderdeel ties it to the row's werkproces. A row broken over
two pages goes on at the top of the next: a line there without a code is the rest of the row.
"""

from __future__ import annotations

from bcp_analysis.readers.programme_layout import Record, header_field
from bcp_analysis.readers.programme_matrix_header import EXTRA_FIELDS, starting_code
from bcp_analysis.readers.programme_matrix_rows import add_mark, starts_row, stray_notes

__all__: list[str] = []


class TransposedRows:
    """Reads the rows of a transposed matrix whose header is ``line`` with ``columns``, its last line ``previous``."""

    def __init__(self, columns, line, previous, rules):
        self.columns, self.rules = columns, rules
        self.name = next(index for index, column in enumerate(columns) if column.kind == "name")
        self.kerntaak_column = 0 if columns[0].kind == "kerntaak" else None
        self.title_column = self.name + 1 if columns[self.name + 1].kind == "titel" else None
        self.onderdelen = [index for index, column in enumerate(columns) if column.kind == "onderdeel"]
        self.records = {index: Record(line.pagina, line.regel, {"onderdeel": [(columns[index].key, line.pagina,
                                                                               line.regel)]})
                        for index in self.onderdelen}
        self.codes, self.titles, self.notes = [], {}, []
        self.kerntaak = None      # the kerntaak of short codes: of the last code read
        self.spanned = None       # the kerntaak of the kerntaak column whose title runs on
        self.current = None       # the code of the row being read
        self.previous = previous

    def read(self, rows):
        """Read ``rows`` (of ``matrix_rows``); return the number of the last row that is the matrix's (-1: none)."""
        last = -1
        for number, (line, placed, strays) in enumerate(rows):
            if not placed and not strays:
                continue   # a markdown rule, a repeated header
            if not self._line(line, placed, strays):
                break
            last = number
        return last

    def marked(self):
        return any(record.cells.get("werkprocessen") for record in self.records.values())

    def _line(self, line, placed, strays):
        """Read one line; False when it is no line of the matrix."""
        if self.kerntaak_column is not None and not self._kerntaak_cell(" ".join(placed.get(0, [])), line):
            return False
        code_text = " ".join(placed.get(self.name, []))
        hit, title = starting_code(code_text, self.kerntaak)
        marks = [index for index in self.onderdelen if placed.get(index)]
        if hit is None and not code_text and not marks and not strays:
            return True   # only the kerntaak column's text on this line
        if hit is None and self.current is not None and (self._runs_on(line, code_text) or not starts_row(
                line, self.previous, code_text or "-", self.rules)):
            title = code_text   # the werkproces's title runs on in its cell, close below its first line
        elif hit is None and (code_text or self.current is None):
            return self._fields(line, placed, code_text)
        self.previous = line
        self.notes += stray_notes(line, strays)
        if self.title_column is not None:
            title = " ".join([title] + placed.get(self.title_column, [])).strip()
        if hit is not None:
            self.current = hit.werkproces_id or hit.kerntaak_id
            self.kerntaak = hit.kerntaak_id
            self.codes.append((hit, line.pagina, line.regel))
            if title:
                self.titles.setdefault(self.current, title)
        elif title and self.current in self.titles:   # a title's next line
            self.titles[self.current] += f" {title}"
        for index in marks:
            self.notes += add_mark(self.records[index], self.current, " ".join(placed[index]), line,
                                   f"kolom {self.columns[index].key}")
        return True

    def _runs_on(self, line, code_text):
        """Whether a line without a code at the top of a new page is the rest of the row above it (a word processor
        breaks a row over pages): a row of this matrix starts with its code, or a field's name."""
        return line.pagina != self.previous.pagina and bool(code_text) and header_field(code_text) not in EXTRA_FIELDS

    def _kerntaak_cell(self, text, line):
        """Read the kerntaak column's text of a line: a kerntaak's code and title, or its title's next line."""
        if not text:
            return True
        hit, title = starting_code(text, None)
        if hit is not None and not hit.werkproces_id:
            self.kerntaak = self.spanned = hit.kerntaak_id
            self.codes.append((hit, line.pagina, line.regel))
            if title:
                self.titles.setdefault(hit.kerntaak_id, title)
            return True
        if hit is None and self.spanned is not None:
            self.titles[self.spanned] = f"{self.titles.get(self.spanned, '')} {text}".strip()
            return True
        return False

    def _fields(self, line, placed, code_text):
        """A row of the onderdelen's fields ("Weging | 40% | 60%"); False for a line that is no row of the matrix."""
        if header_field(code_text) not in EXTRA_FIELDS:
            return False
        for index in self.onderdelen:
            for text in placed.get(index, []):
                self.records[index].add(header_field(code_text), text, line.pagina, line.regel)
        return True
