"""Tests for bcp_analysis.outputs.committee_pages: the notebook pages a committee reads, without code."""

import html
import re

import nbformat
import pandas as pd
import pytest

from bcp_analysis.outputs.committee_pages import cell_text, coalesced, committee_page, table_html
from bcp_analysis.paths import NOTEBOOKS_DIR

# What a committee member must never read: a float with more than two decimals ("0.454545", "0,4545"; a
# Dutch thousands dot as in "133.400" is fine), True/False, nan.
_RAW = re.compile(r"\b0\.\d{3,}|\b\d+\.\d{4,}|\d,\d{3,}|\bTrue\b|\bFalse\b|\bnan\b|\bNaN\b|<NA>")


def _visible_text(page):
    """The text of an HTML page as a browser shows it: no scripts, styles or tags."""
    page = re.sub(r"(?s)<(script|style)\b.*?</\1>", " ", page)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def test_values_as_a_committee_reads_them():
    assert [cell_text(value) for value in (0.533333, 1 / 3, True, False, float("nan"), None, pd.NA, 12.0, 133400)] == [
        "0,53", "0,33", "ja", "nee", "", "", "", "12", "133400"]
    assert cell_text(-0.15, "groei_procent") == "-0,15%"


def test_a_table_has_dutch_headers_no_index_and_nothing_cut():
    long_text = "Kennis van de opbouw van een accountplan, de onderdelen ervan en hoe die samenhangen " * 2
    table = pd.DataFrame({"werkproces_id": ["1.1", "1.2"], "aantal_werkprocessen": [3, 1],
                          "gelijkenis": [0.454545, float("nan")], "gedekt": [True, False], "item": [long_text, "kort"],
                          "aandeel": [0.533333, 0.066667]})
    page = table_html(table)
    heads = re.findall(r"<th[^>]*>([^<]*)</th>", page)
    assert heads == ["Werkproces", "Aantal werkprocessen", "Gelijkenis", "Gedekt", "Item", "Aandeel"]
    cells = re.findall(r"<td[^>]*>([^<]*)</td>", page)
    # no index column 0, 1; the share in %, the long text whole
    assert cells[:6] == ["1.1", "3", "0,45", "ja", html.escape(long_text), "53%"]
    assert cells[6:] == ["1.2", "1", "", "nee", "kort", "7%"]
    # rows left after a filter keep their numbers in pandas; a committee does not need them
    # (and the row left has no Gelijkenis: a column without any value is left out)
    assert re.findall(r"<td[^>]*>([^<]*)</td>", table_html(table.iloc[[1]].set_index(pd.Index([22])))) == [
        "1.2", "1", "nee", "kort", "7%"]
    # a named index (a matrix of werkprocessen) becomes the first column
    matrix = pd.DataFrame({"Analyseren": [1, 0]}, index=pd.Index(["1.1", "1.2"], name="werkproces_id"))
    assert re.findall(r"<th[^>]*>([^<]*)</th>", table_html(matrix)) == ["Werkproces", "Analyseren"]


def test_a_wide_table_stands_its_headers_upright():
    wide = pd.DataFrame([[0] * 25], columns=[f"competentie {number}" for number in range(1, 26)])
    assert 'class="bcp-tabel bcp-breed"' in table_html(wide) and table_html(wide).count('class="bcp-kolom"') == 24


def test_a_page_has_no_code_and_reads_as_dutch(tmp_path):
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [
        nbformat.v4.new_markdown_cell("# Een vraag\n\nWat vraagt het profiel?"),
        nbformat.v4.new_code_cell("import pandas as pd\n"
                                  "pd.DataFrame({'aantal_werkprocessen': [3], 'gelijkenis': [0.454545],\n"
                                  "              'gedekt': [True], 'regel': [float('nan')]})"),
        nbformat.v4.new_code_cell("pd.Series([0.666667, 0.25], index=['1.1', '1.2'], name='aandeel')"),
    ]
    page = committee_page(notebook, "vraag", tmp_path, timeout=120).decode("utf-8")
    text = _visible_text(page)
    assert "import pandas" not in text and "pd.DataFrame" not in text
    assert "Wat vraagt het profiel?" in text
    assert "Aantal werkprocessen" in text and "0,45" in text and " ja " in text
    assert "67%" in text and "25%" in text
    assert not _RAW.findall(text)
    assert notebook.cells[1].outputs == []  # the notebook given is not changed


def test_columns_without_values_and_tables_without_rows():
    # the Pagina of a profile read from text, the Gelijke stand of a register without ties
    page = table_html(pd.DataFrame({"regel": [681, 689], "pagina": [None, float("nan")], "gelijke_stand": ["", ""]}))
    assert re.findall(r"<th[^>]*>([^<]*)</th>", page) == ["Regel"]
    # but in a matrix an empty column is a finding: werkproces 2.4 in no module (data/curriculum/voorbeeld.csv)
    # (its rows Relatiebeheer,2.2,oefenen and Relatiebeheer,2.3,oefenen)
    matrix = pd.DataFrame({"2.2": ["oefenen"], "2.3": ["oefenen"], "2.4": [""]},
                          index=pd.Index(["Relatiebeheer"], name="onderdeel"))
    assert re.findall(r"<th[^>]*>([^<]*)</th>", table_html(matrix)) == ["Onderdeel", "2.2", "2.3", "2.4"]
    # the vakkennis of a BCP: no rows, said in a sentence that names the columns
    empty = table_html(pd.DataFrame(columns=["kerntaak_id", "item"]))
    assert "<table" not in empty and "Geen rijen" in empty and "(Kerntaak, Item)" in empty
    # English column names made readable are still English
    assert re.findall(r"<th[^>]*>([^<]*)</th>", table_html(pd.DataFrame({"scope": ["Nederland"], "label": ["x"]}))) == [
        "Bereik", "Omschrijving"]


def test_a_list_reads_as_a_dutch_enumeration(tmp_path):
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell("['Aansturen', 'Leren', 'Omgaan met verandering en aanpassen']"),
                      nbformat.v4.new_code_cell("[0.454545, True]"),
                      nbformat.v4.new_code_cell("print('Door geen onderdeel getoetst:', ['1.3', '2.4', '3.7'])\n"
                                                "print('Kerntaken zonder examen:', [])")]
    text = _visible_text(committee_page(notebook, "lijst", tmp_path, timeout=120).decode("utf-8"))
    assert "Aansturen, Leren en Omgaan met verandering en aanpassen" in text and "['" not in text
    assert "0,45 en ja" in text
    # what a cell printed, too
    assert "Door geen onderdeel getoetst: 1.3, 2.4 en 3.7" in text and "Kerntaken zonder examen: geen" in text


# the notebooks the build writes a page of (00_verkenner is the verkenner's page, no committee page)
_NOTEBOOKS = sorted(path for path in NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb") if not path.name.startswith("00_"))


@pytest.fixture(scope="module")
def pages():
    """Every committee page as the build writes it, from the notebooks as the build ran them."""
    return {path.stem: committee_page(nbformat.read(path, as_version=4), path.stem, NOTEBOOKS_DIR).decode("utf-8")
            for path in _NOTEBOOKS}


@pytest.mark.parametrize("name", [path.stem for path in _NOTEBOOKS])
def test_every_committee_page_reads_as_dutch_without_code(pages, name):
    page = pages[name]
    text = _visible_text(page)
    assert not _RAW.findall(text), _RAW.findall(text)[:5]
    # no code: no input cell, no Python's way of writing a list or a table
    assert not re.search(r'class="[^"]*(highlight|jp-CodeMirrorEditor|jp-InputPrompt)', page)
    assert not re.search(r"\bimport (bcp_analysis|pandas)|\['[^']*'[,\]]|dtype:|Name: ", text), name
    # every table has a header and rows; none is a bare header
    for table in re.findall(r"(?s)<table class=\"bcp-tabel.*?</table>", page):
        assert "<td" in table
    # the method's name stands at most once, in the sentence for those who check it
    assert len(re.findall(r"Jaccard|Louvain", text)) <= 2, re.findall(r".{60}(?:Jaccard|Louvain).{20}", text)
    assert not re.search(r"\bruns?\b|overlap score|[Oo]vereenkomst", text), name


def test_the_labour_market_page_reads_as_dutch(pages):
    # notebooks/04_arbeidsmarkt.ipynb as the build ran it: its figures (raw lines 499-536) in Dutch
    text = _visible_text(pages["04_arbeidsmarkt"])
    assert "charts.plot_labour_market" not in text and "import bcp_analysis" not in text
    # -0,15% employment change in the ECABO-domein (raw line 499), 133.400 vacancies (raw line 533)
    assert "-0,15" in text and "133.400" in text and "-0.15" not in text


def test_a_print_the_kernel_sent_in_two_messages_is_one_output():
    # 01_profieloverzicht's check once came out as "... in orde." and "\n" in two outputs: another page's bytes
    cell = nbformat.v4.new_code_cell("print(verdict)")
    cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text="bron: in orde."),
                    nbformat.v4.new_output("stream", name="stdout", text="\n"),
                    nbformat.v4.new_output("stream", name="stderr", text="let op\n")]
    notebook = coalesced(nbformat.v4.new_notebook(cells=[cell]))
    assert [(output.name, output.text) for output in notebook.cells[0].outputs] == [
        ("stdout", "bron: in orde.\n"), ("stderr", "let op\n")]
