"""The pygments lexer for a file name, found through an index by extension.

pygments' own ``get_lexer_for_filename`` compiles a regular expression for each of its ~930 file-name patterns the
first time it runs (about 0.1 s, paid by the first file a person opens and by every cold start of the self-test).
Almost all of those patterns are a plain ``*.ext``, which a suffix check decides; only the few dozen others
(``Makefile``, ``*.php[345]``, ``.bash_*``) go through fnmatch. The choice among several matches is pygments' own:
the best ``analyse_text`` score for the code (or the lexer's priority without code), an exact name beating a
wildcard, ties to the class name. Lexers from pygments plugins are not considered (the app ships none).
"""

from __future__ import annotations

import fnmatch
import functools
import os
import re
from collections import defaultdict
from typing import Any

from pygments.lexer import Lexer
from pygments.lexers import find_lexer_class, guess_lexer
from pygments.lexers._mapping import LEXERS
from pygments.lexers.special import TextLexer
from pygments.util import ClassNotFound

GUESS_SAMPLE_CHARS = 4096
_Suffixes = dict[str, list[tuple[str, str, str]]]  # last extension -> (suffix, lexer name, pattern)
_Globs = list[tuple[re.Pattern[str], str, str]]  # (compiled pattern, lexer name, pattern)


@functools.cache
def _index() -> tuple[_Suffixes, _Globs]:
    by_extension: _Suffixes = defaultdict(list)
    globs: _Globs = []
    for _module, name, _aliases, patterns, _mimetypes in LEXERS.values():
        for pattern in patterns:
            tail = pattern[2:]
            if pattern.startswith("*.") and not any(char in tail for char in "*?["):
                by_extension[tail.rsplit(".", 1)[-1]].append((pattern[1:], name, pattern))
            else:
                globs.append((re.compile(fnmatch.translate(pattern)), name, pattern))
    return dict(by_extension), globs


def lexer_class_for_filename(path: str, code: str | None = None) -> type[Lexer] | None:
    """The lexer class pygments would pick for ``path`` (and ``code``, when given), or None."""
    name = os.path.basename(path)
    by_extension, globs = _index()
    matches = [
        (lexer, pattern)
        for suffix, lexer, pattern in by_extension.get(name.rsplit(".", 1)[-1], ()) if "." in name
        if name.endswith(suffix)
    ]  # fmt: skip
    matches += [(lexer, pattern) for regex, lexer, pattern in globs if regex.match(name)]
    if not matches:
        return None

    def rating(match: tuple[type[Lexer], str]) -> tuple[float, str]:
        cls, pattern = match
        bonus = 0.5 if "*" not in pattern else 0.0  # an exact file name beats a wildcard
        return (cls.analyse_text(code) if code else cls.priority) + bonus, cls.__name__

    candidates = [(find_lexer_class(lexer), pattern) for lexer, pattern in matches]
    return sorted(candidates, key=rating)[-1][0]  # as pygments sorts: of equals, the last found wins


def pick_lexer(path: str, text: str) -> Lexer:
    """The lexer to highlight ``text`` (from ``path``) with: by the file name, else a guess from the first few KB,
    else plain text. Options keep every character, so spans line up with the text."""
    options = {"stripnl": False, "stripall": False, "ensurenl": False}
    sample = text[:GUESS_SAMPLE_CHARS]
    try:
        return lexer_for_filename(path, sample, **options)
    except ClassNotFound:
        pass
    try:
        return guess_lexer(sample, **options)
    except ClassNotFound:
        return TextLexer(**options)


def lexer_for_filename(path: str, code: str | None = None, **options: Any) -> Lexer:
    """An instance of that lexer; raises pygments' ``ClassNotFound`` when no pattern matches, as pygments does."""
    cls = lexer_class_for_filename(path, code)
    if cls is None:
        raise ClassNotFound(f"no lexer for filename {path!r} found")
    return cls(**options)
