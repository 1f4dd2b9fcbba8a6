"""``make export``: build a corpus (or one article) and write every format plus the ontology docs.

:func:`export_corpus` streams: a corpus is never held whole in memory. Each article is
loaded, built and written by a worker process (``jobs`` of them) that sends back only
what the corpus stage needs — the article's records (for entity resolution), its
NetworkX graph (for the corpus view) and the path of its sorted data N-Triples. The
corpus files are then written from those sorted lines: ``corpus.nq`` by concatenation,
``corpus.trig`` and ``corpus.ttl`` by pyoxigraph reading files, never from rdflib
graphs. Every file goes straight into the export's stage folder
(:class:`graph.sinks.writer.ExportStage`), so the export stays one transaction. The
bytes are those of :func:`generate_corpus_files` on a :class:`~graph.pipeline.BuiltCorpus`
(the in-memory path, kept for library use), whatever ``jobs`` is (tested).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal, cast

from graph.errors import ExportError, InputError, Problem
from graph.gcpause import without_gc
from graph.namespace import ZKGR_DEFAULT
from graph.pipeline import BuiltCorpus, article_export_header, build_corpus, corpus_export_header
from graph.sinks import CORPUS_FORMATS, DEFAULT_FORMATS, get_exporter, get_sink
from graph.sinks.writer import ExportStage, HashingWriter, check_out_dir, generate_exports, output_error, run_exporter, write_files

if TYPE_CHECKING:
    import networkx as nx
    from rdflib import URIRef

    from graph.model import ArticleFacts
    from graph.ontology import Ontology
    from graph.sinks.rdfwriter import NTriples


def generate_ontology_files(built: Any) -> dict[str, bytes]:
    """The ontology's documentation page, class and relations diagrams and source files."""
    files: dict[str, bytes] = get_sink("ontology-docs").load()(built)
    return files


def generate_corpus_files(built: BuiltCorpus, formats: Iterable[str] | None = None,
                          corpus_formats: Iterable[str] | None = None, docs: bool = True) -> dict[str, bytes]:
    """Every file of a corpus export, in memory: ``{relative name: bytes}``.

    Each article's files (``<id>.ttl`` …, ``formats``), the corpus files (``corpus.trig``,
    ``corpus.nq``, ``corpus.ttl``, ``corpus.graphml``, ``corpus.html``; ``corpus_formats``)
    and the ontology docs. For a small corpus already built; :func:`export_corpus` writes
    the same files without holding them (or the graphs) all at once.
    """
    files: dict[str, bytes] = {}
    for article in built.articles:
        files.update(generate_exports(article, formats or DEFAULT_FORMATS))
    files.update(generate_exports(built, corpus_formats or CORPUS_FORMATS))
    if docs:
        files.update(generate_ontology_files(built))
    return files


def export_built(built: BuiltCorpus, out_dir: Path | str, formats: Iterable[str] | None = None, docs: bool = True,
                 on_wait: Callable[[Path], None] | None = None) -> list[Path]:
    """Write an already built corpus (the in-memory path) as one export."""
    return write_files(generate_corpus_files(built, formats, None, docs), out_dir, on_wait=on_wait)


# --------------------------------------------------------------------------- streaming


@dataclass
class StreamedArticle:
    """One article inside a worker of a streamed export: what its file sinks read.

    Like :class:`~graph.pipeline.BuiltGraph` but without an rdflib graph: ``ntriples``
    (the data plus its ontology terms, sorted) is what the RDF file sinks start from
    (:func:`graph.sinks.rdfwriter.article_ntriples`).
    """

    facts: ArticleFacts
    ontology: Ontology
    nx: nx.MultiDiGraph
    ntriples: NTriples
    base: str = ZKGR_DEFAULT

    @property
    def article_id(self) -> str:
        return self.facts.article_id

    def export_header(self) -> list[str]:
        return article_export_header(self.facts)


@dataclass
class ArticleResult:
    """What a worker sends back for one article: small, except the records and the NetworkX graph."""

    index: int
    facts: ArticleFacts
    nx: nx.MultiDiGraph
    files: dict[str, tuple[Path, str]]
    """File name → (its path in the scratch folder, SHA-256)."""
    data_path: Path
    """The article's data (no ontology terms) as sorted N-Triples, in the scratch folder."""
    triples: int
    namespaces: frozenset[str]
    bound: tuple[tuple[str, str], ...]
    terms: frozenset[URIRef]
    """The data's IRIs in the ontology namespace."""

    def used_prefixes(self) -> dict[str, str]:
        from graph.sinks.rdfwriter import NTriples

        return NTriples(b"", self.namespaces, self.bound).used_prefixes()


def _write_scratch(path: Path, data: bytes) -> str:
    with open(path, "wb") as fh:
        fh.write(data)
    return hashlib.sha256(data).hexdigest()


@without_gc
def export_article(index: int, folder: Path, base: str, formats: Sequence[str], scratch: Path) -> ArticleResult | InputError:
    """Load, build and write one article into ``scratch/<index>/`` (a worker's task).

    Returns the article's :class:`InputError` instead of raising it, so that the
    problems of every article are reported together.
    """
    from graph.ontology import load_ontology
    from graph.pipeline import with_indicator_concepts
    from graph.sinks.rdf import rdf_triples
    from graph.sinks.rdfwriter import article_parts
    from graph.sources.article import load_article

    onto = load_ontology()
    try:
        facts = with_indicator_concepts(load_article(Path(folder), onto))
    except InputError as exc:
        return exc
    graph = get_sink("networkx").load()(facts, onto)
    triples, bound = rdf_triples(facts, onto, base)
    data, full, terms = article_parts(triples, bound, onto)
    del triples
    article = StreamedArticle(facts, onto, graph, full, base)
    out = scratch / str(index)
    out.mkdir()
    files: dict[str, tuple[Path, str]] = {}
    for name in formats:
        exporter = get_exporter(name)
        filename = facts.article_id + exporter.SUFFIX
        if filename in files:
            continue
        content = run_exporter(exporter, name, article)
        files[filename] = (out / filename, _write_scratch(out / filename, content))
        del content
    data_path = out / "data.nt"
    _write_scratch(data_path, data.data)
    return ArticleResult(index=index, facts=facts, nx=graph, files=files, data_path=data_path,
                         triples=data.data.count(b"\n"), namespaces=data.namespaces, bound=data.bound, terms=terms)


def write_rdf_file(kind: Literal["nq", "trig", "ttl"], dest: Path, header: Sequence[str] = (),
                   sources: Sequence[tuple[str, Path]] = (), prefixes: dict[str, str] | None = None) -> str:
    """Write one corpus RDF file to ``dest`` from sorted N-Triples files; its SHA-256 (a worker's task).

    ``nq``: ``sources`` are (graph IRI, file) pairs, concatenated in that order.
    ``trig``: ``sources`` is the one ``corpus.nq`` written before. ``ttl``: ``sources`` are
    every graph's file, merged into one sorted union (repeats dropped) first.
    """
    from graph.sinks.rdfwriter import write_nquads, write_prefixed

    with open(dest, "wb") as raw:
        out = HashingWriter(raw)
        if header:
            out.write(("".join(f"# {line}\n" for line in header) + "\n").encode("utf-8"))
        if kind == "nq":
            write_nquads(sources, cast(IO[bytes], out))
        elif kind == "trig":
            write_prefixed(sources[0][1], "trig", cast(IO[bytes], out), prefixes or {})
        else:
            union = dest.with_name(dest.name + ".union.nt")
            merge_files([path for _, path in sources], union)
            write_prefixed(union, "ttl", cast(IO[bytes], out), prefixes or {})
            union.unlink()
    return out.sha256.hexdigest()


MERGE_FAN_IN = 200
"""At most this many files are open at once while merging sorted N-Triples."""


def merge_files(paths: Sequence[Path], dest: Path) -> None:
    """The sorted union of sorted N-Triples files, in rounds of :data:`MERGE_FAN_IN` files."""
    from graph.sinks.rdfwriter import file_lines, write_merged

    paths = list(paths)
    round_no = 0
    while len(paths) > MERGE_FAN_IN:
        merged = []
        for i in range(0, len(paths), MERGE_FAN_IN):
            part = dest.with_name(f"{dest.name}.{round_no}.{i}")
            with open(part, "wb") as fh:
                write_merged([file_lines(p) for p in paths[i:i + MERGE_FAN_IN]], fh)
            merged.append(part)
        if round_no:
            for p in paths:
                p.unlink()
        paths, round_no = merged, round_no + 1
    with open(dest, "wb") as fh:
        write_merged([file_lines(p) for p in paths], fh)
    if round_no:
        for p in paths:
            p.unlink()


class _InProcess(Executor):
    """``jobs=1``: every task runs at once in this process (same code path, no pickling)."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # handed to the caller through the future, as a pool does
            future.set_exception(exc)
        return future


def _die_with_parent() -> None:
    """Ask Linux to kill this (forked) process when its parent dies (``PR_SET_PDEATHSIG``):
    a worker of a killed export must not live on, holding the stage's lock."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent died before the request
        os._exit(1)


def _worker_start(stage_lock: int | None) -> None:
    """A forked worker: close its copy of the stage's lock (only the writer holds it), die with the export."""
    if stage_lock is not None:
        with contextlib.suppress(OSError):
            os.close(stage_lock)
    _die_with_parent()


@contextmanager
def _executor(jobs: int, stage_lock: int | None = None) -> Iterator[Executor]:
    if jobs <= 1:
        yield _InProcess()
        return
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_start, initargs=(stage_lock,))
    try:
        yield pool
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


PROGRESS_MIN = 20
"""Corpora smaller than this export without a progress bar."""


def _progress(total: int, desc: str, enabled: bool | None) -> Any:
    from tqdm import tqdm

    show = sys.stderr.isatty() and total >= PROGRESS_MIN if enabled is None else enabled
    return tqdm(total=total, desc=desc, unit="article" if desc.endswith("articles") else "step",
                disable=not show, file=sys.stderr)


class _Clock:
    """Wall-clock seconds per phase into ``timings`` (when given)."""

    def __init__(self, timings: dict[str, float] | None) -> None:
        self.timings = timings
        self.last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        if self.timings is not None:
            self.timings[name] = self.timings.get(name, 0.0) + now - self.last
            self.timings[f"rss_mib_after_{name}"] = _rss_mib()
        self.last = now


def _rss_mib() -> float:
    """This process's resident set now (Linux; 0 elsewhere), for the benchmark's phases."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


@dataclass
class _CorpusView:
    """What the corpus GraphML, HTML and ontology-docs sinks read of a corpus."""

    nx: nx.MultiDiGraph
    ontology: Ontology
    article_id: str = "corpus"
    extra: dict[str, Any] = field(default_factory=dict)


@without_gc
def export_corpus(
    path: Path,
    out_dir: Path | str,
    formats: Iterable[str] | None = None,
    base: str = ZKGR_DEFAULT,
    docs: bool = True,
    *,
    registry: Path | None = None,
    jobs: int = 1,
    synthetic: bool = False,
    on_wait: Callable[[Path], None] | None = None,
    progress: bool | None = None,
    timings: dict[str, float] | None = None,
) -> list[Path]:
    """Build the corpus folder ``path`` (or one article folder) and write its export, streaming.

    Nothing reaches ``out_dir`` unless every article, the registry and every exporter
    succeeded; then the whole export replaces ``out_dir`` in one transaction. Memory
    holds the records and NetworkX graphs of the articles, never their RDF graphs or
    files; ``jobs`` worker processes load, build and write the articles. ``timings``, if
    given, receives the wall-clock seconds of each phase (for ``bench/bench_corpus.py``).
    """
    from graph.ontology import load_ontology
    from graph.sources.corpus import discover_articles

    check_out_dir(out_dir)  # fail before building when --out cannot be a folder
    wanted = list(formats or DEFAULT_FORMATS)
    for name in [*wanted, *CORPUS_FORMATS]:
        get_exporter(name)  # an unknown format fails before any work
    clock = _Clock(timings)
    onto = load_ontology()
    folders = discover_articles(Path(path))
    with ExportStage(out_dir, on_wait=on_wait) as stage, _executor(jobs, stage.lock_fd) as pool:
        try:
            scratch = stage.scratch
            bar = _progress(len(folders), "exporting articles", progress)
            futures = [pool.submit(export_article, i, f, base, wanted, scratch) for i, f in enumerate(folders)]
            results: list[ArticleResult | InputError] = []
            for fut in futures:
                results.append(fut.result())
                bar.update()
            bar.close()
            articles = _checked(folders, results)
            del results, futures
            parallel = not isinstance(pool, _InProcess)
            pool.shutdown(wait=True)  # its idle workers' memory is freed; the corpus stage forks what it needs
            clock.lap("articles")
            _write_corpus(stage, parallel, articles, Path(path), folders, onto, base, registry, synthetic, docs, progress,
                          clock)
        except OSError as exc:  # writing the stage's files (a full disk, a file-size limit)
            raise output_error(exc, f"cannot write the export to {stage.target}") from None
        paths = stage.commit()
        clock.lap("commit")
        return paths


def _checked(folders: Sequence[Path], results: Sequence[ArticleResult | InputError]) -> list[ArticleResult]:
    """The articles, or every article's problems together (and repeated ids) as one :class:`InputError`."""
    errors = [r for r in results if isinstance(r, InputError)]
    if errors:
        raise InputError([p for e in errors for p in e.problems], sum(e.more for e in errors))
    articles = [r for r in results if not isinstance(r, InputError)]
    seen: dict[str, Path] = {}
    for folder, art in zip(folders, articles, strict=True):
        if art.facts.article_id in seen:
            raise InputError([Problem(folder, f"article id {art.facts.article_id!r} is also the id of {seen[art.facts.article_id]}")])
        seen[art.facts.article_id] = folder
    return articles


def _write_corpus(stage: ExportStage, parallel: bool, articles: list[ArticleResult], path: Path, folders: Sequence[Path],
                  onto: Ontology, base: str, registry: Path | None, synthetic: bool, docs: bool,
                  progress: bool | None, clock: _Clock) -> None:
    """Resolve the corpus and write the corpus files and the ontology docs into ``stage``."""
    from rdflib import Graph

    from graph.mapping import IriScheme
    from graph.sinks.rdfwriter import NTriples, TripleList, listed_ntriples, terms_ntriples
    from graph.sources.registry import find_registry, load_registry
    from graph.transform.indicator_links import used_concepts_graph
    from graph.transform.resolve import resolve

    bar = _progress(len(articles), "writing corpus files", progress)
    bar.total = 7
    facts = [a.facts for a in articles]
    root = path if len(folders) > 1 or folders[0] != path else path.parent
    reg = load_registry(registry if registry is not None else find_registry(root), facts, onto)
    resolution = resolve(facts, reg, onto)
    iris = IriScheme(base)
    bar.update()
    clock.lap("resolve")

    corpus_graph = get_sink("corpus-rdf").load()(facts, resolution, iris, used_concepts_graph(facts), into=TripleList())
    union = Graph()  # the prefixes the in-memory union graph binds (BuiltCorpus.data)
    for prefix, ns in corpus_graph.namespaces():
        union.bind(prefix, ns, override=True)
    union_bound = tuple((p, str(ns)) for p, ns in union.namespaces())
    corpus_nt, corpus_terms = listed_ntriples(corpus_graph.listed, [(p, str(ns)) for p, ns in corpus_graph.namespaces()])
    del corpus_graph
    corpus_path = stage.scratch / "corpus.nt"
    _write_scratch(corpus_path, corpus_nt.data)
    bar.update()
    clock.lap("corpus_rdf")

    header = corpus_export_header(path_name(root), [(a.facts.article_id, a.facts.sha256) for a in articles], synthetic)
    named = sorted([(str(iris.article(a.facts.article_id)), a.data_path, a.used_prefixes()) for a in articles]
                   + [(str(iris.corpus_graph), corpus_path, corpus_nt.used_prefixes())])
    dataset_prefixes: dict[str, str] = {}
    for _, _, used in named:
        for prefix, ns in used.items():
            dataset_prefixes.setdefault(prefix, ns)
    nq = stage.scratch / "corpus.nq"
    sha = write_rdf_file("nq", nq, (), [(name, p) for name, p, _ in named])
    bar.update()
    clock.lap("corpus_nq")

    terms = terms_ntriples(sorted(corpus_terms.union(*(a.terms for a in articles))), onto)
    terms_path = stage.scratch / "terms.nt"
    _write_scratch(terms_path, terms.data)
    namespaces = corpus_nt.namespaces.union(terms.namespaces, *(a.namespaces for a in articles))
    ttl_prefixes = NTriples(b"", namespaces, union_bound + terms.bound).used_prefixes()

    corpus_nx = get_sink("corpus-networkx").load()({a.facts.article_id: a.nx for a in articles}, facts, resolution,
                                                     onto, synthetic=synthetic)
    for a in articles:
        a.nx = None  # the corpus graph holds what the view needs
    view = _CorpusView(corpus_nx, onto)
    bar.update()
    clock.lap("corpus_nx")
    # corpus.trig, corpus.ttl and corpus.graphml by forked processes (on all cores) while this one
    # waits: a page this process changed while they live would be copied (a fork shares pages
    # only until they are written), so corpus.html is made once they are done
    graphml_path = stage.scratch / "corpus.graphml"
    children = {
        "corpus.trig": _in_child(write_rdf_file, parallel, "trig", stage.scratch / "corpus.trig", header, [("", nq)],
                                 dataset_prefixes),
        "corpus.ttl": _in_child(write_rdf_file, parallel, "ttl", stage.scratch / "corpus.ttl", header,
                                [("", p) for _, p, _ in named] + [("", terms_path)], ttl_prefixes),
        "corpus.graphml": _in_child(_write_view_file, parallel, "graphml", view, graphml_path),
    }
    digests: dict[str, str] = {}
    failure: BaseException | None = None
    for name, wait in children.items():  # every child finishes before an error deletes the stage
        try:
            digests[name] = wait()
        except BaseException as exc:
            failure = failure or exc
    if failure is not None:
        raise failure
    for name, digest in digests.items():
        stage.adopt(name, stage.scratch / name, digest)
    bar.update()
    clock.lap("corpus_trig_ttl_graphml")
    html = get_exporter("html")
    stage.write("corpus" + html.SUFFIX, run_exporter(html, "html", view))
    bar.update()
    clock.lap("corpus_html")
    del view, corpus_nx
    if docs:
        for name, data in sorted(generate_ontology_files(_CorpusView(None, onto)).items()):
            stage.write(name, data)
    clock.lap("docs")
    for a in articles:
        for name, (file_path, digest) in a.files.items():
            stage.adopt(name, file_path, digest)
    stage.adopt("corpus.nq", nq, sha)
    bar.update()
    bar.close()


def _write_view_file(name: str, view: _CorpusView, dest: Path) -> str:
    """Write the corpus file of the file sink ``name`` to ``dest``; its SHA-256.

    GraphML is streamed to the file (:func:`graph.sinks.graphml.write_graphml`, the bytes of
    its ``generate``), so the ~70 MB of a 1,000-article corpus are never held."""
    exporter = get_exporter(name)
    if not hasattr(exporter, "write_graphml"):
        return _write_scratch(dest, run_exporter(exporter, name, view))
    with open(dest, "wb") as raw:
        out = HashingWriter(raw)
        try:
            exporter.write_graphml(view.nx, out)
        except OSError:
            raise
        except Exception as exc:  # an exporter bug must not leave partial outputs
            raise ExportError(f"{name} exporter failed for {view.article_id}: {exc}") from exc
    return out.sha256.hexdigest()


def _in_child(fn: Callable[..., str], parallel: bool, *args: Any) -> Callable[[], str]:
    """Run ``fn(*args)`` in a forked child, which sees this process's memory (nothing is
    pickled but the result); return a function that waits for it and gives its result or
    raises its error. Without ``parallel`` (``--jobs 1``) or ``fork``, it runs here and now.
    """
    import multiprocessing

    if not parallel or "fork" not in multiprocessing.get_all_start_methods():
        result = fn(*args)
        return lambda: result
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)

    def target() -> None:
        _die_with_parent()
        try:
            sender.send((True, fn(*args)))
        except BaseException as exc:  # handed to the parent
            try:
                sender.send((False, exc))
            except Exception:  # an error that cannot be pickled
                sender.send((False, ExportError(f"{type(exc).__name__}: {exc}")))

    process = context.Process(target=target, daemon=True)
    process.start()
    sender.close()

    def wait() -> str:
        try:
            ok, value = receiver.recv()
        except EOFError:
            raise ExportError(f"the process writing with {getattr(fn, '__name__', fn)} died") from None
        finally:
            process.join()
            receiver.close()
        if not ok:
            raise value
        return cast(str, value)

    return wait


def path_name(root: Path) -> str:
    return root.name or str(root)


def export_corpus_in_memory(
    path: Path,
    out_dir: Path | str,
    formats: Iterable[str] | None = None,
    base: str = ZKGR_DEFAULT,
    docs: bool = True,
    *,
    registry: Path | None = None,
    jobs: int = 1,
    synthetic: bool = False,
    on_wait: Callable[[Path], None] | None = None,
) -> list[Path]:
    """The export as it was before streaming: build everything, generate every file, then write.

    Kept as the reference the streamed export is compared with (tests, ``bench/bench_corpus.py``).
    """
    check_out_dir(out_dir)
    built = build_corpus(path, base, registry=registry, jobs=jobs, synthetic=synthetic)
    return export_built(built, out_dir, formats, docs, on_wait)


