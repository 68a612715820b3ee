"""bcp-analysis: a Dutch vocational competency profile (BCP or kwalificatiedossier) as pandas tables and analyses.

The package is layered, lowest first: the foundation (``paths``, ``errors``, ``dutch``,
``files``), the model (``model/``), the readers (``readers/``), the audit (``audit/``: a
profile held against its document, as its reader reads the document apart), the analyses
(``analyses/``), the outputs (``outputs/``: charts, tables, workbook, build) and the
applications (``app/``: the command line and the verkenner). Nothing imports a layer above
its own.

The public API is what ``__all__`` lists, plus the public submodules, reached as
``from bcp_analysis import charts``: ``charts`` (the committee charts), ``findings`` (the
Dutch sentences the notebooks print), ``compare``, ``curriculum``, ``dossier``,
``register`` (the register-wide analyses), ``register_charts`` and ``paths`` (where the
bundled files are). Every other module is internal: its names may
change without notice.

Names are imported when first used, so ``import bcp_analysis`` stays as cheap as importing
pandas; the libraries behind an analysis (networkx, matplotlib, rapidfuzz, the notebook
runner) load when that analysis is called.
"""

import importlib

# Public name -> the module that owns it.
_PUBLIC = {
    "Profile": "bcp_analysis.model.profile",
    "BcpAnalysisError": "bcp_analysis.errors",
    "OutputError": "bcp_analysis.errors",
    "ProfileError": "bcp_analysis.errors",
    "UsageError": "bcp_analysis.errors",
    "Problem": "bcp_analysis.errors",
    "load_profile": "bcp_analysis.readers",
    "load_programme": "bcp_analysis.readers",
    "Programme": "bcp_analysis.model.programme",
    "audit_document": "bcp_analysis.audit",
    "write_profile": "bcp_analysis.readers.yaml_profile",
    "extract_file": "bcp_analysis.readers.bcp_text",
    "extract_text": "bcp_analysis.readers.bcp_text",
    "summary": "bcp_analysis.analyses.summaries",
    "werkproces_overview": "bcp_analysis.analyses.summaries",
    "kerntaak_overview": "bcp_analysis.analyses.summaries",
    "herkomst": "bcp_analysis.analyses.summaries",
    "Dossier": "bcp_analysis.model.dossier",
    "load_dossier": "bcp_analysis.readers.dossiers",
    "load_corpus": "bcp_analysis.readers.dossiers",
    "Register": "bcp_analysis.model.register",
    "load_register": "bcp_analysis.readers.kd_register",
    "compare_registers": "bcp_analysis.analyses.register_compare",
    "competentiemodel": "bcp_analysis.model.competencies",
    "competency_frequency": "bcp_analysis.analyses.coverage",
    "coverage_by_cluster": "bcp_analysis.analyses.coverage",
    "coverage_by_kerntaak": "bcp_analysis.analyses.coverage",
    "coverage_matrix": "bcp_analysis.analyses.coverage",
    "item_recurrence": "bcp_analysis.analyses.coverage",
    "unused_competencies": "bcp_analysis.analyses.coverage",
    "bipartite_graph": "bcp_analysis.analyses.overlap",
    "centrality": "bcp_analysis.analyses.overlap",
    "communities": "bcp_analysis.analyses.overlap",
    "competency_graph": "bcp_analysis.analyses.overlap",
    "most_similar_pairs": "bcp_analysis.analyses.overlap",
    "shared_items": "bcp_analysis.analyses.overlap",
    "similarity": "bcp_analysis.analyses.overlap",
    "labour_market_table": "bcp_analysis.analyses.labour_market",
    "vacancy_change": "bcp_analysis.analyses.labour_market",
    "vacancy_share_outside": "bcp_analysis.analyses.labour_market",
    "compare_profiles": "bcp_analysis.analyses.compare",
    "summarize_changes": "bcp_analysis.outputs.change_report",
    "load_curriculum": "bcp_analysis.analyses.curriculum",
    "compare_programmes": "bcp_analysis.analyses.programme_compare",
}

# Public submodule -> where it lives in the layers.
_SUBMODULES = {
    "charts": "bcp_analysis.outputs.charts",
    "findings": "bcp_analysis.analyses.findings",
    "compare": "bcp_analysis.analyses.compare",
    "curriculum": "bcp_analysis.analyses.curriculum",
    "dossier": "bcp_analysis.analyses.dossier",
    "register": "bcp_analysis.analyses.register",
    "register_charts": "bcp_analysis.outputs.register_charts",
    "programme_charts": "bcp_analysis.outputs.programme_charts",
    "paths": "bcp_analysis.paths",
}

__all__ = sorted(_PUBLIC)


def __getattr__(name):
    if name in _SUBMODULES:
        value = importlib.import_module(_SUBMODULES[name])
        globals()[name] = value
        return value
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'bcp_analysis' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(_PUBLIC) | set(_SUBMODULES))
