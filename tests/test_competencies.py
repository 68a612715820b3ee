"""Tests for bcp_analysis.model.competencies: the 25 SBB competencies and name matching."""

import pytest

from bcp_analysis import competentiemodel
from bcp_analysis.model.competencies import (
    canonical_competency,
    closest_competency,
    fuzzy_competency,
    nearest_competencies,
)


def test_model_has_25_in_sbb_order():
    model = competentiemodel()
    assert model["nr"].tolist() == list(range(1, 26))
    # CONTRIBUTING.md, "Reference: the 25 competencies"
    assert model.loc[model["nr"] == 1, "competentie"].item() == "Beslissen en activiteiten initiëren"
    assert model.loc[model["nr"] == 18, "competentie"].item() == \
        "Op de behoeften en verwachtingen van de klant richten"
    assert model.loc[model["nr"] == 25, "competentie"].item() == "Bedrijfsmatig handelen"


def test_clusters_follow_the_reference_of_the_developers_guide():
    # CONTRIBUTING.md, "Reference: the 25 competencies": the 8 clusters
    model = competentiemodel()
    members = model.groupby("cluster", sort=False)["nr"].agg(list).to_dict()
    assert members == {
        "Leiden en beslissen": [1, 2, 3],
        "Ondersteunen en samenwerken": [4, 5, 6],
        "Interacteren en presenteren": [7, 8, 9],
        "Analyseren en interpreteren": [10, 11, 12, 13],
        "Creëren en conceptualiseren": [14, 15, 16],
        "Organiseren en uitvoeren": [17, 18, 19, 20],
        "Aanpassen en omgaan met druk": [21, 22],
        "Ondernemen en presteren": [23, 24, 25],
    }


@pytest.mark.parametrize(("written", "canonical"), [
    ("Beslissen en activiteiten initiéren", "Beslissen en activiteiten initiëren"),  # raw line 869
    ("Creéren en innoveren", "Creëren en innoveren"),  # raw line 761
    ("Overtuigen en beinvloeden", "Overtuigen en beïnvloeden"),  # raw line 1256
    ("Overtuigen en beinvioeden", "Overtuigen en beïnvloeden"),  # raw line 1453
    ("Op de behoeften en verwachtingen ven de klant richten",
     "Op de behoeften en verwachtingen van de klant richten"),  # raw lines 1259-1260
    ("  analyseren ", "Analyseren"),
])
def test_variants_map_to_canonical(written, canonical):
    assert canonical_competency(written) == canonical


def test_unknown_name_is_refused_with_a_suggestion():
    assert canonical_competency("Klantgericht handelen") is None
    name, score = closest_competency("Analiseren")
    assert name == "Analyseren" and 80 < score < 100


@pytest.mark.parametrize("prose", [
    "analyseert deze ontwikkelingen en legt ze in het systeem",
    "verzorgt hij verkooppresentaties en demonstraties",
    "Leren en ontwikkelen van de medewerker",
])
def test_fuzzy_match_refuses_prose(prose):
    assert fuzzy_competency(prose) is None


@pytest.mark.parametrize(("written", "meant"), [
    ("Samenwerken", "Samenwerken en overleggen"),          # the first word of the name, not 'Presenteren'
    ("Beslissen", "Beslissen en activiteiten initiëren"),  # not 'Begeleiden'
    ("Plannen", "Plannen en organiseren"),
    ("Commercieel handelen", "Ondernemend en commercieel handelen"),
    ("Samenwerkn en overlegen", "Samenwerken en overleggen"),
])
def test_closest_is_word_and_prefix_aware(written, meant):
    assert closest_competency(written)[0] == meant


def test_nearest_gives_a_few_names_each_once():
    found = nearest_competencies("Overtuigen en beinvloeden")   # a known variant of 8 and its canonical name
    assert len(found) == 3 and len({name for name, _ in found}) == 3
    assert found[0] == ("Overtuigen en beïnvloeden", 100.0)
    # the three names with the word "handelen" (6, 24, 25), tied, in SBB order
    assert [name for name, _ in nearest_competencies("handelen")] == [
        "Ethisch en integer handelen", "Ondernemend en commercieel handelen", "Bedrijfsmatig handelen"]
