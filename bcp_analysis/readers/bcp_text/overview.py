"""The reader of the overview of kerntaken and werkprocessen (chapter 2), and its check against the descriptions."""

import re

from bcp_analysis.model.competencies import normalize_name
from bcp_analysis.readers.bcp_text.front import is_title
from bcp_analysis.readers.bcp_text.lines import content
from bcp_analysis.readers.bcp_text.prose import join
from bcp_analysis.readers.bcp_text.state import OverviewKerntaak
from bcp_analysis.readers.bcp_text.vocabulary import (
    CHAPTER,
    KERNTAAK,
    NOISE,
    PROFILE,
    SKIPPED,
    TABLE_HEADER,
    WERKPROCESSEN_BIJ,
)

__all__: list[str] = []  # nothing of it is used outside its layer


def read_overview(state, start, stop):
    """Read the table of kerntaken and their werkprocessen into ``state.overview``.

    The table may come row by row (a kerntaak's title lines beside its werkprocessen, on one
    line: "Stelt plannen op 1.3 Stelt een accountplan op") or column by column (every title
    line, then every werkproces): a werkproces goes to the kerntaak its number names, the
    text before it on its line to the kerntaak's title, and a line that continues a
    werkproces title cut at a line end (lower case, or after a hyphen) to that title.
    """
    kerntaak = None
    title_open = False
    in_introduction = False
    last_werkproces = None
    row_wise = False    # a kerntaak's title lines stand beside its werkprocessen, on their lines
    ledger = state.ledger
    for line, _ in content(state.lines, start, stop):
        text = line.text
        if (match := KERNTAAK.match(text)) and not WERKPROCESSEN_BIJ.match(text):
            kerntaak = match.group(1)
            title, listed = _split_listed(match.group(2), {kerntaak} | set(state.overview))
            state.overview[kerntaak] = OverviewKerntaak(title)
            title_open, in_introduction, last_werkproces, row_wise = True, False, None, False
            ledger.place(line, PROFILE, f"overzicht kerntaak {kerntaak}")
            if listed:
                last_werkproces = _add_listed(state, listed, line)
            continue
        title, listed = _split_listed(text, set(state.overview)) if kerntaak and not in_introduction else (text, None)
        if listed:
            if title and title_open:
                state.overview[kerntaak].titel = join(state.overview[kerntaak].titel, title)
                row_wise = True
            elif title:
                ledger.leave(line, title)
            last_werkproces = _add_listed(state, listed, line)
        elif last_werkproces and not in_introduction and _continues_title(
                state.overview[last_werkproces[0]].werkprocessen[last_werkproces[1]], text, row_wise):
            listed = state.overview[last_werkproces[0]].werkprocessen
            listed[last_werkproces[1]] = join(listed[last_werkproces[1]], text)
            ledger.place(line, PROFILE, f"overzicht werkproces {last_werkproces[1]}")
        elif TABLE_HEADER.match(text):
            ledger.place(line, NOISE, "kop")
        elif CHAPTER.match(text):
            ledger.place(line, NOISE, "kop")
            in_introduction, last_werkproces, title_open = True, None, False
        elif title_open and kerntaak and not in_introduction and (
                last_werkproces is None or row_wise or not state.overview[kerntaak].titel):
            state.overview[kerntaak].titel = join(state.overview[kerntaak].titel, text)
            # a title line after a werkproces of its kerntaak: the table comes row by row
            row_wise = row_wise or last_werkproces is not None
            ledger.place(line, PROFILE, f"overzicht kerntaak {kerntaak}")
        elif in_introduction:
            ledger.place(line, SKIPPED, "hoofdstukinleiding")
        elif is_title(state, text):
            ledger.place(line, PROFILE, "meta.titel")
        else:
            ledger.leave(line)


_LISTED = re.compile(r"(?:^|\s)(\d+)\.(\d+)\s+(?=[A-Z(])")


def _split_listed(text, kerntaken):
    """(text before, (kerntaak, werkproces id, title)) at the first werkproces id of a known kerntaak in a line."""
    for match in _LISTED.finditer(text):
        if match.group(1) in kerntaken:
            return text[:match.start()].strip(), (match.group(1), f"{match.group(1)}.{match.group(2)}",
                                                  text[match.end():].strip())
    return text, None


def _add_listed(state, listed, line):
    kerntaak, werkproces, title = listed
    state.overview[kerntaak].werkprocessen[werkproces] = title
    state.ledger.place(line, PROFILE, f"overzicht werkproces {werkproces}")
    return kerntaak, werkproces


def _continues_title(title, text, row_wise=False):
    """Whether a line is the rest of a werkproces title wrapped in its cell: after a hyphen, or a few words in
    lower case. When the table comes row by row, a line in lower case is the kerntaak's title going on beside
    the werkprocessen, unless the werkproces title ends in a hyphen."""
    return bool(text) and not text.endswith((".", ":")) and (
        title.endswith("-") or (not row_wise and text[0].islower() and len(text.split()) <= 4))


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
