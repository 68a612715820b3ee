"""The reader of a programme document's text (.txt, .md): code lines, markdown tables and tables set in columns.

A text is the document as a school or a tool wrote it out: a markdown examenplan, or the
text of a PDF (``pdftotext -layout`` keeps its columns; a form feed starts a new page). It gives
the same Programme as the PDF:

- every line is a :class:`~bcp_analysis.readers.programme_layout.Line` (its page where the text
  has form feeds, else None);
- a markdown table with a header of onderdelen (``| Naam | Examenvorm | Werkprocessen | Duur |``)
  gives one record per row (``<br>`` breaks a cell's lines);
- a table set in columns with spaces (the text of a PDF's table) is not read: where its rows
  begin and end cannot be told from the text, so its codes are listed as werkprocessen and the
  table is a note (``tabel``) that asks for the PDF or a markdown table.
"""

from __future__ import annotations

import re
from pathlib import Path

from bcp_analysis.errors import NotAProgrammeError
from bcp_analysis.files import read_text_file
from bcp_analysis.readers.protocol import ProgrammeReader

__all__ = ["READER", "read_programme_text", "text_layout"]

_CHAR_WIDTH = 5.0
_PIPE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_PIECE = re.compile(r"\S+(?: \S+)*")


def _pieces(text):
    """The runs of text of a line set apart by two spaces or more: [(column, text)]."""
    return [(match.start(), match.group(0)) for match in _PIECE.finditer(text.replace("\t", "    "))]


def _markdown_tables(page_lines, pagina, in_tables):
    """The markdown tables of onderdelen of a page's lines."""
    from bcp_analysis.readers.programme_layout import Record, Table, header_fields

    tables = []
    index = 0
    while index < len(page_lines):
        match = _PIPE_ROW.match(page_lines[index])
        fields = header_fields([cell.strip() for cell in match.group(1).split("|")]) if match else None
        if fields is None or index + 1 >= len(page_lines) or not _PIPE_RULE.match(page_lines[index + 1]):
            index += 1
            continue
        context = [(pagina, number + 1, page_lines[number]) for number in range(max(0, index - 6), index)]
        table = Table(fields, [], pagina, index + 1, context)
        in_tables.update({(pagina, index + 1), (pagina, index + 2)})
        index += 2
        while index < len(page_lines) and (row := _PIPE_ROW.match(page_lines[index])):
            record = Record(pagina, index + 1)
            for column, cell in enumerate(row.group(1).split("|")):
                field = fields[column] if column < len(fields) and fields[column] else f"_{column}"
                for part in re.split(r"<br\s*/?>", cell, flags=re.IGNORECASE):
                    if part.strip():
                        record.add(field, part.strip(), pagina, index + 1)
            table.records.append(record)
            in_tables.add((pagina, index + 1))
            index += 1
        tables.append(table)
    return tables


def text_layout(text):
    """Return the Layout of a programme document's text.

    Parameters
    ----------
    text : str

    Returns
    -------
    bcp_analysis.readers.programme_layout.Layout

    Examples
    --------
    >>> layout = text_layout("| Naam | Examenvorm | Werkprocessen | Duur |\\n|---|---|---|---|\\n"
    ...                      "| PvB 1 | PvB | B1-K1-W1 | 4 uur |")
    >>> [record.text("werkprocessen") for record in layout.tables[0].records]
    ['B1-K1-W1']
    """
    from bcp_analysis.readers.programme_layout import Layout, Line, header_fields

    pages = text.split("\f")
    paged = len(pages) > 1
    lines, tables, in_tables, notes = [], [], set(), []
    for number, page in enumerate(pages, start=1):
        pagina = number if paged else None
        page_lines = page.split("\n")
        tables += _markdown_tables(page_lines, pagina, in_tables)
        for index, line in enumerate(page_lines, start=1):
            pieces = _pieces(line)
            lines.append(Line(pagina, index, line.strip(), pieces[0][0] * _CHAR_WIDTH if pieces else 0.0,
                              tuple((column * _CHAR_WIDTH, piece) for column, piece in pieces)))
            if (pagina, index) not in in_tables and len(pieces) >= 3 and header_fields([p for _, p in pieces]):
                notes.append(("tabel", pagina, index, line.strip()))
    return Layout(lines, tables, in_tables, notes, len(pages))


def read_programme_text(path):
    """Read a programme document's text (.txt or .md) into a Programme.

    Parameters
    ----------
    path : str or os.PathLike

    Returns
    -------
    Programme

    Raises
    ------
    ProfileError
        For a missing, empty or non-UTF-8 file, and for the text of a profile.
    """
    from bcp_analysis.readers.programme_build import build_programme
    from bcp_analysis.readers.programme_pdf import is_profile_text

    path = Path(path)
    text = read_text_file(path, encoding_fix="sla de tekst op als UTF-8 (in Kladblok: 'Opslaan als', codering UTF-8)")
    layout = text_layout(text)
    programme = build_programme(layout, str(path))
    if not programme.maps_exams and is_profile_text([line.text for line in layout.lines]):
        raise NotAProgrammeError(path, "bestand", "dit is de tekst van een profiel (een beroepscompetentieprofiel of "
                           "kwalificatiedossier), geen examenplan, OER of toetsplan",
                           "geef dit bestand als het profiel en geef als examenplan het document van de school")
    return programme


class _ProgrammeTextReader(ProgrammeReader):
    """A programme document's text: code lines, markdown tables and tables set in columns."""

    SUFFIXES = (".txt", ".md")
    LABEL = "de tekst van een examenplan, OER of toetsplan (.txt of .md)"

    def read_programme(self, path):
        return read_programme_text(path)


READER = _ProgrammeTextReader()
"""The reader of this format, registered in :data:`bcp_analysis.readers.PROGRAMME_READERS`."""
