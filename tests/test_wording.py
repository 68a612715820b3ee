"""Tests for bcp_analysis.analyses.wording: grouping item wordings without losing the source text.

Wordings are quoted from data/raw/junior-accountmanager-2010.txt (line numbers in the
comments); group sizes are counted by hand from that file.
"""

import pytest

from bcp_analysis.analyses.wording import compound_vocabulary, group_items, normalize_item

ENGELS_KEY = "vaardigheid engels tweede moderne vreemde taal"

# Every wording of the English-language skill in the raw text (8 distinct).
ENGELS_WORDINGS = [
    "Leesvaardigheid Engels en tweede moderne vreemde taal",  # 723 (1.1), 791 (1.2)
    "Lees- en schrijfvaardigheid Engels en tweede moderne vreemde taal",  # 860 (1.3)
    "Gespreksvaardigheid Engels en tweede moderne vreemde taal",  # 901 (1.4)
    "Luister-, schrijf- en gespreksvaardigheid Engels en tweede moderne vreemde taal",  # 979 (2.1)
    "Spreek- en schrijfvaardigheid Engels en tweede moderne vreemde taal",  # 1050 (2.2)
    "Luister-, lees-, schrijf- en gespreksvaardigheid Engels en tweede moderne vreemde taal",  # 1100 (2.3)
    "Luister- en gespreksvaardigheid Engels en tweede moderne vreemde taal",  # 1149 (2.4) and 3.2, 3.3, 3.5, 3.7
    "Luister-, gespreks- en schrijfvaardigheid Engels en tweede moderne vreemde taal",  # 1444 (3.4), 1527 (3.6)
]


@pytest.fixture(scope="module")
def profile(bundled_profile):
    return bundled_profile


def test_list_with_and_without_en_agree():
    # raw 724 (1.1) and 1154 (2.4): the same skill, once with "en", once with a comma
    assert normalize_item("Luisteren, samenvatten en doorvragen") == \
        normalize_item("Luisteren, samenvatten, doorvragen")


def test_case_accents_and_dashes_are_ignored():
    # raw 1289 writes an em dash where 1089 writes a hyphen
    assert normalize_item("COMMERCIËLE Calculaties") == normalize_item("commerciele calculaties")
    assert normalize_item("Gespreksstructuren en —technieken") == normalize_item("Gespreksstructuren en -technieken")


def test_all_english_skill_wordings_share_one_key():
    groups = group_items(ENGELS_WORDINGS)
    assert set(groups["sleutel"]) == {ENGELS_KEY}
    # only the first wording says "Lees..." (reading): the group is named by what all
    # eight say, the head and the rest of the first wording; the source wordings are untouched
    assert set(groups["groep"]) == {"Vaardigheid Engels en tweede moderne vreemde taal"}
    assert groups["item"].tolist() == ENGELS_WORDINGS


def test_groups_that_only_differ_in_writing_keep_their_first_wording():
    # raw 724 and 1154: the same three skills, with and without "en"
    items = ["Luisteren, samenvatten en doorvragen", "Luisteren, samenvatten, doorvragen"]
    assert set(group_items(items)["groep"]) == {"Luisteren, samenvatten en doorvragen"}
    # one wording repeated: nothing differs, so nothing is renamed
    repeated = ["Leesvaardigheid Engels", "Leesvaardigheid Engels", "Lees- en schrijfvaardigheid Nederlands"]
    assert group_items(repeated)["groep"].tolist()[:2] == ["Leesvaardigheid Engels"] * 2


def test_single_item_without_context_keeps_unknown_compounds():
    # "gespreks" is only known as a compound part from other items, so on its own the
    # closing compound cannot be split and the wording is kept (hyphens dropped)
    assert normalize_item(ENGELS_WORDINGS[3]) == \
        "luister schrijf gespreksvaardigheid engels tweede moderne vreemde taal"
    assert normalize_item(ENGELS_WORDINGS[3], context=ENGELS_WORDINGS) == ENGELS_KEY


def test_compound_rule_does_not_merge_different_heads():
    items = [*ENGELS_WORDINGS, "Rekenvaardigheid", "Overlegvaardigheden", "Luisteren, samenvatten en doorvragen"]
    keys = group_items(items)["sleutel"].tolist()
    # raw 861 and 793: other skills stay apart; "Luisteren" keeps its "luister"
    assert keys[-3:] == ["rekenvaardigheid", "overlegvaardigheden", "luisteren samenvatten doorvragen"]
    assert len(set(keys)) == 4


def test_trailing_coordination_groups_either_order():
    # raw 1089 (2.3) and 1289 (3.2): the same two compounds in the other order
    groups = group_items(["Gesprekstechnieken en -structuren", "Gespreksstructuren en -technieken"])
    assert groups["sleutel"].nunique() == 1
    assert groups["groep"].tolist() == ["Gesprekstechnieken en -structuren"] * 2


def test_vocabulary_learns_parts_from_hyphens():
    vocabulary = compound_vocabulary(ENGELS_WORDINGS)
    # the parts written with a trailing hyphen in the wordings above
    assert vocabulary["modifiers"] == {"lees", "luister", "schrijf", "spreek", "gespreks"}
    assert vocabulary["heads"] == {"vaardigheid"}
    assert compound_vocabulary(["Verkooptechnieken en -argumenten"])["suffixes"] == {"argumenten"}


def test_profile_vaardigheden_groups(profile):
    groups = group_items(profile.vaardigheden["item"])
    # one row per source item, source wording kept
    assert groups["item"].tolist() == profile.vaardigheden["item"].tolist()
    engels = groups[groups["sleutel"] == ENGELS_KEY]
    # every werkproces but 3.1 (raw 1219-1227) lists one English skill: 14 rows, 8 wordings
    assert len(engels) == 14
    assert engels["item"].nunique() == 8
    luisteren = groups[groups["sleutel"] == "luisteren samenvatten doorvragen"]
    # raw 724 (1.1), 1154 (2.4), 1301 (3.2)
    assert len(luisteren) == 3


def test_group_items_does_not_mutate_input(profile):
    before = profile.vaardigheden.copy()
    group_items(profile.vaardigheden["item"])
    assert profile.vaardigheden.equals(before)
