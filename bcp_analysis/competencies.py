"""The 25 SBB competencies: reference table, clusters and name matching."""

import functools
import re
import unicodedata

import pandas as pd
import yaml
from rapidfuzz import fuzz, process

from bcp_analysis.errors import ProfileError
from bcp_analysis.paths import COMPETENTIEMODEL_FILE

__all__ = [
    "competentiemodel",
    "competency_names",
    "normalize_name",
    "canonical_competency",
    "closest_competency",
    "fuzzy_competency",
]


@functools.cache
def _reference():
    """Read and check the reference file once; return its list of records."""
    path = COMPETENTIEMODEL_FILE
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ProfileError(path, "bestand", f"geen geldige YAML: {exc}") from None
    records = data.get("competenties") if isinstance(data, dict) else None
    if not isinstance(records, list) or len(records) != 25:
        raise ProfileError(
            path, "competenties", "verwacht een lijst van precies 25 competenties",
            "herstel het bestand uit versiebeheer",
        )
    for index, record in enumerate(records):
        if record.get("nr") != index + 1 or not record.get("competentie") or not record.get("cluster"):
            raise ProfileError(
                path, f"competenties[{index}]",
                "elke competentie heeft nr (1-25 op volgorde), competentie en cluster nodig",
            )
    return tuple(records)


def competentiemodel():
    """Return the 25 SBB competencies in SBB order.

    Returns
    -------
    pandas.DataFrame
        Columns ``nr`` (int, 1-25), ``competentie`` (canonical name) and ``cluster``
        (one of 8 clusters derived from the SHL "Great Eight"; editable in
        ``data/reference/competentiemodel.yaml``).

    Examples
    --------
    >>> from bcp_analysis import competentiemodel
    >>> model = competentiemodel()
    >>> len(model), model.loc[0, "competentie"]
    (25, 'Beslissen en activiteiten initiëren')
    >>> model["cluster"].nunique()
    8
    """
    return pd.DataFrame(
        [
            {"nr": record["nr"], "competentie": record["competentie"], "cluster": record["cluster"]}
            for record in _reference()
        ]
    ).astype({"nr": "int64", "competentie": "str", "cluster": "str"})


def competency_names():
    """Return the 25 canonical names in SBB order.

    Returns
    -------
    list of str
    """
    return [record["competentie"] for record in _reference()]


def normalize_name(text):
    """Reduce a name to a form that ignores case, accents, bullets and spacing.

    Parameters
    ----------
    text : str

    Returns
    -------
    str

    Examples
    --------
    >>> normalize_name("- Creéren en  innoveren")
    'creeren en innoveren'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    plain = re.sub(r"[^\w\s/-]", " ", plain.casefold())
    plain = re.sub(r"^[\s\-]+|[\s\-]+$", "", plain)
    return re.sub(r"\s+", " ", plain)


@functools.cache
def _lookup():
    """Map every normalised name and variant to its canonical name."""
    table = {}
    for record in _reference():
        for name in [record["competentie"], *record.get("varianten", [])]:
            table[normalize_name(name)] = record["competentie"]
    return table


def canonical_competency(name):
    """Return the canonical name for a competency name or a known variant of it.

    Parameters
    ----------
    name : str
        A name as written in a profile.

    Returns
    -------
    str or None
        The canonical name, or ``None`` when the name is not one of the 25.

    Examples
    --------
    >>> canonical_competency("Overtuigen en beinvloeden")
    'Overtuigen en beïnvloeden'
    >>> canonical_competency("Klantgericht werken") is None
    True
    """
    return _lookup().get(normalize_name(name))


def closest_competency(name):
    """Return the canonical name most like ``name`` and how alike they are.

    Parameters
    ----------
    name : str

    Returns
    -------
    tuple of (str, float)
        The closest canonical name and a similarity score from 0 to 100.
    """
    key, score, _ = process.extractOne(
        normalize_name(name), list(_lookup()), scorer=fuzz.ratio, processor=None
    )
    return _lookup()[key], score


def fuzzy_competency(text, cutoff=88.0):
    """Return the canonical competency that ``text`` spells, tolerating misread letters.

    Parameters
    ----------
    text : str
        A candidate name, for instance a line of a competency list.
    cutoff : float, default 88.0
        Lowest similarity (0-100) on the normalised text that still counts as a match.

    Returns
    -------
    str or None
        The canonical name, or ``None`` when nothing is close enough.

    Examples
    --------
    >>> fuzzy_competency("Overtuigen en beinvioeden")
    'Overtuigen en beïnvloeden'
    >>> fuzzy_competency("analyseert deze ontwikkelingen") is None
    True
    """
    exact = canonical_competency(text)
    if exact:
        return exact
    result = process.extractOne(
        normalize_name(text), list(_lookup()), scorer=fuzz.ratio, processor=None,
        score_cutoff=cutoff,
    )
    return _lookup()[result[0]] if result else None
