"""Committee charts of the dossier view: profielen x competencies, and how alike the profielen are."""

import numpy as np

from bcp_analysis.charts import _figure, _finish, _style, _text_colour, _SEQUENTIAL
from bcp_analysis.dossier import (
    matrix_finding,
    profile_competency_matrix,
    profile_similarity,
    similarity_finding,
)
from bcp_analysis.dutch import number, shorten

__all__ = ["plot_profile_matrix", "plot_profile_similarity", "draw_dossier_charts"]


def plot_profile_matrix(matrix, bron, titel=None):
    """Heatmap of profielen x competencies: in how many werkprocessen each profiel needs each.

    Competencies no profiel needs are left out (the title says how many are used).

    Parameters
    ----------
    matrix : pandas.DataFrame
        From :func:`bcp_analysis.dossier.profile_competency_matrix`.
    bron : str
        Source line.
    titel : str, optional
        Default: the finding of :func:`bcp_analysis.dossier.matrix_finding`.

    Returns
    -------
    matplotlib.figure.Figure
    """
    titel = titel or matrix_finding(matrix)
    shown = matrix.loc[:, (matrix > 0).any(axis=0)]
    values = shown.to_numpy()
    with _style():
        fig = _figure(max(8.0, 0.42 * shown.shape[1] + 4.0), max(3.6, 0.55 * len(shown) + 3.2))
        axes = fig.add_subplot()
        image = axes.imshow(values, cmap=_SEQUENTIAL, aspect="auto", vmin=0, vmax=max(1, values.max()))
        for row in range(values.shape[0]):
            for column in range(values.shape[1]):
                if values[row, column]:
                    axes.text(column, row, str(values[row, column]), ha="center", va="center", fontsize=9,
                              color=_text_colour(image.cmap(image.norm(values[row, column]))))
        axes.set_xticks(range(shown.shape[1]), [shorten(name, 32) for name in shown.columns], rotation=60,
                        ha="right", rotation_mode="anchor")
        axes.set_yticks(range(len(shown)), [shorten(name, 40) for name in shown.index])
        axes.set_xlabel("Competentie (SBB-volgorde)")
        axes.spines[:].set_visible(False)
        colorbar = fig.colorbar(image, ax=axes, shrink=0.8)
        colorbar.set_label("aantal werkprocessen")
        return _finish(fig, titel, bron)


def plot_profile_similarity(similarity, bron, method="jaccard", titel=None):
    """Heatmap of how alike every two profielen are (the lower triangle, values printed).

    Parameters
    ----------
    similarity : pandas.DataFrame
        From :func:`bcp_analysis.dossier.profile_similarity`.
    bron : str
        Source line.
    method : {"jaccard", "cosinus"}
        The method the table was computed with (named on the colour bar).
    titel : str, optional
        Default: the finding of :func:`bcp_analysis.dossier.similarity_finding`.

    Returns
    -------
    matplotlib.figure.Figure
    """
    titel = titel or similarity_finding(similarity, method)
    values = similarity.to_numpy()
    size = len(values)
    masked = np.ma.masked_where(np.triu(np.ones_like(values, dtype=bool), k=1), values)
    labels = [shorten(name, 40) for name in similarity.index]
    with _style():
        fig = _figure(max(7.0, 0.9 * size + 4.5), max(4.5, 0.6 * size + 3.0))
        axes = fig.add_subplot()
        image = axes.imshow(masked, cmap=_SEQUENTIAL, vmin=0, vmax=1)
        if size <= 20:
            for row in range(size):
                for column in range(row + 1):
                    axes.text(column, row, number(values[row, column], 2), ha="center", va="center", fontsize=9,
                              color=_text_colour(image.cmap(image.norm(values[row, column]))))
        axes.set_xticks(range(size), labels, rotation=45, ha="right", rotation_mode="anchor")
        axes.set_yticks(range(size), labels)
        axes.spines[:].set_visible(False)
        colorbar = fig.colorbar(image, ax=axes, shrink=0.8)
        colorbar.set_label("gedeelde competenties (Jaccard)" if method == "jaccard"
                           else "gelijkenis naar aantal werkprocessen (cosinus)")
        return _finish(fig, titel, bron)


def draw_dossier_charts(source, method="jaccard"):
    """The committee charts of the dossier view, by file name.

    Parameters
    ----------
    source : Dossier or Corpus
        (A list of Profiles works too; its source line is then the first profile's.)
    method : {"jaccard", "cosinus"}

    Returns
    -------
    dict of str to matplotlib.figure.Figure
        ``dossier_competenties`` and ``dossier_verwantschap``.
    """
    bron = source.bronvermelding if hasattr(source, "bronvermelding") else source[0].bronvermelding
    return {
        "dossier_competenties": plot_profile_matrix(profile_competency_matrix(source), bron),
        "dossier_verwantschap": plot_profile_similarity(profile_similarity(source, method), bron, method),
    }
