"""The reader of the overview of kerntaken and werkprocessen (chapter 2), and its check against the descriptions."""

import re

from bcp_analysis.model.competencies import normalize_name
from bcp_analysis.readers.bcp_text.front import is_title
from bcp_analysis.readers.bcp_text.lines import content
from bcp_analysis.readers.bcp_text.prose import join
from bcp_analysis.readers.bcp_text.state import OverviewKerntaak
from bcp_analysis.readers.bcp_text.vocabulary import (
    CHAPTER, KERNTAAK, NOISE, PROFILE, SKIPPED, TABLE_HEADER, WERKPROCES_ID, WERKPROCESSEN_BIJ,
)

__all__ = ["read_overview", "check_overview", "listed_werkprocessen"]


def read_overview(state, start, stop):
    """Read the table of kerntaken and their werkprocessen into ``state.overview``."""
    kerntaak = None
    title_open = False
    in_introduction = False
    ledger = state.ledger
    for line, _ in content(state.lines, start, stop):
        text = line.text
        if (match := KERNTAAK.match(text)) and not WERKPROCESSEN_BIJ.match(text):
            kerntaak = match.group(1)
            state.overview[kerntaak] = OverviewKerntaak(match.group(2))
            title_open, in_introduction = True, False
            ledger.place(line, PROFILE, f"overzicht kerntaak {kerntaak}")
        elif (match := WERKPROCES_ID.match(text)) and kerntaak and match.group(1) == kerntaak:
            state.overview[kerntaak].werkprocessen[f"{match.group(1)}.{match.group(2)}"] = match.group(3)
            title_open = False
            ledger.place(line, PROFILE, f"overzicht werkproces {match.group(1)}.{match.group(2)}")
        elif title_open and kerntaak and not in_introduction:
            state.overview[kerntaak].titel = join(state.overview[kerntaak].titel, text)
            ledger.place(line, PROFILE, f"overzicht kerntaak {kerntaak}")
        elif TABLE_HEADER.match(text):
            ledger.place(line, NOISE, "kop")
        elif CHAPTER.match(text):
            ledger.place(line, NOISE, "kop")
            in_introduction = True
        elif in_introduction:
            ledger.place(line, SKIPPED, "hoofdstukinleiding")
        elif is_title(state, text):
            ledger.place(line, PROFILE, "meta.titel")
        else:
            ledger.leave(line)


def listed_werkprocessen(state, kerntaak_id):
    """The werkprocessen (id -> title) the overview lists under a kerntaak; empty when it lists none."""
    listed = state.overview.get(kerntaak_id)
    return listed.werkprocessen if listed else {}


def check_overview(state):
    """Warn about werkprocessen in the overview without a description, and the other way round."""
    described = {werkproces.id for kerntaak in state.kerntaken.values() for werkproces in kerntaak.werkprocessen}
    for listed in state.overview.values():
        for werkproces_id, titel in listed.werkprocessen.items():
            if werkproces_id not in described:
                state.warnings.append(
                    f"werkproces {werkproces_id} '{titel}' staat in het overzicht maar heeft geen beschrijving "
                    f"in de kerntaken; het is niet in het profiel opgenomen")
    for kerntaak in state.kerntaken.values():
        listed = listed_werkprocessen(state, kerntaak.id)
        for werkproces in kerntaak.werkprocessen:
            if state.overview and werkproces.id not in listed:
                state.warnings.append(f"werkproces {werkproces.id} '{werkproces.titel}' is beschreven maar "
                                      f"staat niet in het overzicht van kerntaak {kerntaak.id}")
            elif werkproces.id in listed and normalize_name(listed[werkproces.id]) != normalize_name(werkproces.titel):
                heading = werkproces.titel
                if _names_other(heading, werkproces.id) and not _names_other(listed[werkproces.id], werkproces.id):
                    werkproces.titel = listed[werkproces.id]
                    state.warnings.append(f"werkproces {werkproces.id}: de kop ('{heading}') noemt een ander "
                                          f"werkproces en wijkt af van de titel in het overzicht "
                                          f"('{werkproces.titel}'); die uit het overzicht is overgenomen")
                    continue
                state.warnings.append(f"werkproces {werkproces.id}: titel in het overzicht "
                                      f"('{listed[werkproces.id]}') wijkt af van de kop ('{werkproces.titel}'); "
                                      f"de kop is overgenomen")


def _names_other(title, werkproces_id):
    """Whether a title names a werkproces id other than its own ("... 2.2 Bouwt ...")."""
    return any(found != werkproces_id for found in re.findall(r"(?<![\d.])\d+\.\d+(?![\d.])", title))
