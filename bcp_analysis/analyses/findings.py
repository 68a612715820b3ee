"""What the numbers show, in Dutch sentences a committee reads under each table and as the title of each chart.

Charts draw; the sentences that title them are written here, from the same tables the
chart draws, so a title never says more than the picture shows.
"""

import pandas as pd

from bcp_analysis.analyses.coverage import coverage_matrix, competency_frequency, recurring_items, unused_competencies
from bcp_analysis.analyses.curriculum import NIVEAUS
from bcp_analysis.dutch import count, join, number, shorten
from bcp_analysis.analyses.labour_market import (
    labour_market_table,
    scope_with_domain,
    series_change,
    vacancy_change,
    vacancy_share_outside,
)
from bcp_analysis.analyses.overlap import LOUVAIN_RUNS, best_pairs, communities, most_similar_pairs
from bcp_analysis.model.profile import werkproces_sort_key

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
]


def item_lists_findings(profile):
    """State which lists of items a profile has: a BCP's kennis and vaardigheden, or a KD's gedrag and vakkennis.

    A beroepscompetentieprofiel (BCP) names kennis and vaardigheden per werkproces; a
    kwalificatiedossier (KD) names none, but gedrag per werkproces and vakkennis en
    vaardigheden per kerntaak. The sentences say which of these the profile has, so that an
    empty chart or table of the other kind is never left without a word.

    Parameters
    ----------
    profile : Profile

    Returns
    -------
    list of str

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> for sentence in item_lists_findings(load_profile()):
    ...     print(sentence)
    Het profiel noemt per werkproces kennis (74 items in 15 werkprocessen) en vaardigheden (65 items in 15 werkprocessen).
    Gedrag per werkproces en vakkennis per kerntaak, zoals een kwalificatiedossier ze noemt, staan er niet in.
    """
    per_werkproces = [f"{name} ({_amount(getattr(profile, name), 'werkproces_id')})"
                      for name in ("kennis", "vaardigheden") if len(getattr(profile, name))]
    kd_lists = _kd_lists(profile)
    sentences = []
    if per_werkproces:
        sentences.append(f"Het profiel noemt per werkproces {join(per_werkproces)}.")
    else:
        sentences.append("Het profiel noemt geen kennis en vaardigheden per werkproces (een kwalificatiedossier "
                         "kent die niet): grafieken en tabellen van kennis en vaardigheden blijven daarom leeg.")
    if kd_lists:
        sentences.append(f"Het noemt wel {join(kd_lists)}.")
    elif per_werkproces:
        sentences.append("Gedrag per werkproces en vakkennis per kerntaak, zoals een kwalificatiedossier ze noemt, "
                         "staan er niet in.")
    return sentences


def _amount(table, key):
    """'98 items in 17 werkprocessen' for a table of items keyed by werkproces_id or kerntaak_id."""
    nouns = ("werkproces", "werkprocessen") if key == "werkproces_id" else ("kerntaak", "kerntaken")
    return f"{count(len(table), 'item', 'items')} in {count(table[key].nunique(), *nouns)}"


def _kd_lists(profile):
    """The lists only a kwalificatiedossier has, with their size, as phrases (empty for a BCP)."""
    phrases = []
    if len(profile.gedrag):
        phrases.append(f"gedrag per werkproces ({_amount(profile.gedrag, 'werkproces_id')})")
    if len(profile.vakkennis):
        phrases.append(f"vakkennis en vaardigheden per kerntaak ({_amount(profile.vakkennis, 'kerntaak_id')})")
    return phrases


def coverage_findings(profile):
    """State which competencies the werkprocessen need, most and not at all.

    Parameters
    ----------
    profile : Profile

    Returns
    -------
    list of str
        One sentence per finding.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> for sentence in coverage_findings(load_profile()):
    ...     print(sentence)
    Het profiel koppelt 97 keer een competentie aan een werkproces; een werkproces vraagt 3 tot 10 competenties.
    Het vaakst nodig: Ethisch en integer handelen (in 10 van de 15 werkprocessen).
    Geen enkel werkproces vraagt Aansturen, Leren en Omgaan met verandering en aanpassen (3 van de 25 competenties).
    """
    per_werkproces = coverage_matrix(profile).sum(axis=1)
    frequency = competency_frequency(profile)
    most = frequency.loc[frequency["aantal_werkprocessen"] == frequency["aantal_werkprocessen"].max()]
    sentences = [
        f"Het profiel koppelt {int(per_werkproces.sum())} keer een competentie aan een werkproces; "
        f"een werkproces vraagt {int(per_werkproces.min())} tot {int(per_werkproces.max())} competenties.",
        f"Het vaakst nodig: {join(most['competentie'])} (in {int(most['aantal_werkprocessen'].iloc[0])} "
        f"van de {len(per_werkproces)} werkprocessen).",
    ]
    unused = unused_competencies(profile)
    if unused:
        sentences.append(f"Geen enkel werkproces vraagt {join(unused)} ({len(unused)} van de 25 competenties).")
    else:
        sentences.append("Elk van de 25 competenties is in minstens één werkproces nodig.")
    return sentences


def overlap_findings(profile, on="competenties"):
    """State which werkprocessen overlap most, which sit inside others, and the groups.

    Parameters
    ----------
    profile : Profile
    on : str, default "competenties"
        ``"competenties"``, ``"kennis"``, ``"vaardigheden"`` or ``"alles"``.

    Returns
    -------
    list of str

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> for sentence in overlap_findings(load_profile()):
    ...     print(sentence)
    Het meest lijken 1.2 en 1.3 op elkaar: zij delen 6 competenties (overeenkomst 0,75).
    Bij 3 paren zitten alle competenties van het ene werkproces ook in het andere: 1.2 in 1.3, 1.4 in 3.1 en 2.1 in 2.2.
    Op gedeelde competenties vallen de werkprocessen in 2 groepen (200 Louvain-runs); 3.4 hoort in 81 % van de runs bij groep 2, de andere werkprocessen in elke run bij hun groep.
    """
    noun = _NOUNS[on]
    pairs = most_similar_pairs(profile, on=on, method="jaccard", top=None)
    best = pairs.loc[(pairs["gelijkenis"] == pairs["gelijkenis"].max()) & (pairs["gedeeld"] > 0)]
    if best.empty:
        sentences = [f"Geen twee werkprocessen delen {noun}."]
    elif len(best) == 1:
        row = best.iloc[0]
        sentences = [
            f"Het meest lijken {row['werkproces_a']} en {row['werkproces_b']} op elkaar: zij delen "
            f"{int(row['gedeeld'])} {noun} (overeenkomst {number(row['gelijkenis'], 2)})."]
    else:
        named = _pairs_text(list(zip(best["werkproces_a"], best["werkproces_b"])))
        sentences = [f"Het meest lijken {len(best)} paren op elkaar, elk met overeenkomst "
                     f"{number(best['gelijkenis'].iloc[0], 2)}: {named}."]
    nested = most_similar_pairs(profile, on=on, method="overlap", top=None)
    nested = nested.loc[(nested["gelijkenis"] == 1.0) & (nested["gedeeld"] > 0)]
    sizes = _set_sizes(profile, on)
    inside = []
    for row in nested.itertuples():
        small, large = sorted((row.werkproces_a, row.werkproces_b),
                              key=lambda key: (sizes[key], werkproces_sort_key(key)))
        if sizes[small] < sizes[large]:
            inside.append((small, large))
    if inside:
        inside.sort(key=lambda pair: (werkproces_sort_key(pair[0]), werkproces_sort_key(pair[1])))
        pairs_text = "1 paar" if len(inside) == 1 else f"{len(inside)} paren"
        sentences.append(
            f"Bij {pairs_text} zitten alle {noun} van het ene werkproces ook in het andere: "
            + join(f"{small} in {large}" for small, large in inside) + ".")
    sentences.append(f"Op gedeelde {noun} " + _groups_sentence(communities(profile, on=on), noun) + ".")
    return sentences


_NOUNS = {"competenties": "competenties", "kennis": "kennisitems", "vaardigheden": "vaardigheden",
          "alles": "items (competenties, kennis en vaardigheden samen)"}


def _set_sizes(profile, on):
    tables = ["competenties", "kennis", "vaardigheden"] if on == "alles" else [on]
    sizes = {werkproces_id: 0 for werkproces_id in profile.werkprocessen["werkproces_id"]}
    for name in tables:
        for werkproces_id, items in getattr(profile, name)["werkproces_id"].value_counts().items():
            sizes[werkproces_id] += int(items)
    return sizes


def labour_market_findings(profile):
    """State what the labour-market figures of a profile say, forecasts named as such.

    Parameters
    ----------
    profile : Profile

    Returns
    -------
    list of str

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> for sentence in labour_market_findings(load_profile()):
    ...     print(sentence)
    Het profiel geeft 16 arbeidsmarktcijfers: 10 waargenomen, 6 prognoses.
    Vacatures ECABO-domein, mbo-niveau: van 133.400 in 2009 naar 193.000 in 2014 (prognose), 59.600 meer, gemiddeld 11.920 per jaar (7,67 % groei per jaar).
    In 2009 lag 32,7 % van de vacatures buiten de richtingen Commercieel, Financiële beroepen en ICT.
    """
    table = labour_market_table(profile)
    if table.empty:
        return ["Dit profiel bevat geen arbeidsmarktcijfers."]
    forecasts = int((table["soort"] == "prognose").sum())
    sentences = [f"Het profiel geeft {len(table)} arbeidsmarktcijfers: {len(table) - forecasts} waargenomen, "
                 f"{forecasts} prognoses."]
    change = vacancy_change(profile)
    if len(change):
        row = change.iloc[0]
        direction = "meer" if row["verschil"] >= 0 else "minder"
        sentences.append(
            f"Vacatures {row['scope']}: van {number(row['van'])} in {row['van_jaar']} naar {number(row['tot'])} "
            f"in {row['tot_jaar']} ({row['soort']}), {number(abs(row['verschil']))} {direction}, gemiddeld "
            f"{number(abs(row['verschil_per_jaar']))} per jaar ({number(row['groei_per_jaar_procent'], 2)} % "
            f"groei per jaar).")
    shares = vacancy_share_outside(profile)
    if len(shares):
        named, rest = shares.iloc[:-1], shares.iloc[-1]
        sentences.append(
            f"In {rest['periode']} lag {number(rest['aandeel_procent'], 1)} % van de vacatures buiten de "
            f"richtingen {join(named['richting'])}.")
    return sentences


def _pairs_text(pairs, at_most=4):
    """'1.2 en 1.3', or several pairs joined; more than ``at_most`` counted, not listed."""
    named = [f"{first} en {second}" for first, second in pairs[:at_most]]
    text = "; ".join(named)
    if len(pairs) > at_most:
        text += f" en nog {count(len(pairs) - at_most, 'paar', 'paren')}"
    return text


def _groups_sentence(groups, noun):
    """The groups of :func:`bcp_analysis.analyses.overlap.communities`, as far as the runs agree."""
    placed = groups.loc[groups["groep"].notna()]
    sizes = placed.groupby("groep")["werkproces_id"].count()
    shared = [int(group) for group, size in sizes.items() if size > 1]
    alone = [werkproces_id for werkproces_id, size in zip(placed["werkproces_id"], placed["groepsgrootte"]) if size == 1]
    if not shared:
        if len(alone) == len(groups):
            return f"vormen de werkprocessen geen groepen: geen twee delen genoeg {noun} om samen te vallen"
        return f"vormen de werkprocessen geen groepen waarover de meeste van {LOUVAIN_RUNS} Louvain-runs het eens zijn"
    sentence = f"vallen de werkprocessen in {count(len(shared), 'groep', 'groepen')} ({LOUVAIN_RUNS} Louvain-runs)"
    doubtful = placed.loc[(placed["zekerheid"] < 1.0) & placed["groep"].isin(shared)]
    if doubtful.empty:
        sentence += "; elke run geeft deze indeling"
    elif len(doubtful) <= 3:
        sentence += "; " + join(f"{row.werkproces_id} hoort in {number(row.zekerheid * 100)} % van de runs bij "
                                f"groep {int(row.groep)}" for row in doubtful.itertuples())
        sentence += ", de andere werkprocessen in elke run bij hun groep"
    else:
        low = float(doubtful["zekerheid"].min())
        sentence += (f"; {len(doubtful)} werkprocessen wisselen soms van groep (het minst zeker in "
                     f"{number(low * 100)} % van de runs)")
    unplaced = groups.loc[groups["groep"].isna(), "werkproces_id"].tolist()
    if unplaced:
        verb = "krijgt" if len(unplaced) == 1 else "krijgen"
        sentence += f"; {join(unplaced)} {verb} geen groep (de runs zijn het oneens)"
    if alone:
        sentence += f"; {count(len(alone), 'werkproces staat', 'werkprocessen staan')} alleen"
    return sentence


# --- chart titles: one finding per chart, from the table the chart draws ----------------


def matrix_title(matrix):
    """Title of the proces-competentie-matrix: competencies per werkproces and those never needed.

    Parameters
    ----------
    matrix : pandas.DataFrame
        As :func:`bcp_analysis.analyses.coverage.coverage_matrix` returns.

    Returns
    -------
    str

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> matrix_title(coverage_matrix(load_profile()))
    'Elk werkproces vraagt 3 tot 10 competenties; 3 van de 25 competenties worden nergens gevraagd'
    """
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


def frequency_title(frequency, werkprocessen=None):
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


def cluster_title(by_cluster):
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


def similarity_title(similarity_table, onderdeel="competenties"):
    """Title of the similarity heatmap: the most alike pair(s), or that nothing is shared.

    Parameters
    ----------
    similarity_table : pandas.DataFrame
        As :func:`bcp_analysis.analyses.overlap.similarity` returns.
    onderdeel : str, default "competenties"
        What was compared.

    Returns
    -------
    str

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.analyses.overlap import similarity
    >>> similarity_title(similarity(load_profile()))
    'Op competenties lijken 1.2 en 1.3 het meest op elkaar (overeenkomst 0,75)'
    """
    if len(similarity_table) < 2:
        return f"Met minder dan twee werkprocessen is er geen overeenkomst op {onderdeel} te tonen"
    value, pairs = best_pairs(similarity_table)
    if not pairs:
        return f"Geen twee werkprocessen delen {onderdeel}: alle overeenkomsten zijn 0"
    if len(pairs) == 1:
        first, second = pairs[0]
        return f"Op {onderdeel} lijken {first} en {second} het meest op elkaar (overeenkomst {number(value, 2)})"
    return (f"Op {onderdeel} lijken {len(pairs)} paren even sterk het meest op elkaar "
            f"(overeenkomst {number(value, 2)}): {_pairs_text(pairs)}")


def network_title(groups, onderdeel="competenties"):
    """Title of the network chart: the groups, as far as the Louvain runs agree on them.

    Parameters
    ----------
    groups : pandas.DataFrame
        As :func:`bcp_analysis.analyses.overlap.communities` returns.
    onderdeel : str, default "competenties"

    Returns
    -------
    str

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> print(network_title(communities(load_profile())))
    Op gedeelde competenties vallen de werkprocessen in 2 groepen (200 Louvain-runs); 3.4 hoort in 81 % van de runs bij groep 2, de andere werkprocessen in elke run bij hun groep
    """
    if groups.empty:
        return "Het profiel heeft geen werkprocessen om te groeperen"
    return f"Op gedeelde {onderdeel} " + _groups_sentence(groups, onderdeel)


_ONDERDEEL_MEERVOUD = {"kennis": "kennisitems", "vaardigheden": "vaardigheden", "resultaten": "resultaten",
                       "gedrag": "gedragingen"}


def recurrence_title(recurrence, onderdeel="kennis", top=15, profile=None):
    """Title of the recurrence chart: how many items recur and how many of them are drawn.

    Parameters
    ----------
    recurrence : pandas.DataFrame
        As :func:`bcp_analysis.analyses.coverage.item_recurrence` returns.
    onderdeel : str, default "kennis"
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
    >>> print(recurrence_title(item_recurrence(load_profile(), "vaardigheden"), "vaardigheden"))
    9 van de 16 vaardigheden komen in meer dan één werkproces terug; 'Mondelinge en schriftelijke taalbeheersing Nederlands' het vaakst (in 15 werkprocessen)
    """
    plural = _ONDERDEEL_MEERVOUD.get(onderdeel, f"items {onderdeel}")
    if recurrence.empty:
        title = f"Het profiel noemt geen {plural} per werkproces: er is niets te tellen"
        instead = _kd_lists(profile) if profile is not None else []
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


def labour_market_title(panels):
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
    >>> from bcp_analysis.analyses.labour_market import labour_market_panels
    >>> print(labour_market_title(labour_market_panels(labour_market_table(load_profile()))))
    Vacatures (ECABO-domein, mbo-niveau) stijgen naar verwachting van 133.400 in 2009 naar 193.000 in 2014 (+45%)
    """
    if not panels:
        return "Geen arbeidsmarktcijfers in het profiel"
    change = series_change(panels["vacatures"]) if "vacatures" in panels else None
    if change is None or change.empty:
        return "Arbeidsmarkt volgens het profiel"
    row = change.iloc[0]
    growth = float(row["groei_procent"])
    verb = "stijgen" if growth >= 0 else "dalen"
    hedge = " naar verwachting" if row["soort"] == "prognose" else ""
    return (f"Vacatures ({scope_with_domain(row['scope'])}) {verb}{hedge} van {number(row['van'])} in {row['van_jaar']}"
            f" naar {number(row['tot'])} in {row['tot_jaar']} ({'+' if growth >= 0 else '−'}{number(abs(growth))}%)")


def curriculum_columns(matrix):
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


def curriculum_title(matrix):
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
    >>> print(curriculum_title(curriculum_matrix(load_curriculum(EXAMPLE_CURRICULUM, profile), profile)))
    2 van de 15 werkprocessen zitten in geen enkele module (2.4, 3.7); 1 wordt wel onderwezen maar nergens getoetst (1.3)
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


def soort_label(recurrence, soort):
    """Legend text of a kind of recurring item, with the range of werkprocessen it stands for in this table.

    Parameters
    ----------
    recurrence : pandas.DataFrame
        As :func:`bcp_analysis.analyses.coverage.item_recurrence` returns (``soort``, ``aantal_werkprocessen``).
    soort : str
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
    counts = recurrence.loc[recurrence["soort"] == soort, "aantal_werkprocessen"].astype(int)
    if soort == "specifiek" or counts.empty:
        return _SOORT_LABELS.get(soort, soort)
    low, high = int(counts.min()), int(counts.max())
    span = f"{low}" if low == high else f"{low}–{high}"
    return f"{_SOORT_LABELS.get(soort, soort)} (in {span} werkprocessen)"
