"""Tests for bcp_analysis.app.verkenner without a browser: the document, the views, saving, the widgets' state.

Expected values are counted by hand from data/raw/junior-accountmanager-2010.txt (line numbers
in the comments) and data/kd/pedagogisch-werk-23183.xml.
"""

import importlib.util
import json
import os

import pytest
from openpyxl import load_workbook

from bcp_analysis.app.cli import main
from bcp_analysis.app.verkenner import ENVIRONMENT, open_document, save_folder, save_selection, typed_path, views
from bcp_analysis.app.verkenner_page import Verkenner
from bcp_analysis.paths import BUNDLED_KD, EXAMPLE_CURRICULUM, EXAMPLE_PROFILE, NOTEBOOKS_DIR

NOTEBOOK = NOTEBOOKS_DIR / "00_verkenner.ipynb"


@pytest.fixture(autouse=True)
def _no_environment(monkeypatch):
    for name in ENVIRONMENT.values():
        monkeypatch.delenv(name, raising=False)


def test_werkproces_view_quotes_the_lines_of_the_raw_text():
    shown = views(open_document(), "3.2", "Presenteren")
    sentence, crosses = shown["competenties"]
    # raw lines 1254-1263: the seven competencies of 3.2, as the text spells them (é for ë, i for ï)
    assert crosses["regel"].tolist() == [1254, 1255, 1256, 1257, 1259, 1262, 1263]
    assert crosses["brontekst"].tolist()[:3] == ["Beslissen en activiteiten initiéren", "Ethisch en integer handelen",
                                                 "Overtuigen en beinvloeden"]
    assert sentence.startswith("Werkproces 3.2 (Benadert de account) vraagt 7 competenties")


def test_competency_view_names_its_werkprocessen_and_cluster():
    sentence, needing = views(open_document(), "3.2", "Presenteren")["competentie"]
    # "Presenteren" on raw lines 1257 (3.2), 1345 (3.3) and 1402 (3.4)
    assert needing["werkproces_id"].tolist() == ["3.2", "3.3", "3.4"]
    assert "Interacteren en presenteren" in sentence and "3 van de 15" in sentence


def test_kerntaak_filter_narrows_every_view():
    shown = views(open_document(), "1.1", "Samenwerken en overleggen", kerntaak="1")
    # kerntaak 1 has werkprocessen 1.1-1.4; "Samenwerken en overleggen" in all four (raw 688, 755, ...)
    assert shown["matrix"][1].index.tolist() == ["1.1", "1.2", "1.3", "1.4"]
    assert shown["competentie"][1]["werkproces_id"].tolist() == ["1.1", "1.2", "1.3", "1.4"]
    assert set(shown["gelijkenis"][1]["werkproces_id"]) <= {"1.2", "1.3", "1.4"}


def test_kd_werkproces_shows_gedrag_and_the_vakkennis_of_its_kerntaak():
    document = open_document(BUNDLED_KD, "Onderwijsassistent")
    items = views(document, "B1-K1-W1", "Onderzoeken")["items"][1]
    # lines 291-296: six bullets of gedrag; the vakkennis is that of kerntaak B1-K1 (from line 233)
    assert items.loc[items["onderdeel"] == "gedrag", "regel"].tolist() == list(range(291, 297))
    assert items.loc[items["onderdeel"] == "vakkennis", "regel"].iloc[0] == 233
    assert document.profielen == ["Pedagogisch medewerker kinderopvang", "Gespecialiseerd pedagogisch medewerker",
                                  "Onderwijsassistent"]


def test_previous_version_and_curriculum_add_their_views():
    document = open_document(EXAMPLE_PROFILE, previous=None, curriculum=None)
    assert "wijzigingen" not in views(document, "3.1", "Presenteren")
    document = open_document(None, previous=EXAMPLE_PROFILE, curriculum=EXAMPLE_CURRICULUM)
    shown = views(document, "2.4", "Presenteren")
    # the example's version renumbers 2.4 as 2.3, and has Presenteren at 3.1 and not at 3.3
    assert shown["wijzigingen"][1]["werkproces_id"].tolist() == ["2.4", "3.1", "3.3"]
    # the example programme covers no module of 2.4 (data/curriculum/voorbeeld.csv)
    coverage = shown["curriculum"][1].set_index("werkproces_id")["gedekt"]
    assert not coverage["2.4"] and coverage["3.3"]
    assert "geen module dekt 2.4" in shown["curriculum"][0]


def test_a_bad_document_opens_with_its_message_not_an_exception(tmp_path):
    broken = tmp_path / "kapot.yaml"
    broken.write_text("formaat: 1\nmeta: [\n", encoding="utf-8")
    document = open_document(broken)
    assert document.profile is None and str(broken) in document.meldingen[0]
    widget = Verkenner(str(broken))
    assert "kapot.yaml" in widget.meldingen.value and widget.werkproces.options == ()
    assert repr(widget) == "Verkenner: kapot.yaml is niet te lezen"


def test_audit_findings_open_the_page(monkeypatch):
    import sys
    import types

    class Finding:
        def line(self):
            return "regel 1402: het cijfer 12 staat in geen tabel ('12 vacatures')"

    audit = types.ModuleType("bcp_analysis.audit")
    calls = []
    audit.audit_document = lambda path, profile: calls.append(path) or types.SimpleNamespace(findings=[Finding()])
    monkeypatch.setitem(sys.modules, "bcp_analysis.audit", audit)
    widget = Verkenner()
    assert widget.document.meldingen == ["regel 1402: het cijfer 12 staat in geen tabel ('12 vacatures')"]
    assert "het cijfer 12 staat in geen tabel" in widget.meldingen.value and len(calls) == 1
    assert "vraagt" in widget.werkproces_views.value  # the views are there all the same


def test_a_text_that_is_no_profile_says_what_the_reader_missed(tmp_path):
    text = tmp_path / "profiel.txt"
    text.write_text("Dit is geen beroepscompetentieprofiel.\n", encoding="utf-8")
    document = open_document(text)
    assert document.profile is None
    assert document.meldingen[0].startswith(f"{text}: ") and "geen kerntaak gevonden" in document.meldingen[0]


def test_widgets_follow_the_selection():
    widget = Verkenner()
    assert [label.split(" ")[0] for label, _ in widget.werkproces.options][:2] == ["1.1", "1.2"]
    assert len(widget.competentie.options) == 25 and widget.competentie.options[8] == ("9. Presenteren", "Presenteren")
    widget.werkproces.value = "3.2"
    widget.competentie.value = "Presenteren"
    assert "vraagt 7 competenties" in widget.werkproces_views.value
    assert widget.competentie_views.value.count('class="bcp-gekozen"') >= 1
    widget.kerntaak.value = "1"
    assert [value for _, value in widget.werkproces.options] == ["1.1", "1.2", "1.3", "1.4"]
    assert widget.werkproces.value == "1.1"
    assert repr(widget) == "Verkenner: Junior accountmanager, werkproces 1.1, competentie Presenteren"


def test_another_file_a_previous_version_and_a_curriculum_from_the_page(tmp_path, monkeypatch):
    monkeypatch.setenv(ENVIRONMENT["uitvoer"], str(tmp_path))
    widget = Verkenner()
    widget.document_keuze.value = ""  # "Ander bestand"
    assert widget.bestand.layout.display is None
    widget.bestand.value = str(EXAMPLE_PROFILE)
    widget.vorige.value = str(EXAMPLE_PROFILE.with_name("junior-accountmanager-2010.yaml"))
    widget.curriculum.value = str(EXAMPLE_CURRICULUM)
    widget.openen.click()
    assert widget.document.path == EXAMPLE_PROFILE and widget.document.previous is not None
    # the example's version has a werkproces 3.8 that the 2010 profile lacks
    assert "3.8" in [value for _, value in widget.werkproces.options]
    assert "bcp-wijzigingen" in widget.tab_views["wijzigingen"].value
    assert "bcp-curriculum" in widget.tab_views["curriculum"].value
    assert list(widget.tabs.titles)[-3:] == ["Wijzigingen", "Curriculum", "Te herzien"]
    widget.bewaar.click()
    # a workbook with the sheets of the previous version and the curriculum as well
    saved = list((tmp_path / "uitvoer" / "junior-accountmanager-2026-voorbeeld" / "verkenner").glob("*.xlsx"))
    assert load_workbook(saved[0]).sheetnames[-3:] == ["Wijzigingen", "Curriculum", "Te herzien"]


def test_save_button_writes_into_the_given_folder(tmp_path, monkeypatch):
    monkeypatch.setenv(ENVIRONMENT["uitvoer"], str(tmp_path))
    widget = Verkenner()
    widget.bewaar.click()
    folder = tmp_path / "uitvoer" / "junior-accountmanager-2010" / "verkenner"
    assert sorted(path.name for path in folder.iterdir()) == [
        "verkenner-1-1-beslissen-en-activiteiten-initieren.png",
        "verkenner-1-1-beslissen-en-activiteiten-initieren.svg",
        "verkenner-1-1-beslissen-en-activiteiten-initieren.xlsx"]
    # short names after the folder, the button back to its label
    assert widget.opgeslagen.value == (
        f"Bewaard in {folder}: verkenner-1-1-beslissen-en-activiteiten-initieren.png, "
        "verkenner-1-1-beslissen-en-activiteiten-initieren.svg, verkenner-1-1-beslissen-en-activiteiten-initieren.xlsx")
    assert widget.bewaar.description == "Bewaar grafiek en tabel" and not widget.bewaar.disabled


def test_environment_chooses_the_document(monkeypatch):
    monkeypatch.setenv(ENVIRONMENT["bestand"], str(BUNDLED_KD))
    monkeypatch.setenv(ENVIRONMENT["profiel"], "25485")
    widget = Verkenner()
    assert widget.document.profiel == "Onderwijsassistent" and widget.profiel.layout.display is None
    assert len(widget.werkproces.options) == 17


def test_save_writes_chart_and_workbook(tmp_path):
    paths = save_selection(open_document(), "3.2", "Presenteren", folder=tmp_path)
    assert [path.suffix for path in paths] == [".png", ".svg", ".xlsx"]
    sheets = load_workbook(paths[2]).sheetnames
    assert sheets == ["Competenties", "Items", "Gelijkende werkprocessen", "Competentie", "Proces-competentie-matrix"]
    before = [path.read_bytes() for path in paths]
    save_selection(open_document(), "3.2", "Presenteren", folder=tmp_path)
    assert [path.read_bytes() for path in paths] == before  # the same bytes on a second save


def test_save_folder_is_the_builds_output_folder():
    assert save_folder(open_document(BUNDLED_KD, "Onderwijsassistent"), "/x").as_posix() == (
        "/x/uitvoer/pedagogisch-werk-23183-onderwijsassistent/verkenner")


def test_notebook_is_thin_and_has_its_outputs():
    cells = [cell for cell in json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"] if cell["cell_type"] == "code"]
    assert [cell["execution_count"] for cell in cells] == [1, 2]
    assert "parameters" in cells[0]["metadata"]["tags"]
    shown = cells[1]["outputs"][0]["data"]
    # nbval compares the text/plain; the widget view's model id changes every run and nbval skips it
    assert "from bcp_analysis.app.verkenner_page import verkenner" in "".join(cells[1]["source"])
    assert shown["text/plain"] == ["Verkenner: Junior accountmanager, werkproces 1.1, "
                                   "competentie Beslissen en activiteiten initiëren"]
    assert "application/vnd.jupyter.widget-view+json" in shown


def test_verken_refuses_a_missing_file(capsys):
    assert main(["verken", "bestaat-niet.yaml", "--geen-browser"]) == 1
    assert "bestaat-niet.yaml" in capsys.readouterr().err


def test_verken_says_so_when_voila_is_missing(monkeypatch, capsys):
    real = importlib.util.find_spec
    monkeypatch.setattr("importlib.util.find_spec", lambda name, *rest: None if name == "voila" else real(name, *rest))
    assert main(["verken", "--geen-browser"]) == 1
    assert 'extra "notebooks"' in capsys.readouterr().err
    assert os.environ.get(ENVIRONMENT["bestand"]) is None


# --- as a committee member reads the page ---------------------------------------------------------

# a float with more than two decimals ("0.454545", "0,4545"; a Dutch thousands dot is fine), True/False, nan
_RAW_NUMBER = r"\b0\.\d{3,}|\b\d+\.\d{4,}|\d,\d{3,}|\bTrue\b|\bFalse\b|\bnan\b|\bNaN\b|<NA>|\bNone\b"


def _page_text(widget):
    import html as html_module
    import re

    shown = [widget.kop.value, widget.meldingen.value, widget.keuze.value, widget.werkproces_views.value,
             widget.competentie_views.value, *(view.value for view in widget.tab_views.values())]
    return html_module.unescape(re.sub(r"<[^>]+>", " ", " ".join(shown)))


def test_page_text_has_dutch_values_only(tmp_path):
    import re

    widget = Verkenner(None, previous=str(EXAMPLE_PROFILE), curriculum=str(EXAMPLE_CURRICULUM))
    widget.werkproces.value = "3.2"
    widget.competentie.value = "Presenteren"
    text = _page_text(widget)
    assert not re.findall(_RAW_NUMBER, text)
    # 3.2 shares 5 of 11 competencies with 3.5: 5/11 = 0,45 in the sentence and in the table
    assert "gelijkenis 0,45" in text and " 0,45 " in text
    # the example programme covers 3.2 (data/curriculum/voorbeeld.csv): "ja", not "True"
    assert "Gedekt" in widget.tab_views["curriculum"].value and ">ja<" in widget.tab_views["curriculum"].value
    kd = Verkenner(str(BUNDLED_KD), "Onderwijsassistent")
    assert not re.findall(_RAW_NUMBER, _page_text(kd))


def test_source_columns_name_their_file_and_leave_empty_ones_out():
    widget = Verkenner()
    widget.werkproces.value = "3.2"
    table = widget.werkproces_views.value
    # the bundled profile counts the lines of its raw text, which has no pages
    assert "Regel in junior-accountmanager-2010.txt" in table and "Pagina" not in table
    # raw lines 1263-1264: "Ondernemend en commercieel" / "handelen", one competency over two lines
    assert ">Ondernemend en commercieel handelen</td></tr>" in table
    # the 2026 example names no lines at all: no Regel, Pagina or Brontekst column
    example = Verkenner(str(EXAMPLE_PROFILE))
    assert "Regel" not in example.werkproces_views.value and "bron" not in example.werkproces_views.value.lower()
    # a kwalificatiedossier counts the lines of its XML
    kd = Verkenner(str(BUNDLED_KD), "Onderwijsassistent")
    assert "Regel in pedagogisch-werk-23183.xml" in kd.werkproces_views.value


def test_matrix_has_names_as_headings_and_greys_what_no_werkproces_needs():
    widget = Verkenner()
    matrix = widget.tab_views["matrix"].value
    assert "<div>9. Presenteren</div>" in matrix
    # Aansturen (2), Leren (16) and Omgaan met verandering en aanpassen (21) are in no werkproces
    # of the bundled profile (CONTRIBUTING.md, the 25 competencies; tests/test_coverage.py)
    import re

    grey = re.findall(r'<th class="bcp-nergens" title="([^"]+)"', matrix)
    assert grey == ["Aansturen", "Leren", "Omgaan met verandering en aanpassen"]


def test_kerntaak_filter_says_so_and_gives_the_werkproces_back():
    widget = Verkenner()
    widget.werkproces.value = "3.2"
    widget.competentie.value = "Presenteren"
    widget.kerntaak.value = "2"
    # Presenteren: raw lines 1257 (3.2), 1345 (3.3), 1402 (3.4), none in kerntaak 2 (2.1-2.4)
    assert ("Presenteren (cluster Interacteren en presenteren) is in geen werkproces van kerntaak 2 nodig; "
            "wel in 3.2, 3.3 en 3.4") in widget.competentie_views.value
    assert "in kerntaak 2 nergens gevraagd" in widget.tab_views["matrix"].value
    # the werkproces moved to 2.1, and the page says so
    assert widget.werkproces.value == "2.1"
    assert "Werkproces 3.2 hoort niet bij kerntaak 2" in widget.keuze.value
    widget.kerntaak.value = ""
    assert widget.werkproces.value == "3.2" and widget.keuze.value == ""


def test_a_typed_relative_path_counts_from_the_start_folder(tmp_path, monkeypatch):
    from bcp_analysis.paths import PROJECT_DIR

    monkeypatch.setenv(ENVIRONMENT["map"], str(PROJECT_DIR))
    monkeypatch.chdir(tmp_path)  # the kernel's own folder (notebooks/ under Voilà) does not count
    assert typed_path("data/x.yaml") == PROJECT_DIR / "data" / "x.yaml"
    widget = Verkenner()
    widget.document_keuze.value = ""
    widget.bestand.value = "data/profiles/junior-accountmanager-2026-voorbeeld.yaml"
    widget.openen.click()
    assert widget.document.path == EXAMPLE_PROFILE and "3.8" in [value for _, value in widget.werkproces.options]
    widget.bestand.value = "data/profiles/bestaat-niet.yaml"
    widget.openen.click()
    assert f"bestaat niet in de map {PROJECT_DIR}" in widget.meldingen.value
    assert widget.document.path == EXAMPLE_PROFILE  # the open document stays
    assert str(PROJECT_DIR) in widget.uitleg.value
