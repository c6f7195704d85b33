"""The appraisal round's state machine (service/round.py), without a database: every (state,
action, side) is allowed or refused exactly as the table below says, the deadline is kept, and
every path from the draft is walked to the final state."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from cchc_rules.service.round import ACTIONS, SIDES, STATES, OutOfOrder, Round, allowed, step, with_deadline

TODAY = dt.date(2027, 2, 10)
LATER = dt.date(2027, 2, 20)

# (state, action, side) → the state it leads to; everything not listed is refused
ALLOWED = {
    ("draft", "edit", "unit"): "draft",
    ("draft", "submit", "unit"): "submitted",
    ("submitted", "appraise", "appraiser"): "submitted",
    ("submitted", "request_reply", "appraiser"): "replying",
    ("submitted", "finalise", "appraiser"): "final",
    ("replying", "reply", "unit"): "replying",
    ("replying", "close_reply", "unit"): "reviewing",
    ("replying", "close_reply", "appraiser"): "reviewing",  # after the deadline (below)
    ("reviewing", "appraise", "appraiser"): "reviewing",
    ("reviewing", "request_reply", "appraiser"): "replying",
    ("reviewing", "finalise", "appraiser"): "final",
}


@pytest.mark.parametrize(("state", "action", "side"), list(itertools.product(STATES, ACTIONS, SIDES)))
def test_every_step_is_allowed_or_refused_as_the_table_says(state: str, action: str, side: str) -> None:
    current = Round(state, 1, TODAY - dt.timedelta(days=1))  # the deadline has passed
    if action == "reply":
        current = Round(state, 1, LATER)  # a reply is only refused for lateness when late
    expected = ALLOWED.get((state, action, side))
    if expected is None:
        with pytest.raises(OutOfOrder) as refused:
            step(current, action, side, TODAY)
        assert refused.value.text and refused.value.text[0].isupper()  # a sentence in Vietnamese
    else:
        assert step(current, action, side, TODAY).state == expected


def test_the_reason_fits_the_step() -> None:
    def why(state: str, action: str, side: str) -> str:
        with pytest.raises(OutOfOrder) as refused:
            step(Round(state, 1, LATER), action, side, TODAY)
        return refused.value.text

    assert why("draft", "appraise", "appraiser") == "Đơn vị chưa gửi bản tự đánh giá để thẩm định."
    assert why("submitted", "edit", "unit") == "Bản tự đánh giá đã gửi thẩm định nên không sửa được nữa."
    assert why("submitted", "reply", "unit") == "Chưa có đề nghị giải trình, bổ sung tài liệu của Sở Nội vụ."
    assert why("reviewing", "reply", "unit") == "Thời hạn giải trình đã kết thúc; đang thẩm định lại."
    assert why("replying", "finalise", "appraiser").startswith("Đang trong thời hạn đơn vị giải trình")
    assert why("final", "edit", "unit") == why("final", "appraise", "appraiser") == \
        "Kết quả thẩm định đã hoàn thành, không thay đổi được nữa."
    assert why("draft", "appraise", "unit") == "Bước này do cán bộ thẩm định thực hiện."
    assert why("draft", "edit", "appraiser") == "Bước này do đơn vị thực hiện."


def test_final_accepts_nothing() -> None:
    final = Round("final", 2)
    assert allowed(final, "unit", TODAY) == allowed(final, "appraiser", TODAY) == set()


def test_reply_only_before_the_deadline() -> None:
    open_ = Round("replying", 1, TODAY)
    assert step(open_, "reply", "unit", TODAY).state == "replying"  # the deadline day counts
    with pytest.raises(OutOfOrder, match="hết thời hạn"):
        step(open_, "reply", "unit", TODAY + dt.timedelta(days=1))


def test_appraiser_closes_the_reply_only_after_the_deadline() -> None:
    open_ = Round("replying", 1, TODAY)
    with pytest.raises(OutOfOrder, match="Chưa hết thời hạn"):
        step(open_, "close_reply", "appraiser", TODAY)
    assert step(open_, "close_reply", "appraiser", TODAY + dt.timedelta(days=1)).state == "reviewing"
    assert step(open_, "close_reply", "unit", TODAY).state == "reviewing"  # the unit may close early


def test_closing_a_reply_opens_the_next_round() -> None:
    r = step(Round("replying", 1, TODAY), "close_reply", "unit", TODAY)
    assert r.round == 2
    r = step(step(r, "request_reply", "appraiser", TODAY), "close_reply", "unit", TODAY)
    assert (r.state, r.round) == ("reviewing", 3)


def test_deadline_not_in_the_past() -> None:
    with pytest.raises(OutOfOrder, match="không được trước"):
        with_deadline(Round("replying"), TODAY - dt.timedelta(days=1), TODAY)
    assert with_deadline(Round("replying"), TODAY, TODAY).deadline == TODAY


def _paths(current: Round, today: dt.date, depth: int) -> list[list[str]]:
    """Every sequence of state-changing steps from `current` to final, at most `depth` long."""
    if current.state == "final":
        return [[]]
    if depth == 0:
        return []
    found = []
    for side in SIDES:
        for action in sorted(allowed(current, side, today)):
            after = step(current, action, side, today)
            if after.state == current.state:
                continue  # edit, appraise, reply: the state stays
            if action == "request_reply":
                after = with_deadline(after, today, today)
            found += [[f"{side}:{action}", *rest] for rest in _paths(after, today, depth - 1)]
    return found


def test_every_path_to_final_is_walked() -> None:
    paths = _paths(Round("draft"), TODAY, 6)
    shown = {" → ".join(p) for p in paths}
    assert "unit:submit → appraiser:finalise" in shown
    assert "unit:submit → appraiser:request_reply → unit:close_reply → appraiser:finalise" in shown
    assert ("unit:submit → appraiser:request_reply → unit:close_reply → appraiser:request_reply → "
            "unit:close_reply → appraiser:finalise") in shown
    for p in paths:  # every path starts with the unit's submission and ends with the appraiser's finalising
        assert p[0] == "unit:submit" and p[-1] == "appraiser:finalise"
        assert all(not (a == "appraiser:request_reply" and b == "appraiser:finalise") for a, b in itertools.pairwise(p))
