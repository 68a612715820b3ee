"""bcp-analysis: a Dutch vocational competency profile (BCP) as pandas tables and analyses.

The names below are the public API; each lives in the module that owns it.
"""

from bcp_analysis.compare import compare_profiles, summarize_changes
from bcp_analysis.competencies import competentiemodel
from bcp_analysis.coverage import (
    competency_frequency,
    coverage_by_cluster,
    coverage_by_kerntaak,
    coverage_matrix,
    item_recurrence,
    unused_competencies,
)
from bcp_analysis.curriculum import load_curriculum
from bcp_analysis.errors import ProfileError
from bcp_analysis.labour_market import labour_market_table, vacancy_change, vacancy_share_outside
from bcp_analysis.overlap import (
    bipartite_graph,
    centrality,
    communities,
    competency_graph,
    most_similar_pairs,
    shared_items,
    similarity,
)
from bcp_analysis.profile import Profile
from bcp_analysis.readers import load_profile
from bcp_analysis.readers.bcp_text import extract_file, extract_text
from bcp_analysis.readers.yaml_profile import write_profile
from bcp_analysis.summaries import summary, werkproces_overview

__all__ = [
    "Profile",
    "ProfileError",
    "bipartite_graph",
    "centrality",
    "communities",
    "compare_profiles",
    "competency_frequency",
    "competency_graph",
    "competentiemodel",
    "coverage_by_cluster",
    "coverage_by_kerntaak",
    "coverage_matrix",
    "extract_file",
    "extract_text",
    "item_recurrence",
    "labour_market_table",
    "load_curriculum",
    "load_profile",
    "most_similar_pairs",
    "shared_items",
    "similarity",
    "summarize_changes",
    "summary",
    "unused_competencies",
    "vacancy_change",
    "vacancy_share_outside",
    "werkproces_overview",
    "write_profile",
]
