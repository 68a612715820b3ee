"""The profile model: the tables every reader fills and every analysis reads, with their columns and dtypes."""

import dataclasses
import re

import pandas as pd

__all__ = [
    "FORMAT_VERSION",
    "TABLES",
    "SOURCE_COLUMNS",
    "WERKPROCES_LISTS",
    "Profile",
    "make_table",
    "werkproces_sort_key",
]

# The version of the YAML format of data/README.md that readers write and accept.
FORMAT_VERSION = 1

# Provenance of a row read from a source document: the 1-based line where it starts and,
# for a PDF, the page (the line is then the line on that page). Empty (<NA>) for rows that
# were typed by hand.
SOURCE_COLUMNS = {"regel": "Int64", "pagina": "Int64"}

# The one table vocabulary: every table of a Profile, its columns in order, and their dtypes.
# "str" columns hold Python strings (never NaN); ids are strings everywhere ("1.10" is not 1.1).
TABLES = {
    "kerntaken": {"kerntaak_id": "str", "titel": "str", "toelichting": "str", **SOURCE_COLUMNS},
    "werkprocessen": {"werkproces_id": "str", "kerntaak_id": "str", "titel": "str", "beschrijving": "str",
                      **SOURCE_COLUMNS},
    "competenties": {"werkproces_id": "str", "competentie": "str", **SOURCE_COLUMNS},
    "resultaten": {"werkproces_id": "str", "item": "str", **SOURCE_COLUMNS},
    "kennis": {"werkproces_id": "str", "item": "str", **SOURCE_COLUMNS},
    "vaardigheden": {"werkproces_id": "str", "item": "str", **SOURCE_COLUMNS},
    # A kwalificatiedossier describes behaviour per werkproces and knowledge per kerntaak.
    "gedrag": {"werkproces_id": "str", "item": "str", **SOURCE_COLUMNS},
    "vakkennis": {"kerntaak_id": "str", "item": "str", **SOURCE_COLUMNS},
    "functiebenamingen": {"functiebenaming": "str"},
    "beroepshouding": {"item": "str"},
    "beschrijving": {"onderdeel": "str", "tekst": "str"},
    "trends": {"onderdeel": "str", "tekst": "str"},
    "loopbaan": {"kolom": "str", "positie": "int64", "functie": "str", "niveau": "str", **SOURCE_COLUMNS},
    "vergelijking": {"aspect": "str", "beroep": "str", "kenmerk": "str", **SOURCE_COLUMNS},
    # controleren: what a reviewer should check in a figure read from prose ("" when nothing).
    "arbeidsmarkt": {"indicator": "str", "scope": "str", "periode": "str", "waarde": "float64", "eenheid": "str",
                     "soort": "str", "bron": "str", "controleren": "str", **SOURCE_COLUMNS},
}

# Tables that only some kinds of document fill; Profile.tables() leaves them out when empty.
_OPTIONAL_TABLES = ("gedrag", "vakkennis")

# The per-werkproces lists of a BCP, in the order the profile prints them.
WERKPROCES_LISTS = ("competenties", "resultaten", "kennis", "vaardigheden")


def make_table(name, rows=()):
    """Return table ``name`` built from ``rows``, with its fixed columns and dtypes.

    Parameters
    ----------
    name : str
        A key of ``TABLES``.
    rows : iterable of dict, optional
        One mapping per row; a missing provenance column is left empty.

    Returns
    -------
    pandas.DataFrame

    Examples
    --------
    >>> table = make_table("competenties", [{"werkproces_id": "1.1", "competentie": "Analyseren"}])
    >>> table.columns.tolist(), table["regel"].isna().all()
    (['werkproces_id', 'competentie', 'regel', 'pagina'], np.True_)
    """
    columns = TABLES[name]
    frame = pd.DataFrame(list(rows), columns=list(columns))
    return frame.astype(columns).reset_index(drop=True)


def werkproces_sort_key(identifier):
    """Sort key for kerntaak and werkproces ids: numbers numerically, then text.

    Works for BCP ids ("1.10" after "1.9") and KD codes ("B1-K1-W2" before "P1-K1-W1");
    the empty id (profile-wide rows) sorts first.

    Parameters
    ----------
    identifier : str

    Returns
    -------
    tuple

    Examples
    --------
    >>> sorted(["1.10", "1.9", "", "2.1"], key=werkproces_sort_key)
    ['', '1.9', '1.10', '2.1']
    >>> sorted(["P1-K1-W1", "B1-K1-W10", "B1-K1-W2"], key=werkproces_sort_key)
    ['B1-K1-W2', 'B1-K1-W10', 'P1-K1-W1']
    """
    parts = re.findall(r"\d+|[^\d.\-\s]+", str(identifier))
    return tuple((1, int(part), "") if part.isdigit() else (0, 0, part) for part in parts)


@dataclasses.dataclass(frozen=True, eq=False)
class Profile:
    """A competency profile as tidy pandas tables, whatever the document it was read from.

    Every table has one row per fact, in the order of the source, with string ids; ``TABLES``
    lists the columns and ``data/README.md`` explains them.

    Attributes
    ----------
    meta : dict
        Title, dates and who approved and set the profile.
    kerntaken, werkprocessen, competenties, resultaten, kennis, vaardigheden : pandas.DataFrame
        The core tasks, their werkprocessen and what each werkproces needs and delivers.
    gedrag, vakkennis : pandas.DataFrame
        What a kwalificatiedossier adds: behaviour per werkproces, knowledge and skills per
        kerntaak (empty for a BCP).
    functiebenamingen, beroepshouding, beschrijving, trends, loopbaan, vergelijking : pandas.DataFrame
        The descriptive sections of the profile (empty tables when a profile lacks them).
    arbeidsmarkt : pandas.DataFrame
        One row per labour-market figure.
    source : str
        The file the profile was read from.
    """

    meta: dict
    kerntaken: pd.DataFrame
    werkprocessen: pd.DataFrame
    competenties: pd.DataFrame
    resultaten: pd.DataFrame
    kennis: pd.DataFrame
    vaardigheden: pd.DataFrame
    functiebenamingen: pd.DataFrame
    beroepshouding: pd.DataFrame
    beschrijving: pd.DataFrame
    trends: pd.DataFrame
    loopbaan: pd.DataFrame
    vergelijking: pd.DataFrame
    arbeidsmarkt: pd.DataFrame
    gedrag: pd.DataFrame = dataclasses.field(default_factory=lambda: make_table("gedrag"))
    vakkennis: pd.DataFrame = dataclasses.field(default_factory=lambda: make_table("vakkennis"))
    source: str = ""

    @property
    def titel(self):
        """str: the occupation's name."""
        return self.meta["titel"]

    @property
    def bronvermelding(self):
        """str: the source line printed under charts."""
        return f"Bron: {self.meta.get('bron') or 'BCP ' + self.titel}"

    def tables(self) -> dict[str, pd.DataFrame]:
        """Return every table by name, in a fixed order.

        The tables only a kwalificatiedossier fills (``gedrag``, ``vakkennis``) are left out
        when they are empty.

        Returns
        -------
        dict of str to pandas.DataFrame
        """
        return {name: getattr(self, name) for name in TABLES
                if name not in _OPTIONAL_TABLES or len(getattr(self, name))}
