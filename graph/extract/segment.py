"""jieba, set up once: quiet, its shipped dictionary, no network, deterministic.

Only the shipped dictionary and its part-of-speech table are used; HMM new-word
discovery is off so that unknown names fall apart into single characters, which the
name scanner treats as name material.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

Token = tuple[int, int, str, str]
"""``(start, end, word, pos)`` inside the segmented string; ``pos`` is ``""`` if unknown."""


@lru_cache(maxsize=1)
def _tokenizer() -> tuple[Any, dict[str, str]]:
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    logging.getLogger("jieba").setLevel(logging.WARNING)
    tok = jieba.Tokenizer()  # its own instance: nothing global is changed
    tok.initialize()
    tags: dict[str, str] = jieba.posseg.dt.word_tag_tab
    return tok, tags


@lru_cache(maxsize=65536)
def tokens(text: str) -> tuple[Token, ...]:
    """Segment ``text`` with jieba (dictionary only) and tag words from its POS table.

    >>> [w for _, _, w, _ in tokens("联合两家企业成立创新中心")]
    ['联合', '两家', '企业', '成立', '创新', '中心']
    """
    tok, tags = _tokenizer()
    out: list[Token] = []
    pos = 0
    for word in tok.cut(text, HMM=False):
        out.append((pos, pos + len(word), word, tags.get(word, "")))
        pos += len(word)
    return tuple(out)


def warm_up() -> None:
    """Load the dictionary now (the first call takes about a second)."""
    _tokenizer()
