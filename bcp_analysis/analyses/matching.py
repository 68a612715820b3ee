"""Matching two versions of a profile: kerntaken and werkprocessen paired on title, id and content, items on wording.

The comparison of :mod:`bcp_analysis.analyses.compare` is built from these rows; its
names :data:`TITLE_CUTOFF`, :data:`ITEM_CUTOFF`, :data:`CONTENT_CUTOFF` and
:func:`added_and_removed_werkprocessen` are public there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd
from rapidfuzz import fuzz

from bcp_analysis.dutch import count
from bcp_analysis.model.competencies import normalize_name
from bcp_analysis.model.profile import werkproces_sort_key

if TYPE_CHECKING:  # names of the annotations only
    from bcp_analysis.model.profile import Profile

__all__: list[str] = []  # nothing of it is used outside its layer


TITLE_CUTOFF = 85.0
"""float: lowest title similarity (``rapidfuzz.fuzz.ratio`` on normalised text, 0-100) that
pairs two werkprocessen whose titles differ. In the 2010 profile the two most alike titles
of different werkprocessen ("Onderhoudt accountrelaties", "Bouwt accountrelaties op")
score 76."""


ITEM_CUTOFF = 80.0
"""float: lowest similarity (``rapidfuzz.fuzz.ratio`` on normalised text, 0-100) at which a
removed and an added item of the same werkproces and onderdeel count as one reworded item.
In the 2010 profile the two most alike different items of one werkproces
("Bedrijfseconomische analyses", "Bedrijfseconomische begrippen", 1.3) score 74."""


CONTENT_CUTOFF = 0.5
"""float: share of shared items (of the larger werkproces) above which two werkprocessen
with the same id but dissimilar titles still count as one werkproces whose title changed."""


_ITEM_TABLES = (
    # onderdeel, Profile table, column, pair rewordings?
    ("competentie", "competenties", "competentie", False),
    ("resultaat", "resultaten", "item", True),
    ("kennis", "kennis", "item", True),
    ("vaardigheid", "vaardigheden", "item", True),
    ("gedrag", "gedrag", "item", True),
)


_CONTENT_WORDS = {
    "competentie": ("competentie", "competenties"),
    "resultaat": ("resultaat", "resultaten"),
    "kennis": ("kennisitem", "kennisitems"),
    "vaardigheid": ("vaardigheid", "vaardigheden"),
    "gedrag": ("gedragsitem", "gedragsitems"),
}


def _similarity(first, second):
    return fuzz.ratio(normalize_name(first), normalize_name(second))


def _greedy_pairs(scored):
    """Pick pairs from (score, tiebreak..., left, right) tuples, best first, each side once."""
    used_left, used_right, pairs = set(), set(), []
    for entry in sorted(scored, key=lambda item: (-item[0], *item[1:-2])):
        left, right = entry[-2], entry[-1]
        if left in used_left or right in used_right:
            continue
        used_left.add(left)
        used_right.add(right)
        pairs.append((left, right, entry[0]))
    return pairs


def compare_items(part, werkproces_id, old_items, new_items, pair):
    """Compare two item lists: exact matches drop out, then rewordings are paired."""
    remaining_new = list(enumerate(new_items))
    removed = []
    for index, item in enumerate(old_items):
        match = next((position for position, (_, text) in enumerate(remaining_new) if text == item), None)
        if match is None:
            removed.append((index, item))
        else:
            remaining_new.pop(match)
    added = remaining_new
    rows = []
    paired_old, paired_new = set(), set()
    if pair and removed and added:
        scored = []
        for old_index, old_text in removed:
            for new_index, new_text in added:
                score = _similarity(old_text, new_text)
                if score >= ITEM_CUTOFF:
                    scored.append((score, old_index, new_index, old_index, new_index))
        old_text_at, new_text_at = dict(removed), dict(added)
        for old_index, new_index, score in _greedy_pairs(scored):
            paired_old.add(old_index)
            paired_new.add(new_index)
            rows.append(change_row(part, werkproces_id, "gewijzigd", old=old_text_at[old_index],
                                   new=new_text_at[new_index],
                                   note=f"herformuleerd (gelijkenis {score:.0f}%)"))
    rows += [change_row(part, werkproces_id, "verwijderd", old=text)
             for index, text in removed if index not in paired_old]
    rows += [change_row(part, werkproces_id, "toegevoegd", new=text)
             for index, text in added if index not in paired_new]
    return rows


def _match(old_titles, new_titles, same_id_score=None, cutoff=0.0, same_id_how="nummer"):
    """Pair old and new ids on their titles, then on their id.

    ``old_titles`` and ``new_titles`` map ids to titles in source order. Pairs are taken
    on the same normalised title, then on a similar title (:data:`TITLE_CUTOFF`), then on
    the same id when ``same_id_score(old_id, new_id)`` is at least ``cutoff`` (every
    same id when ``same_id_score`` is None). Returns ``(matches, removed, added)`` with
    ``matches`` a list of ``(old_id, new_id, how, score)``.
    """
    old_titles, new_titles = dict(old_titles), dict(new_titles)
    old_order = {identifier: index for index, identifier in enumerate(old_titles)}
    new_order = {identifier: index for index, identifier in enumerate(new_titles)}
    matches = []

    def take(pairs, how):
        for old_id, new_id, score in pairs:
            matches.append((old_id, new_id, how, score))
            del old_titles[old_id], new_titles[new_id]

    def candidates(score_of, minimum):
        scored = []
        for old_id, old_title in old_titles.items():
            for new_id, new_title in new_titles.items():
                score = score_of(old_id, old_title, new_id, new_title)
                if score is not None and score >= minimum:
                    scored.append((score, old_id != new_id, old_order[old_id], new_order[new_id], old_id, new_id))
        return _greedy_pairs(scored)

    def same_id(old_id, _, new_id, __):
        if old_id != new_id:
            return None
        return 100.0 if same_id_score is None else same_id_score(old_id, new_id)

    take(candidates(lambda _, a, __, b: 100.0 if normalize_name(a) == normalize_name(b) else None, 100.0), "titel")
    take(candidates(lambda _, a, __, b: _similarity(a, b), TITLE_CUTOFF), "gelijkende titel")
    take(candidates(same_id, cutoff), same_id_how)
    return matches, list(old_titles), list(new_titles)


def _grouped(table, key, column="item"):
    """Map each key to its items, in source order."""
    groups = {}
    for identifier, item in zip(table[key], table[column]):
        groups.setdefault(identifier, []).append(item)
    return groups


def _renumber_note(old_id, new_id, how, score, moved=""):
    note = f"hernummerd van {old_id} naar {new_id}{moved}, gekoppeld op {how}"
    if how == "gelijkende titel":
        note += f" (gelijkenis {score:.0f}%)"
    elif how == "nummer en inhoud":
        note += f" ({score:.0%} gedeeld)"
    return note


def compare_kerntaken(old, new):
    """Compare kerntaken, their toelichting and vakkennis; return (rows, {old id: new id})."""
    old_rows = old.kerntaken.set_index("kerntaak_id")
    new_rows = new.kerntaken.set_index("kerntaak_id")
    matches, removed, added = _match(zip(old.kerntaken["kerntaak_id"], old.kerntaken["titel"]),
                                     zip(new.kerntaken["kerntaak_id"], new.kerntaken["titel"]))
    old_vakkennis, new_vakkennis = _grouped(old.vakkennis, "kerntaak_id"), _grouped(new.vakkennis, "kerntaak_id")

    def vakkennis_note(items):
        return f"inhoud: {count(len(items), 'vakkennisitem', 'vakkennisitems')}" if items else ""

    rows = []
    for old_id in removed:
        rows.append(change_row("kerntaak", "", "verwijderd", old=f"{old_id} {old_rows.loc[old_id, 'titel']}",
                               note=vakkennis_note(old_vakkennis.get(old_id, []))))
        if old_rows.loc[old_id, "toelichting"]:
            rows.append(change_row("kerntaak-toelichting", "", "verwijderd",
                                   old=f"{old_id}: {old_rows.loc[old_id, 'toelichting']}"))
    for new_id in added:
        rows.append(change_row("kerntaak", "", "toegevoegd", new=f"{new_id} {new_rows.loc[new_id, 'titel']}",
                               note=vakkennis_note(new_vakkennis.get(new_id, []))))
        if new_rows.loc[new_id, "toelichting"]:
            rows.append(change_row("kerntaak-toelichting", "", "toegevoegd",
                                   new=f"{new_id}: {new_rows.loc[new_id, 'toelichting']}"))
    for old_id, new_id, how, score in matches:
        old_title, new_title = old_rows.loc[old_id, "titel"], new_rows.loc[new_id, "titel"]
        if old_id != new_id or old_title != new_title:
            note = _renumber_note(old_id, new_id, how, score) if old_id != new_id else ""
            rows.append(change_row("kerntaak", "", "gewijzigd", old=f"{old_id} {old_title}",
                                   new=f"{new_id} {new_title}", note=note))
        old_text, new_text = old_rows.loc[old_id, "toelichting"], new_rows.loc[new_id, "toelichting"]
        if old_text != new_text:
            change = "gewijzigd" if old_text and new_text else ("toegevoegd" if new_text else "verwijderd")
            rows.append(change_row("kerntaak-toelichting", "", change,
                                   old=f"{old_id}: {old_text}" if old_text else "",
                                   new=f"{new_id}: {new_text}" if new_text else ""))
        for row in compare_items("vakkennis", "", old_vakkennis.get(old_id, []), new_vakkennis.get(new_id, []),
                                  pair=True):
            row["oud"] = f"{old_id}: {row['oud']}" if row["oud"] else ""
            row["nieuw"] = f"{new_id}: {row['nieuw']}" if row["nieuw"] else ""
            rows.append(row)
    return rows, {old_id: new_id for old_id, new_id, _, _ in matches}


def _werkproces_contents(profile):
    """Map each werkproces id to {onderdeel: [items]} in source order."""
    contents = {werkproces_id: {onderdeel: [] for onderdeel, *_ in _ITEM_TABLES}
                for werkproces_id in profile.werkprocessen["werkproces_id"]}
    for onderdeel, table_name, column, _ in _ITEM_TABLES:
        table = getattr(profile, table_name)
        for werkproces_id, item in zip(table["werkproces_id"], table[column]):
            contents[werkproces_id][onderdeel].append(item)
    return contents


def _content_overlap(first, second):
    """Share of items two werkprocessen have in common, counted on the larger one."""
    left = {(onderdeel, normalize_name(item)) for onderdeel, items in first.items() for item in items}
    right = {(onderdeel, normalize_name(item)) for onderdeel, items in second.items() for item in items}
    larger = max(len(left), len(right))
    return len(left & right) / larger if larger else 0.0


def _match_werkprocessen(old, new, old_contents, new_contents):
    """Pair old and new werkprocessen; return ([(old_id, new_id, how, score)], removed, added)."""
    return _match(zip(old.werkprocessen["werkproces_id"], old.werkprocessen["titel"]),
                  zip(new.werkprocessen["werkproces_id"], new.werkprocessen["titel"]),
                  same_id_score=lambda old_id, new_id: _content_overlap(old_contents[old_id], new_contents[new_id]),
                  cutoff=CONTENT_CUTOFF, same_id_how="nummer en inhoud")


def _content_note(contents):
    """Name a werkproces's competencies and count its other items (those it has)."""
    competencies = contents["competentie"]
    if competencies:
        note = f"{count(len(competencies), 'competentie', 'competenties')}: {', '.join(competencies)}"
    else:
        note = "geen competenties"
    others = [count(len(items), *_CONTENT_WORDS[onderdeel]) for onderdeel, items in contents.items()
              if onderdeel != "competentie" and items]
    return note + ("; " + ", ".join(others) if others else "")


def compare_werkprocessen(old, new, kerntaak_match):
    old_contents, new_contents = _werkproces_contents(old), _werkproces_contents(new)
    old_rows = old.werkprocessen.set_index("werkproces_id")
    new_rows = new.werkprocessen.set_index("werkproces_id")
    matches, removed, added = _match_werkprocessen(old, new, old_contents, new_contents)
    rows = []
    for old_id in removed:
        rows.append(change_row("werkproces", old_id, "verwijderd", old=f"{old_id} {old_rows.loc[old_id, 'titel']}",
                               note=_content_note(old_contents[old_id])))
    for new_id in added:
        rows.append(change_row("werkproces", new_id, "toegevoegd", new=f"{new_id} {new_rows.loc[new_id, 'titel']}",
                               note=_content_note(new_contents[new_id])))
    for old_id, new_id, how, score in matches:
        old_title, new_title = old_rows.loc[old_id, "titel"], new_rows.loc[new_id, "titel"]
        if old_id != new_id:
            old_kerntaak, new_kerntaak = old_rows.loc[old_id, "kerntaak_id"], new_rows.loc[new_id, "kerntaak_id"]
            moved = ""
            if kerntaak_match.get(old_kerntaak) != new_kerntaak:
                moved = f" (van kerntaak {old_kerntaak} naar kerntaak {new_kerntaak})"
            rows.append(change_row("werkproces", new_id, "gewijzigd", old=old_id, new=new_id,
                                   note=_renumber_note(old_id, new_id, how, score, moved)))
        if old_title != new_title:
            note = ""
            if how == "nummer en inhoud":
                note = (f"titel sterk gewijzigd (gelijkenis {_similarity(old_title, new_title):.0f}%), "
                        f"gekoppeld op nummer en inhoud ({score:.0%} gedeeld)")
            rows.append(change_row("titel", new_id, "gewijzigd", old=old_title, new=new_title, note=note))
        old_text, new_text = old_rows.loc[old_id, "beschrijving"], new_rows.loc[new_id, "beschrijving"]
        if old_text != new_text:
            rows.append(change_row("beschrijving", new_id, "gewijzigd", old=old_text, new=new_text))
        for onderdeel, _, _, pair in _ITEM_TABLES:
            rows += compare_items(onderdeel, new_id, old_contents[old_id][onderdeel],
                                   new_contents[new_id][onderdeel], pair)
    return rows


def added_and_removed_werkprocessen(old: Profile, new: Profile) -> pd.DataFrame:
    """Return the werkprocessen that are new or gone, with the competencies they bring or take.

    Werkprocessen are matched as in :func:`compare_profiles` (a renumbered or moved
    werkproces is neither new nor gone), so this answers "which competencies come with
    the new werkproces?".

    Parameters
    ----------
    old, new : Profile
        The earlier and the later version.

    Returns
    -------
    pandas.DataFrame
        One row per werkproces, the added ones first, each part in id order:
        ``wijziging`` (``toegevoegd`` or ``verwijderd``), ``werkproces_id``, ``titel``,
        ``competenties`` (in the order the werkproces lists them, joined with ", "), and
        the counts ``aantal_competenties``, ``aantal_resultaten``, ``aantal_kennisitems``,
        ``aantal_vaardigheden`` and ``aantal_gedragsitems``.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.paths import EXAMPLE_PROFILE
    >>> table = added_and_removed_werkprocessen(load_profile(), load_profile(EXAMPLE_PROFILE))
    >>> table[["wijziging", "werkproces_id", "aantal_competenties"]].values.tolist()
    [['toegevoegd', '3.8', 5], ['verwijderd', '2.3', 7]]
    """
    old_contents, new_contents = _werkproces_contents(old), _werkproces_contents(new)
    _, removed, added = _match_werkprocessen(old, new, old_contents, new_contents)
    count_columns = {onderdeel: f"aantal_{plural}" for onderdeel, (_, plural) in _CONTENT_WORDS.items()}
    rows = []
    for wijziging, profile, ids, contents in (("toegevoegd", new, added, new_contents),
                                             ("verwijderd", old, removed, old_contents)):
        titles = dict(zip(profile.werkprocessen["werkproces_id"], profile.werkprocessen["titel"]))
        for werkproces_id in sorted(ids, key=werkproces_sort_key):
            items = contents[werkproces_id]
            row = {"wijziging": wijziging, "werkproces_id": werkproces_id, "titel": titles[werkproces_id],
                   "competenties": ", ".join(items["competentie"])}
            row.update({column: len(items[onderdeel]) for onderdeel, column in count_columns.items()})
            rows.append(row)
    table = pd.DataFrame(rows, columns=["wijziging", "werkproces_id", "titel", "competenties", *count_columns.values()])
    return table.astype({**{column: "str" for column in ("wijziging", "werkproces_id", "titel", "competenties")},
                         **{column: "int64" for column in count_columns.values()}})


def change_row(part, werkproces_id, change, old="", new="", note="", order=()):
    return {"onderdeel": part, "werkproces_id": werkproces_id, "wijziging": change,
            "oud": old, "nieuw": new, "toelichting": note, "_order": order}
