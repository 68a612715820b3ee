"""What changed between two versions of a profile: one row per change, matched by id, title and content.

The screen summary and the workbook sheets of a comparison are in
``bcp_analysis.outputs.change_report``.
"""

import pandas as pd
from rapidfuzz import fuzz

from bcp_analysis.model.competencies import competentiemodel, normalize_name
from bcp_analysis.dutch import count, join
from bcp_analysis.model.profile import werkproces_sort_key

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

_WIJZIGINGEN = ("verwijderd", "toegevoegd", "gewijzigd")
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


def compare_profiles(old, new):
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
    rows += _compare_items("functiebenaming", "",
                           old.functiebenamingen["functiebenaming"].tolist(),
                           new.functiebenamingen["functiebenaming"].tolist(), pair=True)
    rows += _compare_items("beroepshouding", "", old.beroepshouding["item"].tolist(),
                           new.beroepshouding["item"].tolist(), pair=True)
    rows += _compare_keyed("beroepsbeschrijving", _sections(old.beschrijving), _sections(new.beschrijving))
    rows += _compare_keyed("loopbaan", _loopbaan(old), _loopbaan(new))
    rows += _compare_keyed("vergelijking", _vergelijking(old), _vergelijking(new))
    rows += _compare_keyed("trends", _sections(old.trends), _sections(new.trends))
    rows += _compare_arbeidsmarkt(old.arbeidsmarkt, new.arbeidsmarkt)
    kerntaak_rows, kerntaak_match = _compare_kerntaken(old, new)
    rows += kerntaak_rows
    rows += _compare_werkprocessen(old, new, kerntaak_match)
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


def _compare_keyed(onderdeel, old, new, key_in_text=True):
    """Compare two key -> text mappings; rows for removed, added and changed keys."""

    def text(key, value):
        return f"{key}: {value}" if key_in_text else value

    rows = []
    for key, value in old.items():
        if key not in new:
            rows.append(_row(onderdeel, "", "verwijderd", oud=text(key, value)))
        elif new[key] != value:
            rows.append(_row(onderdeel, "", "gewijzigd", oud=text(key, value), nieuw=text(key, new[key])))
    for key, value in new.items():
        if key not in old:
            rows.append(_row(onderdeel, "", "toegevoegd", nieuw=text(key, value)))
    return rows


def _format_number(value):
    """Write a figure the Dutch way: decimal comma, no trailing zeros."""
    value = float(value)
    text = str(int(value)) if value.is_integer() else repr(value)
    return text.replace(".", ",")


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
            rows.append(_row("arbeidsmarkt", "", "verwijderd", oud=f"{key}: {_figure_value(before)}"))
            continue
        fields = ("waarde", "eenheid", "soort", "bron")
        if all(before[field] == after[field] for field in fields):
            continue
        oud, nieuw = f"{key}: {_figure_value(before)}", f"{key}: {_figure_value(after)}"
        if before["bron"] != after["bron"]:
            oud, nieuw = f"{oud}; bron: {before['bron']}", f"{nieuw}; bron: {after['bron']}"
        rows.append(_row("arbeidsmarkt", "", "gewijzigd", oud=oud, nieuw=nieuw))
    for key, after in new_figures.items():
        if key not in old_figures:
            rows.append(_row("arbeidsmarkt", "", "toegevoegd", nieuw=f"{key}: {_figure_value(after)}"))
    return rows


# --- item lists -----------------------------------------------------------------------


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


def _compare_items(onderdeel, werkproces_id, old_items, new_items, pair):
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
            rows.append(_row(onderdeel, werkproces_id, "gewijzigd", oud=old_text_at[old_index],
                             nieuw=new_text_at[new_index], toelichting=f"herformuleerd (gelijkenis {score:.0f}%)"))
    rows += [_row(onderdeel, werkproces_id, "verwijderd", oud=text) for index, text in removed if index not in paired_old]
    rows += [_row(onderdeel, werkproces_id, "toegevoegd", nieuw=text) for index, text in added if index not in paired_new]
    return rows


# --- the competencies of the profile as a whole ------------------------------------------


def _needed_by(profile):
    """Map each competency to the ids of the werkprocessen that need it, in id order."""
    needed = {}
    for werkproces_id, competentie in zip(profile.competenties["werkproces_id"], profile.competenties["competentie"]):
        needed.setdefault(competentie, set()).add(werkproces_id)
    return {name: sorted(ids, key=werkproces_sort_key) for name, ids in needed.items()}


def profile_competency_changes(old, new):
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
    for wijziging, needed, other in (("toegevoegd", new_needed, old_needed), ("verwijderd", old_needed, new_needed)):
        for name in sorted(set(needed) - set(other), key=lambda name: (numbers.get(name, len(numbers) + 1), name)):
            rows.append({"nr": numbers.get(name, 0), "competentie": name, "wijziging": wijziging,
                         "werkprocessen": ", ".join(needed[name])})
    table = pd.DataFrame(rows, columns=["nr", "competentie", "wijziging", "werkprocessen"])
    return table.astype({"nr": "int64", "competentie": "str", "wijziging": "str", "werkprocessen": "str"})


def _profile_competency_rows(old, new):
    rows = []
    for entry in profile_competency_changes(old, new).itertuples():
        ids = entry.werkprocessen.split(", ")
        if entry.wijziging == "toegevoegd":
            rows.append(_row("profielcompetentie", "", "toegevoegd", nieuw=entry.competentie,
                             toelichting=f"nodig in {join(ids)}", order=(0, entry.nr)))
        else:
            rows.append(_row("profielcompetentie", "", "verwijderd", oud=entry.competentie,
                             toelichting=f"was nodig in {join(ids)}", order=(1, entry.nr)))
    return rows


# --- matching kerntaken and werkprocessen ------------------------------------------------


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


def _compare_kerntaken(old, new):
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
        rows.append(_row("kerntaak", "", "verwijderd", oud=f"{old_id} {old_rows.loc[old_id, 'titel']}",
                         toelichting=vakkennis_note(old_vakkennis.get(old_id, []))))
        if old_rows.loc[old_id, "toelichting"]:
            rows.append(_row("kerntaak-toelichting", "", "verwijderd", oud=f"{old_id}: {old_rows.loc[old_id, 'toelichting']}"))
    for new_id in added:
        rows.append(_row("kerntaak", "", "toegevoegd", nieuw=f"{new_id} {new_rows.loc[new_id, 'titel']}",
                         toelichting=vakkennis_note(new_vakkennis.get(new_id, []))))
        if new_rows.loc[new_id, "toelichting"]:
            rows.append(_row("kerntaak-toelichting", "", "toegevoegd", nieuw=f"{new_id}: {new_rows.loc[new_id, 'toelichting']}"))
    for old_id, new_id, how, score in matches:
        old_title, new_title = old_rows.loc[old_id, "titel"], new_rows.loc[new_id, "titel"]
        if old_id != new_id or old_title != new_title:
            note = _renumber_note(old_id, new_id, how, score) if old_id != new_id else ""
            rows.append(_row("kerntaak", "", "gewijzigd", oud=f"{old_id} {old_title}", nieuw=f"{new_id} {new_title}",
                             toelichting=note))
        old_text, new_text = old_rows.loc[old_id, "toelichting"], new_rows.loc[new_id, "toelichting"]
        if old_text != new_text:
            wijziging = "gewijzigd" if old_text and new_text else ("toegevoegd" if new_text else "verwijderd")
            rows.append(_row("kerntaak-toelichting", "", wijziging, oud=f"{old_id}: {old_text}" if old_text else "",
                             nieuw=f"{new_id}: {new_text}" if new_text else ""))
        for row in _compare_items("vakkennis", "", old_vakkennis.get(old_id, []), new_vakkennis.get(new_id, []),
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


def _compare_werkprocessen(old, new, kerntaak_match):
    old_contents, new_contents = _werkproces_contents(old), _werkproces_contents(new)
    old_rows = old.werkprocessen.set_index("werkproces_id")
    new_rows = new.werkprocessen.set_index("werkproces_id")
    matches, removed, added = _match_werkprocessen(old, new, old_contents, new_contents)
    rows = []
    for old_id in removed:
        rows.append(_row("werkproces", old_id, "verwijderd", oud=f"{old_id} {old_rows.loc[old_id, 'titel']}",
                         toelichting=_content_note(old_contents[old_id])))
    for new_id in added:
        rows.append(_row("werkproces", new_id, "toegevoegd", nieuw=f"{new_id} {new_rows.loc[new_id, 'titel']}",
                         toelichting=_content_note(new_contents[new_id])))
    for old_id, new_id, how, score in matches:
        old_title, new_title = old_rows.loc[old_id, "titel"], new_rows.loc[new_id, "titel"]
        if old_id != new_id:
            old_kerntaak, new_kerntaak = old_rows.loc[old_id, "kerntaak_id"], new_rows.loc[new_id, "kerntaak_id"]
            moved = ""
            if kerntaak_match.get(old_kerntaak) != new_kerntaak:
                moved = f" (van kerntaak {old_kerntaak} naar kerntaak {new_kerntaak})"
            rows.append(_row("werkproces", new_id, "gewijzigd", oud=old_id, nieuw=new_id,
                             toelichting=_renumber_note(old_id, new_id, how, score, moved)))
        if old_title != new_title:
            note = ""
            if how == "nummer en inhoud":
                note = (f"titel sterk gewijzigd (gelijkenis {_similarity(old_title, new_title):.0f}%), "
                        f"gekoppeld op nummer en inhoud ({score:.0%} gedeeld)")
            rows.append(_row("titel", new_id, "gewijzigd", oud=old_title, nieuw=new_title, toelichting=note))
        old_text, new_text = old_rows.loc[old_id, "beschrijving"], new_rows.loc[new_id, "beschrijving"]
        if old_text != new_text:
            rows.append(_row("beschrijving", new_id, "gewijzigd", oud=old_text, nieuw=new_text))
        for onderdeel, _, _, pair in _ITEM_TABLES:
            rows += _compare_items(onderdeel, new_id, old_contents[old_id][onderdeel],
                                   new_contents[new_id][onderdeel], pair)
    return rows


def added_and_removed_werkprocessen(old, new):
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


# --- the table ------------------------------------------------------------------------


def _row(onderdeel, werkproces_id, wijziging, oud="", nieuw="", toelichting="", order=()):
    return {"onderdeel": onderdeel, "werkproces_id": werkproces_id, "wijziging": wijziging,
            "oud": oud, "nieuw": nieuw, "toelichting": toelichting, "_order": order}


def _change_table(rows):
    def key(row):
        text = row["oud"] or row["nieuw"]
        return (werkproces_sort_key(row["werkproces_id"]), row["werkproces_id"], ONDERDELEN.index(row["onderdeel"]),
                row["_order"], text, _WIJZIGINGEN.index(row["wijziging"]), row["nieuw"])

    table = pd.DataFrame(sorted(rows, key=key), columns=CHANGE_COLUMNS)
    return table.astype({column: "str" for column in CHANGE_COLUMNS}).reset_index(drop=True)


def competency_frequency_change(old, new):
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
