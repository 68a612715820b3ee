"""Tests for bcp_analysis.readers.textfix: the é-after-vowel rule and the curated word corrections."""

import pytest

from bcp_analysis.readers.textfix import fix_text, word_corrections


@pytest.mark.parametrize(("misread", "corrected"), [
    ("initiéren", "initiëren"),            # raw line 869
    ("Creéren en innoveren", "Creëren en innoveren"),  # raw line 761
    ("commerciéle", "commerciële"),        # raw line 310
    ("Commerciéle", "Commerciële"),        # raw line 137
    ("hiérarchische", "hiërarchische"),    # raw line 892
    ("theorieén", "theorieën"),            # raw line 787
    ("georiénteerd", "georiënteerd"),      # raw line 370
    ("creéert", "creëert"),                # raw line 1240
    ("CREÉREN", "CREËREN"),                # upper case follows the same rule
])
def test_e_acute_after_vowel_is_diaeresis(misread, corrected):
    assert fix_text(misread) == corrected


@pytest.mark.parametrize("text", [
    "klantrelatie op het persoonlijke vlak één op één te",   # raw line 1111
    "stelt hij vragen aan de account én beantwoordt hij",    # raw line 1313
    "café, coupé en één",                                    # é after a consonant or after é
])
def test_een_and_emphatic_en_are_left_alone(text):
    assert fix_text(text) == text


@pytest.mark.parametrize(("misread", "corrected"), [
    ("Eris vertrouwen", "Er is vertrouwen"),                      # raw line 964
    ("Overtuigen en beinvioeden", "Overtuigen en beïnvloeden"),   # raw line 1453
    ("(0.a. met behulp van incentives)", "(o.a. met behulp van incentives)"),  # raw line 1045
    ("Aspecten van voortgangshewaking", "Aspecten van voortgangsbewaking"),    # raw line 895
    ("enquéte", "enquête"),          # a curated pair wins over the é rule (u is a vowel)
    ("(potenti€le)", "(potentiële)"),                             # raw line 984
    ("Gespreksstructuren en —technieken", "Gespreksstructuren en -technieken"),  # raw line 1289
    ("informatie over de accounten maakt daarbij", "informatie over de account en maakt daarbij"),
])
def test_curated_word_corrections(misread, corrected):
    assert fix_text(misread) == corrected


def test_corrections_are_whole_words_and_case_sensitive():
    # "Eris" inside a longer word, and "eris" in lower case, are not the misread "Er is".
    assert fix_text("Erisman") == "Erisman"
    assert fix_text("eris") == "eris"
    assert fix_text("accountenmaakt") == "accountenmaakt"


def test_fix_is_idempotent():
    text = "Eris initiéren, 0.a. accounten maakt, beinvioeden, één én enquéte"
    once = fix_text(text)
    assert fix_text(once) == once


def test_fix_keeps_line_breaks():
    # The extractor fixes the whole text at once and relies on the lines staying in place.
    text = "Eris\ninitiéren\n\naccounten\nmaakt"
    assert fix_text(text).count("\n") == text.count("\n")
    assert fix_text(text).splitlines()[3] == "accounten"  # a phrase is not joined over a line break


def test_word_corrections_come_from_the_reference_file():
    corrections = word_corrections()
    assert corrections["Eris"] == "Er is"
    assert corrections["accounten maakt"] == "account en maakt"
    corrections["Eris"] = "kapot"   # a copy: changing it changes nothing
    assert fix_text("Eris") == "Er is"
