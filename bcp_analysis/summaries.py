"""One-screen summaries of a profile: counts per werkproces and a Dutch overview."""

from bcp_analysis.profile import WERKPROCES_LISTS

__all__ = ["summary", "werkproces_overview"]

def werkproces_overview(profile):
    """Return one row per werkproces with how many items of each kind it has.

    Parameters
    ----------
    profile : Profile

    Returns
    -------
    pandas.DataFrame
        ``werkproces_id``, ``kerntaak_id``, ``titel`` and the counts ``competenties``,
        ``resultaten``, ``kennis``, ``vaardigheden``, in profile order.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> overview = werkproces_overview(load_profile())
    >>> overview.loc[overview["werkproces_id"] == "3.3", ["competenties", "kennis"]].values.tolist()
    [[10, 9]]
    """
    overview = profile.werkprocessen[["werkproces_id", "kerntaak_id", "titel"]].copy()
    for name in WERKPROCES_LISTS:
        counts = getattr(profile, name)["werkproces_id"].value_counts()
        overview[name] = overview["werkproces_id"].map(counts).fillna(0).astype("int64")
    return overview


def summary(profile):
    """Return a one-screen Dutch summary of a profile.

    Parameters
    ----------
    profile : Profile

    Returns
    -------
    str
    """
    meta = profile.meta
    lines = [f"Profiel: {profile.titel}"]
    if meta.get("vastgesteld_op"):
        lines.append(f"Vastgesteld: {meta['vastgesteld_op']} door {meta.get('vastgesteld_door', 'onbekend')}")
    used = profile.competenties["competentie"].nunique()
    lines.append(
        f"{len(profile.kerntaken)} kerntaken, {len(profile.werkprocessen)} werkprocessen, "
        f"{len(profile.competenties)} competentiekoppelingen ({used} van de 25 competenties gebruikt)"
    )
    lines.append("")
    lines.append(f"{'werkproces':<11}{'comp':>5}{'res':>5}{'kennis':>7}{'vaardig':>8}  titel")
    for row in werkproces_overview(profile).itertuples():
        lines.append(f"{row.werkproces_id:<11}{row.competenties:>5}{row.resultaten:>5}{row.kennis:>7}"
                     f"{row.vaardigheden:>8}  {row.titel[:50]}")
    lines.append("")
    extras = [f"{name}: {len(table)}" for name, table in profile.tables().items()
              if name in ("functiebenamingen", "beroepshouding", "loopbaan", "vergelijking", "arbeidsmarkt")]
    lines.append("Overig: " + ", ".join(extras))
    return "\n".join(lines)
