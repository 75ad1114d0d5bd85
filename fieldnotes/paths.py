"""Where fieldnotes keeps its files, resolved lazily so importing creates nothing.

A command's project comes from ``--db``, then ``FIELDNOTES_DB``, then the default
project in the user data directory. The app starts differently (``ui/startup.py``):
without ``--db`` it opens the last study the user worked in, or the legacy default
project of earlier versions, or shows the welcome. The example study lives apart, in
the user cache directory, so nobody's real notes land among its made-up ones.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "fieldnotes"
DB_ENV_VAR = "FIELDNOTES_DB"
DEFAULT_PROJECT_NAME = "default.fieldnotes"
EXAMPLE_FOLDER = "example"
EXAMPLE_PROJECT_NAME = "The Connectors (example).fieldnotes"


def resource_folder() -> Path:
    """Where the shipped data files are (``fieldnotes.resources``: the repository's
    ``resources/``, installed under that name; the standalone build collects them at the
    same place). Found from the package's own file rather than through
    ``importlib.resources``, which with ``tempfile`` and its readers costs ~5 ms of the
    app's start."""
    from importlib import import_module

    return Path(str(import_module("fieldnotes.resources").__file__)).parent


def user_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def user_log_dir() -> Path:
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False)


def user_cache_dir() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, appauthor=False)


def default_project_path() -> Path:
    """The project commands use without ``--db``; earlier versions' app opened it too."""
    return user_data_dir() / DEFAULT_PROJECT_NAME


def example_project_path() -> Path:
    """The scratch copy of the example study: a cache, re-created whenever it is opened."""
    return user_cache_dir() / EXAMPLE_FOLDER / EXAMPLE_PROJECT_NAME


def explicit_project_path(cli_value: str | None) -> Path | None:
    """The project named by ``--db`` or ``FIELDNOTES_DB``, or None when neither names one."""
    if cli_value:
        return Path(cli_value).expanduser()
    env_value = os.environ.get(DB_ENV_VAR)
    if env_value:
        return Path(env_value).expanduser()
    return None


def resolve_project_path(cli_value: str | None) -> tuple[Path, bool]:
    """Return the project path and whether it is the implicit default one."""
    explicit = explicit_project_path(cli_value)
    return (explicit, False) if explicit is not None else (default_project_path(), True)
