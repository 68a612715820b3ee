"""Tests of the register-wide analyses and the register chart, on registers written here and the bundled ones."""


import pytest

from bcp_analysis import load_register
from bcp_analysis.analyses import register as analyses
from bcp_analysis.errors import ProfileError
from bcp_analysis.model.competencies import competency_names
from bcp_analysis.outputs.register_charts import plot_domein_competencies
from bcp_analysis.paths import BUNDLED_KD, BUNDLED_REGISTER

NAMES = competency_names()


def _werkproces(code, competencies):
    references = "".join(f'<competentie referentie="{number}" />' for number in competencies)
    return (f'<werkproces nr="w{code}" titel="Werkproces {code}" hoofdstuk="1"><werkprocescompetenties>'
            f"{references}</werkprocescompetenties></werkproces>")


def _profiel(nr, hoofdstuk, titel, crebo, competencies):
    return (f'<profiel nr="{nr}" titel="{titel}" hoofdstuk="{hoofdstuk}" niveau="3" beroepsgroep="Test">'
            f'<creboinformatie><crebo Geldig_vanaf="01-08-2020">{crebo}</crebo></creboinformatie>'
            f'<profielkerntaken><kerntaak nr="k{nr}" titel="Taak" hoofdstuk="1"><profielwerkprocessen>'
            f"{_werkproces(nr, competencies)}</profielwerkprocessen></kerntaak></profielkerntaken></profiel>")


def _dossier(nr, titel, crebo, domein, profielen):
    inner = "".join(_profiel(*profiel) for profiel in profielen)
    return (f'<dossier nr="{nr}" titel="{titel}" status="Vastgesteld" referentiedomein="{domein}">'
            f'<dossiercrebos><dossiercrebo Geldig_vanaf="01-08-2020">{crebo}</dossiercrebo></dossiercrebos>'
            f'<basis><basistaken><basiskerntaken><kerntaak nr="b{nr}" titel="Basis" hoofdstuk="1">'
            f'<basiswerkprocessen><werkproces nr="bw{nr}" titel="Basiswerk" hoofdstuk="1" /></basiswerkprocessen>'
            f"</kerntaak></basiskerntaken></basistaken></basis><profielen>{inner}</profielen></dossier>")


def write_register(path, dossiers):
    competencies = "".join(f'<competentie nr="{number}" titel="{name}" />' for number, name in enumerate(NAMES, 1))
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<sbb><domeinen><domein nr="1" titel="Domein X" />'
                    '<domein nr="2" titel="Domein Y" /></domeinen>'
                    f"<competenties>{competencies}</competenties><dossiers>"
                    + "".join(_dossier(*dossier) for dossier in dossiers) + "</dossiers></sbb>\n", encoding="utf-8")
    return path


# Four dossiers; competencies by SBB number. A and E share dossier 10; B is like A; C and D
# share 1 and 2 with A. Jaccard by hand: A-B 4/4 = 1, A-C 2/6, A-D 2/6, C-D 3/5, B-E 1.
SMALL = [
    ("10", "Dossier een", "11", "1", [("101", 1, "Profiel A", "111", [1, 2, 3, 4]),
                                      ("102", 2, "Profiel E", "112", [1, 2, 3, 4])]),
    ("20", "Dossier twee", "21", "1", [("201", 1, "Profiel B", "211", [1, 2, 3, 4])]),
    ("30", "Dossier drie", "31", "2", [("301", 1, "Profiel C", "311", [1, 2, 5, 6])]),
    ("40", "Dossier vier", "41", "2", [("401", 1, "Profiel D", "411", [1, 2, 5, 7])]),
]


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    return load_register(write_register(tmp_path_factory.mktemp("klein") / "klein.xml", SMALL))


def test_related_profielen_leave_out_the_own_dossier_and_name_ties(small):
    related = analyses.related_profielen(small, top=2)
    mine = related[related["profiel"] == "Profiel A"]
    # B at 1; C and D tie at 2/6 for the second place: both kept, rank 2, each naming the other
    assert mine["verwant_profiel"].tolist() == ["Profiel B", "Profiel C", "Profiel D"]
    assert mine["rang"].tolist() == [1, 2, 2]
    assert mine["gelijkenis"].tolist() == pytest.approx([1.0, 2 / 6, 2 / 6])
    assert mine["gedeelde_competenties"].tolist() == [4, 2, 2]
    assert mine["gelijke_stand"].tolist() == ["", "Profiel D", "Profiel C"]
    assert "Profiel E" not in mine["verwant_profiel"].tolist()  # same dossier as A
    assert set(related["maat"]) == {"gedeelde competenties gedeeld door de competenties van beide samen"}
    theirs = related[related["profiel"] == "Profiel B"]
    assert theirs["verwant_profiel"].tolist() == ["Profiel A", "Profiel E"] and theirs["rang"].tolist() == [1, 1]
    c_row = related[(related["profiel"] == "Profiel C")].iloc[0]
    assert (c_row["verwant_profiel"], c_row["gelijkenis"]) == ("Profiel D", pytest.approx(3 / 5))


def test_competency_per_domein_counts_profielen(small):
    table = analyses.competency_by_domein(small).set_index(["domein", "nr"])
    # Domein X: A, E, B (3 profielen) all need 1..4; Domein Y: C, D need 1, 2, 5; 6 and 7 once each
    assert table.loc[("Domein X", 1), "profielen"] == 3 and table.loc[("Domein X", 1), "profielen_in_domein"] == 3
    assert table.loc[("Domein X", 5), "profielen"] == 0
    assert table.loc[("Domein Y", 5), "aandeel"] == 1.0 and table.loc[("Domein Y", 6), "aandeel"] == 0.5
    assert len(table) == 2 * 25
    matrix = analyses.domein_matrix(small)
    assert matrix.index.tolist() == ["Domein X (3)", "Domein Y (2)"] and matrix.columns.tolist() == NAMES


def test_profiel_competencies_long_table(small):
    table = analyses.profiel_competencies(small)
    assert table[table["profiel"] == "Profiel D"]["nr"].tolist() == [1, 2, 5, 7]
    assert set(table["werkprocessen"]) == {1}
    assert len(table) == 5 * 4


def test_profielen_needing_a_competency_in_the_bundled_dossier():
    register = load_register(BUNDLED_KD)
    # data/kd/pedagogisch-werk-23183.xml: 3106 (Gedrevenheid en ambitie tonen) once, in werkproces
    # 966101 of profiel 966094 Onderwijsassistent (P3-K2-W2); the profiel has 17 werkprocessen (test_kd).
    table = analyses.profielen_needing(register, "gedrevenheid en ambitie tonen")
    assert table[["profiel", "werkprocessen", "van_werkprocessen"]].values.tolist() == [["Onderwijsassistent", 1, 17]]
    # 3085 (Aansturen): line 418 (B1-K1-W7, basisdeel, every profiel) and in the profieldelen;
    # Onderwijsassistent: B1-K1-W7, P3-K1-W2, P3-K2-W3, P3-K2-W4
    aansturen = analyses.profielen_needing(register, "Aansturen").set_index("profiel")
    assert aansturen.loc["Onderwijsassistent", "werkprocessen"] == 4
    with pytest.raises(ProfileError, match="(?s)'Aanstuuren' is niet een van de 25 .*bedoeld is misschien 'Aansturen'"):
        analyses.profielen_needing(register, "Aanstuuren")


def test_register_tables_and_chart_of_the_bundled_register():
    register = load_register(BUNDLED_REGISTER)
    tables = analyses.register_tables(register)
    assert list(tables) == ["dossiers", "profielen", "competenties_per_profiel", "competenties_per_domein",
                            "verwante_profielen", "problemen"]
    # data/README.md: three dossiers with 3, 2 and 3 profielen, all in domein 4135 Zorg en welzijn
    assert tables["dossiers"]["profielen"].tolist() == [3, 2, 3]
    figure = plot_domein_competencies(analyses.domein_matrix(register), register.bronvermelding)
    axes = figure.axes[0]
    assert [label.get_text() for label in axes.get_xticklabels()] == NAMES  # whole names, none cut
    assert [label.get_text() for label in axes.get_yticklabels()] == ["Zorg en welzijn (8)"]
    renderer = figure.canvas.get_renderer()
    box = figure.bbox
    for label in axes.get_xticklabels() + axes.get_yticklabels():
        extent = label.get_window_extent(renderer)
        assert extent.x0 >= box.x0 and extent.x1 <= box.x1 and extent.y0 >= box.y0
    # an empty cell (no profiel needs it) is masked, drawn white, not the low end of the scale
    image = axes.get_images()[0]
    data = image.get_array()
    values = analyses.domein_matrix(register).to_numpy()
    assert (data.mask == (values == 0)).all()
    assert tuple(image.cmap.get_bad()) == (1.0, 1.0, 1.0, 1.0)


def test_the_dossier_chart_draws_empty_cells_white_and_whole_names():
    from bcp_analysis import load_dossier
    from bcp_analysis.analyses.dossier import profile_competency_matrix
    from bcp_analysis.outputs.charts import plot_profile_matrix

    dossier = load_dossier(BUNDLED_KD)
    matrix = profile_competency_matrix(dossier)
    figure = plot_profile_matrix(matrix, dossier.bronvermelding)
    axes = figure.axes[0]
    shown = matrix.loc[:, (matrix > 0).any(axis=0)]
    assert [label.get_text() for label in axes.get_xticklabels()] == list(shown.columns)
    image = axes.get_images()[0]
    assert (image.get_array().mask == (shown.to_numpy() == 0)).all()
    assert tuple(image.cmap.get_bad()) == (1.0, 1.0, 1.0, 1.0)
    renderer = figure.canvas.get_renderer()
    for label in axes.get_xticklabels() + axes.get_yticklabels():
        extent = label.get_window_extent(renderer)
        assert extent.x0 >= figure.bbox.x0 and extent.y0 >= figure.bbox.y0
    colorbar_label = figure.axes[1].yaxis.label.get_window_extent(renderer)
    assert colorbar_label.x1 <= figure.bbox.x1


def test_domein_finding_counts_what_every_profiel_and_no_profiel_needs():
    import pandas as pd

    # two domeinen; columns 1-3 of the 25: needed by every profiel of both domeinen (1, 2), by
    # half of one domein (3); the other 22 by no profiel at all
    shares = {name: [0.0, 0.0] for name in NAMES}
    shares[NAMES[0]] = shares[NAMES[1]] = [1.0, 1.0]
    shares[NAMES[2]] = [0.5, 0.0]
    matrix = pd.DataFrame(shares, index=["Zorg (2)", "Techniek (4)"])
    assert analyses.domein_finding(matrix) == (
        "2 competenties vraagt elk profiel, in elk domein; 22 competenties vraagt geen enkel profiel (2 domeinen)")


def test_the_register_chart_reads_as_percentages_light_to_dark():
    register = load_register(BUNDLED_REGISTER)
    matrix = analyses.domein_matrix(register)
    figure = plot_domein_competencies(matrix, register.bronvermelding)
    axes = figure.axes[0]
    # every filled cell carries its share with "%": as many texts as non-zero cells
    texts = [text.get_text() for text in axes.texts]
    assert len(texts) == int((matrix.to_numpy() > 0).sum()) and all(text.endswith("%") for text in texts)
    assert "100%" in texts
    # the rarest competency is light, the commonest dark; the colour bar's 0 is the white of an empty cell
    image = axes.get_images()[0]
    values = matrix.to_numpy().ravel()
    low, high = values[values > 0].min(), values.max()

    def lightness(rgba):
        return 0.299 * rgba[0] + 0.587 * rgba[1] + 0.114 * rgba[2]

    assert lightness(image.cmap(image.norm(low))) > lightness(image.cmap(image.norm(high))) + 0.4
    assert lightness(image.cmap(image.norm(0))) > 0.95
    assert figure.axes[1].get_ylim()[0] == 0
    # data/README.md: 8 profielen, all in domein Zorg en welzijn
    assert figure._suptitle.get_text().replace("\n", " ").startswith("Alle 8 profielen van Zorg en welzijn vragen ")
