"""Charts of the register view, readable for hundreds of profielen: domein x competency."""

from __future__ import annotations

import matplotlib.ticker
import pandas as pd
from matplotlib.figure import Figure

from bcp_analysis.analyses.findings import domein_title
from bcp_analysis.outputs.charts import chart_style, competency_heatmap, finish_chart, new_figure

__all__ = ["plot_domein_competencies"]


def plot_domein_competencies(matrix: pd.DataFrame, source: str, title: str | None = None) -> Figure:
    """Heatmap of domeinen x the 25 competencies: the share of the domein's profielen that need each.

    One row per domein (not per profiel), so a register of hundreds of profielen stays
    readable; a competency no profiel of the domein needs is a white cell, the others run
    from light (few profielen) to dark blue (all), and each cell prints its share with "%".

    Parameters
    ----------
    matrix : pandas.DataFrame
        From :func:`bcp_analysis.analyses.register.domein_matrix`.
    source : str
        Source line, e.g. ``register.bronvermelding``.
    title : str, optional
        Default: :func:`bcp_analysis.analyses.findings.domein_title`.

    Returns
    -------
    matplotlib.figure.Figure
    """
    title = title or domein_title(matrix)
    with chart_style():
        # the competency names under the columns take some four inches of the height, whatever the rows
        fig = new_figure(max(9.0, 0.42 * matrix.shape[1] + 5.0), 0.55 * len(matrix) + 6.0)
        axes = fig.add_subplot()
        image = competency_heatmap(axes, matrix.astype(float), vmin=0, vmax=1, fontsize=8,
                                   label=lambda value: f"{round(100 * value)}%")
        axes.set_xlabel("Competentie (SBB-volgorde)")
        axes.set_ylabel("Domein (aantal profielen)")
        axes.spines[:].set_visible(False)
        colorbar = fig.colorbar(image, ax=axes, shrink=0.8, format=matplotlib.ticker.PercentFormatter(1.0))
        colorbar.set_label("% van de profielen die de\ncompetentie nodig hebben (wit: 0)")
        return finish_chart(fig, title, source)
