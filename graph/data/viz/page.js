// The newsgraph page: vis-network plus search, filters, physics toggle and the evidence panel.
// Every text from an article is written with textContent, never as markup.
// The URL fragment drives the same functions as the controls, e.g.
//   graph.html#search=Canada&class=Country,Person&kind=military&donor=<IRI>&select=<id>&physics=on
(function () {
  "use strict";
  var state = window.__newsgraph;
  var data = JSON.parse(document.getElementById("ng-data").textContent);
  var $ = function (id) { return document.getElementById(id); };

  var CLASSES = Array.prototype.map.call(document.querySelectorAll("input[name=class]"), function (box) { return box.value; });
  var KINDS = Array.prototype.map.call(document.querySelectorAll("input[name=kind]"), function (box) { return box.value; });
  var filters = { classes: CLASSES.slice(), kinds: KINDS.slice(), donor: "" };
  var pinned = null;
  var matches = [];

  function fold(text) {
    return String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  var haystack = {};
  data.nodes.forEach(function (node) {
    var meta = data.meta[node.id];
    haystack[node.id] = [meta.label].concat(meta.names).map(fold);
  });

  // ------------------------------------------------------------------ network
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  function nodeShown(id) {
    return filters.classes.indexOf(data.meta[id].cls) >= 0;
  }
  function edgeShown(edge) {
    var meta = data.meta[edge.id];
    if (!nodeShown(edge.from) || !nodeShown(edge.to)) { return false; }
    if (meta.kind !== "pledge") { return true; }
    return filters.kinds.indexOf(meta.aid) >= 0 && (!filters.donor || filters.donor === meta.donor);
  }
  var nodeView = new vis.DataView(nodes, { filter: function (node) { return nodeShown(node.id); } });
  var edgeView = new vis.DataView(edges, { filter: edgeShown });
  var network = new vis.Network($("ng-network"), { nodes: nodeView, edges: edgeView }, data.options);

  function record() {
    state.draws += 1;
    var nodeIds = network.body.nodeIndices.filter(function (id) { return nodes.get(id) !== null; }).sort();
    var edgeIds = network.body.edgeIndices.filter(function (id) { return edges.get(id) !== null; }).sort();
    state.nodesDrawn = nodeIds.length;
    state.edgesDrawn = edgeIds.length;
    state.visibleNodeIds = nodeIds;
    state.visibleEdgeIds = edgeIds;
    state.selectedNodeIds = network.getSelectedNodes().slice().sort();
    state.selectedEdgeIds = network.getSelectedEdges().slice().sort();
    state.scale = network.getScale();
    state.physics = $("ng-physics").checked;
    state.filters = { classes: filters.classes.slice(), kinds: filters.kinds.slice(), donor: filters.donor };
    state.searchMatches = matches.slice();
    state.requests = performance.getEntriesByType("resource").map(function (entry) { return entry.name; });
    $("ng-state").textContent = JSON.stringify(state);
  }
  network.on("afterDrawing", record);

  network.on("stabilizationProgress", function (params) {
    $("ng-progress").textContent = "laying out … " + Math.round(100 * params.iterations / params.total) + " %";
  });
  function settled() {
    network.setOptions({ physics: false });
    $("ng-physics").checked = false;
    $("ng-progress").textContent = "";
    state.stabilized = true;
    frame();
    applyFragment();
    state.ready = true;
    network.redraw();
  }
  // Until the reader zooms or drags, a new window size re-frames the graph (or the search results).
  var moved = false;
  function frame() {
    if (matches.length) {
      network.fit({ nodes: matches, animation: false, maxZoomLevel: 1.2 });
    } else {
      network.fit({ animation: false, maxZoomLevel: 1.5 });
    }
  }
  network.on("zoom", function () { moved = true; });
  network.on("dragStart", function () { moved = true; });
  network.on("resize", function () {
    if (state.stabilized && !moved) {
      frame();
      // vis restores the previous camera right after this event; keep the new frame instead.
      network.canvas.cameraState = {};
    }
  });
  if (data.nodes.length) {
    network.once("stabilizationIterationsDone", settled);
  } else {
    showMessage("This graph has no actors, pledges or meetings.");
    setTimeout(settled, 0);
  }

  // ------------------------------------------------------------------ panel
  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = text; }
    if (className) { node.className = className; }
    node.dir = "auto";
    return node;
  }
  function showMessage(text) {
    var panel = $("ng-panel");
    panel.replaceChildren(el("p", text, "ng-help"));
    state.panel = null;
  }
  function sentence(source) {
    var quote = el("blockquote");
    var at = source.exact ? source.sentence.indexOf(source.exact) : -1;
    if (at < 0) {
      quote.textContent = source.sentence;
    } else {
      quote.append(source.sentence.slice(0, at), el("mark", source.exact), source.sentence.slice(at + source.exact.length));
    }
    return quote;
  }
  function showInfo(id) {
    var info = data.info[id];
    if (!info) { return; }
    var panel = $("ng-panel");
    var parts = [el("h2", info.title), el("p", info.kind === "Unknown" ? "other" : info.kind, "ng-kind ng-kind-" + info.kind)];
    var facts = el("dl");
    info.facts.forEach(function (pair) { facts.append(el("dt", pair[0]), el("dd", pair[1])); });
    parts.push(facts);
    if (info.names.length) {
      var names = el("p", null, "ng-names");
      info.names.forEach(function (name, i) { names.append(i ? " · " : "", el("span", name)); });  // each isolated
      parts.push(el("h3", "Also called"), names);
    }
    parts.push(el("h3", info.evidence.length ? "Read in" : "No sentence recorded"));
    var list = el("ol", null, "ng-evidence");
    info.evidence.forEach(function (source) {
      var item = el("li");
      var cite = el("cite", source.article);
      var detail = [source.published, source.lang].filter(Boolean).join(", ");
      item.append(sentence(source), cite);
      if (detail) { item.append(el("span", " (" + detail + ")", "ng-detail")); }
      list.append(item);
    });
    parts.push(list);
    if (info.more) { parts.push(el("p", info.more + " more sentence(s) not shown.", "ng-help")); }
    if (info.articles.length) {
      parts.push(el("h3", "Also from"));
      var others = el("ul", null, "ng-articles");
      info.articles.forEach(function (title) { others.append(el("li", title)); });
      parts.push(others);
    }
    panel.replaceChildren.apply(panel, parts);
    state.panel = { id: id, title: info.title };
  }
  function infoOf(params) {
    if (params.nodes && params.nodes.length) { return data.meta[params.nodes[0]].info; }
    if (params.edges && params.edges.length) { return data.meta[params.edges[0]].info; }
    return null;
  }
  network.on("click", function (params) {
    pinned = infoOf(params);
    if (pinned) { showInfo(pinned); } else { showMessage("Hover over or click a node or an edge to see the sentences it was read from."); }
  });
  network.on("hoverNode", function (params) { if (!pinned) { showInfo(data.meta[params.node].info); } });
  network.on("hoverEdge", function (params) { if (!pinned) { showInfo(data.meta[params.edge].info); } });

  // ------------------------------------------------------------------ search and filters
  function search(query) {
    var wanted = fold(query).trim();
    $("ng-search").value = query;
    matches = !wanted ? [] : nodeView.getIds().filter(function (id) {
      return haystack[id].some(function (name) { return name.indexOf(wanted) >= 0; });
    }).sort();
    network.selectNodes(matches, false);
    if (matches.length) {
      frame();
      pinned = data.meta[matches[0]].info;
      showInfo(pinned);
    }
    $("ng-search-status").textContent = !wanted ? "" : matches.length ? matches.length + " found" : "nothing found";
    state.search = query;
    network.redraw();
  }
  function refresh() {
    nodeView.refresh();
    edgeView.refresh();
    document.querySelectorAll("input[name=class]").forEach(function (box) { box.checked = filters.classes.indexOf(box.value) >= 0; });
    document.querySelectorAll("input[name=kind]").forEach(function (box) { box.checked = filters.kinds.indexOf(box.value) >= 0; });
    $("ng-donor").value = filters.donor;
    search($("ng-search").value);
  }
  function setClasses(list) { filters.classes = CLASSES.filter(function (c) { return list.indexOf(c) >= 0; }); refresh(); }
  function setKinds(list) { filters.kinds = KINDS.filter(function (k) { return list.indexOf(k) >= 0; }); refresh(); }
  function setDonor(key) { filters.donor = data.meta[key] ? key : ""; refresh(); }
  function setPhysics(on) {
    $("ng-physics").checked = on;
    network.setOptions({ physics: { enabled: on } });
    network.redraw();
  }

  data.donors.forEach(function (pair) {
    var option = el("option", pair[1]);
    option.value = pair[0];
    $("ng-donor").append(option);
  });
  function checked(name) {
    return Array.prototype.filter.call(document.querySelectorAll("input[name=" + name + "]"), function (box) { return box.checked; })
      .map(function (box) { return box.value; });
  }
  $("ng-search").addEventListener("input", function () { search(this.value); });
  $("ng-classes").addEventListener("change", function () { setClasses(checked("class")); });
  $("ng-kinds").addEventListener("change", function () { setKinds(checked("kind")); });
  $("ng-donor").addEventListener("change", function () { setDonor(this.value); });
  $("ng-physics").addEventListener("change", function () { setPhysics(this.checked); });
  $("ng-fit").addEventListener("click", function () { moved = false; frame(); });

  function applyFragment() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ""));
    var list = function (name) { return params.get(name).split(",").filter(Boolean); };
    if (params.has("class")) { filters.classes = CLASSES.filter(function (c) { return list("class").indexOf(c) >= 0; }); }
    if (params.has("kind")) { filters.kinds = KINDS.filter(function (k) { return list("kind").indexOf(k) >= 0; }); }
    if (params.has("donor")) { filters.donor = data.meta[params.get("donor")] ? params.get("donor") : ""; }
    if (params.has("search")) { $("ng-search").value = params.get("search"); }
    refresh();
    if (params.has("select") && data.meta[params.get("select")]) {
      var id = params.get("select");
      if (nodes.get(id)) { network.selectNodes([id]); } else { network.selectEdges([id]); }
      pinned = data.meta[id].info;
      showInfo(pinned);
    }
    if (params.get("physics") === "on") { setPhysics(true); }
  }
  window.addEventListener("hashchange", applyFragment);

  window.newsgraph = { search: search, setClasses: setClasses, setKinds: setKinds, setDonor: setDonor,
                       setPhysics: setPhysics, showInfo: showInfo, network: network };
  record();
})();
