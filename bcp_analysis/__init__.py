"""bcp-analysis: a Dutch vocational competency profile (BCP) as pandas tables and analyses."""

from bcp_analysis.competencies import competentiemodel
from bcp_analysis.errors import ProfileError
from bcp_analysis.profile import Profile, load_profile, write_profile

__all__ = [
    "Profile",
    "ProfileError",
    "competentiemodel",
    "load_profile",
    "write_profile",
]
