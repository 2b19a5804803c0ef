"""The Reviews screens' shared layout (a list beside the chosen item) and fitting the DiffViewer into them."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.ui.diff.viewer import DiffViewer


def list_beside(title: str, items: QWidget, refresh: QWidget, detail: QWidget) -> QSplitter:
    """``items`` under ``title`` with ``refresh`` below, on the left; ``detail`` takes the rest of the width."""
    left = QWidget()
    column = QVBoxLayout(left)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(QLabel(title))
    column.addWidget(items, 1)
    column.addWidget(refresh)
    splitter = QSplitter()
    splitter.addWidget(left)
    splitter.addWidget(detail)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([260, 900])
    return splitter


def fit_viewer(viewer: DiffViewer, *, comment: bool = True, decide: bool = True, comments: bool = True) -> None:
    """Show only the commands that mean something here (a hidden command's key does nothing either), and give
    the file list and the comments their room beside the diff."""
    for button, wanted in ((viewer.controls.comment, comment), (viewer.controls.accept, decide),
                           (viewer.controls.reject, decide), (viewer.controls.apply, decide)):  # fmt: skip
        button.setVisible(wanted)
        button.setEnabled(wanted)
    viewer.comments.setVisible(comments)
    splitter = viewer.findChild(QSplitter)
    if splitter is not None:
        splitter.setSizes([190, 640, 330] if comments else [190, 970, 0])
