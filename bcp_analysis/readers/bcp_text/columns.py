"""The two-column untangling: the competency column split off the werkproces description beside it."""

import collections
import functools
import re

from rapidfuzz import fuzz

from bcp_analysis.model.competencies import canonical_competency, competency_names, fuzzy_competency, normalize_name
from bcp_analysis.readers.bcp_text.prose import clean_prose, join, strip_bullet
from bcp_analysis.readers.bcp_text.state import Pending
from bcp_analysis.readers.bcp_text.vocabulary import (
    COMPETENTIES_ALONE,
    COMPETENTIES_END,
    NOISE,
    PROFILE,
    SEPARATOR,
)
from bcp_analysis.readers.places import werkproces_place

__all__: list[str] = []  # nothing of it is used outside its layer

_normal = functools.lru_cache(maxsize=8192)(normalize_name)


# --- competency names: whole, first part, rest -----------------------------------------

@functools.cache
def _name_parts():
    """Every first part of two or more words of a name, by its number of words: (part, name, rest)."""
    prefixes = collections.defaultdict(list)
    for name in competency_names():
        words = normalize_name(name).split()
        for size in range(2, len(words)):
            prefixes[size].append((" ".join(words[:size]), name, " ".join(words[size:])))
    return dict(prefixes)


def _full_name(fragment):
    """The canonical competency the fragment spells in full, with its similarity."""
    name = fuzzy_competency(fragment)
    if name is None:
        return None, 0.0
    return name, fuzz.ratio(_normal(fragment), _normal(name))


def _first_part(fragment, min_words=2):
    """The competency whose first words the fragment spells: (name, expected rest, score)."""
    normal = _normal(fragment)
    size = len(normal.split())
    if size < min_words:
        return None
    candidates = {}
    for prefix, name, rest in _name_parts().get(size, []):
        score = fuzz.ratio(normal, prefix)
        if score >= 90 and score > candidates.get(name, (None, 0))[1]:
            candidates[name] = (rest, score)
    if len(candidates) != 1:
        return None
    name, (rest, score) = next(iter(candidates.items()))
    return name, rest, score


@functools.lru_cache(maxsize=4096)
def classify_fragment(fragment, min_prefix_words=2):
    """('full', name) or ('part', name, rest) for a candidate competency, else None."""
    full, full_score = _full_name(fragment)
    part = _first_part(fragment, min_prefix_words)
    if part and part[2] > full_score:
        return ("part", part[0], part[1])
    if full:
        return ("full", full)
    if part:
        return ("part", part[0], part[1])
    return None


def _last_fragment(text):
    """The text after the last column separator (or after a leading bullet)."""
    separators = list(SEPARATOR.finditer(text))
    last = separators[-1] if separators else None
    fragment = text[last.end():] if last else text
    return strip_bullet(fragment)[0].strip(" |")


# Words that open a sentence of a description, not a competency name.
_SENTENCE_OPENERS = frozenset({"de", "het", "een", "hij", "zij", "ze", "dit", "deze", "die", "dat", "er", "ook",
                               "daarnaast", "tevens", "wanneer", "indien", "als", "bovendien", "hierbij"})


def _opens_sentence(fragment):
    """Whether a fragment starts like a sentence of prose ("De junior accountmanager ...")."""
    return fragment.split()[0].lower() in _SENTENCE_OPENERS


def _looks_like_name(fragment):
    """Whether a fragment that matched nothing still looks like a competency name."""
    words = fragment.split()
    return (0 < len(words) <= 6 and fragment[0].isupper() and not fragment.endswith((".", ",", ";", ":", "?", "!"))
            and not any(char.isdigit() for char in fragment))


def tail_at_end(text, rest):
    """Position in ``text`` where the expected rest of a name starts, or None."""
    tokens = list(re.finditer(r"\S+", text))
    size = len(rest.split())
    for count in (size, size + 1, size - 1):
        if count < 1 or count > len(tokens):
            continue
        start = tokens[-count].start()
        candidate, _ = strip_bullet(text[start:])
        if fuzz.ratio(_normal(candidate), rest) >= 85:
            return start
    return None


# --- placing pieces of a line -----------------------------------------------------------

def add_prose(state, werkproces, text, line, blank):
    """Add a piece of a line to the werkproces's description.

    A hyphen after a space at its end is kept for :func:`join` to decide: the start of a word
    broken after it ("c.q. -" "dossier"), or a stray bullet.
    """
    dash = re.search(r"\w[.,)]?\s+-\s*$", text) is not None
    text = clean_prose(text)
    if dash and text:
        text += " -"
    if text:
        werkproces.list_run = False
        werkproces.prose.append((text, blank))
        werkproces.prose_lines.add(line.number)
        state.ledger.place(line, PROFILE, f"werkproces {werkproces.label} beschrijving")


def _note_spelling(state, werkproces, fragment, name, line):
    """Warn when a name was read by tolerant matching only: a misprint the reviewer should see."""
    if canonical_competency(fragment) is None:
        state.warnings.append(f"{werkproces_place(werkproces.id, state.where(line.number), werkproces.position)}: "
                              f"'{fragment}' is gelezen als '{name}': controleer de spelling in de tekst")


def _add_competency(state, werkproces, name, lines):
    werkproces.list_run = True
    werkproces.competenties.append((name, lines[0].number))
    for line in lines:
        state.ledger.place(line, PROFILE, f"werkproces {werkproces.label} competenties")


def _new_pending(werkproces, found, line, strong, fragments):
    return Pending(werkproces=werkproces, name=found[1], rest=found[2], line=line, strong=strong,
                   fragments=fragments)


def resolve_pending(state, pending):
    """A first part whose rest never came: a whole name if it came with a bullet, else prose. Returns None."""
    if pending is None:
        return None
    werkproces = pending.werkproces
    line = pending.line
    if pending.strong:
        warning = (f"{werkproces_place(werkproces.id, state.where(line.number), werkproces.position)}: "
                   f"competentie is onvolledig; gelezen als '{pending.name}'")
        state.warnings.append(warning)
        _add_competency(state, werkproces, pending.name, [line])
        werkproces.open_rests.append((pending.rest, warning))
    else:
        for _, fragment in pending.fragments:
            pieces = werkproces.prose
            if pieces and line.number in werkproces.prose_lines:
                text, blank = pieces[-1]
                pieces[-1] = (join(text, fragment), blank)
            else:
                add_prose(state, werkproces, fragment, line, False)
    return None


def _unknown_name(state, werkproces, name, line):
    """A line of the competency block that looks like a name but is none of the 25: an error of the profile."""
    werkproces.list_run = True
    state.unknown_competencies.append((line.number, werkproces.label, name))
    state.ledger.leave(line, name, werkproces.label)


# --- one line of the description column ----------------------------------------------------

def read_description_line(state, werkproces, text, line, blank, pending):
    """Read one line of the description column, perhaps with the competency column beside it.

    Returns the pending first part of a competency name after this line (or None).
    """
    if not werkproces.competency_block:
        return _before_competencies(state, werkproces, text, line, blank, pending)
    if COMPETENTIES_ALONE.match(text):
        werkproces.list_run = True
        state.ledger.place(line, NOISE, "kop")
        return pending
    if pending is None and (_rest_of_last_name(state, werkproces, text, line)
                            or _rest_further_on(state, werkproces, text, line)):
        return None
    werkproces.last_name = None
    if pending is not None:
        done, pending = _finish_pending(state, werkproces, text, line, blank, pending)
        if done:
            return pending
    for rule in (_whole_line, _after_separator, _at_line_end):
        handled, pending = rule(state, werkproces, text, line, blank, pending)
        if handled:
            return pending
    return _no_name(state, werkproces, text, line, blank, pending)


def _rest_of_last_name(state, werkproces, text, line):
    """Whether a line in lower case is the missing end of the name read on the line before: placed with it."""
    if werkproces.last_name is None or not text[:1].islower() or len(text.split()) > 3:
        return False
    name, fragment = werkproces.last_name
    normal, rest = _normal(name), _normal(text)
    if not (normal.endswith(" " + rest) and _normal(fragment) + " " + rest == normal):
        return False
    werkproces.last_name = None
    state.ledger.place(line, PROFILE, f"werkproces {werkproces.label} competenties")
    return True


def _rest_further_on(state, werkproces, text, line):
    """Whether a line is exactly the missing rest of a name read incomplete further up (the list went on in
    its column after the description beside it, as the text of a page break gives it): placed with that name."""
    for rest, warning in werkproces.open_rests:
        if _normal(text) == rest:
            werkproces.open_rests.remove((rest, warning))
            if warning in state.warnings:
                state.warnings.remove(warning)
            state.ledger.place(line, PROFILE, f"werkproces {werkproces.label} competenties")
            return True
    return False


def _before_competencies(state, werkproces, text, line, blank, pending):
    """Prose until the 'Competenties:' heading, which may end a line of prose."""
    if COMPETENTIES_ALONE.match(text):
        werkproces.competency_block = werkproces.list_run = True
        state.ledger.place(line, NOISE, "kop")
        return pending
    if match := COMPETENTIES_END.match(text):
        werkproces.competency_block = True
        state.ledger.place(line, NOISE, "kop")
        add_prose(state, werkproces, match.group(1), line, blank)
        werkproces.list_run = True
        return pending
    add_prose(state, werkproces, text, line, blank)
    return pending


def _finish_pending(state, werkproces, text, line, blank, pending):
    """1. the rest of a name whose first part stood on a line before: (line done, pending)."""
    position = tail_at_end(text, pending.rest)
    own = classify_fragment(_last_fragment(text))
    if position is not None and not (own and own[0] == "full"):
        add_prose(state, werkproces, text[:position], line, blank)
        _add_competency(state, werkproces, pending.name, [pending.line, line])
        name_words = _normal(pending.name).split()
        read = len(name_words) - len(pending.rest.split()) + len(_normal(text[position:]).split())
        werkproces.last_name = (pending.name, " ".join(name_words[:read]))
        return True, None
    words = _normal(text)
    if text[:1].islower() and pending.rest.startswith(words + " "):
        # the middle of a name wrapped over three lines: its rest is shorter now
        pending.rest = pending.rest[len(words) + 1:]
        state.ledger.place(line, PROFILE, f"werkproces {werkproces.label} competenties")
        return True, pending
    pending.tries -= 1
    if pending.tries <= 0:
        pending = resolve_pending(state, pending)
    return False, pending


def _whole_line(state, werkproces, text, line, blank, pending):
    """2. the whole line is a name or its first part: (handled, pending)."""
    bare, bullet = strip_bullet(text)
    if not (bullet or bare[0].isupper()):
        return False, pending
    found = classify_fragment(bare)
    if found is None:
        return False, pending
    resolve_pending(state, pending)
    if found[0] == "full":
        _note_spelling(state, werkproces, bare, found[1], line)
        _add_competency(state, werkproces, found[1], [line])
        werkproces.last_name = (found[1], bare)
        return True, None
    werkproces.list_run = True
    return True, _new_pending(werkproces, found, line, strong=True, fragments=[])


def _after_separator(state, werkproces, text, line, blank, pending):
    """3. a name after a column separator: (handled, pending)."""
    for separator in SEPARATOR.finditer(text):
        fragment, _ = strip_bullet(text[separator.end():])
        fragment = fragment.strip(" |")
        if not fragment:
            continue
        found = classify_fragment(fragment)
        if found:
            resolve_pending(state, pending)
            add_prose(state, werkproces, text[:separator.start()], line, blank)
            if found[0] == "full":
                _note_spelling(state, werkproces, fragment, found[1], line)
                _add_competency(state, werkproces, found[1], [line])
                return True, None
            return True, _new_pending(werkproces, found, line, strong=True, fragments=[])
    return False, pending


def _at_line_end(state, werkproces, text, line, blank, pending):
    """4. a name of two or more words at the end of the line, without a separator: (handled, pending)."""
    tokens = list(re.finditer(r"\S+", text))
    for count in range(min(len(tokens) - 1, 8), 1, -1):
        start = tokens[-count].start()
        fragment = text[start:]
        if not fragment[0].isupper():
            continue
        found = classify_fragment(fragment, min_prefix_words=3)
        if found and found[0] == "full":
            add_prose(state, werkproces, text[:start], line, blank)
            _note_spelling(state, werkproces, fragment, found[1], line)
            _add_competency(state, werkproces, found[1], [line])
            return True, pending
        if found:
            resolve_pending(state, pending)
            add_prose(state, werkproces, text[:start], line, blank)
            return True, _new_pending(werkproces, found, line, strong=False, fragments=[(start, fragment)])
    return False, pending


def _no_name(state, werkproces, text, line, blank, pending):
    """5. no name found: something that looks like a name is reported, the rest is prose."""
    bare, bullet = strip_bullet(text)
    if bullet and _looks_like_name(bare):
        _unknown_name(state, werkproces, bare, line)
        return pending
    separators = [separator for separator in SEPARATOR.finditer(text)
                  if strip_bullet(text[separator.end():])[0].strip(" |")]
    if not separators and werkproces.list_run and _looks_like_name(bare) and not _opens_sentence(bare):
        # A line of the list among its items (first, middle or last), the description beside it
        # or not: an item, never a piece of the description.
        _unknown_name(state, werkproces, bare, line)
        return pending
    separators = [separator for separator in SEPARATOR.finditer(text)
                  if strip_bullet(text[separator.end():])[0].strip(" |")]
    if separators:
        last = separators[-1]
        fragment = strip_bullet(text[last.end():])[0].strip(" |")
        if _looks_like_name(fragment):
            add_prose(state, werkproces, text[:last.start()], line, blank)
            _unknown_name(state, werkproces, fragment, line)
            return pending
    add_prose(state, werkproces, text, line, blank)
    return pending
