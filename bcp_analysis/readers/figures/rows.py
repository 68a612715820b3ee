"""The rows of a labour-market section: one rule per kind of unit (heading, table, prose) and per kind of sentence.

:data:`UNIT_RULES` says how each unit of a paragraph is read; :data:`SENTENCE_RULES` lists,
in order, the rules that make rows of one sentence of prose: a rank order first, then the
figures. Every rule adds the numbers it placed to the section's ``used``.
"""

import dataclasses
import itertools
import re

from bcp_analysis.readers.figures.labels import (
    FORECAST,
    NAME,
    SCOPES,
    Context,
    Figure,
    compared,
    indicator,
    nearest,
    period,
    scope,
    soort,
    tense_note,
    terms,
)
from bcp_analysis.readers.figures.layout import CELLS, fold_same_length, join_lines, sentences
from bcp_analysis.readers.figures.numbers import DASH, UNITS, YEAR, number_value, read_numbers

__all__: list[str] = []  # nothing of it is used outside its layer

_TOPIC = re.compile(r"arbeidsmarkt|kans op|actuele gegevens|kwantitatieve gegevens|cijfers|perspectief|\?$")
_LEVEL_WORD = re.compile(r"\b(?:mbo|hbo|wo)-niveau\b|\b(?:mbo|hbo)\s+niveau\s+\d\b", re.IGNORECASE)
_TABLE_LEVEL = re.compile(r"\b(?:mbo|hbo|wo)-niveau\b|\bniveau\s?\d\b", re.IGNORECASE)
_CLAUSE = re.compile(r"[^:;]+")
_FOLLOWED_BY = re.compile(r"gevolgd door\s+", re.IGNORECASE)
_FIRST_WORD = re.compile(r"[A-ZÀ-Ý][\w'’&-]*")
_YEAR_CELL = re.compile(rf"(?P<first>{YEAR})(?:\s*{DASH}\s*(?P<last>{YEAR}))?(?P<forecast>\s*\(?prognose\)?)?",
                        re.IGNORECASE)


@dataclasses.dataclass
class Row:
    """One ``arbeidsmarkt`` row before its source is known."""

    indicator: str
    scope: str
    periode: str
    waarde: float
    eenheid: str
    soort: str
    notes: tuple
    regel: int

    def as_dict(self):
        """The row with the columns of ``TABLES["arbeidsmarkt"]``; ``bron`` is "" until the section's is known."""
        return {"indicator": self.indicator, "scope": self.scope, "periode": self.periode,
                "waarde": float(self.waarde), "eenheid": self.eenheid, "soort": self.soort, "bron": "",
                "controleren": "; ".join(dict.fromkeys(self.notes)), "regel": self.regel, "pagina": None}


@dataclasses.dataclass
class Section:
    """The state of reading one section: its lines, every number met, the numbers used and the context."""

    lines: dict
    profile_year: object = None
    context: Context = dataclasses.field(default_factory=Context)
    tokens: list = dataclasses.field(default_factory=list)
    used: list = dataclasses.field(default_factory=list)
    counter: object = dataclasses.field(default_factory=itertools.count)

    def numbers(self, text, start, end):
        """The numbers of ``text.text[start:end]``, kept as met."""
        found = read_numbers(text, start, end, self.counter)
        self.tokens.extend(found)
        return found

    def unplaced(self):
        """``(regel, number as written, line)`` of every number met that no rule used."""
        used = {item.order for item in self.used}
        return [(item.regel, item.written, item.line) for item in self.tokens if item.order not in used]


@dataclasses.dataclass
class Sentence:
    """One sentence of prose: its span in the text, its numbers and whether it speaks of the future."""

    text: object
    span: tuple
    tokens: list
    forecast: bool


# --- headings -----------------------------------------------------------------------------

def heading_rows(payload, section):
    """A heading gives no rows: a topic heading is passed over, "Kans op stage: X" or a name is the scope below."""
    regel, heading = payload
    text = join_lines([payload], section.lines)
    tokens = section.numbers(text, 0, len(text.text))
    context, folded = section.context, fold_same_length(heading)
    if ":" in heading and _TOPIC.search(fold_same_length(heading.split(":", 1)[0])):
        context.heading = heading.split(":", 1)[1].strip()
        context.heading_tokens = [item for item in tokens if item.start > heading.index(":")]
    elif not _TOPIC.search(folded) and not re.match(r"bron", folded):
        context.heading, context.heading_tokens = heading, tokens
        context.noun = ()
        context.section_period = None
    return []


# --- prose --------------------------------------------------------------------------------

def prose_rows(lines, section):
    """The rows of the sentences of a stretch of prose, by :data:`SENTENCE_RULES`."""
    text = join_lines(lines, section.lines)
    rows = []
    for span in sentences(text):
        sentence = Sentence(text, span, section.numbers(text, *span), bool(FORECAST.search(text.folded, *span)))
        _note_level(sentence, section.context)
        found = [row for rule in SENTENCE_RULES for row in rule(sentence, section)]
        _end_sentence(sentence, found, section)
        rows.extend(found)
    return rows


def _note_level(sentence, context):
    """A level named in the sentence ("mbo-niveau", "niveau 3") holds for the rest of the paragraph."""
    raw, start = sentence.text.text, sentence.span[0]
    heading = fold_same_length(context.heading)
    levels = [item for item in sentence.tokens if item.kind == "level" and not compared(raw, start, item.start)
              and fold_same_length(item.written) not in heading]
    word = _LEVEL_WORD.search(raw, *sentence.span)
    if word and (not levels or word.start() <= levels[0].start):
        context.level, context.level_tokens = word.group(0), []
    elif levels:
        context.level, context.level_tokens = levels[0].written, [levels[0]]


def _end_sentence(sentence, rows, section):
    """After a sentence: the levels its heading names are used; its own period holds from here on."""
    context, raw, start = section.context, sentence.text.text, sentence.span[0]
    if rows and context.heading:
        heading = fold_same_length(context.heading)
        section.used.extend(item for item in sentence.tokens
                            if item.kind == "level" and fold_same_length(item.written) in heading)
    own = [item for item in sentence.tokens if item.kind == "period" and not compared(raw, start, item.start)]
    if own:
        context.period = own[0]
        context.section_period = own[0]


def rank_order_rows(sentence, section):
    """"A ..., gevolgd door B en C" whose items carry no figures: ranks 1, 2, 3, ... (eenheid ``rang``)."""
    if any(item.kind in UNITS for item in sentence.tokens):
        return []
    text, context = sentence.text, section.context
    ranked = _ranked_names(text.text, sentence.span)
    if ranked is None:
        return []
    names, cut = ranked
    notes = []
    noun = _rank_noun(text.folded, sentence.span, cut, context, notes)
    for match in SCOPES.finditer(text.text, *sentence.span):
        if match.group("domain"):
            context.domain = match.group("domain")
    periode = _rank_period(sentence.tokens, section, notes)
    base = ([context.heading] if context.heading else []) + context.paragraph_scope(section.used)
    kind = "richting " if re.search(r"richting", text.text[slice(*sentence.span)], re.IGNORECASE) else ""
    row_soort = soort(periode, sentence.forecast, section.profile_year)
    tense = tense_note(text.folded, sentence.span, periode, section.profile_year)
    if tense:
        notes.append(tense)
    return [Row(f"rangorde {noun}".strip(), ", ".join(base + [f"{kind}{name}"]), periode, rank, "rang", row_soort,
                tuple(notes), text.regel(position))
            for rank, (name, position) in enumerate(names, start=1)]


def _ranked_names(raw, span):
    """The names of a rank order in order, as (name, position), and where "gevolgd door" stands; or None."""
    start, end = span
    marker = _FOLLOWED_BY.search(raw, start, end)
    if marker is None:
        return None
    firsts = [match for match in re.finditer(NAME, raw[start + 1:marker.start()])
              if not match.group(0).endswith("-domein")]
    if not firsts:
        return None
    names = [(_FIRST_WORD.match(firsts[-1].group(0)).group(0), start + 1 + firsts[-1].start())]
    tail = raw[marker.end():end].rstrip(".!? ")
    tail_clean = re.sub(r"^(?:de|het)\s+", "", tail)
    tail_clean = re.sub(r"^(?:kwalificatie)?richtingen?\s+|^sectoren\s+|^regio's\s+|^branches\s+", "", tail_clean)
    offset = marker.end() + (len(tail) - len(tail_clean))
    for item in (item.strip() for item in re.split(r",\s*|\s+en\s+|\s+of\s+", tail_clean) if item.strip()):
        position = raw.find(item, offset)
        names.append((item, position))
        offset = position + len(item)
    return names, marker.start()


def _rank_noun(folded, span, cut, context, notes):
    """What the rank order counts: the indicator noun nearest "gevolgd door", else the paragraph's."""
    term = nearest(terms(folded, *span), cut)
    if term is not None and term[3] == "noun":
        context.noun = term[2:]
        return term[2]
    noun = context.noun[0] if context.noun and context.noun[1] == "noun" else ""
    notes.append("indicator afgeleid uit de context" if noun else "indicator niet herkend")
    return noun


def _rank_period(tokens, section, notes):
    """The sentence's first period, else the paragraph's or section's."""
    periods = [item for item in tokens if item.kind == "period"]
    if periods:
        chosen = periods[0]
    else:
        chosen = section.context.period or section.context.section_period
        notes.append("periode afgeleid uit de context" if chosen else "periode niet genoemd")
    if chosen is None:
        return ""
    section.used.append(chosen)
    return chosen.periode


def figure_rows(sentence, section):
    """One row per percentage, factor and count of the sentence, labelled from the words around it."""
    text = sentence.text
    clauses = [(match.start(), match.end()) for match in _CLAUSE.finditer(text.text, *sentence.span)]
    rows = []
    for token in sentence.tokens:
        if token.kind in UNITS:
            clause = next((span for span in clauses if span[0] <= token.start < span[1]), sentence.span)
            rows.append(_figure_row(Figure(token, text, clause, sentence.span), sentence, section))
    return rows


def _figure_row(figure, sentence, section):
    """The row of one figure; its indicator term becomes the paragraph's noun."""
    context, used, token, folded = section.context, section.used, figure.token, figure.text.folded
    name = indicator(figure, context)
    where = scope(figure, context, used)
    chosen, references = period(figure, sentence.tokens, context)
    used.extend(references)
    if chosen is not None:
        used.append(chosen)
    periode = chosen.periode if chosen is not None else ""
    used.append(token)
    tense = tense_note(figure.text.folded, sentence.span, periode, section.profile_year)
    notes = tuple(figure.notes) + ((tense,) if tense else ())
    row = Row(name, where, periode, token.value, UNITS[token.kind],
              soort(periode, sentence.forecast, section.profile_year), notes, token.regel)
    term = (nearest(terms(folded, *figure.clause), token.start)
            or nearest(terms(folded, *figure.sentence), token.start))
    if term is not None:
        context.noun = term[2:]
    return row


# --- tables -------------------------------------------------------------------------------

@dataclasses.dataclass
class _TableLine:
    """One line of a table that is no header: its first cell is the label, its numbers after it."""

    regel: int
    label: str
    text: object
    tokens: list


@dataclasses.dataclass
class _Header:
    """A table's line of years: ``(periode, forecast)`` per year cell from the left, and their tokens."""

    periods: list
    tokens: list


def table_rows(lines, section):
    """The rows of a table: a header of years, then per line a label and its number cells."""
    rows, header = [], None
    for regel, line in lines:
        cells = [cell.strip() for cell in CELLS.split(line.strip()) if cell.strip()]
        text = join_lines([(regel, line)], {regel: line})
        tokens = section.numbers(text, 0, len(text.text))
        periods = _header_periods(cells)
        if periods is not None:
            header = _Header(periods, [item for item in tokens if item.kind == "period"])
        else:
            rows.extend(_table_line_rows(_TableLine(regel, cells[0], text, tokens), header, section))
    return rows


def _header_periods(cells):
    """``(periode, forecast)`` of each year cell when the cells after the first are all years; else None."""
    years = [_YEAR_CELL.fullmatch(cell) for cell in cells]
    if not all(years[1:]) or not (years[0] or not re.search(r"\d", cells[0])):
        return None
    return [(f"{match.group('first')}-{match.group('last')}" if match.group("last") else match.group("first"),
             bool(match.group("forecast"))) for match in years if match]


def _table_line_rows(line, header, section):
    """One row per number cell after the label; plain digits count as a count in a table."""
    figures = [item for item in line.tokens
               if (item.kind in UNITS or item.kind == "bare") and item.start >= len(line.label)]
    rows = []
    for position, token in enumerate(figures):
        if token.kind == "bare":
            token.kind, token.value = "count", number_value(token.written)
        notes = []
        periode, forecast = _table_period(len(figures) - position, header, line, section, notes)
        name = _table_indicator(token, line, section.context, notes)
        where = _table_scope(line, section, notes)
        section.used.append(token)
        forecast = forecast or FORECAST.search(line.text.folded)
        row_soort = "prognose" if forecast else soort(periode, False, section.profile_year)
        rows.append(Row(name, where, periode, token.value, UNITS[token.kind], row_soort, tuple(notes), line.regel))
    return rows


def _table_period(from_right, header, line, section, notes):
    """The header cell above a number (cells counted from the right), else a period in the label."""
    if header is not None and from_right <= len(header.periods):
        periode, forecast = header.periods[-from_right]
        section.used.extend(item for item in header.tokens if item.periode == periode)
        return periode, forecast
    in_label = [item for item in line.tokens if item.kind == "period" and item.start < len(line.label)]
    if in_label:
        section.used.append(in_label[0])
        return in_label[0].periode, False
    notes.append("periode niet genoemd")
    return "", False


def _table_indicator(token, line, context, notes):
    """The indicator term of the label, else the label itself."""
    end = len(line.label)
    if terms(line.text.folded, 0, end):
        return indicator(Figure(token, line.text, (0, end + 1), (0, end + 1)), context)
    notes.append("indicator overgenomen uit de tabel")
    return line.label


def _table_scope(line, section, notes):
    """The heading, and the scopes and level the label names."""
    parts = [section.context.heading] if section.context.heading else []
    parts.extend(match.group(0) if not match.group("land") else "Nederland" for match in SCOPES.finditer(line.label))
    level = _TABLE_LEVEL.search(line.label)
    if level:
        parts.append(level.group(0))
        section.used.extend(item for item in line.tokens if item.kind == "level" and item.start < len(line.label))
    if not parts:
        notes.append("scope niet genoemd")
    return ", ".join(parts)


# --- the rules ----------------------------------------------------------------------------

# The rules that make rows of one sentence, in order.
SENTENCE_RULES = (rank_order_rows, figure_rows)
# How each unit of a paragraph (see layout.blocks) is read.
UNIT_RULES = {"heading": heading_rows, "table": table_rows, "text": prose_rows}
