"""The command palette (Ctrl+Shift+P; Cmd+Shift+P on macOS): type to find any command of the window, with its
shortcut, or any project by name; Enter runs the command or opens the project, Escape closes.

Commands are matched fuzzily on the UI thread. Projects are searched on the vault's TaskRunner through the same
full-text filter as the Projects screen, debounced while typing; a result for older text is dropped."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from desktop.domain.projects import ProjectFilter, ProjectSummary
from desktop.services.projects import ProjectService
from desktop.ui.tasks import TaskRunner
from desktop.ui.window_actions import shortcut_text

SEARCH_DELAY_MS = 150
MAX_PROJECTS = 20
TARGET_ROLE = Qt.ItemDataRole.UserRole + 1  # a QAction, or a project id


def fuzzy_score(query: str, text: str) -> int | None:
    """How well ``query``'s letters appear in order in ``text`` (lower is better), or None when they do not.

    Letters right after the previous match or at the start of a word cost nothing; every skipped letter costs one."""
    query, text = query.casefold().replace(" ", ""), text.casefold()
    if not query:
        return 0
    score, position = 0, 0
    for char in query:
        found = text.find(char, position)
        if found < 0:
            return None
        at_word_start = found == 0 or not text[found - 1].isalnum()
        if found != position and not at_word_start:
            score += found - position
        position = found + 1
    return score


@dataclass(frozen=True)
class Command:
    text: str
    shortcut: str
    action: QAction


def window_commands(window: QMainWindow, exclude: QAction | None = None) -> list[Command]:
    """Every enabled command of the window: its menus' actions, then its other actions, each once."""
    actions: list[QAction] = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            actions += [a for a in menu.actions() if not a.isSeparator() and not a.menu()]
    actions += [a for a in window.actions() if a not in actions]
    return [
        Command(a.text().replace("&", ""), shortcut_text(a), a)
        for a in actions
        if a.isEnabled() and a is not exclude and a.text()
    ]


class CommandPalette(QFrame):
    project_chosen = Signal(int)

    def __init__(
        self,
        window: QMainWindow,
        projects: ProjectService,
        tasks: TaskRunner,
        exclude: QAction | None = None,
    ) -> None:
        super().__init__(window, Qt.WindowType.Popup | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("commandPalette")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Command palette"))
        self.window_, self.projects, self.tasks, self.exclude = window, projects, tasks, exclude
        self.commands: list[Command] = []
        self._token = 0
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a command or a project name"))
        self.search.setAccessibleName(self.tr("Command or project"))
        self.search.setAccessibleDescription(self.tr("Up and Down choose a result, Enter runs it, Escape closes"))
        self.search.installEventFilter(self)
        self.results = QTreeWidget()
        self.results.setColumnCount(2)
        self.results.setHeaderHidden(True)
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # focus stays in the field; arrows move the selection
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.results.header().setStretchLastSection(False)
        self.results.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.results.setAccessibleName(self.tr("Results"))
        self.results.setAccessibleDescription(self.tr("Commands with their shortcuts, and projects"))
        self.results.itemActivated.connect(lambda item, _column: self._run(item))
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search_projects)
        self.search.textChanged.connect(self._text_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        self.resize(560, 380)
        self._project_rows: list[ProjectSummary] = []

    def popup(self) -> None:
        """Show centred near the top of the window, listing every command, with an empty field focused."""
        self.commands = window_commands(self.window_, self.exclude)
        self.search.clear()
        self._text_changed("")
        top_left = self.window_.mapToGlobal(QPoint((self.window_.width() - self.width()) // 2, 60))
        self.move(top_left)
        self.show()
        self.search.setFocus()

    # -- matching ----------------------------------------------------------------------------------------

    def _text_changed(self, text: str) -> None:
        self._token += 1
        self._project_rows = []
        self._fill()
        self._timer.start()

    def _search_projects(self) -> None:
        token, text = self._token, self.search.text().strip()

        def find() -> list[ProjectSummary]:
            ids = self.projects.list_ids(ProjectFilter(text=text))[:MAX_PROJECTS]
            return self.projects.summaries(ids)

        def found(rows: list[ProjectSummary]) -> None:
            if token == self._token:
                self._project_rows = rows
                self._fill()

        self.tasks.run(find, owner=self, on_done=found, on_error=lambda _: None)

    def _fill(self) -> None:
        query = self.search.text().strip()
        scored = [(fuzzy_score(query, c.text), c) for c in self.commands]
        commands = sorted(((s, c) for s, c in scored if s is not None), key=lambda pair: pair[0])
        self.results.clear()
        for _, command in commands:
            item = QTreeWidgetItem([command.text, command.shortcut])
            item.setData(0, TARGET_ROLE, command.action)
            item.setToolTip(0, command.action.toolTip())
            self.results.addTopLevelItem(item)
        for summary in self._project_rows:
            item = QTreeWidgetItem([self.tr("Open project: %1").replace("%1", summary.name), self.tr("Project")])
            item.setData(0, TARGET_ROLE, summary.id)
            self.results.addTopLevelItem(item)
        items = self._items()
        if items:
            self.results.setCurrentItem(items[0])

    def _items(self) -> list[QTreeWidgetItem]:
        return [self.results.topLevelItem(i) or QTreeWidgetItem() for i in range(self.results.topLevelItemCount())]

    def texts(self) -> list[str]:
        return [item.text(0) for item in self._items()]

    # -- keys --------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                self._move(-1 if key in (Qt.Key.Key_Up, Qt.Key.Key_PageUp) else 1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._run(self.results.currentItem())
                return True
            if key == Qt.Key.Key_Escape:
                self.close()
                return True
        return super().eventFilter(watched, event)

    def _move(self, step: int) -> None:
        items = self._items()
        if items:
            current = self.results.currentItem()
            row = items.index(current) if current in items else -1
            self.results.setCurrentItem(items[max(0, min(len(items) - 1, row + step))])

    def _run(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        target = item.data(0, TARGET_ROLE)
        self.close()
        if isinstance(target, QAction):
            target.trigger()
        elif isinstance(target, int):
            self.project_chosen.emit(target)


def open_palette(
    window: QMainWindow,
    projects: ProjectService,
    tasks: TaskRunner,
    exclude: QAction,
    on_project: Callable[[int], None],
) -> CommandPalette:
    palette = window.findChild(CommandPalette)
    if palette is None:
        palette = CommandPalette(window, projects, tasks, exclude)
        palette.project_chosen.connect(on_project)
    palette.popup()
    return palette
