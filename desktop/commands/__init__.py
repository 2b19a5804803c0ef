"""Headless subcommands of `codecraft`. None of these modules imports Qt."""

COMMAND_MODULES = [
    "desktop.commands.projects",
    "desktop.commands.account",
    "desktop.diff.commands",
    "desktop.commands.sync",
    "desktop.commands.generation",
    "desktop.commands.privacy",
    "desktop.commands.portability",
]
