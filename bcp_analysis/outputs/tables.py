"""Writing a profile's tables as files a committee can open (CSV for Dutch Excel)."""

from pathlib import Path

from bcp_analysis.files import check_user_file, write_if_changed, write_user_file

__all__ = ["csv_bytes", "write_tables"]


def csv_bytes(table, dutch=True):
    """Return a table as the bytes of a CSV file that Excel opens in columns.

    By default the file is for Excel in a Dutch locale: fields separated by ``;``,
    numbers with a decimal comma (``12,5``), UTF-8 with a byte-order mark (so Excel shows
    accents), lines ending in ``\\n``. With ``dutch=False``: ``,`` and a decimal point, for
    English-language Excel and other programs (still with the byte-order mark).

    Parameters
    ----------
    table : pandas.DataFrame
    dutch : bool, default True

    Returns
    -------
    bytes

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"indicator": ["groei; verwacht"], "waarde": [12.5]})
    >>> csv_bytes(table)
    b'\\xef\\xbb\\xbfindicator;waarde\\n"groei; verwacht";12,5\\n'
    >>> csv_bytes(table, dutch=False)[3:]
    b'indicator,waarde\\ngroei; verwacht,12.5\\n'
    """
    separator, decimal = (";", ",") if dutch else (",", ".")
    text = table.to_csv(index=False, lineterminator="\n", sep=separator, decimal=decimal)
    return text.encode("utf-8-sig")


def table_files(profile, dutch=True):
    """Return every table of a profile as {``<table>.csv``: bytes}, in table order.

    Parameters
    ----------
    profile : Profile
    dutch : bool, default True
        See :func:`csv_bytes`.

    Returns
    -------
    dict
    """
    return {f"{name}.csv": csv_bytes(table, dutch) for name, table in profile.tables().items()}


def write_tables(profile, folder, dutch=True, force=None, inputs=()):
    """Write every table of a profile as ``<folder>/<table>.csv`` (see :func:`csv_bytes`).

    Files are written only when their content changed, so a rebuild on unchanged input
    changes no byte.

    Parameters
    ----------
    profile : Profile
    folder : str or os.PathLike
    dutch : bool, default True
        ``;`` and decimal comma (Dutch Excel), or ``,`` and decimal point.
    force : bool, optional
        None (a folder of the tool's own, such as a build's staging folder): write plainly.
        True or False: write as a user's output, never over an input, and over a file
        the tool did not write itself only with True (see :func:`bcp_analysis.files.write_user_file`).
    inputs : iterable of str or os.PathLike
        The files read to make the tables.

    Returns
    -------
    list of pathlib.Path
        The files, in table order.
    """
    files = table_files(profile, dutch)
    if force is not None:  # refuse before writing anything
        for name, content in files.items():
            check_user_file(Path(folder) / name, content, inputs=inputs, force=force)
    written = []
    for name, content in files.items():
        path = Path(folder) / name
        if force is None:
            write_if_changed(path, content)
        else:
            write_user_file(path, content, inputs=inputs, force=force)
        written.append(path)
    return written


# The sheet of each table of the dossier view (capitalised like the profile workbook's) and its CSV file name.
_CSV_NAMES = {"Profielen": "profielen", "Profiel-competentie": "profiel_competentie", "Basisdeel": "basisdeel",
              "Profieldeel": "profieldeel", "Verwantschap": "verwantschap", "Uniek": "uniek"}


def dossier_csv_name(sheet_name):
    """The CSV file name (without ``.csv``) of a table of :func:`dossier_tables`: lower case, like a profile's.

    Parameters
    ----------
    sheet_name : str
        A key of :func:`dossier_tables`.

    Returns
    -------
    str

    Examples
    --------
    >>> dossier_csv_name("Profiel-competentie")
    'profiel_competentie'
    """
    return _CSV_NAMES[sheet_name]
