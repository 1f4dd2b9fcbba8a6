"""Benchmark the HTML view, side by side with the physics path it replaced, in one run:
page generation (layout included), file size, first complete draw and the longest
main-thread block on search, filter and focus, in headless chromium.

    .venv/bin/python bench/bench_html.py                   # 1000, 5000, 20000 nodes
    .venv/bin/python bench/bench_html.py 1000 20000 --baseline-max 5000
    .venv/bin/python bench/bench_html.py --screenshot exports/fuzhou-hitech-2025.html \
        docs/screenshot.png                                # the README picture (panel on 比亚迪)

Graphs are synthetic corpora (bench/synth_view.py: 2 edges per node, corpus attributes,
figures, sources). "physics" is the exporter as of commit BASELINE (vis-network lays the
graph out in the browser), read from git into a temporary package; "precomputed" is the
current one. The browser is Debian's /usr/bin/chromium, headless and without GPU, so
drawing runs on the CPU; timings on a shared, busy machine are noisy. Nothing is fetched
over the network (every non-file request is aborted and counted).
"""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from synth_view import corpus_graph  # noqa: E402

from graph.sinks.html import generate_html  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
BASELINE = "e96562a"  # the last commit with vis' physics layout in the browser

# longest main-thread stall until the page is drawn/stable (a 20 ms heartbeat)
HEARTBEAT_JS = """(() => {
  let last = performance.now(); window.__maxStall = 0; window.__stallDone = false;
  const id = setInterval(() => {
    const now = performance.now();
    window.__maxStall = Math.max(window.__maxStall, now - last);
    last = now;
    if (window.__stallDone) { clearInterval(id); }
  }, 20);
})();"""

# one action, then two frames: the time the main thread is blocked by it, drawing included
ACTIONS_NEW = """async (query) => {
  const frames = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r())));
  const time = async (f) => { const t = performance.now(); f(); await frames(); return performance.now() - t; };
  const out = {};
  out.search_ms = await time(() => { out.hit = zkg.searchAndSelect(query); });
  out.focus_ms = await time(() => zkg.setHops(2));
  out.refocus_ms = await time(() => zkg.focusOn(zkg.data.nodes[0].id));
  out.filter_ms = await time(() => zkg.setClassVisible('Enterprise', false));
  out.filter2_ms = await time(() => zkg.setFilter('province', zkg.data.nodes[0].province || ''));
  zkg.setFilter('province', ''); zkg.setClassVisible('Enterprise', true);
  out.showall_ms = await time(() => zkg.showAll());
  out.filter_all_ms = await time(() => zkg.setClassVisible('Enterprise', false));
  return out;
}"""
ACTIONS_OLD = """async (query) => {
  const frames = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r())));
  const time = async (f) => { const t = performance.now(); f(); await frames(); return performance.now() - t; };
  const out = {};
  out.search_ms = await time(() => { out.hit = zkg.searchAndSelect(query); });
  out.filter_all_ms = await time(() => zkg.setClassVisible('Enterprise', false));
  return out;
}"""


def baseline_module(tmp: Path) -> Any:
    """The exporter as of :data:`BASELINE`, importable as ``zkg_baseline.html``."""
    pkg = tmp / "zkg_baseline"
    (pkg / "view").mkdir(parents=True)
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    for rel in ("html.py", "view/page.html", "view/view.css", "view/view.js"):
        blob = subprocess.run(["git", "-C", str(ROOT), "show", f"{BASELINE}:graph/sinks/{rel}"],
                              check=True, capture_output=True).stdout
        (pkg / rel).write_bytes(blob)
    sys.path.insert(0, str(tmp))
    return importlib.import_module("zkg_baseline.html")


def _blocker(file_url: str, offsite: list[str]) -> Any:
    def route(r: Any) -> None:
        if r.request.url == file_url:
            r.continue_()
        else:
            offsite.append(r.request.url)
            r.abort()

    return route


def _open(ctx: Any, path: Path, ready_js: str, timeout_ms: int) -> tuple[Any, list[str], list[str]]:
    page = ctx.new_page()
    offsite: list[str] = []
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.route("**/*", _blocker(path.as_uri(), offsite))
    page.add_init_script(HEARTBEAT_JS)
    page.goto(path.as_uri(), wait_until="load", timeout=timeout_ms)
    page.wait_for_function(ready_js, timeout=timeout_ms, polling=50)
    return page, offsite, errors


def measure(sizes: list[int], baseline_max: int) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    tmp = Path(tempfile.mkdtemp(prefix="zkg-bench-html-"))
    try:
        old = baseline_module(tmp)
        jobs = []
        for n in sizes:
            g = corpus_graph(n)
            for path_name, gen in (("physics", old.generate_html), ("precomputed", generate_html)):
                if path_name == "physics" and n > baseline_max:
                    continue
                t = time.perf_counter()
                page = gen(g)
                gen_s = time.perf_counter() - t
                path = tmp / f"{path_name}-{n}.html"
                path.write_bytes(page.encode("utf-8"))
                size = path.stat().st_size
                rows.append({"path": path_name, "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                             "gen_s": gen_s, "size_mb": size / 1e6, "bytes_per_node": size / n})
                jobs.append((rows[-1], path))
        if not Path(CHROMIUM).exists():
            print(f"{CHROMIUM} missing: browser timings skipped", file=sys.stderr)
            return rows
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            ctx = p.chromium.launch_persistent_context(
                str(tmp / "profile"), executable_path=CHROMIUM, args=ARGS, headless=True,
                viewport={"width": 1400, "height": 900},
            )
            try:
                for row, path in jobs:
                    new = row["path"] == "precomputed"
                    ready = "() => window.zkg && zkg.isReady()" if new else \
                        "() => window.zkg && zkg.isStabilized()"
                    page, offsite, errors = _open(ctx, path, ready, 900_000)
                    row["draw_s"] = page.evaluate("zkg.readyAt" if new else "zkg.stabilizedAt") / 1000
                    page.evaluate("window.__stallDone = true")
                    row["load_stall_ms"] = page.evaluate("window.__maxStall")
                    query = f"Enterprise实体{13 * (row['nodes'] // 26)}"
                    row.update(page.evaluate(ACTIONS_NEW if new else ACTIONS_OLD, query))
                    keys = ("search_ms", "focus_ms", "refocus_ms", "filter_ms", "filter2_ms")
                    row["max_freeze_ms"] = max(row.get(k, 0) for k in keys)
                    row["offsite"] = len(offsite)
                    row["errors"] = len(errors)
                    page.close()
            finally:
                ctx.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return rows


def screenshot(html_file: Path, out: Path, node: str = "byd", query: str = "比亚") -> None:
    """The view at 1600x1000 with ``node`` selected, its panel open and ``query`` typed."""
    from playwright.sync_api import sync_playwright

    profile = Path(tempfile.mkdtemp(prefix="zkg-shot-"))
    offsite: list[str] = []
    errors: list[str] = []
    try:
        with sync_playwright() as p:
            ctx = p.chromium.launch_persistent_context(
                str(profile), executable_path=CHROMIUM, args=ARGS, headless=True,
                viewport={"width": 1600, "height": 1000},
            )
            page = ctx.new_page()
            page.route("**/*", _blocker(html_file.resolve().as_uri(), offsite))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.goto(html_file.resolve().as_uri())
            page.wait_for_function("() => window.zkg && zkg.isReady()", timeout=120_000)
            page.fill("#zkg-search", query)
            page.evaluate("(id) => zkg.selectNode(id, {focus: false})", node)
            page.wait_for_timeout(300)
            page.screenshot(path=str(out))
            ctx.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    if offsite or errors:
        raise SystemExit(f"offsite requests {offsite}, console errors {errors}")


def main(argv: list[str]) -> None:
    if argv[:1] == ["--screenshot"]:
        screenshot(Path(argv[1]), Path(argv[2]), *argv[3:5])
        return
    baseline_max = 20_000
    if "--baseline-max" in argv:
        i = argv.index("--baseline-max")
        baseline_max = int(argv[i + 1])
        del argv[i : i + 2]
    if any(a in ("-h", "--help") for a in argv):
        print(__doc__)
        return
    bad = [a for a in argv if not a.isdigit()]
    if bad:
        raise SystemExit(f"bench_html: expected node counts, got {bad[0]!r} (see --help)")
    sizes = [int(a) for a in argv] or [1000, 5000, 20000]
    rows = measure(sizes, baseline_max)
    cols = [("path", "{:>11}"), ("nodes", "{:>6}"), ("edges", "{:>6}"), ("gen_s", "{:>6.2f}"),
            ("size_mb", "{:>6.1f}"), ("bytes_per_node", "{:>6.0f}"), ("draw_s", "{:>7.2f}"),
            ("load_stall_ms", "{:>7.0f}"), ("search_ms", "{:>7.0f}"), ("focus_ms", "{:>7.0f}"),
            ("refocus_ms", "{:>7.0f}"), ("filter_ms", "{:>7.0f}"), ("filter2_ms", "{:>7.0f}"),
            ("max_freeze_ms", "{:>7.0f}"), ("showall_ms", "{:>7.0f}"), ("filter_all_ms", "{:>7.0f}"),
            ("offsite", "{:>4}"), ("errors", "{:>4}")]
    heads = ["path", "nodes", "edges", "gen s", "MB", "B/node", "draw s", "stall", "search", "focus",
             "refocus", "filter", "filter2", "max", "showall", "filtAll", "net", "err"]
    widths = [len(f.format(0) if "s}" not in f else f.format("x")) for _, f in cols]
    widths = [max(w, len(h)) for w, h in zip(widths, heads, strict=True)]
    print(" ".join(h.rjust(w) for h, w in zip(heads, widths, strict=True)))
    for row in rows:
        print(" ".join(
            (f.format(row[k]).rjust(w) if k in row else "-".rjust(w))
            for (k, f), w in zip(cols, widths, strict=True)
        ))
    print("gen s = generate_html (precomputed: igraph layout included); draw s = navigation start ->\n"
          "first complete draw (physics: -> stabilizationIterationsDone); stall = longest main-thread\n"
          "block until then; search (select + focus on the k-hop neighbourhood), focus (k 1->2), refocus,\n"
          "filter (hide Enterprise), filter2 (a province), showall, filtAll (hide Enterprise with all\n"
          "nodes shown) = the action plus two frames, in ms; max = the largest of search..filter2.\n"
          "Above 2,000 nodes the precomputed page opens on the overview (zones, clusters, canonical entities).")


if __name__ == "__main__":
    main(sys.argv[1:])
