"""Generated examenplannen whose exams are drawn as a matrix (a toetsplan): codes heading the columns, or transposed.

``matrix_variant(generated, orientation)`` turns a generated examenplan (``programme_documents``)
into one whose exams stand in a matrix, "rijen" (a row per onderdeel, a column per werkproces:
its code with the werkproces's title under it) or "gedraaid" (a row per werkproces, its code and
title, a column per onderdeel); ``x`` where the onderdeel examines the werkproces. A matrix
prints no vorm, duur, plaats, weging, periode or code, and cannot name a kerntaak without its
werkprocessen, so those are left out of the variant (an exam that named a kerntaak alone covers
its every werkproces); it has one table, so an exam name that recurs is left out. "rijen" keeps
at most ``ROW_CODES`` werkprocessen (the first kerntaken), "gedraaid" at most ``COLUMN_EXAMS`` exams,
on landscape pages, so that no word breaks in a column. The modules keep their own table.
``matrix_table(generated)`` is the table the producers draw.
"""

import dataclasses

__all__ = ["matrix_variant", "matrix_table", "ROW_CODES", "COLUMN_EXAMS"]

ROW_CODES = 8
COLUMN_EXAMS = 7


def _code(generated, werkproces_id):
    return f"WP {werkproces_id}" if generated.scheme == "bcp" else werkproces_id


def matrix_variant(generated, orientation):
    """The examenplan with its exams in a matrix of ``orientation`` ("rijen" or "gedraaid")."""
    kerntaken = generated.kerntaken
    if orientation == "rijen":
        kept, count = [], 0
        for kerntaak in kerntaken:
            if kept and count + len(kerntaak[2]) > ROW_CODES:
                break
            kept.append(kerntaak)
            count += len(kerntaak[2])
        kerntaken = tuple(kept)
    werkprocessen = {kid: tuple(wid for wid, _ in items) for kid, _, items in kerntaken}
    exams, names = [], set()
    for exam in generated.exams[:COLUMN_EXAMS if orientation == "gedraaid" else None]:
        covers = tuple((kid, ids or werkprocessen[kid]) for kid, ids in exam.covers if kid in werkprocessen)
        if not covers or exam.name in names:
            continue
        names.add(exam.name)
        kerntaak_id = covers[0][0] if len({kid for kid, _ in covers}) == 1 else ""
        exams.append(dataclasses.replace(exam, code="", vorm="", duur="", plaats="", weging="", periode="",
                                         kerntaak_id=kerntaak_id, covers=covers, forms=("lijst",) * len(covers),
                                         tweaks=("",) * sum(len(ids) for _, ids in covers)))
    modules = tuple(dataclasses.replace(module, covers=tuple((kid, ids) for kid, ids in module.covers
                                                              if kid in werkprocessen and ids))
                    for module in generated.modules)
    modules = tuple(dataclasses.replace(module, forms=("lijst",) * len(module.covers),
                                        kerntaak_id=module.covers[0][0] if len(module.covers) == 1 else "",
                                        tweaks=("",) * sum(len(ids) for _, ids in module.covers))
                    for module in modules if module.covers)
    style = dataclasses.replace(generated.style, per_kerntaak=False, werkproces_list=False, overview=True,
                                orientation="liggend", matrix=orientation)
    return dataclasses.replace(generated, kerntaken=kerntaken, exams=tuple(exams), modules=modules, style=style,
                               case=f"{generated.case}-matrix-{orientation}")


def matrix_table(generated):
    """The exams' matrix as a "table" part (``programme_documents.parts``): its header, kinds, rows and keys."""
    titles = generated.titles()
    ids = list(titles)
    covered = {exam.name: {wid for _, covers in exam.covers for wid in covers} for exam in generated.exams}
    if generated.style.matrix == "rijen":
        return {"columns": ["Onderdeel"] + [f"{_code(generated, wid)}\n{titles[wid]}" for wid in ids],
                "kinds": ["Onderdeel"] + ["Code"] * len(ids),
                "rows": [[exam.name] + ["x" if wid in covered[exam.name] else "" for wid in ids]
                         for exam in generated.exams],
                "keys": [exam.name for exam in generated.exams], "orphan_header": False}
    return {"columns": ["Werkproces"] + [exam.name for exam in generated.exams],
            "kinds": ["Werkprocessen"] + ["Plaats"] * len(generated.exams),
            "rows": [[f"{_code(generated, wid)} {titles[wid]}"] + ["x" if wid in covered[exam.name] else ""
                                                                  for exam in generated.exams] for wid in ids],
            "keys": ids, "orphan_header": False}
