"""Qt item models over the project (model/view adapters)."""
