"""Walking the codebook tree, shared by the store's nesting checks and the counts."""

from __future__ import annotations

from collections.abc import Mapping


def ancestors(code_id: str, parents: Mapping[str, str | None]) -> list[str]:
    """The code itself and every code above it (loops are cut, never followed twice)."""
    chain, seen = [], set()
    node: str | None = code_id
    while node is not None and node not in seen:
        chain.append(node)
        seen.add(node)
        node = parents.get(node)
    return chain
