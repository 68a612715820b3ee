"""Tests for bcp_analysis.outputs.charts: read back what each chart draws and compare with hand-made numbers."""

import struct

import matplotlib
import networkx as nx
import numpy as np
import pandas as pd
import pytest
from matplotlib.collections import LineCollection, PathCollection
from matplotlib.image import AxesImage

from bcp_analysis import competentiemodel
from bcp_analysis.analyses.labour_market import labour_market_table
from bcp_analysis.outputs import charts

BRON = "BCP Testberoep, ECABO 2010"


# --- helpers ---------------------------------------------------------------------


def _texts(ax):
    return [text.get_text() for text in ax.texts]


def _title(fig):
    return fig._suptitle.get_text().replace("\n", " ")


def _source(fig):
    return fig._supxlabel.get_text()


def _png_dpi(path):
    """Read the pHYs chunk of a PNG: pixels per metre -> dots per inch."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position = 8
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        if kind == b"pHYs":
            x_per_metre, _, unit = struct.unpack(">IIB", data[position + 8:position + 17])
            assert unit == 1
            return x_per_metre * 0.0254
        position += 12 + length
    raise AssertionError("no pHYs chunk")


def _check_saved_twice(fig, folder, name):
    """Save a chart twice into one folder: the second save gives the same bytes, so leaves the files alone."""
    first = charts.save_chart(fig, folder, name)
    assert [path.name for path in first] == [f"{name}.png", f"{name}.svg"]
    saved = [(path.read_bytes(), path.stat().st_mtime_ns) for path in first]
    assert all(content for content, _ in saved)
    assert _png_dpi(first[0]) >= 150
    assert "<dc:date>" not in saved[1][0].decode("utf-8")
    # drawn again, the same bytes: write_if_changed leaves both files untouched
    second = charts.save_chart(fig, folder, name)
    assert second == first
    assert [(path.read_bytes(), path.stat().st_mtime_ns) for path in second] == saved


def _small_matrix():
    """Three werkprocessen in two kerntaken, crosses placed by hand."""
    names = competentiemodel()["competentie"].tolist()
    matrix = pd.DataFrame(0, index=pd.Index(["1.1", "1.2", "2.1"], name="werkproces_id"), columns=names)
    matrix.loc["1.1", names[0]] = 1  # competency 1
    matrix.loc["1.1", names[4]] = 1  # competency 5
    matrix.loc["1.2", names[4]] = 1  # competency 5
    matrix.loc["2.1", names[4]] = 1  # competency 5
    matrix.loc["2.1", names[12]] = 1  # competency 13
    matrix.loc["2.1", names[24]] = 1  # competency 25
    werkprocessen = pd.DataFrame({
        "werkproces_id": ["1.1", "1.2", "2.1"],
        "kerntaak_id": ["1", "1", "2"],
        "titel": ["Verzamelt informatie", "Maakt een plan", "Beheert accounts"],
        "beschrijving": ["", "", ""],
    })
    return matrix, werkprocessen


def _small_frequency():
    model = competentiemodel()
    counts = [0] * 25
    counts[0], counts[5], counts[12], counts[17] = 3, 5, 5, 2  # 1, 6, 13, 18
    return model.assign(aantal_werkprocessen=counts, aandeel=[count / 6 for count in counts])


# --- style and helpers ------------------------------------------------------------


def test_palette_is_okabe_ito():
    assert charts.PALETTE[:3] == ("#0072B2", "#E69F00", "#009E73")
    assert len(set(charts.PALETTE)) == 8


def test_dutch_numbers():
    assert charts._number(133400) == "133.400"
    assert charts._number(0.6, 2) == "0,60"


def test_charts_do_not_change_global_rcparams():
    before = matplotlib.rcParams["font.size"], matplotlib.rcParams["svg.hashsalt"]
    matrix, werkprocessen = _small_matrix()
    charts.plot_matrix(matrix, werkprocessen, BRON)
    assert (matplotlib.rcParams["font.size"], matplotlib.rcParams["svg.hashsalt"]) == before


# --- matrix ------------------------------------------------------------------------


def test_matrix_draws_hand_placed_crosses(tmp_path):
    matrix, werkprocessen = _small_matrix()
    fig = charts.plot_matrix(matrix, werkprocessen, BRON)
    ax = fig.axes[0]
    crosses = {tuple(point) for point in ax.collections[0].get_offsets().tolist()}
    # Rows: 0 "Kerntaak 1", 1 = 1.1, 2 = 1.2, 3 "Kerntaak 2", 4 = 2.1; columns 0-based.
    assert crosses == {(0, 1), (4, 1), (4, 2), (4, 4), (12, 4), (24, 4)}
    labels = [tick.get_text() for tick in ax.get_yticklabels()]
    assert labels == ["Kerntaak 1", "1.1  Verzamelt informatie", "1.2  Maakt een plan",
                      "Kerntaak 2", "2.1  Beheert accounts", "Totaal"]
    columns = [tick.get_text().replace("\n", " ") for tick in ax.get_xticklabels()]
    assert columns[0] == "1. Beslissen en activiteiten initiëren" and columns[-1] == "Totaal"
    assert len(columns) == 26
    texts = _texts(ax)
    # row totals 2 (1.1), 1 (1.2), 3 (2.1); then the 25 column totals: 1 for competency 1,
    # 3 for competency 5, 1 each for 13 and 25, 0 for the other 21; then the grand total 6
    column_totals = ["0"] * 25
    column_totals[0], column_totals[4], column_totals[12], column_totals[24] = "1", "3", "1", "1"
    assert texts == ["2", "1", "3"] + column_totals + ["6"]
    # the 21 unused columns are shaded: one grey band centred on each
    bands = sorted(round(patch.get_x() + patch.get_width() / 2, 6) for patch in ax.patches)
    assert len(bands) == 21 and 0 not in bands and 4 not in bands and 1 in bands
    assert _title(fig) == ("Elk werkproces vraagt 1 tot 3 competenties; "
                           "21 van de 25 competenties worden nergens gevraagd")
    assert _source(fig) == "Bron: BCP Testberoep, ECABO 2010"
    _check_saved_twice(fig, tmp_path, "matrix")


def test_matrix_title_follows_data():
    matrix, werkprocessen = _small_matrix()
    matrix = matrix.copy()
    matrix.loc["1.2", :] = 1  # 1.2 now needs all 25
    fig = charts.plot_matrix(matrix, werkprocessen, BRON, kerntaken=pd.DataFrame(
        {"kerntaak_id": ["1", "2"], "titel": ["Plant", "Beheert"]}))
    assert _title(fig) == "Elk werkproces vraagt 2 tot 25 competenties; alle 25 competenties worden gevraagd"
    assert "Plant" in _texts(fig.axes[0]) and "Beheert" in _texts(fig.axes[0])
    assert charts.plot_matrix(matrix, werkprocessen, BRON, title="Eigen titel")._suptitle.get_text() == "Eigen titel"


def test_matrix_does_not_mutate_inputs():
    matrix, werkprocessen = _small_matrix()
    before = matrix.copy(), werkprocessen.copy()
    charts.plot_matrix(matrix, werkprocessen, BRON)
    assert matrix.equals(before[0]) and werkprocessen.equals(before[1])


# --- frequency and clusters --------------------------------------------------------


def test_frequency_bars_and_zero_labels(tmp_path):
    frequency = _small_frequency()
    werkprocessen = pd.DataFrame({"werkproces_id": [f"1.{n}" for n in range(1, 7)]})
    fig = charts.plot_competency_frequency(frequency, BRON, werkprocessen=werkprocessen)
    ax = fig.axes[0]
    widths = [patch.get_width() for patch in ax.patches]
    assert widths[:6] == [3, 0, 0, 0, 0, 5]
    assert sum(widths) == 15  # 3 + 5 + 5 + 2
    # SBB order top to bottom: competency 1 at the top (y = 0, y axis inverted)
    assert ax.patches[0].get_y() < ax.patches[24].get_y()
    assert ax.get_ylim()[0] > ax.get_ylim()[1]
    assert _texts(ax).count("0") == 21
    # two competencies tie on 5 of the 6 werkprocessen given
    assert _title(fig) == "Ethisch en integer handelen en Analyseren zijn het vaakst nodig (5 van 6 werkprocessen)"
    # bars coloured by cluster: competency 1 and 6 are in different clusters
    assert ax.patches[0].get_facecolor() != ax.patches[5].get_facecolor()
    _check_saved_twice(fig, tmp_path, "frequentie")


def test_cluster_coverage_bars(tmp_path):
    by_cluster = pd.DataFrame({
        "cluster": ["Leiden en beslissen", "Ondersteunen en samenwerken", "Aanpassen en omgaan met druk"],
        "competenties_in_cluster": [3, 3, 2],
        "gebruikte_competenties": [2, 3, 0],
        "koppelingen": [4, 9, 0],
        "aandeel_gebruikt": [2 / 3, 1.0, 0.0],
    })
    fig = charts.plot_cluster_coverage(by_cluster, BRON)
    left, right = fig.axes
    widths = [patch.get_width() for patch in left.patches]
    assert widths == [3, 3, 2, 2, 3, 0]  # outline bars, then used bars
    assert [patch.get_width() for patch in right.patches] == [4, 9, 0]
    assert "2 van 3" in _texts(left) and "0 van 2" in _texts(left)
    assert _title(fig) == ("Ondersteunen en samenwerken telt de meeste koppelingen (9); "
                           "Aanpassen en omgaan met druk wordt nergens gevraagd")
    _check_saved_twice(fig, tmp_path, "clusters")


# --- similarity and network ---------------------------------------------------------


def test_heatmap_says_when_nothing_is_shared():
    ids = ["1.1", "1.2", "2.1"]
    similarity = pd.DataFrame(np.eye(3), index=ids, columns=ids)
    fig = charts.plot_similarity_heatmap(similarity, BRON)
    assert _title(fig) == "Geen twee werkprocessen delen competenties: alle gelijkenissen zijn 0"
    assert "meest" not in _title(fig)


def test_heatmap_names_every_tied_pair():
    ids = ["1.1", "1.2", "2.1", "2.2"]
    values = [[1.0, 1.0, 0.2, 0.0], [1.0, 1.0, 0.0, 0.0], [0.2, 0.0, 1.0, 1.0], [0.0, 0.0, 1.0, 1.0]]
    fig = charts.plot_similarity_heatmap(pd.DataFrame(values, index=ids, columns=ids), BRON)
    assert _title(fig) == ("Op competenties lijken 2 paren even sterk het meest op elkaar (gelijkenis 1,00): "
                           "1.1 en 1.2; 2.1 en 2.2")


def test_heatmap_of_fifty_werkprocessen_has_no_cell_numbers(tmp_path, bundled_profile):
    # 50 werkprocessen in 5 kerntaken of 10; werkproces n needs competency n % 25 and
    # (n + 1) % 25, so neighbours share one of three: Jaccard 1/3
    import dataclasses

    from bcp_analysis.analyses.overlap import similarity
    from bcp_analysis.model.profile import make_table

    names = competentiemodel()["competentie"].tolist()
    ids = [f"{k}.{w}" for k in range(1, 6) for w in range(1, 11)]
    profile = dataclasses.replace(
        bundled_profile,
        kerntaken=make_table("kerntaken", [{"kerntaak_id": str(k), "titel": f"K{k}"} for k in range(1, 6)]),
        werkprocessen=make_table("werkprocessen", [{"werkproces_id": werkproces_id, "kerntaak_id": werkproces_id[0],
                                                    "titel": werkproces_id} for werkproces_id in ids]),
        competenties=make_table("competenties", [{"werkproces_id": werkproces_id, "competentie": names[(n + step) % 25]}
                                                 for n, werkproces_id in enumerate(ids) for step in (0, 1)]))
    table = similarity(profile)
    assert table.loc["1.1", "1.2"] == pytest.approx(1 / 3)
    fig = charts.plot_similarity_heatmap(table, BRON, werkprocessen=profile.werkprocessen)
    ax = fig.axes[0]
    assert ax.images[0].get_array().shape == (50, 50)
    assert 50 > charts.ANNOTATE_AT_MOST
    assert len(ax.texts) == 0  # no unreadable numbers in 2 450 cells
    assert {tick.get_fontsize() for tick in ax.get_yticklabels()} == {7}
    # four kerntaak boundaries, each drawn across and down
    assert sorted({line.get_xdata()[0] for line in ax.lines if line.get_xdata()[0] == line.get_xdata()[1]}) == [
        9.5, 19.5, 29.5, 39.5]
    # werkproces 1.1 and 3.1 (positions 0 and 20) both need competency 1 and 2 (n and n + 1 mod 25
    # for n = 0 and n = 25 -> 0): identical, so 25 pairs of that kind tie at 1,00
    assert "25 paren even sterk" in _title(fig) and "nog 21 paren" in _title(fig)
    _check_saved_twice(fig, tmp_path, "overeenkomst50")


def test_heatmap_values_and_labels(tmp_path):
    ids = ["1.1", "1.2", "2.1"]
    similarity = pd.DataFrame([[1.0, 0.5, 0.0], [0.5, 1.0, 0.25], [0.0, 0.25, 1.0]], index=ids, columns=ids)
    fig = charts.plot_similarity_heatmap(similarity, BRON)
    ax = fig.axes[0]
    image = [artist for artist in ax.get_children() if isinstance(artist, AxesImage)][0]
    array = image.get_array()
    assert array.shape == (3, 3)
    assert array.mask.diagonal().all() and not array.mask[0, 1]
    assert array[0, 1] == 0.5 and array[1, 2] == 0.25
    # 6 off-diagonal cells annotated with 2 decimals, Dutch comma
    assert sorted(_texts(ax)) == ["0,00", "0,00", "0,25", "0,25", "0,50", "0,50"]
    assert [tick.get_text() for tick in ax.get_xticklabels()] == ids
    # one kerntaak boundary, between 1.2 and 2.1: a horizontal and a vertical line at 1.5
    assert sorted(line.get_xdata()[0] for line in ax.lines if line.get_xdata()[0] == line.get_xdata()[1]) == [1.5]
    assert _title(fig) == "Op competenties lijken 1.1 en 1.2 het meest op elkaar (gelijkenis 0,50)"
    _check_saved_twice(fig, tmp_path, "overeenkomst")


def test_network_nodes_edges_and_colours(tmp_path):
    graph = nx.Graph()
    for node, kerntaak, titel in (("1.1", "1", "Verzamelt informatie"), ("1.2", "1", "Maakt een plan"),
                                  ("2.1", "2", "Beheert accounts"), ("2.2", "2", "Bouwt relaties op")):
        graph.add_node(node, kerntaak_id=kerntaak, titel=titel)
    graph.add_edge("1.1", "1.2", weight=0.8, gedeeld=4)
    graph.add_edge("2.1", "2.2", weight=0.4, gedeeld=2)
    graph.add_edge("1.2", "2.1", weight=0.2, gedeeld=1)
    # 2.2 sits with 2.1 in 70 % of the runs
    groups = pd.DataFrame({"werkproces_id": ["1.1", "1.2", "2.1", "2.2"], "groep": [1, 1, 2, 2],
                           "zekerheid": [1.0, 1.0, 1.0, 0.7], "groepsgrootte": [2, 2, 2, 2],
                           "titel": ["a", "b", "c", "d"]})
    fig = charts.plot_network(graph, groups, BRON)
    ax = fig.axes[0]
    nodes = [c for c in ax.collections if isinstance(c, PathCollection)][0]
    edges = [c for c in ax.collections if isinstance(c, LineCollection)][0]
    assert len(nodes.get_offsets()) == 4
    assert len(edges.get_segments()) == 3
    widths = list(edges.get_linewidths())
    # edges sorted by id: 1.1-1.2 (0.8), 1.2-2.1 (0.2), 2.1-2.2 (0.4): widest is the strongest
    assert widths[0] > widths[2] > widths[1]
    colours = nodes.get_facecolors()
    assert (colours[0] == colours[1]).all() and not (colours[1] == colours[2]).all()
    assert sorted(t for t in _texts(ax)) == ["1.1", "1.2", "2.1", "2.2"]
    assert _title(fig) == ("Op gedeelde competenties vallen de werkprocessen in 2 groepen; "
                           "2.2 hoort in 70% van de berekeningen bij groep 2, "
                           "de andere werkprocessen in elke berekening bij hun groep")
    # the legend names each werkproces with its title, and the line widths by their gelijkenis
    legend = [text.get_text().split("\n") for text in fig.axes[1].get_legend().get_texts()]
    assert legend[:2] == [["Groep 1", "  1.1 Verzamelt informatie", "  1.2 Maakt een plan"],
                          ["Groep 2", "  2.1 Beheert accounts", "  2.2 Bouwt relaties op (70%)"]]
    assert legend[2:] == [["gelijkenis 0,20"], ["gelijkenis 0,80"]]
    words = " ".join([_title(fig), fig.axes[1].get_legend().get_title().get_text()] + sum(legend, []))
    assert "Louvain" not in words and "overeenkomst" not in words and " run" not in words
    # same layout on a second run
    again = charts.plot_network(graph, groups, BRON)
    assert np.array_equal(nodes.get_offsets(), [c for c in again.axes[0].collections
                                                 if isinstance(c, PathCollection)][0].get_offsets())
    _check_saved_twice(fig, tmp_path, "netwerk")


# --- recurring items ------------------------------------------------------------------


def test_item_recurrence_top_and_colours(tmp_path):
    recurrence = pd.DataFrame({
        "item": ["CRM", "Producten", "Calculaties", "Accountanalyse"],
        "varianten": [1, 1, 2, 1],
        "aantal_werkprocessen": [5, 3, 2, 1],
        "werkprocessen": ["1.1, 1.2, 2.1, 2.2, 3.1", "1.1, 1.2, 3.1", "2.1, 2.2", "3.1"],
        "soort": ["generiek", "generiek", "gedeeld", "specifiek"],
    })
    fig = charts.plot_item_recurrence(recurrence, BRON, on="kennis", top=3)
    ax = fig.axes[0]
    assert [patch.get_width() for patch in ax.patches] == [5, 3, 2]
    # an item group with several wordings says how many
    assert [tick.get_text() for tick in ax.get_yticklabels()] == ["CRM", "Producten", "Calculaties\n(2 formuleringen)"]
    assert ax.patches[0].get_facecolor() == ax.patches[1].get_facecolor() != ax.patches[2].get_facecolor()
    assert "5  (1.1, 1.2, 2.1, 2.2, 3.1)" in _texts(ax)
    # 3 of the 4 items recur (count > 1), all three drawn
    assert _title(fig) == ("3 van de 4 kennisitems komen in meer dan één werkproces terug; "
                           "'CRM' het vaakst (in 5 werkprocessen)")
    # the item in one werkproces only is never a bar, whatever top allows
    fig = charts.plot_item_recurrence(recurrence, BRON, on="kennis", top=10)
    assert [patch.get_width() for patch in fig.axes[0].patches] == [5, 3, 2]
    # with top=2 one recurring item is left out, and the title says so
    fig = charts.plot_item_recurrence(recurrence, BRON, on="kennis", top=2)
    assert [patch.get_width() for patch in fig.axes[0].patches] == [5, 3]
    assert _title(fig) == ("3 van de 4 kennisitems komen in meer dan één werkproces terug (hier de 2 die "
                           "het vaakst terugkomen); 'CRM' het vaakst (in 5 werkprocessen)")
    legend = [text.get_text() for text in ax.get_legend().get_texts()]
    assert legend == ["generiek (in 3–5 werkprocessen)", "gedeeld (in 2 werkprocessen)"]
    _check_saved_twice(fig, tmp_path, "kennis")


# --- labour market -------------------------------------------------------------------


def test_labour_market_chart_on_bundled_profile(tmp_path, bundled_profile):
    profile = bundled_profile
    fig = charts.plot_labour_market(labour_market_table(profile), profile.bronvermelding)
    vacancies, shares, growth = fig.axes
    # Raw lines 533-536: 133.400 in 2009 (observed), 193.000 in 2014 (forecast, hatched)
    assert [patch.get_height() for patch in vacancies.patches] == [133400, 193000]
    assert [patch.get_hatch() for patch in vacancies.patches] == [None, "//"]
    assert [tick.get_text() for tick in vacancies.get_xticklabels()] == ["2009", "2014"]
    assert "193.000\n(prognose)" in _texts(vacancies)
    # §1.4 gives 7 percentages of two kinds, each on an axis of its own: the shares of
    # vacancies 26,5 / 21,5 / 19,3 (lines 511-513), and the growth rates -0,15 / -0,3 / -0,5
    # (lines 500-505) and the economic growth of circa 2 % (line 530), all forecasts
    assert shares.get_title(loc="left") == "Aandeel in de vacatures"
    assert [patch.get_width() for patch in shares.patches] == pytest.approx([26.5, 21.5, 19.3])
    assert [patch.get_hatch() for patch in shares.patches] == [None, None, None]
    assert growth.get_title(loc="left") == "Groei en ontwikkeling"
    assert [patch.get_width() for patch in growth.patches] == pytest.approx([-0.15, -0.3, -0.5, 2.0])
    assert [patch.get_hatch() for patch in growth.patches] == ["//"] * 4
    assert "26,5%" in _texts(shares) and "−0,15%" in _texts(growth)
    legend = [text.get_text() for text in vacancies.get_legend().get_texts()]
    assert legend == ["waargenomen", "prognose"]
    # employment change (2009-2014) and economic growth (2014) share an axis: a change per year
    assert growth.get_xlabel() == "Verandering per jaar (%)"
    # (193000 / 133400 - 1) = 44.7 % -> "+45%"
    assert _title(fig) == ("Vacatures (ECABO-domein, mbo-niveau) stijgen naar verwachting van 133.400 "
                           "in 2009 naar 193.000 in 2014 (+45%)")
    assert _source(fig) == "Bron: BCP Junior accountmanager, ECABO 2010"
    _check_saved_twice(fig, tmp_path, "arbeidsmarkt")


def test_labour_market_chart_without_figures_says_so(tmp_path, bundled_profile):
    # An extracted profile carries no labour-market figures: the chart says so instead of empty axes.
    empty = labour_market_table(bundled_profile).iloc[0:0]
    fig = charts.plot_labour_market(empty, "Bron: test")
    # one axes without axis lines, holding only the reason (a figure without axes shows nothing in Jupyter)
    assert len(fig.axes) == 1 and not fig.axes[0].axison and not fig.axes[0].patches
    assert _texts(fig.axes[0]) == ["Dit profiel bevat geen arbeidsmarktcijfers om te tonen."]
    assert _title(fig) == "Geen arbeidsmarktcijfers in het profiel"
    _check_saved_twice(fig, tmp_path, "leeg")


# --- the real analyses of the bundled profile ------------------------------------------


@pytest.fixture(scope="module")
def profile(bundled_profile):
    return bundled_profile


def test_matrix_on_bundled_profile(profile, tmp_path):
    from bcp_analysis.analyses.coverage import coverage_matrix

    fig = charts.plot_matrix(coverage_matrix(profile), profile.werkprocessen, profile.bronvermelding,
                             kerntaken=profile.kerntaken)
    ax = fig.axes[0]
    labels = [tick.get_text() for tick in ax.get_yticklabels()]
    # 3 kerntaken + 15 werkprocessen + "Totaal"
    assert len(labels) == 19 and labels[0] == "Kerntaak 1" and labels[5] == "Kerntaak 2"
    crosses = ax.collections[0].get_offsets().tolist()
    # 1.1 (row 1) needs Samenwerken en overleggen (5), Analyseren (13), Onderzoeken (14),
    # Bedrijfsmatig handelen (25): raw lines 686-692.
    assert sorted(x for x, y in crosses if y == 1) == [4, 12, 13, 24]
    # 3.3 (rows: K1 + 4, K2 + 4, K3, 3.1, 3.2, 3.3 -> row 13) needs 3, 4, 6, 8, 9, 11, 12,
    # 18, 23, 24: raw lines 1335-1357.
    assert labels[13].startswith("3.3")
    assert sorted(x + 1 for x, y in crosses if y == 13) == [3, 4, 6, 8, 9, 11, 12, 18, 23, 24]
    _check_saved_twice(fig, tmp_path, "matrix")


def test_other_charts_on_bundled_profile(profile, tmp_path):
    from bcp_analysis.analyses import coverage, overlap

    bron = profile.bronvermelding
    frequency = coverage.competency_frequency(profile)
    fig = charts.plot_competency_frequency(frequency, bron)
    assert len(fig.axes[0].patches) == 25
    # 3.3 needs Vakdeskundigheid toepassen (11); so does at least one other werkproces
    assert fig.axes[0].patches[10].get_width() >= 1
    _check_saved_twice(fig, tmp_path, "frequentie")

    fig = charts.plot_cluster_coverage(coverage.coverage_by_cluster(profile), bron)
    assert len(fig.axes[1].patches) == 8  # 8 clusters (CONTRIBUTING.md, "Reference: the 25 competencies")

    similarity = overlap.similarity(profile, "competenties", "jaccard")
    fig = charts.plot_similarity_heatmap(similarity, bron, werkprocessen=profile.werkprocessen)
    assert fig.axes[0].images[0].get_array().shape == (15, 15)
    assert len(fig.axes[0].texts) == 15 * 14
    # kerntaak boundaries after 1.4 and 2.4: lines at 3.5 and 7.5, each horizontal and vertical
    assert sorted({line.get_xdata()[0] for line in fig.axes[0].lines
                   if line.get_xdata()[0] == line.get_xdata()[1]}) == [3.5, 7.5]

    graph = overlap.competency_graph(profile, 0.3)
    fig = charts.plot_network(graph, overlap.communities(profile), bron)
    ax = fig.axes[0]
    assert len([c for c in ax.collections if isinstance(c, PathCollection)][0].get_offsets()) == 15
    assert len([c for c in ax.collections if isinstance(c, LineCollection)][0].get_segments()) == (
        graph.number_of_edges())
    _check_saved_twice(fig, tmp_path, "netwerk")

    fig = charts.plot_item_recurrence(coverage.item_recurrence(profile, "vaardigheden"), bron,
                                      on="vaardigheden", top=5)
    assert len(fig.axes[0].patches) == 5
    # "Mondelinge en schriftelijke taalbeheersing Nederlands" is listed in every werkproces
    assert max(patch.get_width() for patch in fig.axes[0].patches) == 15
    assert _title(fig).startswith("9 van de 16 vaardigheden komen in meer dan één werkproces terug "
                                  "(hier de 5 die het vaakst terugkomen)")


def test_recurring_skills_are_named_by_what_they_share_and_counted_as_drawn(profile):
    from bcp_analysis.analyses import coverage

    fig = charts.plot_item_recurrence(coverage.item_recurrence(profile, "vaardigheden"), profile.bronvermelding,
                                      on="vaardigheden")
    ax = fig.axes[0]
    labels = [tick.get_text() for tick in ax.get_yticklabels()]
    widths = [int(patch.get_width()) for patch in ax.patches]
    # vaardigheden in more than one werkproces, counted from data/raw (tests/test_coverage.py):
    # Nederlands 15, the English skill 14, Omgangsvormen 8, CRM-tools 6, Overlegvaardigheden 4,
    # Luisteren/samenvatten/doorvragen 3, berekeningen/schattingen 3, Planningsvaardigheden 3,
    # Adviesvaardigheden 2: nine bars, and the title counts nine
    assert widths == [15, 14, 8, 6, 4, 3, 3, 3, 2]
    assert _title(fig).startswith("9 van de 16 vaardigheden komen in meer dan één werkproces terug;")
    # only 1.1 and 1.2 say "Leesvaardigheid" (raw 723, 791): the bar of all eight wordings
    # is named by what they share
    assert labels[1] == "Vaardigheid Engels en tweede moderne vreemde taal\n(8 formuleringen)"
    assert not any(label.startswith("Leesvaardigheid") for label in labels)


# --- the dossier view (the bundled kwalificatiedossier Pedagogisch Werk) -----------


@pytest.fixture(scope="module")
def bundled_dossier():
    from bcp_analysis.analyses.dossier import load_dossier

    return load_dossier()


def test_profile_matrix_chart_draws_the_counts(bundled_dossier):
    from bcp_analysis.analyses.dossier import profile_competency_matrix

    fig = charts.plot_profile_matrix(profile_competency_matrix(bundled_dossier), bundled_dossier.bronvermelding)
    axes = fig.axes[0]
    image = axes.images[0].get_array()
    # 23 competencies used (Creëren en innoveren and Met druk en tegenslag omgaan are in no werkproces)
    assert image.shape == (3, 23)
    labels = [label.get_text() for label in axes.get_yticklabels()]
    assert labels == ["Pedagogisch medewerker kinderopvang", "Gespecialiseerd pedagogisch medewerker",
                      "Onderwijsassistent"]
    # competency rows per profiel, counted in the XML (tests/test_kd.py): 59, 84, 70
    assert np.asarray(image).sum(axis=1).tolist() == [59, 84, 70]
    assert _title(fig).startswith("17 competenties komen in alle 3 profielen voor")
    assert "Kwalificatiedossier Pedagogisch Werk, SBB" in _source(fig)


def test_profile_similarity_chart_draws_the_table(bundled_dossier):
    from bcp_analysis.analyses.dossier import profile_similarity

    table = profile_similarity(bundled_dossier)
    fig = charts.plot_profile_similarity(table, bundled_dossier.bronvermelding)
    image = fig.axes[0].images[0].get_array()
    # every pair in both halves, a profiel with itself left blank
    assert image.mask.tolist() == [[True, False, False], [False, True, False], [False, False, True]]
    assert image[2, 0] == pytest.approx(table.iloc[2, 0]) and image[0, 2] == pytest.approx(table.iloc[0, 2])
    texts = _texts(fig.axes[0])
    assert len(texts) == 6 and "1,00" not in texts and all("," in text and "." not in text for text in texts)
    # the colour bar below the square: Dutch decimals, words instead of "Jaccard"
    bar = fig.axes[1]
    ticks = [tick.get_text() for tick in bar.get_xticklabels()]
    assert "0,4" in ticks and not any("." in tick for tick in ticks)
    words = " ".join([_title(fig), bar.xaxis.label.get_text()])
    assert "Jaccard" not in words and "gelijkenis" in words
    # the title stays above the plot and the colour bar: nothing drawn over it
    renderer = fig.canvas.get_renderer()
    title = fig._suptitle.get_window_extent(renderer)
    assert all(axes.get_tightbbox(renderer).y1 <= title.y0 for axes in fig.axes)


# --- what a committee reads: colour scales, a kwalificatiedossier's profiel ---------------------------


def _lightness(rgba):
    red, green, blue = rgba[:3]
    return 0.299 * red + 0.587 * green + 0.114 * blue


def _scale_runs_light_to_dark(image, values):
    """The lowest non-zero cell is light (yet not white), the highest dark, and the colour bar agrees."""
    low, high = min(value for value in values if value), max(values)
    low_colour, high_colour = image.cmap(image.norm(low)), image.cmap(image.norm(high))
    assert _lightness(low_colour) > _lightness(high_colour) + 0.4
    assert 0.6 < _lightness(low_colour) < 0.99  # light, but not the white of an empty cell
    assert _lightness(high_colour) < 0.45
    return low_colour, high_colour


def test_profile_matrix_colours_the_most_common_darkest(bundled_dossier):
    from bcp_analysis.analyses.dossier import profile_competency_matrix

    matrix = profile_competency_matrix(bundled_dossier)
    fig = charts.plot_profile_matrix(matrix, bundled_dossier.bronvermelding)
    image = fig.axes[0].images[0]
    _scale_runs_light_to_dark(image, matrix.to_numpy().ravel().tolist())
    # the colour bar is the cells' own scale: its bottom (0) is the white of "niet nodig"
    bar = fig.axes[1]
    assert bar.get_ylim()[0] == 0
    assert _lightness(image.cmap(image.norm(0))) > 0.95


def test_similarity_heatmap_names_the_werkprocessen_and_runs_light_to_dark(profile):
    from bcp_analysis.analyses import overlap

    similarity = overlap.similarity(profile, "competenties", "jaccard")
    fig = charts.plot_similarity_heatmap(similarity, profile.bronvermelding, werkprocessen=profile.werkprocessen)
    ax = fig.axes[0]
    # raw line 703: "1.2 Stelt een individueel verkoopplan op"
    assert [tick.get_text() for tick in ax.get_yticklabels()][1] == "1.2  Stelt een individueel verkoopplan op"
    _scale_runs_light_to_dark(ax.images[0], similarity.to_numpy()[~np.eye(15, dtype=bool)].tolist())
    assert fig.axes[1].yaxis.label.get_text().startswith("Gelijkenis op competenties")


@pytest.fixture(scope="module")
def onderwijsassistent():
    from bcp_analysis import load_profile
    from bcp_analysis.paths import BUNDLED_KD

    return load_profile(BUNDLED_KD, profiel="Onderwijsassistent")


def test_labour_market_of_a_kd_profiel_draws_only_its_own_figures(onderwijsassistent):
    table = labour_market_table(onderwijsassistent)
    fig = charts.plot_labour_market(table, onderwijsassistent.bronvermelding, profiel="Onderwijsassistent")
    # pedagogisch-werk-23183.xml, lines 1305 and 1309: 70% vervolgstudie, 30% direct werken, of whom 33% in the
    # kinderopvang, 25% in het onderwijs, 21% elsewhere; 6% fewer students than in 2012-2013
    widths = sorted(patch.get_width() for ax in fig.axes for patch in ax.patches)
    assert widths == pytest.approx([6, 21, 25, 30, 33, 70])
    labels = [tick.get_text() for ax in fig.axes for tick in ax.get_yticklabels()]
    assert not any("Kinderopvang 2013" in label or "Gespecialiseerd" in label or "regel" in label for label in labels)
    # all observed: no "prognose" in the legend
    assert [text.get_text() for text in fig.legends[0].get_texts()] == ["waargenomen"]
    assert _title(fig) == "Het hoogste cijfer in de grafiek: vervolgstudie Onderwijsassistent 2013-2014, 70%"


def test_labour_market_bars_are_told_apart_by_what_they_count():
    from bcp_analysis import load_profile
    from bcp_analysis.paths import BUNDLED_KD

    profile = load_profile(BUNDLED_KD, profiel="Gespecialiseerd pedagogisch medewerker")
    fig = charts.plot_labour_market(labour_market_table(profile), profile.bronvermelding,
                                    profiel="Gespecialiseerd pedagogisch medewerker")
    labels = [tick.get_text().replace("\n", " ") for ax in fig.axes for tick in ax.get_yticklabels()]
    # lines 1297 and 1298: 6.100 students, 11% fewer; 3.300 students, 2% fewer
    decreases = [label for label in labels if label.startswith("Afname")]
    assert len(decreases) == 2
    assert decreases[0].endswith("(bij 6.100 studenten)") and decreases[1].endswith("(bij 3.300 studenten)")
    assert not any("regel" in label for label in labels)


def test_no_recurrence_chart_when_nothing_recurs(onderwijsassistent):
    from bcp_analysis.analyses.coverage import item_recurrence
    from bcp_analysis.outputs.deliverables import draw_chart

    # a kwalificatiedossier names no kennis per werkproces: nothing to draw
    assert charts.plot_item_recurrence(item_recurrence(onderwijsassistent, "kennis"), "Bron: KD", on="kennis") is None
    assert draw_chart("terugkerende_kennis", onderwijsassistent) is None


def test_matrix_names_above_the_columns_do_not_touch(onderwijsassistent):
    from bcp_analysis.analyses.coverage import coverage_matrix

    fig = charts.plot_matrix(coverage_matrix(onderwijsassistent), onderwijsassistent.werkprocessen,
                             onderwijsassistent.bronvermelding, kerntaken=onderwijsassistent.kerntaken)
    renderer = fig.canvas.get_renderer()
    boxes = [label.get_window_extent(renderer) for label in fig.axes[0].get_xticklabels()]
    assert all(left.x1 <= right.x0 + 0.5 for left, right in zip(boxes, boxes[1:]))
    title = fig._suptitle.get_window_extent(renderer)
    assert all(box.y1 <= title.y0 for box in boxes)
