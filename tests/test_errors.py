"""Tests for bcp_analysis.errors: one problem or many, each with its place and fix."""

import pytest

from bcp_analysis.errors import Problem, ProfileError


def test_single_problem_message_and_problems():
    error = ProfileError("p.yaml", "regel 4", "de tekst is leeg", "vul de tekst in")
    assert str(error) == "p.yaml: regel 4: de tekst is leeg\n  Oplossing: vul de tekst in"
    assert (error.path, error.place, error.problem, error.fix) == ("p.yaml", "regel 4", "de tekst is leeg",
                                                                   "vul de tekst in")
    assert error.problems == [Problem("regel 4", "de tekst is leeg", "vul de tekst in")]
    assert isinstance(error, ValueError)


def test_single_problem_without_fix():
    error = ProfileError("p.yaml", "bestand", "het bestand bestaat niet")
    assert str(error) == "p.yaml: bestand: het bestand bestaat niet"
    assert error.problems[0].fix is None


def test_from_one_problem_is_the_single_message():
    error = ProfileError.from_problems("p.yaml", [Problem("regel 2", "x ontbreekt", "voeg x toe")])
    assert str(error) == str(ProfileError("p.yaml", "regel 2", "x ontbreekt", "voeg x toe"))


def test_three_problems_all_in_the_message():
    problems = [Problem("regel 2", "eerste", "fix een"), Problem("regel 7", "tweede"),
                Problem("regel 9", "derde", "fix drie")]
    error = ProfileError.from_problems("p.yaml", problems)
    assert str(error).splitlines() == [
        "p.yaml: 3 problemen",
        "regel 2: eerste", "  Oplossing: fix een",
        "regel 7: tweede",
        "regel 9: derde", "  Oplossing: fix drie",
    ]
    assert error.problems == problems
    assert (error.place, error.problem, error.fix) == ("regel 2", "eerste", "fix een")


def test_first_ten_in_full_and_the_rest_counted():
    problems = [Problem(f"regel {line}", f"probleem {line}") for line in range(1, 14)]  # 13 problems
    message = str(ProfileError.from_problems("p.yaml", problems))
    assert message.startswith("p.yaml: 13 problemen\n")
    assert "regel 10: probleem 10" in message
    assert "regel 11" not in message
    assert "en nog 3 problemen" in message


def test_one_left_over_is_singular():
    problems = [Problem(f"regel {line}", "fout") for line in range(1, 12)]  # 11 problems
    assert "en nog 1 probleem;" in str(ProfileError.from_problems("p.yaml", problems))


def test_tuples_are_accepted_as_problems():
    error = ProfileError.from_problems("p.yaml", [("regel 1", "fout", None), ("regel 2", "ook fout", "zo")])
    assert error.problems[1] == Problem("regel 2", "ook fout", "zo")


def test_no_problems_is_a_programming_error():
    with pytest.raises(ValueError, match="at least one"):
        ProfileError.from_problems("p.yaml", [])


# --- the hierarchy: one base class, the input apart from the output side --------------------

def test_profile_error_and_output_error_share_the_base_and_nothing_else():
    from bcp_analysis.errors import BcpAnalysisError, OutputError

    document = ProfileError("p.yaml", "regel 4", "de tekst is leeg")
    output = OutputError("uit", "uitvoermap", "dit is een bestand, geen map", "geef een map")
    assert isinstance(document, BcpAnalysisError) and isinstance(document, ValueError)
    assert isinstance(output, BcpAnalysisError)
    assert not isinstance(output, ProfileError) and not isinstance(document, OutputError)
    assert not isinstance(output, ValueError)
    assert str(output) == "uit: uitvoermap: dit is een bestand, geen map\n  Oplossing: geef een map"


def test_from_problems_keeps_the_class_it_is_called_on():
    from bcp_analysis.errors import OutputError

    error = OutputError.from_problems("uit", [("a.png", "bestaat al"), ("b.png", "bestaat al")])
    assert type(error) is OutputError and len(error.problems) == 2


def test_output_folder_that_is_a_file_is_an_output_error(tmp_path):
    from bcp_analysis.errors import OutputError
    from bcp_analysis.files import check_output_folder

    afile = tmp_path / "uit"
    afile.write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="dit is een bestand, geen map"):
        check_output_folder(afile)


def test_a_wrong_argument_of_a_public_function_is_a_usage_error_with_the_choices(bundled_profile):
    from bcp_analysis import similarity
    from bcp_analysis.errors import BcpAnalysisError, UsageError

    with pytest.raises(UsageError) as caught:
        similarity(bundled_profile, on="woorden")
    error = caught.value
    assert isinstance(error, BcpAnalysisError) and isinstance(error, ValueError)  # old callers catch ValueError
    assert error.place == "argument on" and "'woorden'" in error.problem and "'competenties'" in error.fix


def test_a_problem_carries_its_line_and_page_as_data_and_says_them():
    problem = Problem.at("de tekst is leeg", "vul de tekst in", regel=3, pagina=2, part="werkproces 1.1")
    assert (problem.regel, problem.pagina) == (3, 2)
    assert problem.place == "werkproces 1.1 (pagina 2, regel 3)"
    place, text, fix = problem  # still a tuple of three for the callers that unpack it
    assert (place, text, fix) == ("werkproces 1.1 (pagina 2, regel 3)", "de tekst is leeg", "vul de tekst in")
    error = ProfileError.from_problems("p.pdf", [problem, Problem("bestand", "nog iets")])
    assert (error.regel, error.pagina) == (3, 2) and [item.regel for item in error.problems] == [3, None]
    assert Problem("regel 7", "oud").regel is None  # a place in words only: no line as data
