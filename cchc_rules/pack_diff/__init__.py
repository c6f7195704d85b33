"""Comparing two versions of a rule pack: the edit itself (`diff_packs`) and what it changes in the
findings and points of given data (`diff_effects`). Used by `cchc-rules diff`; a service page can
call the same two functions to preview a new pack version before it is published."""

from cchc_rules.pack_diff.edits import Edit, Edits, FieldChange, diff_packs
from cchc_rules.pack_diff.effects import Effect, Effects, diff_effects

__all__ = ["Edit", "Edits", "Effect", "Effects", "FieldChange", "diff_effects", "diff_packs"]
