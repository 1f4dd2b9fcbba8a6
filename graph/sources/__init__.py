"""Sources: inputs → typed records (:mod:`graph.model`). Where a fact is loaded.

* :mod:`graph.sources.article` — an article folder (``article.txt``, ``meta.yaml``,
  ``facts.yaml``) → :class:`graph.model.ArticleFacts`, every quote located in the text;
* :mod:`graph.sources.corpus` — a folder of article folders → a :class:`~graph.sources.corpus.Corpus`
  (articles loaded in parallel, one registry);
* :mod:`graph.sources.registry` — ``entities.yaml``, the reviewed entity registry.

The third source, a SPARQL store, is read by :mod:`graph.query` and :mod:`graph.store.sources`.
"""
