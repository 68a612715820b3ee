"""A comparison for people: the screen summary and the workbook sheets of a profile or register comparison.

:func:`~bcp_analysis.analyses.compare.compare_profiles` and
:func:`~bcp_analysis.analyses.register_compare.compare_registers` make the tables of changes they show.
"""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING

from bcp_analysis.analyses.compare import (
    ONDERDELEN,
    added_and_removed_werkprocessen,
    compare_profiles,
    competency_frequency_change,
    profile_competency_changes,
)
from bcp_analysis.analyses.programme_compare import revisions_per_onderdeel
from bcp_analysis.dutch import count, shorten

if TYPE_CHECKING:  # names of the annotations only
    import pandas as pd

__all__ = ["change_sheets", "register_change_sheets", "summarize_changes", "summarize_register_changes",
           "summarize_revisions"]

SCREEN_WIDTH = 100
"""int: the longest text :func:`summarize_changes` prints whole; a changed text longer than
this is shown as the words that differ, with a few words of context."""

_CONTEXT_WORDS = 4  # words of unchanged text shown on each side of a changed part
_SHOWN_HUNKS = 3  # changed parts of one text shown on screen; the rest are counted


def _word_diff(old, new):
    """Show the words that differ between two texts, with a little context around each change."""
    before, after = old.split(), new.split()
    opcodes = difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes()
    changes = sum(tag != "equal" for tag, *_ in opcodes)
    context, pieces, shown = _CONTEXT_WORDS, [], 0
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            words = before[i1:i2]
            leading = index == 0
            trailing = index == len(opcodes) - 1 or shown == _SHOWN_HUNKS
            if not leading and not trailing and len(words) > 2 * context:
                pieces.append(" ".join(words[:context]) + " … " + " ".join(words[-context:]))
            elif trailing and (len(words) > context or index < len(opcodes) - 1):
                pieces.append(" ".join(words[:context]) + " …")
            elif leading and len(words) > context:
                pieces.append("… " + " ".join(words[-context:]))
            else:
                pieces.append(" ".join(words))
            continue
        if shown == _SHOWN_HUNKS:
            break
        shown += 1
        removed, added = " ".join(before[i1:i2]), " ".join(after[j1:j2])
        marks = [f"[-{shorten(removed, SCREEN_WIDTH)}-]"] if removed else []
        marks += [f"{{+{shorten(added, SCREEN_WIDTH)}+}}"] if added else []
        pieces.append(" ".join(marks))
    text = " ".join(pieces)
    if changes > shown:
        text += f" (en nog {count(changes - shown, 'verschil', 'verschillen')})"
    return text


def _changed_text(old, new):
    """Both texts when they fit on the screen, else the words that differ."""
    old, new = " ".join(str(old).split()), " ".join(str(new).split())
    if old == new:
        return f"{shorten(old, SCREEN_WIDTH)} (alleen witruimte of regelindeling gewijzigd)"
    if len(old) <= SCREEN_WIDTH and len(new) <= SCREEN_WIDTH:
        return f"{old} → {new}"
    return _word_diff(old, new)


def _describe(row):
    if row.wijziging == "toegevoegd":
        line = f"{row.onderdeel} toegevoegd: {shorten(row.nieuw, SCREEN_WIDTH)}"
    elif row.wijziging == "verwijderd":
        line = f"{row.onderdeel} verwijderd: {shorten(row.oud, SCREEN_WIDTH)}"
    else:
        line = f"{row.onderdeel} gewijzigd: {_changed_text(row.oud, row.nieuw)}"
    if row.toelichting:
        line += f" [{row.toelichting}]"
    return line


def change_sheets(old, new, changes=None, revisions=None):
    """Return the workbook of a comparison: the sheets by Dutch name, in the order a committee reads them.

    Parameters
    ----------
    old, new : Profile
        The earlier and the later version.
    changes : pandas.DataFrame, optional
        ``compare_profiles(old, new)`` when already computed.
    revisions : pandas.DataFrame, optional
        With a programme (``diff --curriculum``): the onderdelen each change touches, from
        :func:`~bcp_analysis.analyses.programme_compare.revisions`.

    Returns
    -------
    dict of str to pandas.DataFrame
        ``Competenties erbij en eraf`` (:func:`profile_competency_changes`),
        ``Werkprocessen erbij en eraf`` (:func:`added_and_removed_werkprocessen`),
        ``Wijzigingen`` (:func:`compare_profiles`) and ``Competenties per versie``
        (:func:`competency_frequency_change`), for
        :func:`bcp_analysis.outputs.workbook.write_workbook`; with ``revisions`` first the sheets
        ``Te herzien per onderdeel`` and ``Te herzien per wijziging``.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.paths import EXAMPLE_PROFILE
    >>> list(change_sheets(load_profile(), load_profile(EXAMPLE_PROFILE)))
    ['Competenties erbij en eraf', 'Werkprocessen erbij en eraf', 'Wijzigingen', 'Competenties per versie']
    """
    sheets = {}
    if revisions is not None:
        sheets["Te herzien per onderdeel"] = revisions_per_onderdeel(revisions)
        sheets["Te herzien per wijziging"] = revisions
    return sheets | {
        "Competenties erbij en eraf": profile_competency_changes(old, new),
        "Werkprocessen erbij en eraf": added_and_removed_werkprocessen(old, new),
        "Wijzigingen": compare_profiles(old, new) if changes is None else changes,
        "Competenties per versie": competency_frequency_change(old, new),
    }


def _headline(changes):
    """The lines on competencies that enter and leave the profile."""
    rows = changes[changes["onderdeel"] == "profielcompetentie"]
    lines = []
    for wijziging, heading, column, sign in (
        ("toegevoegd", "Competenties die het profiel nu nodig heeft en eerst niet", "nieuw", "+"),
        ("verwijderd", "Competenties die het profiel niet meer nodig heeft", "oud", "-"),
    ):
        part = rows[rows["wijziging"] == wijziging]
        lines.append(f"{heading}: {len(part) if len(part) else 'geen'}")
        lines.extend(f"  {sign} {name} ({note})" for name, note in zip(part[column], part["toelichting"]))
    return lines


def summarize_changes(changes: pd.DataFrame) -> str:
    """Write a change table as a short Dutch text for the screen.

    First what a committee must know: the competencies the profile now needs and did not
    need before, and those it no longer needs at all (each with the werkprocessen that
    need or needed it; "geen" when there are none). Then the number of changes per
    onderdeel and kind, then every other change grouped per werkproces (profile-wide
    changes first, under "Profiel algemeen"); an added or removed werkproces names its
    competencies. A text longer than :data:`SCREEN_WIDTH` is shortened; a changed text
    that long is shown as the words that differ, ``[-removed-] {+added+}``, with a few
    words of context and at most three changed parts (the rest counted).

    Parameters
    ----------
    changes : pandas.DataFrame
        A table from :func:`compare_profiles`.

    Returns
    -------
    str
        ``"Geen verschillen."`` when the table is empty.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.paths import EXAMPLE_PROFILE
    >>> profile = load_profile()
    >>> from bcp_analysis.analyses.compare import compare_profiles
    >>> summarize_changes(compare_profiles(profile, profile))
    'Geen verschillen.'
    >>> print(summarize_changes(compare_profiles(profile, load_profile(EXAMPLE_PROFILE))).splitlines()[0])
    Competenties die het profiel nu nodig heeft en eerst niet: geen
    """
    if changes.empty:
        return "Geen verschillen."
    lines = _headline(changes)
    lines += ["", count(len(changes), "wijziging", "wijzigingen"), ""]
    lines.append(f"{'onderdeel':<22}{'toegevoegd':>11}{'verwijderd':>11}{'gewijzigd':>10}")
    present = [onderdeel for onderdeel in ONDERDELEN if onderdeel in set(changes["onderdeel"])]
    for onderdeel in present:
        part = changes[changes["onderdeel"] == onderdeel]
        counts = [int((part["wijziging"] == kind).sum()) for kind in ("toegevoegd", "verwijderd", "gewijzigd")]
        lines.append(f"{onderdeel:<22}{counts[0]:>11}{counts[1]:>11}{counts[2]:>10}")
    listed = changes[changes["onderdeel"] != "profielcompetentie"]
    for werkproces_id, group in listed.groupby("werkproces_id", sort=False):
        lines.append("")
        lines.append(f"Werkproces {werkproces_id}" if werkproces_id else "Profiel algemeen")
        lines.extend(f"  - {_describe(row)}" for row in group.itertuples())
    return "\n".join(lines)


def summarize_revisions(revisions: pd.DataFrame, crebo_line: str | None = None) -> str:
    """Write for the screen which onderdelen of a programme the changes of a profile touch: what to revise.

    Parameters
    ----------
    revisions : pandas.DataFrame
        From :func:`~bcp_analysis.analyses.programme_compare.revisions`.
    crebo_line : str, optional
        The sentence that the programme is for another crebo than the old profile
        (:func:`~bcp_analysis.analyses.curriculum.crebo_mismatch`); printed first.

    Returns
    -------
    str
        First per onderdeel the changes that touch it ("Te herzien"), then the changes that touch
        no onderdeel (a new werkproces no exam covers yet, a change of a werkproces no onderdeel
        covers).

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.analyses.compare import compare_profiles
    >>> from bcp_analysis.analyses.curriculum import load_curriculum
    >>> from bcp_analysis.analyses.programme_compare import revisions
    >>> from bcp_analysis.paths import EXAMPLE_CURRICULUM, EXAMPLE_PROFILE
    >>> old = load_profile()
    >>> changes = compare_profiles(old, load_profile(EXAMPLE_PROFILE))
    >>> table = revisions(changes, load_curriculum(EXAMPLE_CURRICULUM, old))
    >>> print(summarize_revisions(table).splitlines()[0])
    Te herzien: 6 onderdelen, geraakt door 3 van de 5 wijzigingen.
    """
    lines = [crebo_line] if crebo_line else []
    per_onderdeel = revisions_per_onderdeel(revisions)
    touching = int((revisions["aantal_onderdelen"] > 0).sum())
    lines.append(f"Te herzien: {count(len(per_onderdeel), 'onderdeel', 'onderdelen')}, geraakt door {touching} "
                 f"van de {count(len(revisions), 'wijziging', 'wijzigingen')}.")
    for row in per_onderdeel.itertuples():
        lines.append(f"  {row.onderdeel}")
        lines.extend(f"    - {shorten(item, SCREEN_WIDTH)}" for item in row.wijzigingen.split("; "))
    untouched = revisions[revisions["aantal_onderdelen"] == 0]
    if len(untouched):
        lines += ["", f"Wijzigingen die geen onderdeel raken ({len(untouched)}):"]
        for row in untouched.itertuples():
            hint = " (nog in geen onderdeel: neem het op)" if row.wijziging == "werkproces toegevoegd" else ""
            lines.append(f"  - {row.werkproces_id}: {row.wijziging} ({shorten(row.inhoud, SCREEN_WIDTH)}){hint}")
    return "\n".join(lines)


# --- two editions of the register ---------------------------------------------------------

_IDENTITY_KINDS = ("toegevoegd", "verwijderd", "hernoemd", "hercodeerd")


def register_change_sheets(changes):
    """Return the workbook of a register comparison: the sheets by Dutch name.

    Parameters
    ----------
    changes : pandas.DataFrame
        A table from :func:`~bcp_analysis.analyses.register_compare.compare_registers`.

    Returns
    -------
    dict of str to pandas.DataFrame
        ``Dossiers``, ``Profielen`` and ``Competenties per profiel`` (the rows of each
        soort), then ``Wijzigingen`` (every row).
    """
    return {
        "Dossiers": changes[changes["soort"] == "dossier"].reset_index(drop=True),
        "Profielen": changes[changes["soort"] == "profiel"].reset_index(drop=True),
        "Competenties per profiel": changes[changes["soort"] == "competentie"].reset_index(drop=True),
        "Wijzigingen": changes,
    }


def _identity_line(row):
    name = row.profiel or row.dossier
    if row.wijziging == "toegevoegd":
        return f"+ {row.nieuw}"
    if row.wijziging == "verwijderd":
        return f"- {row.oud}"
    if row.wijziging == "hernoemd":
        return f"~ {row.oud} → {row.nieuw} (crebo {row.crebo}, gekoppeld op crebo)"
    if row.wijziging == "hercodeerd":
        return f"~ {name}: crebo {row.oud} → {row.nieuw} (gekoppeld op titel)"
    return f"~ {name} (crebo {row.crebo}): {row.wijziging}, {row.oud} → {row.nieuw}"


def summarize_register_changes(changes):
    """Write a register comparison as a short Dutch text for the screen.

    First the headline: how many dossiers and profielen were added, removed, renamed or
    recoded, and how many profielen need other competencies. Then those competencies per
    profiel (``+`` now needed, ``-`` no longer needed, ``~`` in another number of
    werkprocessen), then every dossier and profiel that was added, removed, renamed,
    recoded, moved or given another niveau.

    Parameters
    ----------
    changes : pandas.DataFrame
        A table from :func:`~bcp_analysis.analyses.register_compare.compare_registers`.

    Returns
    -------
    str
        ``"Geen verschillen."`` when the table is empty.
    """
    if changes.empty:
        return "Geen verschillen."
    lines = []
    for soort, plural in (("dossier", "Dossiers"), ("profiel", "Profielen")):
        part = changes[changes["soort"] == soort]
        counts = ", ".join(f"{int((part['wijziging'] == kind).sum())} {kind}" for kind in _IDENTITY_KINDS)
        lines.append(f"{plural}: {counts}")
    competencies = changes[changes["soort"] == "competentie"]
    groups = list(competencies.groupby(["dossier", "profiel", "crebo"], sort=False))
    lines.append(f"Profielen met andere competenties: {len(groups) if groups else 'geen'}")
    signs = {"toegevoegd": "+", "verwijderd": "-", "gewijzigd": "~"}
    for (dossier, profiel, crebo), group in groups:
        lines.append(f"  {profiel} (crebo {crebo}, {dossier})")
        for row in group.itertuples():
            where = row.nieuw if row.wijziging == "toegevoegd" else row.oud
            if row.wijziging == "gewijzigd":
                where = f"{row.oud} → {row.nieuw}"
            lines.append(f"    {signs[row.wijziging]} {row.competentie} ({where})")
    for soort, heading in (("dossier", "Dossiers"), ("profiel", "Profielen")):
        part = changes[changes["soort"] == soort]
        if part.empty:
            continue
        lines += ["", heading]
        lines.extend(f"  {_identity_line(row)}" for row in part.itertuples())
    return "\n".join(lines)
