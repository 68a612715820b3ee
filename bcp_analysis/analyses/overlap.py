"""Overlap between werkprocessen: shared competencies, kennis and vaardigheden, as tables and graphs."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

import networkx as nx
import pandas as pd

from bcp_analysis.analyses.wording import group_items
from bcp_analysis.errors import UsageError
from bcp_analysis.model.competencies import competency_names, competentiemodel
from bcp_analysis.model.profile import werkproces_sort_key

if TYPE_CHECKING:  # names of the annotations only
    from bcp_analysis.model.profile import Profile

__all__ = ["similarity", "shared_items", "most_similar_pairs", "similar_werkprocessen", "competency_graph",
           "bipartite_graph", "centrality", "communities"]

#: How many Louvain runs (seeds 0 to LOUVAIN_RUNS - 1) :func:`communities` combines.
LOUVAIN_RUNS = 200

_KINDS = ("competenties", "kennis", "vaardigheden", "alles")
_METHODS = ("jaccard", "overlap")
_PREFIX = {"competenties": "competentie", "kennis": "kennis", "vaardigheden": "vaardigheid"}


def _check(on, method="jaccard"):
    if on not in _KINDS:
        raise UsageError("overlap", "on", f"onbekende vergelijking {on!r}", f"kies uit {', '.join(map(repr, _KINDS))}")
    if method not in _METHODS:
        raise UsageError("overlap", "method", f"onbekende maat {method!r}",
                         f"kies uit {', '.join(map(repr, _METHODS))}")


def _werkproces_ids(profile):
    return profile.werkprocessen["werkproces_id"].tolist()


def _kind_sets(profile, kind):
    """Return (sets per werkproces, label per key, rank per key) for one kind of item."""
    ids = _werkproces_ids(profile)
    sets = {werkproces_id: set() for werkproces_id in ids}
    if kind == "competenties":
        rank = {name: (position,) for position, name in enumerate(competency_names())}
        label = {name: name for name in rank}
        for werkproces_id, name in zip(profile.competenties["werkproces_id"], profile.competenties["competentie"]):
            sets.setdefault(werkproces_id, set()).add(name)
        return sets, label, rank
    table = getattr(profile, kind)
    groups = group_items(table["item"])
    label = dict(zip(groups["sleutel"], groups["groep"]))
    rank = {key: (text.casefold(), text) for key, text in label.items()}
    for werkproces_id, key in zip(table["werkproces_id"], groups["sleutel"]):
        sets.setdefault(werkproces_id, set()).add(key)
    return sets, label, rank


def _item_sets(profile, on):
    """Return (frozenset of keys per werkproces, label per key, sort rank per key)."""
    if on != "alles":
        sets, label, rank = _kind_sets(profile, on)
        return {key: frozenset(value) for key, value in sets.items()}, label, rank
    sets = {werkproces_id: set() for werkproces_id in _werkproces_ids(profile)}
    label, rank = {}, {}
    for order, kind in enumerate(("competenties", "kennis", "vaardigheden")):
        kind_sets, kind_label, kind_rank = _kind_sets(profile, kind)
        prefix = _PREFIX[kind]
        for werkproces_id, keys in kind_sets.items():
            sets.setdefault(werkproces_id, set()).update(f"{prefix}: {key}" for key in keys)
        for key, text in kind_label.items():
            label[f"{prefix}: {key}"] = f"{prefix}: {text}"
            rank[f"{prefix}: {key}"] = (order, *kind_rank[key])
    return {key: frozenset(value) for key, value in sets.items()}, label, rank


def _score(first, second, method):
    shared = len(first & second)
    if method == "jaccard":
        union = len(first | second)
        return shared / union if union else 0.0
    smallest = min(len(first), len(second))
    return shared / smallest if smallest else 0.0


def similarity(profile: Profile, on: str = "competenties", method: str = "jaccard") -> pd.DataFrame:
    """Return how much every two werkprocessen have in common.

    Parameters
    ----------
    profile : Profile
    on : {"competenties", "kennis", "vaardigheden", "alles"}
        What to compare. Kennis and vaardigheden are compared after grouping their
        wordings (:func:`bcp_analysis.analyses.wording.group_items`); "alles" compares the union of
        the three sets, each item tagged with its kind, so a kennis item never equals a
        competency.
    method : {"jaccard", "overlap"}
        ``jaccard``: shared / together (|A∩B| / |A∪B|). ``overlap``: the overlap
        coefficient |A∩B| / min(|A|, |B|), 1.0 when one set lies inside the other.
        Two empty sets score 0.0.

    Returns
    -------
    pandas.DataFrame
        Square float table; index and columns the werkproces ids in profile order;
        diagonal 1.0.

    Raises
    ------
    UsageError
        For an unknown ``on`` or ``method``.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> profile = load_profile()
    >>> float(similarity(profile).loc["1.2", "1.3"])
    0.75
    >>> float(similarity(profile, method="overlap").loc["1.2", "1.3"])
    1.0
    """
    _check(on, method)
    sets, _, _ = _item_sets(profile, on)
    ids = _werkproces_ids(profile)
    values = [[1.0 if first == second else _score(sets[first], sets[second], method) for second in ids]
              for first in ids]
    return pd.DataFrame(values, index=pd.Index(ids, name="werkproces_id", dtype="str"),
                        columns=pd.Index(ids, name="werkproces_id", dtype="str"), dtype="float64")


def _shared(sets, label, rank, first, second):
    for werkproces_id in (first, second):
        if werkproces_id not in sets:
            raise UsageError("overlap", "werkproces_id", f"werkproces {werkproces_id!r} staat niet in het profiel",
                             f"kies een van {', '.join(sorted(sets))}")
    keys = sorted(sets[first] & sets[second], key=lambda key: rank[key])
    return [label[key] for key in keys]


def shared_items(profile: Profile, first: str, second: str, on: str = "competenties") -> list[str]:
    """Return what two werkprocessen have in common.

    Parameters
    ----------
    profile : Profile
    first, second : str
        Werkproces ids, e.g. "1.2".
    on : {"competenties", "kennis", "vaardigheden", "alles"}

    Returns
    -------
    list of str
        Competencies by canonical name in SBB order; kennis and vaardigheden by the
        representative wording of their group, alphabetically; for "alles" the three
        kinds in that order, each item prefixed with "competentie: ", "kennis: " or
        "vaardigheid: ".

    Raises
    ------
    UsageError
        For an unknown ``on`` or a werkproces id that is not in the profile.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> shared_items(load_profile(), "1.4", "3.1")
    ['Beslissen en activiteiten initiëren', 'Samenwerken en overleggen', 'Plannen en organiseren']
    """
    _check(on)
    sets, label, rank = _item_sets(profile, on)
    return _shared(sets, label, rank, first, second)


def most_similar_pairs(profile: Profile, on: str = "competenties", method: str = "jaccard",
                       top: int | None = 10) -> pd.DataFrame:
    """Return the pairs of werkprocessen that have most in common.

    Parameters
    ----------
    profile : Profile
    on : {"competenties", "kennis", "vaardigheden", "alles"}
    method : {"jaccard", "overlap"}
    top : int or None, default 10
        How many pairs; ``None`` for all.

    Returns
    -------
    pandas.DataFrame
        Columns ``werkproces_a``, ``werkproces_b`` (a before b in profile order),
        ``gelijkenis`` (float), ``gedeeld`` (int: number of shared items) and
        ``gedeelde_items`` (str: the shared items joined by "; ", ordered as in
        :func:`shared_items`); sorted by gelijkenis descending, then by the profile order
        of a and b.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> pairs = most_similar_pairs(load_profile(), top=2)
    >>> pairs[["werkproces_a", "werkproces_b"]].values.tolist()
    [['1.2', '1.3'], ['1.4', '3.1']]
    """
    _check(on, method)
    sets, label, rank = _item_sets(profile, on)
    ids = _werkproces_ids(profile)
    rows = []
    for (position_a, first), (position_b, second) in itertools.combinations(enumerate(ids), 2):
        items = _shared(sets, label, rank, first, second)
        rows.append({
            "werkproces_a": first,
            "werkproces_b": second,
            "gelijkenis": _score(sets[first], sets[second], method),
            "gedeeld": len(items),
            "gedeelde_items": "; ".join(items),
            "_a": position_a,
            "_b": position_b,
        })
    columns = ["werkproces_a", "werkproces_b", "gelijkenis", "gedeeld", "gedeelde_items"]
    table = pd.DataFrame(rows, columns=[*columns, "_a", "_b"])
    table = table.sort_values(["gelijkenis", "_a", "_b"], ascending=[False, True, True], kind="stable")
    if top is not None:
        table = table.head(top)
    table = table[columns].astype({"werkproces_a": "str", "werkproces_b": "str", "gelijkenis": "float64",
                                   "gedeeld": "int64", "gedeelde_items": "str"})
    return table.reset_index(drop=True)


def similar_werkprocessen(profile, werkproces_id, on="competenties", method="jaccard", top=5):
    """Return the werkprocessen most like one werkproces, with what they share.

    Parameters
    ----------
    profile : Profile
    werkproces_id : str
    on : {"competenties", "kennis", "vaardigheden", "alles"}
    method : {"jaccard", "overlap"}
    top : int or None, default 5
        How many; ``None`` for all that share something.

    Returns
    -------
    pandas.DataFrame
        Columns ``werkproces_id``, ``titel``, ``gelijkenis`` (float), ``gedeeld`` (int) and
        ``gedeelde_items`` (str, as in :func:`shared_items`, joined by "; "); only
        werkprocessen that share at least one item, sorted by gelijkenis descending, then
        profile order.

    Raises
    ------
    UsageError
        For an unknown ``on`` or ``method``, or a werkproces id that is not in the profile.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> similar_werkprocessen(load_profile(), "1.2", top=1)[["werkproces_id", "gedeeld"]].values.tolist()
    [['1.3', 6]]
    """
    _check(on, method)
    sets, label, rank = _item_sets(profile, on)
    titles = dict(zip(profile.werkprocessen["werkproces_id"], profile.werkprocessen["titel"]))
    rows = []
    for position, other in enumerate(_werkproces_ids(profile)):
        items = _shared(sets, label, rank, werkproces_id, other)
        if other == werkproces_id or not items:
            continue
        rows.append({"werkproces_id": other, "titel": titles[other],
                     "gelijkenis": _score(sets[werkproces_id], sets[other], method),
                     "gedeeld": len(items), "gedeelde_items": "; ".join(items), "_positie": position})
    columns = ["werkproces_id", "titel", "gelijkenis", "gedeeld", "gedeelde_items"]
    table = pd.DataFrame(rows, columns=[*columns, "_positie"])
    table = table.sort_values(["gelijkenis", "_positie"], ascending=[False, True], kind="stable")
    if top is not None:
        table = table.head(top)
    return table[columns].astype({"werkproces_id": "str", "titel": "str", "gelijkenis": "float64",
                                  "gedeeld": "int64", "gedeelde_items": "str"}).reset_index(drop=True)


def competency_graph(profile: Profile, threshold: float = 0.5, on: str = "competenties") -> nx.Graph:
    """Return the graph of werkprocessen linked by what they share.

    Parameters
    ----------
    profile : Profile
    threshold : float, default 0.5
        Lowest Jaccard similarity that makes an edge. Pairs that share nothing are never
        linked, also at threshold 0.
    on : {"competenties", "kennis", "vaardigheden", "alles"}

    Returns
    -------
    networkx.Graph
        Nodes: werkproces ids in profile order, with attributes ``kerntaak_id`` and
        ``titel``. Edges: attributes ``weight`` (the Jaccard similarity) and ``gedeeld``
        (number of shared items).

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> graph = competency_graph(load_profile(), threshold=0.7)
    >>> list(graph.edges(data=True))
    [('1.2', '1.3', {'weight': 0.75, 'gedeeld': 6})]
    """
    _check(on)
    sets, _, _ = _item_sets(profile, on)
    graph = nx.Graph()
    for row in profile.werkprocessen.itertuples(index=False):
        graph.add_node(row.werkproces_id, kerntaak_id=row.kerntaak_id, titel=row.titel)
    for first, second in itertools.combinations(_werkproces_ids(profile), 2):
        shared = len(sets[first] & sets[second])
        weight = _score(sets[first], sets[second], "jaccard")
        if shared and weight >= threshold:
            graph.add_edge(first, second, weight=weight, gedeeld=shared)
    return graph


def bipartite_graph(profile: Profile, include_unused: bool = True) -> nx.Graph:
    """Return the two-mode graph of werkprocessen and the competencies they need.

    Parameters
    ----------
    profile : Profile
    include_unused : bool, default True
        Also add competencies no werkproces needs (as nodes without edges), so every
        one of the 25 is present.

    Returns
    -------
    networkx.Graph
        Werkproces nodes (profile order; ``soort="werkproces"``, ``bipartite=0``,
        ``kerntaak_id``, ``titel``), then competency nodes (SBB order;
        ``soort="competentie"``, ``bipartite=1``, ``nr``, ``cluster``), and an edge
        for each werkproces-competency link.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> graph = bipartite_graph(load_profile())
    >>> graph.number_of_nodes(), graph.number_of_edges()
    (40, 97)
    """
    graph = nx.Graph()
    for row in profile.werkprocessen.itertuples(index=False):
        graph.add_node(row.werkproces_id, soort="werkproces", bipartite=0,
                       kerntaak_id=row.kerntaak_id, titel=row.titel)
    used = set(profile.competenties["competentie"])
    for row in competentiemodel().itertuples(index=False):
        if include_unused or row.competentie in used:
            graph.add_node(row.competentie, soort="competentie", bipartite=1, nr=int(row.nr), cluster=row.cluster)
    graph.add_edges_from(zip(profile.competenties["werkproces_id"], profile.competenties["competentie"]))
    return graph


def centrality(profile: Profile) -> pd.DataFrame:
    """Return how transversal each werkproces and competency is.

    The measure is the bipartite degree centrality of networkx
    (:func:`networkx.algorithms.bipartite.degree_centrality`) on
    :func:`bipartite_graph`: a node's degree divided by the size of the *other* side.
    For a competency that is the share of werkprocessen that need it; for a werkproces
    the share of the 25 competencies it needs. It is chosen over betweenness because a
    committee can check it by counting crosses in the matrix.

    Parameters
    ----------
    profile : Profile

    Returns
    -------
    pandas.DataFrame
        One row per node of the bipartite graph (all 25 competencies and every
        werkproces); columns ``knoop`` (competency name or werkproces id), ``soort``
        ("competentie" or "werkproces"), ``graad`` (int degree) and ``centraliteit``
        (float, 0 to 1); sorted by soort, then centraliteit descending, then knoop
        (ids in numeric order).

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> table = centrality(load_profile())
    >>> top = table.iloc[0]
    >>> top["knoop"], int(top["graad"]), round(float(top["centraliteit"]), 3)
    ('Ethisch en integer handelen', 10, 0.667)
    """
    graph = bipartite_graph(profile)
    werkprocessen = [node for node, soort in graph.nodes(data="soort") if soort == "werkproces"]
    scores = nx.bipartite.degree_centrality(graph, werkprocessen)
    rows = [{"knoop": node, "soort": soort, "graad": int(graph.degree(node)), "centraliteit": float(scores[node])}
            for node, soort in graph.nodes(data="soort")]
    rows.sort(key=lambda row: (row["soort"], -row["centraliteit"], werkproces_sort_key(row["knoop"])))
    return pd.DataFrame(rows, columns=["knoop", "soort", "graad", "centraliteit"]).astype(
        {"knoop": "str", "soort": "str", "graad": "int64", "centraliteit": "float64"})


def communities(profile: Profile, threshold: float = 0.0, runs: int = LOUVAIN_RUNS,
                on: str = "competenties") -> pd.DataFrame:
    """Return the groups of werkprocessen that need much the same, as far as they are stable.

    The Louvain method (:func:`networkx.community.louvain_communities` on
    :func:`competency_graph`, edges weighted by Jaccard similarity) depends on its random
    seed: on the bundled profile one seed in five puts 3.4 in the other group. So it is run
    ``runs`` times (seeds 0 to runs - 1) and only what most runs agree on is reported:

    1. two werkprocessen belong together when more than half of the runs put them in one
       community (their *co-assignment share*); the groups are the connected parts of
       that relation;
    2. per werkproces, ``zekerheid`` is the share of runs in which it sits in the
       community that holds most of its group (ties: the community met first in profile
       order);
    3. a werkproces gets a group number only when more than half of the runs agree
       (``zekerheid`` > 0.5); otherwise its ``groep`` is empty.

    The seeds are fixed, so the result is the same on every run for the same profile.

    Parameters
    ----------
    profile : Profile
    threshold : float, default 0.0
        Lowest Jaccard similarity that makes an edge (pairs that share nothing are never
        linked).
    runs : int, default 200
        Number of Louvain runs (seeds 0 to runs - 1).
    on : {"competenties", "kennis", "vaardigheden", "alles"}

    Returns
    -------
    pandas.DataFrame
        One row per werkproces in profile order; columns ``werkproces_id``, ``groep``
        (nullable int from 1; groups numbered in the profile order of their first
        werkproces; empty when the runs do not agree), ``zekerheid`` (float, 0 to 1: the
        share of runs that agree with the werkproces's group), ``groepsgrootte`` (int: the
        werkprocessen in its group, itself included) and ``titel``.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> groups = communities(load_profile())
    >>> groups.loc[groups["werkproces_id"].isin(["1.1", "3.4"]), ["werkproces_id", "groep", "zekerheid"]]
       werkproces_id  groep  zekerheid
    0            1.1      1       1.00
    11           3.4      2       0.81
    """
    if runs < 1:
        raise UsageError("communities", "runs", f"runs={runs!r} is minder dan 1", "geef minstens 1 run")
    graph = competency_graph(profile, threshold=threshold, on=on)
    ids = _werkproces_ids(profile)
    position = {werkproces_id: index for index, werkproces_id in enumerate(ids)}
    size = len(ids)
    together = [[0] * size for _ in range(size)]
    partitions = []
    for seed in range(runs):
        found = nx.community.louvain_communities(graph, weight="weight", seed=seed)
        community_of = {}
        for number, members in enumerate(sorted(found, key=lambda group: min(position[m] for m in group))):
            for member in members:
                community_of[position[member]] = number
        partitions.append(community_of)
        for first in range(size):
            for second in range(first + 1, size):
                if community_of[first] == community_of[second]:
                    together[first][second] += 1
    majority = nx.Graph()
    majority.add_nodes_from(range(size))
    majority.add_edges_from((first, second) for first in range(size) for second in range(first + 1, size)
                            if together[first][second] * 2 > runs)
    groups = sorted((sorted(component) for component in nx.connected_components(majority)), key=min)
    group_of = {member: number for number, members in enumerate(groups, start=1) for member in members}
    agreeing = [0] * size
    for community_of in partitions:
        for members in groups:
            held = [community_of[member] for member in members]
            main = max(dict.fromkeys(held), key=held.count)
            for member in members:
                agreeing[member] += community_of[member] == main
    share = [round(count / runs, 2) for count in agreeing]
    return pd.DataFrame({
        "werkproces_id": ids,
        "groep": [group_of[index] if share[index] > 0.5 else pd.NA for index in range(size)],
        "zekerheid": share,
        "groepsgrootte": [len(groups[group_of[index] - 1]) for index in range(size)],
        "titel": profile.werkprocessen["titel"].tolist(),
    }).astype({"werkproces_id": "str", "groep": "Int64", "zekerheid": "float64", "groepsgrootte": "int64",
               "titel": "str"})


def best_pairs(similarity_table):
    """Return the pairs of werkprocessen with the highest similarity, ties included.

    Parameters
    ----------
    similarity_table : pandas.DataFrame
        Square, as :func:`similarity` returns.

    Returns
    -------
    tuple
        ``(value, pairs)``: the highest similarity off the diagonal and the pairs
        ``(a, b)`` (a before b in the table's order) that reach it, in table order.
        ``(0.0, [])`` when no two werkprocessen share anything.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> best_pairs(similarity(load_profile()))
    (0.75, [('1.2', '1.3')])
    """
    ids = [str(value) for value in similarity_table.index]
    values = similarity_table.to_numpy(dtype=float)
    cells = [(float(values[row, column]), ids[row], ids[column])
             for row in range(len(ids)) for column in range(row + 1, len(ids))]
    top = max((value for value, _, _ in cells), default=0.0)
    if top <= 0:
        return 0.0, []
    return top, [(first, second) for value, first, second in cells if value == top]
