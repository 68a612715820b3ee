"""The audit of programme documents and ``bcp-analysis validate`` on them."""

import dataclasses
import os
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from test_programme_pdf import _cut_off, _landscape, _pdf, _picture, _question_marks

from bcp_analysis.app.cli import main
from bcp_analysis.audit.programme import audit_programme
from bcp_analysis.readers import load_programme

SHARED = Path(os.environ.get("BCP_PROGRAMMES_DIR", Path(__file__).resolve().parents[2] / "shared" / "programmes"))
needs_shared = pytest.mark.skipif(not (SHARED / "utrecht-25697-examenplan.pdf").exists(),
                                  reason="shared/programmes is not beside this checkout")


@needs_shared
@pytest.mark.parametrize("name", ["utrecht-25697-examenplan", "aeres-25705-examenplan", "talland-25870-oer"])
def test_every_code_of_the_shared_examenplannen_is_placed(name):
    path = SHARED / f"{name}.pdf"
    report = audit_programme(path, load_programme(path))
    assert report.ok, report.lines()


@needs_shared
def test_the_curio_oer_holds_its_codes_and_a_picture_to_look_at():
    path = SHARED / "curio-25896-oer.pdf"
    report = audit_programme(path, load_programme(path))
    assert not report.lost
    assert [(finding.kind, finding.place) for finding in report.findings] == [("regel", "pagina 1")]


@needs_shared
def test_the_audit_does_not_trust_the_reader():
    # a reader that lost B1-K2-W2 (named on page 6 of the Utrecht examenplan) and kerntaak P2-K2
    path = SHARED / "utrecht-25697-examenplan.pdf"
    programme = load_programme(path)
    werkprocessen = programme.werkprocessen[programme.werkprocessen["werkproces_id"] != "B1-K2-W2"]
    kerntaken = programme.kerntaken[programme.kerntaken["kerntaak_id"] != "P2-K2"]
    dekking = programme.dekking[programme.dekking["kerntaak_id"] != "P2-K2"]
    werkprocessen = werkprocessen[werkprocessen["kerntaak_id"] != "P2-K2"]
    lossy = dataclasses.replace(programme, werkprocessen=werkprocessen, kerntaken=kerntaken, dekking=dekking)
    report = audit_programme(path, lossy)
    lost = [(finding.place.split(",")[0], finding.message.split(" staat")[0]) for finding in report.lost]
    assert ("pagina 6", "werkproces B1-K2-W2") in lost
    assert ("pagina 3", "kerntaak P2-K2") in lost                                 # page 3: "P2-K2 - Organiseren ..."
    assert ("pagina 4", "werkproces P2-K2-W3") in lost                            # page 4: its exam


def test_a_code_that_cannot_be_read_is_lost(tmp_path):
    path = _pdf(tmp_path, "tekens.pdf", _question_marks)
    report = audit_programme(path, load_programme(path))
    [lost] = report.lost
    assert "?1-K1-W3" in lost.message and lost.place.startswith("pagina 1, regel")
    # said once: the reader's own note of that code is not repeated; the code read through a "?" is
    assert [finding.text for finding in report.findings if finding.kind == "regel"] == ["B1?K1?W2"]


# --- validate --------------------------------------------------------------------------------------

def _files(folder):
    return sorted(path.name for path in folder.iterdir())


def test_validate_an_examenplan(tmp_path, capsys):
    from reportlab.lib.pagesizes import landscape

    path = _pdf(tmp_path, "examenplan.pdf", _landscape, landscape(A4))
    assert main(["validate", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Kenmerken: school ROC Proef · profiel Medewerker testen · crebo 25123 · niveau 3" in out
    assert "Gelezen: 2 kerntaken, 5 werkprocessen, 3 onderdelen, 6 koppelingen" in out
    assert "  Proeve 1 (proeve van bekwaamheid, pagina 1, regel 15): B1-K1-W1, B1-K1-W2, B1-K1-W3" in out
    assert out.rstrip().endswith("examenplan.pdf: in orde.")
    assert _files(tmp_path) == ["examenplan.pdf"]              # nothing written


def test_validate_a_cut_off_examenplan_fails_and_says_what(tmp_path, capsys):
    path = _pdf(tmp_path, "afgekapt.pdf", _cut_off)
    assert main(["validate", str(path)]) == 1
    captured = capsys.readouterr()
    assert "werkproces B1-K1-W2 staat in de tekst maar in geen tabel" in captured.out
    assert "afgebroken" in captured.out
    assert "niet in orde: 1 code van de tekst niet geplaatst" in captured.out
    assert "Traceback" not in captured.err
    assert _files(tmp_path) == ["afgekapt.pdf"]


def test_validate_a_scan_asks_for_ocr(tmp_path, capsys):
    path = _pdf(tmp_path, "scan.pdf", lambda page: _picture(page, with_text=False))
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Fout: ") and "OCR" in err and "Traceback" not in err


def test_validate_a_profile_pdf_validates_the_profile(bundled_pdf, capsys):
    main(["validate", str(bundled_pdf)])
    out = capsys.readouterr().out
    assert "Programma:" not in out and "Per onderdeel" not in out


def test_validate_a_document_that_maps_no_exam(tmp_path, capsys):
    path = _pdf(tmp_path, "plaatje.pdf", _picture)
    assert main(["validate", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Dit document koppelt geen examen of onderdeel aan werkprocessen" in out


@needs_shared
def test_validate_the_talland_oer(capsys):
    assert main(["validate", str(SHARED / "talland-25870-oer.pdf")]) == 0
    out = capsys.readouterr().out
    assert "  Werkt B&U-ontwerpen uit (proeve van bekwaamheid, pagina 32, regel 16): P1-K1-W1, P1-K1-W2" in out
    assert "Apart gehouden (andere kwalificatie): P3 Middenkaderfunctionaris landmeetkunde: 6 werkprocessen" in out
    assert "Genoemd, maar in geen onderdeel: P1-K3-W1 (pagina 7" in out               # P1-K3 has no proeve here


def test_the_audit_of_a_markdown_examenplan_names_its_lines(tmp_path):
    from test_programme_pdf import MARKDOWN

    path = tmp_path / "examenplan.md"
    path.write_text(MARKDOWN + "\nB1-K3-W1 wordt later toegevoegd.\n", encoding="utf-8")
    programme = load_programme(path)
    werkprocessen = programme.werkprocessen[programme.werkprocessen["werkproces_id"] != "B1-K3-W1"]
    report = audit_programme(path, dataclasses.replace(programme, werkprocessen=werkprocessen))
    # MARKDOWN has 13 lines (the last "| Toets 1 ..."), then the empty line 14; the added line is line 15
    assert [(finding.place, finding.kind) for finding in report.findings] == [("regel 15", "werkproces")]
    assert audit_programme(path, programme).ok


def test_validate_a_markdown_examenplan(tmp_path, capsys):
    from test_programme_pdf import MARKDOWN

    path = tmp_path / "examenplan.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    out = capsys.readouterr().out
    assert "  Proeve 1 (proeve van bekwaamheid, regel 12): B1-K1-W1, B1-K1-W2" in out
    assert "  Toets 1 (kennisexamen, regel 13): B1-K1-W2" in out


def test_validate_a_text_whose_exam_table_cannot_be_read_says_so(tmp_path, capsys):
    """A PDF's table as plain text: not "a document that maps no exam", but a table not read, with its line."""
    path = tmp_path / "examenplan.txt"
    path.write_text("Examenplan\nCrebo 25123\nNaam examen Soort examen Vorm Inhoud examen Duur\n"
                    "Praktijkexamen Examen Presentatie B1-K1-W1 t/m B1-K1-W3 4 uur\n", encoding="utf-8")
    main(["validate", str(path)])
    out = capsys.readouterr().out
    assert "De tabellen van examens in dit document zijn niet gelezen" in out
    assert "het noemt ze alleen" not in out
    assert "regel 3: een tabel van examens als platte tekst" in out       # the header's line


def test_validate_the_text_of_a_profile_validates_the_profile(tmp_path, capsys):
    from bcp_analysis.paths import BUNDLED_RAW

    main(["validate", str(BUNDLED_RAW)])
    out = capsys.readouterr().out
    assert out.startswith("Profiel: Junior accountmanager") and "Per onderdeel" not in out


def test_the_audit_finds_a_bcp_code_the_reader_lost():
    # data/curriculum/voorbeeld-examenplan.yaml: WP 2.4 is named in the overview of kerntaak 2 (page 1) only
    from bcp_analysis.paths import EXAMPLE_EXAMENPLAN

    programme = load_programme(EXAMPLE_EXAMENPLAN)
    assert audit_programme(EXAMPLE_EXAMENPLAN, programme).lost == []
    werkprocessen = programme.werkprocessen[programme.werkprocessen["werkproces_id"] != "2.4"]
    report = audit_programme(EXAMPLE_EXAMENPLAN, dataclasses.replace(programme, werkprocessen=werkprocessen))
    assert {(finding.pagina, finding.message) for finding in report.lost} == {
        (1, "werkproces 2.4 staat in de tekst maar in geen tabel")}


def test_a_matrix_of_onderdelen_and_werkprocessen_is_read(tmp_path, capsys):
    # a toetsplan as a matrix: the codes head the columns, an "x" marks what an onderdeel examines
    from reportlab.lib.pagesizes import landscape
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    path = tmp_path / "matrix.pdf"
    rows = [["Onderdeel", "B1-K1-W1", "B1-K1-W2", "B1-K2-W1"], ["PvB 1", "x", "x", ""],
            ["Kennisexamen recht", "", "x", ""], ["Project", "", "", "x"]]
    table = Table(rows)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    SimpleDocTemplate(str(path), pagesize=landscape(A4), invariant=1).build([table])
    programme = load_programme(path)
    # the header is line 1 of page 1, each onderdeel a line below it
    assert programme.onderdelen[["onderdeel", "soort", "kerntaak_id", "pagina", "regel"]].values.tolist() == [
        ["PvB 1", "proeve van bekwaamheid", "B1-K1", 1, 2], ["Kennisexamen recht", "kennisexamen", "B1-K1", 1, 3],
        ["Project", "examen", "B1-K2", 1, 4]]
    assert programme.dekking[["onderdeel", "werkproces_id", "kerntaak_id", "niveau", "regel"]].values.tolist() == [
        ["PvB 1", "B1-K1-W1", "B1-K1", "toetsen", 2], ["PvB 1", "B1-K1-W2", "B1-K1", "toetsen", 2],
        ["Kennisexamen recht", "B1-K1-W2", "B1-K1", "toetsen", 3], ["Project", "B1-K2-W1", "B1-K2", "toetsen", 4]]
    assert sorted(programme.werkprocessen["werkproces_id"]) == ["B1-K1-W1", "B1-K1-W2", "B1-K2-W1"]
    assert programme.notes == ()
    assert main(["validate", str(path)]) == 0
    out = capsys.readouterr().out
    assert "  PvB 1 (proeve van bekwaamheid, pagina 1, regel 2): B1-K1-W1, B1-K1-W2" in out
    assert "  Project (examen, pagina 1, regel 4): B1-K2-W1" in out
    assert out.rstrip().endswith("in orde.")
