"""Finds secrets in files before they leave the device: key material, cloud and SaaS tokens, credential files.

Findings are masked (a secret is never shown whole, logged or sent). A file with findings is held back from
sync until the person excludes it or allows it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from pathlib import PurePosixPath

from desktop.domain.sync import SecretFinding
from desktop.messages import N_

# (name, literal triggers, pattern): a rule's pattern runs only on text containing one of its triggers, since
# plain substring tests are far faster than regular-expression searches in CPython.
_RULES: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (name, triggers, re.compile(pattern))
    for name, triggers, pattern in (
        (N_("Messages", "private key"), ("PRIVATE KEY",), r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"),
        (
            N_("Messages", "AWS access key"),
            ("AKIA", "ASIA", "AGPA", "AIDA", "AROA", "ANPA", "ANVA", "AIPA"),
            r"\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[0-9A-Z]{16}\b",
        ),
        (
            N_("Messages", "GitHub token"),
            ("gh", "github_pat_"),
            r"\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})\b",
        ),
        (N_("Messages", "Stripe key"), ("_live_", "_test_"), r"\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}\b"),
        (N_("Messages", "Slack token"), ("xox",), r"\bxox[abposr]-[A-Za-z0-9-]{10,}"),
        (
            N_("Messages", "Slack webhook"),
            ("hooks.slack.com",),
            r"https://hooks\.slack\.com/services/[A-Za-z0-9/_-]{20,}",
        ),
        (N_("Messages", "Google API key"), ("AIza",), r"\bAIza[0-9A-Za-z_\-]{35}\b"),
        (N_("Messages", "Google OAuth secret"), ("GOCSPX-",), r"\bGOCSPX-[A-Za-z0-9_\-]{20,}"),
    )
)
# A long quoted value after = / : / := / => ; it counts when the name before it on its line sounds like a key
# and the value looks random (placeholders and words do not).
_ASSIGNED = re.compile(r"""[=:>][ \t]*["']([^"'\s]{16,})["']""")
_KEY_WORDS = ("key", "secret", "token", "passw", "auth")
_NAME_BEFORE = re.compile(r"""([A-Za-z0-9_.-]+)["']?[ \t]*(?::=|=>|[:=])?[ \t]*$""")
_PLACEHOLDER = re.compile(r"(?i)^(?:x+|\*+|\.+|<.*>|\$\{.*\}|\{\{.*\}\}|%\(.*\)s|your[_-].*|changeme.*|example.*)$")

_SECRET_FILES = {
    "id_rsa",
    "id_dsa",
    "id_ecdsa",
    "id_ed25519",
    ".npmrc",
    ".pypirc",
    ".netrc",
    ".pgpass",
    "credentials",
    ".git-credentials",
    ".htpasswd",
    "secrets.json",
    "secrets.yml",
    "secrets.yaml",
}
_SECRET_SUFFIXES = {".pem", ".key", ".p12", ".pfx", ".jks", ".keystore", ".ppk", ".asc", ".gpg"}
_SAFE_ENV_SUFFIXES = {"example", "sample", "template", "dist", "defaults"}


def mask(secret: str) -> str:
    if len(secret) <= 8:
        return "•" * len(secret)
    return f"{secret[:4]}…{secret[-2:]} ({len(secret)} characters)"


def entropy(text: str) -> float:
    """Shannon entropy in bits per character: random keys score above 3.5, words and paths below."""
    counts = Counter(text)
    return -sum(n / len(text) * math.log2(n / len(text)) for n in counts.values())


def _file_name_findings(path: str) -> list[SecretFinding]:
    name = PurePosixPath(path).name
    lower = name.lower()
    if lower == ".env" or (lower.startswith(".env.") and lower.split(".")[-1] not in _SAFE_ENV_SUFFIXES):
        return [SecretFinding(N_("Messages", ".env file"), 0, name)]
    if lower in _SECRET_FILES:
        return [SecretFinding(N_("Messages", "credentials file"), 0, name)]
    if PurePosixPath(lower).suffix in _SECRET_SUFFIXES:
        return [SecretFinding(N_("Messages", "key or certificate file"), 0, name)]
    return []


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def scan(path: str, content: bytes, limit: int = 20) -> list[SecretFinding]:
    """Everything in ``path`` that looks like a secret (at most ``limit`` findings)."""
    findings = _file_name_findings(path)
    text = content.decode("utf-8", errors="replace")
    found: set[int] = set()  # start offsets of specific findings, not reported again as assignments
    for rule, triggers, pattern in _RULES:
        if any(t in text for t in triggers):
            for match in pattern.finditer(text):
                found.add(match.start())
                findings.append(SecretFinding(rule, _line_of(text, match.start()), mask(match.group())))
    lowered = text.lower()
    if any(word in lowered for word in _KEY_WORDS):
        for match in _ASSIGNED.finditer(text):
            value = match.group(1)
            if match.start(1) in found or _PLACEHOLDER.match(value):
                continue
            if not re.search(r"\d", value) or entropy(value) < 3.5:
                continue
            line_start = text.rfind("\n", 0, match.start()) + 1
            name = _NAME_BEFORE.search(text, line_start, match.start() + 1)
            if name is None or not any(word in name.group(1).lower() for word in _KEY_WORDS):
                continue
            line = _line_of(text, match.start())
            findings.append(
                SecretFinding(N_("Messages", "key or password assignment"), line, f"{name.group(1)} = {mask(value)}")
            )
    return findings[:limit]


def is_flagged(path: str, content: bytes) -> bool:
    return bool(scan(path, content, limit=1))
