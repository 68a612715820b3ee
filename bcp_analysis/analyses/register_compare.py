"""Edition against edition: what changed between two SBB registers, dossier by dossier and profiel by profiel."""

from __future__ import annotations

import collections

import pandas as pd

from bcp_analysis.dutch import fold
from bcp_analysis.model.competencies import competency_names
from bcp_analysis.model.register import Register

__all__ = ["compare_registers"]

REGISTER_CHANGE_COLUMNS = ["soort", "wijziging", "dossier", "profiel", "crebo", "competentie", "oud", "nieuw",
                           "gekoppeld_op"]
"""list of str: the columns of :func:`compare_registers`, in order (all text)."""

_KINDS = ("dossier", "profiel", "competentie")


def _key(text):
    return " ".join(fold(str(text)).split())


def match_rows(old: pd.DataFrame, new: pd.DataFrame, crebo: str, titel: str) -> tuple[list, list, list]:
    """Pair the rows of two tables: first by crebo, then by title among the rows left.

    A crebo or title pairs rows only in the order they appear when it repeats; rows that
    stay unpaired are removed (old) or added (new).

    Parameters
    ----------
    old, new : pandas.DataFrame
    crebo, titel : str
        The columns with the crebo and the title.

    Returns
    -------
    tuple of (list of tuple, list of int, list of int)
        ``(old position, new position, "crebo" or "titel")`` for each pair, in the order of
        ``new``; the positions of ``old`` left and of ``new`` left.
    """
    pairs = []
    old_left, new_left = list(range(len(old))), list(range(len(new)))
    for column, how in ((crebo, "crebo"), (titel, "titel")):
        waiting = collections.defaultdict(collections.deque)
        for position in old_left:
            value = _key(old[column].iat[position])
            if value:
                waiting[value].append(position)
        matched_old, still_new = set(), []
        for position in new_left:
            value = _key(new[column].iat[position])
            if value and waiting.get(value):
                partner = waiting[value].popleft()
                matched_old.add(partner)
                pairs.append((partner, position, how))
            else:
                still_new.append(position)
        old_left = [position for position in old_left if position not in matched_old]
        new_left = still_new
    pairs.sort(key=lambda pair: pair[1])
    return pairs, old_left, new_left


def _row(soort, wijziging, dossier="", profiel="", crebo="", competentie="", oud="", nieuw="", gekoppeld_op=""):
    return {"soort": soort, "wijziging": wijziging, "dossier": dossier, "profiel": profiel, "crebo": crebo,
            "competentie": competentie, "oud": oud, "nieuw": nieuw, "gekoppeld_op": gekoppeld_op}


def _identity_rows(soort, old, new, crebo, titel, describe):
    """Rows for added, removed, renamed and recoded dossiers or profielen; and the pairs."""
    pairs, old_left, new_left = match_rows(old, new, crebo, titel)
    rows = []
    for old_position, new_position, how in pairs:
        before, after = old.iloc[old_position], new.iloc[new_position]
        base = describe(after)
        if how == "crebo" and before[titel] != after[titel]:
            rows.append(_row(soort, "hernoemd", **base, oud=before[titel], nieuw=after[titel], gekoppeld_op="crebo"))
        if how == "titel" and before[crebo] != after[crebo]:
            rows.append(_row(soort, "hercodeerd", **base, oud=before[crebo], nieuw=after[crebo], gekoppeld_op="titel"))
    for position in new_left:
        after = new.iloc[position]
        rows.append(_row(soort, "toegevoegd", **describe(after), nieuw=f"{after[titel]} (crebo {after[crebo]})"))
    for position in old_left:
        before = old.iloc[position]
        rows.append(_row(soort, "verwijderd", **describe(before), oud=f"{before[titel]} (crebo {before[crebo]})"))
    return rows, pairs


def _positions(dossiers):
    """{(nr, dossier crebo): row position} of a register's dossiers."""
    return {(row.nr, row.dossier_crebo): position for position, row in enumerate(dossiers.itertuples())}


def _needs(register):
    """{profiel name: {competentie: sorted werkproces ids}} from a register's needs."""
    result = collections.defaultdict(dict)
    table = register.behoeften
    for (profiel, competentie), group in table.groupby(["profiel", "competentie"], sort=False):
        result[profiel][competentie] = sorted(set(group["werkproces_id"]))
    return result


def compare_registers(old: Register, new: Register) -> pd.DataFrame:
    """List what changed between two editions of SBB's register.

    Dossiers and profielen are paired first by crebo, then by title (``gekoppeld_op``
    says which): a pair on crebo with another title is ``hernoemd``, a pair on title with
    another crebo ``hercodeerd``; what stays unpaired is ``toegevoegd`` or ``verwijderd``.
    A paired profiel that moved to another dossier is ``ander dossier``, one with another
    niveau ``niveau gewijzigd``. For every paired profiel each competency it needs now and
    did not need (``toegevoegd``), no longer needs (``verwijderd``) or needs in another
    number of werkprocessen (``gewijzigd``) is a row of soort ``competentie``, with the
    werkprocessen that needed it (``oud``) and need it (``nieuw``).

    Parameters
    ----------
    old, new : Register
        The earlier and the later edition.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`REGISTER_CHANGE_COLUMNS`, all text (``""`` where empty); dossiers
        first, then profielen, then competencies, each in the order of the new register
        (removed ones last). Empty for a register compared with itself.

    Examples
    --------
    >>> from bcp_analysis import load_register
    >>> register = load_register()
    >>> compare_registers(register, register).empty
    True
    """
    dossier_rows, dossier_pairs = _identity_rows(
        "dossier", old.dossiers, new.dossiers, "dossier_crebo", "titel",
        lambda row: {"dossier": row["titel"], "crebo": row["dossier_crebo"]})
    profiel_rows, profiel_pairs = _identity_rows(
        "profiel", old.profielen, new.profielen, "crebo", "titel",
        lambda row: {"dossier": row["dossier"], "profiel": row["titel"], "crebo": row["crebo"]})
    dossier_of = {old_position: new_position for old_position, new_position, _ in dossier_pairs}
    old_dossier_position = _positions(old.dossiers)
    new_dossier_position = _positions(new.dossiers)
    old_needs, new_needs = _needs(old), _needs(new)
    order = {name: number for number, name in enumerate(competency_names())}
    competency_rows = []
    for old_position, new_position, _ in profiel_pairs:
        before, after = old.profielen.iloc[old_position], new.profielen.iloc[new_position]
        base = {"dossier": after["dossier"], "profiel": after["titel"], "crebo": after["crebo"]}
        was_in = dossier_of.get(old_dossier_position.get((before["dossier_nr"], before["dossier_crebo"])))
        now_in = new_dossier_position.get((after["dossier_nr"], after["dossier_crebo"]))
        if was_in != now_in:
            profiel_rows.append(_row("profiel", "ander dossier", **base, oud=before["dossier"], nieuw=after["dossier"]))
        if before["niveau"] != after["niveau"]:
            profiel_rows.append(_row("profiel", "niveau gewijzigd", **base, oud=str(before["niveau"]),
                                     nieuw=str(after["niveau"])))
        then, now = old_needs.get(before["profiel"], {}), new_needs.get(after["profiel"], {})
        for competentie in sorted(set(then) | set(now), key=lambda name: order.get(name, len(order))):
            was, is_now = then.get(competentie, []), now.get(competentie, [])
            if was and not is_now:
                kind = "verwijderd"
            elif is_now and not was:
                kind = "toegevoegd"
            elif len(was) != len(is_now):
                kind = "gewijzigd"
            else:
                continue
            competency_rows.append(_row("competentie", kind, **base, competentie=competentie, oud=", ".join(was),
                                        nieuw=", ".join(is_now)))
    rows = dossier_rows + profiel_rows + competency_rows
    return pd.DataFrame(rows, columns=REGISTER_CHANGE_COLUMNS).astype(str)
