"""Labour-market figures read from Dutch prose: one ``arbeidsmarkt`` row per figure, every other number reported.

:func:`read_figures` takes the lines of one labour-market section (a BCP's §1.4
"Arbeidsmarkt", a kwalificatiedossier's "Arbeidsmarktinformatie") and returns the rows of
the ``arbeidsmarkt`` table it can read from them, the numbers it could not place, and the
section's source line. The rules are general rules over Dutch prose, not one text's
sentences; where a label cannot be decided the row still carries the figure and its column
``controleren`` says in Dutch what a reviewer should check.

The rules below are written in code as tables a reader can follow, one module each:

- :mod:`~bcp_analysis.readers.figures.layout`: the source line, paragraphs, headings, tables
  and sentences;
- :mod:`~bcp_analysis.readers.figures.numbers`: ``NUMBER_RULES``, one rule per family of
  number (date, period, percentage, factor, level, count), in the order they are tried;
- :mod:`~bcp_analysis.readers.figures.rows`: ``UNIT_RULES`` (heading, table, prose) and
  ``SENTENCE_RULES`` (rank order, figures), which make the rows;
- :mod:`~bcp_analysis.readers.figures.labels`: indicator, scope, period and soort of a figure.

**The source line.** A line starting with "Bron:" or "Bronnen:" (or a line "Bron" /
"Bronnen" alone, followed by its list) opens the source; it runs to the next blank line.
Its lines are joined with spaces (list items with "; "), without the word "Bron". It is the
``bron`` of every row and of the result; the numbers in it belong to it and are neither
rows nor unplaced. A ``source`` passed by the caller wins over the section's own.

**Layout.** Lines are joined into paragraphs (a blank line ends one); a word split at a
line end ("ECABO-" / "domein") is joined without a space. A line that starts with a bullet
(``- * • · « » +`` or "1." / "a)") is an item of its own within its paragraph. A short
line without closing punctuation between two sentences is a *heading*: generic headings
("Arbeidsmarkt", "Kans op werk", a question) only mark topics, any other heading (a
profile's or an occupation's name) is the first part of the scope of the rows below it;
"Kans op stage: X" makes X that scope. Lines whose cells are separated by a tab or two or
more spaces form a *table*: a line whose cells are years is the header (a cell reading
"prognose" marks a forecast column); on any other line, the first cell is the label
(indicator and scope) and each number cell is a figure whose period is the header cell
above it (cells counted from the right).

**Numbers.** Read in this order, each position once:

- a date ("1 augustus 2016"): never a figure;
- a period: a year ("2009"), a range "2009-2014" (any dash, spaces allowed, "/" too),
  "tussen 2009 en 2014", "van 2009 tot (en met) 2014", "2009 t/m 2014"; written
  ``"2009-2014"`` in ``periode``;
- a percentage: an optional sign (``+ - −``), digits with a decimal comma, then "%",
  "procent" or "procentpunt" ("+4,5%", "-0,15 procent", "32,7 %"): eenheid ``%``;
- a factor: digits or a number word from "twee" to "tien" before "keer" or "maal"
  ("twee keer zoveel"): eenheid ``keer``. Other number words ("twee deelmarkten", "een
  derde") are not read: they are seldom figures, and reading them would report most
  articles "een" as numbers;
- a count: digits with thousands dots ("1.043.000", "59.600") are always a figure;
  plain digits ("800") only when an indicator noun follows within two words ("800
  nieuwe vacatures"): eenheid ``aantal``;
- a level ("niveau 3", "mbo-4"): part of a scope, not a figure;
- any other digits ("medewerker 4 kinderopvang", "24-uurs"): reported as unplaced.

A comma is the decimal sign; a dot followed by three digits separates thousands, any
other dot is read as a decimal point.

**Rank orders.** In a sentence with "gevolgd door" whose items carry no figures, the item
before "gevolgd door" (the nearest capitalised name) is rank 1 and the items after it,
separated by commas and "en", are ranks 2, 3, ...: one row each with eenheid ``rang``,
indicator "rangorde" plus the sentence's indicator noun. When the items carry figures,
the figures are the rows and the order follows from them.

**Indicator.** The indicator term nearest the figure in its clause (the sentence split at
":" and ";"), else in its sentence, else the last one of the paragraph; a term found
outside the clause is noted in ``controleren``. Terms that name a measure stand as they are
(werkgelegenheidsontwikkeling, economische groei, vervangingsvraag, uitbreidingsvraag,
werkloosheid, vervolgstudie, direct werken, werkzaam); terms that name what is counted
(vacatures, werkgelegenheid, studenten, stageplaatsen, banen, werkenden, uitstroom,
instroom) become "aandeel X" with a percentage, "groei X" or "afname X" with a
percentage and a word of change (stijging, toename, meer, daling, afname, minder, ...)
near it, and stay "X" with a count. No term: indicator "" and "indicator niet herkend".

**Scope.** Joined with ", ": the heading's scope; the domain ("ECABO-domein"), which holds
for the rest of the paragraph once named; the level ("mbo-niveau", "niveau 3"), which
also holds for the rest of the paragraph; and the name the figure belongs to: for a
figure in brackets the capitalised name just before the bracket ("ICT (19,3%)"), a
"richting" when the sentence speaks of richtingen; otherwise the nearest "richting X",
"regio X", "sector X" or "branche X" before the figure in its clause. "Nederland" or
"landelijk" is the whole scope. No scope found: "" and "scope niet genoemd".

**Period.** A period right after the figure ("193.000 in 2014", "(2014)"); else the first
period of the sentence that is not a comparison ("dan (in)", "vergeleken met", "ten
opzichte van", "in vergelijking met"); else the last period of the paragraph, or of the
section, with "periode afgeleid uit de context" (a comparison is then named too). A period
used by any row counts as placed.

**Soort.** ``prognose`` when the sentence says so ("naar verwachting", "verwacht...",
"zal", "zullen", "prognose", "raming", "voorspel...") or when the period ends after
``profile_year``; otherwise ``waargenomen``.

**Nothing lost.** Every number of the section that became no row and is not a row's
period, level or heading is listed in ``unplaced`` as ``(regel, number as written, line)``.
"""

import dataclasses

from bcp_analysis.readers.figures.layout import blocks, split_source
from bcp_analysis.readers.figures.rows import UNIT_RULES, Section

__all__: list[str] = []  # nothing of it is used outside its layer


@dataclasses.dataclass(frozen=True)
class FigureReading:
    """What :func:`read_figures` read from one labour-market section.

    Attributes
    ----------
    rows : list of dict
        One mapping per figure with the columns of ``TABLES["arbeidsmarkt"]``: indicator,
        scope, periode, waarde (float), eenheid (``%``, ``aantal``, ``rang``, ``keer``),
        soort (``waargenomen``/``prognose``), bron, controleren ("" when nothing to check),
        regel (the line of the figure) and pagina (None).
    unplaced : list of tuple
        ``(regel, number as written, line text)`` of every number that became no row.
    bron : str
        The section's source line (the column ``bron`` of every row), "" when it has none.
    """

    rows: list
    unplaced: list
    bron: str


def read_figures(lines, *, profile_year=None, source=None):
    """Read the labour-market figures of one section of a profile text.

    The rules are those of the module docstring.

    Parameters
    ----------
    lines : list of (int, str)
        The section's lines as ``(regel, text)``, as printed, page noise removed;
        blank lines separate paragraphs.
    profile_year : int, optional
        The year of the profile; a period ending after it is a forecast.
    source : str, optional
        The source of the figures, when the caller found it elsewhere; it wins over the
        section's own "Bron:" line.

    Returns
    -------
    FigureReading

    Examples
    --------
    >>> reading = read_figures([
    ...     (10, "In 2009 waren er in het ECABO-domein op mbo-niveau"),
    ...     (11, "133.400 vacatures. Naar verwachting stijgt dat tot 193.000 in 2014."),
    ...     (12, ""),
    ...     (13, "Bron: CBS, UWV"),
    ... ], profile_year=2010)
    >>> [(row["indicator"], row["scope"], row["periode"], row["waarde"], row["soort"], row["regel"])
    ...  for row in reading.rows]  # doctest: +NORMALIZE_WHITESPACE
    [('vacatures', 'ECABO-domein, mbo-niveau', '2009', 133400.0, 'waargenomen', 11),
     ('vacatures', 'ECABO-domein, mbo-niveau', '2014', 193000.0, 'prognose', 11)]
    >>> reading.bron, reading.unplaced
    ('CBS, UWV', [])
    >>> read_figures([(1, "Het Nederlands telt 7 regio's.")]).unplaced
    [(1, '7', "Het Nederlands telt 7 regio's.")]
    """
    lines = [(int(regel), str(text).rstrip("\n")) for regel, text in lines]
    prose, found_source = split_source(lines)
    source_text = found_source if source is None else str(source)
    section = Section(dict(lines), profile_year)
    rows = []
    for paragraph in blocks(prose):
        section.context.new_paragraph()
        for kind, payload in paragraph:
            rows.extend(row.as_dict() for row in UNIT_RULES[kind](payload, section))
    for row in rows:
        row["bron"] = source_text
    return FigureReading(rows=rows, unplaced=section.unplaced(), bron=source_text)
