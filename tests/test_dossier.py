"""Tests of the dossier view: profielen side by side, corpus of dossiers."""

import os
import shutil
from pathlib import Path

import pandas as pd
import pytest

from bcp_analysis.analyses import dossier
from bcp_analysis.errors import ProfileError
from bcp_analysis.outputs.tables import dossier_csv_name
from bcp_analysis.paths import BUNDLED_PROFILE

REPO = Path(__file__).resolve().parent.parent
BUNDLED = REPO / "data" / "kd" / "pedagogisch-werk-23183.xml"
# The SBB exports the project was given (shared/kd beside the checkout); BCP_KD_DIR names another folder.
SHARED_KD = Path(os.environ.get("BCP_KD_DIR", Path(__file__).resolve().parents[2] / "shared" / "kd"))
needs_shared = pytest.mark.skipif(not (SHARED_KD / "2755 Dienstverlening.xml").exists(),
                                  reason=f"de SBB-exports van issue 12 staan niet in {SHARED_KD}")

P1, P2, P3 = "Pedagogisch medewerker kinderopvang", "Gespecialiseerd pedagogisch medewerker", "Onderwijsassistent"


@pytest.fixture(scope="module")
def bundled():
    return dossier.load_dossier(BUNDLED)


def test_profielen_table(bundled):
    table = bundled.profielen
    assert table["profiel"].tolist() == [P1, P2, P3]
    assert table["crebo"].tolist() == ["25486", "25484", "25485"]
    assert table["niveau"].tolist() == [3, 4, 4]
    # werkprocessen: 10 in the basisdeel + 6, 11 and 7 in the profieldelen (lines 633-1249)
    assert table["werkprocessen"].tolist() == [16, 21, 17]
    assert bundled.meta["dossier_crebo"] == "23183"
    assert bundled.profile("25485").meta["profiel"] == P3


def test_profile_of_an_unknown_profiel_lists_them(bundled):
    with pytest.raises(ProfileError, match="er zijn: .*Onderwijsassistent"):
        bundled.profile("Kok")


def test_matrix_counts_werkprocessen_per_profiel(bundled):
    matrix = dossier.profile_competency_matrix(bundled)
    assert matrix.shape == (3, 25)
    # 3103 Instructies en procedures opvolgen: basisdeel B1-K1-W1, W3, W6, W7 and B1-K2-W2 (lines 303,
    # 335, 397, 422, 545) = 5 for all; profieldeel P1: lines 722, 738 (+2); P2: 912, 928, 1048 (+3);
    # P3: 1128, 1151, 1221 (+3)
    assert matrix["Instructies en procedures opvolgen"].tolist() == [7, 8, 8]
    # 3091 Overtuigen en beïnvloeden: basisdeel B1-K1-W4 (line 354) for all, B1-K2-W2 aanvullend for
    # P2 and P3 (lines 551, 557); P2 also P2-K2-W3 (line 1028), P3 also P3-K2-W3 (line 1246)
    assert matrix["Overtuigen en beïnvloeden"].tolist() == [1, 3, 3]
    assert matrix.sum(axis=1).tolist() == [59, 84, 70]  # the rows per profiel of test_kd


def test_the_same_matrix_from_a_list_of_profiles(bundled):
    from_profiles = dossier.profile_competency_matrix(bundled.profiles())
    pd.testing.assert_frame_equal(from_profiles, dossier.profile_competency_matrix(bundled))


def test_unique_competencies(bundled):
    table = dossier.unique_competencies(bundled)
    # 3090 only in P2 (lines 1007, 1047), 3092 only P2 (1030), 3107 and 3108 only P2 (1032, 1046),
    # 3084 only P3 (1147, 1242), 3106 only P3 (1222)
    assert list(zip(table["competentie"], table["profiel"], table["werkprocessen"])) == [
        ("Beslissen en activiteiten initiëren", P3, 2), ("Relaties bouwen en netwerken", P2, 2),
        ("Presenteren", P2, 1), ("Gedrevenheid en ambitie tonen", P3, 1),
        ("Ondernemend en commercieel handelen", P2, 1), ("Bedrijfsmatig handelen", P2, 1)]


def test_basisdeel_and_profieldeel(bundled):
    basis = dossier.basisdeel_competencies(bundled).set_index("competentie")["werkprocessen"]
    # 3103 in five basis werkprocessen for everyone; 3091 only in B1-K1-W4 for everyone (W2 of K2 is aanvullend)
    assert basis["Instructies en procedures opvolgen"] == 5
    assert basis["Overtuigen en beïnvloeden"] == 1
    assert "Presenteren" not in basis.index
    added = dossier.profieldeel_additions(bundled)
    only = added[added["alleen_profieldeel"]]
    # the six unique ones come from profieldelen; Aansturen etc. are in the basisdeel (B1-K1-W7, line 418)
    assert set(only["competentie"]) == {"Beslissen en activiteiten initiëren", "Relaties bouwen en netwerken",
                                        "Presenteren", "Gedrevenheid en ambitie tonen",
                                        "Ondernemend en commercieel handelen", "Bedrijfsmatig handelen"}
    row = added[(added["profiel"] == P2) & (added["competentie"] == "Overtuigen en beïnvloeden")].iloc[0]
    assert (row["basisdeel"], row["profieldeel"]) == (2, 1)


def test_similarity_jaccard_and_cosine_on_a_made_up_pair():
    from bcp_analysis.model.profile import Profile, make_table

    def profile(title, needs):
        empty = {name: make_table(name) for name in ("kerntaken", "werkprocessen", "resultaten", "kennis",
                 "vaardigheden", "functiebenamingen", "beroepshouding", "beschrijving", "trends", "loopbaan",
                 "vergelijking", "arbeidsmarkt")}
        rows = [{"werkproces_id": werkproces, "competentie": name} for werkproces, name in needs]
        return Profile(meta={"titel": title}, competenties=make_table("competenties", rows), **empty)

    first = profile("A", [("B1-K1-W1", "Analyseren"), ("B1-K1-W2", "Analyseren"), ("B1-K1-W1", "Leren")])
    second = profile("B", [("B1-K1-W1", "Analyseren"), ("P1-K1-W1", "Presenteren")])
    jaccard = dossier.profile_similarity([first, second])
    # sets {Analyseren, Leren} and {Analyseren, Presenteren}: 1 shared of 3
    assert jaccard.loc["A", "B"] == pytest.approx(1 / 3)
    cosine = dossier.profile_similarity([first, second], method="cosinus")
    # counts A = (Analyseren 2, Leren 1), B = (Analyseren 1, Presenteren 1): 2 / (sqrt(5) sqrt(2))
    assert cosine.loc["A", "B"] == pytest.approx(2 / (5 ** 0.5 * 2 ** 0.5))
    pairs = dossier.most_similar_profiles(jaccard)
    assert pairs[["profiel", "vergeleken_met"]].values.tolist() == [["A", "B"]]


def test_findings_state_the_numbers(bundled):
    matrix = dossier.profile_competency_matrix(bundled)
    # needed by all three: 23 used minus the six unique ones = 17
    assert dossier.matrix_finding(matrix) == ("17 competenties komen in alle 3 profielen voor; "
                                              "samen vragen ze 23 van de 25 competenties")
    sentence = dossier.similarity_finding(dossier.profile_similarity(bundled))
    assert sentence.startswith("Meest gelijk naar gedeelde competenties: ")


def test_dossier_tables(bundled):
    tables = dossier.dossier_tables(bundled)
    # capitalised like the profile workbook's sheets ("Proces-competentie-matrix"); the CSV names stay lower case
    assert list(tables) == ["Profielen", "Profiel-competentie", "Basisdeel", "Profieldeel", "Verwantschap", "Uniek"]
    assert [dossier_csv_name(name) for name in tables] == [
        "profielen", "profiel_competentie", "basisdeel", "profieldeel", "verwantschap", "uniek"]


def test_corpus_of_a_kd_and_a_bcp(tmp_path):
    shutil.copy(BUNDLED, tmp_path / "pw.xml")
    shutil.copy(BUNDLED_PROFILE, tmp_path / "ja.yaml")
    (tmp_path / "notitie.md").write_text("geen profiel", encoding="utf-8")
    corpus = dossier.load_corpus(tmp_path)
    assert corpus.profielen["profiel"].tolist() == ["Junior accountmanager", P1, P2, P3]
    assert corpus.profielen["soort"].tolist() == ["BCP"] + ["kwalificatiedossier"] * 3
    matrix = dossier.profile_competency_matrix(corpus)
    assert matrix.loc[P2].sum() == 84
    assert dossier.profile_similarity(corpus).shape == (4, 4)
    assert corpus.bronvermelding == "Bron: 1 kwalificatiedossier (SBB) en 1 beroepscompetentieprofiel"


def test_corpus_labels_stay_unique_for_a_dossier_twice(tmp_path):
    shutil.copy(BUNDLED, tmp_path / "a.xml")
    shutil.copy(BUNDLED, tmp_path / "b.xml")
    corpus = dossier.load_corpus(tmp_path)
    assert corpus.profielen["profiel"].is_unique
    assert corpus.profielen["profiel"].iloc[0] == f"{P1} (25486, a.xml)"


def test_corpus_errors(tmp_path):
    with pytest.raises(ProfileError, match="geen kwalificatiedossiers of profielen"):
        dossier.load_corpus(tmp_path)
    with pytest.raises(ProfileError, match="bestaat niet"):
        dossier.load_corpus(tmp_path / "weg")


@needs_shared
def test_corpus_of_the_four_exports():
    corpus = dossier.load_corpus(SHARED_KD)
    # the README of the exports: 3 + 3 + 2 + 6 profielen
    assert len(corpus.profielen) == 14
    assert corpus.profielen["dossier"].nunique() == 4
