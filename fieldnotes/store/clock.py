"""Timestamps as stored: ISO 8601 UTC with seconds, sortable as text."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
