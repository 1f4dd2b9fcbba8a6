"""The extractor's rule families, one module each; ``graph.extract.pipeline`` runs them in order.

Entities: ``names`` (companies, products and projects named by a frame), ``enumerations``
(lists), ``zone`` (the article's zone and its anaphors), ``photos`` (captions).
Per clause (run by ``paragraphs``): ``subjects`` (what a clause is about), ``figures_clause``,
``figures_subject``, ``indicators`` and ``periods`` (observations), ``relations_clause``,
``relations_zone``, ``relations_structure``, ``relations_lists``, ``incubation``, ``people``
(relations), ``events`` and ``funding`` (recognitions and funding events).
Whole text: ``relations_names`` (relations read from names). Output: ``emit``.
Shared constants: ``common``.
"""
