"""Test-run settings and session fixtures shared by the unit tests, the doctests and the notebooks under nbval.

The fixtures that the doctests of ``bcp_analysis/`` use live here, because a ``conftest.py``
reaches only the tests in and below its own folder; ``tests/conftest.py`` holds the fixtures
of the unit tests alone and lists all of them.

Session fixtures (made once per run; treat what they give as read-only, copy before changing):

- ``bundled_profile``: the bundled profile, ``load_profile()``;
- ``bundled_dossier``: the bundled kwalificatiedossier, ``load_dossier()``;
- ``bundled_charts``: every chart of the bundled profile with its example curriculum,
  ``draw_charts(load_profile(), EXAMPLE_CURRICULUM)``, drawn once.

The doctests find these as ``profile``, ``dossier`` and ``drawn`` (``doctest_namespace``),
so an example can show a result without loading or drawing again.
"""

import os
import re

import pytest


def pytest_configure(config):
    # Outputs stored in notebooks must not depend on the caller's environment: a backend
    # chosen by MPLBACKEND changes what a chart cell prints, and hash seeds change set order.
    os.environ.pop("MPLBACKEND", None)
    os.environ["PYTHONHASHSEED"] = "0"


# The test files that take longest, slowest first. Run first, so that the two workers of
# `make test` (pytest-xdist, --dist loadfile, which hands out whole files in the order they
# are collected) do not end with one of them still on a long file while the other waits.
_LONGEST_FIRST = (
    "tests/test_pdf_corpus.py",
    "tests/test_packaging.py",
    "tests/test_build.py",
    "tests/test_verkenner_browser.py",
    "tests/test_committee_pages.py",
    "tests/test_audit_words.py",
    "tests/test_audit.py",
    "tests/test_charts.py",
    "tests/test_verkenner.py",
    "tests/test_readers_protocol.py",
    "tests/test_cli.py",
    "tests/test_readers_fuzz.py",
)


def pytest_collection_modifyitems(config, items):
    """Put the longest test files first; within a file (and a notebook) the order stays."""
    def rank(item):
        path = item.nodeid.split("::")[0]
        return _LONGEST_FIRST.index(path) if path in _LONGEST_FIRST else len(_LONGEST_FIRST)

    items.sort(key=rank)


@pytest.fixture(scope="session")
def bundled_profile():
    """The bundled profile, loaded once for the whole run (read-only)."""
    from bcp_analysis import load_profile

    return load_profile()


@pytest.fixture(scope="session")
def bundled_dossier():
    """The bundled kwalificatiedossier, loaded once for the whole run (read-only)."""
    from bcp_analysis import load_dossier

    return load_dossier()


@pytest.fixture(scope="session")
def bundled_charts(bundled_profile):
    """Every chart of the bundled profile and its example curriculum, drawn once (read-only)."""
    from bcp_analysis.outputs.deliverables import draw_charts
    from bcp_analysis.paths import EXAMPLE_CURRICULUM

    return draw_charts(bundled_profile, EXAMPLE_CURRICULUM)


@pytest.fixture(autouse=True)
def _doctest_names(request):
    """``profile``, ``dossier`` and ``drawn`` for the doctests; each made only when a doctest names it."""
    test = getattr(request.node, "dtest", None)  # only doctest items have one
    if test is None:
        return
    source = "".join(example.source for example in test.examples)
    namespace = request.getfixturevalue("doctest_namespace")
    for name, fixture in (("profile", "bundled_profile"), ("dossier", "bundled_dossier"),
                          ("drawn", "bundled_charts")):
        if re.search(rf"\b{name}\b", source):
            namespace[name] = request.getfixturevalue(fixture)
