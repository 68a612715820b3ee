"""The committee's tables as one Excel workbook, identical to the byte on every run."""

import datetime
import io
import math
import re
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

from bcp_analysis.errors import UsageError
from bcp_analysis.files import write_if_changed

__all__ = ["write_workbook", "header_text"]

#: The fixed date stored as created/modified in every workbook (the profile's
#: vaststelling), so that the file does not change with the clock.
FIXED_DATE = datetime.datetime(2010, 9, 30)
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)

_HEADERS = {
    "werkproces_id": "Werkproces",
    "kerntaak_id": "Kerntaak",
    "nr": "Nr.",
    "titel_gelijkenis": "Gelijkenis titel (%)",
    "oud_werkproces_id": "Werkproces in de vorige versie",
}
_MAX_WIDTH = 60
_MIN_WIDTH = 6
_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def header_text(column, headers=None):
    """Return the readable Dutch header for a column name.

    Parameters
    ----------
    column : str
    headers : dict, optional
        Explicit headers by column name; they win over the default rule.

    Returns
    -------
    str
        ``aantal_werkprocessen`` becomes ``Aantal werkprocessen``, ``groei_procent``
        becomes ``Groei (%)``; ids get a name (``werkproces_id`` is ``Werkproces``).

    Examples
    --------
    >>> header_text("aantal_werkprocessen"), header_text("groei_per_jaar_procent")
    ('Aantal werkprocessen', 'Groei per jaar (%)')
    >>> header_text("Analyseren"), header_text("werkproces_id")
    ('Analyseren', 'Werkproces')
    """
    column = str(column)
    if headers and column in headers:
        return str(headers[column])
    if column in _HEADERS:
        return _HEADERS[column]
    text = column
    suffix = ""
    if text.endswith("_procent"):
        text, suffix = text.removesuffix("_procent"), " (%)"
    text = text.replace("_", " ").strip()
    return (text[:1].upper() + text[1:] + suffix) if text else column


def _meaningful_index(table):
    """An index worth a column: named, or not the default 0..n-1."""
    index = table.index
    if any(name is not None for name in index.names):
        return True
    return not (isinstance(index, pd.RangeIndex) and index.start == 0 and index.step == 1)


def _cell_value(value):
    """A value openpyxl can store: lists joined, missing values empty, numpy scalars plain."""
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value) if isinstance(value, (set, frozenset)) else value
        return ", ".join(str(item) for item in items)
    if value is None:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if isinstance(value, np.generic):  # a numpy scalar (pandas gives them): its Python value
        value = value.item()
    if isinstance(value, float) and math.isinf(value):
        return str(value)
    return value


def _check_sheet_names(names):
    seen = set()
    for name in names:
        if not isinstance(name, str) or not name.strip():
            raise UsageError("write_workbook", "sheets", f"bladnaam {name!r}: een blad heeft een naam nodig",
                             "geef elk blad een naam")
        if len(name) > 31:
            raise UsageError("write_workbook", "sheets", f"bladnaam {name!r} is {len(name)} tekens",
                             "kort de naam in tot hoogstens 31 tekens (meer staat Excel niet toe)")
        if _FORBIDDEN.search(name):
            raise UsageError("write_workbook", "sheets", f"bladnaam {name!r} bevat een teken dat Excel niet toestaat",
                             "laat [ ] : * ? / \\ weg uit de naam")
        if name.lower() in seen:
            raise UsageError("write_workbook", "sheets", f"bladnaam {name!r} komt twee keer voor",
                             "geef elk blad een eigen naam (Excel let niet op hoofdletters)")
        seen.add(name.lower())


def _fill_sheet(sheet, table, headers):
    if _meaningful_index(table):
        table = table.reset_index()
    columns = [header_text(column, headers) for column in table.columns]
    sheet.append(columns)
    for row in table.itertuples(index=False, name=None):
        sheet.append([_cell_value(value) for value in row])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="bottom")
    # strings that look like formulas stay text
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"
    sheet.freeze_panes = "A2"
    wide = len(table.columns) > 10
    for position, (column, header) in enumerate(zip(table.columns, columns), start=1):
        values = [_cell_value(value) for value in table[column]]
        texts = [_display(value) for value in values]
        longest = max((len(text) for text in texts), default=0)
        letter = get_column_letter(position)
        if pd.api.types.is_float_dtype(table[column]) and any(
            isinstance(value, float) and not value.is_integer() for value in values
        ):
            for cell in sheet[letter][1:]:
                cell.number_format = "0.00"
        if wide and longest <= 4 and len(header) > longest + 2:
            # a wide table of short values under long names (the matrix): turn the header
            sheet.cell(row=1, column=position).alignment = Alignment(text_rotation=90, horizontal="center")
            sheet.column_dimensions[letter].width = _MIN_WIDTH
            # about 6 points per character of a rotated 11-point header
            sheet.row_dimensions[1].height = max(sheet.row_dimensions[1].height or 15, min(300, 6.5 * len(header)))
        else:
            # long headers wrap onto a second line rather than widen a narrow column
            width = max(longest, min(len(header), 16 if longest < 16 else 30)) + 2
            sheet.column_dimensions[letter].width = max(_MIN_WIDTH, min(_MAX_WIDTH, width))
            if longest + 2 > _MAX_WIDTH:
                for cell in sheet[letter][1:]:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")


def _display(value):
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}" if not value.is_integer() else f"{value:.0f}"
    return str(value)


def _deterministic_zip(content):
    """Repack an xlsx with a fixed timestamp on every member, in the same order."""
    source = zipfile.ZipFile(io.BytesIO(content))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_ZIP_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            target.writestr(fixed, source.read(info.filename))
    return buffer.getvalue()


def write_workbook(sheets, path, headers=None):
    """Write tables as one ``.xlsx`` workbook, one sheet per table.

    Headers are bold, readable Dutch (``aantal_werkprocessen`` becomes ``Aantal
    werkprocessen``) and frozen; columns get a width that fits their content; a named
    or non-default index (such as the matrix's ``werkproces_id``) is written as the
    first column. The file is written atomically, and only when its bytes change:
    the workbook's dates are fixed and the zip members carry a fixed timestamp.

    Parameters
    ----------
    sheets : dict of str to pandas.DataFrame
        Sheet name (at most 31 characters, none of ``[ ] : * ? / \\``) to table, in
        sheet order.
    path : str or os.PathLike
        The ``.xlsx`` file.
    headers : dict of str to str, optional
        Headers for column names, overriding the default rule.

    Returns
    -------
    pathlib.Path

    Raises
    ------
    UsageError
        When there are no sheets or a sheet name is not allowed in Excel.

    Examples
    --------
    >>> import tempfile, pandas as pd
    >>> from openpyxl import load_workbook
    >>> table = pd.DataFrame({"werkproces_id": ["1.1"], "aantal_werkprocessen": [3]})
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = write_workbook({"Voorbeeld": table}, f"{folder}/tabellen.xlsx")
    ...     [cell.value for cell in load_workbook(path)["Voorbeeld"][1]]
    ['Werkproces', 'Aantal werkprocessen']
    """
    if not sheets:
        raise UsageError("write_workbook", "sheets", "geen tabellen om te schrijven", "geef minstens één tabel")
    _check_sheet_names(list(sheets))
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, table in sheets.items():
        _fill_sheet(workbook.create_sheet(title=name), table, headers)
    workbook.properties.creator = "bcp-analysis"
    workbook.properties.created = FIXED_DATE
    workbook.properties.modified = FIXED_DATE
    buffer = io.BytesIO()
    # ExcelWriter directly: openpyxl's save_workbook would stamp the current time
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(workbook, archive).write_data()
    path = Path(path)
    write_if_changed(path, _deterministic_zip(buffer.getvalue()))
    return path


def write_committee_workbook(profile, path, curriculum=None):
    """Write the committee's workbook of a profile: the sheets of ``deliverables.committee_tables``.

    The sheets are those :func:`bcp_analysis.outputs.deliverables.committee_tables` names; with a
    curriculum also those of :func:`bcp_analysis.outputs.deliverables.curriculum_tables`.

    Parameters
    ----------
    profile : Profile
    path : str or os.PathLike
        The ``.xlsx`` file.
    curriculum : str or os.PathLike or Programme, optional
        A programme document (examenplan, OER, toetsplan or CSV) held against the profile.

    Returns
    -------
    pathlib.Path

    Examples
    --------
    >>> import tempfile
    >>> from openpyxl import load_workbook
    >>> from bcp_analysis import load_profile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = write_committee_workbook(load_profile(), f"{folder}/tabellen.xlsx")
    ...     load_workbook(path).sheetnames[:3]
    ['Proces-competentie-matrix', 'Competenties', 'Clusters']
    """
    from bcp_analysis.outputs.deliverables import committee_tables  # deliverables draws charts: import only when used

    return write_workbook(committee_tables(profile, curriculum), path)
