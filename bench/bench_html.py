"""Benchmark the HTML view, side by side with the paths it replaced, in one run: page
generation (layout included), file size, first complete draw, the longest main-thread block
while loading and on search, filter, focus and "show all", in headless chromium.

    .venv/bin/python bench/bench_html.py                   # 1000, 5000, 20000 nodes
    .venv/bin/python bench/bench_html.py 1000 20000 --baseline-max 1000 --repeat 7
    .venv/bin/python bench/bench_html.py --screenshot exports/fuzhou-hitech-2025.html \
        docs/screenshot.png                                # the README picture (panel on 比亚迪)

Graphs are synthetic corpora (bench/synth_view.py: 2 edges per node, corpus attributes,
figures, sources). Paths: "physics" is the exporter as of commit BASELINE (vis-network lays
the graph out in the browser; up to --baseline-max nodes), COMPARE (``--compare COMMIT``,
``none`` to leave it out) the precomputed layout as it was before vis items were made after
the first draw, "now" the current one; each is read from git into a temporary package.
Each page is opened --repeat times (default 5 up to 5,000 nodes, else once), the paths of
a size taking turns, and the median is reported. The browser is Debian's /usr/bin/chromium,
headless and without GPU, so drawing runs on the CPU; timings on a shared, busy machine are
noisy. Nothing is fetched over the network (every non-file request is aborted and counted).
"""

from __future__ import annotations

import importlib
import json
import shutil
import statistics
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
COMPARE = "eeec453"  # the precomputed path before vis items were made after the first draw

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

# each action, then two frames, then (new page) until the vis items it needs are made:
# the longest main-thread block meanwhile (a 10 ms heartbeat; its gap minus 10 ms), in ms,
# and the time until done
ACTIONS = """async ([query, full]) => {
  const frames = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r())));
  const loaded = () => new Promise(r => { const check = () => (!zkg.isLoaded || zkg.isLoaded()) ? r() : setTimeout(check, 20); check(); });
  let last = performance.now(), maxGap = 0;
  const hb = setInterval(() => { const now = performance.now(); maxGap = Math.max(maxGap, now - last); last = now; }, 10);
  const out = {};
  const time = async (name, f) => {
    await frames(); await loaded();
    const t = performance.now(); last = t; maxGap = 0;
    performance.mark('zkg-act-start-' + name);
    f(); await frames(); await loaded();
    performance.mark('zkg-act-end-' + name);
    const now = performance.now();
    out[name + '_ms'] = Math.max(0, Math.max(maxGap, now - last) - 10);
    out[name + '_done_s'] = (now - t) / 1000;
  };
  await time('search', () => { out.hit = zkg.searchAndSelect(query); });
  if (full) {
    await time('focus', () => zkg.setHops(2));
    await time('refocus', () => zkg.focusOn(zkg.data.nodes[0].id));
    await time('filter', () => zkg.setClassVisible('Enterprise', false));
    await time('filter2', () => zkg.setFilter('province', zkg.data.nodes[0].province || ''));
    zkg.setFilter('province', ''); zkg.setClassVisible('Enterprise', true);
    await time('showall', () => zkg.showAll());
    out.showall_status = document.getElementById('zkg-status').textContent;
  }
  await time('filter_all', () => zkg.setClassVisible('Enterprise', false));
  clearInterval(hb);
  return out;
}"""


def exporter_at(tmp: Path, commit: str) -> Any:
    """The exporter as of ``commit``, importable as ``zkg_at_<commit>.html``."""
    name = f"zkg_at_{commit}"
    pkg = tmp / name
    (pkg / "view").mkdir(parents=True)
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    for rel in ("html.py", "view/page.html", "view/view.css", "view/view.js"):
        blob = subprocess.run(["git", "-C", str(ROOT), "show", f"{commit}:graph/exporters/{rel}"],
                              check=True, capture_output=True).stdout
        (pkg / rel).write_bytes(blob)
    if str(tmp) not in sys.path:
        sys.path.insert(0, str(tmp))
    return importlib.import_module(f"{name}.html")


def _blocker(file_url: str, offsite: list[str]) -> Any:
    def route(r: Any) -> None:
        if r.request.url == file_url:
            r.continue_()
        else:
            offsite.append(r.request.url)
            r.abort()

    return route


# ready: physics settled (physics path) / every vis item made and the page wired (others)
READY_JS = "() => window.zkg && zkg.isStabilized()"
# first complete draw: drawnAt (now); the first afterDrawing (readyAt, precomputed before);
# stabilizationIterationsDone (physics)
TIMES_JS = """() => ({draw: zkg.drawnAt != null ? zkg.drawnAt : (zkg.readyAt != null ? zkg.readyAt : zkg.stabilizedAt),
  ready: zkg.readyAt != null ? zkg.readyAt : zkg.stabilizedAt})"""


TRACE_CATEGORIES = ["devtools.timeline", "toplevel", "blink.user_timing"]


def action_cpu(trace: Any) -> dict[str, float]:
    """For each action of ACTIONS (between its ``zkg-act-start-``/``-end-`` marks), the
    longest main-thread task in thread CPU time (``<action>_cpu_ms``): unlike wall time it
    does not grow when other processes take the CPU."""
    events = trace["traceEvents"] if isinstance(trace, dict) else trace
    marks = {e["name"]: e for e in events if str(e.get("name", "")).startswith("zkg-act-")}
    out: dict[str, float] = {}
    for name, start in marks.items():
        if not name.startswith("zkg-act-start-"):
            continue
        action = name[len("zkg-act-start-"):]
        end = marks.get(f"zkg-act-end-{action}")
        if end is None:
            continue
        thread = (start["pid"], start["tid"])
        tasks = [e for e in events if e.get("ph") == "X" and e.get("name") in ("RunTask", "ThreadControllerImpl::RunTask")
                 and (e["pid"], e["tid"]) == thread and e["ts"] + e.get("dur", 0) >= start["ts"] and e["ts"] <= end["ts"]]
        out[f"{action}_cpu_ms"] = max((e.get("tdur", 0) / 1000 for e in tasks), default=0.0)
    return out


def _open(ctx: Any, path: Path, timeout_ms: int) -> tuple[Any, list[str], list[str]]:
    page = ctx.new_page()
    offsite: list[str] = []
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.route("**/*", _blocker(path.as_uri(), offsite))
    page.add_init_script(HEARTBEAT_JS)
    page.goto(path.as_uri(), wait_until="load", timeout=timeout_ms)
    page.wait_for_function(READY_JS, timeout=timeout_ms, polling=50)
    return page, offsite, errors


def measure(sizes: list[int], baseline_max: int, compare: str | None, repeat: int | None) -> list[dict[str, Any]]:
    """One row per (size, path); each page opened ``repeat`` times (default 5 up to 5,000
    nodes, else 1), the paths of a size taking turns; times are medians."""
    rows: list[dict[str, Any]] = []
    tmp = Path(tempfile.mkdtemp(prefix="zkg-bench-html-"))
    try:
        paths: list[tuple[str, Any, int]] = [("physics", exporter_at(tmp, BASELINE).generate_html, baseline_max)]
        if compare:
            paths.append((compare, exporter_at(tmp, compare).generate_html, 10**9))
        paths.append(("now", generate_html, 10**9))
        jobs: list[list[tuple[dict[str, Any], Path]]] = []
        for n in sizes:
            g = corpus_graph(n)
            jobs.append([])
            for path_name, gen, limit in paths:
                if n > limit:
                    continue
                t = time.perf_counter()
                page = gen(g)
                gen_s = time.perf_counter() - t
                path = tmp / f"{path_name}-{n}.html"
                path.write_bytes(page.encode("utf-8"))
                size = path.stat().st_size
                rows.append({"path": path_name, "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                             "gen_s": gen_s, "size_mb": size / 1e6, "bytes_per_node": size / n})
                jobs[-1].append((rows[-1], path))
        if not Path(CHROMIUM).exists():
            print(f"{CHROMIUM} missing: browser timings skipped", file=sys.stderr)
            return rows
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
            ctx = browser.new_context(viewport={"width": 1400, "height": 900})
            try:
                for size_jobs in jobs:
                    n = size_jobs[0][0]["nodes"]
                    runs = repeat or (5 if n <= 5000 else 1)
                    for r in range(runs):
                        for row, path in size_jobs:
                            page, offsite, errors = _open(ctx, path, 900_000)
                            times = page.evaluate(TIMES_JS)
                            page.evaluate("window.__stallDone = true")
                            row.setdefault("draws", []).append(times["draw"] / 1000)
                            row.setdefault("readies", []).append(times["ready"] / 1000)
                            row.setdefault("stalls", []).append(max(0.0, page.evaluate("window.__maxStall") - 20))
                            row["offsite"] = row.get("offsite", 0) + len(offsite)
                            row["errors"] = row.get("errors", 0) + len(errors)
                            if r == runs - 1:  # the interactions, once
                                query = f"Enterprise实体{13 * (row['nodes'] // 26)}"
                                browser.start_tracing(page=page, categories=TRACE_CATEGORIES)
                                row.update(page.evaluate(ACTIONS, [query, row["path"] != "physics"]))
                                row.update(action_cpu(json.loads(browser.stop_tracing())))
                                keys = ("search_ms", "focus_ms", "refocus_ms", "filter_ms", "filter2_ms")
                                row["max_freeze_ms"] = max(row.get(k, 0) for k in keys)
                                row["max_cpu_ms"] = max(row.get(k.replace("_ms", "_cpu_ms"), 0) for k in keys)
                                row["errors"] += len(errors)
                            page.close()
                    for row, _ in size_jobs:
                        row["draw_s"] = statistics.median(row["draws"])
                        row["ready_s"] = statistics.median(row["readies"])
                        row["load_stall_ms"] = statistics.median(row["stalls"])
            finally:
                ctx.close()
                browser.close()
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


def _option(argv: list[str], name: str) -> str | None:
    if name not in argv:
        return None
    i = argv.index(name)
    if i + 1 >= len(argv):
        raise SystemExit(f"bench_html: {name} needs a value (see --help)")
    value = argv[i + 1]
    del argv[i : i + 2]
    return value


def main(argv: list[str]) -> None:
    if argv[:1] == ["--screenshot"]:
        screenshot(Path(argv[1]), Path(argv[2]), *argv[3:5])
        return
    if any(a in ("-h", "--help") for a in argv):
        print(__doc__)
        return
    baseline_max = int(_option(argv, "--baseline-max") or 20_000)
    compare = _option(argv, "--compare")
    compare = COMPARE if compare is None else (compare if compare != "none" else None)
    repeat_text = _option(argv, "--repeat")
    repeat = int(repeat_text) if repeat_text else None
    bad = [a for a in argv if not a.isdigit()]
    if bad:
        raise SystemExit(f"bench_html: expected node counts, got {bad[0]!r} (see --help)")
    sizes = [int(a) for a in argv] or [1000, 5000, 20000]
    rows = measure(sizes, baseline_max, compare, repeat)
    cols = [("path", "{:>11}"), ("nodes", "{:>6}"), ("edges", "{:>6}"), ("gen_s", "{:>6.2f}"),
            ("size_mb", "{:>6.1f}"), ("bytes_per_node", "{:>6.0f}"), ("draw_s", "{:>7.2f}"),
            ("ready_s", "{:>7.2f}"), ("load_stall_ms", "{:>7.0f}"), ("search_ms", "{:>7.0f}"),
            ("focus_ms", "{:>7.0f}"), ("refocus_ms", "{:>7.0f}"), ("filter_ms", "{:>7.0f}"),
            ("filter2_ms", "{:>7.0f}"), ("max_freeze_ms", "{:>7.0f}"), ("max_cpu_ms", "{:>7.0f}"),
            ("showall_ms", "{:>7.0f}"), ("showall_cpu_ms", "{:>7.0f}"), ("showall_done_s", "{:>7.2f}"),
            ("filter_all_ms", "{:>7.0f}"), ("filter_all_cpu_ms", "{:>7.0f}"), ("offsite", "{:>4}"),
            ("errors", "{:>4}")]
    heads = ["path", "nodes", "edges", "gen s", "MB", "B/node", "draw s", "ready s", "stall", "search",
             "focus", "refocus", "filter", "filter2", "max", "maxCPU", "showall", "allCPU", "all s",
             "filtAll", "fAllCPU", "net", "err"]
    widths = [len(f.format(0) if "s}" not in f else f.format("x")) for _, f in cols]
    widths = [max(w, len(h)) for w, h in zip(widths, heads, strict=True)]
    print(" ".join(h.rjust(w) for h, w in zip(heads, widths, strict=True)))
    for row in rows:
        print(" ".join(
            (f.format(row[k]).rjust(w) if k in row else "-".rjust(w))
            for (k, f), w in zip(cols, widths, strict=True)
        ))
    for row in rows:
        if len(row.get("draws", ())) > 1:
            print(f"{row['path']} {row['nodes']}: draw s of each run "
                  + ", ".join(f"{d:.2f}" for d in row["draws"]))
        if row.get("showall_status"):
            print(f"{row['path']} {row['nodes']}: status after show all: {row['showall_status']}")
    print("gen s = generate_html (igraph layout included); draw s = navigation start -> first complete\n"
          "draw (physics: -> stabilizationIterationsDone), median of the runs; ready s = -> every vis item\n"
          "made and the page wired; stall = longest main-thread block until ready; search (select + focus\n"
          "on the k-hop neighbourhood), focus (k 1->2), refocus, filter (hide Enterprise), filter2 (a\n"
          "province), showall, filtAll (hide Enterprise with all nodes shown) = the longest main-thread\n"
          "block from the action until its vis items are made (a 10 ms heartbeat), in ms; max = the largest\n"
          "of search..filter2; maxCPU, allCPU, fAllCPU = the longest main-thread task of those actions in\n"
          "thread CPU time (Chrome trace; wall time above it is time the CPU went to other processes);\n"
          "all s = show all until done. Above 2,000 nodes a page opens on the overview.")


if __name__ == "__main__":
    main(sys.argv[1:])
