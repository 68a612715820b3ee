"""Render data/curriculum/voorbeeld-examenplan.yaml, a made-up examenplan for the bundled profile, as a PDF.

The PDF is what a school publishes: landscape pages with a title, a ruled table of kenmerken, the kerntaken and
werkprocessen of the profile ("Opbouw van de opleiding"), a table of examenonderdelen and a
table of modules, every text as the YAML gives it. reportlab draws it with ``invariant=1``, so
the same YAML gives the same bytes; the file in data/curriculum/ is this script's output:

    python scripts/make_voorbeeld_examenplan.py            # writes data/curriculum/voorbeeld-examenplan.pdf
    python scripts/make_voorbeeld_examenplan.py --uit x.pdf

Needs reportlab (a test dependency: ``pip install -e '.[test]'``).
"""

import argparse
from pathlib import Path
from xml.sax.saxutils import escape

import yaml
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent.parent / "data" / "curriculum"
SOURCE = HERE / "voorbeeld-examenplan.yaml"
TARGET = HERE / "voorbeeld-examenplan.pdf"
MARGIN = 50.0
PAGE = landscape(A4)  # landscape, as many examenplannen are: room for eight columns
WIDTH = PAGE[0] - 2 * MARGIN
# a column's share of its table's width
WEIGHTS = {"Code": 1.0, "Onderdeel": 2.8, "Soort": 1.5, "Vorm": 1.6, "Werkprocessen": 1.5, "Duur": 1.0,
           "Plaats": 1.5, "Weging": 0.8, "Module": 2.0, "Periode": 1.2, "Niveau": 1.2}

STYLES = {
    "title": ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=12),
    "heading": ParagraphStyle("heading", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=12,
                              spaceAfter=6, keepWithNext=1),
    "body": ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6),
    "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5),
    "head": ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5),
}
GRID = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                   ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88))])


def _para(text, style="cell"):
    return Paragraph(escape(str(text)).replace("\n", "<br/>"), STYLES[style])


def _table(columns, rows, weights=None):
    weights = weights or [WEIGHTS[column] for column in columns]
    widths = [WIDTH * weight / sum(weights) for weight in weights]
    data = [[_para(column, "head") for column in columns]] + [[_para(value) for value in row] for row in rows]
    return Table(data, colWidths=widths, style=GRID, repeatRows=1)


def story(source):
    """The flowables of the examenplan described by ``source`` (the YAML's mapping)."""
    overview = [(f"Kerntaak {kerntaak['id']} {kerntaak['titel']}",
                 "\n".join(f"WP {number} {titel}" for number, titel in kerntaak["werkprocessen"]))
                for kerntaak in source["kerntaken"]]
    return [
        _para(source["titel"], "title"),
        _para("Kenmerken van de opleiding", "heading"), _table(["Eigenschap", "Waarde"], source["kenmerken"], [2, 3]),
        Spacer(1, 8), _para(source["inleiding"], "body"),
        _para("Opbouw van de opleiding", "heading"), _table(["Kerntaak", "Werkprocessen"], overview, [2, 3]),
        _para("Examenonderdelen", "heading"), _table(source["examens"]["kolommen"], source["examens"]["rijen"]),
        _para("Onderwijsprogramma", "heading"), _table(source["modules"]["kolommen"], source["modules"]["rijen"]),
    ]


def _footer(canvas, document):
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.drawString(MARGIN, 28, "ROC Voorbeeld - examenplan Junior accountmanager (verzonnen voorbeeld)")
    canvas.drawRightString(PAGE[0] - MARGIN, 28, f"Pagina {canvas.getPageNumber()}")
    canvas.restoreState()


def render(source_path=SOURCE, target=TARGET):
    """Render the YAML at ``source_path`` to a PDF at ``target``; the same YAML gives the same bytes."""
    source = yaml.safe_load(Path(source_path).read_text(encoding="utf-8"))
    document = SimpleDocTemplate(str(target), pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                                 bottomMargin=MARGIN, invariant=1, title=source["titel"], author="ROC Voorbeeld",
                                 creator="scripts/make_voorbeeld_examenplan.py", producer="ReportLab")
    document.build(story(source), onFirstPage=_footer, onLaterPages=_footer)
    return Path(target)


def main(argv=None):
    parser = argparse.ArgumentParser(description="Maak het voorbeeld-examenplan (pdf) uit zijn yaml.")
    parser.add_argument("--bron", type=Path, default=SOURCE, help="de yaml (standaard: %(default)s)")
    parser.add_argument("--uit", type=Path, default=TARGET, help="de pdf (standaard: %(default)s)")
    arguments = parser.parse_args(argv)
    print(render(arguments.bron, arguments.uit))


if __name__ == "__main__":
    main()
