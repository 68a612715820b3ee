"""The report of a reading of a BCP text: what was found, where every line went, what needs review."""

import dataclasses

import pandas as pd

from bcp_analysis.errors import Problem, place_text
from bcp_analysis.model.competencies import nearest_competencies
from bcp_analysis.readers.bcp_text.vocabulary import KIND_ORDER, NOISE, PROFILE, SKIPPED, UNPLACED
from bcp_analysis.readers.places import werkproces_place

__all__: list[str] = []  # nothing of it is used outside its layer


@dataclasses.dataclass(frozen=True, eq=False)
class ExtractionReport:
    """What the extractor found, what it recognised as noise and what it could not place.

    Attributes
    ----------
    source : str
        The text's name (its file).
    found : pandas.DataFrame
        ``werkproces_id``, ``onderdeel``, ``aantal``: per werkproces and section the number
        of items found (for ``beschrijving`` the number of source lines). Rows with an empty
        ``werkproces_id`` count profile-wide sections (kerntaken, functiebenamingen, ...).
    unplaced : list of tuple of (int, str)
        Every non-blank input line (1-based number, text) that was placed nowhere; for a
        line placed in part, the part that was not placed.
    warnings : list of str
        What looks wrong and needs a reviewer's eye.
    lines : pandas.DataFrame
        ``regel``, ``soort``, ``plaats``: where every non-blank line went. ``soort`` is
        ``profiel`` (placed in the profile), ``ruis`` (page number, running footer,
        heading, guiding question), ``overgeslagen`` (recognised text outside the profile
        format: front matter, chapter introductions) or ``niet geplaatst``.
    unknown_competencies : list of tuple of (int, str, str)
        (line, werkproces, text) of every line of a Competenties list that is none of the
        25 competencies after tolerant matching: errors, see :meth:`problems`.
    werkproces_of : dict of int to str
        For an unplaced line inside a werkproces's sections, that werkproces (its id, or
        "(regel N)" for one without a number); see :meth:`unplaced_in_werkprocessen`.
    figures_unplaced : list of tuple of (int, str, str)
        (line, number as written, line text) of every number of the labour-market section
        that became no ``arbeidsmarkt`` row ("cijfer niet geplaatst").
    pages : dict of int to tuple of (int, int)
        For a text made from a PDF: line of the text -> (pagina, regel on that page); the
        report then names places by page and line (see :meth:`where`). Empty for a text file.
    """

    source: str
    found: pd.DataFrame
    unplaced: list
    warnings: list
    lines: pd.DataFrame
    unknown_competencies: list = dataclasses.field(default_factory=list)
    werkproces_of: dict = dataclasses.field(default_factory=dict)
    figures_unplaced: list = dataclasses.field(default_factory=list)
    pages: dict = dataclasses.field(default_factory=dict)

    def where(self, number):
        """Return the place of line ``number`` in the source as a user finds it.

        Parameters
        ----------
        number : int
            A line of the text read.

        Returns
        -------
        str
            "regel N", or "pagina P, regel R" for a text made from a PDF.
        """
        regel, pagina = self.place_of(number)
        return place_text(regel=regel, pagina=pagina)

    def place_of(self, number):
        """Return the place of line ``number`` in the source as data.

        Parameters
        ----------
        number : int
            A line of the text read.

        Returns
        -------
        tuple of (int, int or None)
            (regel, pagina): for a text made from a PDF the line on its page and the page, else
            (number, None).
        """
        if number in self.pages:
            page, line = self.pages[number]
            return line, page
        return number, None

    def problems(self):
        """Return the errors of the text: competencies that are none of the 25.

        Returns
        -------
        list of Problem
            (place, problem, fix, regel, pagina) per unknown competency, in the order of the
            text; the place names the werkproces and the line ("werkproces 2.1 (regel 161)"),
            the problem the text and the nearest of the 25, the fix what to do.
        """
        found = []
        for number, werkproces, text in self.unknown_competencies:
            nearest = " of ".join(f"'{name}'" for name, _ in nearest_competencies(text, limit=3))
            regel, pagina = self.place_of(number)
            found.append(Problem(_werkproces_place(werkproces, self.where(number)),
                                 f"'{text}' in de competenties is geen van de 25 SBB-competenties "
                                 f"(het dichtst bij: {nearest})",
                                 "verbeter de naam in de tekst, of voeg deze schrijfwijze als variant van de "
                                 "bedoelde competentie toe aan data/reference/competentiemodel.yaml",
                                 regel, pagina))
        return found

    def figures_not_placed(self):
        """Return the numbers of the labour-market section that became no row, with their place.

        Returns
        -------
        list of tuple of (str, str, str)
            (place as :meth:`where` says it, the number as written, its line of text).
        """
        return [(self.where(number), figure, text) for number, figure, text in self.figures_unplaced]

    def unplaced_in_werkprocessen(self):
        """Return the unplaced lines inside a werkproces's sections, apart from those of front matter.

        Returns
        -------
        list of tuple of (int, str, str)
            (line, werkproces, text), in the order of the text.
        """
        return [(number, self.werkproces_of[number], text) for number, text in self.unplaced
                if number in self.werkproces_of]

    def unplaced_elsewhere(self):
        """Return the unplaced lines outside every werkproces (front matter, overview, between kerntaken).

        Returns
        -------
        list of tuple of (int, str)
        """
        return [(number, text) for number, text in self.unplaced if number not in self.werkproces_of]

    def per_line(self):
        """Return one row per non-blank line: ``regel``, ``soort``, ``plaats``.

        A line placed in several ways (a description with a competency beside it) gets one
        kind: ``niet geplaatst`` when any part of it was not placed, else ``profiel``, else
        ``ruis``, else ``overgeslagen``; ``plaats`` is its first place of that kind.

        Returns
        -------
        pandas.DataFrame
        """
        rank = {kind: position for position, kind in enumerate(KIND_ORDER)}
        ranked = self.lines.assign(_rang=self.lines["soort"].map(rank), _volgorde=range(len(self.lines)))
        first = (ranked.sort_values(["regel", "_rang", "_volgorde"], kind="stable")
                 .drop_duplicates("regel", keep="first"))
        return first[["regel", "soort", "plaats"]].reset_index(drop=True)

    def counts(self):
        """Return the number of non-blank lines per kind of placement.

        Returns
        -------
        dict of str to int
            Keys ``profiel``, ``ruis``, ``overgeslagen``, ``niet geplaatst`` and ``totaal``;
            the first four add up to ``totaal``.
        """
        per_line = self.per_line()["soort"]
        counts = {kind: int((per_line == kind).sum()) for kind in (PROFILE, NOISE, SKIPPED, UNPLACED)}
        counts["totaal"] = int(len(per_line))
        return counts

    def format(self):
        """Return the report as readable Dutch text for the terminal.

        Returns
        -------
        str
        """
        lines = [f"Extractie van {self.source}", ""]
        lines.extend(self._format_found())
        lines.append("")
        lines.extend(self._format_counts())
        problems = self.problems()
        if problems:
            lines.append("")
            lines.append(f"Fouten ({len(problems)}):")
            lines.extend(f"  - {place}: {problem}\n    Oplossing: {fix}" for place, problem, fix in problems)
        if self.figures_unplaced:
            lines.append("")
            lines.append(f"Cijfers niet geplaatst ({len(self.figures_unplaced)}); neem ze met de hand over:")
            lines.extend(f"  {place}: cijfer niet geplaatst: {figure} in '{text}'"
                         for place, figure, text in self.figures_not_placed())
        if self.warnings:
            lines.append("")
            lines.append(f"Waarschuwingen ({len(self.warnings)}):")
            lines.extend(f"  - {warning}" for warning in self.warnings)
        lines.append("")
        if self.unplaced:
            lines.append(f"Niet geplaatst ({len(self.unplaced)}); neem over of verwijder met de hand:")
            lines.extend(f"  {self.where(number)}: {text}" for number, text in self.unplaced)
        else:
            lines.append("Elke regel met tekst is geplaatst of als ruis herkend.")
        return "\n".join(lines)

    def _format_found(self):
        overall = self.found[self.found["werkproces_id"] == ""]
        lines = ["Gevonden: " + ", ".join(f"{row.onderdeel} {row.aantal}" for row in overall.itertuples())]
        werkprocessen = self.found[self.found["werkproces_id"] != ""]
        if werkprocessen.empty:
            return lines
        # A werkproces described twice (a faulty text) has its rows twice: one line per description, never a crash.
        occurrence = werkprocessen.groupby(["werkproces_id", "onderdeel"], sort=False).cumcount()
        wide = (werkprocessen.assign(_keer=occurrence)
                .pivot_table(index=["werkproces_id", "_keer"], columns="onderdeel", values="aantal",
                             aggfunc="sum", fill_value=0, sort=False))
        lines.append("")
        lines.append(f"{'werkproces':<11}{'comp':>5}{'res':>5}{'kennis':>7}{'vaardig':>8}{'beschr.':>9}")
        for (werkproces_id, _), row in wide.iterrows():
            cells = [int(row.get(name, 0)) for name in ("competenties", "resultaten", "kennis", "vaardigheden",
                                                         "beschrijving")]
            lines.append(f"{werkproces_id:<11}{cells[0]:>5}{cells[1]:>5}{cells[2]:>7}{cells[3]:>8}{cells[4]:>9}")
        lines.append("(beschr. = aantal regels van de beschrijving)")
        return lines

    def _format_counts(self):
        counts = self.counts()
        per_line = self.per_line()
        noise = per_line[per_line["soort"] == NOISE]["plaats"].value_counts()
        skipped = per_line[per_line["soort"] == SKIPPED]["plaats"].value_counts()
        return [
            f"Regels met tekst: {counts['totaal']}",
            f"  geplaatst in het profiel: {counts[PROFILE]}",
            f"  herkend als ruis: {counts[NOISE]}" + _in_brackets(noise),
            f"  herkend, niet overgenomen: {counts[SKIPPED]}" + _in_brackets(skipped),
            f"  niet geplaatst: {counts[UNPLACED]}",
        ]


def _in_brackets(counts):
    return " (" + ", ".join(f"{name} {count}" for name, count in counts.items()) + ")" if len(counts) else ""


@dataclasses.dataclass(frozen=True, eq=False)
class Extraction:
    """A profile extracted from text, with the report of how it was found.

    Attributes
    ----------
    profile : dict
        The profile in the YAML format of ``data/README.md`` (validate it with
        ``bcp_analysis.readers.yaml_profile.profile_from_dict``).
    report : ExtractionReport
    """

    profile: dict
    report: ExtractionReport


def make_report(state):
    """Return the report of a finished reading; every line not yet in the ledger is left unplaced."""
    touched = state.ledger.touched()
    for line in state.lines:
        if line.noise is None and line.number not in touched:
            state.ledger.leave(line)
    rows = sorted(state.ledger.rows, key=lambda row: row[0])
    lines = pd.DataFrame(rows, columns=["regel", "soort", "plaats"]).astype(
        {"regel": "int64", "soort": "str", "plaats": "str"})
    found = pd.DataFrame(state.found_rows, columns=["werkproces_id", "onderdeel", "aantal"]).astype(
        {"werkproces_id": "str", "onderdeel": "str", "aantal": "int64"})
    return ExtractionReport(source=state.source, found=found, unplaced=sorted(set(state.ledger.unplaced)),
                            warnings=list(state.warnings), lines=lines, pages=dict(state.pages),
                            unknown_competencies=list(state.unknown_competencies),
                            werkproces_of=dict(state.ledger.werkproces_of),
                            figures_unplaced=sorted(state.figures_unplaced))


def _werkproces_place(label, where):
    """``werkproces 2.1 (regel 161)``; a werkproces without a number (label "(regel N)") by where it starts."""
    if label.startswith("(regel "):
        return werkproces_place("", where, f"het werkproces zonder nummer op {label[1:-1]}")
    return werkproces_place(label, where)
