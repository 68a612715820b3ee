"""Pieces of prose and bulleted lists put back together from the lines of a BCP text."""

import dataclasses
import re

from bcp_analysis.model.competencies import normalize_name
from bcp_analysis.readers.bcp_text.vocabulary import BULLET, MONTHS, TERMINAL, TRAILING_MARKS
from bcp_analysis.readers.hyphenation import join_lines
from bcp_analysis.readers.textfix import fix_text

__all__: list[str] = []  # nothing of it is used outside its layer


def strip_bullet(text):
    """Return (text without its leading bullet glyphs, whether there was one)."""
    match = BULLET.match(text)
    if match and match.end() < len(text):
        return text[match.end():].strip(), True
    return text, False


def clean_prose(text):
    """Strip column rulers and stray bullet glyphs from the end of a piece of prose."""
    return TRAILING_MARKS.sub("", text).strip().lstrip("|").strip()


def join(left, right):
    """Join two pieces of text cut at a line end (a word broken there put back together: :mod:`hyphenation`)."""
    if left.endswith(" -"):
        # a word with a leading hyphen broken after it ("c.q. -" "dossier"); else a stray bullet
        if right[:1].islower():
            return left + right
        left = left[:-2]
    return join_lines(left, right)


def paragraphs(pieces):
    """Put pieces of prose back together; a blank line after a sentence starts a paragraph.

    ``pieces`` is a list of (text, blank_before).
    """
    found = []
    for text, blank_before in pieces:
        if not text:
            continue
        if found and blank_before and found[-1].endswith(TERMINAL) and text[0].isupper():
            found.append(text)
        elif found:
            found[-1] = join(found[-1], text)
        else:
            found.append(text)
    return "\n\n".join(fix_text(paragraph.removesuffix(" -")) for paragraph in found)


@dataclasses.dataclass
class ItemList:
    """Bulleted items; a line without a bullet continues the item before it.

    ``items`` holds [text, [line numbers]] per item, ``orphans`` (text, line number) of
    lines that came before the first bullet.
    """

    items: list = dataclasses.field(default_factory=list)
    orphans: list = dataclasses.field(default_factory=list)

    def add_bullet(self, text, line):
        self.items.append([text, [line.number]])

    def add_plain(self, text, line):
        """Add a line without a bullet; return False when it cannot belong to the list."""
        continues = not text[0].isupper()
        if not self.items:
            if continues:
                self.orphans.append((text, line.number))
                return True
            return False
        if continues:
            self.items[-1][0] = join(self.items[-1][0], text)
            self.items[-1][1].append(line.number)
            return True
        return False

    def finish(self):
        """Return ([(item, first line)], moved line numbers).

        Orphan lines before the first bullet are moved to the end of the first item.
        """
        moved = []
        items = [[text, list(numbers)] for text, numbers in self.items]
        if self.orphans:
            text = " ".join(piece for piece, _ in self.orphans)
            moved = [number for _, number in self.orphans]
            if items:
                items[0][0] = join(items[0][0], text)
            else:
                items.append([text, moved])
        return [(fix_text(text), min(numbers)) for text, numbers in items], moved


def is_label(texts):
    """Whether a block of lines is a short label of a labelled section ('Werkomgeving')."""
    if not 1 <= len(texts) <= 2:
        return False
    joined = " ".join(texts)
    return (len(joined) <= 50 and joined[0].isupper() and not strip_bullet(texts[0])[1]
            and not any(text.endswith((".", "?", "!", ":", ",", ";")) for text in texts))


def key(label):
    """'Rol en verantwoordelijkheden' -> 'rol_en_verantwoordelijkheden'."""
    return re.sub(r"[^a-z0-9]+", "_", normalize_name(label)).strip("_") or "tekst"


def iso_date(text):
    """'27 september 2010' -> '2010-09-27'; None when it is no such date."""
    match = re.fullmatch(r"(\d{1,2})\s+([a-z]+)\s+(\d{4})", text.strip().lower())
    if not match or match.group(2) not in MONTHS:
        return None
    return f"{match.group(3)}-{MONTHS[match.group(2)]:02d}-{int(match.group(1)):02d}"
