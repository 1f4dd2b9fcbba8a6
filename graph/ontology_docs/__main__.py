"""``python -m graph.ontology_docs [--readme] [OUT_DIR]``."""

from graph.ontology_docs import main

raise SystemExit(main())
