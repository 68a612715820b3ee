"""The register side by side: which profielen need a competency, per domein, and which profielen are related.

Every function takes a :class:`~bcp_analysis.model.register.Register` (``load_register``)
and returns a new table; the charts of ``outputs/register_charts.py`` only draw them.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import sparse

from bcp_analysis.dutch import count
from bcp_analysis.errors import ProfileError, UsageError
from bcp_analysis.model.competencies import canonical_competency, closest_competency, competency_names
from bcp_analysis.model.register import Register

__all__ = [
    "MEASURES",
    "competency_by_domein",
    "domein_finding",
    "domein_matrix",
    "profiel_competencies",
    "profielen_needing",
    "register_tables",
    "related_profielen",
]

MEASURES = {
    "jaccard": "gedeelde competenties gedeeld door de competenties van beide samen",
    "cosinus": "competenties, gewogen naar het aantal werkprocessen waarin ze voorkomen",
}
"""dict: the measures of :func:`related_profielen`, with the plain words the table gives them (the
method's name, Jaccard or cosinus, is jargon a committee does not read; the notebook names it once)."""

_TIES_SHOWN = 5  # tied neighbours named in gelijke_stand; the rest are counted
_PROFIEL_COLUMNS = ["profiel", "titel", "crebo", "niveau", "dossier", "domein"]


def _counts(register):
    """Werkprocessen per profiel and competency: (profiel x competency sparse counts, competency names)."""
    names = competency_names()
    rows = pd.Index(register.profielen["profiel"]).get_indexer(register.behoeften["profiel"])
    columns = pd.Index(names).get_indexer(register.behoeften["competentie"])
    matrix = sparse.csr_matrix((np.ones(len(rows)), (rows, columns)), shape=(len(register.profielen), len(names)))
    matrix.sum_duplicates()
    return matrix, names


def profiel_competencies(register: Register) -> pd.DataFrame:
    """Competency x profiel for every profiel of the register, as a long table.

    Parameters
    ----------
    register : Register

    Returns
    -------
    pandas.DataFrame
        One row per profiel and competency it needs: ``profiel``, ``titel``, ``crebo``,
        ``niveau``, ``dossier``, ``domein``, ``nr`` (1-25), ``competentie`` and
        ``werkprocessen`` (in how many of the profiel's werkprocessen); in the register's
        order, competencies in SBB order.

    Examples
    --------
    >>> from bcp_analysis import load_register
    >>> table = profiel_competencies(load_register())
    >>> table.groupby("profiel", sort=False).size().tolist()
    [17, 21, 19]
    """
    matrix, names = _counts(register)
    coo = matrix.tocoo()
    order = np.lexsort((coo.col, coo.row))
    profielen = register.profielen[_PROFIEL_COLUMNS].iloc[coo.row[order]].reset_index(drop=True)
    table = profielen.assign(nr=coo.col[order] + 1, competentie=np.array(names, dtype=object)[coo.col[order]],
                             werkprocessen=coo.data[order].astype("int64"))
    return table.astype({"nr": "int64", "competentie": "str"})


def profielen_needing(register: Register, competentie: str) -> pd.DataFrame:
    """The profielen that need a competency, with in how many of their werkprocessen.

    Parameters
    ----------
    register : Register
    competentie : str
        One of the 25 (spelling variants are mapped onto the canonical name).

    Returns
    -------
    pandas.DataFrame
        ``profiel``, ``titel``, ``crebo``, ``niveau``, ``dossier``, ``domein``,
        ``werkprocessen`` (that need it), ``van_werkprocessen`` (all of the profiel's) and
        ``aandeel`` (the first over the second); most werkprocessen first, ties in the
        register's order.

    Raises
    ------
    ProfileError
        For a name that is not one of the 25 (with the nearest one).
    """
    name = canonical_competency(competentie)
    if name is None:
        suggestion, _ = closest_competency(str(competentie))
        raise ProfileError(register.source, "competentie", f"'{competentie}' is niet een van de 25 SBB-competenties",
                           f"bedoeld is misschien '{suggestion}'")
    table = profiel_competencies(register)
    table = table[table["competentie"] == name].drop(columns=["nr", "competentie"])
    totals = register.profielen.set_index("profiel")["werkprocessen"]
    table = table.assign(van_werkprocessen=table["profiel"].map(totals).astype("int64"))
    table["aandeel"] = table["werkprocessen"] / table["van_werkprocessen"]
    return table.sort_values("werkprocessen", ascending=False, kind="stable").reset_index(drop=True)


def competency_by_domein(register: Register) -> pd.DataFrame:
    """How many profielen of each domein need each competency.

    Parameters
    ----------
    register : Register

    Returns
    -------
    pandas.DataFrame
        One row per domein and competency (all 25, also those no profiel of the domein
        needs): ``domein``, ``nr``, ``competentie``, ``profielen`` (that need it),
        ``profielen_in_domein`` and ``aandeel``; domeinen by name, competencies in SBB order.
        Profielen without a domein count under "(geen domein)".
    """
    matrix, names = _counts(register)
    domeinen = register.profielen["domein"].where(register.profielen["domein"] != "", "(geen domein)")
    labels = sorted(set(domeinen))
    membership = sparse.csr_matrix((np.ones(len(domeinen)), (pd.Index(labels).get_indexer(domeinen),
                                                             np.arange(len(domeinen)))),
                                   shape=(len(labels), len(domeinen)))
    needing = (membership @ (matrix > 0).astype(np.float64)).toarray().astype("int64")
    sizes = np.asarray(membership.sum(axis=1)).ravel().astype("int64")
    table = pd.DataFrame({
        "domein": np.repeat(labels, len(names)),
        "nr": np.tile(np.arange(1, len(names) + 1), len(labels)),
        "competentie": np.tile(names, len(labels)),
        "profielen": needing.ravel(),
        "profielen_in_domein": np.repeat(sizes, len(names)),
    })
    table["aandeel"] = table["profielen"] / table["profielen_in_domein"]
    return table.astype({"domein": "str", "competentie": "str", "nr": "int64"})


def domein_matrix(register: Register) -> pd.DataFrame:
    """Domein x competency: the share of the domein's profielen that need each competency.

    Parameters
    ----------
    register : Register

    Returns
    -------
    pandas.DataFrame
        Index ``domein`` (with the number of profielen, "Zorg en welzijn (14)"), one column
        per competency in SBB order; values 0 to 1.
    """
    table = competency_by_domein(register)
    table["label"] = table["domein"] + " (" + table["profielen_in_domein"].astype(str) + ")"
    wide = table.pivot(index="label", columns="competentie", values="aandeel")
    wide = wide.reindex(columns=competency_names())
    wide.index.name, wide.columns.name = "domein", None
    return wide


def related_profielen(register: Register, top: int = 3, method: str = "jaccard") -> pd.DataFrame:
    """For each profiel its nearest profielen in other dossiers.

    The similarity of every two profielen is computed at once with sparse matrix
    products over the profiel x competency matrix; profielen of the same dossier are left
    out (they share the basisdeel). A neighbour that ties with the last one kept is kept
    too, so ``rang`` can repeat and a list can be longer than ``top``; ``gelijke_stand``
    names the other neighbours with the same score (the first five, the rest counted).

    Parameters
    ----------
    register : Register
    top : int
        Neighbours per profiel (more where there are ties).
    method : {"jaccard", "cosinus"}
        See :data:`MEASURES`.

    Returns
    -------
    pandas.DataFrame
        ``profiel``, ``crebo``, ``dossier``, ``rang`` (1 = nearest; tied neighbours share
        it), ``verwant_profiel``, ``verwant_crebo``, ``verwant_dossier``, ``gelijkenis``
        (0-1), ``gedeelde_competenties``, ``maat`` (the measure, named) and
        ``gelijke_stand`` (the other neighbours with the same score, "" when none).
        A profiel without profielen in other dossiers has no rows.
    """
    if method not in MEASURES:
        raise UsageError("related_profielen", "method", f"onbekende maat {method!r}", "kies 'jaccard' of 'cosinus'")
    matrix, _ = _counts(register)
    binary = (matrix > 0).astype(np.float64)
    shared = (binary @ binary.T).toarray()
    if method == "jaccard":
        sizes = np.asarray(binary.sum(axis=1)).ravel()
        scale = sizes[:, None] + sizes[None, :] - shared
        numerator = shared
    else:
        numerator = (matrix @ matrix.T).toarray()
        norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
        scale = norms[:, None] * norms[None, :]
    with np.errstate(invalid="ignore", divide="ignore"):
        values = np.where(scale > 0, numerator / np.where(scale > 0, scale, 1), 0.0)
    profielen = register.profielen
    names = profielen["profiel"].to_numpy()
    dossier_keys = (profielen["dossier_nr"] + "|" + profielen["dossier_crebo"]).to_numpy()
    sources, neighbours, ranks, ties = [], [], [], []
    for position in range(len(profielen)):
        candidates = np.flatnonzero(dossier_keys != dossier_keys[position])
        if not len(candidates):
            continue
        scores = values[position, candidates]
        order = candidates[np.lexsort((candidates, -scores))]
        ordered = values[position, order]
        kept = ordered >= ordered[min(top, len(order)) - 1]
        order, ordered = order[kept], ordered[kept]
        rank = np.searchsorted(-ordered, -ordered, side="left") + 1
        for score in np.unique(ordered):
            group = order[ordered == score]
            for neighbour in group:
                others = [names[other_one] for other_one in group if other_one != neighbour]
                shown = "; ".join(others[:_TIES_SHOWN])
                if len(others) > _TIES_SHOWN:
                    shown += f"; en nog {len(others) - _TIES_SHOWN}"
                ties.append((position, neighbour, shown))
        sources.extend([position] * len(order))
        neighbours.extend(order)
        ranks.extend(rank)
    tie_text = {(position, neighbour): text for position, neighbour, text in ties}
    sources, neighbours = np.asarray(sources, dtype=np.int64), np.asarray(neighbours, dtype=np.int64)
    table = pd.DataFrame({
        "profiel": names[sources], "crebo": profielen["crebo"].to_numpy()[sources],
        "dossier": profielen["dossier"].to_numpy()[sources], "rang": np.asarray(ranks, dtype=np.int64),
        "verwant_profiel": names[neighbours], "verwant_crebo": profielen["crebo"].to_numpy()[neighbours],
        "verwant_dossier": profielen["dossier"].to_numpy()[neighbours],
        "gelijkenis": values[sources, neighbours] if len(sources) else np.array([], dtype=np.float64),
        "gedeelde_competenties": shared[sources, neighbours].astype(np.int64) if len(sources) else
        np.array([], dtype=np.int64),
        "maat": MEASURES[method],
        "gelijke_stand": [tie_text[(int(first), int(second))] for first, second in zip(sources, neighbours)],
    })
    columns = ["profiel", "crebo", "dossier", "rang", "verwant_profiel", "verwant_crebo", "verwant_dossier",
               "gelijkenis", "gedeelde_competenties", "maat", "gelijke_stand"]
    return table[columns].astype({"profiel": "str", "rang": "int64", "gelijkenis": "float64",
                                  "gedeelde_competenties": "int64", "maat": "str"})


def register_tables(register: Register, top: int = 3) -> dict[str, pd.DataFrame]:
    """Every table of the register view, by name, for CSV files and the workbook.

    Parameters
    ----------
    register : Register
    top : int
        Neighbours per profiel in ``verwante_profielen``.

    Returns
    -------
    dict of str to pandas.DataFrame
        ``dossiers``, ``profielen``, ``competenties_per_profiel``, ``competenties_per_domein``,
        ``verwante_profielen`` and ``problemen``.
    """
    return {
        "dossiers": register.dossiers,
        "profielen": register.profielen,
        "competenties_per_profiel": profiel_competencies(register),
        "competenties_per_domein": competency_by_domein(register),
        "verwante_profielen": related_profielen(register, top=top),
        "problemen": register.problemen,
    }


def domein_finding(matrix: pd.DataFrame) -> str:
    """The finding a domein x competency chart shows, as its title.

    Parameters
    ----------
    matrix : pandas.DataFrame
        From :func:`domein_matrix`.

    Returns
    -------
    str

    Examples
    --------
    >>> from bcp_analysis import load_register
    >>> domein_finding(domein_matrix(load_register()))
    '17 competenties vraagt elk profiel, in elk domein; 2 competenties vraagt geen enkel profiel (1 domein)'
    """
    everywhere = int((matrix == 1).all(axis=0).sum())
    nowhere = int((matrix == 0).all(axis=0).sum())
    domeinen = count(len(matrix), "domein", "domeinen")
    return (f"{count(everywhere, 'competentie', 'competenties')} vraagt elk profiel, in elk domein; "
            f"{count(nowhere, 'competentie', 'competenties')} vraagt geen enkel profiel ({domeinen})")
