"""graph.model: the committed JSON Schema is the one the pydantic models produce."""

from __future__ import annotations

import json

import jsonschema
import yaml

from graph.model import facts_json_schema
from tests.conftest import ROOT, SEED


def test_committed_schema_is_current() -> None:
    committed = json.loads((ROOT / "data" / "facts.schema.json").read_text(encoding="utf-8"))
    assert committed == json.loads(json.dumps(facts_json_schema())), "regenerate data/facts.schema.json"


def test_seed_facts_validate_against_the_json_schema() -> None:
    facts = yaml.safe_load((SEED / "facts.yaml").read_text(encoding="utf-8"))
    jsonschema.validate(facts, facts_json_schema())
