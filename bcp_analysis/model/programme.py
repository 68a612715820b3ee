"""The programme model: a school's examenplan, OER or toetsplan as tables, whatever the file it came from.

A programme says which onderdelen (exams, proeven van bekwaamheid, modules, courses) a school
ties to which werkprocessen and kerntaken of a qualification. The model knows no file format:
the readers of :mod:`bcp_analysis.readers` fill it (a PDF, its text, a CSV typed by hand) and the
curriculum analyses hold it against a profile.
"""

from __future__ import annotations

import dataclasses

import pandas as pd
from rapidfuzz import fuzz

from bcp_analysis.dutch import fold
from bcp_analysis.model.profile import SOURCE_COLUMNS

__all__ = ["KENMERKEN", "NIVEAUS", "PROGRAMME_TABLES", "Programme", "make_programme_table", "same_title",
           "title_similarity"]

NIVEAUS = ("introductie", "oefenen", "toetsen")
"""tuple of str: the depths a module can give a werkproces, from low to high."""

_TITLE_SIMILARITY = 90  # rapidfuzz ratio from which a title counts as the same (a typo, a dropped letter)

KENMERKEN = ("school", "kwalificatiedossier", "crebo_kwalificatiedossier", "profiel", "crebo", "niveau",
             "cohort", "vastgesteld_op")
"""tuple of str: the keys of :attr:`Programme.kenmerken`, each None where the document does not say."""

# Every table of a Programme, its columns in order and their dtypes. "str" columns hold Python
# strings ("" where the document gives nothing); ids are the codes as the qualification writes them
# (B1-K1-W1, P2-K1, or 1.1 for a BCP).
PROGRAMME_TABLES = {
    "kerntaken": {"kerntaak_id": "str", "titel": "str", **SOURCE_COLUMNS},
    "werkprocessen": {"werkproces_id": "str", "kerntaak_id": "str", "titel": "str", **SOURCE_COLUMNS},
    # onderdeel: the name as printed, unique within the programme (the kerntaak is added where a name recurs).
    "onderdelen": {"onderdeel": "str", "code": "str", "soort": "str", "vorm": "str", "duur": "str",
                   "plaats": "str", "weging": "str", "periode": "str", "kerntaak_id": "str", **SOURCE_COLUMNS},
    # One row per onderdeel × werkproces; werkproces_id is "" where the document names only the kerntaak.
    # niveau: "toetsen" for an exam; for a module what the document says ("" when it says nothing).
    "dekking": {"onderdeel": "str", "werkproces_id": "str", "kerntaak_id": "str", "niveau": "str",
                **SOURCE_COLUMNS},
}


def make_programme_table(name: str, rows=()) -> pd.DataFrame:
    """Return programme table ``name`` built from ``rows``, with its fixed columns and dtypes.

    Parameters
    ----------
    name : str
        A key of ``PROGRAMME_TABLES``.
    rows : iterable of dict, optional
        One mapping per row; a missing text column is "", a missing provenance column empty.

    Returns
    -------
    pandas.DataFrame

    Examples
    --------
    >>> table = make_programme_table("dekking", [{"onderdeel": "PvB 1", "werkproces_id": "B1-K1-W1",
    ...                                           "kerntaak_id": "B1-K1", "niveau": "toetsen", "pagina": 3}])
    >>> table.columns.tolist()
    ['onderdeel', 'werkproces_id', 'kerntaak_id', 'niveau', 'regel', 'pagina']
    >>> int(table.loc[0, "pagina"]), table.loc[0, "regel"] is pd.NA
    (3, True)
    """
    columns = PROGRAMME_TABLES[name]
    frame = pd.DataFrame(list(rows), columns=list(columns))
    for column, dtype in columns.items():
        if dtype == "str":
            frame[column] = frame[column].astype(object).where(frame[column].notna(), "")
    return frame.astype(columns).reset_index(drop=True)


@dataclasses.dataclass(frozen=True)
class ProgrammeNote:
    """Something of a programme document that became no row, or that a reader could not read.

    Attributes
    ----------
    kind : str
        What it is: ``"code"`` (a werkproces or kerntaak code placed in no table), ``"afgekapt"`` (a
        cell cut off at the page edge), ``"andere_kwalificatie"`` (a part for another crebo, kept
        apart), ``"afbeelding"`` (a mapping that stands only in a picture), ``"geen_examens"`` (the
        document ties no onderdeel to a werkproces), ``"teken"`` (a character that extracted as "?"),
        ``"tabel"`` (a table of onderdelen in a text whose rows cannot be told apart), ``"markering"`` (a
        mark of a matrix that stands under no column, or a matrix's cell that holds text instead of a mark).
    text : str
        What the reader saw, as printed.
    pagina, regel : int or None
        Where it stands: the page (1-based; None for a text file) and the line (on that page for a PDF).
    explanation : str
        One Dutch sentence for the user: what this means and what to do.
    """

    kind: str
    text: str
    pagina: int | None
    regel: int | None
    explanation: str

    @property
    def place(self) -> str:
        """str: the place in the user's words: "pagina 3, regel 12" or "regel 12"."""
        parts = []
        if self.pagina is not None:
            parts.append(f"pagina {self.pagina}")
        if self.regel is not None:
            parts.append(f"regel {self.regel}")
        return ", ".join(parts) or "het hele document"


@dataclasses.dataclass(frozen=True, eq=False)
class Programme:
    """A school's programme as tidy pandas tables, whatever the document it was read from.

    Attributes
    ----------
    kenmerken : dict
        ``KENMERKEN``: school, qualification, crebo, niveau, cohort or vastgesteld_op; None where
        the document does not say.
    kerntaken, werkprocessen : pandas.DataFrame
        Every kerntaak and werkproces code the document names, with the title as printed.
    onderdelen : pandas.DataFrame
        One row per exam, proeve van bekwaamheid, module or course tied to werkprocessen or kerntaken.
    dekking : pandas.DataFrame
        One row per onderdeel × werkproces (or × kerntaak, with an empty werkproces).
    notes : tuple of ProgrammeNote
        What the document holds that became no row, and what could not be read; empty when all was placed.
    other_parts : tuple of Programme
        Parts of the same document for another qualification (another crebo), kept apart.
    source : str
        The file the programme was read from.
    """

    kenmerken: dict
    kerntaken: pd.DataFrame
    werkprocessen: pd.DataFrame
    onderdelen: pd.DataFrame
    dekking: pd.DataFrame
    notes: tuple[ProgrammeNote, ...] = ()
    other_parts: tuple[Programme, ...] = ()
    source: str = ""

    @property
    def crebo(self) -> str | None:
        """str or None: the crebo of the programme's qualification, where the document says it."""
        return self.kenmerken.get("crebo")

    @property
    def maps_exams(self) -> bool:
        """bool: whether the document ties any onderdeel to a werkproces or kerntaak."""
        return len(self.dekking) > 0

    def tables(self) -> dict[str, pd.DataFrame]:
        """Return every table by name, in the order of ``PROGRAMME_TABLES``.

        Returns
        -------
        dict of str to pandas.DataFrame
        """
        return {name: getattr(self, name) for name in PROGRAMME_TABLES}


# --- titles: the one rule of "the same title" ----------------------------------------------


def _title_key(title):
    return " ".join(fold(title).split()).strip(" .")


def title_similarity(given: str, actual: str) -> int:
    """Return how alike two werkproces titles are, 0 to 100, accents, case, spaces and a final point aside.

    Parameters
    ----------
    given, actual : str

    Returns
    -------
    int
        ``rapidfuzz.fuzz.ratio`` of the two titles so written, rounded; 100 for the same title.

    Examples
    --------
    >>> title_similarity("Stelt een accountplan op.", "stelt een  accountplan op")
    100
    >>> title_similarity("Evalueert haar eigen werkzaamheden", "Evalueert de werkzaamheden") < 90
    True
    """
    given, actual = _title_key(given), _title_key(actual)
    return 100 if given == actual else int(round(fuzz.ratio(given, actual)))


def same_title(given: str, actual: str) -> bool:
    """Return whether two titles name the same werkproces: a similarity of at least 90 (a typo, a dropped letter).

    Parameters
    ----------
    given, actual : str

    Returns
    -------
    bool

    Examples
    --------
    >>> same_title("Verzamelt  (markt)informatie", "Verzamelt (markt)informatie")
    True
    """
    return title_similarity(given, actual) >= _TITLE_SIMILARITY
