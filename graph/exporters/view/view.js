(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("zkg-data").textContent);
  var I18N = {
    zh: {search: "搜索", searchPh: "中文/英文名称或别名", lang: "语言", classes: "类别（图例/筛选）",
      relations: "关系类型（筛选）", all: "全选", none: "全不选", edgeLabels: "显示关系标签",
      details: "详情", hint: "点击节点或关系查看名称、数据、关系和原文证据。", names: "名称",
      nameZh: "中文", nameEn: "英文", aliases: "别名", classesH: "类别", kind: "节点类型",
      description: "说明", figures: "数据", out: "发出的关系", in: "指向它的关系", evidence: "原文证据",
      other: "其他属性", noResult: "无匹配", hiddenNote: "（部分节点被筛选隐藏）",
      layout: "布局计算中", ready: "就绪", value: "数值", asWritten: "原文", normalised: "标准化",
      period: "时期", change: "变化", rank: "排名范围", concerns: "涉及", role: "角色",
      offsets: "字符位置", line: "行", relation: "关系", from: "主体", to: "客体",
      nodesShown: "显示节点"},
    en: {search: "Search", searchPh: "Chinese/English name or alias", lang: "Language",
      classes: "Classes (legend / filter)", relations: "Relation types (filter)", all: "all",
      none: "none", edgeLabels: "Show relation labels", details: "Details",
      hint: "Click a node or a relation to see its names, figures, relations and evidence.",
      names: "Names", nameZh: "Chinese", nameEn: "English", aliases: "Aliases",
      classesH: "Classes", kind: "Node kind", description: "Description", figures: "Figures",
      out: "Outgoing relations", in: "Incoming relations", evidence: "Evidence",
      other: "Other attributes", noResult: "no match", hiddenNote: "(some nodes are filtered out)",
      layout: "Computing layout", ready: "ready", value: "Value", asWritten: "As written",
      normalised: "Normalised", period: "Period", change: "Change", rank: "Rank scope",
      concerns: "Concerns", role: "Role", offsets: "Offsets", line: "line", relation: "Relation",
      from: "Subject", to: "Object", nodesShown: "Nodes shown"}
  };
  var KIND = {entity: ["实体", "entity"], funding_event: ["融资事件", "funding event"],
    recognition: ["荣誉/认定", "recognition"], article: ["文章", "article"]};
  var EXTRA = {instrument: ["融资工具", "Instrument"], mechanism_zh: ["机制", "Mechanism"],
    period: ["时期", "Period"], period_zh: ["时期（原文）", "Period (as written)"],
    recognition_kind: ["荣誉类型", "Recognition kind"], year: ["年份", "Year"],
    sha256: ["SHA-256", "SHA-256"]};
  var QUAL = {nearly: ["近", "nearly"], more_than: ["超过", "more than"],
    approximately: ["约", "approximately"], at_least: ["至少", "at least"],
    within_top: ["前", "within top"]};
  var COMPARISON = {year_on_year: ["同比", "year on year"]};

  var state = {lang: DATA.config.lang, hiddenClasses: new Set(), hiddenRelations: new Set(),
    selected: null, selectedEdge: null, stabilized: false, edgeLabels: DATA.config.edgeLabels,
    edgeLabelsLoaded: DATA.config.edgeLabels, nodeHidden: {}, edgeHidden: {}};
  var nodeMeta = {}, edgeMeta = {}, classMeta = {}, outEdges = {}, inEdges = {};
  DATA.classes.forEach(function (c) { classMeta[c.name] = c; });
  DATA.nodes.forEach(function (n) { nodeMeta[n.id] = n; outEdges[n.id] = []; inEdges[n.id] = []; });
  DATA.edges.forEach(function (e) {
    edgeMeta[e.id] = e; outEdges[e.from].push(e.id); inEdges[e.to].push(e.id);
  });

  function t(key) { return I18N[state.lang][key]; }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
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

  // ---- tooltips: DOM elements built with textContent ----
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
      box.appendChild(el("div", null, "“" + (typeof q === "object" ? (q.quote || q.sentence) : q) + "”"));
    }
    return box;
  }

  var visNodes = DATA.vis.nodes.map(function (v) {
    var o = Object.assign({}, v); o.title = nodeTooltip(nodeMeta[v.id]); return o;
  });
  var visEdges = DATA.vis.edges.map(function (v) {
    var o = Object.assign({}, v); o.title = edgeTooltip(edgeMeta[v.id]); return o;
  });
  var nodes = new vis.DataSet(visNodes);
  var edges = new vis.DataSet(visEdges);
  var container = document.getElementById("zkg-network");
  var status = document.getElementById("zkg-status");
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, DATA.vis.options);

  function setStatus(text) { status.textContent = text; }
  setStatus(t("layout") + "…");
  network.on("stabilizationProgress", function (p) {
    setStatus(t("layout") + " " + p.iterations + "/" + p.total);
  });
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({physics: false});
    state.stabilized = true;
    api.stabilizedAt = performance.now();
    document.documentElement.setAttribute("data-stabilized", "true");
    updateStatus();
  });
  function updateStatus() {
    if (!state.stabilized) { return; }
    var shown = DATA.nodes.length - Object.keys(state.nodeHidden).filter(function (k) {
      return state.nodeHidden[k];
    }).length;
    setStatus(t("ready") + " · " + t("nodesShown") + " " + shown + "/" + DATA.nodes.length);
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
  }

  function setLang(lang) {
    state.lang = lang === "en" ? "en" : "zh";
    document.querySelectorAll("input[name=zkg-lang]").forEach(function (i) {
      i.checked = i.value === state.lang;
    });
    nodes.update(DATA.nodes.map(function (n) { return {id: n.id, label: nodeLabel(n)}; }));
    if (state.edgeLabelsLoaded) {
      edges.update(DATA.edges.map(function (e) { return {id: e.id, label: edgeLabel(e)}; }));
    }
    applyI18n();
    updateStatus();
    rerenderPanel();
    runSearch(document.getElementById("zkg-search").value, false);
  }

  function setEdgeLabels(show) {
    state.edgeLabels = !!show;
    document.getElementById("zkg-edge-labels").checked = state.edgeLabels;
    if (state.edgeLabels && !state.edgeLabelsLoaded) {
      edges.update(DATA.edges.map(function (e) { return {id: e.id, label: edgeLabel(e)}; }));
      state.edgeLabelsLoaded = true;
    }
    network.setOptions({edges: {font: {size: state.edgeLabels ? 11 : 0}}});
  }

  // ---- filters ----
  function applyFilters() {
    var nodeUpdates = [], edgeUpdates = [];
    DATA.nodes.forEach(function (n) {
      var hidden = !n.classes.some(function (c) { return !state.hiddenClasses.has(c); });
      if (!!state.nodeHidden[n.id] !== hidden) { nodeUpdates.push({id: n.id, hidden: hidden}); }
      state.nodeHidden[n.id] = hidden;
    });
    DATA.edges.forEach(function (e) {
      var hidden = state.hiddenRelations.has(e.predicate) || state.nodeHidden[e.from] ||
        state.nodeHidden[e.to];
      if (!!state.edgeHidden[e.id] !== hidden) { edgeUpdates.push({id: e.id, hidden: hidden}); }
      state.edgeHidden[e.id] = hidden;
    });
    if (nodeUpdates.length) { nodes.update(nodeUpdates); }
    if (edgeUpdates.length) { edges.update(edgeUpdates); }
    if (state.selected && state.nodeHidden[state.selected]) { network.unselectAll(); }
    updateStatus();
    runSearch(document.getElementById("zkg-search").value, false);
  }
  function setClassVisible(cls, visible) {
    if (visible) { state.hiddenClasses.delete(cls); } else { state.hiddenClasses.add(cls); }
    var box = document.querySelector('input[data-filter-class="' + CSS.escape(cls) + '"]');
    if (box) { box.checked = !!visible; }
    applyFilters();
  }
  function setRelationVisible(p, visible) {
    if (visible) { state.hiddenRelations.delete(p); } else { state.hiddenRelations.add(p); }
    var box = document.querySelector('input[data-filter-relation="' + CSS.escape(p) + '"]');
    if (box) { box.checked = !!visible; }
    applyFilters();
  }

  function buildFilters() {
    var cbox = document.getElementById("zkg-classes");
    cbox.appendChild(allNone(function (on) {
      DATA.classes.forEach(function (c) { setFlag(state.hiddenClasses, c.name, on); });
      syncBoxes("data-filter-class", state.hiddenClasses); applyFilters();
    }));
    DATA.classes.forEach(function (c) {
      var label = el("label", "zkg-check");
      var input = el("input"); input.type = "checkbox"; input.checked = true;
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
      syncBoxes("data-filter-relation", state.hiddenRelations); applyFilters();
    }));
    DATA.relations.forEach(function (r) {
      var label = el("label", "zkg-check");
      var input = el("input"); input.type = "checkbox"; input.checked = true;
      input.setAttribute("data-filter-relation", r.predicate);
      input.addEventListener("change", function () { setRelationVisible(r.predicate, input.checked); });
      var name = el("span", null, state.lang === "en" ? r.en : r.zh);
      name.setAttribute("data-relation", r.predicate);
      label.append(input, name, el("span", "zkg-count", r.count));
      label.title = r.zh + " / " + r.en + " (" + r.predicate + ")";
      rbox.appendChild(label);
    });
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

  // ---- search ----
  function norm(s) { return String(s || "").normalize("NFKC").toLowerCase().trim(); }
  var searchIndex = DATA.nodes.map(function (n) {
    return {id: n.id, names: [n.label_zh, n.label_en].concat(n.aliases_zh, [n.id]).map(norm)
      .filter(function (x) { return x; })};
  });
  function search(query) {
    var q = norm(query);
    if (!q) { return []; }
    var hits = [];
    searchIndex.forEach(function (entry, i) {
      if (state.nodeHidden[entry.id]) { return; }
      var best = null;
      entry.names.forEach(function (name) {
        var pos = name.indexOf(q);
        if (pos < 0) { return; }
        var score = (name === q ? 0 : pos === 0 ? 1 : 2) * 100000 + name.length;
        if (best === null || score < best) { best = score; }
      });
      if (best !== null) { hits.push([best, i, entry.id]); }
    });
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    return hits.map(function (h) { return h[2]; });
  }
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
      b.addEventListener("click", function () { selectNode(id); });
      li.appendChild(b); resultsList.appendChild(li);
    });
    if (ids.length > 30) { searchNote.textContent = "… +" + (ids.length - 30); }
    if (selectFirst && ids.length) { selectNode(ids[0]); }
    return ids;
  }

  // ---- selection + side panel ----
  var panel = document.getElementById("zkg-panel-body");
  function selectNode(id, opts) {
    if (!nodeMeta[id]) { return false; }
    if (state.nodeHidden[id]) { return false; }
    network.selectNodes([id], true);
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
  function figureCard(f) {
    var card = el("div", "zkg-card");
    if (typeof f !== "object" || f === null) { card.textContent = String(f); return card; }
    var title = state.lang === "en" ? (f.indicator_en || f.indicator_zh) : (f.indicator_zh || f.indicator_en);
    var other = state.lang === "en" ? f.indicator_zh : f.indicator_en;
    card.appendChild(el("div", "zkg-card-title", (title || f.id || "") + (other && other !== title ? " · " + other : "")));
    var period = [plain(f.period), plain(f.period_zh)].filter(function (x) { return x; }).join(" · ");
    var normalised = isBlank(f.normalised_value) ? "" : plain(f.normalised_value) + " " + plain(f.normalised_unit);
    var concerns = null;
    if (Array.isArray(f.concerns) && f.concerns.length) {
      concerns = el("span");
      f.concerns.forEach(function (c, i) { if (i) { concerns.appendChild(document.createTextNode("、")); } concerns.appendChild(nodeMeta[c] ? nodeLink(c) : el("span", null, c)); });
    }
    var shown = {id: 1, indicator_zh: 1, indicator_en: 1, as_written: 1, value: 1, value_max: 1,
      unit: 1, qualifier: 1, period: 1, period_zh: 1, change: 1, rank_scope_zh: 1, concerns: 1,
      evidence: 1, normalised_value: 1, normalised_unit: 1, subject: 1};
    var rows = [[t("value"), amountText(f)], [t("normalised"), normalised], [t("period"), period],
      [t("change"), f.change ? amountText(f.change) : ""], [t("rank"), f.rank_scope_zh],
      [t("concerns"), concerns]];
    Object.keys(f).sort().forEach(function (k) { if (!shown[k] && !isBlank(f[k])) { rows.push([k, plain(f[k])]); } });
    card.appendChild(dl(rows));
    (Array.isArray(f.evidence) ? f.evidence : []).forEach(function (ev) { card.appendChild(evidenceBlock(ev)); });
    return card;
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
      [t("description"), n.description_en], ["id", n.id]]));
    var extra = extraRows(n.extra);
    if (extra.length) { panel.appendChild(section(t("other"), "other")); panel.appendChild(dl(extra)); }
    if (n.figures.length) {
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
  }
  function showEdge(eid) {
    var e = edgeMeta[eid];
    state.selected = null; state.selectedEdge = eid;
    panel.replaceChildren();
    panel.setAttribute("data-edge", eid);
    panel.removeAttribute("data-node");
    panel.appendChild(el("h3", null, edgeLabel(e)));
    panel.appendChild(el("p", "zkg-en", e.label_zh + " / " + e.label_en + " (" + e.predicate + ")"));
    panel.appendChild(dl([[t("from"), nodeLink(e.from)], [t("to"), nodeLink(e.to)],
      [t("role"), e.role_zh]].concat(extraRows(e.extra))));
    if (e.evidence.length) {
      panel.appendChild(section(t("evidence"), "evidence"));
      e.evidence.forEach(function (ev) { panel.appendChild(evidenceBlock(ev)); });
    }
  }
  network.on("click", function (p) {
    if (p.nodes.length) { showNode(p.nodes[0]); }
    else if (p.edges.length) { showEdge(p.edges[0]); }
  });

  // ---- wiring ----
  buildFilters();
  var searchInput = document.getElementById("zkg-search");
  searchInput.addEventListener("input", function () { runSearch(searchInput.value, false); });
  searchInput.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { ev.preventDefault(); runSearch(searchInput.value, true); }
  });
  document.querySelectorAll("input[name=zkg-lang]").forEach(function (i) {
    i.addEventListener("change", function () { if (i.checked) { setLang(i.value); } });
  });
  document.getElementById("zkg-edge-labels").addEventListener("change", function (ev) {
    setEdgeLabels(ev.target.checked);
  });
  document.getElementById("zkg-edge-labels").checked = state.edgeLabels;
  applyI18n();

  var api = {
    network: network, nodes: nodes, edges: edges, data: DATA, state: state,
    stabilizedAt: null,
    isStabilized: function () { return state.stabilized; },
    nodeCount: function () { return network.body.data.nodes.length; },
    edgeCount: function () { return network.body.data.edges.length; },
    visibleNodeIds: function () {
      return DATA.nodes.filter(function (n) { return !state.nodeHidden[n.id]; })
        .map(function (n) { return n.id; });
    },
    search: function (q) { return search(q); },
    searchAndSelect: function (q) { return runSearch(q, true)[0] || null; },
    selectNode: selectNode,
    selectedNode: function () { return network.getSelectedNodes()[0] || null; },
    showEdge: showEdge,
    setLang: setLang,
    setClassVisible: setClassVisible,
    setRelationVisible: setRelationVisible,
    setEdgeLabels: setEdgeLabels,
    labelOf: function (id) { var n = nodes.get(id); return n ? n.label : null; },
    panelText: function () { return panel.textContent; }
  };
  window.zkg = api;
})();
