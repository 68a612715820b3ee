"""The committee pages: each notebook as an HTML page without code, its tables written for reading.

A committee member reads ``figures/notebooks/*.html``, not the notebooks: no Python, and
tables as in a report, with Dutch headers (``Aantal werkprocessen``, not
``aantal_werkprocessen``), Dutch decimals (``0,45``), a share in % (``53%``), ``ja``/``nee``, no index column
``0 … 24`` and no cell cut off with "…". The notebooks themselves stay as they are: the page
runs a copy of the executed notebook once more in a kernel whose display hook
(:func:`install`) writes every pandas table with :func:`table_html`, and nbconvert leaves the
code out.
"""

import ast
import copy
import html
import math
import re
import tempfile
from pathlib import Path

import pandas as pd

from bcp_analysis.dutch import join, number
from bcp_analysis.errors import OutputError
from bcp_analysis.outputs.workbook import header_text

__all__ = ["cell_text", "table_html", "install", "committee_page"]

_STYLE = """<style>
.jp-OutputArea-output .bcp-tabel {border-collapse: collapse; font-size: 0.9em; margin: 0.3em 0 1em 0;
  table-layout: auto; max-width: none;}
.jp-OutputArea-output .bcp-tabel th, .jp-OutputArea-output .bcp-tabel td {border-bottom: 1px solid #DDD;
  padding: 3px 8px; text-align: left; vertical-align: top; white-space: normal; max-width: 32em;}
.jp-OutputArea-output .bcp-tabel th {background: #F2F2F2; font-weight: bold;}
.jp-OutputArea-output .bcp-tabel td.bcp-getal {text-align: right; white-space: nowrap;}
.jp-OutputArea-output .bcp-breed th.bcp-kolom {writing-mode: vertical-rl; transform: rotate(180deg);
  max-width: none; white-space: nowrap; padding: 6px 2px; font-weight: normal;}
.jp-OutputArea-output .bcp-leeg {font-style: italic; color: #555; margin: 0.3em 0 1em 0;}
.jp-OutputArea-output .bcp-breed td {padding: 3px 4px;}
.jp-OutputArea-output {overflow-x: visible;}
</style>"""
_NUMBER = ' class="bcp-getal"'
_WIDE = 12  # a table with more columns than this gets its headers upright, so it fits the page
_HOOK = "import bcp_analysis.outputs.committee_pages as _bcp_pagina; _bcp_pagina.install()"
_FIELD = re.compile(r"[a-z][a-z_]*")  # a column named as a field (pagina, gelijke_stand), not for data
# Column names whose header made readable is still English
_HEADERS = {"scope": "Bereik", "label": "Omschrijving"}


def cell_text(value, column=""):
    """A value as a committee member reads it: Dutch decimals, ja/nee, % and nothing for a gap.

    Parameters
    ----------
    value : object
    column : str
        The column name; one ending in ``_procent`` gets a ``%``.

    Returns
    -------
    str

    Examples
    --------
    >>> cell_text(0.45454545454545453), cell_text(True), cell_text(float("nan")), cell_text(1254)
    ('0,45', 'ja', '', '1254')
    >>> cell_text(-0.15, "groei_procent"), cell_text(12.0, "aandeel_procent"), cell_text(133400.0)
    ('-0,15%', '12%', '133.400')
    """
    if value is None or (not isinstance(value, str) and pd.api.types.is_scalar(value) and pd.isna(value)):
        return ""
    if isinstance(value, bool) or type(value).__name__ == "bool_":
        return "ja" if value else "nee"
    suffix = "%" if str(column).endswith("_procent") else ""
    if isinstance(value, float) or type(value).__name__.startswith("float"):
        value = float(value)
        if math.isfinite(value) and value == round(value):
            return number(value) + suffix
        return number(value, 2) + suffix
    return str(value) + suffix


def _is_number(value):
    return not isinstance(value, bool) and type(value).__name__ != "bool_" and (
        isinstance(value, (int, float)) or type(value).__name__.startswith(("int", "float")))


def _plain(table):
    """The table with its index as a first column (unless it only counts rows) and flat column names."""
    if isinstance(table, pd.Series):
        table = table.to_frame(name=table.name if table.name is not None else "waarde")
    table = table.copy()
    if isinstance(table.columns, pd.MultiIndex):
        table.columns = [" ".join(str(part) for part in column if str(part)) for column in table.columns]
    # an unnamed index of integers only numbers the rows (also after a filter: 22, 24, 36): left out
    counting = table.index.nlevels == 1 and table.index.name is None and pd.api.types.is_integer_dtype(table.index)
    if not counting:
        names = [name if name is not None else "" for name in table.index.names]
        if len(names) == 1 and names[0] in table.columns:
            names = [f"{names[0]} "]
        table.index = table.index.set_names(names)
        table = table.reset_index()
    return table


def table_html(table, headers=None):
    """A pandas table as HTML for a committee: Dutch headers and values, no index, no cell cut off.

    Parameters
    ----------
    table : pandas.DataFrame or pandas.Series
    headers : dict, optional
        Headers that win over :func:`bcp_analysis.outputs.workbook.header_text`.

    Returns
    -------
    str

    Examples
    --------
    >>> import pandas as pd
    >>> page = table_html(pd.DataFrame({"aantal_werkprocessen": [3], "aandeel": [0.533333], "gedekt": [True]}))
    >>> "<th>Aantal werkprocessen</th>" in page, "53%" in page, ">ja<" in page, ">0<" in page
    (True, True, True, False)

    A field without any value is left out (a column named for data, as the werkproces "2.4" of a
    matrix, stays); a table without rows is a sentence that names its columns:

    >>> "Pagina" in table_html(pd.DataFrame({"regel": [12], "pagina": [None]}))
    False
    >>> table_html(pd.DataFrame(columns=["kerntaak_id", "item"]))
    '<p class="bcp-leeg">Geen rijen: voor dit document is deze tabel (Kerntaak, Item) leeg.</p>'
    """
    headers = {**_HEADERS, **(headers or {})}
    table = _plain(table)
    if table.empty:
        names = [header_text(str(column).strip(), headers) for column in table.columns if str(column).strip()]
        return (f'<p class="bcp-leeg">Geen rijen: voor dit document is deze tabel'
                f'{" (" + html.escape(", ".join(names)) + ")" if names else ""} leeg.</p>')
    # a field without any value (the Pagina of a text without pages) is left out; a column named for
    # data (a werkproces "2.4", a competency) stays: empty, it says "nowhere"
    table = table[[column for column in table.columns
                   if not _FIELD.fullmatch(str(column)) or table[column].map(cell_text).ne("").any()]]
    wide = len(table.columns) > _WIDE
    heads = []
    for position, column in enumerate(table.columns):
        text = header_text(str(column).strip(), headers) if str(column).strip() else ""
        upright = ' class="bcp-kolom"' if wide and position > 0 else ""
        heads.append(f"<th{upright}>{html.escape(text)}</th>")
    shares = _share_columns(table)
    rows = []
    for values in table.itertuples(index=False):
        cells = "".join(f"<td{_NUMBER if _is_number(value) else ''}>"
                        f"{html.escape(_share(value) if column in shares else cell_text(value, column))}</td>"
                        for column, value in zip(table.columns, values))
        rows.append(f"<tr>{cells}</tr>")
    css = "bcp-tabel bcp-breed" if wide else "bcp-tabel"
    return f'<table class="{css}"><thead><tr>{"".join(heads)}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _share_columns(table):
    """The columns that hold a share between 0 and 1 (``aandeel``, ``dekking``): a reader wants them in %."""
    found = set()
    for column in table.columns:
        name = str(column).lower()
        if name.startswith(("aandeel", "dekking")) and not name.endswith("_procent"):
            values = pd.to_numeric(table[column], errors="coerce").dropna()
            if not values.empty and values.between(0, 1).all():
                found.add(column)
    return found


def _share(value):
    """A share as a percentage: 0.533 -> '53%'."""
    text = cell_text(value)
    return f"{number(float(value) * 100)}%" if text else text


def list_html(values):
    """A list, tuple or set a cell shows as a Dutch sentence, not as Python writes it.

    Parameters
    ----------
    values : list, tuple or set

    Returns
    -------
    str or None
        ``<p>`` with the values joined ("A, B en C"), each as :func:`cell_text` writes it;
        None (Python's own text) for a list that holds lists, tables or mappings.

    Examples
    --------
    >>> list_html(["Aansturen", "Leren", "Omgaan met verandering en aanpassen"])
    '<p>Aansturen, Leren en Omgaan met verandering en aanpassen</p>'
    >>> list_html([]), list_html([0.454545, True])
    ('<p>(geen)</p>', '<p>0,45 en ja</p>')
    """
    items = sorted(values, key=str) if isinstance(values, (set, frozenset)) else list(values)
    if any(isinstance(item, (list, tuple, set, frozenset, dict, pd.DataFrame, pd.Series)) for item in items):
        return None
    return f"<p>{html.escape(join(cell_text(item) for item in items)) if items else '(geen)'}</p>"


_PRINTED_LIST = re.compile(r"\[(?:'[^'\n]*'(?:, '[^'\n]*')*)?\]")


def printed_lists_in_dutch(text):
    """A list of names a cell printed as Python writes it, as a Dutch enumeration.

    Parameters
    ----------
    text : str
        What a cell printed.

    Returns
    -------
    str

    Examples
    --------
    >>> printed_lists_in_dutch("Door geen onderdeel getoetst: ['1.3', '2.4', '3.7']; dubbel: []")
    'Door geen onderdeel getoetst: 1.3, 2.4 en 3.7; dubbel: geen'
    """
    return _PRINTED_LIST.sub(lambda found: join(ast.literal_eval(found.group(0))) or "geen", text)


def install():
    """Let the running IPython kernel show every pandas table with :func:`table_html` (the display hook),
    and every list of plain values with :func:`list_html`."""
    from IPython import get_ipython

    shell = get_ipython()
    if shell is None:
        return
    formatter = shell.display_formatter.formatters["text/html"]
    formatter.for_type(pd.DataFrame, table_html)
    formatter.for_type(pd.Series, table_html)
    formatter.for_type_by_name("pandas.io.formats.style", "Styler", lambda styler: table_html(styler.data))
    for kind in (list, tuple, set, frozenset):
        formatter.for_type(kind, list_html)


def _execute(notebook, folder, timeout):
    """Run the notebook in a fresh kernel (local sockets) with the display hook installed."""
    from jupyter_client.manager import KernelManager
    from nbclient import NotebookClient

    with tempfile.TemporaryDirectory(prefix="bcp-pagina-") as sockets:
        kernel = KernelManager(kernel_name="python3", transport="ipc", ip=str(Path(sockets) / "kernel"))
        client = NotebookClient(notebook, km=kernel, timeout=timeout, record_timing=False,
                                store_widget_state=False, extra_arguments=[f"--IPKernelApp.exec_lines={_HOOK}"],
                                resources={"metadata": {"path": str(folder)}})
        try:
            client.execute()
        finally:
            if kernel.has_kernel:
                kernel.shutdown_kernel()


def coalesced(notebook):
    """Return the notebook with each cell's consecutive prints as one output.

    The kernel may send one print in two messages; merged, the same run gives the same bytes.

    Parameters
    ----------
    notebook : nbformat.NotebookNode
        Changed in place.

    Returns
    -------
    nbformat.NotebookNode
    """
    from nbconvert.preprocessors import CoalesceStreamsPreprocessor

    notebook, _ = CoalesceStreamsPreprocessor().preprocess(notebook, {})
    return notebook


def committee_page(notebook, name, folder, timeout=600):
    """Return a notebook as a committee page: HTML without code, its tables written for reading.

    Parameters
    ----------
    notebook : nbformat.NotebookNode
        The notebook as the build executed it (its parameters set); it is not changed.
    name : str
        The page's name (its title).
    folder : str or os.PathLike
        The folder the notebook runs in (the paths in it count from there).
    timeout : int
        Seconds allowed per cell.

    Returns
    -------
    bytes
        The page, UTF-8.

    Raises
    ------
    OutputError
        When a cell fails in the second run.
    """
    from nbclient.exceptions import CellExecutionError
    from nbconvert import HTMLExporter

    page = copy.deepcopy(notebook)
    for cell in page.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    try:
        _execute(page, folder, timeout)
    except CellExecutionError as exc:
        raise OutputError(name, "pagina voor de commissie", f"een cel gaf een fout: {str(exc).splitlines()[0]}",
                          "voer de notebook in JupyterLab uit en bekijk de fout") from exc
    page = coalesced(page)
    for cell in page.cells:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream":
                output["text"] = printed_lists_in_dutch(output["text"])
    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(page, resources={"metadata": {"name": name}})
    return body.replace("</head>", _STYLE + "\n</head>", 1).encode("utf-8")
