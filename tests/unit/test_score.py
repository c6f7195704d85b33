"""Annual self-assessment: cases chosen by the engine, points in Decimal, the tree adds up, the
classification follows the bands; another province's rubric is just another YAML file."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from cchc_rules import bundled_rules_dir, load_rules
from cchc_rules.pipeline import Workspace, score

ROOT = Path(__file__).resolve().parents[2]
SMALL = ROOT / "tests" / "fixtures" / "rubrics" / "small-2026.yaml"


@pytest.fixture(scope="module")
def small_doc(tmp_path_factory: pytest.TempPathFactory, engine_host, quarters_only_data: Path) -> dict:  # noqa: ANN001
    pack_dir = tmp_path_factory.mktemp("pack") / "pack"
    shutil.copytree(bundled_rules_dir(), pack_dir)
    shutil.rmtree(pack_dir / "scoring", ignore_errors=True)
    (pack_dir / "scoring").mkdir()
    shutil.copy(SMALL, pack_dir / "scoring" / "2026.yaml")
    return score(Workspace(load_rules(pack_dir), quarters_only_data, host=engine_host), 2026).to_json()


def _nodes(nodes: list[dict]) -> list[dict]:
    out = []
    for node in nodes:
        out.append(node)
        out += _nodes(node["criteria"])
    return out


def test_every_parent_is_the_sum_of_its_parts(small_doc: dict) -> None:
    for node in _nodes(small_doc["criteria"]):
        assert 0 <= node["points"] <= node["max"]
        if node["criteria"]:
            assert Decimal(str(node["points"])) == sum(Decimal(str(c["points"])) for c in node["criteria"])
    assert small_doc["raw_points"] == sum(p["points"] for p in small_doc["criteria"])


def test_methods_on_the_bundled_year(small_doc: dict) -> None:
    by_id = {n["id"]: n for n in _nodes(small_doc["criteria"])}
    # reports: 14 of the 16 periodic reports of 2026 on time = 87.5 % → completion band 80–<100 → half
    assert by_id["1.2"]["trace"]["inputs"]["value"] == 87.5
    assert by_id["1.2"]["points"] == 10 and by_id["1.2"]["margin"] == "đạt 87,5 %; đạt 100 % → +10 điểm"
    # evidence required and none given → 0, listed among the documents to attach
    assert by_id["1.1"]["points"] == 0 and by_id["1.1"]["evidence_missing"]
    assert [e["criterion"] for e in small_doc["evidence_to_attach"]] == ["1.1"]
    # ratio against the year's threshold of the target (97 %): 97.8 ≥ 97 → full points
    assert by_id["3.1"]["points"] == 25
    # bands: 79.62 % online dossiers falls in [70, 90) → 10 of 15
    assert by_id["3.2"]["points"] == 10
    # no annual data → no value → 0, said in the margin
    assert by_id["2.1"]["points"] == 0 and by_id["2.1"]["margin"] == "không có số liệu; nhập số liệu để được chấm điểm"


def test_total_and_classification(small_doc: dict) -> None:
    assert small_doc["total"] == 45 and small_doc["converted"] is False
    assert small_doc["classification"] == "Chưa đạt"
    assert small_doc["rubric"]["model"] is True
    ranks = [(a["agency"], a["rank"]) for a in small_doc["agencies"]]
    assert ranks == [("TTPVHCC", 1), ("VHXH", 2), ("KT", 3)]


def test_scoring_is_deterministic(small_doc: dict, tmp_path: Path, engine_host,  # noqa: ANN001
                                  quarters_only_data: Path) -> None:
    pack_dir = tmp_path / "pack"
    shutil.copytree(bundled_rules_dir(), pack_dir)
    shutil.rmtree(pack_dir / "scoring", ignore_errors=True)
    (pack_dir / "scoring").mkdir()
    shutil.copy(SMALL, pack_dir / "scoring" / "2026.yaml")
    again = score(Workspace(load_rules(pack_dir), quarters_only_data, host=engine_host), 2026).to_json()
    assert again["criteria"] == small_doc["criteria"]
    assert (again["total"], again["agencies"]) == (small_doc["total"], small_doc["agencies"])


def test_a_criterion_can_set_its_own_deadline(tmp_path: Path, quarters_only_data: Path) -> None:
    """The annual plan (task 26) is due 'each year' in the plan, but the rubric may ask for it by
    31/12 of the year before: the criterion's own `due` decides on time or late."""
    from cchc_rules.pipeline import YearRun, read_year
    from cchc_rules.score_inputs import build_leaf_inputs

    pack_dir = tmp_path / "pack"
    shutil.copytree(bundled_rules_dir(), pack_dir)
    shutil.rmtree(pack_dir / "scoring", ignore_errors=True)
    (pack_dir / "scoring").mkdir()
    text = SMALL.read_text(encoding="utf-8")
    own = text.replace("method: {kind: timely, input: {task: 26}}",
                       'method: {kind: timely, input: {task: 26}, due: "31/12/2025"}')
    assert own != text
    (pack_dir / "scoring" / "2026.yaml").write_text(own, encoding="utf-8")
    pack = load_rules(pack_dir)
    facts = read_year(Workspace(pack, quarters_only_data), YearRun(2026)).facts
    assert facts is not None
    by_id = {i.fact["criterion"]: i for i in build_leaf_inputs(pack, pack.rubrics[2026], facts, 2026)}
    assert by_id["1.1"].detail["due"] == "2025-12-31"
    assert by_id["1.1"].fact["status"] == "late"  # the bundled 2026 plan was issued in 2026
