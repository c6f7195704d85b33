"""Data warnings of the annual self-assessment carry their message and fix, in the reader's language."""

from __future__ import annotations

import shutil
from pathlib import Path

from cchc_rules.engine import EngineHost
from cchc_rules.report.html import score_html
from cchc_rules.rulepack.load import bundled_data_dir, load_rules
from cchc_rules.pipeline import Workspace, score


def _data_with_a_repeated_measure(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(bundled_data_dir(), data)
    measures = data / "2026" / "measures.csv"
    lines = measures.read_text(encoding="utf-8-sig").splitlines()
    # the same row twice: counted once, with a warning (not an error)
    measures.write_text("\n".join([*lines, lines[2]]) + "\n", encoding="utf-8-sig")
    return data


def test_score_warnings_have_vietnamese_message_and_english_on_request(tmp_path: Path,
                                                                        engine_host: EngineHost) -> None:
    pack = load_rules(None)
    data = _data_with_a_repeated_measure(tmp_path)
    vi = score(Workspace(pack, data, host=engine_host), 2026).to_json("vi")
    en = score(Workspace(pack, data, "en", engine_host), 2026).to_json("en")
    assert len(vi["warnings"]) == 1
    warning = vi["warnings"][0]
    assert warning["file"].endswith("2026/measures.csv")
    assert warning["code"] and warning["message"] and warning["hint"]
    assert "giống hệt" in warning["message"] and warning["hint"] == "Xóa dòng thừa."
    assert en["warnings"][0]["code"] == warning["code"]
    assert en["warnings"][0]["message"] != warning["message"]
    assert vi["total"] == en["total"]  # the language changes words, never points


def test_score_page_shows_the_warning_message_not_its_code(tmp_path: Path, engine_host: EngineHost) -> None:
    pack = load_rules(None)
    doc = score(Workspace(pack, _data_with_a_repeated_measure(tmp_path), host=engine_host), 2026).to_json()
    page = score_html(doc, [], "vi")
    assert doc["warnings"][0]["message"] in page
    assert doc["warnings"][0]["code"] not in page
