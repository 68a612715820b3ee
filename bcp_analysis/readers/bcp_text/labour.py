"""The labour-market text of a BCP (§1.4 "Arbeidsmarkt") read into ``arbeidsmarkt`` rows by the figure reader."""

import re

from bcp_analysis.readers.figures import read_figures

__all__: list[str] = []  # nothing of it is used outside its layer


# A labelled text under another label is the labour-market text by its content: at least
# this many figures (a percentage, or a count with thousands separators or of five digits or
# more, so never a year) in a text that speaks of the labour market.
_FIGURES_NEEDED = 2
_FIGURE = re.compile(r"[-+−]?\d+(?:,\d+)?\s?(?:%|procent)|\b\d{1,3}(?:\.\d{3})+\b|\b\d{5,}\b")
_LABOUR_WORDS = re.compile(r"vacature|werkgelegenheid|arbeidsmarkt|werkzoekend|werkloos|banen\b|vervangingsvraag|"
                           r"instroom|uitstroom|baankans|werkenden|werkzame personen", re.IGNORECASE)


def is_labour_market(label, blocks=()):
    """Whether a labelled text of §1.4 is the labour-market text: by its label or by its content.

    By its label: 'Arbeidsmarkt', 'Arbeidsmarktperspectief', 'Arbeidsmarktinformatie'. By its
    content, under any other label: figures (at least two percentages or counts, years not
    counted) in a text that speaks of vacatures, werkgelegenheid, the arbeidsmarkt and the like.

    Examples
    --------
    >>> is_labour_market("arbeidsmarktinformatie")
    True
    >>> from types import SimpleNamespace as Line
    >>> text = [[Line(text="In 2009 waren er 133.400 vacatures; in 2014 naar verwachting 193.000.")]]
    >>> is_labour_market("vooruitzichten", text), is_labour_market("beroepsontwikkelingen", [[Line(text="Sinds 2009")]])
    (True, False)
    """
    if label.startswith("arbeidsmarkt"):
        return True
    text = " ".join(line.text for block in blocks for line in block)
    return len(_FIGURE.findall(text)) >= _FIGURES_NEEDED and _LABOUR_WORDS.search(text) is not None


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
