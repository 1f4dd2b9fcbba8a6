"""Benchmark the HTML view: generation time, file size and, in headless chromium, time to a
stable layout and interaction latency afterwards.

    .venv/bin/python bench/bench_html.py            # 100, 1000, 5000 nodes
    .venv/bin/python bench/bench_html.py 200 2000   # other sizes
    .venv/bin/python bench/bench_html.py --screenshot exports/fuzhou-hitech-2025.html \
        docs/screenshot.png                         # the README picture (panel on 比亚迪)

Graphs are synthetic (tests/exporters/conftest.py: ``synthetic_graph``, ~2 edges per
node, every node with evidence, every fifth with a figure). The browser is Debian's
/usr/bin/chromium, headless and without GPU, so drawing runs on the CPU: a desktop
browser is faster. Nothing is fetched over the network.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.exporters.html import generate_html  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]

# longest main-thread stall while the layout settles (page script already running)
HEARTBEAT_JS = """(() => {
  let last = performance.now(); window.__maxStall = 0;
  const id = setInterval(() => {
    const now = performance.now();
    if (window.zkg && !window.zkg.isStabilized()) {
      window.__maxStall = Math.max(window.__maxStall, now - last);
    }
    if (window.zkg && window.zkg.isStabilized()) { clearInterval(id); }
    last = now;
  }, 20);
})();"""

INTERACT_JS = """async (query) => {
  const frame = () => new Promise(r => requestAnimationFrame(() => r()));
  const out = {};
  let t = performance.now();
  const hit = zkg.searchAndSelect(query);
  out.search_ms = performance.now() - t;
  out.hit = hit;
  await frame(); await frame();
  out.search_to_frame_ms = performance.now() - t;
  await new Promise(r => setTimeout(r, 400));           // focus animation (300 ms)
  t = performance.now();
  for (let i = 0; i < 5; i++) { zkg.network.redraw(); }
  out.redraw_ms = (performance.now() - t) / 5;
  t = performance.now();
  zkg.setClassVisible('Enterprise', false);
  await frame();
  out.filter_ms = performance.now() - t;
  zkg.setClassVisible('Enterprise', true);
  t = performance.now();
  zkg.setLang('en');
  await frame();
  out.lang_ms = performance.now() - t;
  return out;
}"""


def _synthetic() -> Any:
    path = ROOT / "tests" / "exporters" / "conftest.py"
    spec = importlib.util.spec_from_file_location("zkg_html_bench_graphs", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.synthetic_graph


def _blocker(file_url: str, offsite: list[str]) -> Any:
    def route(r: Any) -> None:
        if r.request.url == file_url:
            r.continue_()
        else:
            offsite.append(r.request.url)
            r.abort()

    return route


def measure(sizes: list[int]) -> list[dict[str, Any]]:
    synthetic_graph = _synthetic()
    rows: list[dict[str, Any]] = []
    tmp = Path(tempfile.mkdtemp(prefix="zkg-bench-html-"))
    try:
        files = []
        for n in sizes:
            g = synthetic_graph(n)
            times = []
            for _ in range(3):
                t = time.perf_counter()
                page = generate_html(g)
                times.append(time.perf_counter() - t)
            path = tmp / f"graph-{n}.html"
            path.write_bytes(page.encode("utf-8"))
            files.append(path)
            rows.append({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                         "gen_s": min(times), "size_mb": path.stat().st_size / 1e6})
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
                for row, path in zip(rows, files, strict=True):
                    page = ctx.new_page()
                    offsite: list[str] = []
                    page.route("**/*", _blocker(path.as_uri(), offsite))
                    page.add_init_script(HEARTBEAT_JS)
                    t = time.perf_counter()
                    page.goto(path.as_uri(), wait_until="load")
                    row["load_s"] = time.perf_counter() - t
                    page.wait_for_function("() => window.zkg && zkg.isStabilized()",
                                           timeout=600_000, polling=50)
                    row["stable_s"] = page.evaluate("zkg.stabilizedAt") / 1000
                    row["stall_ms"] = page.evaluate("window.__maxStall")
                    row["iterations"] = page.evaluate(
                        "zkg.data.vis.options.physics.stabilization.iterations")
                    row.update(page.evaluate(INTERACT_JS, f"节点{row['nodes'] - 3}"))
                    row["offsite_requests"] = len(offsite)
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
            page.wait_for_function("() => window.zkg && zkg.isStabilized()", timeout=120_000)
            page.fill("#zkg-search", query)
            page.evaluate("(id) => zkg.selectNode(id, {focus: false})", node)
            page.evaluate("""(id) => { const p = zkg.network.getPositions([id])[id];
                zkg.network.moveTo({position: {x: p.x + 60, y: p.y - 40}, scale: 0.95}); }""",
                          node)
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
    sizes = [int(a) for a in argv] or [100, 1000, 5000]
    rows = measure(sizes)
    cols = [("nodes", "{:>6}"), ("edges", "{:>6}"), ("gen_s", "{:>7.2f}"),
            ("size_mb", "{:>7.2f}"), ("load_s", "{:>6.2f}"), ("iterations", "{:>5}"),
            ("stable_s", "{:>8.2f}"), ("stall_ms", "{:>8.0f}"), ("search_ms", "{:>9.1f}"),
            ("search_to_frame_ms", "{:>9.1f}"), ("redraw_ms", "{:>9.1f}"),
            ("filter_ms", "{:>9.1f}"), ("lang_ms", "{:>8.1f}"), ("offsite_requests", "{:>7}")]
    heads = ["nodes", "edges", "gen s", "MB", "load s", "iter", "stable s", "stall ms", "search ms",
             "->frame ms", "redraw ms", "filter ms", "lang ms", "offsite"]
    widths = [len(f.format(0)) for _, f in cols]
    print(" ".join(h.rjust(w) for h, w in zip(heads, widths, strict=True)))
    for row in rows:
        print(" ".join(
            (f.format(row[k]) if k in row else "-".rjust(w))
            for (k, f), w in zip(cols, widths, strict=True)
        ))
    print("stable s = navigation start -> stabilizationIterationsDone (physics then off); "
          "stall = longest main-thread block while settling;\n"
          "search = searchAndSelect of a Chinese partial name (select+focus+panel), "
          "->frame = until 2 frames drawn; redraw = one full canvas redraw; "
          "filter = hide class Enterprise + 1 frame; lang = zh->en labels + 1 frame")


if __name__ == "__main__":
    main(sys.argv[1:])
