"""A programme held against the profile: which onderdelen cover and examine which werkprocessen, and the gaps.

The programme is any document :func:`~bcp_analysis.readers.load_programme` reads (a school's
examenplan, OER or toetsplan, or the committee's CSV) or a
:class:`~bcp_analysis.model.programme.Programme`; :func:`load_curriculum` pairs its codes with the
profile's werkprocessen (:mod:`bcp_analysis.analyses.programme_pairing`) and every analysis here
works on the result, a :class:`Curriculum`. The Dutch report is in
:mod:`bcp_analysis.analyses.curriculum_report`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from bcp_analysis.analyses.programme_pairing import Curriculum, crebo_mismatch, load_curriculum
from bcp_analysis.dutch import count
from bcp_analysis.model.competencies import competency_names
from bcp_analysis.paths import EXAMPLE_CURRICULUM  # noqa: F401 - the docstring examples use it
from bcp_analysis.readers.programme_csv import NIVEAUS

if TYPE_CHECKING:  # names of the annotations only
    from collections.abc import Iterable

    from bcp_analysis.model.profile import Profile

__all__ = [
    "NIVEAUS",
    "ZONDER_NIVEAU",
    "Curriculum",
    "load_curriculum",
    "curriculum_matrix",
    "uncovered_werkprocessen",
    "uncovered_competencies",
    "coverage_counts",
    "taught_not_assessed",
    "unknown_depth",
    "examining_onderdelen",
    "unexamined_werkprocessen",
    "doubly_examined_werkprocessen",
    "kerntaken_without_exam",
    "unexamined_competencies",
    "crebo_mismatch",
    "selection_coverage",
    "curriculum_report",
    "coverage_title",
]

ZONDER_NIVEAU = "x"
"""str: the matrix value of a werkproces an onderdeel covers without saying how deep."""
_MATRIX_RANK = {"": 0, ZONDER_NIVEAU: 1, "introductie": 2, "oefenen": 3, "toetsen": 4}
_EXAMINED = "toetsen"


def curriculum_matrix(curriculum: Curriculum, profile: Profile) -> pd.DataFrame:
    """Return the onderdeel × werkproces matrix, like the SBB's proces-competentie-matrix.

    Parameters
    ----------
    curriculum : Curriculum
        From :func:`load_curriculum`.
    profile : Profile

    Returns
    -------
    pandas.DataFrame
        Index ``onderdeel`` (every onderdeel that names a werkproces or kerntaak, in the
        document's order), columns ``werkproces_id`` (all werkprocessen, in profile order). Each
        cell is the highest niveau the onderdeel gives the werkproces as text: ``toetsen`` >
        ``oefenen`` > ``introductie`` > ``x`` (covered, niveau not given) > ``""`` (not covered).

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> profile = load_profile()
    >>> matrix = curriculum_matrix(load_curriculum(EXAMPLE_CURRICULUM, profile), profile)
    >>> matrix.shape
    (9, 15)
    >>> matrix.loc["Verkoopplan en voortgangsbewaking", ["1.2", "1.3", "1.4"]].tolist()
    ['toetsen', '', 'toetsen']
    """
    onderdelen = curriculum.onderdelen
    ids = profile.werkprocessen["werkproces_id"].tolist()
    cells = {(onderdeel, werkproces_id): "" for onderdeel in onderdelen for werkproces_id in ids}
    pairs = curriculum.werkproces_pairs[["onderdeel", "werkproces_id", "niveau"]]
    for onderdeel, werkproces_id, niveau in pairs.itertuples(index=False):
        value = niveau if niveau in _MATRIX_RANK else ZONDER_NIVEAU
        if _MATRIX_RANK[value] > _MATRIX_RANK[cells[(onderdeel, werkproces_id)]]:
            cells[(onderdeel, werkproces_id)] = value
    matrix = pd.DataFrame([[cells[(onderdeel, werkproces_id)] for werkproces_id in ids] for onderdeel in onderdelen],
                          index=pd.Index(onderdelen, name="onderdeel", dtype="str"),
                          columns=pd.Index(ids, name="werkproces_id", dtype="str"))
    return matrix.astype("str")


def selection_coverage(curriculum: Curriculum, profile: Profile, werkproces_ids: Iterable[str]) -> pd.DataFrame:
    """Return, for some werkprocessen, the onderdelen that cover each of them: the gaps have none.

    Parameters
    ----------
    curriculum : Curriculum
        From :func:`load_curriculum`.
    profile : Profile
    werkproces_ids : iterable of str

    Returns
    -------
    pandas.DataFrame
        One row per werkproces of the selection, in profile order: ``werkproces_id``,
        ``titel``, ``modules`` (str: each covering onderdeel with its highest niveau in
        brackets, in the document's order, joined by "; "; "" for a gap) and ``gedekt`` (bool).

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> profile = load_profile()
    >>> table = selection_coverage(load_curriculum(EXAMPLE_CURRICULUM, profile), profile, ["2.4", "3.3"])
    >>> table[["werkproces_id", "gedekt"]].values.tolist()
    [['2.4', False], ['3.3', True]]
    """
    wanted = set(werkproces_ids)
    matrix = curriculum_matrix(curriculum, profile)
    rows = []
    for werkproces_id, titel in zip(profile.werkprocessen["werkproces_id"], profile.werkprocessen["titel"]):
        if werkproces_id not in wanted:
            continue
        column = matrix[werkproces_id]
        modules = [f"{module} ({niveau})" for module, niveau in column.items() if niveau]
        rows.append({"werkproces_id": werkproces_id, "titel": titel, "modules": "; ".join(modules),
                     "gedekt": bool(modules)})
    return pd.DataFrame(rows, columns=["werkproces_id", "titel", "modules", "gedekt"]).astype(
        {"werkproces_id": "str", "titel": "str", "modules": "str", "gedekt": "bool"})


def uncovered_werkprocessen(curriculum: Curriculum, profile: Profile) -> list[str]:
    """Return the werkprocessen that no onderdeel covers, at any niveau, in profile order.

    Parameters
    ----------
    curriculum : Curriculum
        From :func:`load_curriculum`.
    profile : Profile

    Returns
    -------
    list of str

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> profile = load_profile()
    >>> uncovered_werkprocessen(load_curriculum(EXAMPLE_CURRICULUM, profile), profile)
    ['2.4', '3.7']
    """
    covered = set(curriculum.werkproces_pairs["werkproces_id"])
    return [werkproces_id for werkproces_id in profile.werkprocessen["werkproces_id"] if werkproces_id not in covered]


def _competencies_outside(profile, werkproces_ids):
    """The profile's competencies needed only outside the given werkprocessen, in SBB order."""
    links = profile.competenties
    needed = set(links["competentie"])
    brought = set(links.loc[links["werkproces_id"].isin(set(werkproces_ids)), "competentie"])
    return [name for name in competency_names() if name in needed and name not in brought]


def uncovered_competencies(curriculum: Curriculum, profile: Profile) -> list[str]:
    """Return the profile's competencies that no covered werkproces brings in, in SBB order.

    Parameters
    ----------
    curriculum : Curriculum
        From :func:`load_curriculum`.
    profile : Profile

    Returns
    -------
    list of str
        Canonical names of competencies the profile asks for in some werkproces, but only
        in werkprocessen no onderdeel covers.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> profile = load_profile()
    >>> uncovered_competencies(load_curriculum(EXAMPLE_CURRICULUM, profile), profile)
    ['Relaties bouwen en netwerken', 'Kwaliteit leveren']
    """
    return _competencies_outside(profile, curriculum.werkproces_pairs["werkproces_id"])


def coverage_counts(curriculum: Curriculum, profile: Profile) -> pd.DataFrame:
    """Count per werkproces how many onderdelen cover it and how many examine it.

    Parameters
    ----------
    curriculum : Curriculum
        From :func:`load_curriculum`.
    profile : Profile

    Returns
    -------
    pandas.DataFrame
        Columns ``werkproces_id``, ``titel``, ``aantal_onderdelen`` (int: distinct onderdelen
        covering it), ``aantal_getoetst`` (int: distinct onderdelen that give it niveau
        ``toetsen``) and ``getoetst`` (bool: at least one), one row per werkproces in profile order.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> profile = load_profile()
    >>> counts = coverage_counts(load_curriculum(EXAMPLE_CURRICULUM, profile), profile)
    >>> row = counts.set_index("werkproces_id").loc["3.3"]
    >>> int(row["aantal_onderdelen"]), int(row["aantal_getoetst"]), bool(row["getoetst"])
    (4, 1, True)
    """
    links = curriculum.werkproces_pairs
    covering = links.groupby("werkproces_id")["onderdeel"].nunique()
    examining = links[links["niveau"] == _EXAMINED].groupby("werkproces_id")["onderdeel"].nunique()
    table = profile.werkprocessen[["werkproces_id", "titel"]].copy()
    table["aantal_onderdelen"] = [int(covering.get(werkproces_id, 0)) for werkproces_id in table["werkproces_id"]]
    table["aantal_getoetst"] = [int(examining.get(werkproces_id, 0)) for werkproces_id in table["werkproces_id"]]
    table["getoetst"] = table["aantal_getoetst"] > 0
    return table.astype({"aantal_onderdelen": "int64", "aantal_getoetst": "int64", "getoetst": "bool"}
                        ).reset_index(drop=True)


def taught_not_assessed(curriculum: Curriculum, profile: Profile) -> list[str]:
    """Return the werkprocessen that onderdelen teach but none examines, in profile order.

    A werkproces counts when at least one row gives it a niveau (``introductie`` or
    ``oefenen``) and no row gives it ``toetsen``. Werkprocessen covered only by rows
    without a niveau are left out: whether they are assessed is not known.

    Parameters
    ----------
    curriculum : Curriculum
        From :func:`load_curriculum`.
    profile : Profile

    Returns
    -------
    list of str

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> profile = load_profile()
    >>> taught_not_assessed(load_curriculum(EXAMPLE_CURRICULUM, profile), profile)
    ['1.3']
    """
    links = curriculum.werkproces_pairs
    with_niveau = set(links.loc[links["niveau"] != "", "werkproces_id"])
    assessed = set(links.loc[links["niveau"] == _EXAMINED, "werkproces_id"])
    return [werkproces_id for werkproces_id in profile.werkprocessen["werkproces_id"]
            if werkproces_id in with_niveau and werkproces_id not in assessed]


def unknown_depth(curriculum: Curriculum, profile: Profile) -> list[str]:
    """Return the werkprocessen covered only by rows without a niveau, in profile order.

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
    >>> profile = load_profile()
    >>> unknown_depth(load_curriculum(EXAMPLE_CURRICULUM, profile), profile)
    []
    """
    links = curriculum.werkproces_pairs
    with_niveau = set(links.loc[links["niveau"] != "", "werkproces_id"])
    covered = set(links["werkproces_id"])
    return [werkproces_id for werkproces_id in profile.werkprocessen["werkproces_id"]
            if werkproces_id in covered and werkproces_id not in with_niveau]


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
    >>> profile = load_profile()
    >>> table = examining_onderdelen(load_curriculum(EXAMPLE_CURRICULUM, profile), profile)
    >>> table.set_index("werkproces_id").loc["3.3", "onderdelen"]  # four modules cover 3.3, one examines it
    'Beroepspraktijkvorming'
    """
    links = curriculum.werkproces_pairs
    links = links[links["niveau"] == _EXAMINED]
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
    >>> profile = load_profile()
    >>> kerntaken_without_exam(load_curriculum(EXAMPLE_CURRICULUM, profile), profile)
    []
    """
    pairs = curriculum.koppelingen
    examined = set(pairs.loc[pairs["niveau"] == _EXAMINED, "kerntaak_id"])
    return [kerntaak_id for kerntaak_id in profile.kerntaken["kerntaak_id"] if kerntaak_id not in examined]


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
    >>> profile = load_profile()
    >>> unexamined_competencies(load_curriculum(EXAMPLE_CURRICULUM, profile), profile)
    ['Relaties bouwen en netwerken', 'Kwaliteit leveren']
    """
    links = curriculum.werkproces_pairs
    return _competencies_outside(profile, links.loc[links["niveau"] == _EXAMINED, "werkproces_id"])


# --- the findings in Dutch: the report and the chart's title --------------------------------------


def _nouns(curriculum):
    return ("module", "modules") if curriculum.modules_only else ("onderdeel", "onderdelen")


def _place(pagina, regel):
    parts = [f"pagina {int(pagina)}"] if not pd.isna(pagina) else []
    parts += [f"regel {int(regel)}"] if not pd.isna(regel) else []
    return ", ".join(parts)


def _pairing_lines(curriculum):
    """The codes paired by title, and the codes reported, each with what the committee needs to judge."""
    lines = []
    by_title = curriculum.koppelingen[curriculum.koppelingen["koppeling"] == "titel"].drop_duplicates(
        ["code", "titel", "werkproces_id"])
    if len(by_title):
        lines += ["", f"Gekoppeld op titel: de code heet in het profiel anders ({len(by_title)}):"]
        lines += [f"  {row.code} '{row.titel}' → {row.werkproces_id} (gelijkenis {row.gelijkenis}%)"
                  for row in by_title.itertuples()]
    reported = curriculum.gemeld
    if len(reported):
        lines += ["", f"Codes die aan geen werkproces zijn toegekend ({len(reported)}):"]
        for row in reported.itertuples():
            titel = f" '{row.titel}'" if row.titel else ""
            where = _place(row.pagina, row.regel)
            line = f"  {row.code}{titel}{f' ({where})' if where else ''}: {row.reden}"
            if row.lijkt_op:
                line += f"; lijkt het meest op {row.lijkt_op} ({row.gelijkenis}%)"
            if row.onderdelen:
                line += f"; genoemd in: {row.onderdelen}"
            lines.append(line)
    return lines


def _gap_lines(curriculum, profile, titles):
    singular, plural = _nouns(curriculum)
    lines = []

    def block(heading, ids, detail=None):
        lines.append("")
        lines.append(f"{heading} ({len(ids)}):" if ids else f"{heading}: geen.")
        lines.extend(f"  {werkproces_id:<5}{titles[werkproces_id]}{detail(werkproces_id) if detail else ''}"
                     for werkproces_id in ids)

    block(f"Niet gedekt door een {singular}", uncovered_werkprocessen(curriculum, profile))
    links = curriculum.werkproces_pairs
    if (links["niveau"] != "toetsen").any():
        block("Wel onderwezen, nergens getoetst", taught_not_assessed(curriculum, profile))
    unknown = unknown_depth(curriculum, profile)
    if unknown:
        block("Gedekt, maar zonder niveau (toetsing onbekend)", unknown)
    examining = examining_onderdelen(curriculum, profile).set_index("werkproces_id")["onderdelen"]
    block(f"Door meer dan één {singular} getoetst", doubly_examined_werkprocessen(curriculum, profile),
          lambda werkproces_id: f": {examining[werkproces_id]}")
    kerntaken = dict(zip(profile.kerntaken["kerntaak_id"], profile.kerntaken["titel"]))
    missing = kerntaken_without_exam(curriculum, profile)
    lines.append("")
    lines.append(f"Kerntaken zonder examen of proeve ({len(missing)}):" if missing
                 else "Kerntaken zonder examen of proeve: geen.")
    lines.extend(f"  {kerntaak_id:<5}{kerntaken[kerntaak_id]}" for kerntaak_id in missing)
    return lines


def _competency_lines(curriculum, profile):
    lines = [""]
    competencies = uncovered_competencies(curriculum, profile)
    heading = "Competenties die alleen in niet-gedekte werkprocessen voorkomen"
    lines.append(f"{heading} ({len(competencies)}):" if competencies else f"{heading}: geen.")
    lines.extend(f"  {name}" for name in competencies)
    unexamined = unexamined_competencies(curriculum, profile)
    if unexamined != competencies:
        heading = "Competenties die geen examen raakt (alleen in niet-getoetste werkprocessen)"
        lines += ["", f"{heading} ({len(unexamined)}):" if unexamined else f"{heading}: geen."]
        lines.extend(f"  {name}" for name in unexamined)
    return lines


def curriculum_report(curriculum: Curriculum, profile: Profile) -> str:
    """Summarise in Dutch how a programme covers the profile: another crebo first, then the pairing, then the gaps.

    Parameters
    ----------
    curriculum : Curriculum
        From :func:`load_curriculum`.
    profile : Profile

    Returns
    -------
    str
        The first line says so when the programme is for another crebo than the profile
        (:func:`crebo_mismatch`). Then the counts; the codes paired by title (another code in
        the profile) with their similarity; the codes paired with nothing, with the reason, the
        profile's closest werkproces and the onderdelen that name them; the werkprocessen no
        onderdeel covers, those taught but never examined, those examined by more than one
        onderdeel; the kerntaken no onderdeel examines; the competencies left out; and per
        werkproces the number of onderdelen (``*`` where one examines it).

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> profile = load_profile()
    >>> print(curriculum_report(load_curriculum(EXAMPLE_CURRICULUM, profile), profile))  # doctest: +ELLIPSIS
    Curriculum tegen het profiel Junior accountmanager: 9 modules, 26 koppelingen.
    13 van de 15 werkprocessen worden gedekt.
    <BLANKLINE>
    Niet gedekt door een module (2):
      2.4  Werkt aan een diepterelatie
      3.7  Voert aftersales uit
    ...
    """
    singular, plural = _nouns(curriculum)
    titles = dict(zip(profile.werkprocessen["werkproces_id"], profile.werkprocessen["titel"]))
    links = curriculum.werkproces_pairs
    total = len(titles)
    covered = total - len(uncovered_werkprocessen(curriculum, profile))
    mismatch = crebo_mismatch(curriculum)
    lines = [mismatch] if mismatch else []
    lines += [
        f"Curriculum tegen het profiel {profile.titel}: {count(len(curriculum.onderdelen), singular, plural)}, "
        f"{count(len(links.drop_duplicates(['onderdeel', 'werkproces_id'])), 'koppeling', 'koppelingen')}.",
        f"{covered} van de {count(total, 'werkproces', 'werkprocessen')} {'wordt' if covered == 1 else 'worden'} "
        "gedekt.",
    ]
    lines += _pairing_lines(curriculum)
    lines += _gap_lines(curriculum, profile, titles)
    lines += _competency_lines(curriculum, profile)
    width = max([5, *(len(werkproces_id) + 1 for werkproces_id in titles)])
    lines += ["", f"Aantal {plural} per werkproces (* = getoetst):"]
    for row in coverage_counts(curriculum, profile).itertuples():
        mark = "*" if row.getoetst else " "
        lines.append(f"  {row.werkproces_id:<{width}}{row.aantal_onderdelen:>2} {mark} {row.titel}")
    return "\n".join(lines)


def coverage_title(matrix: pd.DataFrame, modules: bool = False) -> str:
    """Title of the committee chart: the werkprocessen no onderdeel covers, those never examined, those examined twice.

    Parameters
    ----------
    matrix : pandas.DataFrame
        As :func:`curriculum_matrix` returns.
    modules : bool, default False
        Say "module" rather than "onderdeel" (a programme of modules only, :attr:`Curriculum.modules_only`).

    Returns
    -------
    str

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> profile = load_profile()
    >>> matrix = curriculum_matrix(load_curriculum(EXAMPLE_CURRICULUM, profile), profile)
    >>> print(coverage_title(matrix, modules=True))  # doctest: +NORMALIZE_WHITESPACE
    2 van de 15 werkprocessen zitten in geen enkele module (2.4, 3.7); 1 wordt wel onderwezen maar nergens getoetst
    (1.3)
    """
    noun = "module" if modules else "onderdeel"
    ids = [str(werkproces_id) for werkproces_id in matrix.columns]
    uncovered = [werkproces_id for werkproces_id in ids if not (matrix[werkproces_id] != "").any()]
    examined = {werkproces_id: int((matrix[werkproces_id] == "toetsen").sum()) for werkproces_id in ids}
    taught = [werkproces_id for werkproces_id in ids if werkproces_id not in uncovered and not examined[werkproces_id]
              and matrix[werkproces_id].isin(NIVEAUS).any()]
    doubles = [werkproces_id for werkproces_id in ids if examined[werkproces_id] > 1]
    parts = []
    if uncovered:
        parts.append(f"{len(uncovered)} van de {len(ids)} werkprocessen {'zit' if len(uncovered) == 1 else 'zitten'} "
                     f"in geen enkel{'e' if modules else ''} {noun} ({', '.join(uncovered)})")
    if taught:
        parts.append(f"{len(taught)} {'wordt' if len(taught) == 1 else 'worden'} wel onderwezen maar nergens "
                     f"getoetst ({', '.join(taught)})")
    if doubles:
        parts.append(f"{len(doubles)} {'wordt' if len(doubles) == 1 else 'worden'} door meer dan één {noun} "
                     f"getoetst ({', '.join(doubles)})")
    if not parts:
        return f"Alle {len(ids)} werkprocessen zitten in een {noun}; geen enkel werkproces wordt dubbel getoetst"
    return "; ".join(parts)
