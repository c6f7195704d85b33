"""'Did you mean …' for misspelt codes, ids and field names."""

from __future__ import annotations

import difflib
import functools
import unicodedata
from collections.abc import Iterable


@functools.lru_cache(maxsize=4096)  # pure, and called thousands of times per unit on the same names
def fold(text: str) -> str:
    """Case-, spacing- and Unicode-form-insensitive key for matching names and codes.

    Examples:
        >>> fold("  Phòng  Văn hóa -  Xã Hội ") == fold("phòng văn hóa - xã hội")
        True
    """
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


# Letters of other scripts that print like a Latin letter (a Vietnamese plan has none of them).
LOOKALIKES = dict(zip(
    "АВЕКМНОРСТХУаеорсухіјѕІЈЅһҺԁԛԝӏ" "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧαικνορτυχ",
    "ABEKMHOPCTXYaeopcyxijsIJShHdqwl" "ABEZHIKMNOPTYXaikvoptux",
    strict=True,
))


def skeleton(text: str) -> str:
    """What `text` looks like: hidden characters dropped, look-alikes and full-width forms as the
    Latin letter or digit they imitate. Only for guessing, never for matching.

    Examples:
        >>> skeleton("V\u0420\u200b"), skeleton("\uff13\uff11\uff12\uff19\uff14")
        ('vp', '31294')
    """
    chars = []
    for char in text:
        if not char.isascii() and unicodedata.category(char) == "Cf":
            continue
        if "\uff01" <= char <= "\uff5e":
            char = unicodedata.normalize("NFKC", char)
        chars.append(LOOKALIKES.get(char, char))
    return fold("".join(chars))


def nearest(value: object, candidates: Iterable[object]) -> str | None:
    """The candidate closest to `value`, or None when nothing is close.

    Examples:
        >>> nearest("VHX", ["VP", "VHXH", "KT"])
        'VHXH'
        >>> nearest("zzz", ["VP", "VHXH"]) is None
        True
        >>> nearest("=>", [">=", ">", "=", "<=", "<"])
        '>='
        >>> nearest("V\u0420", ["VP", "VHXH"])
        'VP'

    """
    pool = {str(c): fold(str(c)) for c in candidates}
    target = fold(str(value))
    for original, folded in pool.items():
        if folded == target:
            return original
    looks = skeleton(str(value))  # 'VР' with a Cyrillic Р, 'VP' + U+200B: the code they imitate
    for original, folded in pool.items():
        if folded == looks:
            return original
    by_folded = {folded: original for original, folded in pool.items()}
    swapped = [o for o, f in pool.items() if sorted(f) == sorted(target)]  # '=>' means '>='
    if len(swapped) == 1:
        return swapped[0]
    close = difflib.get_close_matches(target, list(by_folded), n=1, cutoff=0.6)
    return by_folded[close[0]] if close else None
