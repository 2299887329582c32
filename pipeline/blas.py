"""Matrix products through numpy's BLAS rather than thinc's bundled BLIS.

thinc's `NumpyOps` multiplies with the BLIS that ships in the `blis` wheel, which on this machine
(AMD EPYC, AVX-512) runs at about 32 GFLOP/s on one core, while numpy's OpenBLAS reaches about
95 GFLOP/s on the same products (`benchmarks/components.py`, models/README.md). thinc's own switch
`NumpyOps(use_blis=False)` sends `gemm` to numpy; this callback puts those ops on every layer of
every component model, so the ner's tok2vec and its precomputed hidden layer use them. The weights,
and hence the predictions, are the same; only the library doing the arithmetic changes.

It is wired in as `[nlp] after_pipeline_creation` of config.cfg and of the shipped model, so
`spacy.load`, the packaged model and training all get it.
"""
from __future__ import annotations

from typing import Callable

import spacy
from spacy.language import Language
from thinc.api import NumpyOps

__all__ = ["numpy_blas", "one_blas_thread"]


@spacy.registry.callbacks("az_news.numpy_blas.v1")
def numpy_blas() -> Callable[[Language], Language]:
    """`[nlp.after_pipeline_creation]`: use numpy's BLAS for the models' matrix products on CPU."""
    def apply(nlp: Language) -> Language:
        ops = NumpyOps(use_blis=False)
        for _, proc in nlp.pipeline:
            model = getattr(proc, "model", None)
            if model is None or not hasattr(model, "walk"):
                continue
            for node in model.walk():
                if isinstance(node.ops, NumpyOps):  # leave GPU (CupyOps) models alone
                    node.ops = ops
        return nlp
    return apply


def one_blas_thread() -> None:
    """Limit numpy's BLAS to one thread in this process. The engines call it in every process they
    run the pipeline in: cores are used through `--n-process`/Dask workers, each on one core, and a
    second BLAS thread per process only oversubscribes them (on this machine two threads made the ner
    11% faster in one process and cost a core)."""
    from threadpoolctl import threadpool_limits
    threadpool_limits(limits=1, user_api="blas")
