"""Listing a data folder: links inside it are read, anything unsafe is named and never opened."""

from __future__ import annotations

import os
from pathlib import Path

from cchc_rules.facts.folder import read_folder


def test_a_link_to_a_file_inside_the_folder_is_read(tmp_path: Path) -> None:
    (tmp_path / "ban-goc").mkdir()
    (tmp_path / "ban-goc" / "tien-do.csv").write_text("task,status\n2,done\n", encoding="utf-8")
    (tmp_path / "task_status.csv").symlink_to(Path("ban-goc") / "tien-do.csv")
    tables, problems = read_folder(tmp_path)
    assert problems == [] and [t.kind for t in tables] == ["task_status"]


def test_a_link_leaving_the_folder_is_not_read_and_its_content_is_not_shown(tmp_path: Path) -> None:
    secret = tmp_path / "secret.csv"
    secret.write_text("task,status\nmat-khau-bi-mat,done\n", encoding="utf-8")
    data = tmp_path / "data"
    data.mkdir()
    (data / "task_status.csv").symlink_to(secret)
    (data / "loop.csv").symlink_to(data / "loop.csv")
    os.mkfifo(data / "pakn.csv")
    tables, problems = read_folder(data)
    assert tables == []
    assert sorted((p.params["name"], p.code) for p in problems) == [
        ("loop.csv", "fact_broken_link"), ("pakn.csv", "fact_not_regular_file"),
        ("task_status.csv", "fact_link_outside")]
    assert all("mat-khau" not in repr(p) for p in problems)


def test_a_fifo_read_directly_is_refused_without_blocking(tmp_path: Path) -> None:
    from cchc_rules.facts.read_csv import read_csv

    os.mkfifo(tmp_path / "task_status.csv")  # e.g. swapped in after the folder was listed
    table, problems = read_csv(tmp_path / "task_status.csv", "task_status.csv", "task_status")
    assert table is None and [p.code for p in problems] == ["fact_not_regular_file"]
