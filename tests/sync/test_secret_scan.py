"""The secret scan: what it flags, what it leaves alone, and that it never shows a secret whole."""

from __future__ import annotations

import pytest

from desktop.services.secret_scan import entropy, is_flagged, scan

FLAGGED = [
    ("key.txt", b"-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\n", "private key"),
    ("a.pem", b"-----BEGIN PRIVATE KEY-----\n", "private key"),
    ("aws.py", b"KEY = 'AKIAIOSFODNN7EXAMPL3'\n", "AWS access key"),
    ("gh.sh", b"export T=ghp_" + b"a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8\n", "GitHub token"),
    ("pay.js", b"stripe('sk_live_" + b"51Hx9ZkLmQ2wErTyUiOp')\n", "Stripe key"),
    ("bot.py", b"SLACK = 'xoxb-123456789012-abcdefABCDEF'\n", "Slack token"),
    (
        "maps.html",
        b"<script src='https://maps.googleapis.com/?key=AIza" + b"SyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q'>",
        "Google API key",
    ),
    ("settings.py", b'api_key = "9f8e7d6c5b4a39281706f5e4d3c2b1a0"\n', "key or password assignment"),
    ("conf.json", b'{"client_secret": "Zx8#kP2qL9mW4vR7tY1u"}', "key or password assignment"),
]


@pytest.mark.parametrize(("path", "content", "rule"), FLAGGED, ids=[f[0] for f in FLAGGED])
def test_secrets_are_flagged_and_masked(path: str, content: bytes, rule: str) -> None:
    findings = scan(path, content)
    assert rule in [f.rule for f in findings]
    text = content.decode()
    for finding in findings:
        assert len(finding.excerpt) < 60 and finding.line >= 0
        assert not any(len(word) > 12 and word in finding.excerpt for word in text.replace("'", " ").split())


@pytest.mark.parametrize("path", [".env", "config/.env.production", "home/.ssh/id_rsa", "id_ed25519", "cert.p12"])
def test_secret_files_are_flagged_by_name(path: str) -> None:
    assert is_flagged(path, b"")


@pytest.mark.parametrize(
    ("path", "content"),
    [
        (".env.example", b"API_KEY=\n"),
        ("id_rsa.pub", b"ssh-ed25519 AAAAC3Nza user@host\n"),
        ("app.py", b"api_key = os.environ['API_KEY']\npassword = input()\n"),
        ("settings.py", b'SECRET_KEY = "changeme-changeme-changeme"\ntoken = "xxxxxxxxxxxxxxxxxxxx"\n'),
        ("doc.md", b'Set `api_key = "<your key here>"` in the config.\n'),
        ("tokens.py", b'TOKEN_PATTERN = "identifier_with_words"\n'),
    ],
)
def test_ordinary_code_is_not_flagged(path: str, content: bytes) -> None:
    assert scan(path, content) == []


def test_entropy_separates_keys_from_words() -> None:
    assert entropy("9f8e7d6c5b4a39281706f5e4d3c2b1a0") > 3.5 > entropy("passwordpassword")
