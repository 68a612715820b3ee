"""What changed between two versions of a profile: one row per change, and a summary."""

import re

import pandas as pd
from rapidfuzz import fuzz

from bcp_analysis.competencies import normalize_name

__all__ = [
    "CHANGE_COLUMNS",
    "ONDERDELEN",
    "TITLE_CUTOFF",
    "ITEM_CUTOFF",
    "CONTENT_CUTOFF",
    "compare_profiles",
    "competency_frequency_change",
    "summarize_changes",
]

CHANGE_COLUMNS = ["onderdeel", "werkproces_id", "wijziging", "oud", "nieuw", "toelichting"]
"""list of str: the columns of a change table, in order."""

ONDERDELEN = [
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
    "werkproces",
    "titel",
    "beschrijving",
    "competentie",
    "resultaat",
    "kennis",
    "vaardigheid",
]
"""list of str: every value of the ``onderdeel`` column, in the order rows are sorted."""

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
)
_CONTENT_WORDS = {
    "competentie": ("competentie", "competenties"),
    "resultaat": ("resultaat", "resultaten"),
    "kennis": ("kennisitem", "kennisitems"),
    "vaardigheid": ("vaardigheid", "vaardigheden"),
}


def compare_profiles(old, new):
    """List every difference between two versions of a profile, one row per change.

    Werkprocessen are matched before their contents are compared, in this order:

    1. the same title (compared after :func:`~bcp_analysis.competencies.normalize_name`,
       so case, accents and punctuation do not matter), whatever their ids;
    2. a similar title: ``rapidfuzz.fuzz.ratio`` of the normalised titles at least
       :data:`TITLE_CUTOFF` (85), best pairs first;
    3. the same id with a dissimilar title, when the two share at least
       :data:`CONTENT_CUTOFF` (half) of their items (competencies, results, knowledge
       and skills), counted on the larger of the two.

    What is left over is a removed or an added werkproces: one row, with its content
    counted in ``toelichting`` (its items are not listed one by one). A matched
    werkproces with another id gives one row ``werkproces``/``gewijzigd`` with the old
    and new id, and its contents are compared under the match.

    Within a matched werkproces (and for the profile-wide lists ``functiebenaming`` and
    ``beroepshouding``), items with exactly the same text are unchanged. Of the items
    left, a removed and an added item of the same onderdeel form one reworded item
    (``gewijzigd``) when ``rapidfuzz.fuzz.ratio`` of their normalised texts is at least
    :data:`ITEM_CUTOFF` (80), best pairs first. Competencies are never paired this way:
    another competency is another competency, so one that moved between werkprocessen
    shows as ``verwijderd`` at one and ``toegevoegd`` at the other.

    Sections with a key are matched on it: ``meta`` on its field, ``beroepsbeschrijving``
    (§1.2) and ``trends`` (§1.4) on their onderdeel, ``kerntaak`` on its id,
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

        Sorted by werkproces (profile-wide rows first, then ids numerically), then by
        onderdeel in the order of :data:`ONDERDELEN`, then by text. Comparing a profile
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
    rows = []
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
    rows += _compare_keyed("kerntaak", _kerntaken(old, "titel"), _kerntaken(new, "titel"), key_in_text=False)
    rows += _compare_keyed("kerntaak-toelichting", _kerntaken(old, "toelichting"), _kerntaken(new, "toelichting"))
    rows += _compare_werkprocessen(old, new)
    return _change_table(rows)


# --- keyed sections -------------------------------------------------------------------


def _meta(profile):
    return {key: str(value) for key, value in profile.meta.items()}


def _sections(table):
    return dict(zip(table["onderdeel"], table["tekst"]))


def _kerntaken(profile, column):
    table = profile.kerntaken
    if column == "titel":
        return {kerntaak_id: f"{kerntaak_id} {titel}" for kerntaak_id, titel in zip(table["kerntaak_id"], table["titel"])}
    return {kerntaak_id: text for kerntaak_id, text in zip(table["kerntaak_id"], table[column]) if text}


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


# --- werkprocessen --------------------------------------------------------------------


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
    """Pair old and new werkprocessen; return [(old_id, new_id, how, score)]."""
    old_titles = dict(zip(old.werkprocessen["werkproces_id"], old.werkprocessen["titel"]))
    new_titles = dict(zip(new.werkprocessen["werkproces_id"], new.werkprocessen["titel"]))
    old_order = {werkproces_id: index for index, werkproces_id in enumerate(old_titles)}
    new_order = {werkproces_id: index for index, werkproces_id in enumerate(new_titles)}
    matches = []

    def take(pairs, how):
        for old_id, new_id, score in pairs:
            matches.append((old_id, new_id, how, score))
            del old_titles[old_id], new_titles[new_id]

    def candidates(score_of, cutoff):
        scored = []
        for old_id, old_title in old_titles.items():
            for new_id, new_title in new_titles.items():
                score = score_of(old_id, old_title, new_id, new_title)
                if score is not None and score >= cutoff:
                    scored.append((score, old_id != new_id, old_order[old_id], new_order[new_id], old_id, new_id))
        return _greedy_pairs(scored)

    take(candidates(lambda _, a, __, b: 100.0 if normalize_name(a) == normalize_name(b) else None, 100.0), "titel")
    take(candidates(lambda _, a, __, b: _similarity(a, b), TITLE_CUTOFF), "gelijkende titel")
    take(candidates(lambda a, _, b, __: _content_overlap(old_contents[a], new_contents[b]) if a == b else None,
                    CONTENT_CUTOFF), "nummer en inhoud")
    return matches, list(old_titles), list(new_titles)


def _content_note(contents):
    parts = []
    for onderdeel, (singular, plural) in _CONTENT_WORDS.items():
        count = len(contents[onderdeel])
        parts.append(f"{count} {singular if count == 1 else plural}")
    return "inhoud: " + ", ".join(parts)


def _compare_werkprocessen(old, new):
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
            note = f"hernummerd van {old_id} naar {new_id}, gekoppeld op {how}"
            if how == "gelijkende titel":
                note += f" (gelijkenis {score:.0f}%)"
            elif how == "nummer en inhoud":
                note += f" ({score:.0%} gedeeld)"
            rows.append(_row("werkproces", new_id, "gewijzigd", oud=old_id, nieuw=new_id, toelichting=note))
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


# --- the table ------------------------------------------------------------------------


def _row(onderdeel, werkproces_id, wijziging, oud="", nieuw="", toelichting=""):
    return {"onderdeel": onderdeel, "werkproces_id": werkproces_id, "wijziging": wijziging,
            "oud": oud, "nieuw": nieuw, "toelichting": toelichting}


def _id_key(werkproces_id):
    """Sort key for ids: profile-wide ("") first, then numerically ("1.10" after "1.9")."""
    return tuple(int(part) for part in re.findall(r"\d+", werkproces_id))


def _change_table(rows):
    def key(row):
        text = row["oud"] or row["nieuw"]
        return (_id_key(row["werkproces_id"]), row["werkproces_id"], ONDERDELEN.index(row["onderdeel"]),
                text, _WIJZIGINGEN.index(row["wijziging"]), row["nieuw"])

    table = pd.DataFrame(sorted(rows, key=key), columns=CHANGE_COLUMNS)
    return table.astype({column: "str" for column in CHANGE_COLUMNS}).reset_index(drop=True)


# --- summary --------------------------------------------------------------------------


def _short(text, width=100):
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _describe(row):
    if row.wijziging == "toegevoegd":
        line = f"{row.onderdeel} toegevoegd: {_short(row.nieuw)}"
    elif row.wijziging == "verwijderd":
        line = f"{row.onderdeel} verwijderd: {_short(row.oud)}"
    else:
        line = f"{row.onderdeel} gewijzigd: {_short(row.oud)} → {_short(row.nieuw)}"
    if row.toelichting:
        line += f" [{row.toelichting}]"
    return line


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
    from bcp_analysis.coverage import competency_frequency

    before = competency_frequency(old)
    after = competency_frequency(new)
    return pd.DataFrame({
        "nr": before["nr"],
        "competentie": before["competentie"],
        "oud": before["aantal_werkprocessen"],
        "nieuw": after["aantal_werkprocessen"],
        "verschil": after["aantal_werkprocessen"] - before["aantal_werkprocessen"],
    })


def summarize_changes(changes):
    """Write a change table as a short Dutch text for the screen.

    First the number of changes per onderdeel and kind, then every change grouped per
    werkproces (profile-wide changes first, under "Profiel algemeen"). Long texts are
    shortened to 100 characters.

    Parameters
    ----------
    changes : pandas.DataFrame
        A table from :func:`compare_profiles`.

    Returns
    -------
    str
        ``"Geen verschillen."`` when the table is empty.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> profile = load_profile()
    >>> summarize_changes(compare_profiles(profile, profile))
    'Geen verschillen.'
    """
    if changes.empty:
        return "Geen verschillen."
    lines = [f"{len(changes)} {'wijziging' if len(changes) == 1 else 'wijzigingen'}", ""]
    header = f"{'onderdeel':<22}{'toegevoegd':>11}{'verwijderd':>11}{'gewijzigd':>10}"
    lines.append(header)
    present = [onderdeel for onderdeel in ONDERDELEN if onderdeel in set(changes["onderdeel"])]
    for onderdeel in present:
        part = changes[changes["onderdeel"] == onderdeel]
        counts = [int((part["wijziging"] == kind).sum()) for kind in ("toegevoegd", "verwijderd", "gewijzigd")]
        lines.append(f"{onderdeel:<22}{counts[0]:>11}{counts[1]:>11}{counts[2]:>10}")
    for werkproces_id, group in changes.groupby("werkproces_id", sort=False):
        lines.append("")
        lines.append(f"Werkproces {werkproces_id}" if werkproces_id else "Profiel algemeen")
        lines.extend(f"  - {_describe(row)}" for row in group.itertuples())
    return "\n".join(lines)
