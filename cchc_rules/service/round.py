"""The annual PAR INDEX appraisal round (issue 15) as a state machine: pure, no database, no web.

    draft ──submit──▶ submitted ──request_reply──▶ replying ──close_reply──▶ reviewing
                         │  ▲ appraise                 │ reply (before the deadline)  │ appraise
                         │                             │                              │ request_reply ──▶ replying
                         └──────────finalise───────────┴──────────────────────────────┴─finalise──▶ final

The unit (office) edits its self-assessment only in `draft`; submitting locks it. The appraiser
(Sở Nội vụ) marks criteria in `submitted` and `reviewing`, asks for a reply with a deadline, and
finalises. The unit replies (giải trình, bổ sung tài liệu) in `replying` up to the deadline and
closes its reply; after the deadline the appraiser may close it. Closing a reply opens the next
appraisal round (marks of round 2, 3, … come after the replies). `final` accepts nothing.

`step` decides one step and raises OutOfOrder with the reason in Vietnamese; the routes
(routes_round.py) check the role first (what a role may never do answers 404) and then ask `step`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

STATES = ("draft", "submitted", "replying", "reviewing", "final")
STATE_NAMES = {
    "draft": "Đơn vị đang tự đánh giá", "submitted": "Đã gửi, đang thẩm định",
    "replying": "Chờ đơn vị giải trình, bổ sung tài liệu", "reviewing": "Đang thẩm định lại sau giải trình",
    "final": "Đã hoàn thành thẩm định",
}
SIDES = ("unit", "appraiser")
ACTIONS = ("edit", "submit", "appraise", "request_reply", "reply", "close_reply", "finalise")

# action → (the side that may take it, the states it may be taken in, the state it leads to: None = stays)
_STEPS: dict[str, tuple[frozenset[str], frozenset[str], str | None]] = {
    "edit": (frozenset({"unit"}), frozenset({"draft"}), None),
    "submit": (frozenset({"unit"}), frozenset({"draft"}), "submitted"),
    "appraise": (frozenset({"appraiser"}), frozenset({"submitted", "reviewing"}), None),
    "request_reply": (frozenset({"appraiser"}), frozenset({"submitted", "reviewing"}), "replying"),
    "reply": (frozenset({"unit"}), frozenset({"replying"}), None),
    "close_reply": (frozenset({"unit", "appraiser"}), frozenset({"replying"}), "reviewing"),
    "finalise": (frozenset({"appraiser"}), frozenset({"submitted", "reviewing"}), "final"),
}

_FINAL = "Kết quả thẩm định đã hoàn thành, không thay đổi được nữa."


def _why(action: str, state: str) -> str:
    """Why `action` is refused in `state`, as the page says it."""
    if state == "final":
        return _FINAL
    if action in ("edit", "submit"):
        return "Bản tự đánh giá đã gửi thẩm định nên không sửa được nữa."
    if action in ("reply", "close_reply"):
        return ("Thời hạn giải trình đã kết thúc; đang thẩm định lại." if state == "reviewing"
                else "Chưa có đề nghị giải trình, bổ sung tài liệu của Sở Nội vụ.")
    if state == "draft":
        return "Đơn vị chưa gửi bản tự đánh giá để thẩm định."
    return "Đang trong thời hạn đơn vị giải trình, bổ sung tài liệu; kết thúc giải trình rồi mới thẩm định tiếp."


class OutOfOrder(Exception):
    """A step the round does not allow now; `.text` says why, in Vietnamese."""

    def __init__(self, text: str) -> None:
        self.text = text
        super().__init__(text)


@dataclass(frozen=True)
class Round:
    """What a step needs to know of an assessment."""

    state: str
    round: int = 1
    deadline: dt.date | None = None


def step(current: Round, action: str, side: str, today: dt.date) -> Round:
    """The round after `side` takes `action` on `today`, or OutOfOrder."""
    if action not in _STEPS or side not in SIDES or current.state not in STATES:
        raise ValueError((action, side, current.state))
    sides, states, target = _STEPS[action]
    if side not in sides:
        who = "cán bộ thẩm định" if side == "unit" else "đơn vị"
        raise OutOfOrder(f"Bước này do {who} thực hiện.")
    if current.state not in states:
        raise OutOfOrder(_why(action, current.state))
    if action == "reply" and current.deadline is not None and today > current.deadline:
        raise OutOfOrder(f"Đã hết thời hạn giải trình (ngày {current.deadline:%d/%m/%Y}).")
    if action == "close_reply" and side == "appraiser" and current.deadline is not None \
            and today <= current.deadline:
        raise OutOfOrder(f"Chưa hết thời hạn giải trình (ngày {current.deadline:%d/%m/%Y}); "
                         "đơn vị có thể còn gửi giải trình.")
    if action == "request_reply":
        return Round("replying", current.round, current.deadline)
    if action == "close_reply":
        return Round("reviewing", current.round + 1, current.deadline)
    return Round(target or current.state, current.round, current.deadline)


def with_deadline(current: Round, deadline: dt.date, today: dt.date) -> Round:
    """The round with the reply deadline the appraiser sets (not before today)."""
    if deadline < today:
        raise OutOfOrder(f"Thời hạn giải trình ({deadline:%d/%m/%Y}) không được trước ngày hôm nay.")
    return Round(current.state, current.round, deadline)


def allowed(current: Round, side: str, today: dt.date) -> set[str]:
    """The actions `side` may take now (the page shows only these)."""
    found = set()
    for action in ACTIONS:
        try:
            step(current, action, side, today)
        except OutOfOrder:
            continue
        found.add(action)
    return found
