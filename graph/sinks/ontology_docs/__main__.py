"""``python -m graph.sinks.ontology_docs [--readme] [OUT_DIR]``."""

from graph.sinks.ontology_docs import main

raise SystemExit(main())
