"""Programmes and change: which onderdelen a profile's update touches, and two programmes of one profiel side by side.

:func:`revisions` answers the committee's question when the profile is updated, "which exams must
we revise?": per change of :func:`~bcp_analysis.analyses.compare.compare_profiles` (a werkproces
added, removed, renumbered or renamed, a competency gained or lost) the onderdelen of the programme
that cover the werkproces it touches. :func:`compare_programmes` compares two programmes (two schools,
or this year's and last year's): the onderdelen added and removed, and the werkprocessen that moved
between onderdelen.
"""

from __future__ import annotations

import re

import pandas as pd

from bcp_analysis.analyses.programme_pairing import Curriculum  # noqa: TC001 - the annotations resolve at run time
from bcp_analysis.model.programme import Programme  # noqa: TC001
from bcp_analysis.paths import EXAMPLE_CURRICULUM, EXAMPLE_PROFILE  # noqa: F401 - the docstring examples use them

__all__ = ["compare_programmes", "revisions", "revisions_finding", "revisions_per_onderdeel"]

REVISION_COLUMNS = {"werkproces_id": "str", "oud_werkproces_id": "str", "wijziging": "str", "inhoud": "str",
                    "aantal_onderdelen": "int64", "onderdelen": "str"}
"""dict: the columns of :func:`revisions` and their dtypes."""

PROGRAMME_CHANGE_COLUMNS = {"soort": "str", "naam": "str", "wijziging": "str", "oud": "str", "nieuw": "str"}
"""dict: the columns of :func:`compare_programmes` and their dtypes."""

# (onderdeel, wijziging) of a change row -> the change in the committee's words
_KINDS = {
    ("werkproces", "toegevoegd"): "werkproces toegevoegd",
    ("werkproces", "verwijderd"): "werkproces verwijderd",
    ("werkproces", "gewijzigd"): "werkproces hernummerd",
    ("titel", "gewijzigd"): "titel gewijzigd",
    ("competentie", "toegevoegd"): "competentie erbij",
    ("competentie", "verwijderd"): "competentie eraf",
}


def _covering(curriculum):
    """Per werkproces of the profile the curriculum was paired with: its onderdelen with their niveau, in order."""
    order = {name: index for index, name in enumerate(curriculum.onderdelen)}
    covering = {}
    pairs = curriculum.werkproces_pairs
    for werkproces_id, group in pairs.groupby("werkproces_id", sort=False):
        best = {}
        for onderdeel, niveau in zip(group["onderdeel"], group["niveau"]):
            best.setdefault(onderdeel, set()).add(niveau)
        names = sorted(best, key=order.get)
        covering[werkproces_id] = [_with_niveau(name, best[name]) for name in names]
    return covering


_NIVEAU_SUFFIX = re.compile(r" \((toetsen|oefenen|introductie)\)$")


def _with_niveau(name, niveaus):
    for niveau in ("toetsen", "oefenen", "introductie"):
        if niveau in niveaus:
            return f"{name} ({niveau})"
    return name


def _inhoud(row, kind):
    if kind == "titel gewijzigd":
        return f"{row.oud} → {row.nieuw}"
    if kind == "werkproces hernummerd":
        return f"{row.oud} → {row.nieuw}"
    return row.nieuw or row.oud


def revisions(changes: pd.DataFrame, curriculum: Curriculum) -> pd.DataFrame:
    """Return per change of a profile the onderdelen of the programme it touches: what to revise.

    The programme is held against the *old* version (the one it was written for). A change
    touches the onderdelen that cover the old werkproces it concerns: for a removed werkproces
    its own id, for a renumbered one its old id, for a renamed one or a competency gained or lost
    the old id of that werkproces (a renumbering in the same table is followed). An added
    werkproces touches no onderdeel: no exam covers it yet.

    Parameters
    ----------
    changes : pandas.DataFrame
        From :func:`~bcp_analysis.analyses.compare.compare_profiles` (old, new).
    curriculum : Curriculum
        The programme held against the old version (:func:`~bcp_analysis.analyses.curriculum.load_curriculum`).

    Returns
    -------
    pandas.DataFrame
        Columns :data:`REVISION_COLUMNS`, one row per change of a werkproces (added, removed,
        renumbered, renamed) or of its competencies, in the order of ``changes``:
        ``werkproces_id`` (the new id; the old one for a removed werkproces), ``oud_werkproces_id``
        ("" for an added one), ``wijziging`` (``werkproces toegevoegd``, ``werkproces verwijderd``,
        ``werkproces hernummerd``, ``titel gewijzigd``, ``competentie erbij``, ``competentie eraf``),
        ``inhoud`` (the werkproces, the titles or the competency), ``aantal_onderdelen`` and
        ``onderdelen`` (each with its highest niveau, in the document's order, joined by "; ").

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.analyses.compare import compare_profiles
    >>> from bcp_analysis.analyses.curriculum import load_curriculum
    >>> old = load_profile()
    >>> changes = compare_profiles(old, load_profile(EXAMPLE_PROFILE))
    >>> table = revisions(changes, load_curriculum(EXAMPLE_CURRICULUM, old))
    >>> table.loc[0, ["wijziging", "onderdelen"]].tolist()
    ['werkproces verwijderd', 'Relatiebeheer (oefenen); Klachtbehandeling en klantcontact (toetsen)']
    """
    renumbered = {row.nieuw: row.oud for row in changes.itertuples()
                  if row.onderdeel == "werkproces" and row.wijziging == "gewijzigd"}
    covering = _covering(curriculum)
    rows = []
    for row in changes.itertuples():
        kind = _KINDS.get((row.onderdeel, row.wijziging))
        if kind is None:
            continue
        if kind == "werkproces toegevoegd":
            old_id = ""
        elif kind == "werkproces verwijderd":
            old_id = row.werkproces_id
        elif kind == "werkproces hernummerd":
            old_id = row.oud
        else:
            old_id = renumbered.get(row.werkproces_id, row.werkproces_id)
        names = covering.get(old_id, []) if old_id else []
        rows.append({"werkproces_id": row.werkproces_id, "oud_werkproces_id": old_id, "wijziging": kind,
                     "inhoud": _inhoud(row, kind), "aantal_onderdelen": len(names), "onderdelen": "; ".join(names)})
    return pd.DataFrame(rows, columns=list(REVISION_COLUMNS)).astype(REVISION_COLUMNS)


def revisions_per_onderdeel(table: pd.DataFrame) -> pd.DataFrame:
    """Turn :func:`revisions` around: per onderdeel the changes that touch it.

    Parameters
    ----------
    table : pandas.DataFrame
        From :func:`revisions`.

    Returns
    -------
    pandas.DataFrame
        Columns ``onderdeel`` (the name, without the niveau ``table`` gives), ``aantal_wijzigingen`` (int) and
        ``wijzigingen`` (each as "werkproces: wijziging (inhoud)", joined by "; "), in the order the
        onderdelen first occur in ``table``.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.analyses.compare import compare_profiles
    >>> from bcp_analysis.analyses.curriculum import load_curriculum
    >>> old = load_profile()
    >>> changes = compare_profiles(old, load_profile(EXAMPLE_PROFILE))
    >>> table = revisions(changes, load_curriculum(EXAMPLE_CURRICULUM, old))
    >>> revisions_per_onderdeel(table)["onderdeel"].tolist()[:2]
    ['Relatiebeheer', 'Klachtbehandeling en klantcontact']
    """
    touched = {}
    for row in table.itertuples():
        for name in filter(None, row.onderdelen.split("; ")):
            name = _NIVEAU_SUFFIX.sub("", name)
            touched.setdefault(name, []).append(f"{row.werkproces_id}: {row.wijziging} ({row.inhoud})")
    rows = [{"onderdeel": name, "aantal_wijzigingen": len(items), "wijzigingen": "; ".join(items)}
            for name, items in touched.items()]
    return pd.DataFrame(rows, columns=["onderdeel", "aantal_wijzigingen", "wijzigingen"]).astype(
        {"onderdeel": "str", "aantal_wijzigingen": "int64", "wijzigingen": "str"})


def revisions_finding(table: pd.DataFrame) -> str:
    """State in one Dutch sentence which onderdelen the changes of a table touch.

    Parameters
    ----------
    table : pandas.DataFrame
        From :func:`revisions`.

    Returns
    -------
    str

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.analyses.compare import compare_profiles
    >>> from bcp_analysis.analyses.curriculum import load_curriculum
    >>> old = load_profile()
    >>> changes = compare_profiles(old, load_profile(EXAMPLE_PROFILE))
    >>> curriculum = load_curriculum(EXAMPLE_CURRICULUM, old)
    >>> revisions_finding(revisions(changes[changes["werkproces_id"] == "3.1"], curriculum))
    'Te herzien: 1 wijziging raakt 1 onderdeel: Verkoopvoorbereiding en acquisitie'
    """
    from bcp_analysis.dutch import count, join

    names = revisions_per_onderdeel(table)["onderdeel"].tolist()
    if table.empty:
        return "Geen wijziging van een werkproces of zijn competenties: niets te herzien"
    verb = "raakt" if len(table) == 1 else "raken"
    if not names:
        return f"Te herzien: niets; {count(len(table), 'wijziging', 'wijzigingen')} {verb} geen enkel onderdeel"
    return (f"Te herzien: {count(len(table), 'wijziging', 'wijzigingen')} {verb} "
            f"{count(len(names), 'onderdeel', 'onderdelen')}: {join(names)}")


def _examined_by(programme):
    """Per code (werkproces, or kerntaak where the document names only that): the onderdelen, in order."""
    result = {}
    for onderdeel, werkproces_id, kerntaak_id in programme.dekking[["onderdeel", "werkproces_id", "kerntaak_id"]
                                                                   ].itertuples(index=False):
        code = werkproces_id or kerntaak_id
        if code and onderdeel not in result.setdefault(code, []):
            result[code].append(onderdeel)
    return result


def compare_programmes(a: Programme, b: Programme) -> pd.DataFrame:
    """Compare two programmes of one profiel: the onderdelen added and removed, the werkprocessen that moved.

    Onderdelen are matched by name (exactly as printed). A werkproces (by its code; a kerntaak where
    a document names only that) moved when the onderdelen that name it differ between the two.

    Parameters
    ----------
    a, b : Programme
        The earlier (or one school's) and the later (or the other school's) programme.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`PROGRAMME_CHANGE_COLUMNS`: ``soort`` (``onderdeel`` or ``werkproces``),
        ``naam`` (the onderdeel, or the code), ``wijziging`` (``toegevoegd``, ``verwijderd`` or, for
        a werkproces, ``verplaatst``), ``oud`` and ``nieuw`` (for an onderdeel the codes it names;
        for a werkproces the onderdelen that name it, "; "-joined). Onderdelen first, in the order
        of ``a`` then ``b``; then the werkprocessen in the order of ``a``'s codes, then ``b``'s.

    Examples
    --------
    >>> from bcp_analysis.readers import load_programme
    >>> programme = load_programme(EXAMPLE_CURRICULUM)
    >>> compare_programmes(programme, programme).empty
    True
    """
    before, after = _examined_by(a), _examined_by(b)
    names_a = list(dict.fromkeys(a.dekking["onderdeel"]))
    names_b = list(dict.fromkeys(b.dekking["onderdeel"]))
    codes_a = _codes_of(a)
    codes_b = _codes_of(b)
    rows = [{"soort": "onderdeel", "naam": name, "wijziging": "verwijderd", "oud": "; ".join(codes_a[name])}
            for name in names_a if name not in set(names_b)]
    rows += [{"soort": "onderdeel", "naam": name, "wijziging": "toegevoegd", "nieuw": "; ".join(codes_b[name])}
             for name in names_b if name not in set(names_a)]
    for code in dict.fromkeys([*before, *after]):
        old, new = before.get(code, []), after.get(code, [])
        if set(old) == set(new):
            continue
        wijziging = "verplaatst" if old and new else ("toegevoegd" if new else "verwijderd")
        rows.append({"soort": "werkproces", "naam": code, "wijziging": wijziging, "oud": "; ".join(old),
                     "nieuw": "; ".join(new)})
    table = pd.DataFrame(rows, columns=list(PROGRAMME_CHANGE_COLUMNS)).fillna("")
    return table.astype(PROGRAMME_CHANGE_COLUMNS)


def _codes_of(programme):
    codes = {}
    for onderdeel, werkproces_id, kerntaak_id in programme.dekking[["onderdeel", "werkproces_id", "kerntaak_id"]
                                                                   ].itertuples(index=False):
        code = werkproces_id or kerntaak_id
        if code not in codes.setdefault(onderdeel, []):
            codes[onderdeel].append(code)
    return codes
