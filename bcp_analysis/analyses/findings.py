"""What the numbers show, in Dutch sentences a committee reads under each table and as the title of each chart.

Charts draw; the sentences that title them are written here, from the same tables the
chart draws, so a title never says more than the picture shows. The sentences under a
profile's tables (``item_lists_findings``, ``coverage_findings``, ``overlap_findings``,
``labour_market_findings``) are written in :mod:`bcp_analysis.analyses.profile_findings`
and offered here with the titles: this module is the one public place for both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from bcp_analysis.analyses.coverage import recurring_items
from bcp_analysis.analyses.curriculum import NIVEAUS
from bcp_analysis.analyses.labour_market import (
    scope_with_domain,
    series_change,
)
from bcp_analysis.analyses.overlap import best_pairs
from bcp_analysis.analyses.profile_findings import (
    coverage_findings,
    groups_sentence,
    item_lists_findings,
    kd_list_phrases,
    labour_market_findings,
    overlap_findings,
    pairs_phrase,
)
from bcp_analysis.analyses.selection_findings import (
    changes_finding,
    competency_finding,
    items_finding,
    selection_coverage_finding,
    similar_finding,
    werkproces_finding,
)
from bcp_analysis.dutch import count, join, number, shorten

if TYPE_CHECKING:  # names of the annotations only
    from bcp_analysis.model.profile import Profile

__all__ = [
    "item_lists_findings",
    "soort_label",
    "coverage_findings",
    "overlap_findings",
    "labour_market_findings",
    "matrix_title",
    "frequency_title",
    "cluster_title",
    "similarity_title",
    "network_title",
    "recurrence_title",
    "labour_market_title",
    "curriculum_columns",
    "curriculum_title",
    "profile_similarity_title",
    "domein_title",
    "werkproces_finding",
    "items_finding",
    "similar_finding",
    "competency_finding",
    "changes_finding",
    "selection_coverage_finding",
]


# --- chart titles: one finding per chart, from the table the chart draws ----------------


def matrix_title(matrix: pd.DataFrame, scope: str | None = None) -> str:
    """Title of the proces-competentie-matrix: competencies per werkproces and those never needed.

    Parameters
    ----------
    matrix : pandas.DataFrame
        As :func:`bcp_analysis.analyses.coverage.coverage_matrix` returns.
    scope : str, optional
        The part of the profile the matrix shows, e.g. ``"kerntaak 2"``; the title then says so.

    Returns
    -------
    str

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.analyses.coverage import coverage_matrix
    >>> matrix_title(coverage_matrix(load_profile()))
    'Elk werkproces vraagt 3 tot 10 competenties; 3 van de 25 competenties worden nergens gevraagd'
    >>> kerntaak_2 = coverage_matrix(load_profile()).loc[["2.1", "2.2", "2.3", "2.4"]]
    >>> matrix_title(kerntaak_2, scope="kerntaak 2").split("; ")  # doctest: +NORMALIZE_WHITESPACE
    ['Elk werkproces van kerntaak 2 vraagt 4 tot 7 competenties',
     '13 van de 25 competenties worden in kerntaak 2 nergens gevraagd']
    """
    if scope:
        return _scoped(matrix_title(matrix), scope)
    per_row = matrix.sum(axis=1)
    per_column = matrix.sum(axis=0)
    total = len(matrix.columns)
    if matrix.empty or not len(per_row):
        return "Het profiel heeft geen werkprocessen: er is geen matrix te tekenen"
    least, most = int(per_row.min()), int(per_row.max())
    if least == most:
        title = f"Elk werkproces vraagt {count(least, 'competentie', 'competenties')}"
    else:
        title = f"{'Een' if least == 0 else 'Elk'} werkproces vraagt {least} tot {most} competenties"
    if least == 0:
        none = int((per_row == 0).sum())
        title += f" ({count(none, 'werkproces vraagt', 'werkprocessen vragen')} er geen)"
    unused = int((per_column == 0).sum())
    if unused:
        verb = "wordt" if unused == 1 else "worden"
        return title + f"; {unused} van de {total} competenties {verb} nergens gevraagd"
    return title + f"; alle {total} competenties worden gevraagd"


def _scoped(title, scope):
    """A matrix title for part of the profile: "van kerntaak 2" after werkproces, "in kerntaak 2" before nergens."""
    for word in ("Elk werkproces", "Een werkproces"):
        title = title.replace(word, f"{word} van {scope}", 1)
    return title.replace("nergens gevraagd", f"in {scope} nergens gevraagd").replace(
        "alle 25 competenties worden gevraagd", f"alle 25 competenties worden in {scope} gevraagd")


def frequency_title(frequency: pd.DataFrame, werkprocessen: int | None = None) -> str:
    """Title of the frequency chart: the competencies needed most often.

    Parameters
    ----------
    frequency : pandas.DataFrame
        As :func:`bcp_analysis.analyses.coverage.competency_frequency` returns.
    werkprocessen : int, optional
        The number of werkprocessen, for "10 van 15".

    Returns
    -------
    str

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.analyses.coverage import competency_frequency
    >>> frequency_title(competency_frequency(load_profile()), 15)
    'Ethisch en integer handelen is het vaakst nodig (10 van 15 werkprocessen)'
    """
    counts = frequency["aantal_werkprocessen"].astype(int)
    top = int(counts.max()) if len(counts) else 0
    if top == 0:
        return "Geen enkele competentie wordt in een werkproces gevraagd"
    names = frequency.loc[counts == top, "competentie"].tolist()
    out_of = f"{top} van {werkprocessen} werkprocessen" if werkprocessen else count(top, "werkproces", "werkprocessen")
    verb = "is" if len(names) == 1 else "zijn"
    if len(names) > 3:
        return f"{len(names)} competenties {verb} het vaakst nodig ({out_of})"
    return f"{join(names)} {verb} het vaakst nodig ({out_of})"


def cluster_title(by_cluster: pd.DataFrame) -> str:
    """Title of the cluster chart: the cluster with most links and the unused ones.

    Parameters
    ----------
    by_cluster : pandas.DataFrame
        As :func:`bcp_analysis.analyses.coverage.coverage_by_cluster` returns.

    Returns
    -------
    str

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.analyses.coverage import coverage_by_cluster
    >>> cluster_title(coverage_by_cluster(load_profile()))
    'Ondersteunen en samenwerken telt de meeste koppelingen (23); in 3 van 8 clusters blijven competenties ongebruikt'
    """
    clusters = by_cluster["cluster"].tolist()
    links = by_cluster["koppelingen"].astype(int).tolist()
    used = by_cluster["gebruikte_competenties"].astype(int).tolist()
    in_cluster = by_cluster["competenties_in_cluster"].astype(int).tolist()
    most = max(links) if links else 0
    if most == 0:
        return "Geen enkele competentie wordt in een werkproces gevraagd"
    leaders = [cluster for cluster, number_of_links in zip(clusters, links) if number_of_links == most]
    title = f"{join(leaders)} {'telt' if len(leaders) == 1 else 'tellen'} de meeste koppelingen ({most})"
    unused = [cluster for cluster, number_used in zip(clusters, used) if number_used == 0]
    partial = sum(1 for total, number_used in zip(in_cluster, used) if 0 < number_used < total)
    if unused:
        title += f"; {join(unused)} {'wordt' if len(unused) == 1 else 'worden'} nergens gevraagd"
    elif partial:
        title += f"; in {partial} van {len(clusters)} clusters blijven competenties ongebruikt"
    return title


def similarity_title(similarity_table: pd.DataFrame, on: str = "competenties") -> str:
    """Title of the similarity heatmap: the most alike pair(s), or that nothing is shared.

    Parameters
    ----------
    similarity_table : pandas.DataFrame
        As :func:`bcp_analysis.analyses.overlap.similarity` returns.
    on : str, default "competenties"
        What was compared.

    Returns
    -------
    str

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.analyses.overlap import similarity
    >>> similarity_title(similarity(load_profile()))
    'Op competenties lijken 1.2 en 1.3 het meest op elkaar (gelijkenis 0,75)'
    """
    if len(similarity_table) < 2:
        return f"Met minder dan twee werkprocessen is er geen gelijkenis op {on} te tonen"
    value, pairs = best_pairs(similarity_table)
    if not pairs:
        return f"Geen twee werkprocessen delen {on}: alle gelijkenissen zijn 0"
    if len(pairs) == 1:
        first, second = pairs[0]
        return f"Op {on} lijken {first} en {second} het meest op elkaar (gelijkenis {number(value, 2)})"
    return (f"Op {on} lijken {len(pairs)} paren even sterk het meest op elkaar "
            f"(gelijkenis {number(value, 2)}): {pairs_phrase(pairs)}")


def network_title(groups: pd.DataFrame, on: str = "competenties") -> str:
    """Title of the network chart: the groups, as far as the Louvain runs agree on them.

    Parameters
    ----------
    groups : pandas.DataFrame
        As :func:`bcp_analysis.analyses.overlap.communities` returns.
    on : str, default "competenties"

    Returns
    -------
    str

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.analyses.overlap import communities
    >>> print(network_title(communities(load_profile())))  # doctest: +NORMALIZE_WHITESPACE
    Op gedeelde competenties vallen de werkprocessen in 2 groepen; 3.4 hoort in 81% van de berekeningen bij
    groep 2, de andere werkprocessen in elke berekening bij hun groep
    """
    if groups.empty:
        return "Het profiel heeft geen werkprocessen om te groeperen"
    return f"Op gedeelde {on} " + groups_sentence(groups, on)


_ONDERDEEL_MEERVOUD = {"kennis": "kennisitems", "vaardigheden": "vaardigheden", "resultaten": "resultaten",
                       "gedrag": "gedragingen"}


def recurrence_title(recurrence: pd.DataFrame, on: str = "kennis", top: int | None = 15,
                     profile: Profile | None = None) -> str:
    """Title of the recurrence chart: how many items recur and how many of them are drawn.

    Parameters
    ----------
    recurrence : pandas.DataFrame
        As :func:`bcp_analysis.analyses.coverage.item_recurrence` returns.
    on : str, default "kennis"
    top : int or None, default 15
        As given to :func:`bcp_analysis.analyses.coverage.recurring_items` for the chart.
    profile : Profile, optional
        When given and it names no such items, the title says what it names instead (a
        kwalificatiedossier: vakkennis per kerntaak, gedrag per werkproces).

    Returns
    -------
    str

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.analyses.coverage import item_recurrence
    >>> recurrence = item_recurrence(load_profile(), "vaardigheden")
    >>> print(recurrence_title(recurrence, "vaardigheden"))  # doctest: +NORMALIZE_WHITESPACE
    9 van de 16 vaardigheden komen in meer dan één werkproces terug; 'Mondelinge en schriftelijke taalbeheersing
    Nederlands' het vaakst (in 15 werkprocessen)
    """
    plural = _ONDERDEEL_MEERVOUD.get(on, f"items {on}")
    if recurrence.empty:
        title = f"Het profiel noemt geen {plural} per werkproces: er is niets te tellen"
        instead = kd_list_phrases(profile) if profile is not None else []
        return title + (f"; het noemt wel {join(instead)}" if instead else "")
    shown = recurring_items(recurrence, top)
    recurring = len(recurring_items(recurrence, None))
    if not recurring:
        if len(recurrence) == 1:
            return f"Het profiel noemt één item onder {plural}; het staat bij één werkproces"
        return f"Geen van de {len(recurrence)} {plural} komt in meer dan één werkproces terug"
    verb = "komt" if recurring == 1 else "komen"
    title = f"{recurring} van de {len(recurrence)} {plural} {verb} in meer dan één werkproces terug"
    if len(shown) < recurring:
        title += f" (hier de {len(shown)} die het vaakst terugkomen)"
    most = int(shown["aantal_werkprocessen"].iloc[0])
    leaders = shown.loc[shown["aantal_werkprocessen"] == most, "item"].tolist()
    if len(leaders) == 1:
        title += f"; '{shorten(leaders[0], 60)}' het vaakst (in {most} werkprocessen)"
    else:
        title += f"; {len(leaders)} het vaakst (elk in {most} werkprocessen)"
    return title


def labour_market_title(panels: dict[str, pd.DataFrame]) -> str:
    """Title of the labour-market chart: how the vacancies it draws change.

    Parameters
    ----------
    panels : dict of str to pandas.DataFrame
        As :func:`bcp_analysis.analyses.labour_market.labour_market_panels` returns.

    Returns
    -------
    str

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.analyses.labour_market import labour_market_panels, labour_market_table
    >>> print(labour_market_title(labour_market_panels(labour_market_table(load_profile()))))
    Vacatures (ECABO-domein, mbo-niveau) stijgen naar verwachting van 133.400 in 2009 naar 193.000 in 2014 (+45%)
    """
    if not panels:
        return "Geen arbeidsmarktcijfers in het profiel"
    change = series_change(panels["vacatures"]) if "vacatures" in panels else None
    if change is None or change.empty:
        return _highest_share(panels)
    row = change.iloc[0]
    growth = float(row["groei_procent"])
    verb = "stijgen" if growth >= 0 else "dalen"
    hedge = " naar verwachting" if row["soort"] == "prognose" else ""
    return (f"Vacatures ({scope_with_domain(row['scope'])}) {verb}{hedge} van {number(row['van'])} in {row['van_jaar']}"
            f" naar {number(row['tot'])} in {row['tot_jaar']} ({'+' if growth >= 0 else '−'}{number(abs(growth))}%)")


def _highest_share(panels):
    """The labour-market title without a vacancy series: the highest percentage the chart draws.

    >>> import pandas as pd
    >>> _highest_share({"overige percentages": pd.DataFrame({"label": ["Vervolgstudie 2014", "Direct werken 2014"],
    ...                                                      "waarde": [70.0, 30.0]})})
    'Het hoogste cijfer in de grafiek: vervolgstudie 2014, 70%'
    """
    rows = [table for name, table in panels.items() if name != "vacatures" and not table.empty]
    if not rows:
        return "Arbeidsmarkt volgens het profiel"
    table = pd.concat(rows, ignore_index=True)
    highest = table.loc[table["waarde"].astype(float).idxmax()]
    label = str(highest["label"])
    label = label[:1].lower() + label[1:] if label[1:2].islower() else label
    value = float(highest["waarde"])
    return f"Het hoogste cijfer in de grafiek: {label}, {number(value, 0 if value == round(value) else 1)}%"


def profile_similarity_title(similarity: pd.DataFrame, method: str = "jaccard") -> str:
    """Title of the chart of how alike the profielen of a dossier are: the most and the least alike pair.

    Parameters
    ----------
    similarity : pandas.DataFrame
        Square, profielen by profielen, as :func:`bcp_analysis.analyses.dossier.profile_similarity` returns.
    method : {"jaccard", "cosinus"}
        ``jaccard``: the share of their competencies two profielen share; ``cosinus``: how alike
        their counts of werkprocessen per competency are.

    Returns
    -------
    str

    Examples
    --------
    >>> import pandas as pd
    >>> names = ["A", "B", "C"]
    >>> table = pd.DataFrame([[1, 0.81, 0.89], [0.81, 1, 0.74], [0.89, 0.74, 1]], index=names, columns=names)
    >>> profile_similarity_title(table)
    'A en C lijken het meest op elkaar (gelijkenis 0,89 op gedeelde competenties); B en C het minst (0,74)'
    """
    names = [str(name) for name in similarity.index]
    values = similarity.to_numpy(dtype=float)
    pairs = [(values[row, column], names[row], names[column])
             for row in range(len(names)) for column in range(row + 1, len(names))]
    if not pairs:
        return "Eén profiel: niets te vergelijken"
    how = "op gedeelde competenties" if method == "jaccard" else "naar het aantal werkprocessen per competentie"
    best = max(pairs, key=lambda pair: pair[0])
    title = f"{best[1]} en {best[2]} lijken het meest op elkaar (gelijkenis {number(best[0], 2)} {how})"
    if len(pairs) == 1:
        return title
    worst = min(pairs, key=lambda pair: pair[0])
    return title + f"; {worst[1]} en {worst[2]} het minst ({number(worst[0], 2)})"


def domein_title(matrix: pd.DataFrame) -> str:
    """Title of the register chart: which competencies every profiel needs, and which none.

    Parameters
    ----------
    matrix : pandas.DataFrame
        Domeinen (index, "naam (aantal profielen)") by the 25 competencies: the share of the
        domein's profielen that need each, as :func:`bcp_analysis.analyses.register.domein_matrix`
        returns.

    Returns
    -------
    str

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame([[1.0, 0.5, 0.0]], index=["Zorg en welzijn (8)"], columns=["A", "B", "C"])
    >>> domein_title(table)
    'Alle 8 profielen van Zorg en welzijn vragen 1 van de 3 competenties (A); geen enkel profiel vraagt C'
    """
    everywhere = [str(name) for name in matrix.columns[(matrix == 1).all(axis=0)]]
    nowhere = [str(name) for name in matrix.columns[(matrix == 0).all(axis=0)]]
    total = len(matrix.columns)
    if len(matrix) == 1:
        label = str(matrix.index[0])
        name, _, amount = label.rstrip(")").rpartition(" (")
        who = f"Alle {amount} profielen van {name}" if name and amount.isdigit() else f"Alle profielen van {label}"
    else:
        who = f"Alle profielen, in alle {len(matrix)} domeinen,"
    title = f"{who} vragen {len(everywhere)} van de {total} competenties"
    title += f" ({join(everywhere)})" if 0 < len(everywhere) <= 3 else ""
    if not nowhere:
        return title + "; elke competentie vraagt minstens één profiel"
    named = join(nowhere) if len(nowhere) <= 3 else count(len(nowhere), "competentie", "competenties")
    return title + f"; geen enkel profiel vraagt {named}"


def curriculum_columns(matrix: pd.DataFrame) -> pd.DataFrame:
    """Per werkproces of a curriculum matrix: how many modules cover it and whether one assesses it.

    Parameters
    ----------
    matrix : pandas.DataFrame
        As :func:`bcp_analysis.analyses.curriculum.curriculum_matrix` returns.

    Returns
    -------
    pandas.DataFrame
        Index ``werkproces_id`` (the matrix's columns); columns ``aantal_modules`` (int),
        ``getoetst`` ("ja" when a module assesses it; "nee" when it is taught with a
        niveau or not covered at all but never assessed; "?" when no row gives a niveau)
        and ``gat`` (bool: not covered, or taught but never assessed).

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.analyses.curriculum import curriculum_matrix, load_curriculum
    >>> from bcp_analysis.paths import EXAMPLE_CURRICULUM
    >>> profile = load_profile()
    >>> columns = curriculum_columns(curriculum_matrix(load_curriculum(EXAMPLE_CURRICULUM, profile), profile))
    >>> columns.loc[["1.3", "2.4"]].values.tolist()
    [[2, 'nee', True], [0, 'nee', True]]
    """
    rows = []
    for werkproces_id in matrix.columns:
        cells = matrix[werkproces_id]
        modules = int((cells != "").sum())
        assessed = bool((cells == "toetsen").any())
        known = bool(cells.isin(NIVEAUS).any())
        answer = "ja" if assessed else ("nee" if known or modules == 0 else "?")
        rows.append({"werkproces_id": str(werkproces_id), "aantal_modules": modules, "getoetst": answer,
                     "gat": modules == 0 or (known and not assessed)})
    table = pd.DataFrame(rows, columns=["werkproces_id", "aantal_modules", "getoetst", "gat"])
    return table.astype({"werkproces_id": "str", "aantal_modules": "int64", "getoetst": "str", "gat": "bool"}
                        ).set_index("werkproces_id")


def curriculum_title(matrix: pd.DataFrame) -> str:
    """Title of the curriculum chart: werkprocessen no module covers and those none assesses.

    Parameters
    ----------
    matrix : pandas.DataFrame
        As :func:`bcp_analysis.analyses.curriculum.curriculum_matrix` returns.

    Returns
    -------
    str

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.analyses.curriculum import curriculum_matrix, load_curriculum
    >>> from bcp_analysis.paths import EXAMPLE_CURRICULUM
    >>> profile = load_profile()
    >>> matrix = curriculum_matrix(load_curriculum(EXAMPLE_CURRICULUM, profile), profile)
    >>> print(curriculum_title(matrix))  # doctest: +NORMALIZE_WHITESPACE
    2 van de 15 werkprocessen zitten in geen enkele module (2.4, 3.7); 1 wordt wel onderwezen maar nergens getoetst
    (1.3)
    """
    columns = curriculum_columns(matrix)
    ids = columns.index.tolist()
    uncovered = [werkproces_id for werkproces_id in ids if columns.loc[werkproces_id, "aantal_modules"] == 0]
    not_assessed = [werkproces_id for werkproces_id in ids
                    if columns.loc[werkproces_id, "gat"] and werkproces_id not in uncovered]
    parts = []
    if uncovered:
        verb = "zit" if len(uncovered) == 1 else "zitten"
        parts.append(f"{len(uncovered)} van de {len(ids)} werkprocessen {verb} in geen enkele module "
                     f"({', '.join(uncovered)})")
    if not_assessed:
        verb = "wordt" if len(not_assessed) == 1 else "worden"
        parts.append(f"{len(not_assessed)} {verb} wel onderwezen maar nergens getoetst ({', '.join(not_assessed)})")
    if not parts:
        return f"Alle {len(ids)} werkprocessen zitten in een module"
    return "; ".join(parts)


_SOORT_LABELS = {"generiek": "generiek", "gedeeld": "gedeeld", "specifiek": "specifiek (in één werkproces)"}


def soort_label(recurrence: pd.DataFrame, kind: str) -> str:
    """Legend text of a kind of recurring item, with the range of werkprocessen it stands for in this table.

    Parameters
    ----------
    recurrence : pandas.DataFrame
        As :func:`bcp_analysis.analyses.coverage.item_recurrence` returns (``soort``, ``aantal_werkprocessen``).
    kind : str
        ``generiek``, ``gedeeld`` or ``specifiek``.

    Returns
    -------
    str

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.analyses.coverage import item_recurrence
    >>> recurrence = item_recurrence(load_profile(), "vaardigheden")
    >>> soort_label(recurrence, "generiek"), soort_label(recurrence, "gedeeld")
    ('generiek (in 3–15 werkprocessen)', 'gedeeld (in 2 werkprocessen)')
    """
    counts = recurrence.loc[recurrence["soort"] == kind, "aantal_werkprocessen"].astype(int)
    if kind == "specifiek" or counts.empty:
        return _SOORT_LABELS.get(kind, kind)
    low, high = int(counts.min()), int(counts.max())
    span = f"{low}" if low == high else f"{low}–{high}"
    return f"{_SOORT_LABELS.get(kind, kind)} (in {span} werkprocessen)"


# --- the verkenner: one sentence per view of a selection ----------------------------
