"""The labour-market text of a BCP (§1.4 "Arbeidsmarkt") read into ``arbeidsmarkt`` rows by the figure reader."""

import re

from bcp_analysis.readers.figures import read_figures

__all__ = ["is_labour_market", "read_labour_market"]


def is_labour_market(label):
    """Whether a labelled text of §1.4 is the labour-market text ('Arbeidsmarkt', 'Arbeidsmarktperspectief')."""
    return label.startswith("arbeidsmarkt")


def read_labour_market(state, blocks):
    """Read the figures of the labour-market text; return its blocks, still kept as prose.

    Every number the figure reader does not place is kept in ``state.figures_unplaced``
    with its line ("cijfer niet geplaatst" in the report). The lines come without page noise;
    the ``Bron:`` lines under the text are part of them, as the figure reader expects.
    """
    lines = []
    for block in blocks:  # a blank line between blocks ends a paragraph, as the figure reader expects
        if lines:
            lines.append((block[0].number - 1, ""))
        lines.extend((line.number, line.text) for line in block)
    if not lines:
        return blocks
    reading = read_figures(lines, profile_year=_profile_year(state), source=None)
    state.arbeidsmarkt.extend(reading.rows)
    state.figures_unplaced.extend(reading.unplaced)
    return blocks


def _profile_year(state):
    """The year the profile was set (or approved), from the colofon; None when it does not say."""
    for field in ("vastgesteld_op", "geaccordeerd_op"):
        match = re.match(r"(\d{4})-\d{2}-\d{2}$", state.meta.get(field, ""))
        if match:
            return int(match.group(1))
    return None
