"""Batch: many units in one run — discover the unit folders, evaluate and score each (in worker
processes), rank them, and render the ranking with every unit's full results.

    DIR/<code>-<slug>/ ─discover─► UnitTask (paths only) ─work (per process)─► UnitOutcome
        outcomes ordered by code ─rank─► ranking rows ─render─► table · JSON · Excel
"""
