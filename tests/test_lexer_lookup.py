"""The indexed lexer lookup picks exactly the lexer pygments' own file-name search picks."""

from __future__ import annotations

import re

import pytest
from pygments.lexers import find_lexer_class_for_filename
from pygments.lexers._mapping import LEXERS
from pygments.util import ClassNotFound

from desktop.lexer_lookup import lexer_class_for_filename, lexer_for_filename


def _names() -> list[str]:
    """A file name each of pygments' patterns admits, and a few no pattern does."""
    names = {"README", "notes.unknownext", "noextension", ".hidden", "archive.tar.gz", "a.b.py"}
    for _module, _name, _aliases, patterns, _mimetypes in LEXERS.values():
        for pattern in patterns:
            names.add(re.sub(r"\[(.).*?\]", r"\1", pattern).replace("*", "file").replace("?", "x"))
    return sorted(names)


def test_every_pattern_gets_the_lexer_pygments_picks() -> None:
    names = _names()
    assert len(names) > 800
    for name in names:
        assert lexer_class_for_filename(name) is find_lexer_class_for_filename(name), name
        assert lexer_class_for_filename(f"some/folder/{name}") is find_lexer_class_for_filename(name), name


@pytest.mark.parametrize(
    ("name", "code"),
    [("header.h", "#include <vector>\nclass A {};\n"), ("header.h", "int main(void) { return 0; }\n"),
     ("page.html", "<?php echo 1; ?>"), ("script.pl", "use strict;\nmy $x = 1;\n"), ("m.m", "@interface A\n@end\n")],
)  # fmt: skip
def test_the_code_breaks_ties_as_in_pygments(name: str, code: str) -> None:
    assert lexer_class_for_filename(name, code) is find_lexer_class_for_filename(name, code)


def test_an_unknown_name_raises_as_pygments_does() -> None:
    assert lexer_class_for_filename("data.unknownext") is None
    with pytest.raises(ClassNotFound):
        lexer_for_filename("data.unknownext")
    lexer = lexer_for_filename("example.py", stripnl=False)
    assert lexer.name == "Python" and lexer.stripnl is False
