"""Fitting the DiffViewer into the Reviews screens: the commands each role may use there, and room for comments."""

from __future__ import annotations

from PySide6.QtWidgets import QSplitter

from desktop.ui.diff.viewer import DiffViewer


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
