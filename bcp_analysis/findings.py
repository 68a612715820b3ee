"""What the numbers show, in Dutch sentences a committee reads under each table and chart."""

from bcp_analysis.coverage import coverage_matrix, competency_frequency, unused_competencies
from bcp_analysis.dutch import join, number
from bcp_analysis.labour_market import labour_market_table, vacancy_change, vacancy_share_outside
from bcp_analysis.overlap import communities, most_similar_pairs

__all__ = ["coverage_findings", "overlap_findings", "labour_market_findings"]


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
    Op gedeelde competenties vallen de werkprocessen in 2 groepen.
    """
    noun = _NOUNS[on]
    pairs = most_similar_pairs(profile, on=on, method="jaccard", top=None)
    best = pairs.iloc[0]
    sentences = [
        f"Het meest lijken {best['werkproces_a']} en {best['werkproces_b']} op elkaar: zij delen "
        f"{int(best['gedeeld'])} {noun} (overeenkomst {number(best['gelijkenis'], 2)})."
    ]
    nested = most_similar_pairs(profile, on=on, method="overlap", top=None)
    nested = nested.loc[(nested["gelijkenis"] == 1.0) & (nested["gedeeld"] > 0)]
    sizes = _set_sizes(profile, on)
    inside = []
    for row in nested.itertuples():
        small, large = sorted((row.werkproces_a, row.werkproces_b), key=lambda key: (sizes[key], _order(key)))
        if sizes[small] < sizes[large]:
            inside.append((small, large))
    if inside:
        inside.sort(key=lambda pair: (_order(pair[0]), _order(pair[1])))
        pairs_text = "1 paar" if len(inside) == 1 else f"{len(inside)} paren"
        sentences.append(
            f"Bij {pairs_text} zitten alle {noun} van het ene werkproces ook in het andere: "
            + join(f"{small} in {large}" for small, large in inside) + ".")
    groups = communities(profile, on=on)["groep"].nunique()
    sentences.append(f"Op gedeelde {noun} vallen de werkprocessen in {groups} groepen.")
    return sentences


_NOUNS = {"competenties": "competenties", "kennis": "kennisitems", "vaardigheden": "vaardigheden",
          "alles": "items (competenties, kennis en vaardigheden samen)"}


def _set_sizes(profile, on):
    tables = ["competenties", "kennis", "vaardigheden"] if on == "alles" else [on]
    sizes = {werkproces_id: 0 for werkproces_id in profile.werkprocessen["werkproces_id"]}
    for name in tables:
        for werkproces_id, count in getattr(profile, name)["werkproces_id"].value_counts().items():
            sizes[werkproces_id] += int(count)
    return sizes


def _order(werkproces_id):
    return tuple(int(part) for part in werkproces_id.split("."))


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
