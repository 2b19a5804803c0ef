"""The sync screens: status badges and the status bar line, turning sync on, conflicts, and the controller."""
