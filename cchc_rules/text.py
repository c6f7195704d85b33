"""A piece of wording held as a message code and its parameters, rendered for a language only at
the edge (a document, the terminal). Results (score margins, not-found messages) carry these."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from cchc_rules.messages import Lang, render_text


@dataclass(frozen=True)
class Text:
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, lang: Lang) -> str:
        """The message in `lang` (the hint, if the code has one, is `hint`)."""
        return render_text(self.code, dict(self.params), lang)[0]

    def hint(self, lang: Lang) -> str:
        return render_text(self.code, dict(self.params), lang)[1]
