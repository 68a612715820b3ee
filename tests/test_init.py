"""Tests for bcp_analysis/__init__.py: the declared public API, loaded on first use."""

import subprocess
import sys

import pytest

import bcp_analysis


def _profile_checks():
    """Per public name: a cheap call on the bundled documents and what it must give.

    Counted by hand from data/raw/junior-accountmanager-2010.txt: 3 kerntaken (lines 628, 639,
    650), 15 werkprocessen (1.1-1.4, 2.1-2.4, 3.1-3.7 in the overview, lines 626-660);
    werkproces 1.1 (line 684) lists 4 competencies: Samenwerken en overleggen (line 688),
    Analyseren (689), Onderzoeken (691), Bedrijfsmatig handelen (693). The 25 competencies and 8 clusters are
    the reference list of CONTRIBUTING.md. The dossier (data/kd/pedagogisch-werk-23183.xml)
    has three profielen (data/README.md).
    """
    import pandas as pd

    from bcp_analysis.errors import BcpAnalysisError
    from bcp_analysis.paths import BUNDLED_KD, BUNDLED_PROFILE, BUNDLED_RAW, EXAMPLE_CURRICULUM

    wp11 = ["Samenwerken en overleggen", "Analyseren", "Onderzoeken", "Bedrijfsmatig handelen"]
    return {
        "Profile": lambda value, profile, dossier: isinstance(profile, value),
        "BcpAnalysisError": lambda value, profile, dossier: issubclass(value, Exception),
        "OutputError": lambda value, profile, dossier: issubclass(value, BcpAnalysisError),
        "ProfileError": lambda value, profile, dossier: issubclass(value, BcpAnalysisError),
        "UsageError": lambda value, profile, dossier: issubclass(value, BcpAnalysisError),
        "Problem": lambda value, profile, dossier: value.at("leeg", regel=4).place == "regel 4",
        "load_profile": lambda value, profile, dossier: len(profile.kerntaken) == 3,  # the session fixture is it
        "load_programme": lambda value, profile, dossier: _refuses(value, BUNDLED_PROFILE),
        "Programme": lambda value, profile, dossier: isinstance(value, type),
        "audit_document": lambda value, profile, dossier: value(BUNDLED_PROFILE, profile=profile).ok,
        "write_profile": lambda value, profile, dossier: _written(value, profile),
        "extract_file": lambda value, profile, dossier: len(value(BUNDLED_RAW).profile["kerntaken"]) == 3,
        "extract_text": lambda value, profile, dossier: _extracts_a_werkproces(value),
        "summary": lambda value, profile, dossier: "3 kerntaken, 15 werkprocessen" in value(profile),
        "werkproces_overview": lambda value, profile, dossier: len(value(profile)) == 15,
        "kerntaak_overview": lambda value, profile, dossier: len(value(profile)) == 3,
        "herkomst": lambda value, profile, dossier: [
            (row.inhoud, row.regel) for row in value(profile, "1.1").itertuples() if row.onderdeel == "competentie"]
        == list(zip(wp11, [688, 689, 691, 693])),
        "Dossier": lambda value, profile, dossier: isinstance(dossier, value),
        "load_dossier": lambda value, profile, dossier: len(dossier.profielen) == 3,  # the session fixture is it
        "load_corpus": lambda value, profile, dossier: len(value(BUNDLED_KD.parent).profielen) >= 3,
        "Register": lambda value, profile, dossier: isinstance(value, type),
        "load_register": lambda value, profile, dossier: len(value(BUNDLED_KD).dossiers) == 1,  # a register of one
        "compare_registers": lambda value, profile, dossier: isinstance(
            value(*[__import__("bcp_analysis").load_register(BUNDLED_KD)] * 2), pd.DataFrame),
        "competentiemodel": lambda value, profile, dossier: (len(value()), value()["cluster"].nunique()) == (25, 8),
        "competency_frequency": lambda value, profile, dossier: len(value(profile)) == 25,
        "coverage_by_cluster": lambda value, profile, dossier: len(value(profile)) == 8,
        "coverage_by_kerntaak": lambda value, profile, dossier: len(value(profile)) == 3,
        "coverage_matrix": lambda value, profile, dossier: value(profile).shape == (15, 25),
        "item_recurrence": lambda value, profile, dossier: isinstance(value(profile), pd.DataFrame),
        "unused_competencies": lambda value, profile, dossier: set(value(profile)).isdisjoint(
            profile.competenties["competentie"]),
        "bipartite_graph": lambda value, profile, dossier: value(profile, include_unused=True).number_of_nodes()
        == 15 + 25,
        "centrality": lambda value, profile, dossier: isinstance(value(profile), pd.DataFrame),
        "communities": lambda value, profile, dossier: len(value(profile, runs=1)) == 15,
        "competency_graph": lambda value, profile, dossier: value(profile, threshold=0.0).number_of_nodes() <= 25,
        "most_similar_pairs": lambda value, profile, dossier: len(value(profile, top=3)) == 3,
        "shared_items": lambda value, profile, dossier: value(profile, "1.1", "1.1") == wp11,
        "similarity": lambda value, profile, dossier: value(profile).loc["1.1", "1.1"] == 1.0,
        "labour_market_table": lambda value, profile, dossier: len(value(profile)) == len(profile.arbeidsmarkt),
        "vacancy_change": lambda value, profile, dossier: isinstance(value(profile), pd.DataFrame),
        "vacancy_share_outside": lambda value, profile, dossier: isinstance(value(profile), pd.DataFrame),
        "compare_profiles": lambda value, profile, dossier: isinstance(value(profile, profile), pd.DataFrame),
        "summarize_changes": lambda value, profile, dossier: isinstance(
            value(__import__("bcp_analysis").compare_profiles(profile, profile)), str),
        # data/curriculum/README.md: werkprocessen 2.4 and 3.7 are covered by no onderdeel of the example
        "load_curriculum": lambda value, profile, dossier: {"2.4", "3.7"}.isdisjoint(
            value(EXAMPLE_CURRICULUM, profile).koppelingen["werkproces_id"]),
        "compare_programmes": lambda value, profile, dossier: value(
            *[__import__("bcp_analysis").load_programme(EXAMPLE_CURRICULUM)] * 2).empty,
    }


def _extracts_a_werkproces(extract_text):
    """A werkproces of four lines, as a BCP's text lays it out: its id, title and competency."""
    extraction = extract_text("\n".join([
        "Kerntaak 1 Bereidt evenementen voor", "Beschrijving werkproces: 1.1 Stelt een draaiboek op",
        "Hij werkt de wensen uit in een draaiboek | Competenties:", "en plant de opbouw. - Plannen en organiseren",
        "Resultaat:", "- Een draaiboek", "Kennis van:", "- Veiligheidsvoorschriften", "Vaardigheden:", "- Plannen"]))
    werkproces = extraction.profile["kerntaken"][0]["werkprocessen"][0]
    return (werkproces["id"], [item["tekst"] for item in werkproces["competenties"]]) == (
        "1.1", ["Plannen en organiseren"])


def _refuses(load_programme, path):
    """A profile is no programme: load_programme refuses it with a ProfileError."""
    from bcp_analysis.errors import ProfileError

    try:
        load_programme(path)
    except ProfileError:
        return True
    return False


def _written(write_profile, profile):
    import tempfile
    from pathlib import Path

    from bcp_analysis import load_profile

    with tempfile.TemporaryDirectory() as folder:
        path = write_profile(profile, Path(folder) / "profiel.yaml")
        return load_profile(path).werkprocessen["werkproces_id"].tolist() == \
            profile.werkprocessen["werkproces_id"].tolist()


def test_every_public_name_has_a_check():
    assert sorted(_profile_checks()) == sorted(bcp_analysis.__all__)


@pytest.mark.parametrize("name", bcp_analysis.__all__)
def test_every_public_name_is_its_owners_object_and_works(name, bundled_profile, bundled_dossier):
    import importlib

    owner = importlib.import_module(bcp_analysis._PUBLIC[name])
    value = getattr(bcp_analysis, name)
    assert value is getattr(owner, name) and name in owner.__all__ and name in dir(bcp_analysis)
    assert (value.__doc__ or "").strip(), f"{name} has no docstring"
    assert _profile_checks()[name](value, bundled_profile, bundled_dossier)


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="geen_functie"):
        _ = bcp_analysis.geen_functie


def test_importing_the_package_loads_no_heavy_library():
    # The libraries behind the analyses load when an analysis is used, not on import.
    heavy = ["pandas", "networkx", "matplotlib", "rapidfuzz", "nbclient", "scipy", "pypdfium2", "yaml"]
    script = ("import sys, bcp_analysis; "
              f"print(','.join(name for name in {heavy!r} if name in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True).stdout
    assert loaded.strip() == ""


def test_submodules_stay_importable_by_name():
    # the public submodules of the README, through the package and at their place in the layers
    from bcp_analysis import charts, compare, curriculum, dossier, findings, paths

    assert [module.__name__ for module in (charts, compare, curriculum, dossier, findings, paths)] == [
        "bcp_analysis.outputs.charts", "bcp_analysis.analyses.compare", "bcp_analysis.analyses.curriculum",
        "bcp_analysis.analyses.dossier", "bcp_analysis.analyses.findings", "bcp_analysis.paths"]


def _public_functions():
    """Every function of the public API: the package's names and those of its public submodules."""
    import importlib
    import inspect

    names = {(module, name) for name, module in bcp_analysis._PUBLIC.items()}
    for module in bcp_analysis._SUBMODULES.values():
        names |= {(module, name) for name in importlib.import_module(module).__all__}
    functions = []
    for module, name in sorted(names):
        value = getattr(importlib.import_module(module), name)
        if inspect.isfunction(value):
            functions.append((f"{module}.{name}", value))
        elif inspect.isclass(value):
            functions += [(f"{module}.{name}.{method}", member) for method, member in vars(value).items()
                          if inspect.isfunction(member) and (not method.startswith("_") or method == "__init__")]
    return functions


def test_public_api_has_type_hints_that_resolve():
    import importlib
    import inspect
    import os  # noqa: F401
    import typing
    from collections.abc import Callable, Iterable, Sequence  # noqa: F401
    from pathlib import Path  # noqa: F401

    import networkx as nx  # noqa: F401 - the names the annotations use
    import pandas as pd  # noqa: F401
    from matplotlib.figure import Figure  # noqa: F401

    from bcp_analysis.model.dossier import Corpus, Dossier  # noqa: F401
    from bcp_analysis.model.profile import Profile  # noqa: F401
    from bcp_analysis.model.programme import Programme  # noqa: F401
    from bcp_analysis.model.register import Register  # noqa: F401
    from bcp_analysis.readers.protocol import Extraction  # noqa: F401

    names = dict(locals())
    functions = _public_functions()
    assert len(functions) > 60
    missing = []
    for qualified, function in functions:
        # the annotations' names: those of the function's module (some only under TYPE_CHECKING) and those above
        module = vars(importlib.import_module(function.__module__))
        hints = typing.get_type_hints(function, globalns={**module, **names})
        parameters = [name for name in inspect.signature(function).parameters if name not in ("self", "cls")]
        missing += [f"{qualified}({name})" for name in parameters if name not in hints]
        if "return" not in hints:
            missing.append(f"{qualified} -> ?")
    assert missing == []
