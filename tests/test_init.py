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
