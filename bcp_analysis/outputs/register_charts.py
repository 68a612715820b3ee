"""Charts of the register view, for hundreds of profielen: domein x competency, and the nearest profielen."""

import matplotlib
import numpy as np

from bcp_analysis.analyses.register import domein_finding
from bcp_analysis.outputs.charts import _SEQUENTIAL, _figure, _finish, _style, _text_colour, _wrap

__all__ = ["plot_domein_competencies"]


def plot_domein_competencies(matrix, bron, titel=None):
    """Heatmap of domeinen x the 25 competencies: the share of the domein's profielen that need each.

    One row per domein (not per profiel), so a register of hundreds of profielen stays
    readable; a competency no profiel of the domein needs is a white cell, the shares are
    printed as percentages.

    Parameters
    ----------
    matrix : pandas.DataFrame
        From :func:`bcp_analysis.analyses.register.domein_matrix`.
    bron : str
        Source line, e.g. ``register.bronvermelding``.
    titel : str, optional
        Default: :func:`bcp_analysis.analyses.register.domein_finding`.

    Returns
    -------
    matplotlib.figure.Figure
    """
    titel = titel or domein_finding(matrix)
    values = matrix.to_numpy(dtype=float)
    cmap = matplotlib.colormaps[_SEQUENTIAL].with_extremes(bad="white")
    with _style():
        fig = _figure(max(9.0, 0.42 * matrix.shape[1] + 5.0), max(4.6, 0.5 * len(matrix) + 4.6))
        axes = fig.add_subplot()
        image = axes.imshow(np.ma.masked_equal(values, 0), cmap=cmap, aspect="auto", vmin=0, vmax=1)
        if values.size <= 25 * 30:
            for row in range(values.shape[0]):
                for column in range(values.shape[1]):
                    if values[row, column]:
                        axes.text(column, row, f"{round(100 * values[row, column])}", ha="center", va="center",
                                  fontsize=8, color=_text_colour(image.cmap(image.norm(values[row, column]))))
        axes.set_xticks(range(matrix.shape[1]), list(matrix.columns), rotation=60, ha="right",
                        rotation_mode="anchor", fontsize=9)
        axes.set_yticks(range(len(matrix)), [_wrap(name, 45) for name in matrix.index])
        axes.set_xticks(np.arange(-0.5, matrix.shape[1]), minor=True)
        axes.set_yticks(np.arange(-0.5, len(matrix)), minor=True)
        axes.grid(which="minor", color="#DDDDDD", linewidth=0.6)
        axes.tick_params(which="minor", length=0)
        axes.set_xlabel("Competentie (SBB-volgorde)")
        axes.set_ylabel("Domein (aantal profielen)")
        axes.spines[:].set_visible(False)
        colorbar = fig.colorbar(image, ax=axes, shrink=0.8, format=matplotlib.ticker.PercentFormatter(1.0))
        colorbar.set_label("% van de profielen die de\ncompetentie nodig hebben (wit: 0)")
        return _finish(fig, titel, bron)
