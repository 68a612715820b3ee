"""A programme held against the profile: which onderdelen cover and examine which werkprocessen, and the gaps.

The programme is any document :func:`~bcp_analysis.readers.load_programme` reads (a school's
examenplan, OER or toetsplan, or the committee's CSV) or a
:class:`~bcp_analysis.model.programme.Programme`; :func:`load_curriculum` pairs its codes with the
profile's werkprocessen (:mod:`bcp_analysis.analyses.programme_pairing`) and every analysis here
works on the result, a :class:`Curriculum`. What the onderdelen examine
(niveau ``toetsen``) is counted in :mod:`bcp_analysis.analyses.programme_coverage`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from bcp_analysis.analyses.programme_coverage import (
    EXAMINED,
    competencies_outside,
    doubly_examined_werkprocessen,
    examining_onderdelen,
    kerntaken_without_exam,
    kerntaken_without_proeve,
    unexamined_competencies,
    unexamined_werkprocessen,
)
from bcp_analysis.analyses.programme_pairing import Curriculum, crebo_mismatch, load_curriculum
from bcp_analysis.dutch import count
from bcp_analysis.model.programme import NIVEAUS
from bcp_analysis.paths import EXAMPLE_CURRICULUM  # noqa: F401 - the docstring examples use it

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
    "kerntaken_without_proeve",
    "unexamined_competencies",
    "crebo_mismatch",
    "selection_coverage",
    "curriculum_report",
    "matrix_columns",
    "coverage_title",
]

ZONDER_NIVEAU = "x"
"""str: the matrix value of a werkproces an onderdeel covers without saying how deep."""
_MATRIX_RANK = {"": 0, ZONDER_NIVEAU: 1, "introductie": 2, "oefenen": 3, "toetsen": 4}


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
        value = niveau if niveau in NIVEAUS else ZONDER_NIVEAU
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
    return competencies_outside(profile, curriculum.werkproces_pairs["werkproces_id"])


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
    examining = links[links["niveau"] == EXAMINED].groupby("werkproces_id")["onderdeel"].nunique()
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
    assessed = set(links.loc[links["niveau"] == EXAMINED, "werkproces_id"])
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


# --- the findings in Dutch: the report and the chart's title --------------------------------------


def _nouns(curriculum):
    return ("module", "modules") if curriculum.modules_only else ("onderdeel", "onderdelen")


def _place(pagina, regel):
    parts = [f"pagina {int(pagina)}"] if not pd.isna(pagina) else []
    parts += [f"regel {int(regel)}"] if not pd.isna(regel) else []
    return ", ".join(parts)


_NOTED = ("geen_examens", "afbeelding", "afgekapt", "andere_kwalificatie")  # notes the report repeats


def _document_lines(programme):
    """What the reader says of the document as a whole: no exam mapped, a picture, a cut cell, other crebos."""
    lines = []
    if not programme.maps_exams:
        lines.append("Let op: het document koppelt geen enkel onderdeel aan een werkproces of kerntaak; "
                     "er is niets om tegen het profiel te houden.")
    for note in programme.notes:
        if note.kind in _NOTED:
            lines.append(f"Let op ({note.place}): {note.explanation}")
    for part in programme.other_parts:
        lines.append(f"Het document bevat ook een deel voor crebo {part.crebo or '(onbekend)'} "
                     f"({count(len(part.onderdelen), 'onderdeel', 'onderdelen')}); dat is apart gehouden.")
    unplaced = sum(note.kind == "code" for note in programme.notes)
    if unplaced:
        lines.append(f"Het document noemt {count(unplaced, 'code', 'codes')} die de lezer niet kon plaatsen; "
                     "zie bcp-analysis validate.")
    return lines


def _pairing_lines(curriculum):
    """The codes paired by title, and the codes reported, each with what the committee needs to judge."""
    lines = []
    by_title = curriculum.koppelingen[curriculum.koppelingen["koppeling"] == "titel"].drop_duplicates(
        ["code", "titel", "werkproces_id"])
    if len(by_title):
        lines += ["", f"Gekoppeld op titel: de code heet in het profiel anders ({len(by_title)}):"]
        lines += [f"  {row.code} '{row.titel}' → {row.werkproces_id} (gelijkenis {row.titel_gelijkenis}%)"
                  for row in by_title.itertuples()]
    reported = curriculum.gemeld
    if len(reported):
        lines += ["", f"Codes die aan geen werkproces zijn toegekend ({len(reported)}):"]
        for row in reported.itertuples():
            titel = f" '{row.titel}'" if row.titel else ""
            where = _place(row.pagina, row.regel)
            lines.append(f"  {row.code}{titel}{f' ({where})' if where else ''}")
            lines.append(f"      {row.reden}")
            if row.lijkt_op and row.lijkt_op.split(" ", 1)[0] != row.code:  # else the reason names it already
                lines.append(f"      lijkt het meest op {row.lijkt_op} ({row.titel_gelijkenis}%)")
            if row.onderdelen:
                lines.append(f"      genoemd in: {row.onderdelen}")
    return lines


def _width(ids):
    """The width of an id column: the longest id and a space, at least 5 (a BCP's "1.10 ")."""
    return max([5, *(len(str(identifier)) + 1 for identifier in ids)])


def _gap_lines(curriculum, profile, titles):
    singular, plural = _nouns(curriculum)
    lines = []
    width = _width(titles)

    def block(heading, ids, detail=None):
        lines.append("")
        lines.append(f"{heading} ({len(ids)}):" if ids else f"{heading}: geen.")
        lines.extend(f"  {werkproces_id:<{width}}{titles[werkproces_id]}{detail(werkproces_id) if detail else ''}"
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
    lines.extend(f"  {kerntaak_id:<{_width(kerntaken)}}{kerntaken[kerntaak_id]}" for kerntaak_id in missing)
    without_proeve = kerntaken_without_proeve(curriculum, profile)
    if without_proeve is not None:   # a document that names proeven: which kerntaak has none
        lines.append(f"Kerntaken zonder proeve van bekwaamheid ({len(without_proeve)}):" if without_proeve
                     else "Kerntaken zonder proeve van bekwaamheid: geen.")
        lines.extend(f"  {kerntaak_id:<{_width(kerntaken)}}{kerntaken[kerntaak_id]}" for kerntaak_id in without_proeve)
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
    lines += _document_lines(curriculum.programme)
    lines += [
        f"Curriculum tegen het profiel {profile.titel}: {count(len(curriculum.onderdelen), singular, plural)}, "
        f"{count(len(links.drop_duplicates(['onderdeel', 'werkproces_id'])), 'koppeling', 'koppelingen')}.",
        f"{covered} van de {count(total, 'werkproces', 'werkprocessen')} {'wordt' if covered == 1 else 'worden'} "
        "gedekt.",
    ]
    lines += _pairing_lines(curriculum)
    lines += _gap_lines(curriculum, profile, titles)
    lines += _competency_lines(curriculum, profile)
    width = _width(titles)
    lines += ["", f"Aantal {plural} per werkproces (* = getoetst):"]
    for row in coverage_counts(curriculum, profile).itertuples():
        mark = "*" if row.getoetst else " "
        lines.append(f"  {row.werkproces_id:<{width}}{row.aantal_onderdelen:>2} {mark} {row.titel}")
    return "\n".join(lines)


def matrix_columns(matrix: pd.DataFrame) -> pd.DataFrame:
    """Per werkproces of a curriculum matrix: how many onderdelen cover and examine it, and whether that is a gap.

    Parameters
    ----------
    matrix : pandas.DataFrame
        As :func:`curriculum_matrix` returns.

    Returns
    -------
    pandas.DataFrame
        Index ``werkproces_id`` (the matrix's columns); columns ``aantal_onderdelen`` (int: cells
        not empty), ``aantal_getoetst`` (int: cells ``toetsen``), ``getoetst`` ("ja" when one
        onderdeel examines it, "2×" and so on when more do, "nee" when it is taught with a niveau
        or not covered at all but never examined, "?" when no row gives a niveau), ``gat`` (bool:
        not covered, or taught but never examined) and ``dubbel`` (bool: examined more than once).

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> profile = load_profile()
    >>> columns = matrix_columns(curriculum_matrix(load_curriculum(EXAMPLE_CURRICULUM, profile), profile))
    >>> columns.loc[["1.3", "2.4", "3.3"]].values.tolist()
    [[2, 0, 'nee', True, False], [0, 0, 'nee', True, False], [4, 1, 'ja', False, False]]
    """
    rows = []
    for werkproces_id in matrix.columns:
        cells = matrix[werkproces_id]
        covering, examined = int((cells != "").sum()), int((cells == EXAMINED).sum())
        known = bool(cells.isin(NIVEAUS).any())
        answer = ("ja" if examined == 1 else f"{examined}×") if examined else ("nee" if known or not covering else "?")
        rows.append({"werkproces_id": str(werkproces_id), "aantal_onderdelen": covering, "aantal_getoetst": examined,
                     "getoetst": answer, "gat": covering == 0 or (known and not examined), "dubbel": examined > 1})
    columns = ["werkproces_id", "aantal_onderdelen", "aantal_getoetst", "getoetst", "gat", "dubbel"]
    return pd.DataFrame(rows, columns=columns).astype(
        {"werkproces_id": "str", "aantal_onderdelen": "int64", "aantal_getoetst": "int64", "getoetst": "str",
         "gat": "bool", "dubbel": "bool"}).set_index("werkproces_id")


def coverage_title(matrix: pd.DataFrame, modules: bool = False) -> str:
    """Title of the committee chart: werkprocessen no onderdeel covers, never examined, examined twice.

    And, last, the onderdelen that cover no werkproces of the profile (their codes were reported).

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
    columns = matrix_columns(matrix)
    ids = columns.index.tolist()
    uncovered = [werkproces_id for werkproces_id in ids if columns.loc[werkproces_id, "aantal_onderdelen"] == 0]
    taught = [werkproces_id for werkproces_id in ids if columns.loc[werkproces_id, "gat"] and werkproces_id not in
              uncovered]
    doubles = [werkproces_id for werkproces_id in ids if columns.loc[werkproces_id, "dubbel"]]
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
    empty = int((matrix == "").all(axis=1).sum())
    if empty:
        nouns = ("modules" if modules else "onderdelen") if empty > 1 else noun
        parts.append(f"{empty} {nouns} {'dekt' if empty == 1 else 'dekken'} geen werkproces van dit profiel")
    if not parts:
        return f"Alle {len(ids)} werkprocessen zitten in een {noun}; geen enkel werkproces wordt dubbel getoetst"
    return "; ".join(parts)
