"""The SBB register as data: every kwalificatiedossier of an edition, its profielen and what each needs."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from bcp_analysis.dutch import count, fold
from bcp_analysis.errors import ProfileError
from bcp_analysis.model.dossier import PROBLEM_COLUMNS, Corpus, Dossier
from bcp_analysis.model.profile import Profile

__all__ = ["DOSSIER_COLUMNS", "NOT_READ", "PROBLEM_COLUMNS", "PROFIEL_COLUMNS", "Register"]

# Columns of Register.dossiers, Register.profielen and Register.problemen, with their types.
DOSSIER_COLUMNS = {"nr": "str", "titel": "str", "dossier_crebo": "str", "versie": "str", "status": "str",
                   "domein": "str", "sectorkamer": "str", "geldig_vanaf": "str", "profielen": "int64",
                   "regel": "int64"}
PROFIEL_COLUMNS = {"profiel": "str", "titel": "str", "crebo": "str", "niveau": "int64", "beroepsgroep": "str",
                   "dossier": "str", "dossier_nr": "str", "dossier_crebo": "str", "domein": "str", "code": "str",
                   "kerntaken": "int64", "werkprocessen": "int64", "competenties": "int64", "regel": "int64"}
NOT_READ = "dossier niet gelezen"
"""str: the ``soort`` of a problem that kept a dossier out of the register."""

_SHOWN = 12  # candidates named in a message; the rest are counted


@dataclasses.dataclass(frozen=True, eq=False)
class Register:
    """Every kwalificatiedossier of one file of SBB's qualification structure.

    Attributes
    ----------
    dossiers : pandas.DataFrame
        One row per dossier, in the file's order: ``nr`` (SBB's id), ``titel``,
        ``dossier_crebo``, ``versie``, ``status``, ``domein`` and ``sectorkamer`` (titles from
        the register's own lists), ``geldig_vanaf``, ``profielen`` (how many), ``regel``.
    profielen : pandas.DataFrame
        One row per profiel of every dossier: ``profiel`` (a name unique in the register:
        the title, with the crebo or dossier nr where titles repeat), ``titel``, ``crebo``,
        ``niveau``, ``beroepsgroep``, ``dossier``, ``dossier_nr``, ``dossier_crebo``,
        ``domein``, ``code`` (``P1`` …), ``kerntaken``, ``werkprocessen``, ``competenties``
        (distinct), ``regel``.
    behoeften : pandas.DataFrame
        One row per profiel, werkproces and competency it needs: ``profiel`` (the unique
        name), ``werkproces_id``, ``competentie``, ``deel``.
    problemen : pandas.DataFrame
        What was not read or is doubtful: ``bestand``, ``regel``, ``dossier_nr``, ``dossier``,
        ``soort`` (:data:`NOT_READ` for a dossier that did not read, "crebo dubbel" for a
        crebo that appears twice) and ``probleem``.
    source : str
        The XML file.
    read_dossier : callable
        Given by the reader: a row position of ``dossiers`` to its :class:`Dossier`.
    read_profile : callable
        Given by the reader: a row position of ``profielen`` to its :class:`Profile`.
    """

    dossiers: pd.DataFrame
    profielen: pd.DataFrame
    behoeften: pd.DataFrame
    problemen: pd.DataFrame
    source: str
    read_dossier: Callable[[int], Dossier] = dataclasses.field(repr=False)
    read_profile: Callable[[int], Profile] = dataclasses.field(repr=False)

    @property
    def bronvermelding(self):
        """str: the source line printed under charts."""
        return f"Bron: {count(len(self.dossiers), 'kwalificatiedossier', 'kwalificatiedossiers')}, SBB"

    @property
    def several_dossiers(self):
        """bool: whether the file holds more than one dossier, read or not: a register, not one dossier's export."""
        return len(self.dossiers) + int((self.problemen["soort"] == NOT_READ).sum()) > 1

    def chosen_profile(self, **options: str | None) -> Profile:
        """Return the profiel that the options of ``load_profile`` name: ``profiel`` and ``dossier``.

        Parameters
        ----------
        **options
            ``profiel`` (crebo or title) and ``dossier`` (nr, crebo or title); None counts as
            not given, and any other option is refused.

        Returns
        -------
        Profile

        Raises
        ------
        ProfileError
            For another option, or a choice that fits no profiel or several.
        """
        unknown = sorted(name for name, value in options.items() if value is not None and name not in
                         ("profiel", "dossier"))
        if unknown:
            raise ProfileError(self.source, "opties", f"de optie '{unknown[0]}' past niet bij een register",
                               "kies met profiel= en dossier=")
        return self.profile(options.get("profiel"), dossier=options.get("dossier"))

    def dossier(self, dossier: str | int | None = None) -> Dossier:
        """Return one dossier as a Dossier.

        Parameters
        ----------
        dossier : str or int, optional
            SBB's dossier nr, the dossier's crebo or its title (case, accents and spacing
            do not matter); may be left out when the register holds one dossier.

        Returns
        -------
        Dossier

        Raises
        ------
        ProfileError
            For a name that fits no dossier or several (the message lists them).
        """
        return self.read_dossier(self._dossier_position(dossier))

    def profile(self, profiel: str | int | None = None, dossier: str | int | None = None) -> Profile:
        """Return one profiel as a Profile.

        Parameters
        ----------
        profiel : str or int, optional
            The profiel's crebo or title (or its name in :attr:`profielen`); may be left out
            when the choice holds one profiel.
        dossier : str or int, optional
            Look only in this dossier (nr, crebo or title), for a title that several
            dossiers use.

        Returns
        -------
        Profile

        Raises
        ------
        ProfileError
            For a name that fits no profiel or several (the message lists them).
        """
        table = self.profielen
        within = pd.Series(True, index=table.index)
        if dossier is not None and str(dossier).strip() != "":
            chosen = self.dossiers.iloc[self._dossier_position(dossier)]
            within = (table["dossier_nr"] == chosen["nr"]) & (table["dossier_crebo"] == chosen["dossier_crebo"])
        names = [f"{row.titel} (crebo {row.crebo}, dossier {row.dossier})" for row in table.itertuples()]
        position = self._choose(profiel, [table["crebo"], table["titel"], table["profiel"]], names, "profiel",
                                "profielen", "--profiel (crebo of titel)", within=within.to_numpy())
        return self.read_profile(position)

    def to_corpus(self) -> Corpus:
        """Return the register's profielen as a Corpus (for the analyses of several dossiers).

        Returns
        -------
        Corpus
        """
        profielen = self.profielen.assign(soort="kwalificatiedossier", bestand=Path(self.source).name)
        columns = ["profiel", "titel", "crebo", "niveau", "soort", "dossier", "dossier_crebo", "bestand",
                   "werkprocessen", "competenties"]
        return Corpus(profielen[columns].astype({"niveau": "Int64"}), self.behoeften, self.source)

    def _dossier_position(self, dossier):
        """The row position of the dossier that ``dossier`` names (nr, crebo or title)."""
        table = self.dossiers
        return self._choose(dossier, [table["nr"], table["dossier_crebo"], table["titel"]],
                            [_dossier_name(row) for row in table.itertuples()], "dossier", "dossiers",
                            "--dossier (nr, crebo of titel)")

    def _choose(self, wanted, keys, names, one, several, option, within=None):
        """The row position that ``wanted`` names in one of the key columns, or a ProfileError listing the choices."""
        size = len(names)
        allowed = [True] * size if within is None else list(within)
        candidates = [position for position in range(size) if allowed[position]]
        if wanted is None or str(wanted).strip() == "":
            if len(candidates) == 1:
                return candidates[0]
            raise ProfileError(self.source, several, f"dit register heeft {count(len(candidates), one, several)}: "
                               f"{_listed(names, candidates)}", f"kies er een met {option}")
        key = _key(wanted)
        found = []
        for column in keys:
            folded = [_key(value) for value in column]
            found = [position for position in candidates if folded[position] == key]
            if found:
                break
        if len(found) == 1:
            return found[0]
        if found:
            raise ProfileError(self.source, several, f"'{wanted}' past bij {count(len(found), one, several)}: "
                               f"{_listed(names, found)}", f"kies er een met {option}")
        raise ProfileError(self.source, several, f"geen {one} '{wanted}' in dit register; er zijn: "
                           f"{_listed(names, candidates)}", f"kies er een met {option}")


def _dossier_name(row):
    return f"{row.titel} (crebo {row.dossier_crebo}, nr {row.nr})"


def _listed(names, positions):
    shown = "; ".join(names[position] for position in positions[:_SHOWN])
    rest = len(positions) - _SHOWN
    return shown + (f"; en nog {rest}" if rest > 0 else "")


def _key(text):
    return " ".join(fold(str(text)).split())
