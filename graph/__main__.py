"""``python -m graph`` runs the ``zone-kg`` command."""

from graph.cli import main

raise SystemExit(main())
