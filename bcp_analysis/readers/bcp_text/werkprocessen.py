"""The reader of the kerntaken and their werkproces descriptions (chapter 3 of a BCP)."""

from bcp_analysis.model.competencies import normalize_name
from bcp_analysis.readers.bcp_text.columns import add_prose, read_description_line, resolve_pending, tail_at_end
from bcp_analysis.readers.bcp_text.lines import content
from bcp_analysis.readers.bcp_text.overview import listed_werkprocessen
from bcp_analysis.readers.bcp_text.prose import clean_prose, join, strip_bullet
from bcp_analysis.readers.bcp_text.state import DetailCursor, Kerntaak, TitleRest, Werkproces
from bcp_analysis.readers.bcp_text.vocabulary import (
    BESCHRIJVING,
    CHAPTER,
    KERNTAAK,
    LIST_HEADINGS,
    LIST_NAMES,
    NOISE,
    PROFILE,
    TOELICHTING,
    UNKNOWN_HEADING,
    VAKKENNIS,
    WERKPROCES_ID,
    WERKPROCESSEN_BIJ,
)
from bcp_analysis.readers.places import werkproces_place

__all__: list[str] = []  # nothing of it is used outside its layer


def read_werkprocessen(state, start, stop):
    """Read the kerntaken and werkprocessen in [start, stop) into ``state.kerntaken``.

    Every line is first offered to the readers of structure (headings), in order; a line none
    of them takes is content of the section the cursor is in.
    """
    cursor = state.detail = DetailCursor()
    for line, blank in content(state.lines, start, stop):
        if not any(reader(state, cursor, line, blank) for reader in _STRUCTURE):
            _CONTENT.get(cursor.section, _no_place)(state, cursor, line, blank)
    cursor.pending = resolve_pending(state, cursor.pending)


# --- structure ---------------------------------------------------------------------------

def _kerntaak_heading(state, cursor, line, blank):
    match = KERNTAAK.match(line.text)
    if not match or WERKPROCESSEN_BIJ.match(line.text):
        return False
    cursor.pending = resolve_pending(state, cursor.pending)
    number = match.group(1)
    if cursor.kerntaak is None or cursor.kerntaak.id != number:
        cursor.kerntaak = state.kerntaken.setdefault(
            number, Kerntaak(number, regel=line.number, heading_line=line.number))
    if match.group(2) and not cursor.kerntaak.titel:
        cursor.kerntaak.titel = match.group(2)
    cursor.werkproces, cursor.section = None, "kop"
    state.ledger.place(line, PROFILE, f"kerntaak {number} titel")
    cursor.previous = line
    return True


def _kerntaak_title_continued(state, cursor, line, blank):
    """A heading's title continued on the next line; only the first heading's title is kept."""
    if cursor.section != "kop" or cursor.previous is None or blank or _is_structure(line.text):
        return False
    kerntaak = cursor.kerntaak
    if kerntaak.heading_line == cursor.previous.number:
        kerntaak.titel = join(kerntaak.titel, line.text)
        kerntaak.heading_line = line.number
    state.ledger.place(line, PROFILE, f"kerntaak {kerntaak.id} titel")
    cursor.previous = line
    return True


def _forget_previous(state, cursor, line, blank):
    """Past the line under a kerntaak heading: no title continues any more. Takes no line."""
    cursor.previous = None
    return False


def _werkprocessen_heading(state, cursor, line, blank):
    if not WERKPROCESSEN_BIJ.match(line.text):
        return False
    state.ledger.place(line, NOISE, "kop")
    cursor.section = "tussen"
    return True


def _description_heading(state, cursor, line, blank):
    match = BESCHRIJVING.match(line.text)
    if not match:
        return False
    cursor.pending = resolve_pending(state, cursor.pending)
    kerntaak = cursor.kerntaak
    if kerntaak is None:
        state.ledger.leave(line)
        return True
    if _titled_above(cursor):
        # The werkproces's 'N.M Titel' stood above its description heading (a layout that
        # prints the title over both columns): the description is that werkproces's.
        werkproces = cursor.werkproces
        state.warnings.remove(_no_heading_warning(state, werkproces.id, werkproces.start))
        cursor.section = "beschrijving"
        state.ledger.place(line, NOISE, "kop")
        rest = match.group(1)
        if rest:
            add_prose(state, werkproces, rest, line, blank)
        return True
    werkproces = cursor.werkproces = Werkproces(kerntaak, line.number, start_place=state.where(line.number))
    kerntaak.werkprocessen.append(werkproces)
    cursor.section, cursor.title_rest = "beschrijving", None
    state.ledger.place(line, NOISE, "kop")
    rest = match.group(1)
    if rest and _is_own_heading(rest, kerntaak):
        cursor.title_rest = _take_heading(state, werkproces, rest, line)
    elif rest:
        add_prose(state, werkproces, rest, line, blank)
    return True


def _werkproces_heading(state, cursor, line, blank):
    """'N.M Titel' under a description heading (or, without one, opening a werkproces with a warning)."""
    match = WERKPROCES_ID.match(line.text)
    kerntaak = cursor.kerntaak
    if not (match and kerntaak and match.group(1) == kerntaak.id):
        return False
    if _next_title(state, cursor, match):
        # The next werkproces's title right after the lists of the one before (a layout that
        # prints the title above the columns): it opens the next werkproces.
        cursor.pending = resolve_pending(state, cursor.pending)
        cursor.werkproces = None
    elif not (cursor.section in ("beschrijving", "tussen", "kop")
              and (cursor.werkproces is None or not cursor.werkproces.id)):
        return False
    if cursor.werkproces is None:
        cursor.werkproces = Werkproces(kerntaak, line.number, start_place=state.where(line.number))
        kerntaak.werkprocessen.append(cursor.werkproces)
        state.warnings.append(_no_heading_warning(state, f"{match.group(1)}.{match.group(2)}", line.number))
        cursor.section = "beschrijving"
    cursor.title_rest = _take_heading(state, cursor.werkproces, line.text, line)
    return True


def _no_heading_warning(state, werkproces_id, number):
    return f"werkproces {werkproces_id} ({state.where(number)}) heeft geen kop 'Beschrijving werkproces'"


def _next_title(state, cursor, match):
    """Whether 'N.M Titel' in the lists of a werkproces is the title of the next one, as the overview lists it."""
    werkproces = cursor.werkproces
    if werkproces is None or not werkproces.id or cursor.section not in LIST_NAMES:
        return False
    werkproces_id = f"{match.group(1)}.{match.group(2)}"
    listed = listed_werkprocessen(state, match.group(1))
    return (werkproces_id != werkproces.id and werkproces_id in listed
            and normalize_name(listed[werkproces_id]).startswith(normalize_name(match.group(3))[:20]))


def _titled_above(cursor):
    """Whether the open werkproces is only a title so far, opened without a description heading."""
    werkproces = cursor.werkproces
    return (werkproces is not None and werkproces.id and cursor.section == "beschrijving"
            and werkproces.start == werkproces.title_line and not werkproces.prose
            and not werkproces.competenties)


def _werkproces_title_continued(state, cursor, line, blank):
    """A werkproces title wrapped in its column: the next non-blank lines that start in lower case.

    The title ends at a blank line, a heading or a line starting with a capital ('Competenties:'). When
    the overview lists the werkproces, a line is taken only if the longer title still starts its title there.
    """
    werkproces = cursor.werkproces
    if (blank or cursor.section != "beschrijving" or werkproces is None or not werkproces.id
            or werkproces.title_line != line.number - 1 or not line.text[:1].islower()):
        return False
    title = join(werkproces.titel, line.text)
    listed = listed_werkprocessen(state, werkproces.kerntaak.id).get(werkproces.id)
    if listed and not (normalize_name(listed) + " ").startswith(normalize_name(title) + " "):
        return False
    werkproces.titel, werkproces.title_line = title, line.number
    state.ledger.place(line, PROFILE, f"werkproces {werkproces.id} titel")
    cursor.title_rest = _title_rest(werkproces.titel, listed)
    return True


def _list_heading(state, cursor, line, blank):
    if cursor.werkproces is None or cursor.section == "toelichting":
        return False
    heading = _list_name(line.text)
    if heading is None:
        return False
    cursor.pending = resolve_pending(state, cursor.pending)
    cursor.section = heading
    state.ledger.place(line, NOISE, "kop")
    return True


def _toelichting_heading(state, cursor, line, blank):
    if not (TOELICHTING.match(line.text) and cursor.kerntaak is not None):
        return False
    cursor.pending = resolve_pending(state, cursor.pending)
    cursor.werkproces, cursor.section = None, "toelichting"
    state.ledger.place(line, NOISE, "kop")
    return True


def _chapter_heading(state, cursor, line, blank):
    if not (CHAPTER.match(line.text) and cursor.section in ("toelichting", None)):
        return False
    state.ledger.place(line, NOISE, "kop")
    cursor.kerntaak, cursor.werkproces, cursor.section = None, None, "einde"
    return True


_STRUCTURE = (_kerntaak_heading, _kerntaak_title_continued, _forget_previous, _werkprocessen_heading,
              _description_heading, _werkproces_heading, _werkproces_title_continued, _list_heading,
              _toelichting_heading, _chapter_heading)


# --- content -----------------------------------------------------------------------------

def _toelichting(state, cursor, line, blank):
    cursor.kerntaak.toelichting.append((line.text, blank))
    state.ledger.place(line, PROFILE, f"kerntaak {cursor.kerntaak.id} toelichting")


def _description(state, cursor, line, blank):
    text = line.text
    werkproces = cursor.werkproces
    if cursor.title_rest is not None:
        text, cursor.title_rest = _finish_title(state, werkproces, text, line, cursor.title_rest)
        if not text:
            return
    cursor.pending = read_description_line(state, werkproces, text, line, blank, cursor.pending)


def _list_item(state, cursor, line, blank):
    text = line.text
    werkproces = cursor.werkproces
    if UNKNOWN_HEADING.match(text) and not strip_bullet(text)[1]:
        state.warnings.append(f"{werkproces_place(werkproces.id, state.where(line.number), werkproces.position)}: "
                              f"onbekend kopje '{text}'; de regels eronder zijn niet geplaatst")
        state.ledger.leave(line, werkproces=werkproces.label)
        cursor.section = "onbekend"
        return
    items = getattr(werkproces, cursor.section)
    item, bullet = strip_bullet(text)
    if bullet:
        items.add_bullet(item, line)
    elif not items.add_plain(item, line):
        state.warnings.append(f"{werkproces_place(werkproces.id, state.where(line.number), werkproces.position)}: "
                              f"de regel onder '{cursor.section}' heeft geen opsommingsteken en sluit niet aan op "
                              "het item ervoor")
        state.ledger.leave(line, werkproces=werkproces.label)
        return
    state.ledger.place(line, PROFILE, f"werkproces {werkproces.label} {cursor.section}")


def _no_place(state, cursor, line, blank):
    """Between headings ('Vakkennis ...', an unknown heading, 'Werkprocessen bij ...'): no place."""
    state.ledger.leave(line, werkproces=cursor.werkproces.label if cursor.werkproces is not None else None)


_CONTENT = {"toelichting": _toelichting, "beschrijving": _description,
            **{name: _list_item for name in LIST_NAMES}}


# --- titles ------------------------------------------------------------------------------

def _list_name(text):
    for pattern, name in LIST_HEADINGS:
        if pattern.match(text):
            return name
    if VAKKENNIS.match(text):
        return "vakkennis"
    return None


def _take_heading(state, werkproces, text, line):
    """Read 'N.M Titel' as the werkproces's id and title; return the title's missing rest (or None)."""
    match = WERKPROCES_ID.match(text)
    if not match or match.group(1) != werkproces.kerntaak.id:
        return None
    werkproces.id = f"{match.group(1)}.{match.group(2)}"
    werkproces.titel = match.group(3).strip()
    werkproces.title_line = line.number
    state.ledger.place(line, PROFILE, f"werkproces {werkproces.id} titel")
    return _title_rest(werkproces.titel, listed_werkprocessen(state, werkproces.kerntaak.id).get(werkproces.id))


def _title_rest(title, listed):
    """The words of the overview's title ``listed`` still missing after ``title`` (None when none or no overview)."""
    if listed:
        have, full = normalize_name(title), normalize_name(listed)
        if full.startswith(have + " ") and len(full) > len(have):
            return TitleRest(rest=full[len(have):].strip(), listed=listed)
    return None


def _finish_title(state, werkproces, text, line, title_rest):
    """Look for the cut-off end of a title at the end of a following line: (rest of the line, title rest)."""
    position = tail_at_end(text, title_rest.rest)
    if position is not None:
        werkproces.titel = title_rest.listed
        state.ledger.place(line, PROFILE, f"werkproces {werkproces.id} titel")
        return clean_prose(text[:position]), None
    title_rest.tries -= 1
    return text, (title_rest if title_rest.tries > 0 else None)


def _is_own_heading(text, kerntaak):
    match = WERKPROCES_ID.match(text)
    return bool(match) and match.group(1) == kerntaak.id


def _is_structure(text):
    return bool(BESCHRIJVING.match(text) or WERKPROCESSEN_BIJ.match(text) or WERKPROCES_ID.match(text)
                or KERNTAAK.match(text))
