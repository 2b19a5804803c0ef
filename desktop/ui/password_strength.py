"""A password strength meter for export archives: zxcvbn's 0-4 score with its advice, as a bar and a line."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from desktop.ui.i18n import QT_TRANSLATE_NOOP, translated

LABELS = (
    QT_TRANSLATE_NOOP("PasswordStrength", "Very weak"),
    QT_TRANSLATE_NOOP("PasswordStrength", "Weak"),
    QT_TRANSLATE_NOOP("PasswordStrength", "Fair"),
    QT_TRANSLATE_NOOP("PasswordStrength", "Strong"),
    QT_TRANSLATE_NOOP("PasswordStrength", "Very strong"),
)
MIN_SCORE = 3  # what the export asks for: zxcvbn's "safely unguessable" (about 10^10 guesses)


def score(password: str) -> tuple[int, str]:
    """(0-4, advice). zxcvbn estimates the guesses an attacker needs (dictionaries, patterns, keyboard walks)."""
    if not password:
        return 0, ""
    from zxcvbn import zxcvbn  # its word lists load on first use

    result = zxcvbn(password[:100])  # its cost grows with length; the first 100 characters decide
    feedback = result.get("feedback", {})
    advice = feedback.get("warning") or " ".join(feedback.get("suggestions", []))
    return int(result["score"]), advice


class StrengthMeter(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.bar.setAccessibleName(self.tr("Password strength"))
        self.label = QLabel("")
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.score = 0

    def update_for(self, password: str) -> None:
        self.score, advice = score(password)
        self.bar.setValue(self.score if password else 0)
        text = f"{translated('PasswordStrength', LABELS[self.score])}. {advice}".strip() if password else ""
        self.label.setText(text)
