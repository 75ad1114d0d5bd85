"""Custom item-data roles shared by the models and the views."""

from __future__ import annotations

from PySide6.QtCore import Qt

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1  # the backing domain object
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the backing object's id
