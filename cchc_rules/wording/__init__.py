"""Wording: the bilingual catalogue of every message and how a message prints.

    leaf data (reading · meaning · quarter · batch · words, and facts/catalogue.py)
        ─catalogue─► CATALOGUE (one read-only mapping, each code defined once)
        ─render─► text in vi or en ─problems─► compiler-style problem lines

The leaves import nothing from cchc_rules; `cchc_rules.messages` is the public facade.
"""
