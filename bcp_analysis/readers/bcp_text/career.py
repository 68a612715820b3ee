"""§1.3 of a BCP text (Loopbaanperspectief): career columns into ``loopbaan``, the comparison into ``vergelijking``,
the sentences around them into the part ``loopbaanperspectief`` of ``beschrijving``.

The layout read here:

- A guiding question ("Welke ... ?"): noise. Then an introduction ending in ":" or in sentences:
  a paragraph of the part ``loopbaanperspectief`` of ``beschrijving``.
- Career columns: a heading line (the column's name, "Accountmanagement"), then the positions
  top-down, one after another separated by arrow lines ("1", "↑", "|"; the PDF text reads the
  arrows as these). A position may wrap over several lines. A column of education levels
  ("wo", "hbo/wo", "mbo (niveau 4)") stands beside them; its heading ("werk- en denkniveau c.q.
  opleidingsniveau") and its entries stick to the ends of the lines they share. A level on a
  position's line is that position's; a position without one takes the level of the same row of
  the level column (counted top-down), and the report asks to check it.
- Sentences between the columns and the table: further paragraphs of ``loopbaanperspectief``.
- A comparison table: a header of the occupations (the profile's own title and the other
  occupation; the profile's title is taken out of the header, the rest is the other one), then
  per row the aspect and one kenmerk per occupation. Rows are read when the table's layout says
  where each cell ends: every row a block of (1 + occupations) lines, one cell a line; or every
  line cells separated by a tab, two spaces or " | ". A table in another layout (cells of
  several columns interleaved on one line with single spaces, as the bundled text) is reported
  line by line and in a warning: take it over by hand.
"""

import dataclasses
import re

from bcp_analysis.model.competencies import normalize_name
from bcp_analysis.readers.bcp_text.vocabulary import (
    LEVEL,
    NOISE,
    PROFILE,
    QUESTION_START,
    TERMINAL,
)

__all__: list[str] = []  # nothing of it is used outside its layer

# An arrow between two positions: a lone arrow glyph (read as "1", "|", ")" ...), perhaps with a level beside it.
_ARROW = re.compile(r"^(?:[1↑↓^▲▼⇑⇓|)(]|->|→)(?:\s+(.*))?$")
# The heading of the level column, stuck to the end of a career column's heading.
_LEVEL_HEADING = re.compile(r"(?:^|\s)((?:[a-z][\w.-]*\s+)*?[\w-]*[Nn]iveau\b.*)$")
_CELLS = re.compile(r"\t+|\s{2,}|\s+\|\s+")
# The part of ``beschrijving`` that holds the sentences of the section (the section's own name).
_PROSE = "loopbaanperspectief"


@dataclasses.dataclass
class _Group:
    """Lines with text not separated by a blank line or an arrow."""

    lines: list
    linked: bool = False     # an arrow stands between this group and the one before


def is_career(title):
    """Whether a §1 paragraph title (lower case) is the career perspective ('1.3 Loopbaanperspectief')."""
    return "loopbaan" in title


def read_career(state, heading, start, stop):
    """Read the lines [start, stop) of §1.3 into ``state.loopbaan``, ``.vergelijking`` and ``.beschrijving``."""
    elements = _elements(state, start, stop)
    position = _skip_question(state, elements)
    position = _read_prose(state, elements, position)
    position = _read_columns(state, elements, position)
    position = _read_prose(state, elements, position)
    _read_comparison(state, elements[position:])


def _elements(state, start, stop):
    """The section as groups of lines, and arrows ('pijl', line, level or None); other page noise dropped."""
    elements = []
    group = None
    linked = False
    for line in state.lines[start:stop]:
        if line.noise == "leeg":
            group = None
            continue
        arrow = _ARROW.match(line.text)
        if arrow and (arrow.group(1) is None or LEVEL.fullmatch(" " + arrow.group(1))):
            level = (arrow.group(1) or "").strip() or None
            if line.noise is None:
                # An arrow with a level beside it: the level is a row of the level column.
                state.ledger.place(line, PROFILE if level else NOISE, "loopbaan.niveaukolom" if level else "pijl")
            elements.append(("pijl", line, level))
            group, linked = None, True
            continue
        if line.noise is not None:
            continue
        if group is None:
            group = _Group([], linked)
            elements.append(group)
            linked = False
        group.lines.append(line)
    return elements


def _text(group):
    return " ".join(line.text for line in group.lines)


def _skip_question(state, elements):
    """Place the guiding question (up to three groups, the last ending in '?'); return the next element."""
    if not elements or not isinstance(elements[0], _Group) or not QUESTION_START.match(elements[0].lines[0].text):
        return 0
    for position, element in enumerate(elements[:3]):
        if not isinstance(element, _Group):
            break
        if _text(element).endswith("?"):
            for group in elements[:position + 1]:
                for line in group.lines:
                    state.ledger.place(line, NOISE, "leidende vraag")
            return position + 1
    return 0


def _is_prose(group):
    """Sentences: a group that ends like a sentence or an introduction (':') and has six words or more."""
    text = _text(group)
    return text.endswith((*TERMINAL, ":")) and len(text.split()) >= 6


def _read_prose(state, elements, position):
    """The sentences from ``position`` on, a paragraph a group, added to the part ``loopbaanperspectief`` of
    ``state.beschrijving``; return the next element."""
    paragraphs = [state.beschrijving[_PROSE]] if _PROSE in state.beschrijving else []
    while position < len(elements) and isinstance(elements[position], _Group) and _is_prose(elements[position]):
        for line in elements[position].lines:
            state.ledger.place(line, PROFILE, f"beschrijving.{_PROSE}")
        paragraphs.append(_text(elements[position]))
        position += 1
    if paragraphs:
        state.beschrijving[_PROSE] = "\n\n".join(paragraphs)
    return position


def _read_columns(state, elements, position):
    """The career columns from ``position`` to the first prose; return the element after them."""
    columns = []            # [heading group or None, [(group, own level or None)]]
    levels = []             # (line number, level) of the level column
    heading = None
    while position < len(elements):
        element = elements[position]
        if isinstance(element, tuple):
            _, line, level = element
            if level:
                levels.append((line.number, level))
            position += 1
            continue
        if _is_prose(element):
            break
        following = elements[position + 1] if position + 1 < len(elements) else None
        if element.linked and columns:
            columns[-1][1].append(element)
        elif isinstance(following, tuple) or (following is not None and following.linked):
            columns.append([heading, [element]])
            heading = None
        else:
            if heading is not None:
                _leave(state, heading, "staat niet boven een loopbaankolom")
            heading = element
        position += 1
    if heading is not None:
        _leave(state, heading, "staat niet boven een loopbaankolom")
    positions = [[_position(state, group, levels) for group in groups] for _, groups in columns]
    levels.sort()
    for number, ((heading, _), functies) in enumerate(zip(columns, positions), start=1):
        kolom = _column_name(state, heading) or f"kolom {number}"
        if heading is None or kolom == f"kolom {number}":
            state.warnings.append(f"loopbaan: kolom {number} heeft geen naam; vul die in")
        entries = []
        for row, (functie, level, line) in enumerate(functies):
            if level is None:
                level = levels[row][1] if row < len(levels) else ""
                state.warnings.append(
                    f"loopbaan: het niveau van '{functie}' ({state.where(line)}) staat niet op de regel zelf; "
                    + (f"'{level}' is genomen uit rij {row + 1} van de niveaukolom: controleer het"
                       if level else "de niveaukolom heeft geen rij zo laag: vul het in"))
            entries.append({"functie": functie, "niveau": level, "regel": line})
        state.loopbaan.append({"kolom": kolom, "functies": entries})
    return position


def _leave(state, group, why):
    state.warnings.append(f"loopbaan: '{_text(group)}' ({state.where(group.lines[0].number)}) {why}; niet geplaatst")
    for line in group.lines:
        state.ledger.leave(line)


def _position(state, group, levels):
    """(function, its own level or None, first line) of a position; its level joins the level column."""
    own = None
    parts = []
    for line in group.lines:
        text = line.text
        match = LEVEL.search(text)
        if match and match.start(1) > 0:
            own = match.group(1)
            levels.append((line.number, own))
            text = text[:match.start()].strip()
        parts.append(text)
        state.ledger.place(line, PROFILE, "loopbaan")
    return _join_words(parts), own, group.lines[0].number


def _join_words(parts):
    """Lines of one cell as one text; a line ending in '/' goes on without a space."""
    text = ""
    for part in parts:
        if not part:
            continue
        text = part if not text else (text + part if text.endswith("/") else f"{text} {part}")
    return text


def _column_name(state, heading):
    """A column's name from its heading lines, without the level column's heading stuck to its end."""
    if heading is None:
        return ""
    text = _text(heading)
    match = _LEVEL_HEADING.search(text)
    name = text[:match.start()].strip() if match else text
    for line in heading.lines:
        state.ledger.place(line, PROFILE, "loopbaan.kolom")
    return name


def _read_comparison(state, elements):
    """The comparison table: the occupations, then its rows when the layout separates the cells."""
    groups = [element for element in elements if isinstance(element, _Group)]
    if not groups:
        return
    header, rows = groups[0], groups[1:]
    if len(_cells(header.lines[0].text)) >= 2:
        # Cells separated on the line: the header is the first line, each line after it a row.
        lines = [line for group in groups for line in group.lines]
        header, rows = _Group(lines[:1]), [_Group([line]) for line in lines[1:]]
    beroepen = _occupations(state, header)
    aspects = _rows(rows, len(beroepen)) if len(beroepen) >= 2 and rows else None
    if aspects is None:
        first, last = header.lines[0].number, groups[-1].lines[-1].number
        state.warnings.append(
            f"vergelijking ({state.span(first, last)}): de kolommen van de tabel staan door elkaar op dezelfde regels; "
            f"waar een cel ophoudt is uit de tekst niet te lezen. Neem de tabel met de hand over (de regels staan "
            f"bij 'niet geplaatst')")
        for group in groups:
            for line in group.lines:
                state.ledger.leave(line)
        return
    for line in header.lines:
        state.ledger.place(line, PROFILE, "vergelijking.beroepen")
    for group in rows:
        for line in group.lines:
            state.ledger.place(line, PROFILE, "vergelijking")
    state.vergelijking = {"beroepen": beroepen, "aspecten": aspects}


def _occupations(state, header):
    """The occupations of the header: the profile's own title and the rest, or the header's cells or lines."""
    title = state.footer_title or ""
    text = _text(header)
    cells = _cells(header.lines[0].text) if len(header.lines) == 1 else []
    if len(cells) >= 2:
        return cells
    if title:
        match = re.search(r"\b" + r"\s+".join(map(re.escape, title.split())) + r"\b", text, re.IGNORECASE)
        if match:
            before, after = text[:match.start()], text[match.end():]
            rest = _join_words([part.strip() for part in (before, after)])
            if rest:
                own = text[match.start():match.end()]
                # The own title first when it opens its line (it stands in the left column).
                opens = any(normalize_name(line.text).startswith(normalize_name(title)) for line in header.lines)
                return [own, rest] if opens or not before.strip() else [rest, own]
    return [line.text for line in header.lines]


def _cells(text):
    """The cells of a line whose cells are separated by a tab, two spaces or ' | '."""
    return [cell.strip() for cell in _CELLS.split(text) if cell.strip()]


def _rows(groups, occupations):
    """The aspects when the layout separates the cells, else None."""
    width = 1 + occupations
    if all(len(group.lines) == width for group in groups):
        return [{"aspect": group.lines[0].text, "kenmerken": [line.text for line in group.lines[1:]],
                 "regel": group.lines[0].number} for group in groups]
    lines = [line for group in groups for line in group.lines]
    split = [_cells(line.text) for line in lines]
    if all(len(cells) == width for cells in split):
        return [{"aspect": cells[0], "kenmerken": cells[1:], "regel": line.number}
                for line, cells in zip(lines, split)]
    return None
