"""JSON-LD with an inline ``@context`` of the prefixes the data uses, in a stable order.

Written straight from the sorted N-Triples stream (see :mod:`graph.sinks.rdfwriter`)
rather than by rdflib's JSON-LD serialiser: one node object per subject, IRIs as compact
IRIs (``zkg:Zone``) wherever a context prefix fits, every property value in an array and
every literal as ``{"@value": lexical form}`` with its ``@language`` or ``@type``, so
nothing is re-typed on the way. Nodes are sorted by ``@id``, keys sorted, values in the
order of their N-Triples lines: the same graph gives the same bytes in every process.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, cast

import pyoxigraph

from graph.sinks.rdfwriter import NTriples, article_ntriples, sorted_ntriples

if TYPE_CHECKING:
    from rdflib import Graph

    from graph.pipeline import BuiltGraph

SUFFIX = ".jsonld"

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
GEN_DELIMS = tuple(":/?#[]@")
"""JSON-LD 1.1 uses a context term as a prefix only when its IRI ends with one of these."""


class _Compactor:
    """Full IRI → compact IRI with the longest matching prefix (each IRI worked out once)."""

    def __init__(self, prefixes: Mapping[str, str]) -> None:
        self.prefixes = sorted(((ns, p) for p, ns in prefixes.items() if ns.endswith(GEN_DELIMS)),
                               key=lambda item: (-len(item[0]), item[1]))
        self.cache: dict[str, str] = {}

    def __call__(self, iri: str) -> str:
        compact = self.cache.get(iri)
        if compact is None:
            compact = iri
            for ns, prefix in self.prefixes:
                rest = iri[len(ns):]
                if iri.startswith(ns) and rest and not rest.startswith("//"):
                    compact = f"{prefix}:{rest}"
                    break
            self.cache[iri] = compact
        return compact


def _node_id(term: Any, compact: _Compactor) -> str:
    return f"_:{term.value}" if isinstance(term, pyoxigraph.BlankNode) else compact(term.value)


def _nodes(nt: bytes, compact: _Compactor) -> Iterator[dict[str, Any]]:
    """One node object per subject of sorted N-Triples (a subject's lines are contiguous)."""
    node: dict[str, Any] = {}
    for triple in pyoxigraph.parse(nt, pyoxigraph.RdfFormat.N_TRIPLES):
        subject = _node_id(triple.subject, compact)
        if node.get("@id") != subject:
            if node:
                yield node
            node = {"@id": subject}
        obj = triple.object
        predicate = triple.predicate.value
        if predicate == RDF_TYPE and not isinstance(obj, pyoxigraph.Literal):
            node.setdefault("@type", []).append(_node_id(obj, compact))
            continue
        if isinstance(obj, pyoxigraph.Literal):
            value: dict[str, str] = {"@value": obj.value}
            if obj.language:
                value["@language"] = obj.language
            elif obj.datatype.value != XSD_STRING:
                value["@type"] = compact(obj.datatype.value)
        else:
            value = {"@id": _node_id(obj, compact)}
        node.setdefault(compact(predicate), []).append(value)
    if node:
        yield node


_STRING = cast(Callable[[str], str], getattr(json.encoder, "c_encode_basestring", None) or json.encoder.encode_basestring)


def _encode(value: Any, indent: str) -> str:
    """``value`` (dicts, lists and strings) as ``json.dumps(value, ensure_ascii=False, indent=1,
    sort_keys=True)`` writes it, each line after the first starting with ``indent``.

    json's indenting encoder is pure Python (only the compact one is in C); this one
    knows the few shapes a JSON-LD node has and is several times faster. Anything else
    goes to :func:`json.dumps` (tested against it on random documents).
    """
    if type(value) is str:
        return _STRING(value)
    inner = indent + " "
    if type(value) is dict:
        if not value:
            return "{}"
        if not all(type(k) is str for k in value):
            return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True).replace("\n", "\n" + indent)
        items = [f"{inner}{_STRING(k)}: {_encode(value[k], inner)}" for k in sorted(value)]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if type(value) is list:
        if not value:
            return "[]"
        return "[\n" + ",\n".join(inner + _encode(v, inner) for v in value) + "\n" + indent + "]"
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True).replace("\n", "\n" + indent)


def _dump(value: Any, depth: int) -> str:
    """``value`` as ``json.dumps(..., indent=1, sort_keys=True)`` prints it ``depth`` levels deep."""
    return _encode(value, " " * depth)


def jsonld_stream(nt: bytes, prefixes: Mapping[str, str]) -> bytes:
    """The JSON-LD document of sorted canonical N-Triples, one node object at a time.

    The bytes are those of ``json.dumps({"@context": …, "@graph": [nodes sorted by @id]},
    ensure_ascii=False, indent=1, sort_keys=True)``, but only the encoded nodes are held,
    never the whole document as Python objects.
    """
    compact = _Compactor(prefixes)
    encoded = sorted(((node["@id"], ("  " + _dump(node, 2)).encode("utf-8")) for node in _nodes(nt, compact)),
                     key=lambda item: item[0])
    context = {p: ns for ns, p in compact.prefixes}
    graph = b"[\n" + b",\n".join(data for _, data in encoded) + b"\n ]" if encoded else b"[]"
    return b'{\n "@context": ' + _dump(context, 1).encode("utf-8") + b',\n "@graph": ' + graph + b"\n}\n"


def context(built: BuiltGraph) -> dict[str, str]:
    """The prefixes bound in the graph that the data's IRIs use."""
    return article_ntriples(built).used_prefixes()


def jsonld_bytes(nt: NTriples) -> bytes:
    """JSON-LD bytes of sorted N-Triples with the prefixes it binds and uses."""
    return jsonld_stream(nt.data, nt.used_prefixes())


def serialize_jsonld(parts: list[Graph]) -> bytes:
    """JSON-LD bytes of the union of ``parts``."""
    return jsonld_bytes(sorted_ntriples(parts))


def generate(built: BuiltGraph) -> bytes:
    """JSON-LD bytes: ``@graph`` sorted by ``@id``, keys sorted, the ontology terms included."""
    return jsonld_bytes(article_ntriples(built))
