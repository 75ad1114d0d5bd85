"""Where fieldnotes keeps its files, resolved lazily so importing creates nothing.

The project path comes from ``--db``, then ``FIELDNOTES_DB``, then the user data
directory; nothing is created until a project is actually opened.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "fieldnotes"
DB_ENV_VAR = "FIELDNOTES_DB"
DEFAULT_PROJECT_NAME = "default.fieldnotes"


def user_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def user_log_dir() -> Path:
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False)


def default_project_path() -> Path:
    return user_data_dir() / DEFAULT_PROJECT_NAME


def resolve_project_path(cli_value: str | None) -> tuple[Path, bool]:
    """Return the project path and whether it is the implicit default one.

    The default project is the one that gets the example study on first start.
    """
    if cli_value:
        return Path(cli_value).expanduser(), False
    env_value = os.environ.get(DB_ENV_VAR)
    if env_value:
        return Path(env_value).expanduser(), False
    return default_project_path(), True
