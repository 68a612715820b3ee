"""The report of a reading of a BCP text: what was found, where every line went, what needs review."""

import dataclasses

import pandas as pd

from bcp_analysis.readers.bcp_text.vocabulary import KIND_ORDER, NOISE, PROFILE, SKIPPED, UNPLACED

__all__ = ["ExtractionReport", "Extraction", "make_report"]


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
    """

    source: str
    found: pd.DataFrame
    unplaced: list
    warnings: list
    lines: pd.DataFrame

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
        if self.warnings:
            lines.append("")
            lines.append(f"Waarschuwingen ({len(self.warnings)}):")
            lines.extend(f"  - {warning}" for warning in self.warnings)
        lines.append("")
        if self.unplaced:
            lines.append(f"Niet geplaatst ({len(self.unplaced)}); neem over of verwijder met de hand:")
            lines.extend(f"  regel {number}: {text}" for number, text in self.unplaced)
        else:
            lines.append("Elke regel met tekst is geplaatst of als ruis herkend.")
        return "\n".join(lines)

    def _format_found(self):
        overall = self.found[self.found["werkproces_id"] == ""]
        lines = ["Gevonden: " + ", ".join(f"{row.onderdeel} {row.aantal}" for row in overall.itertuples())]
        werkprocessen = self.found[self.found["werkproces_id"] != ""]
        order = list(dict.fromkeys(werkprocessen["werkproces_id"]))
        if not order:
            return lines
        wide = werkprocessen.pivot(index="werkproces_id", columns="onderdeel", values="aantal")
        lines.append("")
        lines.append(f"{'werkproces':<11}{'comp':>5}{'res':>5}{'kennis':>7}{'vaardig':>8}{'beschr.':>9}")
        for werkproces_id in order:
            row = wide.loc[werkproces_id]
            lines.append(f"{werkproces_id:<11}{row['competenties']:>5}{row['resultaten']:>5}"
                         f"{row['kennis']:>7}{row['vaardigheden']:>8}{row['beschrijving']:>9}")
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
                            warnings=list(state.warnings), lines=lines)
