"""The README and the committee guide point only at files that exist, and open with what the tool does, in Dutch."""

import re
from pathlib import Path

import pytest

from bcp_analysis.paths import PROJECT_DIR

DOCUMENTS = [PROJECT_DIR / "README.md", PROJECT_DIR / "docs" / "handleiding.md"]
# [text](target) and ![alt](target); a target may carry a "#anchor" or a "title"
_LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")


def _links(document):
    for target in _LINK.findall(document.read_text(encoding="utf-8")):
        if re.match(r"[a-z][a-z0-9+.-]*:", target) or target.startswith("#"):
            continue  # a web address or an anchor in the same page
        yield target.split("#", 1)[0]


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: path.name)
def test_every_linked_file_exists(document):
    links = list(_links(document))
    assert links, f"{document.name} links no file"
    missing = [target for target in links if not (document.parent / target).exists()]
    assert not missing, f"{document.name} links files that do not exist: {missing}"


def test_link_finder_sees_images_folders_and_anchors():
    text = '![a](docs/x.png) [b](figures/) [c](CONTRIBUTING.md#lagen) [d](https://sbb.nl) [e](#boven)'
    document = Path(__file__)
    found = [target.split("#", 1)[0] for target in _LINK.findall(text)
             if not re.match(r"[a-z][a-z0-9+.-]*:", target) and not target.startswith("#")]
    assert found == ["docs/x.png", "figures/", "CONTRIBUTING.md"] and document.exists()


def test_readme_opens_with_the_two_commands_then_the_committee_part_in_dutch():
    readme = (PROJECT_DIR / "README.md").read_text(encoding="utf-8")
    title, first_block, after = readme.split("```", 2)
    # the title, then at once the two commands, one line each
    assert title.strip() == "# bcp-analysis"
    commands = [line.split("#", 1)[0].strip() for line in first_block.splitlines()[1:] if line.strip()]
    assert commands == ["make build", "make test"]
    # then, before anything else in English, the part for committee members in Dutch
    opening = after.split("```", 1)[0].split("The rest of this README", 1)[0]
    assert "Voor commissieleden" in opening and "docs/handleiding.md" in opening
    assert "figures/notebooks/" in opening
    assert not re.search(r"\b(the|and|for|with)\b", opening), "English in the Dutch opening"
    assert "](notebooks/*.html)" not in readme
