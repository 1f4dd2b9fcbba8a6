"""jieba, set up once: quiet, its shipped dictionary, no network, deterministic.

Only the shipped dictionary and its part-of-speech table are used; HMM new-word
discovery is off so that unknown names fall apart into single characters, which the
name scanner treats as name material.

Start-up: jieba would load its whole prefix dictionary (and ``jieba.posseg`` its tag table
and HMM models) before the first word, seconds for a one-page article. Here both tables
are split by a word's first character into a cache file in the user's cache folder
(``$XDG_CACHE_HOME/zone-kg`` or ``~/.cache/zone-kg``), built once from jieba's own
dictionary (same jieba version and dictionary file: same bytes), and only the parts for
the characters a text uses are read. Segmentation is unchanged: every word jieba could
consider starts with a character of the text.
"""

from __future__ import annotations

import contextlib
import logging
import marshal
import mmap
import os
import re
import struct
import sys
from functools import lru_cache
from math import log
from pathlib import Path
from typing import Any

Token = tuple[int, int, str, str]
"""``(start, end, word, pos)`` inside the segmented string; ``pos`` is ``""`` if unknown."""

_FORMAT = 1  # the cache file's layout; a new layout gets a new file name
_HEADER = struct.Struct("<Q")  # the length of the marshalled index that follows it


def cache_dir() -> Path:
    """Where the split dictionary is cached (never inside the source tree)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "zone-kg"


class SplitDictionary:
    """jieba's prefix frequencies and POS tags, loaded a first character at a time."""

    def __init__(self, data: bytes | mmap.mmap) -> None:
        (size,) = _HEADER.unpack_from(data)
        self.total, self._index = marshal.loads(data[_HEADER.size:_HEADER.size + size])
        self._data = data
        self._base = _HEADER.size + size
        self.freq: dict[str, int] = {}
        self.tags: dict[str, str] = {}
        self._loaded: set[str] = set()
        self._complete = False  # every entry loaded (ensure_all): nothing is left to look up

    def ensure(self, text: str) -> None:
        """Load the entries of every word that starts with a character of ``text``."""
        if self._complete:
            return
        missing = set(text) - self._loaded
        for ch in sorted(missing):
            where = self._index.get(ch)
            if where is not None:
                freq, tags = marshal.loads(self._data[self._base + where[0]:self._base + where[0] + where[1]])
                self.freq.update(freq)
                self.tags.update(tags)
        self._loaded |= missing

    def ensure_all(self) -> None:
        """Load every entry (what jieba itself does at start-up)."""
        self.ensure("".join(self._index))
        self._complete = True


def build_split_dictionary(raw_dict: bytes, tokenizer: Any) -> bytes:
    """The cache file's bytes from jieba's ``dict.txt`` (deterministic: sorted by character)."""
    import io

    freq, total = tokenizer.gen_pfdict(io.BytesIO(raw_dict))
    tags: dict[str, str] = {}
    for line in raw_dict.decode("utf-8").splitlines():  # as jieba.posseg reads it
        line = line.strip()
        if line:
            word, _, tag = line.split(" ")
            tags[word] = tag
    groups: dict[str, tuple[dict[str, int], dict[str, str]]] = {}
    for word, n in freq.items():
        groups.setdefault(word[0], ({}, {}))[0][word] = n
    for word, tag in tags.items():
        groups.setdefault(word[0], ({}, {}))[1][word] = tag
    index: dict[str, tuple[int, int]] = {}
    chunks = []
    at = 0
    for ch in sorted(groups):
        f, t = groups[ch]
        blob = marshal.dumps(({w: f[w] for w in sorted(f)}, {w: t[w] for w in sorted(t)}))
        index[ch] = (at, len(blob))
        chunks.append(blob)
        at += len(blob)
    head = marshal.dumps((total, index))
    return _HEADER.pack(len(head)) + head + b"".join(chunks)


def _load_split_dictionary(jieba: Any, tokenizer: Any) -> SplitDictionary:
    path = Path(jieba.__file__).with_name("dict.txt")
    st = path.stat()
    name = f"jieba-{jieba.__version__}-{st.st_size}-{st.st_mtime_ns}-v{_FORMAT}.dict"
    cached = cache_dir() / name
    with contextlib.suppress(OSError, ValueError, EOFError, TypeError, struct.error), cached.open("rb") as fh:
        # mapped, not read: a run touches only the chunks of the characters its text uses
        return SplitDictionary(mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ))
    data = build_split_dictionary(path.read_bytes(), tokenizer)
    with contextlib.suppress(OSError):  # a read-only home: build again next time
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_name(f".{name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, cached)
    return SplitDictionary(data)


def _import_jieba() -> Any:
    """``import jieba`` without the ``pkg_resources`` import it makes only to find its own
    dictionary (a slow import; the dictionary is found here by its path)."""
    blocked = "pkg_resources" not in sys.modules
    if blocked:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # makes the import fail: jieba falls back
    try:
        import jieba
    finally:
        if blocked and sys.modules.get("pkg_resources", 0) is None:
            del sys.modules["pkg_resources"]
    return jieba


@lru_cache(maxsize=1)
def _tokenizer() -> tuple[Any, SplitDictionary]:
    jieba = _import_jieba()

    jieba.setLogLevel(logging.WARNING)
    logging.getLogger("jieba").setLevel(logging.WARNING)
    tok = jieba.Tokenizer()  # its own instance: nothing global is changed
    split = _load_split_dictionary(jieba, tok)
    tok.FREQ, tok.total, tok.initialized = split.freq, split.total, True
    return tok, split


@lru_cache(maxsize=1)
def _block_pattern() -> re.Pattern[str]:
    """jieba's own block pattern: it cuts every run of it (and every run between) on its own."""
    pattern: re.Pattern[str] = _import_jieba().re_han_default
    return pattern


_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")  # jieba's re_eng


def _cut_han_block(block: str, freq: dict[str, int], logtotal: float) -> list[str]:
    """jieba's ``Tokenizer.__cut_DAG_NO_HMM`` (its default cut without HMM) on one block, the same
    arithmetic in one pass: for every position from the right, the most probable word starting
    there (ties: the longest) given the best route after it; single ASCII letters and digits in a
    row are joined. Twice as fast as jieba's (no DAG dict, no generator); a test compares both."""
    n = len(block)
    prob = [0.0] * (n + 1)  # jieba's route[x][0]; route[n] = (0, 0)
    nxt = [0] * (n + 1)  # jieba's route[x][1]: where the word starting at x ends (inclusive)
    get = freq.get
    for k in range(n - 1, -1, -1):
        best, end = 0.0, -1  # jieba's max((probability, end)): the best route from k so far (none: end -1)
        i = k
        f = get(block[k])
        while f is not None:  # jieba's get_DAG: every dictionary word starting at k (0: a prefix of one)
            if f:
                p = log(f) - logtotal + prob[i + 1]
                if end < 0 or p >= best:  # (a tie goes to the longer word, as jieba's tuple order: i grows)
                    best, end = p, i
            i += 1
            if i >= n:
                break
            f = get(block[k:i + 1])
        if end < 0:  # no word: the character alone
            best, end = log(get(block[k]) or 1) - logtotal + prob[k + 1], k
        prob[k], nxt[k] = best, end
    words: list[str] = []
    buf = ""
    x = 0
    while x < n:
        y = nxt[x] + 1
        word = block[x:y]
        if y - x == 1 and word in _ASCII_ALNUM:
            buf += word
        else:
            if buf:
                words.append(buf)
                buf = ""
            words.append(word)
        x = y
    if buf:
        words.append(buf)
    return words


@lru_cache(maxsize=1 << 17)
def _block_tokens(block: str) -> tuple[Token, ...]:
    """The tagged words of one of jieba's blocks (offsets inside the block)."""
    tok, split = _tokenizer()
    split.ensure(block)
    words = _cut_han_block(block, split.freq, log(split.total)) if _block_pattern().match(block) \
        else tok.cut(block, HMM=False)
    out: list[Token] = []
    pos = 0
    for word in words:
        out.append((pos, pos + len(word), word, split.tags.get(word, "")))
        pos += len(word)
    return tuple(out)


@lru_cache(maxsize=65536)
def tokens(text: str) -> tuple[Token, ...]:
    """Segment ``text`` with jieba (dictionary only) and tag words from its POS table.

    jieba splits a text into blocks (runs of Han characters, Latin letters and digits, and
    the runs between them) and segments each block alone; so does this function, and a block
    is segmented once per process however many clauses, sentences and names contain it.

    >>> [w for _, _, w, _ in tokens("联合两家企业成立创新中心")]
    ['联合', '两家', '企业', '成立', '创新', '中心']
    """
    out: list[Token] = []
    pos = 0
    for block in _block_pattern().split(text):
        if not block:
            continue
        words = _block_tokens(block)
        if pos:
            out.extend((pos + a, pos + b, w, t) for a, b, w, t in words)
        else:
            out.extend(words)
        pos += len(block)
    return tuple(out)


def first_token(text: str) -> tuple[Token, ...]:
    """``tokens(text)[:1]`` without segmenting the rest of ``text`` (only its first block).

    >>> first_token("成立创新中心,引进企业")
    ((0, 2, '成立', 'v'),)
    >>> first_token("") == tokens("")[:1]
    True
    """
    if not text:
        return ()
    m = _block_pattern().search(text)
    end = len(text) if m is None else m.end() if m.start() == 0 else m.start()
    return _block_tokens(text[:end])[:1]


def warm_up(everything: bool = False) -> None:
    """Open the dictionary now (the first call builds its cache once, a few seconds); with
    ``everything``, read all of it (a benchmark's one-off cost, kept apart from throughput)."""
    _, split = _tokenizer()
    if everything:
        split.ensure_all()
