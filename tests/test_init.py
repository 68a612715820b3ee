"""Tests for bcp_analysis/__init__.py: the declared public API, loaded on first use."""

import subprocess
import sys

import pytest

import bcp_analysis


@pytest.mark.parametrize("name", bcp_analysis.__all__)
def test_every_public_name_resolves_to_its_owner(name):
    value = getattr(bcp_analysis, name)
    assert value is not None
    assert name in dir(bcp_analysis)


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
