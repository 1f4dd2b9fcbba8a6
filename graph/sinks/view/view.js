(function () {
  "use strict";
  // Every piece of graph data reaches the page through textContent / createTextNode or an
  // SVG text node: no innerHTML anywhere. vis-network draws shapes and edge labels; node
  // labels are drawn by this script on the canvas (screen-size text, overlapping labels
  // of less important nodes left out), so vis never measures or wraps 20,000 labels.
  var timings = {start: performance.now()};
  var DATA = JSON.parse(document.getElementById("zkg-data").textContent);
  timings.parsed = performance.now();
  var I18N = {
    zh: {search: "搜索", searchPh: "中文/英文名称或别名", lang: "语言", classes: "类别（图例/筛选）",
      relations: "关系类型（筛选）", all: "全选", none: "全不选", edgeLabels: "显示关系标签",
      details: "详情", hint: "点击节点或关系查看名称、数据、关系和原文证据。", names: "名称",
      nameZh: "中文", nameEn: "英文", aliases: "别名", classesH: "类别", kind: "节点类型",
      description: "说明", figures: "数据", out: "发出的关系", in: "指向它的关系", evidence: "原文证据",
      other: "其他属性", noResult: "无匹配", hiddenNote: "（部分节点被筛选隐藏）",
      layout: "绘制中", loading: "载入中", ready: "就绪", value: "数值", asWritten: "原文", normalised: "标准化",
      period: "时期", change: "变化", rank: "排名范围", concerns: "涉及", role: "角色",
      offsets: "字符位置", line: "行", relation: "关系", from: "主体", to: "客体",
      nodesShown: "显示节点", hops: "邻域层数", showAll: "显示全部",
      focusMode: "聚焦：", focusHint: "点击节点可换焦点；“显示全部”返回", overviewMode:
      "概览：园区、产业集群与多篇文章提到的实体。搜索以聚焦，或“显示全部”",
      article: "文章", zone: "园区", province: "省份", city: "城市", year: "年份", any: "全部",
      matching: "匹配", nodes: "节点", edges: "关系", filters: "语料筛选", sources: "来源文章",
      openView: "打开该文章的视图", charts: "时间序列", table: "全部数据", indicator: "指标",
      unit: "单位", derived: "（由数据/证据推得）", edgeArticle: "出自文章"},
    en: {search: "Search", searchPh: "Chinese/English name or alias", lang: "Language",
      classes: "Classes (legend / filter)", relations: "Relation types (filter)", all: "all",
      none: "none", edgeLabels: "Show relation labels", details: "Details",
      hint: "Click a node or a relation to see its names, figures, relations and evidence.",
      names: "Names", nameZh: "Chinese", nameEn: "English", aliases: "Aliases",
      classesH: "Classes", kind: "Node kind", description: "Description", figures: "Figures",
      out: "Outgoing relations", in: "Incoming relations", evidence: "Evidence",
      other: "Other attributes", noResult: "no match", hiddenNote: "(some nodes are filtered out)",
      layout: "Drawing", loading: "loading", ready: "ready", value: "Value", asWritten: "As written",
      normalised: "Normalised", period: "Period", change: "Change", rank: "Rank scope",
      concerns: "Concerns", role: "Role", offsets: "Offsets", line: "line", relation: "Relation",
      from: "Subject", to: "Object", nodesShown: "Nodes shown", hops: "Hops", showAll: "Show all",
      focusMode: "Focus: ", focusHint: "click a node to refocus; \"show all\" to return",
      overviewMode: "Overview: zones, clusters and entities several articles mention. Search to focus, or \"show all\"",
      article: "Article", zone: "Zone", province: "Province", city: "City", year: "Year",
      any: "all", matching: "Matching", nodes: "nodes", edges: "edges", filters: "Corpus filters",
      sources: "Source articles", openView: "open this article's view", charts: "Time series",
      table: "All figures", indicator: "Indicator", unit: "Unit",
      derived: "(read off the figures/evidence)", edgeArticle: "Stated in"}
  };
  var KIND = {entity: ["实体", "entity"], funding_event: ["融资事件", "funding event"],
    recognition: ["荣誉/认定", "recognition"], article: ["文章", "article"]};
  var EXTRA = {instrument: ["融资工具", "Instrument"], mechanism_zh: ["机制", "Mechanism"],
    period: ["时期", "Period"], period_zh: ["时期（原文）", "Period (as written)"],
    recognition_kind: ["荣誉类型", "Recognition kind"], year: ["年份", "Year"],
    sha256: ["SHA-256", "SHA-256"], figure: ["数据", "Figure"]};
  var QUAL = {nearly: ["近", "nearly"], more_than: ["超过", "more than"],
    approximately: ["约", "approximately"], at_least: ["至少", "at least"],
    within_top: ["前", "within top"]};
  var COMPARISON = {year_on_year: ["同比", "year on year"]};
  var EVENT_PREDICATES = {funder: 1, recipient: 1, fundedProject: 1, arrangedBy: 1, awardedBy: 1};
  var CORPUS_KEYS = ["article", "zone", "province", "city", "year"];
  var SVGNS = "http://www.w3.org/2000/svg";
  var FONT = getComputedStyle(document.body).fontFamily;
  var LABEL_BUDGET = 400, LABEL_TRIES = 6000;
  var EDGE_BATCH = 4000, NODE_BATCH = 4000, LOAD_SLICE_MS = 40, SYNC_LOAD = 400, batchEdges = null;
  var api = {drawnAt: null, readyAt: null, timings: timings};  // window.zkg, for tests and benchmarks

  var state = {lang: DATA.config.lang, hiddenClasses: new Set(), hiddenRelations: new Set(),
    selected: null, selectedEdge: null, ready: false, edgeLabels: DATA.config.edgeLabels,
    edgeLabelsLoaded: DATA.config.edgeLabels, nodeHidden: {}, edgeHidden: {},
    focus: null, hops: 1, overview: !!DATA.config.overview,
    filter: {article: "", zone: "", province: "", city: "", year: ""}};
  var nodeMeta = {}, nodeIndex = {}, edgeMeta = {}, classMeta = {}, outEdges = {}, inEdges = {};
  var articleMeta = {};
  DATA.classes.forEach(function (c) { classMeta[c.name] = c; });
  DATA.nodes.forEach(function (n, i) {
    nodeMeta[n.id] = n; nodeIndex[n.id] = i; outEdges[n.id] = []; inEdges[n.id] = [];
  });
  DATA.edges.forEach(function (e) {
    edgeMeta[e.id] = e; outEdges[e.from].push(e.id); inEdges[e.to].push(e.id);
  });
  if (DATA.corpus) { DATA.corpus.articles.forEach(function (a) { articleMeta[a.id] = a; }); }

  function t(key) { return I18N[state.lang][key]; }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function svg(tag, attrs, text) {
    var e = document.createElementNS(SVGNS, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function isBlank(v) {
    return v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0);
  }
  function nodeLabel(n) {
    return state.lang === "en" ? (n.label_en || n.label_zh) : n.label_zh;
  }
  function otherLabel(n) { return state.lang === "en" ? n.label_zh : n.label_en; }
  function edgeLabel(e) { return state.lang === "en" ? e.label_en : e.label_zh; }
  function className(c) {
    var m = classMeta[c];
    return m ? (state.lang === "en" ? m.en : m.zh) : c;
  }
  function pair(map, key) {
    var v = map[key];
    return v ? (state.lang === "en" ? v[1] : v[0]) : String(key);
  }
  function plain(v) {
    if (v === null || v === undefined) { return ""; }
    if (typeof v === "object") { return JSON.stringify(v); }
    return String(v);
  }
  function articleTitle(id) {
    var a = articleMeta[id];
    if (!a) { return String(id); }
    return state.lang === "en" && a.title_en ? a.title_en : a.title_zh;
  }
  // a sibling file name only (the exporter also checks): never a javascript: URL
  function safeView(view) {
    return typeof view === "string" && /^[A-Za-z0-9][A-Za-z0-9._-]*\.html$/.test(view) ? view : null;
  }

  // ---- corpus facets of a node ----
  function nodeYears(n) {
    var years = [];
    (n.articles || []).forEach(function (a) {
      var m = articleMeta[a];
      if (m && m.period !== null && m.period !== undefined) { years.push(String(m.period)); }
    });
    return years;
  }
  function facet(n, key) {
    if (key === "article") { return n.articles || []; }
    if (key === "year") { return nodeYears(n); }
    return n[key] ? [n[key]] : [];
  }

  // ---- visibility: filters x (focus | overview | all) ----
  function passesFilters(n) {
    if (!n.classes.some(function (c) { return !state.hiddenClasses.has(c); })) { return false; }
    for (var i = 0; i < CORPUS_KEYS.length; i++) {
      var want = state.filter[CORPUS_KEYS[i]];
      if (want && facet(n, CORPUS_KEYS[i]).indexOf(want) < 0) { return false; }
    }
    return true;
  }
  function edgePasses(e, pass) {
    if (state.hiddenRelations.has(e.predicate) || !pass[e.from] || !pass[e.to]) { return false; }
    return !(state.filter.article && e.article && e.article !== state.filter.article);
  }
  function neighbourhood(root, hops, pass) {
    var seen = {}; seen[root] = true;
    var frontier = [root];
    for (var d = 0; d < hops && frontier.length; d++) {
      var next = [];
      frontier.forEach(function (id) {
        outEdges[id].concat(inEdges[id]).forEach(function (eid) {
          var e = edgeMeta[eid];
          if (!edgePasses(e, pass)) { return; }
          var other = e.from === id ? e.to : e.from;
          if (!seen[other]) { seen[other] = true; next.push(other); }
        });
      });
      frontier = next;
    }
    return seen;
  }
  function computeVisibility() {
    var pass = {}, nodeHidden = {}, edgeHidden = {};
    DATA.nodes.forEach(function (n) { pass[n.id] = passesFilters(n); });
    var mode = null;
    if (state.focus && pass[state.focus]) { mode = neighbourhood(state.focus, state.hops, pass); }
    else if (state.overview) {
      mode = {};
      DATA.nodes.forEach(function (n) { if (n.overview) { mode[n.id] = true; } });
    }
    DATA.nodes.forEach(function (n) { nodeHidden[n.id] = !pass[n.id] || (mode !== null && !mode[n.id]); });
    DATA.edges.forEach(function (e) {
      edgeHidden[e.id] = nodeHidden[e.from] || nodeHidden[e.to] || !edgePasses(e, pass);
    });
    return {nodes: nodeHidden, edges: edgeHidden};
  }

  // ---- state <-> URL fragment (#focus=…&k=2&zone=…): a view can be shared as a link ----
  function readHash() {
    var out = {};
    String(location.hash || "").replace(/^#/, "").split("&").forEach(function (kv) {
      if (!kv) { return; }
      var i = kv.indexOf("=");
      var k = i < 0 ? kv : kv.slice(0, i), v = i < 0 ? "" : kv.slice(i + 1);
      try { out[decodeURIComponent(k)] = decodeURIComponent(v); } catch (err) { /* ignore */ }
    });
    return out;
  }
  function list(v) { return v ? v.split(",").map(decodeURIComponent) : []; }
  function applyHashState(h) {
    state.lang = h.lang === "en" ? "en" : DATA.config.lang;
    state.hops = Math.min(3, Math.max(1, parseInt(h.k, 10) || 1));
    CORPUS_KEYS.forEach(function (k) { state.filter[k] = h[k] || ""; });
    state.hiddenClasses = new Set(list(h.hc));
    state.hiddenRelations = new Set(list(h.hr));
    state.focus = h.focus && nodeMeta[h.focus] ? h.focus : null;
    state.overview = !!DATA.config.overview && h.all !== "1";
    if (h.el === "1" || h.el === "0") { state.edgeLabels = h.el === "1" && DATA.config.edgeLabelsAvailable; }
    state.pendingSelect = h.sel && nodeMeta[h.sel] ? h.sel : null;
    state.pendingQuery = h.q || "";
  }
  var lastHash = null;
  function writeHash() {
    var parts = [];
    function put(k, v) { if (v) { parts.push(k + "=" + encodeURIComponent(v)); } }
    if (state.lang !== DATA.config.lang) { put("lang", state.lang); }
    put("focus", state.focus);
    if (state.hops !== 1) { put("k", String(state.hops)); }
    CORPUS_KEYS.forEach(function (k) { put(k, state.filter[k]); });
    put("hc", Array.from(state.hiddenClasses).sort().map(encodeURIComponent).join(","));
    put("hr", Array.from(state.hiddenRelations).sort().map(encodeURIComponent).join(","));
    if (DATA.config.overview && !state.overview) { put("all", "1"); }
    if (state.edgeLabels !== DATA.config.edgeLabels) { put("el", state.edgeLabels ? "1" : "0"); }
    put("sel", state.selected);
    var hash = parts.length ? "#" + parts.join("&") : "";
    if (hash === lastHash) { return; }
    lastHash = hash;
    var url = location.href.replace(/#.*$/, "") + hash;
    try { history.replaceState(null, "", url); } catch (err) { location.hash = hash; }
  }

  applyHashState(readHash());
  var initial = computeVisibility();
  state.nodeHidden = initial.nodes; state.edgeHidden = initial.edges;

  // ---- vis items: group (class style), precomputed position, size; nothing else.
  // Creating vis items is most of the cost of opening a graph (vis deep-copies its option
  // tree for each one), so the page is first drawn without any: nodes and edges that are
  // shown but not (yet) vis items are drawn by this script (drawPending, one canvas path
  // per class), and vis items are created afterwards in slices of about LOAD_SLICE_MS,
  // between which the page stays responsive and the status line counts. Above NODE_BATCH
  // (EDGE_BATCH) shown nodes (edges) they stay ours: vis draws each item on its own,
  // which takes seconds for 20,000; a click on one of our nodes is hit-tested here ----
  var loadedNodes = {}, loadedEdges = {}, loadedEdgeIds = [];
  var pendingNodes = [];  // shown, not vis items: drawn by drawPending
  var shown = {nodes: [], edges: []};
  // slices of vis items to make: queue (node ids, then edge ids), progress, and the
  // measured cost per item that sizes the next slice
  var loader = {timer: null, queue: null, done: 0, total: 0, perItem: 0.15, slices: 0, maxSliceMs: 0};
  function visNode(n) {
    return {id: n.id, group: n.primary, x: n.x, y: n.y, size: n.size, hidden: !!state.nodeHidden[n.id]};
  }
  function toLoad(ids, loaded) {
    var out = ids.filter(function (id) { return !loaded[id]; });
    out.forEach(function (id) { loaded[id] = true; });
    return out;
  }
  // vis redraws synchronously on every add (its physics' "startSimulation", even when
  // off): blocked while adding, one redraw is requested after
  function quietly(f) {
    network.body.emitter.emit("_blockRedraw");
    try { f(); } finally { network.body.emitter.emit("_allowRedraw"); }
  }
  // a change of vis data or options: vis rebuilds its lists of drawn items, ours replace them
  function visUpdate(f) {
    quietly(f);
    setDrawn(shown.nodes, shown.edges);
    network.body.emitter.emit("_requestRedraw");
  }
  // vis items for ids now (a handful: a clicked or selected node, a focus neighbourhood)
  function loadNow(nodeIds, edgeIds) {
    quietly(function () { addItems(nodeIds, edgeIds); });
    network.body.emitter.emit("_requestRedraw");
  }
  function addItems(nodeIds, edgeIds) {
    var newNodes = toLoad(nodeIds, loadedNodes);
    if (newNodes.length) { nodes.add(newNodes.map(function (id) { return visNode(nodeMeta[id]); })); }
    var newEdges = toLoad((edgeIds || []).filter(function (id) {
      var e = edgeMeta[id]; return loadedNodes[e.from] && loadedNodes[e.to];
    }), loadedEdges);
    if (newEdges.length) {
      loadedEdgeIds = loadedEdgeIds.concat(newEdges);
      edges.add(newEdges.map(function (id) { return visEdge(edgeMeta[id]); }));
    }
    if (newNodes.length || newEdges.length) { setDrawn(shown.nodes, shown.edges); }
  }
  function visEdge(e) {
    var o = {id: e.id, from: e.from, to: e.to, hidden: !!state.edgeHidden[e.id]};
    if (state.edgeLabels || state.edgeLabelsLoaded) { o.label = edgeLabel(e); }
    if (e.derived) { o.dashes = [2, 4]; o.color = {color: "#c3cfd9", inherit: false}; }
    else if (EVENT_PREDICATES[e.predicate]) { o.dashes = [5, 4]; }
    if (e.curve) {
      o.smooth = {enabled: true, type: e.curve % 2 ? "curvedCW" : "curvedCCW",
        roundness: 0.15 + 0.15 * Math.floor((e.curve - 1) / 2)};
    }
    return o;
  }
  // what is still to be made a vis item for the nodes and edges shown now
  function missing() {
    var allNodes = shown.nodes.length <= NODE_BATCH;
    var n = allNodes ? shown.nodes.filter(function (id) { return !loadedNodes[id]; }) : [];
    var e = shown.edges.length > EDGE_BATCH ? [] : shown.edges.filter(function (id) {
      var x = edgeMeta[id];
      return !loadedEdges[id] && (allNodes || (loadedNodes[x.from] && loadedNodes[x.to]));
    });
    return {nodes: n, edges: e};
  }
  function loading() { return loader.timer !== null; }
  function startLoading() {
    var m = missing();
    loader.total = m.nodes.length + m.edges.length;
    loader.done = 0;
    if (loader.timer !== null) { clearTimeout(loader.timer); loader.timer = null; }
    if (!loader.total) { loadFinished(); return; }
    loader.queue = {nodes: m.nodes, edges: m.edges, i: 0, j: 0};
    loader.timer = setTimeout(loadSlice, 0);
    updateStatus();
  }
  function loadSlice() {
    var q = loader.queue, t0 = performance.now();
    var k = Math.max(20, Math.min(2000, Math.round(LOAD_SLICE_MS / loader.perItem)));
    var n = 0;
    quietly(function () {
      var batch;
      if (q.i < q.nodes.length) {
        batch = q.nodes.slice(q.i, q.i + k);
        q.i += batch.length;
        addItems(batch, []);
      } else {  // edges once their nodes are vis items
        batch = q.edges.slice(q.j, q.j + k);
        q.j += batch.length;
        addItems([], batch);
      }
      n = batch.length;
    });
    var ms = performance.now() - t0;
    if (n >= 20) { loader.perItem = Math.max(0.01, ms / n); }
    loader.slices++; loader.maxSliceMs = Math.max(loader.maxSliceMs, ms);
    loader.done = Math.min(loader.total, q.i + q.j);
    if (q.i >= q.nodes.length && q.j >= q.edges.length) {
      loader.timer = null;
      loadFinished();
    } else {
      loader.timer = setTimeout(loadSlice, 0);
      updateStatus();
    }
  }
  function loadFinished() {
    loader.done = loader.total;
    network.body.emitter.emit("_requestRedraw");
    if (!state.ready && wired) {
      state.ready = true;
      api.readyAt = timings.ready = performance.now();
      document.documentElement.setAttribute("data-ready", "true");
    }
    updateStatus();
  }
  // a node's position: its vis item's (it may have been dragged), else the layout's
  function posOf(id) { return bodyNodes[id] && loadedNodes[id] ? bodyNodes[id] : nodeMeta[id]; }

  var shownNodes = [], shownEdges = [];
  DATA.nodes.forEach(function (n) { if (!state.nodeHidden[n.id]) { shownNodes.push(n.id); } });
  DATA.edges.forEach(function (e) { if (!state.edgeHidden[e.id]) { shownEdges.push(e.id); } });
  var nodes = new vis.DataSet([]);
  var edges = new vis.DataSet([]);
  var container = document.getElementById("zkg-network");
  var status = document.getElementById("zkg-status");
  var options = DATA.vis.options;
  options.edges.font.size = state.edgeLabels ? 11 : 0;
  if (DATA.config.large) { options.edges.arrows = {to: {enabled: false}}; }  // arrows: half the edge cost
  timings.datasets = performance.now();
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, options);
  timings.network = performance.now();
  var bodyNodes = network.body.nodes, bodyEdges = network.body.edges;
  // fit on our own: vis' fit() first re-sizes every node (seconds at 20,000)
  function fitTo(ids) {
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    ids.forEach(function (id) {
      var b = posOf(id), r = nodeMeta[id].size || 10;
      x0 = Math.min(x0, b.x - r); x1 = Math.max(x1, b.x + r);
      y0 = Math.min(y0, b.y - r); y1 = Math.max(y1, b.y + r + 20);
    });
    if (!isFinite(x0)) { return; }
    var w = container.clientWidth || 800, h = container.clientHeight || 600;
    var scale = Math.min(2, 0.92 * Math.min(w / Math.max(1, x1 - x0), h / Math.max(1, y1 - y0)));
    network.moveTo({position: {x: (x0 + x1) / 2, y: (y0 + y1) / 2}, scale: scale, animation: false});
  }
  fitTo(shownNodes);
  setDrawn(shownNodes, shownEdges);

  function setStatus(text) { status.textContent = text; }
  setStatus(t("layout") + "…");
  function countShown() { return [shown.nodes.length, shown.edges.length]; }
  function updateStatus() {
    var c = countShown();
    document.getElementById("zkg-filter-count").textContent =
      t("matching") + ": " + c[0] + " " + t("nodes") + " · " + c[1] + " " + t("edges");
    var mode = document.getElementById("zkg-mode");
    if (state.focus) {
      mode.textContent = t("focusMode") + nodeLabel(nodeMeta[state.focus]) + " (" + state.hops + ") — " + t("focusHint");
    } else { mode.textContent = state.overview ? t("overviewMode") : ""; }
    var counts = t("nodesShown") + " " + c[0] + "/" + DATA.nodes.length;
    if (loading()) { setStatus(t("loading") + " " + loader.done + "/" + loader.total + " · " + counts); return; }
    if (!state.ready) { return; }
    setStatus(t("ready") + " · " + counts);
  }

  // ---- node labels: screen-size text, most important first, none overlapping ----
  var CLASS_WEIGHT = {Zone: 5, Article: 4, Cluster: 3, Park: 3};
  var labelOrder = DATA.nodes.map(function (n, i) { return i; });
  labelOrder.sort(function (a, b) {
    var na = DATA.nodes[a], nb = DATA.nodes[b];
    var wa = (CLASS_WEIGHT[na.primary] || 0) * 1e6 + (na.overview ? 1e5 : 0) + na.degree;
    var wb = (CLASS_WEIGHT[nb.primary] || 0) * 1e6 + (nb.overview ? 1e5 : 0) + nb.degree;
    return wb - wa || a - b;
  });
  // label width in em, estimated (measureText on 20,000 labels costs close to a second):
  // CJK and full-width characters 1 em, others 0.58 em
  function ems(text) {
    var w = 0;
    for (var i = 0; i < text.length; i++) { w += text.charCodeAt(i) >= 0x2e80 ? 1 : 0.58; }
    return w;
  }
  var labelCache = {zh: {}, en: {}};
  function labelBox(n) {
    var cache = labelCache[state.lang], c = cache[n.id];
    if (!c) {
      var text = nodeLabel(n);
      if (text.length > 22) { text = text.slice(0, 21) + "…"; }
      c = cache[n.id] = {text: text, width: ems(text)};
    }
    return c;
  }
  var api_labels = [];
  function drawLabels(ctx) {
    var scale = network.getScale();
    var px = Math.max(11, Math.min(17, 12.5 * Math.pow(scale, 0.3)));
    var fs = px / scale, lineH = fs * 1.25, pad = 2 / scale;
    var w = container.clientWidth, h = container.clientHeight;
    var tl = network.DOMtoCanvas({x: 0, y: 0}), br = network.DOMtoCanvas({x: w, y: h});
    var cell = 90 / scale, grid = {}, placed = [];
    function free(x0, y0, x1, y1) {
      for (var gx = Math.floor(x0 / cell); gx <= Math.floor(x1 / cell); gx++) {
        for (var gy = Math.floor(y0 / cell); gy <= Math.floor(y1 / cell); gy++) {
          var boxes = grid[gx + ":" + gy];
          if (!boxes) { continue; }
          for (var i = 0; i < boxes.length; i++) {
            var b = boxes[i];
            if (x0 < b[2] && x1 > b[0] && y0 < b[3] && y1 > b[1]) { return false; }
          }
        }
      }
      return true;
    }
    function put(box) {
      for (var gx = Math.floor(box[0] / cell); gx <= Math.floor(box[2] / cell); gx++) {
        for (var gy = Math.floor(box[1] / cell); gy <= Math.floor(box[3] / cell); gy++) {
          var k = gx + ":" + gy; (grid[k] || (grid[k] = [])).push(box);
        }
      }
    }
    function tryLabel(n, force) {  // true when n is on screen (a candidate)
      if (state.nodeHidden[n.id]) { return false; }
      var b = posOf(n.id);
      if (b.x < tl.x - 200 / scale || b.x > br.x + 200 / scale || b.y < tl.y - 50 / scale || b.y > br.y + 50 / scale) { return false; }
      var lb = labelBox(n), lw = lb.width * fs;
      var top = b.y + n.size + pad;
      var box = [b.x - lw / 2 - pad, top, b.x + lw / 2 + pad, top + lineH];
      if (!force && !free(box[0], box[1], box[2], box[3])) { return true; }
      put(box); placed.push([n.id, lb.text, b.x, top, force, box]);
      return true;
    }
    if (state.selected && nodeMeta[state.selected]) { tryLabel(nodeMeta[state.selected], true); }
    if (state.focus && state.focus !== state.selected) { tryLabel(nodeMeta[state.focus], true); }
    // the most important LABEL_TRIES nodes on screen only: the rest would rarely find room
    var tries = 0;
    for (var i = 0; i < labelOrder.length && tries < LABEL_TRIES && placed.length < LABEL_BUDGET; i++) {
      var n = DATA.nodes[labelOrder[i]];
      if (n.id !== state.selected && n.id !== state.focus && tryLabel(n, false)) { tries++; }
    }
    ctx.save();
    ctx.textAlign = "center"; ctx.textBaseline = "top";
    ctx.lineJoin = "round"; ctx.lineWidth = 3 / scale; ctx.strokeStyle = "rgba(255,255,255,0.95)";
    placed.forEach(function (p) {
      ctx.font = (p[4] ? "bold " : "") + fs + "px " + FONT;
      ctx.fillStyle = "#1f2933";
      ctx.strokeText(p[1], p[2], p[3]);
      ctx.fillText(p[1], p[2], p[3]);
    });
    ctx.restore();
    api_labels = placed;
  }
  network.on("afterDrawing", function (ctx) {
    drawLabels(ctx);
    if (api.drawnAt === null) {  // the first complete draw: now the rest of the page
      api.drawnAt = timings.drawn = performance.now();
      if (performance.mark) { performance.mark("zkg-drawn"); }
      setTimeout(wireUp, 0);
    }
  });
  // vis scales edge fonts with the zoom: keep edge labels at a readable screen size
  var edgeFontScale = null;
  function syncEdgeFont() {
    if (!state.edgeLabels) { return; }
    var size = Math.max(6, Math.min(30, 10.5 / network.getScale()));
    if (edgeFontScale !== null && Math.abs(size - edgeFontScale) / edgeFontScale < 0.15) { return; }
    edgeFontScale = size;
    visUpdate(function () { network.setOptions({edges: {font: {size: size}}}); });
  }
  network.on("zoom", syncEdgeFont);

  // ---- tooltips, built on hover only (DOM text) ----
  var tip = document.getElementById("zkg-tip");
  function showTip(box, pointer) {
    tip.replaceChildren(box);
    tip.hidden = false;
    var w = container.clientWidth;
    tip.style.left = Math.min(pointer.x + 14, Math.max(0, w - 370)) + "px";
    tip.style.top = (pointer.y + 14) + "px";
  }
  function nodeTooltip(n) {
    var box = el("div");
    box.appendChild(el("strong", null, n.label_zh));
    if (n.label_en) { box.appendChild(el("div", null, n.label_en)); }
    box.appendChild(el("div", null, n.classes.map(function (c) {
      var m = classMeta[c]; return m ? m.zh + " " + m.en : c;
    }).join(" · ")));
    if (n.aliases_zh.length) { box.appendChild(el("div", null, "别名 aliases: " + n.aliases_zh.join("、"))); }
    return box;
  }
  function edgeTooltip(e) {
    var box = el("div");
    box.appendChild(el("strong", null, e.label_zh + " · " + e.label_en));
    box.appendChild(el("div", null, nodeMeta[e.from].label_zh + " → " + nodeMeta[e.to].label_zh));
    if (e.role_zh) { box.appendChild(el("div", null, "角色 role: " + e.role_zh)); }
    if (e.evidence.length) {
      var q = e.evidence[0];
      box.appendChild(el("div", null, "“" + (q && typeof q === "object" ? (q.quote || q.sentence) : q) + "”"));
    }
    return box;
  }
  network.on("hoverNode", function (p) { showTip(nodeTooltip(nodeMeta[p.node]), p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTip(edgeTooltip(edgeMeta[p.edge]), p.pointer.DOM); });
  network.on("blurNode", function () { tip.hidden = true; });
  network.on("blurEdge", function () { tip.hidden = true; });
  network.on("dragStart", function () { tip.hidden = true; });
  network.on("zoom", function () { tip.hidden = true; });

  // ---- applying visibility: the hidden flag straight on vis' body items and vis' lists
  // of drawn items rebuilt from ours (what vis' "_dataChanged" would do, without its
  // per-item edge reconnection, clustering and physics passes: seconds at 20,000 nodes).
  // Shown nodes and edges that are not vis items are drawn by us before vis draws its
  // own: edges as one canvas path, nodes as one path per class ----
  function setDrawn(nodeIds, edgeIds) {
    shown.nodes = nodeIds; shown.edges = edgeIds;
    var inVis = [], ours = [], visEdges = [], ourEdges = [];
    if (nodeIds.length > NODE_BATCH) {  // all ours but the selected node (vis highlights it)
      var sel = {};
      network.getSelectedNodes().forEach(function (id) { sel[id] = true; });
      nodeIds.forEach(function (id) { (loadedNodes[id] && sel[id] ? inVis : ours).push(id); });
    } else {
      nodeIds.forEach(function (id) { (loadedNodes[id] ? inVis : ours).push(id); });
    }
    if (edgeIds.length > EDGE_BATCH) { ourEdges = edgeIds; }
    else { edgeIds.forEach(function (id) { (loadedEdges[id] ? visEdges : ourEdges).push(id); }); }
    network.body.nodeIndices = inVis;
    network.body.edgeIndices = visEdges;
    pendingNodes = ours;
    pendingByGroup = {};
    ours.forEach(function (id) {  // [position (a vis item's, if it was dragged), size]
      var g = nodeMeta[id].primary; (pendingByGroup[g] || (pendingByGroup[g] = [])).push([posOf(id), nodeMeta[id].size]);
    });
    batchEdges = ourEdges.length ? ourEdges.map(function (id) {
      var e = edgeMeta[id]; return [posOf(e.from), posOf(e.to)];
    }) : null;
  }
  var GROUPS = DATA.vis.options.groups || {};
  // vis' own shapes (vis-network lib/network/shapes.ts), r = the node's size
  function shapePath(ctx, shape, x, y, r) {
    var i;
    if (shape === "square") { ctx.rect(x - r, y - r, 2 * r, 2 * r); return; }
    if (shape === "diamond") {
      ctx.moveTo(x, y + r); ctx.lineTo(x + r, y); ctx.lineTo(x, y - r); ctx.lineTo(x - r, y); ctx.closePath(); return;
    }
    if (shape === "triangle" || shape === "triangleDown") {
      var s = 2 * r, s2 = s / 2, ir = Math.sqrt(3) / 6 * s, h = Math.sqrt(s * s - s2 * s2), d = shape === "triangle" ? 1 : -1;
      ctx.moveTo(x, y - d * (h - ir)); ctx.lineTo(x + s2, y + d * ir); ctx.lineTo(x - s2, y + d * ir); ctx.closePath(); return;
    }
    if (shape === "star") {
      var rs = r * 0.82, ys = y + 0.1 * rs;
      ctx.moveTo(x, ys - rs * 1.3);
      for (i = 1; i < 10; i++) {
        var rr = i % 2 === 0 ? rs * 1.3 : rs * 0.5;
        ctx.lineTo(x + rr * Math.sin(i * 2 * Math.PI / 10), ys - rr * Math.cos(i * 2 * Math.PI / 10));
      }
      ctx.closePath(); return;
    }
    if (shape === "hexagon") {
      ctx.moveTo(x + r, y);
      for (i = 1; i < 6; i++) { ctx.lineTo(x + r * Math.cos(i * Math.PI / 3), y + r * Math.sin(i * Math.PI / 3)); }
      ctx.closePath(); return;
    }
    ctx.moveTo(x + r, y); ctx.arc(x, y, r, 0, 2 * Math.PI);
  }
  var pendingByGroup = {};
  function drawPending(ctx) {
    if (!pendingNodes.length) { return; }
    var scale = network.getScale();
    var tl = network.DOMtoCanvas({x: 0, y: 0}), br = network.DOMtoCanvas({x: container.clientWidth, y: container.clientHeight});
    ctx.save();
    Object.keys(pendingByGroup).sort().forEach(function (g) {
      var style = GROUPS[g] || {}, colour = style.color || {}, shape = style.shape || "dot";
      var list = pendingByGroup[g], tiny = true;
      ctx.beginPath();
      for (var i = 0; i < list.length; i++) {
        var n = list[i][0], r = list[i][1];
        if (n.x + r < tl.x || n.x - r > br.x || n.y + r < tl.y || n.y - r > br.y) { continue; }
        // a few pixels wide: a square is as good as the shape, and much cheaper
        if (r * scale < 2.5) { ctx.rect(n.x - r, n.y - r, 2 * r, 2 * r); } else { tiny = false; shapePath(ctx, shape, n.x, n.y, r); }
      }
      ctx.fillStyle = colour.background || "#97c2fc";
      ctx.fill();
      if (tiny) { return; }
      ctx.lineWidth = (style.borderWidth || 1.5) / scale;  // screen pixels, as vis
      ctx.strokeStyle = colour.border || "#2b7ce9";
      if (style.shapeProperties && style.shapeProperties.borderDashes) { ctx.setLineDash(style.shapeProperties.borderDashes); }
      ctx.stroke();
      ctx.setLineDash([]);
    });
    ctx.restore();
  }
  // the node of ours under a click (canvas coordinates), the nearest if several
  function hitPending(pt) {
    var best = null, bestD = Infinity, slack = 3 / network.getScale();
    pendingNodes.forEach(function (id) {
      var n = posOf(id), d = Math.sqrt((n.x - pt.x) * (n.x - pt.x) + (n.y - pt.y) * (n.y - pt.y));
      if (d <= nodeMeta[id].size + slack && d < bestD) { best = id; bestD = d; }
    });
    return best;
  }
  network.on("beforeDrawing", function (ctx) {
    if (batchEdges) {
      var scale = network.getScale();
      ctx.save();
      ctx.beginPath();
      for (var i = 0; i < batchEdges.length; i++) {
        var a = batchEdges[i][0], b = batchEdges[i][1];
        ctx.moveTo(a.x, a.y); ctx.lineTo(b.x, b.y);
      }
      ctx.lineWidth = 1 / scale;
      ctx.strokeStyle = "rgba(130,146,163,0.45)";
      ctx.stroke();
      ctx.restore();
    }
    drawPending(ctx);
  });
  function refresh(opts) {
    var vis_ = computeVisibility(), nodeIds = [], edgeIds = [];
    DATA.nodes.forEach(function (n) {
      var h = vis_.nodes[n.id];
      if (!!state.nodeHidden[n.id] !== h && bodyNodes[n.id]) { bodyNodes[n.id].options.hidden = h; }
      if (!h) { nodeIds.push(n.id); }
    });
    DATA.edges.forEach(function (e) {
      var h = vis_.edges[e.id];
      if (!!state.edgeHidden[e.id] !== h && bodyEdges[e.id]) { bodyEdges[e.id].options.hidden = h; }
      if (!h) { edgeIds.push(e.id); }
    });
    state.nodeHidden = vis_.nodes; state.edgeHidden = vis_.edges;
    setDrawn(nodeIds, edgeIds);
    var m = missing();
    if (m.nodes.length + m.edges.length <= SYNC_LOAD) {
      loadNow(m.nodes, m.edges);
      if (loading()) { clearTimeout(loader.timer); loader.timer = null; loadFinished(); }
    } else { startLoading(); }  // in slices; the status line counts
    if (state.selected && state.nodeHidden[state.selected]) { network.unselectAll(); }
    if (opts && opts.fit) { fitTo(nodeIds); }
    network.body.emitter.emit("_requestRedraw");
    updateStatus();
    runSearch(searchInput.value, false);
    writeHash();
  }

  // ---- focus mode ----
  function focusOn(id) {
    if (!nodeMeta[id] || !passesFilters(nodeMeta[id])) { return false; }
    state.focus = id;
    refresh({fit: true});
    selectNode(id, {focus: false});
    return true;
  }
  function showAll() {
    state.focus = null;
    state.overview = false;
    refresh({fit: true});
  }
  function setHops(k) {
    state.hops = Math.min(3, Math.max(1, parseInt(k, 10) || 1));
    document.getElementById("zkg-hops").value = String(state.hops);
    if (state.focus) { refresh({fit: true}); } else { writeHash(); }
  }

  // ---- i18n of the static UI ----
  function applyI18n() {
    document.documentElement.lang = state.lang === "en" ? "en" : "zh-CN";
    document.querySelectorAll("[data-i18n]").forEach(function (e) {
      e.textContent = t(e.getAttribute("data-i18n"));
    });
    document.getElementById("zkg-search").placeholder = t("searchPh");
    document.querySelectorAll("[data-class-name]").forEach(function (e) {
      e.textContent = className(e.getAttribute("data-class-name"));
    });
    document.querySelectorAll("[data-relation]").forEach(function (e) {
      var p = e.getAttribute("data-relation");
      var r = DATA.relations.filter(function (x) { return x.predicate === p; })[0];
      e.textContent = state.lang === "en" ? r.en : r.zh;
    });
    document.querySelectorAll("option[data-any]").forEach(function (o) { o.textContent = t("any"); });
    document.querySelectorAll("option[data-article]").forEach(function (o) {
      o.textContent = articleTitle(o.value) + " (" + o.getAttribute("data-count") + ")";
    });
  }

  function setLang(lang) {
    state.lang = lang === "en" ? "en" : "zh";
    document.querySelectorAll("input[name=zkg-lang]").forEach(function (i) {
      i.checked = i.value === state.lang;
    });
    if (state.edgeLabelsLoaded) {
      visUpdate(function () {
        edges.update(loadedEdgeIds.map(function (id) { return {id: id, label: edgeLabel(edgeMeta[id])}; }));
      });
    }
    applyI18n();
    updateStatus();
    rerenderPanel();
    runSearch(searchInput.value, false);
    network.redraw();
    writeHash();
  }

  function setEdgeLabels(show) {
    state.edgeLabels = !!show && DATA.config.edgeLabelsAvailable;
    document.getElementById("zkg-edge-labels").checked = state.edgeLabels;
    if (state.edgeLabels && !state.edgeLabelsLoaded) {
      visUpdate(function () {
        edges.update(loadedEdgeIds.map(function (id) { return {id: id, label: edgeLabel(edgeMeta[id])}; }));
      });
      state.edgeLabelsLoaded = true;
    }
    edgeFontScale = null;
    if (state.edgeLabels) { syncEdgeFont(); } else { visUpdate(function () { network.setOptions({edges: {font: {size: 0}}}); }); }
    writeHash();
  }

  // ---- filters ----
  function setClassVisible(cls, visible) {
    setFlag(state.hiddenClasses, cls, visible);
    syncBoxes("data-filter-class", state.hiddenClasses);
    refresh();
  }
  function setRelationVisible(p, visible) {
    setFlag(state.hiddenRelations, p, visible);
    syncBoxes("data-filter-relation", state.hiddenRelations);
    refresh();
  }
  function setFilter(key, value) {
    state.filter[key] = value || "";
    var sel = document.querySelector('select[data-filter="' + key + '"]');
    if (sel) { sel.value = state.filter[key]; }
    refresh();
  }
  function buildCorpusFilters() {
    var box = document.getElementById("zkg-corpus-filters");
    var made = 0;
    CORPUS_KEYS.forEach(function (key) {
      var counts = {};
      DATA.nodes.forEach(function (n) {
        var seen = {};
        facet(n, key).forEach(function (v) { if (!seen[v]) { seen[v] = 1; counts[v] = (counts[v] || 0) + 1; } });
      });
      var values = Object.keys(counts).sort();
      if (!values.length) { return; }
      if (!made) { var h = el("h2", null, t("filters")); h.setAttribute("data-i18n", "filters"); box.appendChild(h); }
      made++;
      var label = el("label");
      var name = el("span", null, t(key)); name.setAttribute("data-i18n", key);
      var select = el("select"); select.setAttribute("data-filter", key);
      var any = el("option", null, t("any")); any.value = ""; any.setAttribute("data-any", "1");
      select.appendChild(any);
      values.forEach(function (v) {
        var o = el("option", null, (key === "article" ? articleTitle(v) : v) + " (" + counts[v] + ")");
        o.value = v;
        if (key === "article") { o.setAttribute("data-article", "1"); o.setAttribute("data-count", counts[v]); }
        select.appendChild(o);
      });
      select.value = state.filter[key];
      select.addEventListener("change", function () { setFilter(key, select.value); });
      label.append(name, select);
      box.appendChild(label);
    });
  }
  function buildFilters() {
    var cbox = document.getElementById("zkg-classes");
    cbox.appendChild(allNone(function (on) {
      DATA.classes.forEach(function (c) { setFlag(state.hiddenClasses, c.name, on); });
      syncBoxes("data-filter-class", state.hiddenClasses); refresh();
    }));
    DATA.classes.forEach(function (c) {
      var label = el("label", "zkg-check");
      var input = el("input"); input.type = "checkbox"; input.checked = !state.hiddenClasses.has(c.name);
      input.setAttribute("data-filter-class", c.name);
      input.addEventListener("change", function () { setClassVisible(c.name, input.checked); });
      var glyph = el("span", "zkg-glyph", c.glyph); glyph.style.color = c.color;
      var name = el("span", null, className(c.name)); name.setAttribute("data-class-name", c.name);
      label.append(input, glyph, name, el("span", "zkg-count", c.count));
      label.title = c.zh + " / " + c.en + " (" + c.name + ")" + (c.drawn ? "" :
        " — 仅作附加类别，节点按其主类别着色 / secondary class only: nodes are drawn in their main class");
      cbox.appendChild(label);
    });
    var rbox = document.getElementById("zkg-relations");
    rbox.appendChild(allNone(function (on) {
      DATA.relations.forEach(function (r) { setFlag(state.hiddenRelations, r.predicate, on); });
      syncBoxes("data-filter-relation", state.hiddenRelations); refresh();
    }));
    DATA.relations.forEach(function (r) {
      var label = el("label", "zkg-check");
      var input = el("input"); input.type = "checkbox"; input.checked = !state.hiddenRelations.has(r.predicate);
      input.setAttribute("data-filter-relation", r.predicate);
      input.addEventListener("change", function () { setRelationVisible(r.predicate, input.checked); });
      var name = el("span", null, state.lang === "en" ? r.en : r.zh);
      name.setAttribute("data-relation", r.predicate);
      label.append(input, name, el("span", "zkg-count", r.count));
      label.title = r.zh + " / " + r.en + " (" + r.predicate + ")" + (r.derived ? " " + I18N.zh.derived + " " + I18N.en.derived : "");
      rbox.appendChild(label);
    });
    buildCorpusFilters();
  }
  function setFlag(set, key, visible) { if (visible) { set.delete(key); } else { set.add(key); } }
  function syncBoxes(attr, hiddenSet) {
    document.querySelectorAll("input[" + attr + "]").forEach(function (i) {
      i.checked = !hiddenSet.has(i.getAttribute(attr));
    });
  }
  function allNone(fn) {
    var div = el("div", "zkg-links");
    var a = el("button"); a.type = "button"; a.setAttribute("data-i18n", "all"); a.textContent = t("all");
    var b = el("button"); b.type = "button"; b.setAttribute("data-i18n", "none"); b.textContent = t("none");
    a.addEventListener("click", function () { fn(true); });
    b.addEventListener("click", function () { fn(false); });
    div.append(a, b);
    return div;
  }

  // ---- search (zh / en / alias / id, partial) ----
  function norm(s) { return String(s || "").normalize("NFKC").toLowerCase().trim(); }
  // the search index is built after the first draw, in slices (indexSlice), or at the
  // first search if that comes sooner
  var searchIndex = null, indexPart = [];
  function indexEntry(n) {
    return {id: n.id, names: [n.label_zh, n.label_en].concat(n.aliases_zh, [n.id]).map(norm)
      .filter(function (x) { return x; })};
  }
  function getSearchIndex() {
    while (!searchIndex) { indexMore(Infinity); }
    return searchIndex;
  }
  function indexMore(budgetMs) {
    var t0 = performance.now();
    while (indexPart.length < DATA.nodes.length && performance.now() - t0 < budgetMs) {
      var end = Math.min(DATA.nodes.length, indexPart.length + 500);
      for (var i = indexPart.length; i < end; i++) { indexPart.push(indexEntry(DATA.nodes[i])); }
    }
    if (indexPart.length >= DATA.nodes.length) { searchIndex = indexPart; }
  }
  function indexSlice() {
    if (searchIndex) { return; }
    indexMore(LOAD_SLICE_MS / 2);
    if (!searchIndex) { setTimeout(indexSlice, 0); }
  }
  // search ignores focus/overview (a hit refocuses) but respects the filters
  function searchable(id) { return passesFilters(nodeMeta[id]); }
  function search(query) {
    var q = norm(query);
    if (!q) { return []; }
    var hits = [];
    getSearchIndex().forEach(function (entry, i) {
      var best = null;
      entry.names.forEach(function (name) {
        var pos = name.indexOf(q);
        if (pos < 0) { return; }
        var score = (name === q ? 0 : pos === 0 ? 1 : 2) * 100000 + name.length;
        if (best === null || score < best) { best = score; }
      });
      if (best !== null && searchable(entry.id)) { hits.push([best, i, entry.id]); }
    });
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    return hits.map(function (h) { return h[2]; });
  }
  var searchInput = document.getElementById("zkg-search");
  var resultsList = document.getElementById("zkg-results");
  var searchNote = document.getElementById("zkg-search-note");
  function runSearch(query, selectFirst) {
    var ids = search(query);
    resultsList.replaceChildren();
    searchNote.textContent = "";
    if (norm(query) && !ids.length) {
      searchNote.textContent = t("noResult") + (state.hiddenClasses.size ? " " + t("hiddenNote") : "");
    }
    ids.slice(0, 30).forEach(function (id) {
      var n = nodeMeta[id];
      var li = el("li"), b = el("button");
      b.type = "button";
      b.textContent = nodeLabel(n) + (otherLabel(n) ? " · " + otherLabel(n) : "");
      b.title = n.id;
      b.addEventListener("click", function () { focusOn(id); });
      li.appendChild(b); resultsList.appendChild(li);
    });
    if (ids.length > 30) { searchNote.textContent = "… +" + (ids.length - 30); }
    if (selectFirst && ids.length) { focusOn(ids[0]); }
    return ids;
  }

  // ---- selection + side panel ----
  var panel = document.getElementById("zkg-panel-body");
  function selectNode(id, opts) {
    if (!nodeMeta[id]) { return false; }
    if (state.nodeHidden[id]) {
      if (!passesFilters(nodeMeta[id])) { return false; }
      return focusOn(id);  // hidden by focus/overview only: bring its neighbourhood
    }
    loadNow([id]);
    network.selectNodes([id], true);
    setDrawn(shown.nodes, shown.edges);
    var focus = !opts || opts.focus !== false;
    if (focus) {
      network.focus(id, {scale: Math.max(network.getScale(), 1.2), locked: false,
        animation: {duration: 300, easingFunction: "easeInOutQuad"}});
    }
    showNode(id);
    return true;
  }
  function rerenderPanel() {
    if (state.selected) { showNode(state.selected); }
    else if (state.selectedEdge) { showEdge(state.selectedEdge); }
  }
  function section(title, key) {
    var h = el("h2", null, title); if (key) { h.setAttribute("data-section", key); } return h;
  }
  function dl(rows) {
    var d = el("dl", "zkg-dl");
    rows.forEach(function (r) {
      if (isBlank(r[1])) { return; }
      d.appendChild(el("dt", null, r[0]));
      var dd = el("dd");
      if (r[1] instanceof Node) { dd.appendChild(r[1]); } else { dd.textContent = String(r[1]); }
      d.appendChild(dd);
    });
    return d;
  }
  function nodeLink(id) {
    var n = nodeMeta[id];
    var b = el("button", "zkg-nodelink", n ? nodeLabel(n) : id);
    b.type = "button";
    b.setAttribute("data-node", id);
    b.addEventListener("click", function () { selectNode(id); });
    return b;
  }
  function evidenceBlock(ev) {
    var q = el("blockquote", "zkg-evidence");
    if (typeof ev !== "object" || ev === null) { q.textContent = String(ev); return q; }
    var sentence = ev.sentence || "", quote = ev.quote || "";
    var pos = quote && sentence ? sentence.indexOf(quote) : -1;
    if (pos >= 0) {
      q.appendChild(document.createTextNode(sentence.slice(0, pos)));
      q.appendChild(el("mark", null, quote));
      q.appendChild(document.createTextNode(sentence.slice(pos + quote.length)));
    } else {
      if (quote) { q.appendChild(el("mark", null, quote)); }
      if (sentence && sentence !== quote) { q.appendChild(el("div", null, sentence)); }
    }
    var meta = [];
    if (!isBlank(ev.start) || !isBlank(ev.end)) { meta.push(t("offsets") + " [" + plain(ev.start) + ", " + plain(ev.end) + ")"); }
    if (!isBlank(ev.line)) { meta.push(t("line") + " " + plain(ev.line)); }
    if (meta.length) { q.appendChild(el("span", "zkg-offsets", meta.join(" · "))); }
    return q;
  }
  function amountText(v) {
    if (!v || typeof v !== "object") { return plain(v); }
    var parts = [];
    if (v.qualifier) { parts.push(pair(QUAL, v.qualifier)); }
    var num = isBlank(v.value) ? "" : plain(v.value);
    if (!isBlank(v.value_max)) { num += "–" + plain(v.value_max); }
    if (num) { parts.push(num + (v.unit ? " " + v.unit : "")); }
    if (v.comparison) { parts.unshift(pair(COMPARISON, v.comparison)); }
    var s = parts.join(" ");
    if (v.as_written) { s = v.as_written + (s ? "  (" + s + ")" : ""); }
    return s;
  }
  function indicatorName(f) {
    return state.lang === "en" ? (f.indicator_en || f.indicator_zh || f.id || "") : (f.indicator_zh || f.indicator_en || f.id || "");
  }
  function figureCard(f) {
    var card = el("div", "zkg-card");
    if (typeof f !== "object" || f === null) { card.textContent = String(f); return card; }
    if (f.id) { card.setAttribute("data-figure", String(f.id)); }
    var title = indicatorName(f);
    var other = state.lang === "en" ? f.indicator_zh : f.indicator_en;
    card.appendChild(el("div", "zkg-card-title", title + (other && other !== title ? " · " + other : "")));
    var period = [plain(f.period), plain(f.period_zh)].filter(function (x) { return x; }).join(" · ");
    var normalised = isBlank(f.normalised_value) ? "" : plain(f.normalised_value) + " " + plain(f.normalised_unit);
    var concerns = null;
    if (Array.isArray(f.concerns) && f.concerns.length) {
      concerns = el("span");
      f.concerns.forEach(function (c, i) { if (i) { concerns.appendChild(document.createTextNode("、")); } concerns.appendChild(nodeMeta[c] ? nodeLink(c) : el("span", null, c)); });
    }
    var shown = {id: 1, indicator_zh: 1, indicator_en: 1, as_written: 1, value: 1, value_max: 1,
      unit: 1, qualifier: 1, period: 1, period_zh: 1, change: 1, rank_scope_zh: 1, concerns: 1,
      evidence: 1, normalised_value: 1, normalised_unit: 1, subject: 1, article: 1};
    var rows = [[t("value"), amountText(f)], [t("normalised"), normalised], [t("period"), period],
      [t("change"), f.change ? amountText(f.change) : ""], [t("rank"), f.rank_scope_zh],
      [t("concerns"), concerns], [t("article"), f.article ? articleTitle(f.article) : ""]];
    Object.keys(f).sort().forEach(function (k) { if (!shown[k] && !isBlank(f[k])) { rows.push([k, plain(f[k])]); } });
    card.appendChild(dl(rows));
    (Array.isArray(f.evidence) ? f.evidence : []).forEach(function (ev) { card.appendChild(evidenceBlock(ev)); });
    return card;
  }

  // ---- time series: one hand-drawn SVG per indicator with >= 2 periods ----
  function num(v) {
    if (v === null || v === undefined || v === "") { return null; }
    var x = Number(v);
    return isFinite(x) ? x : null;
  }
  function seriesOf(figures) {
    var groups = {}, order = [];
    figures.forEach(function (f) {
      if (!f || typeof f !== "object") { return; }
      var key = f.indicator_concept || f.indicator_zh || f.indicator_en;
      var p = parseInt(f.period, 10), v = num(f.value);
      if (!key || isNaN(p) || v === null) { return; }
      if (!groups[key]) { groups[key] = []; order.push(key); }
      groups[key].push(f);
    });
    var out = [];
    order.forEach(function (key) {
      var units = {};
      groups[key].forEach(function (f) { units[f.unit || ""] = (units[f.unit || ""] || 0) + 1; });
      var unit = Object.keys(units).sort(function (a, b) { return units[b] - units[a] || (a < b ? -1 : 1); })[0];
      var pts = groups[key].filter(function (f) { return (f.unit || "") === unit; });
      var periods = {};
      pts.forEach(function (f) { periods[parseInt(f.period, 10)] = 1; });
      if (Object.keys(periods).length < 2) { return; }
      pts.sort(function (a, b) { return parseInt(a.period, 10) - parseInt(b.period, 10) || num(a.value) - num(b.value); });
      out.push({key: key, unit: unit, points: pts});
    });
    return out;
  }
  function chart(series) {
    var W = 360, H = 180, L = 48, R = 14, T = 26, B = 26;
    var box = el("div", "zkg-chart");
    box.setAttribute("data-series", series.key);
    box.appendChild(el("div", "zkg-chart-title", indicatorName(series.points[0]) + (series.unit ? " (" + series.unit + ")" : "")));
    var xs = series.points.map(function (f) { return parseInt(f.period, 10); });
    var ys = series.points.map(function (f) { return num(f.value); });
    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs);
    var y0 = Math.min(0, Math.min.apply(null, ys)), y1 = Math.max.apply(null, ys);
    if (y1 === y0) { y1 = y0 + 1; }
    function X(x) { return L + (x - x0) / (x1 - x0) * (W - L - R); }
    function Y(y) { return H - B - (y - y0) / (y1 - y0) * (H - T - B); }
    var s = svg("svg", {viewBox: "0 0 " + W + " " + H, role: "img"});
    s.appendChild(svg("title", {}, indicatorName(series.points[0])));
    s.appendChild(svg("line", {x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: "#9fb3c8"}));
    s.appendChild(svg("line", {x1: L, y1: T, x2: L, y2: H - B, stroke: "#9fb3c8"}));
    [y0, y1].forEach(function (v) {
      s.appendChild(svg("text", {x: L - 4, y: Y(v) + 4, "text-anchor": "end", "font-size": 10, fill: "#627d98"}, String(+v.toPrecision(4))));
    });
    var years = {};
    xs.forEach(function (x) { years[x] = 1; });
    Object.keys(years).forEach(function (x) {
      s.appendChild(svg("text", {x: X(+x), y: H - B + 14, "text-anchor": "middle", "font-size": 10, fill: "#627d98"}, x));
    });
    var firstPerYear = {}, line = [];
    series.points.forEach(function (f) {
      var x = parseInt(f.period, 10);
      if (firstPerYear[x] === undefined) { firstPerYear[x] = 1; line.push(X(x).toFixed(1) + "," + Y(num(f.value)).toFixed(1)); }
    });
    s.appendChild(svg("polyline", {points: line.join(" "), fill: "none", stroke: "#2680c2", "stroke-width": 2}));
    var evidenceBox = el("div", "zkg-chart-evidence");
    series.points.forEach(function (f, i) {
      var x = X(parseInt(f.period, 10)), y = Y(num(f.value));
      var g = svg("g", {"class": "zkg-pt", tabindex: 0, role: "button", "data-figure": f.id || i});
      var qualified = !!f.qualifier;
      g.appendChild(svg("circle", {cx: x, cy: y, r: 5, fill: qualified ? "#fff" : "#2680c2", stroke: "#2680c2", "stroke-width": 2}));
      var label = (qualified ? pair(QUAL, f.qualifier) : "") + plain(f.value) + (f.unit || "");
      g.appendChild(svg("text", {x: x, y: y - 9, "text-anchor": "middle", "font-size": 11, fill: "#1f2933"}, label));
      g.appendChild(svg("title", {}, (f.as_written || label) + " · " + plain(f.period) + (f.article ? " · " + articleTitle(f.article) : "")));
      function open() {
        evidenceBox.replaceChildren();
        evidenceBox.setAttribute("data-figure", String(f.id || i));
        evidenceBox.appendChild(el("div", "zkg-card-title", (f.as_written || label) + " · " + plain(f.period) + (f.article ? " · " + articleTitle(f.article) : "")));
        (Array.isArray(f.evidence) ? f.evidence : []).forEach(function (ev) { evidenceBox.appendChild(evidenceBlock(ev)); });
      }
      g.addEventListener("click", open);
      g.addEventListener("keydown", function (ev) { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); open(); } });
      s.appendChild(g);
    });
    box.appendChild(s);
    box.appendChild(evidenceBox);
    return box;
  }

  // ---- sortable table of every figure ----
  var tableSort = {col: "period", dir: 1};
  function figureTable(figures) {
    var cols = [["indicator", function (f) { return indicatorName(f); }, false],
      ["period", function (f) { return num(f.period); }, true],
      ["asWritten", function (f) { return plain(f.as_written); }, false],
      ["value", function (f) { return num(f.value); }, true],
      ["unit", function (f) { return plain(f.unit); }, false]];
    if (figures.some(function (f) { return f && f.article; })) {
      cols.push(["article", function (f) { return f.article ? articleTitle(f.article) : ""; }, false]);
    }
    var table = el("table", "zkg-figtable");
    var thead = el("thead"), tr = el("tr"), tbody = el("tbody");
    function fill() {
      var col = cols.filter(function (c) { return c[0] === tableSort.col; })[0] || cols[1];
      var rows = figures.filter(function (f) { return f && typeof f === "object"; }).slice();
      rows.sort(function (a, b) {
        var va = col[1](a), vb = col[1](b);
        if (va === null || va === "") { return 1; }
        if (vb === null || vb === "") { return -1; }
        var c = col[2] ? va - vb : String(va).localeCompare(String(vb), "zh");
        return c * tableSort.dir;
      });
      tbody.replaceChildren();
      rows.forEach(function (f) {
        var r = el("tr");
        if (f.id) { r.setAttribute("data-figure", String(f.id)); }
        cols.forEach(function (c) {
          var v = c[1](f);
          r.appendChild(el("td", c[2] ? "zkg-num" : null, v === null ? "" : v));
        });
        tbody.appendChild(r);
      });
      tr.querySelectorAll("th").forEach(function (th) {
        var active = th.getAttribute("data-col") === tableSort.col;
        th.setAttribute("aria-sort", active ? (tableSort.dir > 0 ? "ascending" : "descending") : "none");
      });
    }
    cols.forEach(function (c) {
      var th = el("th"); th.setAttribute("data-col", c[0]);
      var b = el("button", null, t(c[0])); b.type = "button";
      b.addEventListener("click", function () {
        tableSort.dir = tableSort.col === c[0] ? -tableSort.dir : 1;
        tableSort.col = c[0];
        fill();
      });
      th.appendChild(b); tr.appendChild(th);
    });
    thead.appendChild(tr); table.append(thead, tbody);
    fill();
    return table;
  }

  function sourceItem(src, n) {
    var div = el("div", "zkg-source");
    if (!src || typeof src !== "object") { div.textContent = plain(src); return div; }
    div.setAttribute("data-article", plain(src.article));
    div.appendChild(el("div", "zkg-card-title", src.title_zh || articleTitle(src.article)));
    div.appendChild(evidenceBlock(src));
    var view = safeView(src.view) || safeView((articleMeta[src.article] || {}).view);
    if (view) {
      var a = el("a", null, t("openView"));
      a.href = view + "#q=" + encodeURIComponent(n.label_zh);
      a.setAttribute("data-view", view);
      div.appendChild(a);
    }
    return div;
  }
  function relationItem(e, direction) {
    var div = el("div", "zkg-rel");
    div.setAttribute("data-edge", e.id);
    var lbl = el("span", "zkg-rel-label", edgeLabel(e));
    lbl.title = e.label_zh + " / " + e.label_en + " (" + e.predicate + ")";
    div.appendChild(lbl);
    div.appendChild(document.createTextNode(direction === "out" ? " → " : " ← "));
    div.appendChild(nodeLink(direction === "out" ? e.to : e.from));
    if (e.role_zh) { div.appendChild(el("span", "zkg-role", t("role") + ": " + e.role_zh)); }
    if (e.derived) { div.appendChild(el("span", "zkg-offsets", t("derived"))); }
    if (e.article) { div.appendChild(el("span", "zkg-offsets", t("edgeArticle") + ": " + articleTitle(e.article))); }
    e.evidence.forEach(function (ev) { div.appendChild(evidenceBlock(ev)); });
    return div;
  }
  function extraRows(extra) {
    return Object.keys(extra).sort().filter(function (k) { return !isBlank(extra[k]); })
      .map(function (k) { return [EXTRA[k] ? pair(EXTRA, k) : k, plain(extra[k])]; });
  }
  function showNode(id) {
    var n = nodeMeta[id];
    state.selected = id; state.selectedEdge = null;
    panel.replaceChildren();
    panel.setAttribute("data-node", id);
    panel.removeAttribute("data-edge");
    panel.appendChild(el("h3", null, nodeLabel(n)));
    if (otherLabel(n)) { panel.appendChild(el("p", "zkg-en", otherLabel(n))); }
    var badges = el("div");
    n.classes.forEach(function (c) {
      var m = classMeta[c]; var b = el("span", "zkg-badge", className(c));
      b.style.background = m ? m.color : "#999"; badges.appendChild(b);
    });
    panel.appendChild(badges);
    panel.appendChild(section(t("names"), "names"));
    panel.appendChild(dl([[t("nameZh"), n.label_zh], [t("nameEn"), n.label_en],
      [t("aliases"), n.aliases_zh.join("、")], [t("kind"), pair(KIND, n.kind)],
      [t("classesH"), n.classes.map(function (c) { var m = classMeta[c]; return m ? m.zh + " " + m.en : c; }).join(" · ")],
      [t("description"), n.description_en], [t("zone"), n.zone], [t("province"), n.province],
      [t("city"), n.city], ["id", n.id]]));
    var extra = extraRows(n.extra);
    if (extra.length) { panel.appendChild(section(t("other"), "other")); panel.appendChild(dl(extra)); }
    if (n.sources && n.sources.length) {
      panel.appendChild(section(t("sources") + " (" + n.sources.length + ")", "sources"));
      n.sources.forEach(function (s) { panel.appendChild(sourceItem(s, n)); });
    }
    if (n.figures.length) {
      var series = seriesOf(n.figures);
      if (series.length) {
        panel.appendChild(section(t("charts") + " (" + series.length + ")", "charts"));
        series.forEach(function (s) { panel.appendChild(chart(s)); });
      }
      if (n.figures.length > 1) {
        panel.appendChild(section(t("table") + " (" + n.figures.length + ")", "table"));
        panel.appendChild(figureTable(n.figures));
      }
      panel.appendChild(section(t("figures") + " (" + n.figures.length + ")", "figures"));
      n.figures.forEach(function (f) { panel.appendChild(figureCard(f)); });
    }
    var outs = outEdges[id], ins = inEdges[id];
    if (outs.length) {
      panel.appendChild(section(t("out") + " (" + outs.length + ")", "out"));
      outs.forEach(function (eid) { panel.appendChild(relationItem(edgeMeta[eid], "out")); });
    }
    if (ins.length) {
      panel.appendChild(section(t("in") + " (" + ins.length + ")", "in"));
      ins.forEach(function (eid) { panel.appendChild(relationItem(edgeMeta[eid], "in")); });
    }
    if (n.evidence.length) {
      panel.appendChild(section(t("evidence") + " (" + n.evidence.length + ")", "evidence"));
      n.evidence.forEach(function (ev) { panel.appendChild(evidenceBlock(ev)); });
    }
    panel.scrollTop = 0;
    writeHash();
  }
  function showEdge(eid) {
    var e = edgeMeta[eid];
    state.selected = null; state.selectedEdge = eid;
    panel.replaceChildren();
    panel.setAttribute("data-edge", eid);
    panel.removeAttribute("data-node");
    panel.appendChild(el("h3", null, edgeLabel(e)));
    panel.appendChild(el("p", "zkg-en", e.label_zh + " / " + e.label_en + " (" + e.predicate + ")" + (e.derived ? " " + t("derived") : "")));
    panel.appendChild(dl([[t("from"), nodeLink(e.from)], [t("to"), nodeLink(e.to)],
      [t("role"), e.role_zh], [t("edgeArticle"), e.article ? articleTitle(e.article) : ""]].concat(extraRows(e.extra))));
    if (e.evidence.length) {
      panel.appendChild(section(t("evidence"), "evidence"));
      e.evidence.forEach(function (ev) { panel.appendChild(evidenceBlock(ev)); });
    }
    writeHash();
  }
  network.on("click", function (p) {
    if (!p.nodes.length && !p.edges.length) {  // one of the nodes we draw?
      var hit = hitPending(p.pointer.canvas);
      if (hit) {
        loadNow([hit]); network.selectNodes([hit], true); setDrawn(shown.nodes, shown.edges);
        p = {nodes: [hit], edges: []};
      }
    }
    if (p.nodes.length) {
      if (state.focus && p.nodes[0] !== state.focus) { focusOn(p.nodes[0]); }
      else { showNode(p.nodes[0]); }
    } else if (p.edges.length) { showEdge(p.edges[0]); }
  });

  // ---- wiring: after the first draw (wireUp), then vis items are made (startLoading) ----
  var wired = false;
  var edgeBox = document.getElementById("zkg-edge-labels");
  var hopsBox = document.getElementById("zkg-hops");
  function restoreSelection() {
    if (state.pendingQuery) {
      searchInput.value = state.pendingQuery;
      runSearch(state.pendingQuery, true);
    } else if (state.pendingSelect && !state.nodeHidden[state.pendingSelect]) {
      selectNode(state.pendingSelect, {focus: false});
    }
    state.pendingQuery = ""; state.pendingSelect = null;
  }
  function wireUp() {
    buildFilters();
    searchInput.addEventListener("input", function () { runSearch(searchInput.value, false); });
    searchInput.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter") { ev.preventDefault(); runSearch(searchInput.value, true); }
    });
    document.querySelectorAll("input[name=zkg-lang]").forEach(function (i) {
      i.checked = i.value === state.lang;
      i.addEventListener("change", function () { if (i.checked) { setLang(i.value); } });
    });
    edgeBox.disabled = !DATA.config.edgeLabelsAvailable;
    edgeBox.checked = state.edgeLabels;
    edgeBox.addEventListener("change", function (ev) { setEdgeLabels(ev.target.checked); });
    hopsBox.value = String(state.hops);
    hopsBox.addEventListener("change", function () { setHops(hopsBox.value); });
    document.getElementById("zkg-show-all").addEventListener("click", showAll);
    applyI18n();
    syncEdgeFont();
    restoreSelection();
    wired = true;
    timings.wired = performance.now();
    startLoading();
    setTimeout(indexSlice, 0);
  }
  window.addEventListener("hashchange", function () {
    var hash = location.hash;
    if (hash === lastHash) { return; }
    lastHash = hash;
    applyHashState(readHash());
    document.querySelectorAll("input[name=zkg-lang]").forEach(function (i) { i.checked = i.value === state.lang; });
    syncBoxes("data-filter-class", state.hiddenClasses);
    syncBoxes("data-filter-relation", state.hiddenRelations);
    CORPUS_KEYS.forEach(function (k) {
      var sel = document.querySelector('select[data-filter="' + k + '"]'); if (sel) { sel.value = state.filter[k]; }
    });
    hopsBox.value = String(state.hops);
    applyI18n();
    refresh({fit: true});
    restoreSelection();
  });

  Object.assign(api, {
    network: network, nodes: nodes, edges: edges, data: DATA, state: state,
    isReady: function () { return state.ready; },
    isStabilized: function () { return state.ready; },
    isLoaded: function () { return state.ready && !loading(); },
    drawnBy: function () {  // who draws the shown nodes and edges now: vis or this script
      return {visNodes: network.body.nodeIndices.length, ourNodes: pendingNodes.length,
        visEdges: network.body.edgeIndices.length, ourEdges: batchEdges ? batchEdges.length : 0};
    },
    loader: loader,
    nodeCount: function () { return network.body.data.nodes.length; },
    edgeCount: function () { return network.body.data.edges.length; },
    visibleNodeIds: function () {
      return DATA.nodes.filter(function (n) { return !state.nodeHidden[n.id]; })
        .map(function (n) { return n.id; });
    },
    visibleEdgeIds: function () {
      return DATA.edges.filter(function (e) { return !state.edgeHidden[e.id]; })
        .map(function (e) { return e.id; });
    },
    search: function (q) { return search(q); },
    searchAndSelect: function (q) { return runSearch(q, true)[0] || null; },
    selectNode: selectNode,
    selectedNode: function () { return network.getSelectedNodes()[0] || null; },
    showEdge: showEdge,
    focusOn: focusOn,
    showAll: showAll,
    setHops: setHops,
    setFilter: setFilter,
    setLang: setLang,
    setClassVisible: setClassVisible,
    setRelationVisible: setRelationVisible,
    setEdgeLabels: setEdgeLabels,
    labelOf: function (id) { var n = nodeMeta[id]; return n ? labelBox(n).text : null; },
    drawnLabels: function () { return api_labels.map(function (p) { return p[0]; }); },
    drawnLabelBoxes: function () {  // screen pixels, padding included
      return api_labels.map(function (p) {
        var a = network.canvasToDOM({x: p[5][0], y: p[5][1]}), b = network.canvasToDOM({x: p[5][2], y: p[5][3]});
        return {id: p[0], x0: a.x, y0: a.y, x1: b.x, y1: b.y, h: b.y - a.y};
      });
    },
    panelText: function () { return panel.textContent; }
  });
  window.zkg = api;
})();
