"""Tests for bcp_analysis.readers: the registry, the choice of reader by suffix, refused options."""

import importlib

import pytest

from bcp_analysis.errors import ProfileError
from bcp_analysis.paths import BUNDLED_PROFILE
from bcp_analysis.readers import READERS, Reader, load_profile, reader_for
from bcp_analysis.readers.options import refuse_options


@pytest.mark.parametrize(("name", "module"), [
    ("profiel.yaml", "bcp_analysis.readers.yaml_profile"),
    ("profiel.YML", "bcp_analysis.readers.yaml_profile"),
    ("map/profiel.txt", "bcp_analysis.readers.bcp_text"),
])
def test_reader_for_chooses_by_suffix(name, module):
    assert reader_for(name) is importlib.import_module(module).READER


@pytest.mark.parametrize("module", sorted(READERS))
def test_every_registered_reader_has_the_interface(module):
    reader = importlib.import_module(module).READER
    assert isinstance(reader, Reader)
    assert tuple(reader.SUFFIXES) == tuple(READERS[module])
    assert isinstance(reader.LABEL, str) and reader.LABEL
    assert callable(reader.read)


def test_no_suffix_claimed_twice():
    suffixes = [suffix for suffixes in READERS.values() for suffix in suffixes]
    assert len(suffixes) == len(set(suffixes))


@pytest.mark.parametrize(("name", "shown"), [("profiel.docx", "'.docx'"), ("profiel", "'(geen extensie)'")])
def test_unknown_suffix_lists_the_formats(name, shown):
    with pytest.raises(ProfileError) as caught:
        reader_for(name)
    error = caught.value
    assert error.place == "bestand"
    assert shown in error.problem and "onbekend soort bestand" in error.problem
    assert ".yaml" in error.fix and ".txt" in error.fix


def test_option_of_another_format_is_refused():
    with pytest.raises(ProfileError) as caught:
        load_profile(BUNDLED_PROFILE, profiel="Junior accountmanager")
    error = caught.value
    assert "'profiel'" in error.problem and "--profiel" in error.problem and ".yaml" in error.problem
    assert error.fix == "laat 'profiel' weg voor dit bestand"


def test_option_given_as_none_counts_as_not_given():
    assert len(load_profile(BUNDLED_PROFILE, profiel=None).kerntaken) == 3


def test_unknown_option_is_named():
    with pytest.raises(ProfileError) as caught:
        refuse_options("p.yaml", {"bladzijde": 3}, "een profiel als .yaml")
    assert "de optie 'bladzijde' is onbekend" in caught.value.problem


def test_accepted_option_passes():
    refuse_options("p.xml", {"profiel": "x"}, "een kwalificatiedossier", accepted=("profiel",))
