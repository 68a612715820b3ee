"""What a reader gave, held against the profile a document was generated from: every difference, in words."""

import collections

__all__ = ["differences"]


def _text(item):
    return item["tekst"] if isinstance(item, dict) else item


def _flat(text):
    return " ".join(str(text).split())


def differences(generated, extraction):
    """Every difference between the generated profile and the extracted mapping, as short Dutch lines.

    Descriptions are compared word for word (their paragraph breaks are layout); titles, ids,
    competencies and items exactly, in order. The labour-market figures are compared as the
    multiset of (waarde, eenheid) of the rows that are no rank position. The other text fields
    too: the colofon (titel, vastgesteld_door, vastgesteld_op), the functiebenamingen, and §1.4's
    text (its paragraphs with the source line, word for word, in ``trends``).
    """
    expected, found = generated.profile, extraction.profile
    found_kerntaken = {kerntaak["id"]: kerntaak for kerntaak in found.get("kerntaken", [])}
    problems = []
    if [k["id"] for k in expected["kerntaken"]] != list(found_kerntaken):
        wanted = [kerntaak["id"] for kerntaak in expected["kerntaken"]]
        problems.append(f"kerntaken: verwacht {wanted}, gelezen {list(found_kerntaken)}")
    for kerntaak in expected["kerntaken"]:
        other = found_kerntaken.get(kerntaak["id"])
        if other is None:
            continue
        if _flat(other["titel"]) != kerntaak["titel"]:
            problems.append(f"kerntaak {kerntaak['id']} titel: '{other['titel']}' in plaats van '{kerntaak['titel']}'")
        found_werkprocessen = {w["id"]: w for w in other.get("werkprocessen", [])}
        ids = [w["id"] for w in kerntaak["werkprocessen"]]
        if ids != list(found_werkprocessen):
            problems.append(f"kerntaak {kerntaak['id']} werkprocessen: verwacht {ids}, "
                            f"gelezen {list(found_werkprocessen)}")
        for werkproces in kerntaak["werkprocessen"]:
            read = found_werkprocessen.get(werkproces["id"])
            if read is None:
                continue
            label = f"werkproces {werkproces['id']}"
            if _flat(read["titel"]) != werkproces["titel"]:
                problems.append(f"{label} titel: '{read['titel']}' in plaats van '{werkproces['titel']}'")
            if _flat(read.get("beschrijving", "")) != _flat(werkproces["beschrijving"]):
                problems.append(f"{label} beschrijving wijkt af: '{_flat(read.get('beschrijving', ''))[:200]}'")
            for name in ("competenties", "resultaten", "kennis", "vaardigheden"):
                got = [_text(item) for item in read.get(name, [])]
                if got != werkproces[name]:
                    problems.append(f"{label} {name}: gelezen {got}, verwacht {werkproces[name]}")
    problems += _text_fields(generated, found)
    labour = generated.labour
    rows = [(float(row["waarde"]), row["eenheid"]) for row in found.get("arbeidsmarkt", [])
            if row.get("eenheid") != "rang"]
    wanted = list(labour.figures) if labour is not None else []
    if collections.Counter(rows) != collections.Counter(wanted):
        problems.append(f"arbeidsmarkt: cijfers {sorted(rows)}, verwacht {sorted(wanted)}")
    return problems


def _text_fields(generated, found):
    """The differences in the colofon, the functiebenamingen and the labour-market text."""
    expected, problems = generated.profile, []
    for key in ("titel", "vastgesteld_door", "vastgesteld_op"):
        wanted, got = str(expected["meta"].get(key, "")), str(found.get("meta", {}).get(key, ""))
        if _flat(got) != _flat(wanted):
            problems.append(f"colofon {key}: '{got}' in plaats van '{wanted}'")
    names = [_text(item) for item in found.get("functiebenamingen", [])]
    if names != expected["functiebenamingen"]:
        problems.append(f"functiebenamingen: gelezen {names}, verwacht {expected['functiebenamingen']}")
    trends = found.get("trends") or {}
    got = _flat(" ".join(str(text) for text in (trends.values() if isinstance(trends, dict) else trends)))
    wanted = _flat(" ".join(generated.labour.paragraphs)) if generated.labour is not None else ""
    if got != wanted:
        problems.append(f"trends wijkt af: '{got[:200]}'")
    return problems

