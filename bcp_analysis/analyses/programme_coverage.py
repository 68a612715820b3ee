"""What a programme's onderdelen examine: per werkproces the examining onderdelen, the gaps and the doubles.

An onderdeel examines a werkproces where it gives it the niveau ``toetsen``: every exam of an
examenplan, and a module of the committee's CSV that says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from bcp_analysis.analyses.programme_pairing import Curriculum  # noqa: TC001 - the annotations resolve at run time
from bcp_analysis.model.competencies import competency_names
from bcp_analysis.paths import EXAMPLE_CURRICULUM  # noqa: F401 - the docstring examples use it

if TYPE_CHECKING:  # names of the annotations only
    from collections.abc import Iterable

    from bcp_analysis.model.profile import Profile

__all__: list[str] = []  # nothing of it is used outside its layer

EXAMINED = "toetsen"
"""str: the niveau of a werkproces an onderdeel examines."""


def competencies_outside(profile: Profile, werkproces_ids: Iterable[str]) -> list[str]:
    """Return the profile's competencies needed only outside the given werkprocessen, in SBB order.

    Parameters
    ----------
    profile : Profile
    werkproces_ids : iterable of str

    Returns
    -------
    list of str
        Canonical names.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> outside = competencies_outside(load_profile(), ["1.1"])  # 1.1 needs Onderzoeken; the profile never Aansturen
    >>> "Onderzoeken" in outside, "Aansturen" in outside, "Begeleiden" in outside
    (False, False, True)
    """
    links = profile.competenties
    needed = set(links["competentie"])
    brought = set(links.loc[links["werkproces_id"].isin(set(werkproces_ids)), "competentie"])
    return [name for name in competency_names() if name in needed and name not in brought]


def examining_onderdelen(curriculum: Curriculum, profile: Profile) -> pd.DataFrame:
    """Return per werkproces the onderdelen that examine it (niveau ``toetsen``).

    Parameters
    ----------
    curriculum : Curriculum
    profile : Profile

    Returns
    -------
    pandas.DataFrame
        One row per werkproces, in profile order: ``werkproces_id``, ``titel``, ``aantal`` (int)
        and ``onderdelen`` (str, in the document's order, joined by "; ").

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.analyses.programme_pairing import load_curriculum
    >>> profile = load_profile()
    >>> table = examining_onderdelen(load_curriculum(EXAMPLE_CURRICULUM, profile), profile)
    >>> table.set_index("werkproces_id").loc["3.3", "onderdelen"]  # four modules cover 3.3, one examines it
    'Beroepspraktijkvorming'
    """
    links = curriculum.werkproces_pairs
    links = links[links["niveau"] == EXAMINED]
    order = {name: index for index, name in enumerate(curriculum.onderdelen)}
    rows = []
    for werkproces_id, titel in zip(profile.werkprocessen["werkproces_id"], profile.werkprocessen["titel"]):
        names = sorted(set(links.loc[links["werkproces_id"] == werkproces_id, "onderdeel"]), key=order.get)
        rows.append({"werkproces_id": werkproces_id, "titel": titel, "aantal": len(names),
                     "onderdelen": "; ".join(names)})
    return pd.DataFrame(rows, columns=["werkproces_id", "titel", "aantal", "onderdelen"]).astype(
        {"werkproces_id": "str", "titel": "str", "aantal": "int64", "onderdelen": "str"})


def unexamined_werkprocessen(curriculum: Curriculum, profile: Profile) -> list[str]:
    """Return the werkprocessen no onderdeel examines (niveau ``toetsen``), in profile order.

    Parameters
    ----------
    curriculum : Curriculum
    profile : Profile

    Returns
    -------
    list of str

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.analyses.programme_pairing import load_curriculum
    >>> profile = load_profile()
    >>> unexamined_werkprocessen(load_curriculum(EXAMPLE_CURRICULUM, profile), profile)
    ['1.3', '2.4', '3.7']
    """
    table = examining_onderdelen(curriculum, profile)
    return table.loc[table["aantal"] == 0, "werkproces_id"].tolist()


def doubly_examined_werkprocessen(curriculum: Curriculum, profile: Profile) -> list[str]:
    """Return the werkprocessen more than one onderdeel examines, in profile order.

    Parameters
    ----------
    curriculum : Curriculum
    profile : Profile

    Returns
    -------
    list of str

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.analyses.programme_pairing import load_curriculum
    >>> profile = load_profile()
    >>> doubly_examined_werkprocessen(load_curriculum(EXAMPLE_CURRICULUM, profile), profile)  # one exam each
    []
    """
    table = examining_onderdelen(curriculum, profile)
    return table.loc[table["aantal"] > 1, "werkproces_id"].tolist()


def kerntaken_without_exam(curriculum: Curriculum, profile: Profile) -> list[str]:
    """Return the kerntaken that no onderdeel examines: no proeve, through a werkproces or the kerntaak itself.

    Parameters
    ----------
    curriculum : Curriculum
    profile : Profile

    Returns
    -------
    list of str
        Kerntaak ids in profile order.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.analyses.programme_pairing import load_curriculum
    >>> profile = load_profile()
    >>> kerntaken_without_exam(load_curriculum(EXAMPLE_CURRICULUM, profile), profile)
    []
    """
    pairs = curriculum.koppelingen
    examined = set(pairs.loc[pairs["niveau"] == EXAMINED, "kerntaak_id"])
    return [kerntaak_id for kerntaak_id in profile.kerntaken["kerntaak_id"] if kerntaak_id not in examined]


PROEVE = "proeve van bekwaamheid"
"""str: the soort of an onderdeel that is a proeve van bekwaamheid."""


def kerntaken_without_proeve(curriculum: Curriculum, profile: Profile) -> list[str] | None:
    """Return the kerntaken that no proeve van bekwaamheid covers; None when the document names no proeve.

    A proeve covers a kerntaak through a werkproces of it that it is paired with, or by naming
    the kerntaak itself. A document without any proeve (a list of modules, an OER without its
    examenplan) says nothing about proeven, hence None rather than every kerntaak.

    Parameters
    ----------
    curriculum : Curriculum
    profile : Profile

    Returns
    -------
    list of str or None
        Kerntaak ids in profile order.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.analyses.programme_pairing import load_curriculum
    >>> from bcp_analysis.paths import EXAMPLE_EXAMENPLAN
    >>> profile = load_profile()
    >>> kerntaken_without_proeve(load_curriculum(EXAMPLE_EXAMENPLAN, profile), profile)  # 2: a praktijkexamen only
    ['2']
    >>> kerntaken_without_proeve(load_curriculum(EXAMPLE_CURRICULUM, profile), profile) is None  # modules only
    True
    """
    onderdelen = curriculum.programme.onderdelen
    proeven = set(onderdelen.loc[onderdelen["soort"] == PROEVE, "onderdeel"])
    if not proeven:
        return None
    pairs = curriculum.koppelingen
    covered = set(pairs.loc[pairs["onderdeel"].isin(proeven), "kerntaak_id"])
    return [kerntaak_id for kerntaak_id in profile.kerntaken["kerntaak_id"] if kerntaak_id not in covered]


def unexamined_competencies(curriculum: Curriculum, profile: Profile) -> list[str]:
    """Return the profile's competencies that no exam touches: needed only in werkprocessen no onderdeel examines.

    Parameters
    ----------
    curriculum : Curriculum
    profile : Profile

    Returns
    -------
    list of str
        Canonical names, in SBB order.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.analyses.programme_pairing import load_curriculum
    >>> profile = load_profile()
    >>> unexamined_competencies(load_curriculum(EXAMPLE_CURRICULUM, profile), profile)
    ['Relaties bouwen en netwerken', 'Kwaliteit leveren']
    """
    links = curriculum.werkproces_pairs
    return competencies_outside(profile, links.loc[links["niveau"] == EXAMINED, "werkproces_id"])
