"""Charts for curriculum committees, in one shared style, saved as PNG and SVG.

The charts only draw. What they draw comes from the analysis modules (``coverage``,
``overlap``, ``labour_market``, ``curriculum``), and their titles, the findings, from
:mod:`bcp_analysis.analyses.findings`; a chart with nothing to show says in its title why.

This module is longer than 600 lines because every committee chart is drawn here in the one
shared style: the style, the helpers that apply it (size, layout, colours, the source line)
and the charts that use them stay together, so that no chart drifts from the look of the others.
"""

from __future__ import annotations

import contextlib
import io
import re
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import matplotlib
import numpy as np
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.image import AxesImage
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from bcp_analysis.analyses import coverage, findings
from bcp_analysis.analyses.coverage import recurring_items
from bcp_analysis.analyses.dossier import matrix_finding
from bcp_analysis.analyses.labour_market import labour_market_panels
from bcp_analysis.dutch import number as _number
from bcp_analysis.dutch import shorten
from bcp_analysis.files import write_if_changed
from bcp_analysis.model.competencies import competentiemodel
from bcp_analysis.model.profile import werkproces_sort_key

if TYPE_CHECKING:  # names of the annotations only
    import os
    from collections.abc import Callable

    import networkx as nx
    import pandas as pd

__all__ = [
    "PALETTE",
    "chart_style",
    "new_figure",
    "finish_chart",
    "save_chart",
    "plot_matrix",
    "plot_competency_frequency",
    "plot_cluster_coverage",
    "plot_similarity_heatmap",
    "plot_network",
    "plot_item_recurrence",
    "plot_labour_market",
    "plot_profile_matrix",
    "plot_profile_similarity",
    "competency_heatmap",
    "ANNOTATE_AT_MOST",
]

#: The similarity heatmap prints each cell's value up to this many werkprocessen; above
#: it the numbers would be too small to read.
ANNOTATE_AT_MOST = 20

#: The Okabe-Ito palette (Okabe & Ito 2008, "Color Universal Design"), safe for the
#: common forms of colour blindness, without its black, plus a neutral grey as eighth
#: colour. Used in this order for clusters, groups and categories.
PALETTE = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#D55E00",  # vermillion
    "#56B4E9",  # sky blue
    "#CC79A7",  # reddish purple
    "#F0E442",  # yellow
    "#999999",  # grey
)
_MUTED = "#BBBBBB"  # unused / background
_HIGHLIGHT = "#F7EFA0"  # a light tint of the palette's yellow: the verkenner's selection
_TEXT = "#222222"
# One hue from near white to dark blue, for heatmaps: a low value is light, a high one dark, so
# the eye goes to what is common; colour-blind safe, since only the lightness changes.
_SEQUENTIAL = "Blues"

_DPI = 200

_STYLE = {
    "font.family": "DejaVu Sans",  # shipped with matplotlib: same glyphs on every machine
    "font.size": 11,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.labelsize": 11,
    "xtick.labelsize": 10,
    "ytick.labelsize": 10,
    "legend.fontsize": 10,
    "legend.frameon": False,
    "figure.titlesize": 14,
    "figure.titleweight": "bold",
    "axes.prop_cycle": matplotlib.cycler(color=list(PALETTE)),
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.edgecolor": "#555555",
    "text.color": _TEXT,
    "axes.labelcolor": _TEXT,
    "xtick.color": _TEXT,
    "ytick.color": _TEXT,
    "hatch.color": "#333333",
    "hatch.linewidth": 1.0,
    "savefig.dpi": _DPI,
    "svg.hashsalt": "bcp-analysis",  # fixed ids in SVG files
    "svg.fonttype": "path",
    "axes.formatter.use_locale": False,
}


@contextlib.contextmanager
def chart_style() -> Iterator[None]:
    """Apply the one chart style of the package (rcParams) inside a ``with`` block.

    Every chart of the package, here and in the other chart modules, is drawn inside it.
    """
    with matplotlib.rc_context(_STYLE):
        yield


# --- shared helpers ---------------------------------------------------------------


def new_figure(width: float, height: float) -> Figure:
    """A new Agg-backed Figure with the constrained layout, independent of pyplot and MPLBACKEND.

    Parameters
    ----------
    width, height : float
        In inches.

    Returns
    -------
    matplotlib.figure.Figure
    """
    fig = Figure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def finish_chart(fig: Figure, title: str, source: str, settle: bool = True) -> Figure:
    """Put the finding as title at the top and the source line at the bottom, and fix the layout.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        From :func:`new_figure`, drawn inside :func:`chart_style`.
    title : str
        The finding, wrapped to the figure's width.
    source : str
        The source line ("Bron: …" is added where it is missing).
    settle : bool, default True
        False for a figure that is saved once and not shown (the verkenner's): the first
        layout pass runs here, and the second in the first save of :func:`save_chart`, which
        then fixes the layout; one drawing less, about a quarter of a second for a large chart.

    Returns
    -------
    matplotlib.figure.Figure
        The same figure, its layout engine off (with ``settle=False``: off after its first
        save), so that every save gives the same bytes.
    """
    width, height = fig.get_size_inches()
    chars = max(40, int(width * 72 / (_STYLE["figure.titlesize"] * 0.64)))
    fig.suptitle("\n".join(textwrap.wrap(title, chars)), x=0.01, ha="left")
    # supxlabel takes part in the constrained layout, so nothing overlaps the source line
    fig.supxlabel(_source_line(source), x=0.01, ha="left", fontsize=9, color="#555555")
    # Run the constrained layout now, in this style, and then fix it: a layout engine
    # left on would move the axes a little on each later draw, so two saves of one
    # figure would differ. Two passes settle it (the second sees the tick labels the
    # first placed). Drawn without rendering: the layout and the places of every text are
    # set, but no pixel is drawn until the figure is saved or shown.
    fig.draw_without_rendering()
    if settle:
        fig.draw_without_rendering()
        fig.set_layout_engine("none")
    return fig


def _source_line(source):
    text = str(source).strip()
    return text if text.lower().startswith("bron") else f"Bron: {text}"


def _text_colour(rgba):
    """Black or white text, whichever reads better on this background."""
    red, green, blue = rgba[:3]
    return "black" if 0.299 * red + 0.587 * green + 0.114 * blue > 0.5 else "white"


def _cluster_colours(clusters):
    """Colour per cluster: the SBB order of the clusters first, then any others."""
    order = list(dict.fromkeys(competentiemodel()["cluster"]))
    order += [cluster for cluster in dict.fromkeys(clusters) if cluster not in order]
    return {cluster: PALETTE[index % len(PALETTE)] for index, cluster in enumerate(order)}


def _wrap(text, width):
    return "\n".join(textwrap.wrap(str(text), width)) or str(text)


def _kerntaak_of(werkproces_id, werkprocessen=None):
    """The kerntaak of a werkproces: from the profile's table, else from the id itself
    (a BCP id "1.2" is in kerntaak "1", a KD code "B1-K1-W2" in "B1-K1")."""
    if werkprocessen is not None:
        lookup = dict(zip(werkprocessen["werkproces_id"], werkprocessen["kerntaak_id"]))
        if werkproces_id in lookup:
            return str(lookup[werkproces_id])
    text = str(werkproces_id)
    if "-W" in text:
        return text.rsplit("-W", 1)[0]
    return text.rsplit(".", 1)[0]


def _titled(ids, werkprocessen=None, width=40):
    """Werkproces ids with their shortened titles ("1.2  Stelt een individueel …"); without a table the ids."""
    if werkprocessen is None:
        return list(ids)
    titles = dict(zip(werkprocessen["werkproces_id"].astype(str), werkprocessen["titel"]))
    return [f"{identifier}  {shorten(titles[identifier], width)}" if identifier in titles else identifier
            for identifier in ids]


def _message(fig, text):
    """Say on an otherwise empty figure why there is nothing to draw.

    The words sit in an axes without axis lines: Jupyter shows no image of a figure without
    any axes, which would leave an empty cell in a notebook instead of the reason.
    """
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.text(0.5, 0.5, _wrap(text, 70), ha="center", va="center", fontsize=14, color="#555555",
            transform=ax.transAxes)


def save_chart(fig: Figure, folder: str | os.PathLike, name: str, dpi: int = _DPI,
               png_compression: int = 6) -> list[Path]:
    """Write a chart as ``<name>.png`` (200 dpi) and ``<name>.svg``, identical on every run.

    The files carry no timestamp or software version, SVG ids come from a fixed salt,
    and a file whose bytes would not change is not touched.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
    folder : str or os.PathLike
    name : str
        File name without extension, e.g. ``"competentie_frequentie"``.
    dpi : int, default 200
        The PNG's resolution; at least 150 for print (the verkenner saves at 150, which is quicker).
    png_compression : int, default 6
        zlib's level for the PNG, 0-9 (6 is Pillow's own default): 1 writes a large chart in
        about half the time for a file some 5 % larger, which is what the verkenner uses.

    Returns
    -------
    list of pathlib.Path
        The PNG and the SVG file.

    Examples
    --------
    ``drawn`` are the bundled profile's charts (see
    :func:`bcp_analysis.outputs.deliverables.draw_charts`):

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     [path.name for path in save_chart(drawn["arbeidsmarkt"], folder, "arbeidsmarkt")]
    ['arbeidsmarkt.png', 'arbeidsmarkt.svg']
    """
    paths = []
    with chart_style():
        for kind, metadata in (("png", {"Software": None}), ("svg", {"Date": None, "Creator": None})):
            buffer = io.BytesIO()
            extra = {"pil_kwargs": {"compress_level": png_compression}} if kind == "png" else {}
            fig.savefig(buffer, format=kind, dpi=dpi, metadata=metadata, facecolor="white", **extra)
            fig.set_layout_engine("none")  # a figure finished with settle=False: its layout is now fixed
            path = Path(folder) / f"{name}.{kind}"
            write_if_changed(path, buffer.getvalue())
            paths.append(path)
    return paths


# --- proces-competentie-matrix ---------------------------------------------------


def plot_matrix(matrix: pd.DataFrame, werkprocessen: pd.DataFrame, source: str, title: str | None = None,
                kerntaken: pd.DataFrame | None = None,
                highlight: tuple[str | None, str | None] | None = None, settle: bool = True) -> Figure:
    """Draw the proces-competentie-matrix as the SBB prints it.

    Rows are the werkprocessen grouped by kerntaak, columns the 25 competencies
    (numbered, names rotated), a cross where a werkproces needs a competency, totals
    per column at the bottom and per row at the right; competencies no werkproces needs
    are shaded grey.

    Parameters
    ----------
    matrix : pandas.DataFrame
        Index ``werkproces_id``, one 0/1 column per competency in SBB order (as
        ``coverage.coverage_matrix`` returns).
    werkprocessen : pandas.DataFrame
        ``profile.werkprocessen``: ``werkproces_id``, ``kerntaak_id``, ``titel``.
    source : str
        The source line, e.g. ``profile.bronvermelding``.
    title : str, optional
        Overrides the title computed from the data.
    kerntaken : pandas.DataFrame, optional
        ``profile.kerntaken``: ``kerntaak_id``, ``titel``; when given, each kerntaak's
        title is printed in its header row.
    highlight : tuple of (str or None, str or None), optional
        A werkproces id and a competency name whose row and column are shaded (the
        verkenner's selection); either may be None.
    settle : bool, default True
        False for a chart that is only saved once (see :func:`finish_chart`).

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.analyses.coverage import coverage_matrix
    >>> profile = load_profile()
    >>> fig = plot_matrix(coverage_matrix(profile), profile.werkprocessen, profile.bronvermelding)
    >>> len(fig.axes[0].collections[0].get_offsets()) == int(coverage_matrix(profile).to_numpy().sum())
    True
    """
    values = matrix.to_numpy(dtype=int)
    competencies = [str(name) for name in matrix.columns]
    ids = [str(value) for value in matrix.index]
    kerntaak_titles = {} if kerntaken is None else dict(zip(kerntaken["kerntaak_id"].astype(str), kerntaken["titel"]))
    row_totals, column_totals = (totals.to_numpy() for totals in coverage.matrix_totals(matrix))
    unused = [index for index, total in enumerate(column_totals) if total == 0]
    rows = _matrix_rows(ids, werkprocessen)
    n_rows, n_cols = len(rows), len(competencies)
    title = title or findings.matrix_title(matrix)

    with chart_style():
        fig = new_figure(13.5, 3.2 + 0.36 * n_rows + 3.4)
        ax = fig.add_subplot()
        ax.set_xlim(-0.5, n_cols + 0.9)
        ax.set_ylim(n_rows + 0.6, -0.5)
        _shade_matrix(ax, rows, ids, competencies, unused, highlight)
        crosses_x, crosses_y = [], []
        for y, (kind, text, index) in enumerate(rows):
            if kind == "kerntaak":
                ax.axhline(y - 0.5, color="#333333", linewidth=1.2)
                kerntaak = text.removeprefix("Kerntaak ")
                if kerntaak in kerntaak_titles:
                    ax.text(-0.35, y + 0.1, kerntaak_titles[kerntaak], ha="left", va="center",
                            fontsize=10.5, fontstyle="italic", color="#333333")
                continue
            ax.axhline(y + 0.5, color="#DDDDDD", linewidth=0.5, zorder=0.5)
            columns = np.flatnonzero(values[index])
            crosses_x += columns.tolist()
            crosses_y += [y] * len(columns)
            ax.text(n_cols + 0.3, y, str(row_totals[index]), ha="center", va="center", fontsize=10)
        for column in range(n_cols + 1):
            ax.axvline(column - 0.5, color="#DDDDDD", linewidth=0.5, zorder=0.5)
        ax.scatter(crosses_x, crosses_y, marker="X", s=70, color=PALETTE[0], zorder=3, linewidths=0)
        _matrix_totals(ax, column_totals, int(values.sum()), n_rows, n_cols)
        _matrix_labels(ax, rows, competencies, unused)
        ax.legend(
            handles=[
                Line2D([], [], marker="X", linestyle="", color=PALETTE[0], markersize=9,
                       label="competentie nodig in dit werkproces"),
                Patch(facecolor="#E4E4E4", label="competentie in geen enkel werkproces nodig"),
            ],
            loc="upper center", bbox_to_anchor=(0.5, -0.01), ncols=2,
        )
        return finish_chart(fig, title, source, settle=settle)


def _matrix_rows(ids, werkprocessen):
    """The rows of the matrix: a header per kerntaak, then its werkprocessen, as (kind, text, matrix row)."""
    titles = dict(zip(werkprocessen["werkproces_id"], werkprocessen["titel"]))
    rows, current = [], None
    for index, werkproces_id in enumerate(ids):
        kerntaak = _kerntaak_of(werkproces_id, werkprocessen)
        if kerntaak != current:
            rows.append(("kerntaak", f"Kerntaak {kerntaak}", None))
            current = kerntaak
        rows.append(("werkproces", f"{werkproces_id}  {titles.get(werkproces_id, '')}", index))
    return rows


def _shade_matrix(ax, rows, ids, competencies, unused, highlight):
    """Grey under the competencies no werkproces needs; the verkenner's choice in yellow."""
    for column in unused:
        ax.axvspan(column - 0.5, column + 0.5, color="#E4E4E4", zorder=0, linewidth=0)
    chosen_row, chosen_column = highlight or (None, None)
    if chosen_column in competencies:
        column = competencies.index(chosen_column)
        ax.axvspan(column - 0.5, column + 0.5, color=_HIGHLIGHT, zorder=0.2, linewidth=0)
    for y, (kind, _, index) in enumerate(rows):
        if kind == "werkproces" and ids[index] == chosen_row:
            ax.axhspan(y - 0.5, y + 0.5, color=_HIGHLIGHT, zorder=0.2, linewidth=0)


def _matrix_totals(ax, column_totals, total, n_rows, n_cols):
    """The totals row at the bottom; a competency no werkproces needs has its 0 in bold red."""
    ax.axhline(n_rows - 0.5, color="#333333", linewidth=1.2)
    ax.axvline(n_cols - 0.5, color="#333333", linewidth=1.2)
    for column, amount in enumerate(column_totals):
        is_unused = amount == 0
        ax.text(column, n_rows, str(amount), ha="center", va="center", fontsize=10,
                color=PALETTE[3] if is_unused else _TEXT, fontweight="bold" if is_unused else "normal")
    ax.text(n_cols + 0.3, n_rows, str(total), ha="center", va="center", fontsize=10, fontweight="bold")


def _matrix_labels(ax, rows, competencies, unused):
    """The werkprocessen beside the rows, the numbered competencies upright above the columns.

    A name is wrapped at 40 characters, so only the longest takes two lines and no two
    neighbouring names touch.
    """
    ax.set_yticks(range(len(rows) + 1))
    ax.set_yticklabels([text for _, text, _ in rows] + ["Totaal"])
    for tick, (kind, _, _) in zip(ax.get_yticklabels(), rows + [("totaal", "", None)]):
        if kind != "werkproces":
            tick.set_fontweight("bold")
    ax.xaxis.tick_top()
    ax.set_xticks(range(len(competencies) + 1))
    ax.set_xticklabels(
        [_wrap(f"{number}. {name}", 40) for number, name in enumerate(competencies, start=1)] + ["Totaal"],
        rotation=90, va="bottom", ha="center", fontsize=9.5, linespacing=0.95,
    )
    for column in unused:
        ax.get_xticklabels()[column].set_color("#777777")
    ax.get_xticklabels()[-1].set_fontweight("bold")
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)


# --- competency frequency and clusters --------------------------------------------


def plot_competency_frequency(frequency: pd.DataFrame, source: str, title: str | None = None,
                              werkprocessen: pd.DataFrame | None = None) -> Figure:
    """Draw in how many werkprocessen each competency is needed, coloured by cluster.

    Parameters
    ----------
    frequency : pandas.DataFrame
        ``nr``, ``competentie``, ``cluster``, ``aantal_werkprocessen``, ``aandeel`` in SBB
        order (as ``coverage.competency_frequency`` returns).
    source : str
    title : str, optional
        Default: :func:`bcp_analysis.analyses.findings.frequency_title`.
    werkprocessen : pandas.DataFrame, optional
        ``profile.werkprocessen``; its length is the "van 15" of the title.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.analyses.coverage import competency_frequency
    >>> profile = load_profile()
    >>> fig = plot_competency_frequency(competency_frequency(profile), profile.bronvermelding)
    >>> len(fig.axes[0].patches)
    25
    """
    counts = frequency["aantal_werkprocessen"].astype(int).tolist()
    labels = [f"{nr}. {name}" for nr, name in zip(frequency["nr"], frequency["competentie"])]
    colours = _cluster_colours(frequency["cluster"])
    title = title or findings.frequency_title(frequency, None if werkprocessen is None else len(werkprocessen))
    with chart_style():
        fig = new_figure(13, 1.6 + 0.32 * len(counts) + 1.0)
        ax, legend_ax = fig.subplots(1, 2, width_ratios=(2.5, 1))
        y = np.arange(len(counts))
        ax.barh(y, counts, color=[colours[cluster] for cluster in frequency["cluster"]], height=0.7)
        top = max(counts) if counts else 1
        for position, count in zip(y, counts):
            ax.text(count + top * 0.01, position, str(count), va="center", ha="left", fontsize=10,
                    color=PALETTE[3] if count == 0 else _TEXT, fontweight="bold" if count == 0 else "normal")
        ax.set_yticks(y, labels)
        ax.set_ylim(len(counts) - 0.5, -0.5)
        ax.set_xlim(0, top * 1.08 + 0.5)
        ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
        ax.set_xlabel("Aantal werkprocessen waarin de competentie nodig is")
        ax.grid(axis="x", color="#E0E0E0", linewidth=0.8)
        ax.set_axisbelow(True)
        legend_ax.axis("off")
        legend_ax.legend(
            handles=[Patch(color=colour, label=_wrap(cluster, 22)) for cluster, colour in colours.items()
                     if cluster in set(frequency["cluster"])],
            title="Cluster", loc="upper left", alignment="left", borderaxespad=0,
        )
        return finish_chart(fig, title, source)


def plot_cluster_coverage(by_cluster: pd.DataFrame, source: str, title: str | None = None) -> Figure:
    """Draw per cluster how many of its competencies are used and how often.

    Left: used competencies out of those in the cluster; right: the number of
    werkproces-competentie links (koppelingen).

    Parameters
    ----------
    by_cluster : pandas.DataFrame
        ``cluster``, ``competenties_in_cluster``, ``gebruikte_competenties``,
        ``koppelingen``, ``aandeel_gebruikt`` (as ``coverage.coverage_by_cluster``).
    source : str
    title : str, optional

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.analyses.coverage import coverage_by_cluster
    >>> profile = load_profile()
    >>> fig = plot_cluster_coverage(coverage_by_cluster(profile), profile.bronvermelding)
    >>> len(fig.axes)
    2
    """
    clusters = by_cluster["cluster"].tolist()
    in_cluster = by_cluster["competenties_in_cluster"].astype(int).tolist()
    used = by_cluster["gebruikte_competenties"].astype(int).tolist()
    links = by_cluster["koppelingen"].astype(int).tolist()
    colours = _cluster_colours(clusters)
    title = title or findings.cluster_title(by_cluster)
    with chart_style():
        fig = new_figure(12, 1.6 + 0.5 * len(clusters) + 1.2)
        left, right = fig.subplots(1, 2, sharey=True, width_ratios=(1, 1))
        y = np.arange(len(clusters))
        left.barh(y, in_cluster, color="white", edgecolor="#888888", height=0.65, label="in het cluster")
        left.barh(y, used, color=[colours[c] for c in clusters], height=0.65, label="gebruikt")
        for position, count, total in zip(y, used, in_cluster):
            left.text(total + 0.08, position, f"{count} van {total}", va="center", fontsize=10)
        left.set_xlim(0, max(in_cluster + [1]) * 1.45)
        left.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
        left.set_xlabel("Competenties: gebruikt (gekleurd) van het aantal in het cluster")
        left.set_title("Gebruikte competenties", loc="left")
        right.barh(y, links, color=[colours[c] for c in clusters], height=0.65)
        for position, count in zip(y, links):
            right.text(count + max(links + [1]) * 0.01, position, str(count), va="center", fontsize=10)
        right.set_xlim(0, max(links + [1]) * 1.15)
        right.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
        right.set_xlabel("Koppelingen werkproces–competentie")
        right.set_title("Koppelingen", loc="left")
        left.set_yticks(y, clusters)
        left.set_ylim(len(clusters) - 0.5, -0.5)
        for ax in (left, right):
            ax.grid(axis="x", color="#E0E0E0", linewidth=0.8)
            ax.set_axisbelow(True)
        return finish_chart(fig, title, source)


# --- similarity and network -------------------------------------------------------


def plot_similarity_heatmap(similarity: pd.DataFrame, source: str, on: str = "competenties",
                            title: str | None = None, werkprocessen: pd.DataFrame | None = None) -> Figure:
    """Draw how similar the werkprocessen are to each other as an annotated heatmap.

    The diagonal (a werkproces with itself) is left blank; lines mark the kerntaken. Up
    to :data:`ANNOTATE_AT_MOST` werkprocessen each cell shows its value; above that the
    numbers would not be readable, so only the colours and the colour bar remain.

    Parameters
    ----------
    similarity : pandas.DataFrame
        Square, index and columns werkproces ids (as ``overlap.similarity``).
    source : str
    on : str, default "competenties"
        What was compared, for the title and the colour bar.
    title : str, optional
        Default: :func:`bcp_analysis.analyses.findings.similarity_title`.
    werkprocessen : pandas.DataFrame, optional
        ``profile.werkprocessen`` for the kerntaak and the title of each id (the rows show
        "1.2 Stelt een individueel …"); default: the kerntaak read from the id, no titles.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.analyses.overlap import similarity
    >>> profile = load_profile()
    >>> fig = plot_similarity_heatmap(similarity(profile, "competenties", "jaccard"), profile.bronvermelding)
    >>> fig.axes[0].images[0].get_array().shape
    (15, 15)
    """
    ids = [str(value) for value in similarity.index]
    values = similarity.to_numpy(dtype=float)
    size = len(ids)
    off_diagonal = ~np.eye(size, dtype=bool)
    masked = np.ma.masked_array(values, mask=~off_diagonal)
    title = title or findings.similarity_title(similarity, on)
    with chart_style():
        if size == 0:
            fig = new_figure(11, 3)
            _message(fig, "Dit profiel heeft geen werkprocessen om te vergelijken.")
            return finish_chart(fig, title, source)
        side = max(10.5, 3.5 + 0.17 * size)
        fig = new_figure(side + (4.5 if werkprocessen is not None else 0.5), side)
        ax = fig.add_subplot()
        colour_map = matplotlib.colormaps[_SEQUENTIAL].with_extremes(bad="white")
        image = ax.imshow(masked, cmap=colour_map, vmin=0, vmax=1, aspect="equal")
        if size <= ANNOTATE_AT_MOST:
            for row in range(size):
                for column in range(size):
                    if row == column:
                        continue
                    value = values[row, column]
                    ax.text(column, row, _number(value, 2), ha="center", va="center", fontsize=8.5,
                            color=_text_colour(colour_map(value)))
        kerntaken = [_kerntaak_of(identifier, werkprocessen) for identifier in ids]
        for index in range(1, size):
            if kerntaken[index] != kerntaken[index - 1]:
                ax.axhline(index - 0.5, color="black", linewidth=2)
                ax.axvline(index - 0.5, color="black", linewidth=2)
        tick_size = 10 if size <= ANNOTATE_AT_MOST else 7
        # short BCP ids ("3.10") fit side by side; KD codes ("B1-K1-W10") or many ids stand upright
        upright = size > ANNOTATE_AT_MOST or max((len(str(i)) for i in ids), default=0) > 5
        ax.set_xticks(range(size), ids, fontsize=tick_size, rotation=90 if upright else 0)
        ax.set_yticks(range(size), _titled(ids, werkprocessen), fontsize=tick_size)
        ax.xaxis.tick_top()
        ax.tick_params(length=0)
        ax.set_xlabel("Werkproces (zwarte lijnen scheiden de kerntaken)"
                      + ("" if size <= ANNOTATE_AT_MOST else "; waarden: zie de tabel"))
        ax.set_ylabel("" if werkprocessen is not None else "Werkproces")
        for spine in ax.spines.values():
            spine.set_visible(True)
        bar = fig.colorbar(image, ax=ax, shrink=0.7,
                           label=f"Gelijkenis op {on} (0 = niets gedeeld, 1 = gelijk)")
        bar.ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: _number(v, 1)))
        return finish_chart(fig, title, source)


def plot_network(graph: nx.Graph, communities: pd.DataFrame, source: str, title: str | None = None,
                 on: str = "competenties") -> Figure:
    """Draw the werkprocessen as a network: nodes coloured by group, edges by weight.

    Nodes sit on a circle, group after group and in id order within a group, so each
    group forms an arc and the picture is the same on every run; edge width follows
    the weight (the gelijkenis). Only groups of two or more werkprocessen get a colour; a
    werkproces alone, or one the Louvain runs do not agree on, is grey. The legend names
    each werkproces with its title; one not placed in its group by every run carries the
    share of runs that do.

    Parameters
    ----------
    graph : networkx.Graph
        Nodes werkproces ids, edges with ``weight`` (as ``overlap.competency_graph``).
    communities : pandas.DataFrame
        ``werkproces_id``, ``groep``, ``zekerheid``, ``groepsgrootte`` (as
        ``overlap.communities``).
    source : str
    title : str, optional
        Default: :func:`bcp_analysis.analyses.findings.network_title`.
    on : str, default "competenties"
        What the werkprocessen share, for the title.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.analyses.overlap import communities, competency_graph
    >>> profile = load_profile()
    >>> graph = competency_graph(profile, 0.3)
    >>> fig = plot_network(graph, communities(profile), profile.bronvermelding)
    >>> len(fig.axes[0].collections[1].get_offsets()) == graph.number_of_nodes()
    True
    """
    layout = _network_layout(graph, communities)
    nodes, groups, colours, position, edges = (layout[key] for key in ("nodes", "groups", "colours", "position",
                                                                      "edges"))
    title = title or findings.network_title(communities, on)
    with chart_style():
        fig = new_figure(14, 9)
        ax, legend_ax = fig.subplots(1, 2, width_ratios=(2.0, 1.4))
        segments = [[position[u], position[v]] for u, v, _ in edges]
        width_of = _edge_width(edges)
        ax.add_collection(LineCollection(segments, linewidths=[width_of(weight) for _, _, weight in edges],
                                         colors="#8C8C8C", alpha=0.7, zorder=1))
        xs = [position[node][0] for node in nodes]
        ys = [position[node][1] for node in nodes]
        node_colours = [colours.get(groups.get(node), _MUTED) for node in nodes]
        longest = max((len(str(node)) for node in nodes), default=0)
        label_size = 10 if longest <= 4 else 7  # KD codes such as "B1-K1-W1" need a smaller font ...
        node_size = 900 if longest <= 4 else 2000  # ... and a larger circle
        ax.scatter(xs, ys, s=node_size, c=node_colours, edgecolors="white", linewidths=1.5, zorder=2)
        for node, x, y, colour in zip(nodes, xs, ys, node_colours):
            ax.text(x, y, node, ha="center", va="center", fontsize=label_size, fontweight="bold", zorder=3,
                    color=_text_colour(matplotlib.colors.to_rgba(colour)))
        ax.set_xlim(-1.25, 1.25)
        ax.set_ylim(-1.2, 1.2)
        ax.set_aspect("equal")
        ax.axis("off")
        legend_ax.axis("off")
        legend_ax.legend(handles=_network_legend(graph, communities, layout, width_of), loc="upper left",
                         alignment="left", borderaxespad=0, fontsize=9,
                         title=_wrap("Groepen van werkprocessen (% = hoe vaak de berekening een werkproces in "
                                     "die groep plaatst) en de dikte van een lijn (de gelijkenis)", 48))
        return finish_chart(fig, title, source)


def _network_layout(graph, communities):
    """Where each werkproces sits: on a circle, group after group and in id order within a group."""
    shared = communities.loc[communities["groep"].notna() & (communities["groepsgrootte"] > 1)]
    groups = {str(node): int(group) for node, group in zip(shared["werkproces_id"], shared["groep"])}
    group_order = sorted(set(groups.values()))
    rank = {group: index for index, group in enumerate(group_order)}
    nodes = sorted(graph.nodes, key=lambda node: (rank.get(groups.get(node), len(rank)), werkproces_sort_key(node)))
    angles = {node: np.pi / 2 - 2 * np.pi * index / max(len(nodes), 1) for index, node in enumerate(nodes)}
    edges = sorted(
        ((min(u, v, key=werkproces_sort_key), max(u, v, key=werkproces_sort_key), float(data.get("weight", 1.0)))
         for u, v, data in graph.edges(data=True)),
        key=lambda edge: (werkproces_sort_key(edge[0]), werkproces_sort_key(edge[1])),
    )
    return {"nodes": nodes, "groups": groups, "group_order": group_order, "edges": edges,
            "colours": {group: PALETTE[index % len(PALETTE)] for index, group in enumerate(group_order)},
            "position": {node: (np.cos(angle), np.sin(angle)) for node, angle in angles.items()}}


def _network_legend(graph, communities, layout, width_of):
    """The legend of the network: each group with its werkprocessen and their titles, then the line widths."""
    nodes, groups, edges = layout["nodes"], layout["groups"], layout["edges"]
    certainty = dict(zip(communities["werkproces_id"].astype(str), communities["zekerheid"]))

    def named(node):
        titel = shorten(graph.nodes[node].get("titel", ""), 40)
        sure = "" if certainty.get(node, 1.0) >= 1.0 else f" ({_number(certainty[node] * 100)}%)"
        return f"{node} {titel}{sure}".strip()

    def entry(colour, heading, members):
        return Line2D([], [], marker="o", linestyle="", markersize=12, color=colour,
                      label="\n".join([heading] + [f"  {named(node)}" for node in members]))

    handles = [entry(layout["colours"][group], f"Groep {group}",
                     [node for node in nodes if groups.get(node) == group]) for group in layout["group_order"]]
    placed = set(communities.loc[communities["groep"].notna(), "werkproces_id"].astype(str))
    for heading, outside in (("Alleen", [node for node in nodes if node not in groups and node in placed]),
                             ("Geen vaste groep", [node for node in nodes if node not in placed])):
        if outside:
            handles.append(entry(_MUTED, heading, outside))
    if edges:
        low, high = min(edge[2] for edge in edges), max(edge[2] for edge in edges)
        handles += [Line2D([], [], color="#8C8C8C", linewidth=width_of(weight),
                           label=f"gelijkenis {_number(weight, 2)}") for weight in sorted({low, high})]
    return handles


def _edge_width(edges):
    """Line width per weight: 1 for the weakest edge up to 8 for the strongest."""
    weights = [edge[2] for edge in edges] or [1.0]
    low, high = min(weights), max(weights)
    if high == low:
        return lambda weight: 3.0
    return lambda weight: 1.0 + 7.0 * (weight - low) / (high - low)


# --- recurring items --------------------------------------------------------------

_SOORT_COLOURS = {"generiek": PALETTE[3], "gedeeld": PALETTE[1], "specifiek": PALETTE[4]}
_ONDERDEEL_ENKELVOUD = {"kennis": "kennisitem", "vaardigheden": "vaardigheid", "resultaten": "resultaat",
                        "gedrag": "gedraging"}
# The article of each singular above that is a "de"-word; the others take "het".
_DE_WOORDEN = ("vaardigheid", "gedraging")


def plot_item_recurrence(recurrence: pd.DataFrame, source: str, on: str = "kennis", top: int = 15,
                         title: str | None = None) -> Figure | None:
    """Draw the items that recur in more than one werkproces, most frequent first.

    The bars are :func:`bcp_analysis.analyses.coverage.recurring_items`; the title
    (:func:`bcp_analysis.analyses.findings.recurrence_title`) says how many recur and, when
    ``top`` leaves some out, how many are drawn.

    Parameters
    ----------
    recurrence : pandas.DataFrame
        ``item``, ``varianten``, ``aantal_werkprocessen``, ``werkprocessen``, ``soort``,
        most frequent first (as ``coverage.item_recurrence``).
    source : str
    on : str, default "kennis"
        What the items are, for the title and labels: ``"kennis"``, ``"vaardigheden"``
        or ``"gedrag"``.
    top : int, default 15
        How many items to show.
    title : str, optional

    Returns
    -------
    matplotlib.figure.Figure or None
        None when no item recurs (a kwalificatiedossier names no kennis per werkproces): a
        chart would only repeat its title, so the notebook says it in words
        (:func:`bcp_analysis.analyses.findings.recurrence_title`) and the build draws none.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.analyses.coverage import item_recurrence
    >>> profile = load_profile()
    >>> fig = plot_item_recurrence(item_recurrence(profile, "kennis"), profile.bronvermelding)
    >>> len(fig.axes[0].patches)
    15
    >>> plot_item_recurrence(item_recurrence(profile, "gedrag"), profile.bronvermelding, on="gedrag") is None
    True
    """
    shown = recurring_items(recurrence, top)
    if shown.empty:  # nothing to draw: the title alone would be the picture
        return None
    counts = shown["aantal_werkprocessen"].astype(int).tolist()
    singular = _ONDERDEEL_ENKELVOUD.get(on, on)
    title = title or findings.recurrence_title(recurrence, on, top)
    with chart_style():
        fig = new_figure(12, 1.6 + 0.42 * max(len(counts), 1) + 1.2)
        ax = fig.add_subplot()
        y = np.arange(len(counts))
        colours = [_SOORT_COLOURS.get(soort, _MUTED) for soort in shown["soort"]]
        ax.barh(y, counts, color=colours, height=0.7)
        most = max(counts + [1])
        for position, count, werkprocessen in zip(y, counts, shown["werkprocessen"]):
            listed = werkprocessen if isinstance(werkprocessen, str) else ", ".join(map(str, werkprocessen))
            ax.text(count + most * 0.01, position, f"{count}  ({shorten(listed, 40)})",
                    va="center", fontsize=9.5)
        labels = [
            _wrap(shorten(item, 130), 50) + (f"\n({count} formuleringen)" if count > 1 else "")
            for item, count in zip(shown["item"], shown["varianten"])
        ]
        ax.set_yticks(y, labels, fontsize=9.5)
        ax.set_ylim(len(counts) - 0.5, -0.5)
        ax.set_xlim(0, most * 1.6)
        ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
        article = "de" if singular in _DE_WOORDEN else "het"
        ax.set_xlabel(f"Aantal werkprocessen waarin {article} {singular} voorkomt")
        ax.grid(axis="x", color="#E0E0E0", linewidth=0.8)
        ax.set_axisbelow(True)
        present = list(dict.fromkeys(shown["soort"]))
        ax.legend(handles=[Patch(color=_SOORT_COLOURS.get(s, _MUTED), label=findings.soort_label(recurrence, s))
                           for s in _SOORT_COLOURS if s in present], loc="lower right")
        return finish_chart(fig, title, source)


# --- labour market ----------------------------------------------------------------


def plot_labour_market(table: pd.DataFrame, source: str, title: str | None = None,
                       profiel: str | None = None) -> Figure:
    """Draw the labour-market figures, one panel per kind of quantity.

    The panels are :func:`bcp_analysis.analyses.labour_market.labour_market_panels`: the vacancy
    counts over the years, the shares of vacancies (percent of all vacancies) and the
    growth rates (percent change), each on an axis of its own, so a share is never read
    against a growth rate. Forecasts are hatched and labelled "prognose", observed
    figures solid.

    Parameters
    ----------
    table : pandas.DataFrame
        As ``labour_market.labour_market_table`` returns.
    source : str
    title : str, optional
        Default: :func:`bcp_analysis.analyses.findings.labour_market_title`.
    profiel : str, optional
        The profiel of a kwalificatiedossier (its title): only the figures of that profiel
        are drawn when the table holds those of every profiel of the dossier.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.analyses.labour_market import labour_market_table
    >>> profile = load_profile()
    >>> fig = plot_labour_market(labour_market_table(profile), profile.bronvermelding)
    >>> [float(patch.get_height()) for patch in fig.axes[0].patches]
    [133400.0, 193000.0]
    >>> [ax.get_title(loc="left") for ax in fig.axes[1:]]
    ['Aandeel in de vacatures', 'Groei en ontwikkeling']
    """
    panels = {name: _told_apart(rows, table) for name, rows in labour_market_panels(_own_rows(table, profiel)).items()}
    title = title or findings.labour_market_title(panels)
    with chart_style():
        if not panels:
            fig = new_figure(13, 3)
            _message(fig, "Dit profiel bevat geen arbeidsmarktcijfers om te tonen.")
            return finish_chart(fig, title, source)
        percentage_rows = sum(len(rows) for name, rows in panels.items() if name != "vacatures")
        fig = new_figure(13, max(5.5, 2.4 + 0.5 * percentage_rows + 0.8 * len(panels)))
        grid = fig.add_gridspec(max(len(panels) - ("vacatures" in panels), 1), 2 if "vacatures" in panels else 1,
                                width_ratios=(1, 2.4) if "vacatures" in panels else None,
                                height_ratios=[max(len(rows), 1) + 1.5 for name, rows in panels.items()
                                               if name != "vacatures"] or None)
        axes = []
        if "vacatures" in panels:
            ax = fig.add_subplot(grid[:, 0])
            axes.append(ax)
            _vacancy_panel(ax, panels["vacatures"])
        for row, name in enumerate(name for name in panels if name != "vacatures"):
            ax = fig.add_subplot(grid[row, -1])
            axes.append(ax)
            _percentage_panel(ax, panels[name], _panel_title(name, panels[name]))
        kinds = set().union(*(set(rows["soort"]) for rows in panels.values()))
        handles = [Patch(label=kind, facecolor=_bar_style(kind)["color"], edgecolor="#333333",
                         hatch=_bar_style(kind)["hatch"]) for kind in ("waargenomen", "prognose") if kind in kinds]
        if "vacatures" in panels:
            axes[0].legend(handles=handles, loc="upper left", ncols=2)
        else:  # inside a bar panel the legend would cover the first bar
            fig.legend(handles=handles, loc="outside upper right", ncols=2)
        return finish_chart(fig, title, source)


_PANEL_TITLES = {"aandelen": "Aandeel in de vacatures", "groei": "Groei en ontwikkeling",
                 "overige percentages": "Overige percentages"}
_DECREASE_WORDS = ("afname", "daling", "krimp")


def _own_rows(table, profiel):
    """The rows of one profiel, when the table holds those of every profiel of a dossier (each named in its scope)."""
    if not profiel or table.empty:
        return table
    own = table["scope"].astype(str).str.casefold().str.startswith(str(profiel).casefold())
    return table.loc[own].reset_index(drop=True) if own.any() else table


def _told_apart(rows, table):
    """Labels that say what a bar is: a label told apart only by its line gets the count it goes with.

    Two figures with the same label (say "Afname studenten … 2013-2014") differ in what they
    count; the reader tells them apart by their line ("(regel 1297)"). A count on that same
    line ("6.100 studenten") says what the percentage is of, so it replaces the line number.
    """
    if "label" not in rows or rows.empty:
        return rows
    pattern = r" \((?:regel|rij) (\d+)\)$"
    counts = table.loc[table["eenheid"].astype(str) == "aantal"] if "eenheid" in table else table.iloc[0:0]
    by_place = {}
    for label, value, indicator in zip(counts.get("label", []), counts.get("waarde", []), counts.get("indicator", [])):
        found = re.search(pattern, str(label))
        if found:
            by_place[found.group(1)] = f"bij {_number(float(value))} {indicator}"

    def relabel(label):
        found = re.search(pattern, str(label))
        if not found or found.group(1) not in by_place:
            return label
        return label[:found.start()] + f" ({by_place[found.group(1)]})"

    return rows.assign(label=[relabel(label) for label in rows["label"]])


def _panel_title(name, rows):
    """A panel's heading; a growth panel that holds decreases says so (their bars are drawn positive)."""
    title = _PANEL_TITLES[name]
    if name == "groei" and rows["indicator"].str.lower().str.contains("|".join(_DECREASE_WORDS)).any():
        title = "Groei, afname en ontwikkeling (een afname staat als positief getal)"
    return title


def _bar_style(kind):
    forecast = kind == "prognose"
    return {"color": PALETTE[1] if forecast else PALETTE[0], "hatch": "//" if forecast else None,
            "edgecolor": "#333333", "linewidth": 0.8}


def _vacancy_panel(ax, vacancies):
    x = np.arange(len(vacancies))
    for position, (_, row) in zip(x, vacancies.iterrows()):
        forecast = row["soort"] == "prognose"
        ax.bar(position, row["waarde"], width=0.6, **_bar_style(row["soort"]))
        ax.text(position, row["waarde"], f"{_number(row['waarde'])}" + ("\n(prognose)" if forecast else ""),
                ha="center", va="bottom", fontsize=10)
    ax.set_xticks(x, [str(year) for year in vacancies["jaar"]])
    ax.set_ylim(0, float(vacancies["waarde"].max()) * 1.25)
    ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: _number(v)))
    ax.set_ylabel("Aantal vacatures")
    ax.set_title(_wrap(f"Vacatures {vacancies['scope'].iloc[0]}", 36), loc="left")


def _percentage_panel(ax, rows, heading):
    y = np.arange(len(rows))
    values = rows["waarde"].astype(float).tolist()
    span = max(abs(value) for value in values) or 1
    for position, value, soort in zip(y, values, rows["soort"]):
        ax.barh(position, value, height=0.65, **_bar_style(soort))
        sign = "−" if value < 0 else ""
        ax.text(max(value, 0) + span * 0.015, position, f"{sign}{_number(abs(value), 2).rstrip('0').rstrip(',')}%",
                va="center", ha="left", fontsize=10)
    ax.axvline(0, color="#333333", linewidth=0.8)
    ax.set_yticks(y, [_wrap(label, 55) for label in rows["label"]])
    ax.set_ylim(len(rows) - 0.5, -0.5)
    low = min(min(values), 0)
    ax.set_xlim(low - span * 0.05 if low < 0 else 0, max(max(values), 0) + span * 0.18)
    ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{_number(v, 1 if span < 5 else 0)}%"))
    ax.set_title(heading, loc="left")
    if heading.startswith("Groei"):  # growth rates: employment and the economy, each a change per year
        ax.set_xlabel("Verandering per jaar (%)")
    ax.grid(axis="x", color="#E0E0E0", linewidth=0.8)
    ax.set_axisbelow(True)


def competency_heatmap(axes: Axes, table: pd.DataFrame, vmin: float, vmax: float, label: Callable[[float], str],
                       fontsize: int = 9) -> AxesImage:
    """Draw rows x competencies as a heatmap in which an empty cell (0) is white, the others light to dark.

    The scale runs from near white at ``vmin`` to dark blue at ``vmax``, so the colour bar
    agrees with the cells: with ``vmin=0`` its bottom is the white of an empty cell, the
    lowest value a light blue and the highest the darkest.

    Every other cell carries ``label(value)``; the competency names stand whole under the
    columns, the row names (wrapped) beside the rows, with a light grid between the cells.

    Parameters
    ----------
    axes : matplotlib.axes.Axes
    table : pandas.DataFrame
        Rows by competencies (column names), numbers.
    vmin, vmax : float
        The ends of the colour scale.
    label : callable
        A cell's value to its text.
    fontsize : int

    Returns
    -------
    matplotlib.image.AxesImage
    """
    values = table.to_numpy()
    cmap = matplotlib.colormaps[_SEQUENTIAL].with_extremes(bad="white")
    image = axes.imshow(np.ma.masked_equal(values, 0), cmap=cmap, aspect="auto", vmin=vmin, vmax=vmax)
    for row in range(values.shape[0]):
        for column in range(values.shape[1]):
            if values[row, column]:
                axes.text(column, row, label(values[row, column]), ha="center", va="center", fontsize=fontsize,
                          color=_text_colour(image.cmap(image.norm(values[row, column]))))
    axes.set_xticks(range(table.shape[1]), list(table.columns), rotation=60, ha="right", rotation_mode="anchor",
                    fontsize=9)
    axes.set_yticks(range(len(table)), [_wrap(name, 45) for name in table.index])
    axes.set_xticks(np.arange(-0.5, table.shape[1]), minor=True)
    axes.set_yticks(np.arange(-0.5, len(table)), minor=True)
    axes.grid(which="minor", color="#DDDDDD", linewidth=0.6)
    axes.tick_params(which="minor", length=0)
    return image


# --- the dossier view: profielen side by side ----------------------------------


def plot_profile_matrix(matrix: pd.DataFrame, source: str, title: str | None = None) -> Figure:
    """Heatmap of profielen x competencies: in how many werkprocessen each profiel needs each.

    Competencies no profiel needs are left out (the title says how many are used); a
    competency a profiel does not need is a white cell; names are wrapped, never cut.

    Parameters
    ----------
    matrix : pandas.DataFrame
        From :func:`bcp_analysis.analyses.dossier.profile_competency_matrix`.
    source : str
        Source line.
    title : str, optional
        Default: the finding of :func:`bcp_analysis.analyses.dossier.matrix_finding`.

    Returns
    -------
    matplotlib.figure.Figure
    """
    title = title or matrix_finding(matrix)
    shown = matrix.loc[:, (matrix > 0).any(axis=0)]
    values = shown.to_numpy()
    # An empty cell (0: not needed) is white, not the low end of the colour scale.
    with chart_style():
        fig = new_figure(max(8.0, 0.42 * shown.shape[1] + 4.5), max(4.6, 0.55 * len(shown) + 4.6))
        axes = fig.add_subplot()
        image = competency_heatmap(axes, shown, vmin=0, vmax=max(2, values.max()), label=str)
        axes.set_xlabel("Competentie (SBB-volgorde)")
        axes.spines[:].set_visible(False)
        colorbar = fig.colorbar(image, ax=axes, shrink=0.8)
        colorbar.ax.yaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
        colorbar.set_label("aantal werkprocessen\n(wit: niet nodig)")
        return finish_chart(fig, title, source)


def plot_profile_similarity(similarity: pd.DataFrame, source: str, method: str = "jaccard",
                            title: str | None = None) -> Figure:
    """Heatmap of how alike every two profielen are: each pair's gelijkenis printed, the diagonal blank.

    Parameters
    ----------
    similarity : pandas.DataFrame
        From :func:`bcp_analysis.analyses.dossier.profile_similarity`.
    source : str
        Source line.
    method : {"jaccard", "cosinus"}
        The method the table was computed with (said in words on the colour bar).
    title : str, optional
        Default: :func:`bcp_analysis.analyses.findings.profile_similarity_title`.

    Returns
    -------
    matplotlib.figure.Figure
    """
    title = title or findings.profile_similarity_title(similarity, method)
    values = similarity.to_numpy(dtype=float)
    size = len(values)
    masked = np.ma.masked_where(np.eye(size, dtype=bool), values)  # a profiel with itself: left blank
    labels = [_wrap(name, 24) for name in similarity.index]
    with chart_style():
        side = max(2.2, 1.3 * size)  # cells of about 1.3 inch: names and values stand large
        fig = new_figure(side + 4.0, side + 3.6)
        axes = fig.add_subplot()
        colour_map = matplotlib.colormaps[_SEQUENTIAL].with_extremes(bad="white")
        image = axes.imshow(masked, cmap=colour_map, vmin=0, vmax=1)
        if size <= 20:
            for row in range(size):
                for column in range(size):
                    if row != column:
                        axes.text(column, row, _number(values[row, column], 2), ha="center", va="center",
                                  fontsize=12, color=_text_colour(colour_map(values[row, column])))
        axes.set_xticks(range(size), labels, rotation=30, ha="right", rotation_mode="anchor")
        axes.set_yticks(range(size), labels)
        axes.tick_params(length=0)
        axes.spines[:].set_visible(False)
        colorbar = fig.colorbar(image, ax=axes, orientation="horizontal", shrink=0.8, aspect=30, pad=0.02,
                                location="bottom")
        colorbar.ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: _number(v, 1)))
        colorbar.set_label("gelijkenis: 0 = niets gemeen, 1 = dezelfde competenties" if method == "jaccard"
                           else "gelijkenis naar aantal werkprocessen: 0 = niets gemeen, 1 = dezelfde verdeling")
        return finish_chart(fig, title, source)
