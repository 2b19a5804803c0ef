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

_RULES: tuple[tuple[str, str], ...] = (
    ("private key", r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"),
    ("AWS access key", r"\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[0-9A-Z]{16}\b"),
    ("GitHub token", r"\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})\b"),
    ("Stripe key", r"\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}\b"),
    ("Slack token", r"\bxox[abposr]-[A-Za-z0-9-]{10,}"),
    ("Slack webhook", r"https://hooks\.slack\.com/services/[A-Za-z0-9/_-]{20,}"),
    ("Google API key", r"\bAIza[0-9A-Za-z_\-]{35}\b"),
    ("Google OAuth secret", r"\bGOCSPX-[A-Za-z0-9_\-]{20,}"),
)
_GENERIC_NAME = r"[A-Za-z0-9_.-]*(?:api[_.-]?key|apikey|secret|token|passw(?:or)?d|access[_.-]?key|auth)[A-Za-z0-9_.-]*"
# name = "value" / name: 'value' / "name": "value", with a long value; its randomness is checked afterwards.
_GENERIC = re.compile(
    rf"""(?i)["']?({_GENERIC_NAME})["']?\s*(?::=|=>|[:=])\s*["']([^"'\s]{{16,}})["']""",
)
_SPECIFIC = re.compile("|".join(f"(?P<r{i}>{pattern})" for i, (_, pattern) in enumerate(_RULES)))
_PLACEHOLDER = re.compile(r"(?i)^(?:x+|\*+|\.+|<.*>|\$\{.*\}|\{\{.*\}\}|%\(.*\)s|your[_-].*|changeme.*|example.*)$")
# Quick test: only text mentioning one of these is searched with the full patterns.
_HINTS = re.compile(
    r"(?i)PRIVATE KEY|A[SKGIRNP][IPDON]A|gh[pousr]_|github_pat_|_live_|_test_|xox|hooks\.slack|AIza|GOCSPX|"
    r"key|secret|token|passw|auth"
)

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
        return [SecretFinding(".env file", 0, name)]
    if lower in _SECRET_FILES:
        return [SecretFinding("credentials file", 0, name)]
    if PurePosixPath(lower).suffix in _SECRET_SUFFIXES:
        return [SecretFinding("key or certificate file", 0, name)]
    return []


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def scan(path: str, content: bytes, limit: int = 20) -> list[SecretFinding]:
    """Everything in ``path`` that looks like a secret (at most ``limit`` findings)."""
    findings = _file_name_findings(path)
    text = content.decode("utf-8", errors="replace")
    if not _HINTS.search(text):
        return findings
    for match in _SPECIFIC.finditer(text):
        rule = _RULES[int((match.lastgroup or "r0")[1:])][0]
        findings.append(SecretFinding(rule, _line_of(text, match.start()), mask(match.group())))
        if len(findings) >= limit:
            return findings
    for match in _GENERIC.finditer(text):
        value = match.group(2)
        if _PLACEHOLDER.match(value) or entropy(value) < 3.5 or not re.search(r"\d", value):
            continue
        excerpt = f"{match.group(1)} = {mask(value)}"
        findings.append(SecretFinding("key or password assignment", _line_of(text, match.start()), excerpt))
        if len(findings) >= limit:
            break
    return findings


def is_flagged(path: str, content: bytes) -> bool:
    return bool(scan(path, content, limit=1))
