"""Exams described as blocks of label lines ("Examen: PvB 1", "Werkprocessen: B1-K1-W1 t/m W3"), read as a table.

Some examenplannen set no table of exams: each exam is a block of lines, a label and its value,
typed as "Label: waarde" or set in a small table of two columns ("Naam examen | PvB Verkoop"):

.. code-block:: text

    Examen: PvB 1 Verkoop
    Werkprocessen: B1-K1-W1 t/m W3
    Examenvorm: Proeve van bekwaamheid
    Duur: 4 uur

A block starts at a label that names the onderdeel (Examen, Naam examen, Examenonderdeel,
Toets, Onderdeel, Module), or at a short line right above a label (the title bar of a box around
the exam: "Proeve van bekwaamheid 1 — B1-K1"), and runs over the lines that follow with a label
(:func:`~bcp_analysis.readers.programme_layout.header_field` gives each its field, the
vocabulary of the tables' headers), or without one where a line goes on with the value above
it (:func:`_goes_on`: codes, lower case, a hanging indent, a value wrapped mid-sentence). A block becomes a
:class:`~bcp_analysis.readers.programme_layout.Record`, the blocks that follow each other one
:class:`~bcp_analysis.readers.programme_layout.Table`, which the build reads as any table; a
block is kept only where a label of werkprocessen or kerntaken holds a code.

The blocks' lines stay among the lines outside tables, so that a code printed there with its
title ("Kerntaak: B1-K2 Beheert accounts") is read with it as in any line of text.
"""

from __future__ import annotations

import dataclasses
import re

from bcp_analysis.readers.programme_codes import find_codes
from bcp_analysis.readers.programme_layout import Record, Table, header_field

__all__ = ["with_blocks"]

_STARTS = {"onderdeel", "module"}
_EXAM_FIELDS = {"vorm", "soort", "duur", "plaats", "weging", "periode"}
_CODED = {"werkprocessen", "kerntaken"}
# "Label: waarde": a label of at most four words before the first colon
_LABELLED = re.compile(r"^(?P<label>[A-Za-zÀ-ÿ][\w/ ()-]{0,40}?)\s*:\s*(?P<value>.*)$")


def _label(line):
    """(field, value) of a line that is a label and its value; (None, None) for another line.

    The field is None where the label is none of the headers' words: such a line stays in its
    block, its field unknown.
    """
    if len(line.cells) == 2 and not line.cells[0][1].rstrip().endswith(":") and ":" not in line.cells[0][1]:
        label, value = (text.strip() for _, text in line.cells)
    else:
        match = _LABELLED.match(line.text.strip())
        if match is None or len(match["label"].split()) > 4:
            return None, None
        label, value = match["label"], match["value"].strip()
    field = header_field(label)
    return (field if field is not None else f"_{label.casefold()}"), value


def _goes_on(line, above, start):
    """Whether a line without a label goes on with the value above it.

    It does where it starts in lower case or with a bullet, stands indented under the value
    (right of the label's line ``start``: a hanging indent), follows a value wrapped in the middle
    of a sentence (``above``, the line before it, ends in a comma, a hyphen or a word that cannot
    end one: "in de", "of"), or names a code (a list of werkprocessen, one a line). A line at the
    label's margin that starts with a capital after a value that could end there is the text after
    the block (a heading), or the title of the next block (:func:`_titles_block`).
    """
    text = line.text.strip()
    if re.match(r"^(?:[a-zà-ÿ(]|[-–•]\s)", text):
        return True
    return line.x0 > start.x0 + 3.0 or _WRAPPED.search(above.text.strip()) is not None or bool(find_codes(text))


def _titles_block(line, following, block):
    """Whether a line without a label is the title of the block of labels right below it ("Proeve van bekwaamheid 1
    — B1-K1" over "Werkprocessen | ...", the title bar of a box): a short line at the labels' margin, with a capital,
    not opening with a code nor ending a sentence, over a label of a known field; not the wrapped rest of a value."""
    text = line.text.strip()
    if following is None or not text[:1].isupper() or len(text.split()) > 12 or text.endswith((".", ":", ";")):
        return False
    field, _ = _label(following)
    if field is None or field.startswith("_") or field in _STARTS or abs(following.x0 - line.x0) > 3.0:
        return False
    codes = find_codes(text)
    if codes and codes[0].start == 0:
        return False
    return block is None or not (line.x0 > _label_line(block, block[-1][1]).x0 + 3.0
                                 or _WRAPPED.search(block[-1][0].text.strip()))


# a value that breaks off in the middle of a sentence: a comma or hyphen, or a word that a sentence goes on after
_WRAPPED = re.compile(r"(?:[,-]|\b(?:de|het|een|van|in|en|op|met|voor|aan|of|te|bij|door|naar|om|over|uit|tot|als"
                      r"|waarin|waarbij|zoals|die|dat|is|zijn|wordt|worden))$")


def _blocks(lines):
    """The blocks of label lines: [[(line, field, value)]], each starting at an onderdeel's label or a title over
    labels."""
    blocks, block, field = [], None, None
    titled = set()   # the blocks under a title: kept only where they describe an exam (a list of kerntaken does not)
    for index, line in enumerate(lines):
        found, value = _label(line)
        following = lines[index + 1] if index + 1 < len(lines) else None
        if found in _STARTS and value:
            block = [(line, found, value)]
            blocks.append(block)
            field = found
        elif block is not None and found is not None and found not in _STARTS:
            block.append((line, found, value))
            field = found
        elif found is None and _titles_block(line, following, block):
            block = [(line, "onderdeel", line.text.strip())]
            blocks.append(block)
            titled.add(id(block))
            field = "onderdeel"
        elif block is not None and found is None and _goes_on(line, block[-1][0], _label_line(block, field)):
            block.append((line, field, line.text.strip()))
        else:
            block = None
    return [block for block in blocks
            if any(field in _CODED and find_codes(value) for _, field, value in block)
            and (id(block) not in titled or any(field in _EXAM_FIELDS for _, field, _ in block))]


def _label_line(block, field):
    """The line of the block whose label starts the value of ``field`` that the block ends in."""
    return next(line for line, found, value in reversed(block) if found == field and line.text.strip() != value
                or line is block[0][0])


def with_blocks(layout):
    """Return the layout with a table of the exams that its lines outside tables describe as blocks of labels.

    Parameters
    ----------
    layout : bcp_analysis.readers.programme_layout.Layout

    Returns
    -------
    Layout
        The same layout where it holds no such block; else a copy with one Table more per run
        of blocks (a block that starts where a table of the layout starts is read already: the
        part of another crebo, built again).

    Examples
    --------
    >>> from bcp_analysis.readers.programme_layout import Layout, Line
    >>> lines = [Line(1, number, text) for number, text in enumerate(
    ...     ["Examens", "Examen: PvB 1 Verkoop", "Werkprocessen: B1-K1-W1 t/m W3", "Duur: 4 uur", "Slotwoord"], 1)]
    >>> table = with_blocks(Layout(lines, [], set())).tables[0]
    >>> table.fields, table.records[0].text("werkprocessen"), table.records[0].regel
    (['onderdeel', 'werkprocessen', 'duur'], 'B1-K1-W1 t/m W3', 2)
    """
    free = [line for line in layout.lines
            if (line.pagina, line.regel) not in layout.in_tables and (line.pagina, line.regel) not in layout.running]
    starts = {(table.pagina, table.regel) for table in layout.tables}
    blocks = [block for block in _blocks(free) if (block[0][0].pagina, block[0][0].regel) not in starts]
    if not blocks:
        return layout
    order = {id(line): index for index, line in enumerate(free)}
    tables = []
    previous_end = None
    for block in blocks:
        first = block[0][0]
        record = Record(first.pagina, first.regel)
        for line, field, value in block:
            if value:
                record.add(field, value, line.pagina, line.regel)
        if previous_end is None or order[id(first)] != previous_end + 1:
            before = free[max(0, order[id(first)] - 6):order[id(first)]]
            tables.append(Table([], [], first.pagina, first.regel,
                                [(line.pagina, line.regel, line.text) for line in before]))
        table = tables[-1]
        table.records.append(record)
        table.fields += [field for _, field, _ in block if field not in table.fields]
        previous_end = order[id(block[-1][0])]
    return dataclasses.replace(layout, tables=list(layout.tables) + tables)
