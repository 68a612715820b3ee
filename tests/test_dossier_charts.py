"""Tests of the dossier charts: checked through the numbers they draw."""

from pathlib import Path

import numpy as np
import pytest

from bcp_analysis import dossier, dossier_charts

BUNDLED = Path(__file__).resolve().parent.parent / "data" / "kd" / "pedagogisch-werk-23183.xml"


@pytest.fixture(scope="module")
def bundled():
    return dossier.load_dossier(BUNDLED)


def test_matrix_chart_draws_the_counts(bundled):
    fig = dossier_charts.plot_profile_matrix(dossier.profile_competency_matrix(bundled), bundled.bronvermelding)
    axes = fig.axes[0]
    image = axes.images[0].get_array()
    # 23 competencies used (Creëren en innoveren and Met druk en tegenslag omgaan are in no werkproces)
    assert image.shape == (3, 23)
    labels = [label.get_text() for label in axes.get_yticklabels()]
    assert labels == ["Pedagogisch medewerker kinderopvang", "Gespecialiseerd pedagogisch medewerker",
                      "Onderwijsassistent"]
    assert np.asarray(image).sum(axis=1).tolist() == [59, 84, 70]
    assert fig._suptitle.get_text().startswith("17 competenties komen in alle 3 profielen voor")
    assert "Kwalificatiedossier Pedagogisch Werk, SBB" in fig._supxlabel.get_text()


def test_similarity_chart_draws_the_table(bundled):
    table = dossier.profile_similarity(bundled)
    fig = dossier_charts.plot_profile_similarity(table, bundled.bronvermelding)
    image = fig.axes[0].images[0].get_array()
    assert image.mask[0, 2] and not image.mask[2, 0]  # lower triangle only
    assert image[2, 0] == pytest.approx(table.iloc[2, 0])
    texts = {text.get_text() for text in fig.axes[0].texts}
    assert "1,00" in texts


def test_draw_dossier_charts_names(bundled):
    assert list(dossier_charts.draw_dossier_charts(bundled)) == ["dossier_competenties", "dossier_verwantschap"]
