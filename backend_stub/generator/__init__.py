"""Project generators: a ``Generator`` turns a project's requirements into files.

The stub ships ``TemplateGenerator``: deterministic, runnable projects from templates (a Python command-line
tool, a Python web API on the standard library's ``http.server``, a static web page), each with a README and
tests that pass with ``python -m unittest``. A real model-backed generator would implement the same protocol.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

Progress = Callable[[int, str], None]  # (percent 0..100, what is happening)


@dataclass(frozen=True)
class ProjectSpec:
    name: str
    description: str = ""
    stack: str = ""
    language: str = ""
    specifications: str = ""

    @property
    def features(self) -> list[str]:
        """The specification's bullet points (``- x``, ``* x``, ``1. x``); the description if there are none."""
        found = []
        for line in self.specifications.splitlines():
            match = re.match(r"^\s*(?:[-*+]|\d+[.)])\s+(.+?)\s*$", line)
            if match:
                found.append(match.group(1))
        return found[:50] or ([self.description.strip()] if self.description.strip() else ["Basic features"])

    @property
    def package(self) -> str:
        """A valid Python package name from the project name."""
        name = re.sub(r"[^0-9a-zA-Z]+", "_", self.name.lower()).strip("_") or "app"
        if name[0].isdigit() or keyword.iskeyword(name):
            name = f"app_{name}"
        return name[:40]


class GenerationFailed(Exception):
    """The generator could not produce the project; ``str(exc)`` is shown to the person."""


class Generator(Protocol):
    def stack_for(self, spec: ProjectSpec) -> str: ...

    def generate(self, spec: ProjectSpec, progress: Progress) -> dict[str, bytes]: ...


STACKS = ("python-cli", "python-web-api", "static-web-page")


def pick_stack(spec: ProjectSpec) -> str:
    text = f"{spec.stack} {spec.language}".lower()
    if any(word in text for word in ("html", "static", "web page", "webpage", "website", "css", "javascript")):
        return "static-web-page"
    if any(word in text for word in ("api", "fastapi", "flask", "django", "http", "rest", "server", "backend")):
        return "python-web-api"
    return "python-cli"


class TemplateGenerator:
    """Renders one of the stack templates; the same requirements always give the same files."""

    def stack_for(self, spec: ProjectSpec) -> str:
        return pick_stack(spec)

    def generate(self, spec: ProjectSpec, progress: Progress) -> dict[str, bytes]:
        from backend_stub.generator import python_api, python_cli, static_page

        progress(10, "Reading the specification")
        render = {"python-cli": python_cli.render, "python-web-api": python_api.render}.get(
            self.stack_for(spec), static_page.render
        )
        files = render(spec)
        out: dict[str, bytes] = {}
        for index, (path, text) in enumerate(sorted(files.items())):
            out[path] = text.encode()
            progress(20 + 70 * (index + 1) // len(files), f"Writing {path}")
        return out
