"""The verkenner's HTML: its style, tables with Dutch values, and the proces-competentie-matrix.

Only layout: what a table holds comes from the analysis modules; this module writes it as
a committee member reads it (``0,45``, ``ja``/``nee``, ``12%``, no empty columns, a header
that names the file whose lines ``Regel`` counts), with the values of
:func:`bcp_analysis.outputs.committee_pages.cell_text` as on the committee pages.
"""

import html
from pathlib import Path

from bcp_analysis.outputs.committee_pages import cell_text
from bcp_analysis.outputs.workbook import header_text

__all__ = ["STYLE", "table_html", "matrix_html", "section", "source_headers"]

STYLE = """<style>
.bcp-verkenner .bcp-zin {font-weight: bold; font-size: 1.05em; margin: 0.6em 0 0.3em 0;}
.bcp-verkenner table {border-collapse: collapse; font-size: 0.9em;}
.bcp-verkenner th, .bcp-verkenner td {border-bottom: 1px solid #DDD; padding: 2px 6px; text-align: left;
  vertical-align: top;}
.bcp-verkenner .bcp-matrix td, .bcp-verkenner .bcp-matrix th {text-align: center; padding: 1px 2px;
  vertical-align: bottom;}
.bcp-verkenner .bcp-matrix th div {writing-mode: vertical-rl; transform: rotate(180deg); max-height: 14em;
  white-space: normal; font-weight: normal; font-size: 0.85em; text-align: left; line-height: 1.1;}
.bcp-verkenner .bcp-matrix td.bcp-naam {text-align: left; white-space: nowrap;}
.bcp-verkenner .bcp-matrix .bcp-nergens {background: #EEE; color: #999;}
.bcp-verkenner .bcp-gekozen, .bcp-verkenner .bcp-matrix .bcp-gekozen {background: #F7EFA0;}
.bcp-verkenner .lm-TabBar-tab {max-width: none !important; flex: 0 0 auto !important; min-width: 10em;}
.bcp-verkenner .bcp-kruis {color: #0072B2; font-weight: bold;}
.bcp-verkenner .bcp-meldingen {border: 2px solid #D55E00; padding: 0.5em; white-space: pre-wrap;}
.bcp-verkenner .bcp-uitleg {color: #555; font-size: 0.9em; margin: 0.2em 0 0.4em 0;}
.bcp-verkenner .bcp-keuze {color: #8A4B00; margin: 0.2em 0;}
.bcp-verkenner .bcp-bezig i {animation: bcp-draai 1.2s infinite linear;}
@keyframes bcp-draai {from {transform: rotate(0deg);} to {transform: rotate(359deg);}}
</style>"""


def _filled(series):
    return series.map(lambda value: cell_text(value).strip() != "").any()


def source_headers(source):
    """The headers of the provenance columns, naming the file whose lines and pages they count.

    Parameters
    ----------
    source : str or os.PathLike or None

    Returns
    -------
    dict of str to str

    Examples
    --------
    >>> source_headers("data/raw/junior-accountmanager-2010.txt")["regel"]
    'Regel in junior-accountmanager-2010.txt'
    """
    if not source:
        return {}
    name = Path(source).name
    return {"regel": f"Regel in {name}", "pagina": f"Pagina in {name}", "brontekst": "Zo staat het in de bron"}


def table_html(table, css, highlight=None, headers=None):
    """A table as HTML: Dutch headers and values, no index, columns without any value left out.

    Parameters
    ----------
    table : pandas.DataFrame
    css : str
        The table's class.
    highlight : str, optional
        Rows whose first cell is this are shaded.
    headers : dict, optional
        Headers that win over :func:`bcp_analysis.outputs.workbook.header_text`.

    Returns
    -------
    str
    """
    if table.empty:
        return f'<div class="{css}"><em>(geen)</em></div>'
    table = table[[column for column in table.columns if _filled(table[column])]]
    header = "".join(f"<th>{html.escape(header_text(column, headers))}</th>" for column in table.columns)
    rows = []
    for values in table.itertuples(index=False):
        shaded = ' class="bcp-gekozen"' if highlight is not None and str(values[0]) == highlight else ""
        cells = "".join(f"<td>{html.escape(cell_text(value, column))}</td>"
                        for column, value in zip(table.columns, values))
        rows.append(f"<tr{shaded}>{cells}</tr>")
    return f'<table class="{css}"><tr>{header}</tr>{"".join(rows)}</table>'


def matrix_html(matrix, werkprocessen, werkproces_id, competentie):
    """The proces-competentie-matrix as an HTML table: numbered names as headings, unused columns grey.

    Parameters
    ----------
    matrix : pandas.DataFrame
        Werkprocessen × the 25 competencies, 1 for a cross.
    werkprocessen : pandas.DataFrame
        The profile's werkprocessen (for the titles).
    werkproces_id, competentie : str
        The chosen row and column, shaded.

    Returns
    -------
    str
    """
    titles = dict(zip(werkprocessen["werkproces_id"], werkprocessen["titel"]))
    names = [str(name) for name in matrix.columns]
    unused = {name for name, total in zip(names, matrix.sum(axis=0)) if not total}

    def column_class(name, row_class=""):
        classes = ["bcp-gekozen" if name == competentie else row_class, "bcp-nergens" if name in unused else ""]
        return " ".join(part for part in classes if part)

    head = "".join(f'<th class="{column_class(name)}" title="{html.escape(name)}"><div>{number}. '
                   f"{html.escape(name)}</div></th>" for number, name in enumerate(names, start=1))
    rows = []
    for identifier, values in zip(matrix.index, matrix.to_numpy()):
        row_class = "bcp-gekozen" if identifier == werkproces_id else ""
        cells = "".join(f'<td class="{column_class(name, row_class)}">'
                        + ('<span class="bcp-kruis">&#x2715;</span>' if value else "") + "</td>"
                        for name, value in zip(names, values))
        title = html.escape(titles.get(identifier, ""))
        rows.append(f'<tr class="bcp-rij" data-werkproces="{html.escape(identifier)}">'
                    f'<td class="bcp-naam {row_class}" title="{title}">{html.escape(identifier)} '
                    f"{html.escape(_short(titles.get(identifier, '')))}</td>{cells}</tr>")
    note = ('<div class="bcp-uitleg">Grijs: competenties die geen werkproces hier vraagt. Geel: uw keuze.</div>'
            if unused else '<div class="bcp-uitleg">Geel: uw keuze.</div>')
    return f'<table class="bcp-matrix"><tr><th></th>{head}</tr>{"".join(rows)}</table>{note}'


def _short(text, width=38):
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def section(sentence, body, css):
    """A view: its sentence in bold, then its table."""
    return f'<div class="{css}"><div class="bcp-zin">{html.escape(sentence)}.</div>{body}</div>'
