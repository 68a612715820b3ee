"""The sentences under a profile's tables: which lists it has, what its coverage, overlap and labour market show.

They are public through :mod:`bcp_analysis.analyses.findings`, with the chart titles that
share their helpers (the last three names here).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bcp_analysis.analyses.coverage import competency_frequency, coverage_matrix, unused_competencies
from bcp_analysis.analyses.labour_market import (
    labour_market_table,
    vacancy_change,
    vacancy_share_outside,
)
from bcp_analysis.analyses.overlap import communities, most_similar_pairs
from bcp_analysis.dutch import count, join, number
from bcp_analysis.model.profile import werkproces_sort_key

if TYPE_CHECKING:  # names of the annotations only
    from bcp_analysis.model.profile import Profile

__all__: list[str] = []  # nothing of it is used outside its layer


def item_lists_findings(profile: Profile) -> list[str]:
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
    >>> for sentence in item_lists_findings(load_profile()):  # doctest: +NORMALIZE_WHITESPACE
    ...     print(sentence)
    Het profiel noemt per werkproces kennis (74 items in 15 werkprocessen) en vaardigheden (65 items in 15
    werkprocessen).
    Gedrag per werkproces en vakkennis per kerntaak, zoals een kwalificatiedossier ze noemt, staan er niet in.
    """
    per_werkproces = [f"{name} ({_amount(getattr(profile, name), 'werkproces_id')})"
                      for name in ("kennis", "vaardigheden") if len(getattr(profile, name))]
    kd_lists = kd_list_phrases(profile)
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


def kd_list_phrases(profile):
    """The lists only a kwalificatiedossier has, with their size, as phrases (empty for a BCP)."""
    phrases = []
    if len(profile.gedrag):
        phrases.append(f"gedrag per werkproces ({_amount(profile.gedrag, 'werkproces_id')})")
    if len(profile.vakkennis):
        phrases.append(f"vakkennis en vaardigheden per kerntaak ({_amount(profile.vakkennis, 'kerntaak_id')})")
    return phrases


def coverage_findings(profile: Profile) -> list[str]:
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


def overlap_findings(profile: Profile, on: str = "competenties") -> list[str]:
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
    >>> for sentence in overlap_findings(load_profile()):  # doctest: +NORMALIZE_WHITESPACE
    ...     print(sentence)
    Het meest lijken 1.2 en 1.3 op elkaar: zij delen 6 competenties (gelijkenis 0,75).
    Bij 3 paren zitten alle competenties van het ene werkproces ook in het andere: 1.2 in 1.3, 1.4 in 3.1 en 2.1 in 2.2.
    Op gedeelde competenties vallen de werkprocessen in 2 groepen; 3.4 hoort in 81% van de berekeningen bij
    groep 2, de andere werkprocessen in elke berekening bij hun groep.
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
            f"{int(row['gedeeld'])} {noun} (gelijkenis {number(row['gelijkenis'], 2)})."]
    else:
        named = pairs_phrase(list(zip(best["werkproces_a"], best["werkproces_b"])))
        sentences = [f"Het meest lijken {len(best)} paren op elkaar, elk met gelijkenis "
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
    sentences.append(f"Op gedeelde {noun} " + groups_sentence(communities(profile, on=on), noun) + ".")
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


def labour_market_findings(profile: Profile) -> list[str]:
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
    >>> for sentence in labour_market_findings(load_profile()):  # doctest: +NORMALIZE_WHITESPACE
    ...     print(sentence)
    Het profiel geeft 16 arbeidsmarktcijfers: 10 waargenomen, 6 prognoses.
    Vacatures ECABO-domein, mbo-niveau: van 133.400 in 2009 naar 193.000 in 2014 (prognose), 59.600 meer, gemiddeld
    11.920 per jaar (7,67 % groei per jaar).
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


def pairs_phrase(pairs, at_most=4):
    """'1.2 en 1.3', or several pairs joined; more than ``at_most`` counted, not listed."""
    named = [f"{first} en {second}" for first, second in pairs[:at_most]]
    text = "; ".join(named)
    if len(pairs) > at_most:
        text += f" en nog {count(len(pairs) - at_most, 'paar', 'paren')}"
    return text


def groups_sentence(groups, noun):
    """The groups of :func:`bcp_analysis.analyses.overlap.communities`, as far as the runs agree."""
    placed = groups.loc[groups["groep"].notna()]
    sizes = placed.groupby("groep")["werkproces_id"].count()
    shared = [int(group) for group, size in sizes.items() if size > 1]
    alone = [werkproces_id for werkproces_id, size in zip(placed["werkproces_id"], placed["groepsgrootte"])
             if size == 1]
    if not shared:
        if len(alone) == len(groups):
            return f"vormen de werkprocessen geen groepen: geen twee delen genoeg {noun} om samen te vallen"
        return "vormen de werkprocessen geen groepen waarover de meeste berekeningen het eens zijn"
    sentence = f"vallen de werkprocessen in {count(len(shared), 'groep', 'groepen')}"
    doubtful = placed.loc[(placed["zekerheid"] < 1.0) & placed["groep"].isin(shared)]
    if doubtful.empty:
        sentence += "; elke berekening geeft deze indeling"
    elif len(doubtful) <= 3:
        sentence += "; " + join(f"{row.werkproces_id} hoort in {number(row.zekerheid * 100)}% van de berekeningen bij "
                                f"groep {int(row.groep)}" for row in doubtful.itertuples())
        sentence += ", de andere werkprocessen in elke berekening bij hun groep"
    else:
        low = float(doubtful["zekerheid"].min())
        sentence += (f"; {len(doubtful)} werkprocessen wisselen soms van groep (het minst zeker in "
                     f"{number(low * 100)}% van de berekeningen)")
    unplaced = groups.loc[groups["groep"].isna(), "werkproces_id"].tolist()
    if unplaced:
        verb = "krijgt" if len(unplaced) == 1 else "krijgen"
        sentence += f"; {join(unplaced)} {verb} geen groep (de berekeningen zijn het oneens)"
    if alone:
        sentence += f"; {count(len(alone), 'werkproces staat', 'werkprocessen staan')} alleen"
    return sentence
