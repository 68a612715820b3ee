"""What changed between two versions of a profile: one row per change, matched by id, title and content.

The screen summary and the workbook sheets of a comparison are in
``bcp_analysis.outputs.change_report``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from bcp_analysis.analyses.matching import (
    CONTENT_CUTOFF,
    ITEM_CUTOFF,
    TITLE_CUTOFF,
    added_and_removed_werkprocessen,
    change_row,
    compare_items,
    compare_kerntaken,
    compare_werkprocessen,
)
from bcp_analysis.dutch import join, number
from bcp_analysis.model.competencies import competentiemodel
from bcp_analysis.model.profile import werkproces_sort_key

if TYPE_CHECKING:  # names of the annotations only
    from collections.abc import Iterable

    from bcp_analysis.model.profile import Profile

__all__ = [
    "CHANGE_COLUMNS",
    "ONDERDELEN",
    "TITLE_CUTOFF",
    "ITEM_CUTOFF",
    "CONTENT_CUTOFF",
    "compare_profiles",
    "profile_competency_changes",
    "added_and_removed_werkprocessen",
    "competency_frequency_change",
    "changes_touching",
]

CHANGE_COLUMNS = ["onderdeel", "werkproces_id", "wijziging", "oud", "nieuw", "toelichting"]
"""list of str: the columns of a change table, in order."""

ONDERDELEN = [
    "profielcompetentie",
    "meta",
    "functiebenaming",
    "beroepshouding",
    "beroepsbeschrijving",
    "loopbaan",
    "vergelijking",
    "trends",
    "arbeidsmarkt",
    "kerntaak",
    "kerntaak-toelichting",
    "vakkennis",
    "werkproces",
    "titel",
    "beschrijving",
    "competentie",
    "resultaat",
    "kennis",
    "vaardigheid",
    "gedrag",
]
"""list of str: every value of the ``onderdeel`` column, in the order rows are sorted.

``profielcompetentie`` is a competency the profile as a whole now needs and did not need
before, or no longer needs at all; ``vakkennis`` (per kerntaak) and ``gedrag`` (per
werkproces) are what a kwalificatiedossier adds."""


_WIJZIGINGEN = ("verwijderd", "toegevoegd", "gewijzigd")


def compare_profiles(old: Profile, new: Profile) -> pd.DataFrame:
    """List every difference between two versions of a profile, one row per change.

    The rows lead with what a committee asks first: the competencies the profile as a
    whole now needs and did not need before (needed by no werkproces of ``old``, by at
    least one of ``new``: ``profielcompetentie``/``toegevoegd``, ``toelichting`` "nodig in
    …" naming the new werkprocessen that need it) and those it no longer needs at all
    (``verwijderd``, "was nodig in …"), in SBB order, additions first.

    Ids are codes of either kind: BCP ("2.3") or kwalificatiedossier ("B1-K1-W1").
    Werkprocessen are matched before their contents are compared, in this order:

    1. the same title (compared after :func:`~bcp_analysis.model.competencies.normalize_name`,
       so case, accents and punctuation do not matter), whatever their ids;
    2. a similar title: ``rapidfuzz.fuzz.ratio`` of the normalised titles at least
       :data:`TITLE_CUTOFF` (85), best pairs first;
    3. the same id with a dissimilar title, when the two share at least
       :data:`CONTENT_CUTOFF` (half) of their items (competencies, results, knowledge
       and skills), counted on the larger of the two.

    What is left over is a removed or an added werkproces: one row, whose ``toelichting``
    names its competencies and counts its other items (results, knowledge, skills,
    behaviour: those it has). A matched werkproces with another id (a code that moved)
    gives one row ``werkproces``/``gewijzigd`` with the old and new id, saying so when it
    moved to another kerntaak, and its contents are compared under the match.

    Within a matched werkproces (and for the profile-wide lists ``functiebenaming`` and
    ``beroepshouding``), items with exactly the same text are unchanged. Of the items
    left, a removed and an added item of the same onderdeel form one reworded item
    (``gewijzigd``) when ``rapidfuzz.fuzz.ratio`` of their normalised texts is at least
    :data:`ITEM_CUTOFF` (80), best pairs first. Competencies are never paired this way:
    another competency is another competency, so one that moved between werkprocessen
    shows as ``verwijderd`` at one and ``toegevoegd`` at the other.

    Kerntaken are matched the same way without the content step (same title, similar
    title, same id); a kerntaak's ``toelichting`` and its ``vakkennis`` (a
    kwalificatiedossier's knowledge per kerntaak, written ``id: item``) are compared
    under the match. Werkproces lists a profile does not fill (a kwalificatiedossier's
    kennis and vaardigheden, a BCP's gedrag) simply give no rows.

    Other sections with a key are matched on it: ``meta`` on its field,
    ``beroepsbeschrijving`` (§1.2) and ``trends`` (§1.4) on their onderdeel,
    ``arbeidsmarkt`` on (indicator, scope, periode), ``loopbaan`` on (kolom, functie),
    ``vergelijking`` on (aspect, beroep). A different value is ``gewijzigd``.

    Parameters
    ----------
    old, new : Profile
        The earlier and the later version.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`CHANGE_COLUMNS`, all text (``""`` where empty):

        - ``onderdeel``: one of :data:`ONDERDELEN` (``beschrijving`` is the description
          of a werkproces, ``beroepsbeschrijving`` the profile's §1.2, ``titel`` the title
          of a werkproces);
        - ``werkproces_id``: the werkproces the change belongs to (the new id for a
          matched or added werkproces, the old id for a removed one), ``""`` for the
          profile as a whole;
        - ``wijziging``: ``toegevoegd``, ``verwijderd`` or ``gewijzigd``;
        - ``oud``, ``nieuw``: the text before and after (``""`` for an addition or a
          removal); a keyed value is written ``key: value``;
        - ``toelichting``: how a pair was matched where that needs explaining, and the
          content of an added or removed werkproces.

        Sorted by werkproces (profile-wide rows first, then ids as
        :func:`~bcp_analysis.model.profile.werkproces_sort_key` orders them), then by onderdeel
        in the order of :data:`ONDERDELEN`, then by text. Comparing a profile
        with itself gives an empty table with these columns.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.paths import EXAMPLE_PROFILE
    >>> profile = load_profile()
    >>> compare_profiles(profile, profile).empty
    True
    >>> example = load_profile(EXAMPLE_PROFILE)
    >>> changes = compare_profiles(profile, example)
    >>> for row in changes[changes["onderdeel"] == "werkproces"].itertuples():
    ...     print(row.werkproces_id, row.wijziging, repr(row.oud), repr(row.nieuw))
    2.3 verwijderd '2.3 Behandelt klachten' ''
    2.3 gewijzigd '2.4' '2.3'
    3.8 toegevoegd '' '3.8 Zet digitale verkoopkanalen in'
    """
    rows = _profile_competency_rows(old, new)
    rows += _compare_keyed("meta", _meta(old), _meta(new))
    rows += compare_items("functiebenaming", "",
                           old.functiebenamingen["functiebenaming"].tolist(),
                           new.functiebenamingen["functiebenaming"].tolist(), pair=True)
    rows += compare_items("beroepshouding", "", old.beroepshouding["item"].tolist(),
                           new.beroepshouding["item"].tolist(), pair=True)
    rows += _compare_keyed("beroepsbeschrijving", _sections(old.beschrijving), _sections(new.beschrijving))
    rows += _compare_keyed("loopbaan", _loopbaan(old), _loopbaan(new))
    rows += _compare_keyed("vergelijking", _vergelijking(old), _vergelijking(new))
    rows += _compare_keyed("trends", _sections(old.trends), _sections(new.trends))
    rows += _compare_arbeidsmarkt(old.arbeidsmarkt, new.arbeidsmarkt)
    kerntaak_rows, kerntaak_match = compare_kerntaken(old, new)
    rows += kerntaak_rows
    rows += compare_werkprocessen(old, new, kerntaak_match)
    return _change_table(rows)


# --- keyed sections -------------------------------------------------------------------


def _meta(profile):
    return {key: str(value) for key, value in profile.meta.items()}


def _sections(table):
    return dict(zip(table["onderdeel"], table["tekst"]))


def _loopbaan(profile):
    table = profile.loopbaan
    return _unique_keys(
        (f"{row.kolom}: {row.functie}", f"{row.niveau}, positie {row.positie}")
        for row in table.itertuples()
    )


def _vergelijking(profile):
    table = profile.vergelijking
    return _unique_keys((f"{row.aspect} ({row.beroep})", row.kenmerk) for row in table.itertuples())


def _unique_keys(pairs):
    """Build a dict from (key, value) pairs, numbering a key that occurs again."""
    result = {}
    for key, value in pairs:
        unique, number = key, 1
        while unique in result:
            number += 1
            unique = f"{key} [{number}]"
        result[unique] = value
    return result


def _compare_keyed(part, old, new, key_in_text=True):
    """Compare two key -> text mappings; rows for removed, added and changed keys."""

    def text(key, value):
        return f"{key}: {value}" if key_in_text else value

    rows = []
    for key, value in old.items():
        if key not in new:
            rows.append(change_row(part, "", "verwijderd", old=text(key, value)))
        elif new[key] != value:
            rows.append(change_row(part, "", "gewijzigd", old=text(key, value), new=text(key, new[key])))
    for key, value in new.items():
        if key not in old:
            rows.append(change_row(part, "", "toegevoegd", new=text(key, value)))
    return rows


def _format_number(value):
    """Write a figure the Dutch way: thousands with a dot, decimal comma, no trailing zeros."""
    value = float(value)
    decimals = 0 if value.is_integer() else len(repr(value).split(".")[1])
    return number(value, decimals)


def _figure_key(row):
    return f"{row['indicator']}, {row['scope']}, {row['periode']}"


def _figure_value(row):
    unit = row["eenheid"]
    number = _format_number(row["waarde"])
    amount = f"{number}{unit}" if unit == "%" else f"{number} {unit}"
    return f"{amount} ({row['soort']})"


def _compare_arbeidsmarkt(old, new):
    """Compare labour-market figures matched on (indicator, scope, periode)."""
    old_figures = _unique_keys((_figure_key(row), row) for row in old.to_dict("records"))
    new_figures = _unique_keys((_figure_key(row), row) for row in new.to_dict("records"))
    rows = []
    for key, before in old_figures.items():
        after = new_figures.get(key)
        if after is None:
            rows.append(change_row("arbeidsmarkt", "", "verwijderd", old=f"{key}: {_figure_value(before)}"))
            continue
        fields = ("waarde", "eenheid", "soort", "bron")
        if all(before[field] == after[field] for field in fields):
            continue
        was, becomes = f"{key}: {_figure_value(before)}", f"{key}: {_figure_value(after)}"
        if before["bron"] != after["bron"]:
            was, becomes = f"{was}; bron: {before['bron']}", f"{becomes}; bron: {after['bron']}"
        rows.append(change_row("arbeidsmarkt", "", "gewijzigd", old=was, new=becomes))
    for key, after in new_figures.items():
        if key not in old_figures:
            rows.append(change_row("arbeidsmarkt", "", "toegevoegd", new=f"{key}: {_figure_value(after)}"))
    return rows


# --- item lists -----------------------------------------------------------------------


# --- the competencies of the profile as a whole ------------------------------------------


def _needed_by(profile):
    """Map each competency to the ids of the werkprocessen that need it, in id order."""
    needed = {}
    for werkproces_id, competentie in zip(profile.competenties["werkproces_id"], profile.competenties["competentie"]):
        needed.setdefault(competentie, set()).add(werkproces_id)
    return {name: sorted(ids, key=werkproces_sort_key) for name, ids in needed.items()}


def profile_competency_changes(old: Profile, new: Profile) -> pd.DataFrame:
    """Return the competencies a profile now needs and did not need before, and those it no longer needs.

    A competency enters the profile when no werkproces of ``old`` needs it and at least
    one werkproces of ``new`` does; it leaves the profile the other way round. A
    competency that only moves between werkprocessen, or is needed more or less often,
    is not listed here (see :func:`competency_frequency_change`).

    Parameters
    ----------
    old, new : Profile
        The earlier and the later version.

    Returns
    -------
    pandas.DataFrame
        One row per competency, those that enter first, each part in SBB order:
        ``nr`` (SBB number, int), ``competentie``, ``wijziging`` (``toegevoegd``: now
        needed, ``verwijderd``: no longer needed) and ``werkprocessen`` (the ids that need
        it in ``new`` for an addition, that needed it in ``old`` for a removal, joined
        with ", ").

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.paths import EXAMPLE_PROFILE
    >>> profile = load_profile()
    >>> profile_competency_changes(profile, load_profile(EXAMPLE_PROFILE)).empty
    True
    """
    old_needed, new_needed = _needed_by(old), _needed_by(new)
    model = competentiemodel()
    numbers = {name: int(nr) for name, nr in zip(model["competentie"], model["nr"])}
    rows = []
    for change, needed, other in (("toegevoegd", new_needed, old_needed), ("verwijderd", old_needed, new_needed)):
        for name in sorted(set(needed) - set(other), key=lambda name: (numbers.get(name, len(numbers) + 1), name)):
            rows.append({"nr": numbers.get(name, 0), "competentie": name, "wijziging": change,
                         "werkprocessen": ", ".join(needed[name])})
    table = pd.DataFrame(rows, columns=["nr", "competentie", "wijziging", "werkprocessen"])
    return table.astype({"nr": "int64", "competentie": "str", "wijziging": "str", "werkprocessen": "str"})


def _profile_competency_rows(old, new):
    rows = []
    for entry in profile_competency_changes(old, new).itertuples():
        ids = entry.werkprocessen.split(", ")
        if entry.wijziging == "toegevoegd":
            rows.append(change_row("profielcompetentie", "", "toegevoegd", new=entry.competentie,
                                   note=f"nodig in {join(ids)}", order=(0, entry.nr)))
        else:
            rows.append(change_row("profielcompetentie", "", "verwijderd", old=entry.competentie,
                                   note=f"was nodig in {join(ids)}", order=(1, entry.nr)))
    return rows


# --- matching kerntaken and werkprocessen ------------------------------------------------


# --- the table ------------------------------------------------------------------------


def _change_table(rows):
    def key(row):
        text = row["oud"] or row["nieuw"]
        return (werkproces_sort_key(row["werkproces_id"]), row["werkproces_id"], ONDERDELEN.index(row["onderdeel"]),
                row["_order"], text, _WIJZIGINGEN.index(row["wijziging"]), row["nieuw"])

    table = pd.DataFrame(sorted(rows, key=key), columns=CHANGE_COLUMNS)
    return table.astype({column: "str" for column in CHANGE_COLUMNS}).reset_index(drop=True)


def competency_frequency_change(old: Profile, new: Profile) -> pd.DataFrame:
    """Return how many werkprocessen need each competency in two versions of a profile.

    Parameters
    ----------
    old, new : Profile

    Returns
    -------
    pandas.DataFrame
        The 25 competencies in SBB order: ``nr``, ``competentie``, ``oud``, ``nieuw`` and
        ``verschil`` (new minus old).

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.paths import EXAMPLE_PROFILE
    >>> change = competency_frequency_change(load_profile(), load_profile(EXAMPLE_PROFILE))
    >>> change.loc[change["nr"] == 7, ["competentie", "oud", "nieuw", "verschil"]]
                        competentie  oud  nieuw  verschil
    6  Relaties bouwen en netwerken    2      3         1
    """
    from bcp_analysis.analyses.coverage import competency_frequency

    before = competency_frequency(old)
    after = competency_frequency(new)
    return pd.DataFrame({
        "nr": before["nr"],
        "competentie": before["competentie"],
        "oud": before["aantal_werkprocessen"],
        "nieuw": after["aantal_werkprocessen"],
        "verschil": after["aantal_werkprocessen"] - before["aantal_werkprocessen"],
    })


def changes_touching(changes: pd.DataFrame, werkproces_ids: Iterable[str] = (),
                     competentie: str | None = None) -> pd.DataFrame:
    """Return the changes that touch a selection: some werkprocessen, or one competency.

    Parameters
    ----------
    changes : pandas.DataFrame
        As :func:`compare_profiles` returns.
    werkproces_ids : iterable of str
        A row touches a werkproces when its ``werkproces_id`` is one of them, or when it is
        the renumbering of one (``werkproces``/``gewijzigd`` with the id as ``oud``).
    competentie : str, optional
        A row touches the competency when it adds or removes it (onderdeel ``competentie``
        or ``profielcompetentie``, the name in ``oud`` or ``nieuw``).

    Returns
    -------
    pandas.DataFrame
        The rows of ``changes`` that touch the selection, in their order.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.paths import EXAMPLE_PROFILE
    >>> changes = compare_profiles(load_profile(), load_profile(EXAMPLE_PROFILE))
    >>> changes_touching(changes, competentie="Presenteren")[["werkproces_id", "wijziging"]].values.tolist()
    [['3.1', 'toegevoegd'], ['3.3', 'verwijderd']]
    """
    ids = set(werkproces_ids)
    touches = changes["werkproces_id"].isin(ids)
    touches |= (changes["onderdeel"] == "werkproces") & changes["oud"].isin(ids)
    if competentie is not None:
        named = changes["oud"].eq(competentie) | changes["nieuw"].eq(competentie)
        touches |= changes["onderdeel"].isin(["competentie", "profielcompetentie"]) & named
    return changes[touches].reset_index(drop=True)
