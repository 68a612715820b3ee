"""Coverage of a profile: which competencies, kennis, vaardigheden and gedrag its werkprocessen need."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from bcp_analysis.analyses.wording import group_items
from bcp_analysis.errors import UsageError
from bcp_analysis.model.competencies import canonical_competency, competency_names, competentiemodel

if TYPE_CHECKING:  # names of the annotations only
    from bcp_analysis.model.profile import Profile

__all__ = [
    "coverage_matrix",
    "matrix_totals",
    "competency_frequency",
    "unused_competencies",
    "competency_werkprocessen",
    "coverage_by_kerntaak",
    "coverage_by_cluster",
    "item_recurrence",
    "recurring_items",
]

_ITEM_KINDS = ("kennis", "vaardigheden", "gedrag")
_GENERIEK_VANAF = 3  # an item in at least this many werkprocessen is "generiek"


def coverage_matrix(profile: Profile) -> pd.DataFrame:
    """Return the proces-competentie-matrix: werkprocessen × the 25 competencies.

    The SBB prints this matrix per kerntaak with a cross where a werkproces needs a
    competency; here it is one table for the whole profile, 1 for a cross.

    Parameters
    ----------
    profile : Profile

    Returns
    -------
    pandas.DataFrame
        Index ``werkproces_id`` (profile order); one int column (0/1) per competency,
        named by its canonical name, in SBB order (columns index named ``competentie``).

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> matrix = coverage_matrix(load_profile())
    >>> matrix.shape
    (15, 25)
    >>> matrix.loc["1.4"][lambda row: row == 1].index.tolist()
    ['Beslissen en activiteiten initiëren', 'Samenwerken en overleggen', 'Plannen en organiseren']
    """
    names = competency_names()
    ids = profile.werkprocessen["werkproces_id"].tolist()
    links = set(zip(profile.competenties["werkproces_id"], profile.competenties["competentie"]))
    matrix = pd.DataFrame(
        [[int((werkproces_id, name) in links) for name in names] for werkproces_id in ids],
        index=pd.Index(ids, name="werkproces_id", dtype="str"),
        columns=pd.Index(names, name="competentie", dtype="str"),
        dtype="int64",
    )
    return matrix


def competency_frequency(profile: Profile) -> pd.DataFrame:
    """Return, for each of the 25 competencies, how many werkprocessen need it.

    Parameters
    ----------
    profile : Profile

    Returns
    -------
    pandas.DataFrame
        25 rows in SBB order; columns ``nr``, ``competentie``, ``cluster``,
        ``aantal_werkprocessen`` (int) and ``aandeel`` (float, share of all werkprocessen,
        0 to 1).

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> frequency = competency_frequency(load_profile())
    >>> top = frequency.sort_values("aantal_werkprocessen", ascending=False, kind="stable").iloc[0]
    >>> top["competentie"], int(top["aantal_werkprocessen"])
    ('Ethisch en integer handelen', 10)
    """
    matrix = coverage_matrix(profile)
    table = competentiemodel()
    counts = matrix.sum(axis=0)
    table["aantal_werkprocessen"] = counts.reindex(table["competentie"]).to_numpy().astype("int64")
    total = len(matrix)
    table["aandeel"] = (table["aantal_werkprocessen"] / total if total else 0.0)
    table["aandeel"] = table["aandeel"].astype("float64")
    return table[["nr", "competentie", "cluster", "aantal_werkprocessen", "aandeel"]]


def matrix_totals(matrix):
    """Return the margins of a proces-competentie-matrix: competencies per werkproces, werkprocessen per competency.

    Parameters
    ----------
    matrix : pandas.DataFrame
        As :func:`coverage_matrix` returns.

    Returns
    -------
    tuple of (pandas.Series, pandas.Series)
        Per werkproces (index ``werkproces_id``) its number of competencies; per
        competency (in the matrix's column order) the number of werkprocessen that need it.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> per_werkproces, per_competentie = matrix_totals(coverage_matrix(load_profile()))
    >>> int(per_werkproces["3.3"]), int(per_competentie["Ethisch en integer handelen"])
    (10, 10)
    """
    return matrix.sum(axis=1).astype("int64"), matrix.sum(axis=0).astype("int64")


def unused_competencies(profile: Profile) -> list[str]:
    """Return the competencies that no werkproces of the profile needs.

    Parameters
    ----------
    profile : Profile

    Returns
    -------
    list of str
        Canonical names in SBB order.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> unused_competencies(load_profile())
    ['Aansturen', 'Leren', 'Omgaan met verandering en aanpassen']
    """
    used = set(profile.competenties["competentie"])
    return [name for name in competency_names() if name not in used]


def competency_werkprocessen(profile, competentie):
    """Return the werkprocessen that need one competency, with where the profile says so.

    Parameters
    ----------
    profile : Profile
    competentie : str
        A canonical name of one of the 25 (or a known spelling of it).

    Returns
    -------
    pandas.DataFrame
        ``werkproces_id``, ``kerntaak_id``, ``titel``, ``regel``, ``pagina`` (of the
        competency's line in that werkproces), in profile order.

    Raises
    ------
    UsageError
        For a name that is none of the 25.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> needing = competency_werkprocessen(load_profile(), "Presenteren")
    >>> needing["werkproces_id"].tolist(), needing["regel"].tolist()
    (['3.2', '3.3', '3.4'], [1257, 1345, 1402])
    """
    name = canonical_competency(competentie)
    if name is None:
        raise UsageError("competency_werkprocessen", "competentie", f"'{competentie}' is geen van de 25 competenties",
                         "geef een naam uit competentiemodel()")
    links = profile.competenties[profile.competenties["competentie"] == name]
    links = links.drop_duplicates("werkproces_id").set_index("werkproces_id")
    table = profile.werkprocessen.loc[profile.werkprocessen["werkproces_id"].isin(links.index),
                                      ["werkproces_id", "kerntaak_id", "titel"]].copy()
    for column in ("regel", "pagina"):
        table[column] = table["werkproces_id"].map(links[column]).astype("Int64")
    return table.reset_index(drop=True)


def coverage_by_kerntaak(profile: Profile) -> pd.DataFrame:
    """Return, per kerntaak, how many of its werkprocessen need each competency.

    Parameters
    ----------
    profile : Profile

    Returns
    -------
    pandas.DataFrame
        Index ``kerntaak_id`` (profile order); one int column per competency, in SBB order.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> by_kerntaak = coverage_by_kerntaak(load_profile())
    >>> int(by_kerntaak.loc["3", "Ethisch en integer handelen"])
    6
    """
    matrix = coverage_matrix(profile)
    kerntaak_of = dict(zip(profile.werkprocessen["werkproces_id"], profile.werkprocessen["kerntaak_id"]))
    ids = profile.kerntaken["kerntaak_id"].tolist()
    grouped = matrix.groupby(matrix.index.map(kerntaak_of), sort=False).sum()
    result = grouped.reindex(ids, fill_value=0).astype("int64")
    result.index = pd.Index(ids, name="kerntaak_id", dtype="str")
    result.columns = matrix.columns
    return result


def coverage_by_cluster(profile: Profile) -> pd.DataFrame:
    """Return how well each competency cluster is covered by the werkprocessen.

    The clusters are derived from the SHL "Great Eight" (see
    ``data/reference/competentiemodel.yaml``), not published with the profile.

    Parameters
    ----------
    profile : Profile

    Returns
    -------
    pandas.DataFrame
        One row per cluster, in order of first appearance in the SBB order; columns
        ``cluster``, ``competenties_in_cluster`` (int), ``gebruikte_competenties`` (int:
        competencies of the cluster that at least one werkproces needs), ``koppelingen``
        (int: werkproces-competency links in the cluster) and ``aandeel_gebruikt``
        (float: gebruikte_competenties / competenties_in_cluster).

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> clusters = coverage_by_cluster(load_profile())
    >>> first = clusters.iloc[0]
    >>> first["cluster"], int(first["gebruikte_competenties"]), int(first["koppelingen"])
    ('Leiden en beslissen', 2, 10)
    """
    frequency = competency_frequency(profile)
    rows = []
    for cluster, members in frequency.groupby("cluster", sort=False):
        counts = members["aantal_werkprocessen"]
        rows.append({
            "cluster": cluster,
            "competenties_in_cluster": len(members),
            "gebruikte_competenties": int((counts > 0).sum()),
            "koppelingen": int(counts.sum()),
        })
    table = pd.DataFrame(rows, columns=["cluster", "competenties_in_cluster", "gebruikte_competenties", "koppelingen"])
    table = table.astype({"cluster": "str", "competenties_in_cluster": "int64",
                          "gebruikte_competenties": "int64", "koppelingen": "int64"})
    table["aandeel_gebruikt"] = (table["gebruikte_competenties"] / table["competenties_in_cluster"]).astype("float64")
    return table


def _soort(count):
    if count >= _GENERIEK_VANAF:
        return "generiek"
    if count == 1:
        return "specifiek"
    return "gedeeld"


def item_recurrence(profile: Profile, on: str = "kennis") -> pd.DataFrame:
    """Return how often each kennis, vaardigheden or gedrag item recurs across werkprocessen.

    Items are grouped by :func:`bcp_analysis.analyses.wording.group_items`, so wordings that
    differ only in spelling or phrasing count as one item. A BCP names kennis and
    vaardigheden per werkproces, a kwalificatiedossier gedrag; the other lists are empty
    and give no rows.

    Parameters
    ----------
    profile : Profile
    on : {"kennis", "vaardigheden", "gedrag"}
        Which items.

    Returns
    -------
    pandas.DataFrame
        One row per item group; columns ``item`` (the group's first wording in the
        profile), ``varianten`` (int: distinct source wordings), ``aantal_werkprocessen``
        (int), ``werkprocessen`` (str: ids in profile order, joined by ", ") and ``soort``
        ("generiek" in 3 or more werkprocessen, "specifiek" in exactly 1, else
        "gedeeld"); sorted by aantal_werkprocessen descending, then item.

    Raises
    ------
    UsageError
        When ``on`` is not "kennis", "vaardigheden" or "gedrag".

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> recurrence = item_recurrence(load_profile(), on="vaardigheden")
    >>> engels = recurrence.iloc[1]
    >>> engels["item"], int(engels["varianten"]), int(engels["aantal_werkprocessen"])
    ('Vaardigheid Engels en tweede moderne vreemde taal', 8, 14)
    """
    if on not in _ITEM_KINDS:
        raise UsageError("item_recurrence", "on", f"onbekende soort items {on!r}",
                         f"kies uit {', '.join(map(repr, _ITEM_KINDS))}")
    table = getattr(profile, on)
    groups = group_items(table["item"])
    groups["werkproces_id"] = table["werkproces_id"].to_numpy()
    order = {werkproces_id: position for position, werkproces_id in enumerate(profile.werkprocessen["werkproces_id"])}
    rows = []
    for _, members in groups.groupby("sleutel", sort=False):
        representative = members["groep"].iloc[0]
        ids = sorted(set(members["werkproces_id"]), key=lambda werkproces_id: order.get(werkproces_id, len(order)))
        rows.append({
            "item": representative,
            "varianten": members["item"].nunique(),
            "aantal_werkprocessen": len(ids),
            "werkprocessen": ", ".join(ids),
            "soort": _soort(len(ids)),
        })
    columns = ["item", "varianten", "aantal_werkprocessen", "werkprocessen", "soort"]
    result = pd.DataFrame(rows, columns=columns).astype(
        {"item": "str", "varianten": "int64", "aantal_werkprocessen": "int64", "werkprocessen": "str", "soort": "str"})
    result = result.sort_values(["aantal_werkprocessen", "item"], ascending=[False, True], kind="stable")
    return result.reset_index(drop=True)


def recurring_items(recurrence, top=15):
    """Return the item groups that recur in more than one werkproces, most frequent first.

    These are the bars of the recurrence chart; :func:`bcp_analysis.analyses.findings.recurrence_title`
    says how many recur and how many of them are shown.

    Parameters
    ----------
    recurrence : pandas.DataFrame
        As :func:`item_recurrence` returns (sorted most frequent first).
    top : int or None, default 15
        At most this many rows; ``None`` for all.

    Returns
    -------
    pandas.DataFrame
        The first ``top`` rows of ``recurrence`` with ``aantal_werkprocessen`` > 1.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> recurrence = item_recurrence(load_profile(), on="kennis")
    >>> len(recurring_items(recurrence)), len(recurring_items(recurrence, top=None))
    (15, 15)
    """
    rows = recurrence.loc[recurrence["aantal_werkprocessen"].astype(int) > 1]
    return (rows if top is None else rows.head(top)).reset_index(drop=True)
