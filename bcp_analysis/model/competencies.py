"""The 25 SBB competencies: reference table, clusters and name matching."""

from __future__ import annotations

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
    "nearest_competencies",
    "fuzzy_competency",
]

# Words of a name that say nothing on their own ("Op de behoeften en verwachtingen van de klant richten").
_FILLER_WORDS = frozenset({"en", "de", "het", "van", "met", "op", "een"})


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


def competentiemodel() -> pd.DataFrame:
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

    Word and prefix aware: a name that is the first word(s) of a competency, or whose words
    each start a word of one, is closest to that competency (see :func:`nearest_competencies`).

    Parameters
    ----------
    name : str

    Returns
    -------
    tuple of (str, float)
        The closest canonical name and a similarity score from 0 to 100.

    Examples
    --------
    >>> closest_competency("Samenwerken")[0], closest_competency("Beslissen")[0]
    ('Samenwerken en overleggen', 'Beslissen en activiteiten initiëren')
    """
    return nearest_competencies(name, limit=1)[0]


def nearest_competencies(name, limit=3):
    """Return the canonical names most like ``name``, most alike first, for a suggestion.

    A name is scored against every canonical name and known variant by the larger of two
    similarities: of the whole texts (letters), and of their words, where a word of ``name``
    that starts a word of the competency counts as that word ("Samenwerken" in "Samenwerken
    en overleggen") and filler words ("en", "de", "van" ...) do not count.

    Parameters
    ----------
    name : str
    limit : int, default 3

    Returns
    -------
    list of tuple of (str, float)
        Up to ``limit`` (canonical name, similarity 0-100), each name once; ties in SBB order.

    Examples
    --------
    >>> [found for found, _ in nearest_competencies("Digitaal vaardig handelen")][:1]
    ['Bedrijfsmatig handelen']
    """
    query = normalize_name(name)
    order = {record["competentie"]: record["nr"] for record in _reference()}
    best = {}
    for key, canonical in _lookup().items():
        score = max(fuzz.ratio(query, key), _word_similarity(query, key))
        if score > best.get(canonical, -1.0):
            best[canonical] = score
    ranked = sorted(best.items(), key=lambda item: (-item[1], order[item[0]]))
    return [(found, float(score)) for found, score in ranked[:limit]]


def _word_similarity(query, key):
    """How well the words of ``query`` are found among the words of ``key`` (0-100).

    A query word scores 100 against a key word it is the start of (at least four letters),
    else their letter similarity; the result is the mean over the query's non-filler words,
    times 0.95 so that a whole-name match always ranks above a match of words.
    """
    words = [word for word in query.split() if word not in _FILLER_WORDS]
    candidates = [word for word in key.split() if word not in _FILLER_WORDS]
    if not words or not candidates:
        return 0.0
    total = 0.0
    for word in words:
        total += max(100.0 if len(word) >= 4 and candidate.startswith(word) else fuzz.ratio(word, candidate)
                     for candidate in candidates)
    return 0.95 * total / len(words)


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
