"""The three PDFs of an updated Junior accountmanager profile that other tools made, each read exactly.

The profile is the bundled one with a werkproces 3.8 added and three competencies moved (as
in an update): 1.1's "Onderzoeken" to 1.2, 2.1's first competency to the end of its list, and
3.1's "Plannen en organiseren" to 3.8. Each document is rendered by another producer:

- a word processor's export (python-docx, LibreOffice): Word headings, Word's Symbol bullet
  (a private-use glyph in the PDF), a bordered overview table, borderless two-column tables,
  justified text, a werkproces block that runs on over a page break;
- HTML/CSS (WeasyPrint): a serif font, a CSS grid for the two columns, ragged right, en-dash
  markers;
- reportlab, as the tests' own PDFs, with a bordered overview table (the kerntaak cell beside
  its werkprocessen), kerntaak headings large enough to wrap ("... de voortgang" / "ervan"),
  and §1.4's labour-market text under the heading "Arbeidsmarkt" without the question line.
"""

import copy

import pytest
from documents import html, reportlab_pdf, word
from documents.model import Generated, Style, bundled_labour, full_profile
from documents.roundtrip import differences
from pdf_documents import Layout, render

from bcp_analysis.readers import load_profile
from bcp_analysis.readers.pdf import extract_pdf


def _updated():
    profile = full_profile()
    werkprocessen = {werkproces["id"]: werkproces for kerntaak in profile["kerntaken"]
                     for werkproces in kerntaak["werkprocessen"]}
    werkprocessen["1.1"]["competenties"].remove("Onderzoeken")
    werkprocessen["1.2"]["competenties"].append("Onderzoeken")
    first = werkprocessen["2.1"]["competenties"].pop(0)
    werkprocessen["2.1"]["competenties"].append(first)
    werkprocessen["3.1"]["competenties"].remove("Plannen en organiseren")
    profile["kerntaken"][2]["werkprocessen"].append({
        "id": "3.8", "titel": "Evalueert de verkoopresultaten",
        "beschrijving": "De junior accountmanager evalueert zijn verkoopresultaten met zijn leidinggevende.",
        "competenties": ["Plannen en organiseren", "Leren", "Analyseren"],
        "resultaten": ["Een evaluatie van de verkoopresultaten"], "kennis": ["Evaluatiemethoden"],
        "vaardigheden": ["Reflecteren"]})
    return profile


def test_the_update_moves_what_it_says():
    # guards the edit above against the bundled profile: 1.1 lists Onderzoeken, 3.1 lists Plannen en organiseren
    original = {werkproces["id"]: werkproces for kerntaak in full_profile()["kerntaken"]
                for werkproces in kerntaak["werkprocessen"]}
    assert "Onderzoeken" in original["1.1"]["competenties"] and "Onderzoeken" not in original["1.2"]["competenties"]
    assert "Plannen en organiseren" in original["3.1"]["competenties"]


@pytest.mark.skipif(word.soffice() is None, reason="LibreOffice (soffice) is niet geïnstalleerd")
def test_a_word_processors_export_reads_exactly(tmp_path):
    document = Generated(_updated(), bundled_labour(), Style(
        bordered_overview=True, bordered_columns=False, justified=True, headings_by_style=True,
        header="Beroepscompetentieprofiel Junior accountmanager", footer="BCP Junior accountmanager",
        marker="\uf0b7"))
    source = tmp_path / "profiel.docx"
    word.to_docx(document, source)
    [path] = word.convert([source], tmp_path)
    # "verplicht onderdeel 'resultaten' ontbreekt" was raised here
    profile = load_profile(path)
    assert profile.werkprocessen["werkproces_id"].tolist()[-1] == "3.8"
    extraction = extract_pdf(path)
    assert differences(document, extraction) == []
    assert extraction.report.unplaced == []


def test_html_and_css_reads_exactly(tmp_path):
    document = Generated(_updated(), bundled_labour("Arbeidsmarktperspectief"), Style(
        justified=False, headings_by_style=True, serif=True, marker="–", footer="BCP Junior accountmanager"))
    path = tmp_path / "profiel.pdf"
    html.render_pdf(document, path)
    # "'kennis' ontbreekt" for 2.1 was raised here; 2.1 has two kennis items (raw lines 985-987)
    profile = load_profile(path)
    assert profile.kennis[profile.kennis["werkproces_id"] == "2.1"]["item"].tolist() == [
        "Accountmanagement", "Customer relationship management (CRM)"]
    extraction = extract_pdf(path)
    assert differences(document, extraction) == []
    assert extraction.report.unplaced == []


def test_reportlab_with_a_bordered_overview_and_no_question_line(tmp_path):
    document = Generated(_updated(), bundled_labour("Arbeidsmarkt", question=False), Style(bordered_overview=True))
    path = tmp_path / "profiel.pdf"
    # 16 pt headings: "Kerntaak 1 Stelt verkoop- en accountplannen op en bewaakt de voortgang" / "ervan"
    render(path, reportlab_pdf.blocks(document), Layout(heading_size=16.0))
    extraction = extract_pdf(path)
    titles = [kerntaak["titel"] for kerntaak in extraction.profile["kerntaken"]]
    assert titles == ["Stelt verkoop- en accountplannen op en bewaakt de voortgang ervan", "Beheert accounts",
                      "Voert het verkoopproces uit"]
    assert extraction.report.unplaced == []
    assert not [warning for warning in extraction.report.warnings if "titel" in warning]
    # the ten figures of §1.4 (raw lines 495-530): every one a row, none left in trends
    figures = sorted((row["waarde"], row["eenheid"]) for row in extraction.profile["arbeidsmarkt"]
                     if row["eenheid"] != "rang")
    assert figures == sorted(bundled_labour().figures)
    assert differences(document, extraction) == []


def test_the_ten_figures_are_counted_from_the_text():
    # raw lines 495-530 of data/raw/junior-accountmanager-2010.txt: -0,15% -0,3% -0,5% (werkgelegenheid),
    # 26,5% 21,5% 19,3% (vacatures), 1.043.000 (vervangingsvraag), 2% (groei), 133.400 and 193.000 (vacatures)
    assert len(bundled_labour().figures) == 10
    assert copy.deepcopy(bundled_labour()).paragraphs[-1].startswith("Bron: CBS")


def test_a_table_per_kerntaak_drawn_cell_by_cell_reads_exactly(tmp_path):
    # reportlab's platypus: one bordered table per kerntaak, its header "Werkproces | Competenties" repeated
    # on every page, the competencies one per line vertically centred without marker or label; the
    # overview's kerntaak cell spans its werkprocessen; the colofon is a table of label and value
    from documents import cells

    from bcp_analysis.audit import audit_document

    document = Generated(_updated(), bundled_labour(), Style(footer="BCP Junior accountmanager"))
    path = tmp_path / "profiel.pdf"
    cells.render_pdf(document, path)
    # "geen werkproces gevonden: er is geen kop 'Beschrijving werkproces'" was raised here
    extraction = extract_pdf(path)
    assert differences(document, extraction) == []
    assert extraction.report.unplaced == []
    # 3.8 (added by the update) has three competencies: Plannen en organiseren, Leren, Analyseren
    [werkproces] = [w for k in extraction.profile["kerntaken"] for w in k["werkprocessen"] if w["id"] == "3.8"]
    assert [item["tekst"] if isinstance(item, dict) else item for item in werkproces["competenties"]] == [
        "Plannen en organiseren", "Leren", "Analyseren"]
    assert extraction.profile["meta"]["vastgesteld_op"] == "2010-09-30"
    # nothing lost: every word and every competency of the cells is in the profile (validate exits 0)
    report = audit_document(path)
    assert report.lost == [], report.lines()


def test_a_colofon_of_labels_and_values_in_two_columns_pairs_each_label_with_its_value(tmp_path):
    # the colofon of the bundled text (raw lines 53-75): its values, set right of their labels; the first
    # value wraps over three lines, so the labels below it stand beside the wrong lines
    from pdf_documents import Columns, Gap, Text

    values = [("Ontwikkeld door", "ECABO, afdeling Ontwikkeling en Innovatie in samenwerking met vertegenwoordigers "
               "vanuit de branche (bedrijfsleven) en het middelbaar beroepsonderwijs"),
              ("In opdracht van", "Sectorraad Commercieel"),
              ("Geaccordeerd door", "Bestuur van de Sales Management Association")]
    left = [block for label, _ in values for block in (Text(label), Gap())]
    right = [block for _, value in values for block in (Text(value), Gap())]
    document = Generated(_updated(), bundled_labour(), Style())
    blocks = reportlab_pdf.blocks(document)
    blocks = blocks[:2] + [Text("Colofon", bold=True), Columns(left, right), Text("Verantwoording", bold=True)] \
        + blocks[2:]
    path = tmp_path / "profiel.pdf"
    render(path, blocks, Layout(left_width=150.0))
    meta = extract_pdf(path).profile["meta"]
    # "in_opdracht_van" was the end of the first value ("middelbaar beroepsonderwijs"), the first value cut
    assert {key: meta[key] for key in ("ontwikkeld_door", "in_opdracht_van", "geaccordeerd_door")} == dict(
        zip(("ontwikkeld_door", "in_opdracht_van", "geaccordeerd_door"), (value for _, value in values)))
    assert meta["vastgesteld_door"] == "Sectorraad Commercieel ECABO"
