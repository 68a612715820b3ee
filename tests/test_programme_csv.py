"""Tests for bcp_analysis.readers.programme_csv: the committee's CSV read into the programme model."""

import pytest

from bcp_analysis.errors import ProfileError
from bcp_analysis.model.programme import PROGRAMME_TABLES, Programme, same_title, title_similarity
from bcp_analysis.paths import EXAMPLE_CURRICULUM
from bcp_analysis.readers import load_programme
from bcp_analysis.readers.programme_csv import READER


def _write(tmp_path, content, name="opleiding.csv"):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def test_load_programme_chooses_the_csv_reader():
    programme = load_programme(EXAMPLE_CURRICULUM)
    assert isinstance(programme, Programme) and programme.source == str(EXAMPLE_CURRICULUM)
    for name, table in programme.tables().items():
        assert table.columns.tolist() == list(PROGRAMME_TABLES[name])


def test_voorbeeld_as_a_programme():
    programme = READER.read_programme(EXAMPLE_CURRICULUM)
    # data/curriculum/voorbeeld.csv: 9 modules (rows 2, 6, 10, 12, 15, 17, 20, 22, 25 start one), 26 rows
    onderdelen = programme.onderdelen
    assert onderdelen["onderdeel"].tolist() == [
        "Oriëntatie op accountmanagement", "Marktinformatie en accountanalyse", "Verkoopplan en voortgangsbewaking",
        "Relatiebeheer", "Klachtbehandeling en klantcontact", "Verkoopvoorbereiding en acquisitie",
        "Gesprekstechniek", "Offertes en onderhandelen", "Beroepspraktijkvorming"]
    assert set(onderdelen["soort"]) == {"module"}
    assert onderdelen["regel"].tolist() == [2, 6, 10, 12, 15, 17, 20, 22, 25]
    dekking = programme.dekking
    assert len(dekking) == 26 and dekking["regel"].tolist() == list(range(2, 28))
    # row 25: Beroepspraktijkvorming,3.3,toetsen; the kerntaak is the part before the point
    assert dekking.iloc[23][["onderdeel", "werkproces_id", "kerntaak_id", "niveau"]].tolist() == [
        "Beroepspraktijkvorming", "3.3", "3", "toetsen"]
    assert len(programme.werkprocessen) == 26 and set(programme.werkprocessen["titel"]) == {""}
    assert programme.crebo is None and programme.maps_exams and programme.notes == ()


def test_titles_and_kd_codes(tmp_path):
    path = _write(tmp_path, "module,werkproces_id,werkproces_titel,niveau\n"
                            "PvB 1,B1-K1-W7,Zorgt voor een veilig pedagogisch klimaat,toetsen\n"
                            "Les 1,B1-K1-W1,,introductie\n")
    programme = READER.read_programme(path)
    assert programme.werkprocessen[["werkproces_id", "kerntaak_id", "titel", "regel"]].values.tolist() == [
        ["B1-K1-W7", "B1-K1", "Zorgt voor een veilig pedagogisch klimaat", 2], ["B1-K1-W1", "B1-K1", "", 3]]


@pytest.mark.parametrize("content, place, words", [
    ("module,werkproces_id,niveau\nA,1.1,beheersen\n", "rij 2", "'beheersen'"),
    ("module,werkproces_id\nA,\n", "rij 2", "geen werkproces_id"),
    ("module;werkproces_id\n;1.1\n", "rij 2", "modulenaam is leeg"),
    ("module,werkproces_id,niveau\n", "rij 2", "geen modules"),
    ("moduul,werkproces_id\nA,1.1\n", "rij 1", "'moduul'"),
])
def test_reader_errors_need_no_profile(tmp_path, content, place, words):
    with pytest.raises(ProfileError) as info:
        READER.read_programme(_write(tmp_path, content))
    assert info.value.place == place and words in info.value.problem


def test_an_unknown_id_is_read_and_left_to_the_profile(tmp_path):
    # without a profile the reader cannot know 2.5 does not exist: it is read, load_curriculum refuses it
    programme = READER.read_programme(_write(tmp_path, "module,werkproces_id\nA,2.5\n"))
    assert programme.dekking["werkproces_id"].tolist() == ["2.5"]


def test_title_rule():
    assert same_title("Stelt een accountplan op.", "stelt een accountplan op")
    assert same_title("Verzamelt (markt)informaite", "Verzamelt (markt)informatie")  # a typo
    assert not same_title("Biedt persoonlijke verzorging bij specifieke zorgbehoeftes", "Biedt persoonlijke verzorging")
    assert title_similarity("Voert beheertaken uit", "Voert beheertaken uit") == 100
