"""The rows of a transposed matrix: a row per werkproces (under its kerntaak), a column per onderdeel.

A helper of :mod:`bcp_analysis.readers.programme_matrix`. The werkproces column holds a code
and its title (``B1-K1-W1 Plant de test``; a short ``W1`` under the kerntaak of a row above);
a title column beside it, or the title's next lines in its cell, give the title; a kerntaak
column before it (``Kerntaak | Werkproces | PvB 1``) names the kerntaak of the rows it spans,
its title on the lines below its code. A short ``W1`` beside such a column is of the kerntaak
whose cell it stands in: the drawn rules above and below the kerntaak's text bound its cell
(its text set in the middle of the cell stands below the cell's first rows). Without those
rules a short code is of the kerntaak above it, as long as its numbers go up; a row whose
kerntaak cannot be told (a short code above the first kerntaak, or numbered anew before the
next kerntaak's text) is not read but noted (``tabel``). A row of an onderdeel's field (``Weging | 40% | 60%``)
fills that field. A mark under an onderdeel ties it to the row's werkproces. A row broken over
two pages goes on at the top of the next: a line there without a code is the rest of the row.
"""

from __future__ import annotations

from bcp_analysis.model.programme import ProgrammeNote
from bcp_analysis.readers.programme_layout import Record, header_field
from bcp_analysis.readers.programme_matrix_header import EXTRA_FIELDS, SHORT, starting_code
from bcp_analysis.readers.programme_matrix_rows import add_mark, starts_row, stray_notes

__all__: list[str] = []

_UNKNOWN_KERNTAAK = ("deze rij van de matrix is niet gelezen: er staat alleen het korte nummer van een werkproces en "
                     "uit de tabel is niet te zien onder welke kerntaak het staat (de cel van de kerntaak heeft geen "
                     "lijnen en haar tekst staat lager); kijk in het document welke kerntaak het is, of zet de "
                     "volledige code (B1-K1-W1) in de tabel")


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
        self.cells = []           # (pagina, top, bottom, kerntaak_id) of the kerntaak column's ruled cells
        self.number = None        # the number of the last short code read under ``kerntaak`` (None: none yet)
        self.doubt = False        # short codes numbered anew before the next kerntaak's text: their kerntaak unknown

    def read(self, rows):
        """Read ``rows`` (of ``matrix_rows``); return the number of the last row that is the matrix's (-1: none)."""
        last = -1
        if self.kerntaak_column is not None:
            self.cells = self._ruled_cells(rows)
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
        marks = [index for index in self.onderdelen if placed.get(index)]
        if self.kerntaak_column is not None and SHORT.match(code_text.split(" ", 1)[0]):
            kerntaak = self._short_kerntaak(line, int(SHORT.match(code_text.split(" ", 1)[0]).group(1)))
            if kerntaak is None:
                self.notes.append(ProgrammeNote("tabel", code_text, line.pagina, line.regel, _UNKNOWN_KERNTAAK))
                self.previous, self.current = line, None
                return True
            self.kerntaak = kerntaak
        hit, title = starting_code(code_text, self.kerntaak)
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

    def _ruled_cells(self, rows):
        """(pagina, top, bottom, kerntaak_id) of each kerntaak in the kerntaak column between drawn rules that cross
        the column above and below its text."""
        column = self.columns[0]
        middle = (column.left + column.right) / 2 if column.left is not None else (column.x0 + column.x1) / 2
        cells = []
        for line, placed, _ in rows:
            hit, _ = starting_code(" ".join(placed.get(0, [])), None)
            if hit is None or hit.werkproces_id or not line.box:
                continue
            ys = [y for y, x0, x1 in self.rules.get(line.pagina, ((), ()))[0] if x0 - 1.0 <= middle <= x1 + 1.0]
            above = [y for y in ys if y <= line.box[0] + 1.0]
            below = [y for y in ys if y >= line.box[1] - 1.0]
            if above and below:
                cells.append((line.pagina, max(above), min(below), hit.kerntaak_id))
        return cells

    def _short_kerntaak(self, line, number):
        """The kerntaak of a short code numbered ``number`` on ``line``: of the ruled kerntaak cell it stands in, else
        of the kerntaak read above while the numbers go up; None where that cannot be told."""
        if line.box:
            middle = sum(line.box) / 2
            inside = [kerntaak for pagina, top, bottom, kerntaak in self.cells
                      if pagina == line.pagina and top <= middle <= bottom]
            if len(inside) == 1:
                self.number = number
                return inside[0]
        if self.number is not None and number <= self.number:
            self.doubt = True   # numbered anew: the next kerntaak's, whose text stands lower in its cell
        if self.doubt or self.spanned is None:
            return None
        self.number = number
        return self.spanned

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
            self.number, self.doubt = None, False
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
