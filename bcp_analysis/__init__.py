"""bcp-analysis: a Dutch vocational competency profile (BCP or kwalificatiedossier) as pandas tables and analyses.

The public API is what ``__all__`` lists, plus the public submodules ``charts`` (the
committee charts), ``findings`` (the Dutch sentences the notebooks print), ``compare``,
``curriculum``, ``dossier`` and ``paths`` (where the bundled files are). Every other module
is internal: its names may change without notice.

Names are imported when first used, so ``import bcp_analysis`` stays as cheap as importing
pandas; the libraries behind an analysis (networkx, matplotlib, rapidfuzz, the notebook
runner) load when that analysis is called.
"""

import importlib

# Public name -> the module that owns it.
_PUBLIC = {
    "Profile": "bcp_analysis.profile",
    "ProfileError": "bcp_analysis.errors",
    "Problem": "bcp_analysis.errors",
    "load_profile": "bcp_analysis.readers",
    "audit_document": "bcp_analysis.audit",
    "write_profile": "bcp_analysis.readers.yaml_profile",
    "extract_file": "bcp_analysis.readers.bcp_text",
    "extract_text": "bcp_analysis.readers.bcp_text",
    "summary": "bcp_analysis.summaries",
    "werkproces_overview": "bcp_analysis.summaries",
    "kerntaak_overview": "bcp_analysis.summaries",
    "herkomst": "bcp_analysis.summaries",
    "Dossier": "bcp_analysis.dossier",
    "load_dossier": "bcp_analysis.dossier",
    "load_corpus": "bcp_analysis.dossier",
    "competentiemodel": "bcp_analysis.competencies",
    "competency_frequency": "bcp_analysis.coverage",
    "coverage_by_cluster": "bcp_analysis.coverage",
    "coverage_by_kerntaak": "bcp_analysis.coverage",
    "coverage_matrix": "bcp_analysis.coverage",
    "item_recurrence": "bcp_analysis.coverage",
    "unused_competencies": "bcp_analysis.coverage",
    "bipartite_graph": "bcp_analysis.overlap",
    "centrality": "bcp_analysis.overlap",
    "communities": "bcp_analysis.overlap",
    "competency_graph": "bcp_analysis.overlap",
    "most_similar_pairs": "bcp_analysis.overlap",
    "shared_items": "bcp_analysis.overlap",
    "similarity": "bcp_analysis.overlap",
    "labour_market_table": "bcp_analysis.labour_market",
    "vacancy_change": "bcp_analysis.labour_market",
    "vacancy_share_outside": "bcp_analysis.labour_market",
    "compare_profiles": "bcp_analysis.compare",
    "summarize_changes": "bcp_analysis.compare",
    "load_curriculum": "bcp_analysis.curriculum",
}

__all__ = sorted(_PUBLIC)


def __getattr__(name):
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'bcp_analysis' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(_PUBLIC))
