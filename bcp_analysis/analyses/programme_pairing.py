"""A programme paired with a profile: by code where the titles agree, else by title, else reported.

A school's examenplan names werkprocessen by the codes of the edition it was written for. Another
edition of the same dossier may give the same code to another werkproces (the Utrecht examenplan's
B1-K1-W1 "Zorgt voor een veilig pedagogisch klimaat" is B1-K1-W7 in the bundled edition), so a
code pairs only where its title agrees with the profile's; a code whose title is another
werkproces's pairs with that one by title, and a code whose title matches none is reported, never
attributed by its code alone.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import pandas as pd

from bcp_analysis.model.programme import Programme, same_title, title_similarity
from bcp_analysis.paths import EXAMPLE_CURRICULUM  # noqa: F401 - the docstring examples use it

if TYPE_CHECKING:  # names of the annotations only
    import os

    from bcp_analysis.model.profile import Profile

__all__: list[str] = []  # nothing of it is used outside its layer

PAIRING_COLUMNS = {"onderdeel": "str", "werkproces_id": "str", "kerntaak_id": "str", "niveau": "str",
                   "code": "str", "titel": "str", "titel_gelijkenis": "Int64", "koppeling": "str",
                   "regel": "Int64", "pagina": "Int64"}
"""dict: the columns of the pairs (``koppelingen``) and their dtypes.

``werkproces_id`` and ``kerntaak_id`` are the profile's (``werkproces_id`` "" for a row that names
only a kerntaak); ``code`` and ``titel`` are as the document prints them; ``titel_gelijkenis`` is how
alike the document's title is to the profile's (0–100, empty without a title); ``koppeling`` says
how the row was paired: ``code en titel``, ``titel`` (another code, the same title), ``code``
(the document gives no title) or ``kerntaak``."""

REPORTED_COLUMNS = {"code": "str", "titel": "str", "reden": "str", "lijkt_op": "str", "titel_gelijkenis": "Int64",
                    "onderdelen": "str", "regel": "Int64", "pagina": "Int64"}
"""dict: the columns of the reported codes (``gemeld``) and their dtypes.

One row per code and title of the document that paired with nothing: ``reden`` says why in Dutch,
``lijkt_op`` names the profile's closest werkproces (code and title) with its ``titel_gelijkenis``, and
``onderdelen`` the onderdelen that name the code ("; "-joined; "" when none does)."""

_CODE_AND_TITLE, _TITLE, _CODE, _KERNTAAK = "code en titel", "titel", "code", "kerntaak"


def _titles_of_rows(programme):
    """Per (code, regel, pagina) and per code: the title the document prints with it."""
    by_place, by_code = {}, {}
    table = programme.werkprocessen
    for code, titel, regel, pagina in table[["werkproces_id", "titel", "regel", "pagina"]].itertuples(index=False):
        by_place.setdefault((code, _plain(regel), _plain(pagina)), titel)
        if titel:
            by_code.setdefault(code, titel)
    return by_place, by_code


def _plain(value):
    return None if pd.isna(value) else int(value)


def _closest(titel, titles):
    """The werkproces whose title is most like ``titel``: (id, similarity), the first in profile order on a tie."""
    best, score = "", -1
    for werkproces_id, other in titles.items():
        similarity = title_similarity(titel, other)
        if similarity > score:
            best, score = werkproces_id, similarity
    return best, score


def _pair_code(code, titel, titles):
    """How one code with its title pairs: (werkproces_id or None, koppeling, gelijkenis, reden, lijkt_op)."""
    if not titel:
        if code in titles:
            return code, _CODE, None, "", ""
        return None, "", None, "de code staat niet in het profiel en het document geeft er geen titel bij", ""
    own = title_similarity(titel, titles[code]) if code in titles else None
    if own is not None and same_title(titel, titles[code]):
        return code, _CODE_AND_TITLE, own, "", ""
    best, score = _closest(titel, titles)
    if best and same_title(titel, titles[best]):
        return best, _TITLE, score, "", ""
    reden = (f"in het profiel heet {code} '{titles[code]}' (gelijkenis {own}%)" if own is not None
             else "de code staat niet in het profiel")
    return None, "", score if best else None, reden + "; de titel past bij geen werkproces van het profiel", best


def _kerntaak_pairs(programme, profile):
    """The kerntaak codes of rows that name only a kerntaak: the profile's code, or None."""
    own = dict(zip(profile.kerntaken["kerntaak_id"], profile.kerntaken["titel"]))
    printed = dict(zip(programme.kerntaken["kerntaak_id"], programme.kerntaken["titel"]))
    pairs = {}
    for code in dict.fromkeys(programme.dekking.loc[programme.dekking["werkproces_id"] == "", "kerntaak_id"]):
        titel = printed.get(code, "")
        if code in own and (not titel or same_title(titel, own[code])):
            pairs[code] = code
            continue
        match = next((other for other, name in own.items() if titel and same_title(titel, name)), None)
        pairs[code] = match
    return pairs


def pair_programme(programme: Programme, profile: Profile) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Pair every row of a programme's ``dekking`` with the profile: by code and title, by title, or reported.

    A code whose printed title is the profile's title of that code (accents, case, spaces and small
    typos aside) pairs by code. A code printed with the title of another werkproces of the profile
    pairs with that werkproces, by title. A code whose title is no werkproces's title, and a code
    the profile does not have printed without a title, pair with nothing and are reported. A code
    printed without any title pairs by code alone. A row that names only a kerntaak pairs with
    the profile's kerntaak of that code (or of that title).

    Parameters
    ----------
    programme : Programme
    profile : Profile

    Returns
    -------
    (pandas.DataFrame, pandas.DataFrame)
        The pairs, columns :data:`PAIRING_COLUMNS`, in the order of ``dekking``; and the reported
        codes, columns :data:`REPORTED_COLUMNS`, in the order the document names them.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.readers.programme_csv import READER
    >>> from bcp_analysis.paths import EXAMPLE_CURRICULUM
    >>> pairs, reported = pair_programme(READER.read_programme(EXAMPLE_CURRICULUM), load_profile())
    >>> len(pairs), len(reported), sorted(set(pairs["koppeling"]))
    (26, 0, ['code'])
    """
    titles = dict(zip(profile.werkprocessen["werkproces_id"], profile.werkprocessen["titel"]))
    kerntaak_of = dict(zip(profile.werkprocessen["werkproces_id"], profile.werkprocessen["kerntaak_id"]))
    by_place, by_code = _titles_of_rows(programme)
    kerntaken = _kerntaak_pairs(programme, profile)
    pairs, reported, decided = [], {}, {}
    for row in programme.dekking.itertuples(index=False):
        place = {"regel": _plain(row.regel), "pagina": _plain(row.pagina)}
        if not row.werkproces_id:
            kerntaak = kerntaken.get(row.kerntaak_id)
            if kerntaak is None:
                _report(reported, row.kerntaak_id, "", row.onderdeel, place,
                        ("de kerntaak staat niet in het profiel", "", None))
                continue
            pairs.append({"onderdeel": row.onderdeel, "werkproces_id": "", "kerntaak_id": kerntaak,
                          "niveau": row.niveau, "code": row.kerntaak_id, "koppeling": _KERNTAAK, **place})
            continue
        titel = by_place.get((row.werkproces_id, place["regel"], place["pagina"])) or by_code.get(row.werkproces_id, "")
        key = (row.werkproces_id, titel)
        if key not in decided:
            decided[key] = _pair_code(row.werkproces_id, titel, titles)
        werkproces_id, koppeling, gelijkenis, reden, lijkt_op = decided[key]
        if werkproces_id is None:
            _report(reported, row.werkproces_id, titel, row.onderdeel, place, (reden, lijkt_op, gelijkenis))
            continue
        pairs.append({"onderdeel": row.onderdeel, "werkproces_id": werkproces_id,
                      "kerntaak_id": kerntaak_of[werkproces_id], "niveau": row.niveau, "code": row.werkproces_id,
                      "titel": titel, "titel_gelijkenis": gelijkenis, "koppeling": koppeling, **place})
    _report_unnamed(reported, programme, titles, by_code, decided)
    reported_rows = [{**entry, "onderdelen": "; ".join(dict.fromkeys(entry["onderdelen"]))}
                     for entry in reported.values()]
    reported_rows = [{**row, "lijkt_op": f"{row['lijkt_op']} {titles[row['lijkt_op']]}" if row["lijkt_op"] else ""}
                     for row in reported_rows]
    return _table(pairs, PAIRING_COLUMNS), _table(reported_rows, REPORTED_COLUMNS)


def _report(reported, code, titel, onderdeel, place, why):
    reden, lijkt_op, gelijkenis = why
    entry = reported.setdefault((code, titel), {"code": code, "titel": titel, "reden": reden, "lijkt_op": lijkt_op,
                                                "titel_gelijkenis": gelijkenis, "onderdelen": [], **place})
    if onderdeel:
        entry["onderdelen"].append(onderdeel)


def _report_unnamed(reported, programme, titles, by_code, decided):
    """Codes the document names outside any onderdeel that the profile does not have, or under another title."""
    for code, titel, regel, pagina in programme.werkprocessen[["werkproces_id", "titel", "regel", "pagina"]].itertuples(
            index=False):
        titel = titel or by_code.get(code, "")
        if (code, titel) in decided or (code, titel) in reported:
            continue
        werkproces_id, _, gelijkenis, reden, lijkt_op = _pair_code(code, titel, titles)
        if werkproces_id is None:
            _report(reported, code, titel, "", {"regel": _plain(regel), "pagina": _plain(pagina)},
                    (reden, lijkt_op, gelijkenis))


def _table(rows, columns):
    frame = pd.DataFrame(rows, columns=list(columns))
    for column, dtype in columns.items():
        if dtype == "str":
            frame[column] = [value if isinstance(value, str) else "" for value in frame[column]]
    return frame.astype(columns).reset_index(drop=True)


# --- the programme held against the profile ---------------------------------------------------


@dataclasses.dataclass(frozen=True, eq=False)
class Curriculum:
    """A programme held against a profile: its onderdelen paired with the profile's werkprocessen.

    Attributes
    ----------
    programme : Programme
        The programme as read, unchanged.
    koppelingen : pandas.DataFrame
        One row per row of the programme's ``dekking`` that paired, columns
        :data:`~bcp_analysis.analyses.programme_pairing.PAIRING_COLUMNS`: the ``onderdeel``, the
        profile's ``werkproces_id`` (and ``kerntaak_id``), the ``niveau``, the ``code`` and
        ``titel`` as the document prints them, their ``titel_gelijkenis`` and how they were paired.
    gemeld : pandas.DataFrame
        The codes of the document that paired with nothing, with the reason
        (:data:`~bcp_analysis.analyses.programme_pairing.REPORTED_COLUMNS`).
    profiel : dict
        The profile it was held against: ``titel`` and ``crebo`` (None for a BCP).
    """

    programme: Programme
    koppelingen: pd.DataFrame
    gemeld: pd.DataFrame
    profiel: dict

    @property
    def onderdelen(self) -> list[str]:
        """list of str: the onderdelen that name a werkproces or kerntaak, in the document's order."""
        named = list(dict.fromkeys(self.programme.dekking["onderdeel"]))
        known = set(named)
        ordered = [name for name in self.programme.onderdelen["onderdeel"] if name in known]
        placed = set(ordered)
        return ordered + [name for name in named if name not in placed]

    @property
    def werkproces_pairs(self) -> pd.DataFrame:
        """pandas.DataFrame: the rows of ``koppelingen`` with a werkproces (not those that name only a kerntaak)."""
        return self.koppelingen[self.koppelingen["werkproces_id"] != ""]

    @property
    def modules_only(self) -> bool:
        """bool: whether every onderdeel is a module (a programme of modules, such as the CSV), not an exam."""
        soorten = set(self.programme.onderdelen["soort"])
        return bool(soorten) and soorten == {"module"}


def load_curriculum(document: str | os.PathLike | Programme, profile: Profile) -> Curriculum:
    """Read a programme and hold it against a profile: which onderdeel covers which werkproces, and how.

    The document is a school's examenplan, OER or toetsplan (any format
    :func:`~bcp_analysis.readers.load_programme` reads), the committee's CSV
    (``data/curriculum/README.md``), or a Programme already read. Its codes are paired with the
    profile's werkprocessen by :func:`~bcp_analysis.analyses.programme_pairing.pair_programme`:
    a code pairs where its printed title is the profile's title of that code; a code printed
    with another werkproces's title pairs by title; a code whose title is no werkproces's is
    reported in ``gemeld``, never attributed by its code alone.

    A CSV is typed by hand for one profile, so there an unknown id and a title of another id are
    refused (:func:`~bcp_analysis.readers.programme_csv.check_against_profile`), with the row.

    Parameters
    ----------
    document : str or os.PathLike or Programme
    profile : Profile
        A BCP, a profiel of a kwalificatiedossier or of a register.

    Returns
    -------
    Curriculum

    Raises
    ------
    ProfileError
        When the document cannot be read as a programme, and for a CSV whose ids or titles do not
        fit the profile; the message names the file, the place (``rij N`` in a CSV), what is wrong
        and the likely fix.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> profile = load_profile()
    >>> curriculum = load_curriculum(EXAMPLE_CURRICULUM, profile)
    >>> curriculum.koppelingen[["onderdeel", "werkproces_id", "niveau"]].iloc[0].tolist()
    ['Oriëntatie op accountmanagement', '1.1', 'introductie']
    >>> len(curriculum.onderdelen), len(curriculum.gemeld)
    (9, 0)
    """
    from bcp_analysis.readers import find_programme_reader, load_programme

    programme = document if isinstance(document, Programme) else load_programme(document)
    reader = find_programme_reader(programme.source)
    if reader is not None:   # a format typed for one profile (a CSV) checks its ids and titles against it
        reader.check_against_profile(programme, profile)
    pairs, reported = pair_programme(programme, profile)
    return Curriculum(programme=programme, koppelingen=pairs, gemeld=reported,
                      profiel={"titel": profile.titel, "crebo": profile.meta.get("crebo")})


def crebo_mismatch(curriculum: Curriculum) -> str | None:
    """Return the sentence that the programme is for another crebo than the profile, or None.

    Parameters
    ----------
    curriculum : Curriculum

    Returns
    -------
    str or None
        ``"Let op: dit examenplan is voor crebo 25697; het profiel is crebo 25484."``, or None when
        the crebos agree or one of the two does not say.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> crebo_mismatch(load_curriculum(EXAMPLE_CURRICULUM, load_profile())) is None  # a CSV and a BCP name none
    True
    """
    own, theirs = curriculum.programme.crebo, curriculum.profiel.get("crebo")
    if not own or not theirs or str(own) == str(theirs):
        return None
    return f"Let op: dit examenplan is voor crebo {own}; het profiel is crebo {theirs}."
