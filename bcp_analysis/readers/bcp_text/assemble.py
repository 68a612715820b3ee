"""The profile mapping of the YAML format, assembled from what a reading of a BCP text found."""

import collections
import re
from pathlib import Path

from bcp_analysis.model.competencies import normalize_name
from bcp_analysis.model.profile import FORMAT_VERSION
from bcp_analysis.readers.bcp_text.prose import paragraphs
from bcp_analysis.readers.bcp_text.vocabulary import LIST_NAMES
from bcp_analysis.readers.textfix import fix_text

__all__: list[str] = []  # nothing of it is used outside its layer

_PROVENANCE = ("regel", "pagina")


def assemble_profile(state):
    """Return the profile mapping; fill ``state.found_rows`` and add the warnings of assembling."""
    data = {"formaat": FORMAT_VERSION, "meta": _meta(state)}
    if state.functiebenamingen:
        data["functiebenamingen"] = state.functiebenamingen
    if state.beroepshouding:
        data["beroepshouding"] = state.beroepshouding
    if state.beschrijving:
        data["beschrijving"] = dict(state.beschrijving)
    if state.loopbaan:
        data["loopbaan"] = state.loopbaan
    if state.vergelijking:
        data["vergelijking"] = state.vergelijking
    if state.trends:
        data["trends"] = dict(state.trends)
    if state.arbeidsmarkt:
        data["arbeidsmarkt"] = [_figure_entry(row) for row in state.arbeidsmarkt]
    data["kerntaken"] = []
    per_werkproces = []
    for kerntaak in state.kerntaken.values():
        entry = _kerntaak_entry(state, kerntaak)
        for werkproces in kerntaak.werkprocessen:
            item = _werkproces_entry(state, werkproces, per_werkproces)
            if item is not None:
                entry["werkprocessen"].append(item)
        if not entry["werkprocessen"]:
            state.warnings.append(f"kerntaak {kerntaak.id} heeft geen werkprocessen")
        data["kerntaken"].append(entry)
    overall = [
        ("kerntaken", len(data["kerntaken"])),
        ("werkprocessen", sum(len(entry["werkprocessen"]) for entry in data["kerntaken"])),
        ("competentiekoppelingen", sum(len(item.get("competenties", [])) for entry in data["kerntaken"]
                                       for item in entry["werkprocessen"])),
        ("functiebenamingen", len(state.functiebenamingen)),
        ("beroepshouding", len(state.beroepshouding)),
        ("beschrijving", len(state.beschrijving)),
        ("loopbaan", sum(len(column["functies"]) for column in state.loopbaan)),
        ("vergelijking", len(state.vergelijking["aspecten"]) if state.vergelijking else 0),
        ("trends", len(state.trends)),
        ("arbeidsmarkt", len(state.arbeidsmarkt)),
        ("meta", len(data["meta"])),
    ]
    state.found_rows = [{"werkproces_id": "", "onderdeel": name, "aantal": count}
                        for name, count in overall] + per_werkproces
    return data


def _meta(state):
    titel = state.footer_title
    if not titel:
        source = state.source
        titel = Path(source).stem if source and not source.startswith("<") else "Onbekend beroep"
        state.warnings.append(f"geen voettekst 'BCP <beroep>' gevonden; titel '{titel}' is de naam van het "
                              f"bestand: pas meta.titel aan")
    meta = {"titel": titel, **{name: value for name, value in state.meta.items() if name != "titel"}}
    return {name: fix_text(value) for name, value in meta.items()}


def _figure_entry(row):
    """An arbeidsmarkt row of the figure reader as a record of the YAML format.

    Empty provenance and an empty ``controleren`` (nothing to check) are left out, as the format has them.
    """
    return {name: value for name, value in row.items()
            if not (name in _PROVENANCE and value is None) and not (name == "controleren" and not value)}


def _with_line(text, number):
    """An item of a werkproces list in the mapping form of the YAML format, with its source line."""
    return {"tekst": text, "regel": number}


def _names_a_werkproces(title, kerntaak):
    """Whether a kerntaak title names one of its werkprocessen: its id ("2.1") or its title."""
    folded = normalize_name(title)
    for werkproces in kerntaak.werkprocessen:
        if werkproces.id and re.search(rf"(?<![\d.]){re.escape(werkproces.id)}(?![\d.]|\.\d)", title):
            return True
        if werkproces.titel and normalize_name(werkproces.titel) in folded:
            return True
    return bool(re.search(rf"(?<![\d.]){re.escape(kerntaak.id)}\.\d+\b", title))


def _kerntaak_title(state, kerntaak):
    """The kerntaak's title: the overview's, unless it names a werkproces and the heading does not.

    Where the two differ, a warning names the one that was not taken.
    """
    listed = state.overview.get(kerntaak.id)
    listed_title = listed.titel if listed else ""
    if not (listed_title and kerntaak.titel) or normalize_name(listed_title) == normalize_name(kerntaak.titel):
        return listed_title or kerntaak.titel
    if _names_a_werkproces(listed_title, kerntaak) and not _names_a_werkproces(kerntaak.titel, kerntaak):
        state.warnings.append(f"kerntaak {kerntaak.id}: titel in het overzicht ('{listed_title}') noemt een "
                              f"werkproces en wijkt af van de kop ('{kerntaak.titel}'); die van de kop is overgenomen")
        return kerntaak.titel
    state.warnings.append(f"kerntaak {kerntaak.id}: titel in het overzicht ('{listed_title}') wijkt af van "
                          f"de kop ('{kerntaak.titel}'); die uit het overzicht is overgenomen")
    return listed_title


def _kerntaak_entry(state, kerntaak):
    entry = {"id": kerntaak.id, "titel": fix_text(_kerntaak_title(state, kerntaak)), "regel": kerntaak.regel}
    if kerntaak.toelichting:
        entry["toelichting"] = paragraphs(kerntaak.toelichting)
    entry["werkprocessen"] = []
    return entry


def _werkproces_entry(state, werkproces, per_werkproces):
    if not werkproces.id:
        state.warnings.append(f"werkproces op {state.where(werkproces.start)} heeft geen nummer en titel ('1.1 ...'); "
                              f"niet opgenomen")
        prefix = f"werkproces {werkproces.label} "
        for number in sorted({number for number, _, where in state.ledger.rows if where.startswith(prefix)}):
            state.ledger.leave(state.lines[number - 1], werkproces=werkproces.label)
        return None
    item = {"id": werkproces.id, "titel": fix_text(werkproces.titel), "regel": werkproces.start}
    description = paragraphs(werkproces.prose)
    if description:
        item["beschrijving"] = description
    else:
        state.warnings.append(f"werkproces {werkproces.id} heeft geen beschrijving")
    names = [name for name, _ in werkproces.competenties]
    duplicates = [name for name, count in collections.Counter(names).items() if count > 1]
    if duplicates:
        state.warnings.append(f"werkproces {werkproces.id}: competentie dubbel genoemd: {', '.join(duplicates)}")
    first_lines = {}
    for name, number in werkproces.competenties:
        first_lines.setdefault(name, number)
    competencies = list(first_lines)
    if competencies:
        item["competenties"] = [_with_line(name, number) for name, number in first_lines.items()]
    else:
        state.warnings.append(f"werkproces {werkproces.id} heeft geen competenties")
    counts = {"beschrijving": len(werkproces.prose_lines), "competenties": len(competencies)}
    for name in LIST_NAMES:
        found, moved = getattr(werkproces, name).finish()
        if moved:
            state.warnings.append(
                f"werkproces {werkproces.id}: {name} begint zonder opsommingsteken (regel "
                f"{', '.join(map(str, moved))}); die tekst is achter het eerste item gezet: controleer de volgorde")
        if found:
            item[name] = [_with_line(text, number) for text, number in found]
        else:
            state.warnings.append(f"werkproces {werkproces.id} heeft geen {name}")
        counts[name] = len(found)
    for name in ("beschrijving", "competenties", *LIST_NAMES):
        per_werkproces.append({"werkproces_id": werkproces.id, "onderdeel": name, "aantal": counts[name]})
    return item
