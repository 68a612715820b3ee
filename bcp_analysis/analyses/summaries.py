"""One-screen summaries of a profile: counts per werkproces and a Dutch overview."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from bcp_analysis.errors import ProfileError
from bcp_analysis.model.competencies import canonical_competency, closest_competency
from bcp_analysis.model.profile import WERKPROCES_LISTS
from bcp_analysis.readers import find_reader

if TYPE_CHECKING:  # names of the annotations only
    import os

    from bcp_analysis.model.profile import Profile

__all__ = ["summary", "werkproces_overview", "kerntaak_overview", "herkomst", "werkproces_items"]

# The lists counted per werkproces: a BCP's, then a kwalificatiedossier's gedrag.
_COUNTED = (*WERKPROCES_LISTS, "gedrag")

def werkproces_overview(profile: Profile) -> pd.DataFrame:
    """Return one row per werkproces with how many items of each kind it has.

    Parameters
    ----------
    profile : Profile

    Returns
    -------
    pandas.DataFrame
        ``werkproces_id``, ``kerntaak_id``, ``titel`` and the counts ``competenties``,
        ``resultaten``, ``kennis``, ``vaardigheden`` and ``gedrag`` (a kwalificatiedossier's
        list; 0 for a BCP), in profile order.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> overview = werkproces_overview(load_profile())
    >>> overview.loc[overview["werkproces_id"] == "3.3", ["competenties", "kennis"]].values.tolist()
    [[10, 9]]
    """
    overview = profile.werkprocessen[["werkproces_id", "kerntaak_id", "titel"]].copy()
    for name in _COUNTED:
        counts = getattr(profile, name)["werkproces_id"].value_counts()
        overview[name] = overview["werkproces_id"].map(counts).fillna(0).astype("int64")
    return overview


def kerntaak_overview(profile: Profile) -> pd.DataFrame:
    """Return one row per kerntaak with its number of werkprocessen and of vakkennis items.

    A kwalificatiedossier lists its vakkennis en vaardigheden per kerntaak; a BCP has none
    there (the column is 0).

    Parameters
    ----------
    profile : Profile

    Returns
    -------
    pandas.DataFrame
        ``kerntaak_id``, ``titel``, ``werkprocessen``, ``vakkennis``, in profile order.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> kerntaak_overview(load_profile())[["kerntaak_id", "werkprocessen", "vakkennis"]].values.tolist()
    [['1', 4, 0], ['2', 4, 0], ['3', 7, 0]]
    """
    overview = profile.kerntaken[["kerntaak_id", "titel"]].copy()
    for column, table in (("werkprocessen", profile.werkprocessen), ("vakkennis", profile.vakkennis)):
        counts = table["kerntaak_id"].value_counts()
        overview[column] = overview["kerntaak_id"].map(counts).fillna(0).astype("int64")
    return overview


def summary(profile: Profile) -> str:
    """Return a one-screen Dutch summary of a profile.

    Parameters
    ----------
    profile : Profile

    Returns
    -------
    str
        The title, who set the profile and when, the counts of kerntaken, werkprocessen and
        competency links, a table of counts per werkproces (with a column ``gedrag`` only
        when the profile has gedrag, as a kwalificatiedossier does) and the other sections.
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
    with_gedrag = len(profile.gedrag) > 0
    lines.append(f"{'werkproces':<11}{'comp':>5}{'res':>5}{'kennis':>7}{'vaardig':>8}"
                 + (f"{'gedrag':>7}" if with_gedrag else "") + "  titel")
    for row in werkproces_overview(profile).itertuples():
        lines.append(f"{row.werkproces_id:<11}{row.competenties:>5}{row.resultaten:>5}{row.kennis:>7}"
                     f"{row.vaardigheden:>8}" + (f"{row.gedrag:>7}" if with_gedrag else "")
                     + f"  {row.titel[:50]}")
    lines.append("")
    # From a document's text an empty table may be a part the reader could not read: never "0" alone then.
    reader = find_reader(profile.source) if profile.source else None
    from_text = reader is not None and reader.extracts
    extras = [f"{name}: {len(table)}" + (" (niet uit de tekst gelezen: zie het extractieverslag)"
                                         if from_text and not len(table) else "")
              for name, table in profile.tables().items()
              if name in ("functiebenamingen", "beroepshouding", "loopbaan", "vergelijking", "arbeidsmarkt")]
    lines.append("Overig: " + ", ".join(extras))
    return "\n".join(lines)


def herkomst(profile: Profile, werkproces_id: str, competentie: str | None = None,
             source: str | os.PathLike | None = None) -> pd.DataFrame:
    """Return where a werkproces and its competencies (the crosses of the matrix) come from in the source.

    Parameters
    ----------
    profile : Profile
    werkproces_id : str
        The werkproces, e.g. ``"1.1"``.
    competentie : str, optional
        One competency (canonical name or a known spelling of it); default: all of the werkproces.
    source : str or os.PathLike, optional
        The text file whose lines ``regel`` counts, for a profile read from another file
        that carries those lines (the curated YAML of a text, whose ``regel`` is the line of
        its ``data/raw`` text). Default: the profile's own source when it is a text.

    Returns
    -------
    pandas.DataFrame
        One row for the werkproces itself, then one per competency: ``onderdeel``
        (``werkproces`` or ``competentie``), ``inhoud`` (its title or the competency's name),
        ``regel`` and ``pagina`` (nullable: empty when the profile was read without
        provenance) and ``brontekst``: the source line as written when the profile was read
        from a text file, else "".

    Raises
    ------
    ProfileError
        For a werkproces the profile does not have, or a competency that is no cross of it.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> rows = herkomst(load_profile(), "1.1", "Analyseren")
    >>> rows[["onderdeel", "inhoud"]].values.tolist()
    [['werkproces', 'Verzamelt (markt)informatie'], ['competentie', 'Analyseren']]
    """
    werkproces = profile.werkprocessen[profile.werkprocessen["werkproces_id"] == werkproces_id]
    if werkproces.empty:
        raise ProfileError(profile.source, f"werkproces {werkproces_id}", "dit werkproces staat niet in het profiel",
                           "kies een id uit de tabel werkprocessen, bijvoorbeeld "
                           f"'{profile.werkprocessen['werkproces_id'].iloc[0]}'")
    crosses = profile.competenties[profile.competenties["werkproces_id"] == werkproces_id]
    if competentie is not None:
        name = canonical_competency(competentie) or competentie
        crosses = crosses[crosses["competentie"] == name]
        if crosses.empty:
            nearest = canonical_competency(competentie) or closest_competency(competentie)[0]
            raise ProfileError(profile.source, f"werkproces {werkproces_id}",
                               f"'{competentie}' is geen competentie van dit werkproces",
                               f"de competenties van {werkproces_id} staan in de matrix (bedoelt u '{nearest}'?)")
    rows = [{"onderdeel": "werkproces", "inhoud": werkproces["titel"].iloc[0], **_place(werkproces.iloc[0])}]
    rows += [{"onderdeel": "competentie", "inhoud": row["competentie"], **_place(row)} for _, row in crosses.iterrows()]
    result = pd.DataFrame(rows, columns=["onderdeel", "inhoud", "regel", "pagina"]).astype(
        {"onderdeel": "str", "inhoud": "str", "regel": "Int64", "pagina": "Int64"})
    lines = _source_lines(source if source is not None else profile.source)
    result["brontekst"] = [lines[regel - 1].strip() if lines and pd.notna(regel) and 0 < regel <= len(lines) else ""
                           for regel in result["regel"]]
    return result


def werkproces_items(profile, werkproces_id):
    """Return what a werkproces delivers and asks besides competencies, with where each item stands.

    A BCP names resultaten, kennis and vaardigheden per werkproces; a kwalificatiedossier
    names gedrag per werkproces and vakkennis per kerntaak, so a KD's werkproces gets its
    gedrag and the vakkennis of its kerntaak.

    Parameters
    ----------
    profile : Profile
    werkproces_id : str

    Returns
    -------
    pandas.DataFrame
        ``onderdeel`` (``resultaat``, ``kennis``, ``vaardigheid``, ``gedrag`` or
        ``vakkennis``), ``item``, ``regel``, ``pagina``; in that order of onderdelen, each in
        profile order. Empty for an unknown werkproces.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> items = werkproces_items(load_profile(), "1.1")
    >>> items["onderdeel"].value_counts(sort=False).to_dict()
    {'resultaat': 1, 'kennis': 7, 'vaardigheid': 5}
    """
    rows = []
    for table, onderdeel in ((profile.resultaten, "resultaat"), (profile.kennis, "kennis"),
                             (profile.vaardigheden, "vaardigheid"), (profile.gedrag, "gedrag")):
        rows += [{"onderdeel": onderdeel, "item": row["item"], **_place(row)}
                 for _, row in table[table["werkproces_id"] == werkproces_id].iterrows()]
    kerntaak = profile.werkprocessen.loc[profile.werkprocessen["werkproces_id"] == werkproces_id, "kerntaak_id"]
    if len(kerntaak):
        vakkennis = profile.vakkennis[profile.vakkennis["kerntaak_id"] == kerntaak.iloc[0]]
        rows += [{"onderdeel": "vakkennis", "item": row["item"], **_place(row)} for _, row in vakkennis.iterrows()]
    return pd.DataFrame(rows, columns=["onderdeel", "item", "regel", "pagina"]).astype(
        {"onderdeel": "str", "item": "str", "regel": "Int64", "pagina": "Int64"})


def _place(row):
    return {column: row.get(column, pd.NA) for column in ("regel", "pagina")}


def _source_lines(source):
    """The lines of the source that its ``regel`` counts, when its reader can quote them; else None."""
    reader = find_reader(source) if source else None
    if reader is None or not Path(source).is_file():
        return None
    return reader.source_lines(source)
