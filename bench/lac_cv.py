"""``bench/crf_cv.py`` with Baidu LAC's labels as extra features of the name CRF
(``graph.extract.crf.LAC_FEATURES``; docs/experiments/lac-names.md). Same arguments::

    python bench/lac_cv.py [--folds 5] [--pipeline]

Compare with ``python bench/crf_cv.py`` (the same folds, without the LAC features).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

if __name__ == "__main__":
    import crf_cv

    from graph.extract import crf

    crf.LAC_FEATURES = True
    crf_cv.main()
