"""Headless subcommands of `codecraft`. None of these modules imports Qt."""

COMMAND_MODULES = [
    "desktop.commands.projects",
    "desktop.diff.commands",
]
