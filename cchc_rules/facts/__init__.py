"""Status facts: what agencies report each period, read from CSV, Excel or YAML/JSON."""
