"""Tests for bcp_analysis.readers.bcp_text.columns on texts written here: competency names beside a description.

Each text is one werkproces in the two-column layout of a BCP; line numbers are counted by hand
in the comments.
"""

import pytest

from bcp_analysis import load_profile
from bcp_analysis.errors import ProfileError
from bcp_analysis.readers.bcp_text import READER, extract_text


def _text(competency_lines):
    return "\n".join([
        "Kerntaak 1 Doet iets",                                # 1
        "Beschrijving werkproces: 1.1 Doet het werk",          # 2
        "Hij doet het werk zorgvuldig | Competenties:",        # 3
        "en op tijd. - Kwaliteit leveren",                     # 4
        *competency_lines,                                     # 5, 6, ...
        "Resultaat:", "- Het werk is gedaan", "Kennis van:", "- Het vak", "Vaardigheden:", "- Werken",
        "BCP Testberoep", "4", "BCP Testberoep",
    ])


def _competencies(extraction):
    return [item["tekst"] for item in extraction.profile["kerntaken"][0]["werkprocessen"][0]["competenties"]]


def test_a_new_competency_name_is_an_error_with_its_line():
    extraction = extract_text(_text(["- Digitaal vaardig handelen"]), source="nieuw.txt")
    assert _competencies(extraction) == ["Kwaliteit leveren"]
    assert extraction.report.unknown_competencies == [(5, "1.1", "Digitaal vaardig handelen")]
    assert extraction.report.unplaced_in_werkprocessen() == [(5, "1.1", "Digitaal vaardig handelen")]
    with pytest.raises(ProfileError) as error:
        READER.check_extraction(extraction, "nieuw.txt")
    message = str(error.value)
    assert message.startswith("nieuw.txt: werkproces 1.1 (regel 5): 'Digitaal vaardig handelen'")
    assert (error.value.regel, error.value.pagina) == (5, None)  # the place as data: line 5 of the text
    assert "'Bedrijfsmatig handelen'" in message and "competentiemodel.yaml" in message


def test_a_misprint_fuzzy_matching_resolves_is_read():
    # two letters missing: "Samenwerkn en overlegen"
    extraction = extract_text(_text(["- Samenwerkn en overlegen"]))
    assert _competencies(extraction) == ["Kwaliteit leveren", "Samenwerken en overleggen"]
    assert extraction.report.unknown_competencies == []
    READER.check_extraction(extraction, "tekst.txt")   # no error
    # but the reviewer is told, with the line (5), so the correction is never silent
    assert extraction.report.warnings == [
        "werkproces 1.1 (regel 5): 'Samenwerkn en overlegen' is gelezen als 'Samenwerken en overleggen': "
        "controleer de spelling in de tekst"]


def test_a_name_written_as_the_model_writes_it_gives_no_spelling_warning():
    # line 4's "Kwaliteit leveren" and a known variant spelling ("beinvloeden", competentiemodel.yaml)
    extraction = extract_text(_text(["- Overtuigen en beinvloeden"]))
    assert _competencies(extraction) == ["Kwaliteit leveren", "Overtuigen en beïnvloeden"]
    assert not any("gelezen als" in warning for warning in extraction.report.warnings)


def test_a_misprint_fuzzy_matching_may_not_resolve_is_an_error_with_the_nearest_name():
    # "Samenwerken" alone is the first word of 5, but not a name: it is not read as one
    extraction = extract_text(_text(["- Kwaliteit leveren", "- Samenwerken"]), source="t.txt")
    assert extraction.report.unknown_competencies == [(6, "1.1", "Samenwerken")]
    [(place, problem, _)] = extraction.report.problems()
    assert place == "werkproces 1.1 (regel 6)" and "het dichtst bij: 'Samenwerken en overleggen'" in problem


def test_load_profile_refuses_a_text_with_an_unknown_competency(tmp_path):
    path = tmp_path / "nieuw.txt"
    path.write_text(_text(["- Digitaal vaardig handelen", "- Analyseren", "- Klantgericht werken"]),
                    encoding="utf-8")
    with pytest.raises(ProfileError) as error:
        load_profile(path)
    # both unknown names are named, the first in full
    assert "regel 5" in str(error.value) and "regel 7" in str(error.value)


# --- an unknown name alone on a line of a list whose description runs on beside it ------------
# In data/raw/junior-accountmanager-2010.txt the Competenties lists of 1.2 (lines 753-766), 2.2
# (1001-1016) and 3.2 (1252-1264) stand on lines of their own, between two halves of the
# description (769 "verkoopplan. |", 1017 "samenspraak met de account ...", 1265 "accountteam.").
# A name inserted after line N is line N + 1 of the changed text.
_LIST_POSITIONS = [
    ("1.2", 753, "first"), ("1.2", 759, "middle"), ("1.2", 766, "last"),
    ("2.2", 1001, "first"), ("2.2", 1009, "middle"), ("2.2", 1016, "last"),
    ("3.2", 1252, "first"), ("3.2", 1257, "middle"), ("3.2", 1264, "last"),
    # 3.1 (1190-1198): names without bullets, the description above the list, Resultaat after it
    ("3.1", 1190, "first"), ("3.1", 1194, "middle"), ("3.1", 1198, "last"),
]


def _inserted(after, text="Digitaal vaardig handelen"):
    from bcp_analysis.paths import BUNDLED_RAW

    lines = BUNDLED_RAW.read_text(encoding="utf-8").splitlines()
    lines.insert(after, text)
    return "\n".join(lines) + "\n"


def _werkproces(extraction, werkproces_id):
    return next(werkproces for kerntaak in extraction.profile["kerntaken"] for werkproces in kerntaak["werkprocessen"]
                if werkproces["id"] == werkproces_id)


@pytest.mark.parametrize(("werkproces_id", "after", "position"), _LIST_POSITIONS)
def test_an_unknown_name_in_a_list_beside_a_description_is_an_error_never_prose(werkproces_id, after, position):
    extraction = extract_text(_inserted(after), source="nieuw.txt")
    assert "Digitaal" not in _werkproces(extraction, werkproces_id)["beschrijving"]
    assert extraction.report.unknown_competencies == [(after + 1, werkproces_id, "Digitaal vaardig handelen")]
    [(place, problem, fix)] = extraction.report.problems()
    assert place == f"werkproces {werkproces_id} (regel {after + 1})"
    assert problem.startswith("'Digitaal vaardig handelen' in de competenties is geen van de 25 SBB-competenties "
                              "(het dichtst bij: 'Bedrijfsmatig handelen' of ")
    assert "competentiemodel.yaml" in fix


@pytest.mark.parametrize(("werkproces_id", "after"), [("2.3", 1071), ("2.3", 1077), ("2.4", 1121)])
def test_an_unknown_bulleted_name_after_the_description_is_an_error(werkproces_id, after):
    # 2.3: "- Analyseren" ... "- Met druk en tegenslag omgaan" (1072-1077) under the description;
    # 2.4: "- Relaties bouwen en netwerken" (1122) and on, after its description (1107-1120)
    extraction = extract_text(_inserted(after, "- Digitaal vaardig handelen"), source="nieuw.txt")
    assert extraction.report.unknown_competencies == [(after + 1, werkproces_id, "Digitaal vaardig handelen")]
    assert "Digitaal" not in _werkproces(extraction, werkproces_id)["beschrijving"]


def test_the_description_beside_a_list_stays_whole_around_an_unknown_name():
    # 3.2's description ends "... de verkoopstrategie met zijn" (1248) + "accountteam." (1265 -> 1266)
    extraction = extract_text(_inserted(1257), source="nieuw.txt")
    assert "de verkoopstrategie met zijn accountteam." in _werkproces(extraction, "3.2")["beschrijving"]
    assert [item["tekst"] for item in _werkproces(extraction, "3.2")["competenties"]] == [
        "Beslissen en activiteiten initiëren", "Ethisch en integer handelen", "Overtuigen en beïnvloeden",
        "Presenteren", "Op de behoeften en verwachtingen van de klant richten", "Met druk en tegenslag omgaan",
        "Ondernemend en commercieel handelen"]


def test_validate_fails_on_an_unknown_name_in_a_list_beside_a_description(tmp_path, capsys):
    from bcp_analysis.app.cli import main

    path = tmp_path / "nieuw.txt"
    path.write_text(_inserted(1257), encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    captured = capsys.readouterr()
    assert "in orde" not in captured.out
    assert f"{path}: werkproces 3.2 (regel 1258): 'Digitaal vaardig handelen' in de competenties" in captured.err


def test_an_unknown_competency_names_its_werkproces_its_page_and_its_line():
    from bcp_analysis.readers.bcp_text.report import ExtractionReport

    # written for this test: line 40 of the text is line 12 of page 3 of the PDF; the second
    # werkproces has no number and starts on line 75
    report = ExtractionReport(source="p.pdf", found=None, unplaced=[], warnings=[], lines=None,
                              unknown_competencies=[(40, "2.1", "Klantgericht"), (80, "(regel 75)", "Digitaal")],
                              pages={40: (3, 12)})
    assert [place for place, _, _ in report.problems()] == [
        "werkproces 2.1 (pagina 3, regel 12)", "het werkproces zonder nummer op regel 75 (regel 80)"]


def test_a_text_made_from_a_pdf_names_page_and_line_in_its_warnings_and_errors():
    # line 5 of the text stands on page 2 as its line 14: every place names the page, none is rewritten later
    pages = {5: (2, 14)}
    extraction = extract_text(_text(["- Samenwerkn en overlegen"]), pages=pages)
    assert extraction.report.warnings[0].startswith("werkproces 1.1 (pagina 2, regel 14): 'Samenwerkn en overlegen'")
    extraction = extract_text(_text(["- Digitaal vaardig handelen"]), source="nieuw.pdf", pages=pages)
    with pytest.raises(ProfileError) as error:
        READER.check_extraction(extraction, "nieuw.pdf")
    assert (error.value.place, error.value.regel, error.value.pagina) == (
        "werkproces 1.1 (pagina 2, regel 14)", 14, 2)
