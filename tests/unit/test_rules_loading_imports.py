"""Loading a pack (rulepack/) depends on nothing outside the package that depends back on it."""

from __future__ import annotations

import ast
from pathlib import Path

import cchc_rules

PACKAGE = Path(cchc_rules.__file__).resolve().parent


def _imports(path: Path) -> set[str]:
    """Every cchc_rules module `path` imports, at module level or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("cchc_rules"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("cchc_rules"))
    return found


def _outside_imports(package: str) -> set[str]:
    """The cchc_rules modules outside `package` that `package`'s modules import."""
    folder = PACKAGE / package.removeprefix("cchc_rules.").replace(".", "/")
    return {m for p in folder.glob("*.py") for m in _imports(p) if not m.startswith(package)}


def test_rulepack_imports_no_module_that_imports_rulepack() -> None:
    """rulepack/load.py once imported check.py, which imported rulepack back (issue 10, item 6)."""
    for module in _outside_imports("cchc_rules.rulepack"):
        path = PACKAGE / (module.removeprefix("cchc_rules.").replace(".", "/") + ".py")
        if not path.is_file():  # a package's __init__
            path = path.with_suffix("") / "__init__.py"
        back = {m for m in _imports(path) if m.startswith("cchc_rules.rulepack")}
        assert not back, f"{module} imports {sorted(back)} and rulepack imports {module}"


def test_load_rules_still_checks_meaning(tmp_path: Path) -> None:
    """The move keeps load_rules's behaviour: a meaning error (not a shape error) still fails."""
    import shutil

    import pytest

    from cchc_rules import RulesFileError, load_rules

    base = Path(__file__).resolve().parents[1] / "problems" / "_base"
    shutil.copytree(base, tmp_path / "pack")
    tasks = tmp_path / "pack" / "tasks.yaml"
    tasks.write_text(tasks.read_text(encoding="utf-8").replace("lead: VP", "lead: VPP", 1),
                     encoding="utf-8")
    with pytest.raises(RulesFileError) as caught:
        load_rules(tmp_path / "pack")
    assert [p.code for p in caught.value.problems] == ["unknown_ref"]
