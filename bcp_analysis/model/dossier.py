"""The kwalificatiedossier as data: a Dossier with its profielen, and a Corpus of several documents."""

import dataclasses
from collections.abc import Callable

import pandas as pd

from bcp_analysis.dutch import count, join
from bcp_analysis.model.profile import Profile

__all__ = ["Corpus", "Dossier", "needs_table", "profile_label", "profile_needs"]

# Columns of the long table of needs: one row per profiel, werkproces and competency.
NEEDS_COLUMNS = {"profiel": "str", "werkproces_id": "str", "competentie": "str", "deel": "str"}


# Columns of the problems of a document of dossiers (Dossier.problemen, Register.problemen), with their types.
PROBLEM_COLUMNS = {"bestand": "str", "regel": "int64", "dossier_nr": "str", "dossier": "str", "soort": "str",
                   "probleem": "str"}


def _no_problems():
    """An empty table of problems, in the columns of ``PROBLEM_COLUMNS``."""
    return pd.DataFrame({column: pd.Series(dtype=kind) for column, kind in PROBLEM_COLUMNS.items()})


@dataclasses.dataclass(frozen=True, eq=False)
class Dossier:
    """A kwalificatiedossier with all its profielen.

    Attributes
    ----------
    meta : dict
        The dossier: ``dossier`` (title), ``dossier_crebo``, ``geldig_vanaf``, ``status``,
        ``vastgesteld_op``, ``vastgesteld_door``.
    profielen : pandas.DataFrame
        One row per profiel: ``profiel``, ``crebo``, ``niveau``, ``code`` (``P1`` …),
        ``beroepsgroep``, ``geldig_vanaf``, ``kerntaken``, ``werkprocessen``,
        ``competenties`` (distinct), ``dossier``, ``dossier_crebo``, ``regel``.
    behoeften : pandas.DataFrame
        One row per profiel, werkproces and competency it needs (aanvullende included):
        ``profiel``, ``werkproces_id``, ``competentie``, ``deel`` ("basisdeel"/"profieldeel").
    source : str
        The XML file.
    read_profiel : callable
        Given by the reader: a profiel's title or crebo (or None for the only one) to its
        :class:`~bcp_analysis.model.profile.Profile`.
    problemen : pandas.DataFrame
        What of the document could not be read, in the columns of ``Register.problemen``;
        a dossier read whole has none (an empty table).
    """

    meta: dict
    profielen: pd.DataFrame
    behoeften: pd.DataFrame
    source: str
    read_profiel: Callable[..., Profile] = dataclasses.field(repr=False)
    problemen: pd.DataFrame = dataclasses.field(default_factory=lambda: _no_problems(), repr=False)

    @property
    def titel(self):
        """str: the dossier's title."""
        return self.meta["dossier"]

    @property
    def bronvermelding(self):
        """str: the source line printed under charts."""
        return f"Bron: Kwalificatiedossier {self.titel}, SBB"

    def profile(self, profiel: str | int | None = None) -> Profile:
        """Return one profiel as a Profile.

        Parameters
        ----------
        profiel : str or int, optional
            Title or crebo; may be left out when the dossier has one profiel.

        Returns
        -------
        Profile

        Raises
        ------
        ProfileError
            For a name that is not one of the profielen (the message lists them).
        """
        return self.read_profiel(profiel)

    def profiles(self) -> list[Profile]:
        """Return every profiel as a Profile, in the dossier's order.

        Returns
        -------
        list of Profile
        """
        return [self.read_profiel(crebo) for crebo in self.profielen["crebo"]]


@dataclasses.dataclass(frozen=True, eq=False)
class Corpus:
    """Several dossiers and profiles read together: every profiel in one table.

    Attributes
    ----------
    profielen : pandas.DataFrame
        One row per profiel: ``profiel`` (a label unique in the corpus: the title, with
        the crebo or file where titles repeat), ``titel``, ``crebo``, ``niveau`` (<NA> for a
        BCP), ``soort`` ("kwalificatiedossier"/"BCP"), ``dossier``, ``dossier_crebo``,
        ``bestand``, ``werkprocessen``, ``competenties``.
    behoeften : pandas.DataFrame
        As :attr:`Dossier.behoeften`, with the corpus labels in ``profiel``.
    source : str
        The folder.
    """

    profielen: pd.DataFrame
    behoeften: pd.DataFrame
    source: str

    @property
    def bronvermelding(self):
        """str: the source line printed under charts."""
        dossiers = self.profielen.loc[self.profielen["soort"] == "kwalificatiedossier", "dossier"].nunique()
        profiles = int((self.profielen["soort"] == "BCP").sum())
        parts = [count(dossiers, "kwalificatiedossier", "kwalificatiedossiers") + " (SBB)"] if dossiers else []
        parts += [count(profiles, "beroepscompetentieprofiel", "beroepscompetentieprofielen")] if profiles else []
        return "Bron: " + join(parts)


def needs_table(rows):
    """The long table of needs from rows or columns: ``profiel``, ``werkproces_id``, ``competentie``, ``deel``.

    Parameters
    ----------
    rows : list of tuple or dict of str to sequence

    Returns
    -------
    pandas.DataFrame
    """
    return pd.DataFrame(rows, columns=list(NEEDS_COLUMNS)).astype(NEEDS_COLUMNS)


def profile_needs(profile, label):
    """The long table of needs of one Profile; ``deel`` from the KD code of the werkproces.

    Parameters
    ----------
    profile : Profile
    label : str
        The profiel's label in the table; empty for its own title.

    Returns
    -------
    pandas.DataFrame
    """
    table = profile.competenties.drop_duplicates(["werkproces_id", "competentie"])
    deel = table["werkproces_id"].str[:1].map({"B": "basisdeel", "P": "profieldeel"}).fillna("")
    return needs_table({"profiel": label or profile_label(profile), "werkproces_id": table["werkproces_id"],
                         "competentie": table["competentie"], "deel": deel})


def profile_label(profile):
    """The name of a profile in tables of several: its profiel's title, or the profile's own.

    Parameters
    ----------
    profile : Profile

    Returns
    -------
    str
    """
    return str(profile.meta.get("profiel") or profile.titel)
