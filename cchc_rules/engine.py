"""The durable_rules engine adapter: compiled rulesets + facts -> firings (the facade).

Callers import from here. The adapter is split by job:
- `engine_host`: the host, its sessions and their drain (the only module importing durable);
- `engine_patterns`: rulesets checked, patterns guarded, long `$or`s split to fit durable;
- `engine_batch`: facts checked and written as the JSON durable is sent;
- `engine_ids`: durable's 32-bit hash, re-keying of clashing fact ids, property-name checks;
- `engine_results`: `Firing`, `SharedRuleset`, sorted firings, engine failures.
"""

from __future__ import annotations

from cchc_rules.engine_batch import MAX_FACT_PROPERTIES
from cchc_rules.engine_host import EngineHost, default_host
from cchc_rules.engine_ids import durable_hash
from cchc_rules.engine_results import SESSION_FACT, SESSION_RULE, SINK_RULE, Fact, Firing, SharedRuleset

__all__ = [
    "MAX_FACT_PROPERTIES",
    "SESSION_FACT",
    "SESSION_RULE",
    "SINK_RULE",
    "EngineHost",
    "Fact",
    "Firing",
    "SharedRuleset",
    "default_host",
    "durable_hash",
]
