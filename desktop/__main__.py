import multiprocessing
import sys

if __name__ == "__main__":
    # In the frozen app, the diff viewer's helper process starts as this same program: run that, not the app.
    multiprocessing.freeze_support()

    from desktop.cli import run

    sys.exit(run())
