"""The committee chart of a programme held against a profile: onderdelen × werkprocessen, gaps and doubles marked.

It draws in the package's one chart style (:func:`~bcp_analysis.outputs.charts.chart_style`); what it
draws comes from :mod:`bcp_analysis.analyses.curriculum` (the matrix, the numbers per column and the
title that states the finding).
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from matplotlib.patches import Patch, Rectangle

from bcp_analysis.analyses.curriculum import ZONDER_NIVEAU, coverage_title, matrix_columns
from bcp_analysis.outputs.charts import PALETTE, chart_style, finish_chart, new_figure

if TYPE_CHECKING:  # names of the annotations only
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["plot_curriculum_matrix"]

_NIVEAU_LETTERS = {"introductie": "I", "oefenen": "O", "toetsen": "T", ZONDER_NIVEAU: "x"}
_NIVEAU_LABELS = {"introductie": "I  introductie", "oefenen": "O  oefenen", "toetsen": "T  toetsen",
                  ZONDER_NIVEAU: "x  gedekt, niveau niet opgegeven"}
_COLOURS = {"introductie": PALETTE[4], "oefenen": PALETTE[0], "toetsen": PALETTE[3], ZONDER_NIVEAU: PALETTE[7]}
_LETTER_COLOURS = {"introductie": "black", "oefenen": "white", "toetsen": "white", ZONDER_NIVEAU: "black"}
_GAP = "#F3D9CC"  # a light vermillion: a werkproces in no onderdeel
_DOUBLE = "#FBE6B5"  # a light orange, hatched: a werkproces more than one onderdeel examines
_ALERT = PALETTE[3]
_DOUBLE_TEXT = "#8A5A00"  # a dark orange, readable on white


def _wrap(text, width):
    return "\n".join(textwrap.wrap(str(text), width)) or str(text)


def _kerntaak_of(werkproces_id, werkprocessen=None):
    """The kerntaak of a werkproces: from the profile's table, else from the id (1.2 → 1, B1-K1-W2 → B1-K1)."""
    if werkprocessen is not None:
        lookup = dict(zip(werkprocessen["werkproces_id"], werkprocessen["kerntaak_id"]))
        if werkproces_id in lookup:
            return str(lookup[werkproces_id])
    text = str(werkproces_id)
    return text.rsplit("-W", 1)[0] if "-W" in text else text.rsplit(".", 1)[0]


def _shade_columns(ax: Axes, columns) -> None:
    """A werkproces in no onderdeel shaded, one examined more than once hatched."""
    for index, row in enumerate(columns.itertuples()):
        if row.aantal_onderdelen == 0:
            ax.axvspan(index - 0.5, index + 0.5, color=_GAP, zorder=0, linewidth=0, gid="gat")
        elif row.dubbel:
            ax.axvspan(index - 0.5, index + 0.5, facecolor=_DOUBLE, edgecolor="#E0B050", hatch="//", zorder=0,
                       linewidth=0, gid="dubbel")


def _draw_cells(ax: Axes, values) -> None:
    """Each cell an onderdeel gives a niveau: a coloured square with its letter."""
    for row, cells in enumerate(values):
        for column, niveau in enumerate(cells):
            if not niveau:
                continue
            ax.add_patch(Rectangle((column - 0.45, row - 0.4), 0.9, 0.8, facecolor=_COLOURS[niveau],
                                   edgecolor="none", zorder=2, gid="cel"))
            ax.text(column, row, _NIVEAU_LETTERS[niveau], ha="center", va="center", fontsize=10,
                    fontweight="bold", color=_LETTER_COLOURS[niveau], zorder=3)


def _draw_grid(ax: Axes, rows: int, kerntaken: list[str]) -> None:
    """Light lines between the cells, a dark one above the totals and between the kerntaken."""
    for row in range(rows + 3):
        ax.axhline(row - 0.5, color="#DDDDDD", linewidth=0.5, zorder=1)
    ax.axhline(rows - 0.5, color="#333333", linewidth=1.2, zorder=1)
    for column in range(len(kerntaken) + 1):
        ax.axvline(column - 0.5, color="#DDDDDD", linewidth=0.5, zorder=1)
    for column in range(1, len(kerntaken)):
        if kerntaken[column] != kerntaken[column - 1]:
            ax.axvline(column - 0.5, color="#333333", linewidth=1.2, zorder=1)


def _draw_totals(ax: Axes, rows: int, columns) -> None:
    """Two rows under the matrix: the number of onderdelen per werkproces, and whether (how often) it is examined."""
    for index, row in enumerate(columns.itertuples()):
        empty = row.aantal_onderdelen == 0
        ax.text(index, rows, str(row.aantal_onderdelen), ha="center", va="center", fontsize=10,
                color=_ALERT if empty else "#222222", fontweight="bold" if empty else "normal", gid="aantal")
        colour = _ALERT if row.gat else (_DOUBLE_TEXT if row.dubbel else "#222222")
        ax.text(index, rows + 1, row.getoetst, ha="center", va="center", fontsize=10, color=colour,
                fontweight="bold" if row.gat or row.dubbel else "normal", gid="getoetst")


def _label_axes(ax: Axes, labels: list[str], values, columns, noun: str) -> None:
    ax.set_yticks(range(len(labels) + 2), labels + [f"Aantal {noun}", "Getoetst"])
    for label in ax.get_yticklabels()[-2:]:
        label.set_fontweight("bold")
    for label, cells in zip(ax.get_yticklabels(), values):
        if not any(cells):  # an onderdeel that covers no werkproces of this profile
            label.set_color("#777777")
            label.set_fontstyle("italic")
    ax.xaxis.tick_top()
    ax.set_xticks(range(len(columns)), columns.index.tolist(), rotation=90 if len(columns) > 16 else 0)
    for label, row in zip(ax.get_xticklabels(), columns.itertuples()):
        if row.aantal_onderdelen == 0 or row.dubbel:
            label.set_color(_ALERT if row.aantal_onderdelen == 0 else _DOUBLE_TEXT)
            label.set_fontweight("bold")
    ax.set_xlabel("Werkproces (zwarte lijnen scheiden de kerntaken)")
    ax.xaxis.set_label_position("top")
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)


def _legend(ax: Axes, values, columns, modules: bool) -> None:
    noun = "module" if modules else "onderdeel"
    present = {niveau for cells in values for niveau in cells if niveau}
    handles = [Patch(facecolor=_COLOURS[niveau], label=_NIVEAU_LABELS[niveau])
               for niveau in ("introductie", "oefenen", "toetsen", ZONDER_NIVEAU) if niveau in present]
    if (columns["aantal_onderdelen"] == 0).any():
        handles.append(Patch(facecolor=_GAP, label=f"in geen enkel{'e' if modules else ''} {noun}"))
    if columns["dubbel"].any():
        handles.append(Patch(facecolor=_DOUBLE, edgecolor="#E0B050", hatch="//", label=f"door meer dan één {noun} "
                             "getoetst"))
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.02), ncols=min(len(handles), 3))


def plot_curriculum_matrix(matrix: pd.DataFrame, source: str, title: str | None = None,
                           werkprocessen: pd.DataFrame | None = None, modules: bool = False) -> Figure:
    """Draw the onderdeel × werkproces matrix for a committee, gaps and double examinations marked.

    Rows are the onderdelen (exams, proeven, modules) in the document's order, columns the
    werkprocessen grouped by kerntaak; each cell shows the highest niveau as a coloured letter
    (I introductie, O oefenen, T toetsen, x gedekt zonder niveau). A werkproces no onderdeel
    covers is shaded and its code printed in red; one that more than one onderdeel examines is
    hatched and its code printed in dark orange. Two rows at the bottom give per werkproces the
    number of onderdelen and whether one examines it ("ja"; "2×" when two do; "nee" in red when it
    is taught but never examined; "?" when no row gives a niveau), as
    :func:`~bcp_analysis.analyses.curriculum.matrix_columns` counts them. An onderdeel that covers
    no werkproces of the profile (its codes were reported, or it names only a kerntaak) has its name
    in grey italics.

    Parameters
    ----------
    matrix : pandas.DataFrame
        As :func:`bcp_analysis.analyses.curriculum.curriculum_matrix` returns.
    source : str
        The source line, e.g. ``profile.bronvermelding``.
    title : str, optional
        Default: :func:`bcp_analysis.analyses.curriculum.coverage_title` (the gaps and doubles found).
    werkprocessen : pandas.DataFrame, optional
        ``profile.werkprocessen`` for the kerntaak of each id; default: read from the id.
    modules : bool, default False
        Say "module" rather than "onderdeel" (a programme of modules only).

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.analyses.curriculum import curriculum_matrix, load_curriculum
    >>> from bcp_analysis.paths import EXAMPLE_CURRICULUM
    >>> profile = load_profile()
    >>> matrix = curriculum_matrix(load_curriculum(EXAMPLE_CURRICULUM, profile), profile)
    >>> fig = plot_curriculum_matrix(matrix, profile.bronvermelding, modules=True)
    >>> print(fig.texts[0].get_text().replace("\\n", " "))  # doctest: +NORMALIZE_WHITESPACE
    2 van de 15 werkprocessen zitten in geen enkele module (2.4, 3.7); 1 wordt wel onderwezen maar nergens getoetst
    (1.3)
    """
    noun = "modules" if modules else "onderdelen"
    onderdelen = [str(name) for name in matrix.index]
    columns = matrix_columns(matrix)
    values = matrix.to_numpy().tolist()
    kerntaken = [_kerntaak_of(werkproces_id, werkprocessen) for werkproces_id in columns.index]
    title = title or coverage_title(matrix, modules=modules)
    labels = [_wrap(name, 40) for name in onderdelen]
    row_height = max([0.42, *(0.19 * (label.count("\n") + 1) + 0.12 for label in labels)])
    with chart_style():
        fig = new_figure(max(9.0, 3.8 + 0.55 * len(columns)), 2.6 + row_height * len(onderdelen) + 0.42 + 1.0)
        ax = fig.add_subplot()
        ax.set_xlim(-0.5, len(columns) - 0.5)
        ax.set_ylim(len(onderdelen) + 1.5, -0.5)
        _shade_columns(ax, columns)
        _draw_cells(ax, values)
        _draw_grid(ax, len(onderdelen), kerntaken)
        _draw_totals(ax, len(onderdelen), columns)
        _label_axes(ax, labels, values, columns, noun)
        _legend(ax, values, columns, modules)
        return finish_chart(fig, title, source)
