"""The profile's labour-market figures (§1.4): a tidy table and the changes they imply."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from bcp_analysis.errors import ProfileError
from bcp_analysis.model.profile import SOURCE_COLUMNS, TABLES

if TYPE_CHECKING:  # names of the annotations only
    from bcp_analysis.model.profile import Profile

__all__ = ["labour_market_table", "vacancy_change", "vacancy_share_outside", "labour_market_panels"]

# The figures of TABLES["arbeidsmarkt"], without provenance and the reviewer's note.
_COLUMNS = [column for column in TABLES["arbeidsmarkt"] if column not in SOURCE_COLUMNS and column != "controleren"]


def labour_market_table(profile: Profile) -> pd.DataFrame:
    """Return the profile's labour-market figures as a tidy table with readable labels.

    Parameters
    ----------
    profile : Profile

    Returns
    -------
    pandas.DataFrame
        One row per figure, in the order of the source, with the columns ``indicator``,
        ``scope``, ``periode``, ``waarde`` (float), ``eenheid`` (``%``, ``aantal``,
        ``rang``), ``soort`` (``waargenomen``/``prognose``), ``bron``, ``label`` (a short
        label for charts and tables: the indicator, the scope without the domain it
        belongs to, and the period; no two rows share a label: where short labels would
        be the same, those rows name their scope with its domain, and rows that still
        agree add their line in the source, "(regel 1297)", or else their row number,
        "(rij 3)") and ``status`` (``waargenomen``/``prognose``, the same as ``soort``,
        kept under the name a reader looks for).

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> table = labour_market_table(load_profile())
    >>> table.loc[table["indicator"] == "vacatures", ["label", "waarde", "status"]]
                            label    waarde       status
    14  Vacatures mbo-niveau 2009  133400.0  waargenomen
    15  Vacatures mbo-niveau 2014  193000.0     prognose
    """
    table = profile.arbeidsmarkt.loc[:, _COLUMNS].reset_index(drop=True).copy()
    table["waarde"] = table["waarde"].astype("float64")
    regels = profile.arbeidsmarkt["regel"] if "regel" in profile.arbeidsmarkt else [None] * len(table)
    table["label"] = _labels(table, list(regels))
    table["status"] = table["soort"]
    return table


def short_scope(scope):
    """Return the narrow part of a scope, for labels: without the domain and 'richting'.

    Parameters
    ----------
    scope : str

    Returns
    -------
    str

    Examples
    --------
    >>> short_scope("ECABO-domein, hbo-niveau, richting ICT")
    'hbo-niveau ICT'
    >>> short_scope("Nederland")
    'Nederland'
    >>> short_scope("Onderwijsassistent, buiten de zorg, welzijn, sport of onderwijs")
    'buiten de zorg, welzijn, sport of onderwijs'
    """
    parts = [part.strip() for part in str(scope).split(",") if part.strip()]
    if len(parts) > 1:
        parts = parts[1:]
    text = ""
    for part in parts:
        if part.startswith("richting "):
            text = f"{text} {part.removeprefix('richting ').strip()}"
        else:
            text = f"{text}, {part}" if text else part
    return text.strip()


def scope_with_domain(scope):
    """Return a scope for a sentence: its domain, then its narrow part without 'richting'.

    Parameters
    ----------
    scope : str

    Returns
    -------
    str

    Examples
    --------
    >>> scope_with_domain("ECABO-domein, hbo-niveau, richting ICT")
    'ECABO-domein, hbo-niveau ICT'
    >>> scope_with_domain("Nederland")
    'Nederland'
    """
    scope = str(scope)
    return scope if "," not in scope else f"{scope.split(',')[0].strip()}, {short_scope(scope)}"


def _label(indicator, scope, period):
    text = str(indicator)
    return f"{text[:1].upper()}{text[1:]} {scope} {period}"


def _collisions(labels):
    """The groups of positions that share a label (only groups of two or more)."""
    seen = {}
    for position, label in enumerate(labels):
        seen.setdefault(label, []).append(position)
    return [positions for positions in seen.values() if len(positions) > 1]


def _labels(table, lines):
    """One label per row, no two the same: short scope, else scope with domain, else a line or row."""
    rows = list(zip(table["indicator"], table["scope"], table["periode"]))
    labels = [_label(indicator, short_scope(scope), periode) for indicator, scope, periode in rows]
    for positions in _collisions(labels):
        for position in positions:
            indicator, scope, periode = rows[position]
            labels[position] = _label(indicator, scope_with_domain(scope), periode)
    for positions in _collisions(labels):
        known = {lines[position] for position in positions if not pd.isna(lines[position])}
        by_line = len(known) == len(positions)
        for position in positions:
            where = f"regel {int(lines[position])}" if by_line else f"rij {position + 1}"
            labels[position] = f"{labels[position]} ({where})"
    return labels


def _year(period):
    """The last year in a period such as '2009' or '2009-2014', as int (None if none)."""
    digits = str(period).replace("–", "-").split("-")[-1].strip()
    return int(digits) if digits.isdigit() else None


_CHANGE_COLUMNS = ["scope", "van_jaar", "tot_jaar", "van", "tot", "verschil", "verschil_per_jaar",
                   "groei_procent", "groei_per_jaar_procent", "soort", "bron"]
_SHARE_COLUMNS = ["richting", "periode", "aandeel_procent", "berekend", "soort", "bron"]


def _missing(profile, problem, fix):
    return ProfileError(profile.source or "<profiel>", "arbeidsmarkt", problem, fix)


def vacancy_rows(table, scope_contains):
    """Return the vacancy counts whose scope contains a text, oldest year first.

    Parameters
    ----------
    table : pandas.DataFrame
        As :func:`labour_market_table` returns.
    scope_contains : str
        Text the scope contains (case-insensitive); ``""`` for every scope.

    Returns
    -------
    pandas.DataFrame
        The matching rows (indicator ``vacatures``, unit ``aantal``) with a column
        ``jaar`` (the last year of the period), sorted by year.
    """
    rows = table.loc[
        (table["indicator"].str.lower() == "vacatures")
        & (table["eenheid"] == "aantal")
        & table["scope"].str.contains(scope_contains, case=False, regex=False)
    ].copy()
    rows["jaar"] = [_year(periode) for periode in rows["periode"]]
    rows = rows.loc[rows["jaar"].notna()].sort_values("jaar", kind="stable")
    return rows


def vacancy_change(profile: Profile, scope_contains: str = "mbo") -> pd.DataFrame:
    """Return the change in vacancies from the first to the last year the profile gives.

    Parameters
    ----------
    profile : Profile
    scope_contains : str, default "mbo"
        Text the scope of the vacancy figures contains (case-insensitive).

    Returns
    -------
    pandas.DataFrame
        One row: ``scope``, ``van_jaar``, ``tot_jaar`` (int), ``van``, ``tot``,
        ``verschil``, ``verschil_per_jaar`` (float), ``groei_procent`` and
        ``groei_per_jaar_procent`` (compound annual growth), both in percent rounded to
        2 decimals, ``soort`` (``prognose`` when either end is a forecast) and ``bron``.
        No rows when the profile gives no vacancy figures for that scope.

    Raises
    ------
    ProfileError
        When the vacancy figures for that scope cover a single year only, or several
        scopes.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> change = vacancy_change(load_profile())
    >>> change[["van_jaar", "tot_jaar", "verschil", "groei_procent", "soort"]]
       van_jaar  tot_jaar  verschil  groei_procent     soort
    0      2009      2014   59600.0          44.68  prognose
    """
    table = labour_market_table(profile)
    rows = vacancy_rows(table, scope_contains)
    if rows.empty:
        return pd.DataFrame(columns=_CHANGE_COLUMNS)
    if rows["scope"].nunique() > 1:
        raise _missing(
            profile,
            f"vacaturecijfers voor meer dan één scope met '{scope_contains}': "
            + "; ".join(sorted(rows["scope"].unique())),
            "geef een preciezere scope_contains",
        )
    if rows["jaar"].nunique() < 2:
        raise _missing(
            profile,
            f"geen vacaturecijfers (indicator 'vacatures', eenheid 'aantal', scope met "
            f"'{scope_contains}') voor twee verschillende jaren; gevonden: {len(rows)}",
            "voeg in de sectie arbeidsmarkt de aantallen vacatures van het begin- en eindjaar toe",
        )
    if float(rows["waarde"].iloc[0]) <= 0:
        raise _missing(profile, f"aantal vacatures in {rows['jaar'].iloc[0]} is {float(rows['waarde'].iloc[0]):g}",
                       "controleer de waarde")
    return series_change(rows)


def series_change(rows):
    """Return the change from the first to the last row of a series of yearly counts.

    Parameters
    ----------
    rows : pandas.DataFrame
        Rows as :func:`vacancy_rows` returns (``scope``, ``jaar``, ``waarde``, ``soort``,
        ``bron``), oldest year first.

    Returns
    -------
    pandas.DataFrame
        One row with the columns of :func:`vacancy_change`; no rows when the series does
        not cover two years or starts at 0.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> rows = vacancy_rows(labour_market_table(load_profile()), "mbo")
    >>> series_change(rows)[["van", "tot", "groei_procent", "soort"]]
            van       tot  groei_procent     soort
    0  133400.0  193000.0          44.68  prognose
    """
    if rows["jaar"].nunique() < 2 or float(rows["waarde"].iloc[0]) <= 0:
        return pd.DataFrame(columns=_CHANGE_COLUMNS)
    first, last = rows.iloc[0], rows.iloc[-1]
    years = int(last["jaar"]) - int(first["jaar"])
    start, end = float(first["waarde"]), float(last["waarde"])
    soort = "prognose" if "prognose" in (first["soort"], last["soort"]) else "waargenomen"
    bronnen = list(dict.fromkeys([first["bron"], last["bron"]]))
    return pd.DataFrame(
        {
            "scope": [first["scope"]],
            "van_jaar": [int(first["jaar"])],
            "tot_jaar": [int(last["jaar"])],
            "van": [start],
            "tot": [end],
            "verschil": [end - start],
            "verschil_per_jaar": [(end - start) / years],
            "groei_procent": [round((end / start - 1) * 100, 2)],
            "groei_per_jaar_procent": [round(((end / start) ** (1 / years) - 1) * 100, 2)],
            "soort": [soort],
            "bron": ["; ".join(bronnen)],
        }
    )


def vacancy_share_outside(profile: Profile, period: str | None = None) -> pd.DataFrame:
    """Return the share of vacancies per named richting and the share outside them.

    The profile names the richtingen with the most vacancies in the domain and their
    share; what is left of 100 % lies outside those richtingen.

    Parameters
    ----------
    profile : Profile
    period : str, optional
        The period of the shares; default: the latest one the profile gives.

    Returns
    -------
    pandas.DataFrame
        One row per named richting in source order, then a row ``Overige richtingen``:
        ``richting``, ``periode``, ``aandeel_procent``, ``berekend`` (True for the
        computed last row), ``soort`` and ``bron``. No rows when the profile gives no
        shares (indicator ``aandeel vacatures``, unit ``%``).

    Raises
    ------
    ProfileError
        When the shares add up to more than 100 %, or none is given for ``periode``.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> shares = vacancy_share_outside(load_profile())
    >>> shares[["richting", "aandeel_procent"]]
                  richting  aandeel_procent
    0          Commercieel             26.5
    1  Financiële beroepen             21.5
    2                  ICT             19.3
    3   Overige richtingen             32.7
    """
    table = labour_market_table(profile)
    rows = table.loc[
        (table["indicator"].str.lower() == "aandeel vacatures") & (table["eenheid"] == "%")
    ]
    if rows.empty:
        return pd.DataFrame(columns=_SHARE_COLUMNS)
    if period is None:
        period = max(rows["periode"], key=lambda value: (_year(value) or 0, str(value)))
    rows = rows.loc[rows["periode"] == str(period)]
    if rows.empty:
        raise _missing(profile, f"geen aandelen vacatures voor periode {period}", None)
    named = round(float(rows["waarde"].sum()), 2)
    if named > 100:
        raise _missing(profile, f"de aandelen vacatures tellen op tot {named:g} %, meer dan 100 %",
                       "controleer de waarden")
    richtingen = [short_scope(scope) for scope in rows["scope"]]
    bron = "; ".join(dict.fromkeys(rows["bron"]))
    return pd.DataFrame(
        {
            "richting": richtingen + ["Overige richtingen"],
            "periode": [str(period)] * (len(rows) + 1),
            "aandeel_procent": [float(value) for value in rows["waarde"]] + [round(100 - named, 2)],
            "berekend": [False] * len(rows) + [True],
            "soort": list(rows["soort"]) + ["waargenomen" if set(rows["soort"]) == {"waargenomen"} else "prognose"],
            "bron": [bron] * (len(rows) + 1),
        }
    )


# Words by which an indicator in percent reads as a growth rate, not as a share.
_GROWTH_WORDS = ("groei", "ontwikkeling", "stijging", "daling", "verandering", "toename", "afname")


def labour_market_panels(table):
    """Split the figures into the panels of the labour-market chart, each one kind of quantity.

    Parameters
    ----------
    table : pandas.DataFrame
        As :func:`labour_market_table` returns.

    Returns
    -------
    dict of str to pandas.DataFrame
        In this order, each only when it has rows: ``vacatures`` (the vacancy counts of
        one scope, oldest year first, with ``jaar``: the mbo scope when there are several,
        else the first), ``aandelen`` (percentages whose indicator is a share,
        "aandeel ..."), ``groei`` (percentages whose indicator names a growth or change:
        groei, ontwikkeling, ...) and ``overige percentages`` (any other percentage).
        Ranks and other counts are not drawn.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> panels = labour_market_panels(labour_market_table(load_profile()))
    >>> {name: len(rows) for name, rows in panels.items()}
    {'vacatures': 2, 'aandelen': 3, 'groei': 4}
    """
    panels = {}
    vacancies = vacancy_rows(table, "")
    if vacancies["scope"].nunique() > 1:
        mbo = vacancy_rows(table, "mbo")
        if mbo["scope"].nunique() == 1:
            vacancies = mbo
        else:
            vacancies = vacancies.loc[vacancies["scope"] == vacancies["scope"].iloc[0]]
    if len(vacancies):
        panels["vacatures"] = vacancies.reset_index(drop=True)
    percentages = table.loc[table["eenheid"] == "%"]
    indicator = percentages["indicator"].str.lower()
    share = indicator.str.startswith("aandeel")
    growth = ~share & indicator.map(lambda text: any(word in text for word in _GROWTH_WORDS)).astype(bool)
    for name, rows in (("aandelen", percentages.loc[share]), ("groei", percentages.loc[growth]),
                       ("overige percentages", percentages.loc[~share & ~growth])):
        if len(rows):
            panels[name] = rows.reset_index(drop=True)
    return panels
