"""Search panel: query, filters, results as you type, saved searches."""
