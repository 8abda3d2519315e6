// The newsgraph page: three views of one graph (aid flows, meetings, everything), filters that
// hide what does not match in every view and tab, a table, totals, and the evidence panel.
// Positions come from the build (graph/layout.py): the page opens still; physics only on request.
// Labels are drawn by this script, most important first, and only where they overlap no other.
// Every text from an article is written with textContent or onto the canvas, never as markup.
// The URL fragment drives the same functions as the controls, e.g.
//   graph.html#view=all&search=Canada&class=Country&kind=military&donor=<IRI>&recipient=<IRI>
//              &from=2025-06-01&to=2025-08-31&isolated=show&select=<id>&physics=on&tab=table
(function () {
  "use strict";
  var state = window.__newsgraph;
  var data = JSON.parse(document.getElementById("ng-data").textContent);
  var $ = function (id) { return document.getElementById(id); };

  var CLASSES = Array.prototype.map.call(document.querySelectorAll("input[name=class]"), function (box) { return box.value; });
  var KINDS = Array.prototype.map.call(document.querySelectorAll("input[name=kind]"), function (box) { return box.value; });
  var VIEWS = ["flows", "meetings", "all"];
  var filters = { classes: CLASSES.slice(), kinds: KINDS.slice(), donor: "", recipient: "", from: "", to: "" };
  var current = { view: "flows", tab: "graph", isolated: false };
  var pinned = null;
  var matches = [];
  var focus = [];  // the searched node's neighbours: their labels come first
  var built = { importance: {}, labels: {}, edgeLabels: {}, info: {}, isolated: [] };
  var FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
  var PALETTE = ["#4e79a7", "#e15759", "#76b7b2", "#f28e2b", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
                 "#9c755f", "#17becf", "#bcbd22", "#7f7f7f"];

  function fold(text) {
    return String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  var haystack = {};
  Object.keys(data.meta).forEach(function (id) {
    var meta = data.meta[id];
    if (meta.names) { haystack[id] = [meta.label].concat(meta.names).map(fold); }
  });
  var rowById = {};
  data.table.forEach(function (row) { rowById[row.id] = row; });
  var degreeAll = {};
  data.edges.forEach(function (edge) {
    degreeAll[edge.from] = (degreeAll[edge.from] || 0) + 1;
    degreeAll[edge.to] = (degreeAll[edge.to] || 0) + 1;
  });

  // ------------------------------------------------------------------ what matches the filters
  function classOk(id) { return !data.meta[id] || filters.classes.indexOf(data.meta[id].cls) >= 0; }
  function dateOk(date) {
    if (!filters.from && !filters.to) { return true; }
    if (!date) { return false; }
    if (filters.from && date < filters.from.slice(0, date.length)) { return false; }
    if (filters.to && date > filters.to.slice(0, date.length)) { return false; }
    return true;
  }
  function pledgeShown(row) {
    return filters.kinds.indexOf(row.kind) >= 0 && (!filters.donor || row.donor === filters.donor) &&
      (!filters.recipient || row.recipient === filters.recipient) && classOk(row.donor) && classOk(row.recipient) &&
      dateOk(row.date);
  }
  function stands(id, actor) { return id === actor || data.affiliation[id] === actor; }
  function meetingShown(meeting) {
    if (!dateOk(meeting.date)) { return false; }
    var wanted = [filters.donor, filters.recipient].filter(Boolean);
    return wanted.every(function (actor) { return meeting.who.some(function (id) { return stands(id, actor); }); });
  }
  function focused() {
    return Boolean(filters.donor || filters.recipient || filters.from || filters.to || filters.kinds.length < KINDS.length);
  }

  // ------------------------------------------------------------------ the three views
  function money(value) {
    if (value === null || value === undefined) { return "n/a"; }
    var units = [[1e12, " tn"], [1e9, " bn"], [1e6, " m"]];
    for (var i = 0; i < units.length; i++) {
      if (Math.abs(value) >= units[i][0]) { return trim((value / units[i][0]).toPrecision(3)) + units[i][1]; }
    }
    return Math.abs(value) >= 1e3 ? trim((value / 1e3).toPrecision(3)) + " k" : String(Math.round(value));
  }
  function trim(text) { return text.indexOf(".") < 0 ? text : text.replace(/0+$/, "").replace(/\.$/, ""); }
  function width(eur) { return eur ? Math.min(12, 1.2 + 1.3 * Math.max(0, Math.log10(eur) - 6)) : 1.2; }
  function nodeItem(id, x) {
    var meta = data.meta[id];
    var cls = data.classes[meta.cls] || data.classes.Unknown;
    var pos = data.positions[current.view][id] || [0, 0];
    var item = { id: id, x: pos[0], y: pos[1], shape: cls[2], value: x, borderWidth: 1.5,
                 color: { background: cls[0], border: cls[1], highlight: { background: cls[0], border: "#111" },
                          hover: { background: cls[0], border: "#111" } } };
    if (meta.cls === "Unknown") { item.shapeProperties = { borderDashes: [4, 3] }; }
    return item;
  }
  function flowsView() {
    var pairs = {}, order = [], given = {}, received = {};
    data.table.forEach(function (row) {
      if (!pledgeShown(row)) { return; }
      var key = row.donor + "\u2192" + row.recipient;
      if (!pairs[key]) { pairs[key] = { from: row.donor, to: row.recipient, rows: [] }; order.push(key); }
      pairs[key].rows.push(row);
    });
    var out = { nodes: [], edges: [], importance: {}, labels: {}, edgeLabels: {}, info: {} };
    order.sort().forEach(function (key) {
      var pair = pairs[key];
      var fresh = pair.rows.filter(function (r) { return !r.cumulative && !r.partOf; });
      var counted = fresh.length ? fresh : pair.rows.filter(function (r) { return r.cumulative; });
      var eur = fresh.length ? fresh.reduce(function (s, r) { return s + (r.eur || 0); }, 0)
        : counted.reduce(function (m, r) { return Math.max(m, r.eur || 0); }, 0);
      var kinds = pair.rows.map(function (r) { return r.kind; }).filter(function (k, i, all) { return all.indexOf(k) === i; });
      var id = "flow " + key;
      out.edges.push({ id: id, from: pair.from, to: pair.to, width: width(eur), dashes: fresh.length ? false : [8, 6],
                       arrows: { to: { enabled: true, scaleFactor: 0.6 } },
                       color: { color: kinds.length === 1 ? data.kinds[kinds[0]] : "#666", highlight: "#111", hover: "#111" } });
      var known = counted.some(function (r) { return r.eur !== null; });  // else: a currency without an ECB rate
      out.edgeLabels[id] = known ? (fresh.length ? "" : "total ") + money(eur) + " \u20ac" : "no EUR rate";
      out.info[id] = { flow: pair, eur: eur, running: !fresh.length };
      given[pair.from] = (given[pair.from] || 0) + eur;
      received[pair.to] = (received[pair.to] || 0) + eur;
      out.importance[id] = eur / 2;
    });
    Object.keys(given).concat(Object.keys(received)).forEach(function (id) {
      if (out.importance[id] !== undefined) { return; }
      var total = (given[id] || 0) + (received[id] || 0);
      out.importance[id] = total + 1;
      out.nodes.push(nodeItem(id, 1 + Math.log10(1 + total / 1e6)));
    });
    return out;
  }
  function colourOf(ids) {
    var colours = {};
    ids.forEach(function (id, i) { colours[id] = PALETTE[i % PALETTE.length]; });
    return colours;
  }
  function meetingsView() {
    var count = {}, pairs = {}, order = [];
    data.meetings.forEach(function (m) {
      if (!meetingShown(m)) { return; }
      var who = m.who.filter(classOk);
      who.forEach(function (a, i) {
        count[a] = (count[a] || 0) + 1;
        who.slice(i + 1).forEach(function (b) {
          var key = a < b ? a + " " + b : b + " " + a;
          if (!pairs[key]) { pairs[key] = { from: a < b ? a : b, to: a < b ? b : a, meetings: [] }; order.push(key); }
          pairs[key].meetings.push(m.id);
        });
      });
    });
    var out = { nodes: [], edges: [], importance: {}, labels: {}, edgeLabels: {}, info: {} };
    var shown = Object.keys(count);
    var homes = shown.map(function (id) { return data.affiliation[id]; })
      .filter(function (id, i, all) { return id && classOk(id) && all.indexOf(id) === i; });
    var groups = shown.filter(function (id) { return data.meta[id].cls !== "Person"; })
      .concat(homes.filter(function (id) { return count[id] === undefined; }));
    groups.sort(function (a, b) { return (count[b] || 0) - (count[a] || 0) || (a < b ? -1 : 1); });
    var colours = colourOf(groups);
    groups.concat(shown.filter(function (id) { return groups.indexOf(id) < 0; })).forEach(function (id) {
      var item = nodeItem(id, 1 + (count[id] || 0));
      var colour = colours[id] || colours[data.affiliation[id]];
      if (colour) { item.color = { background: colour, border: "#333", highlight: { background: colour, border: "#111" } }; }
      out.nodes.push(item);
      out.importance[id] = (count[id] || 0) + 0.5;
      var home = data.affiliation[id];
      if (home && colours[home] && count[id] !== undefined) {
        var aid = "member " + id;
        out.edges.push({ id: aid, from: id, to: home, dashes: [3, 4], width: 1, color: { color: "#999" } });
        out.info[aid] = { node: id };
      }
    });
    order.sort().forEach(function (key) {
      var pair = pairs[key], id = "met " + key;
      out.edges.push({ id: id, from: pair.from, to: pair.to, width: Math.min(10, 1 + pair.meetings.length),
                       color: { color: "#8d8d8d", highlight: "#111", hover: "#111" } });
      if (pair.meetings.length > 1) { out.edgeLabels[id] = pair.meetings.length + "\u00d7"; }
      out.info[id] = { meetings: pair.meetings };
      out.importance[id] = pair.meetings.length / 4;
    });
    return out;
  }
  function allView() {
    var meetingOk = {}, edgesOut = [], visible = {};
    data.meetings.forEach(function (m) { meetingOk[m.id] = meetingShown(m) && classOk(m.id); });
    var out = { nodes: [], edges: [], importance: {}, labels: {}, edgeLabels: {}, info: {} };
    data.edges.forEach(function (edge) {
      var meta = data.meta[edge.id], ok;
      if (meta.kind === "pledge") { ok = pledgeShown(rowById[edge.id] || {}) || (!rowById[edge.id] && classOk(edge.from) && classOk(edge.to)); }
      else { ok = meetingOk[edge.from] && classOk(edge.to); }
      if (!ok) { return; }
      var copy = Object.assign({}, edge);
      delete copy.label;
      edgesOut.push(copy);
      if (edge.label) { out.edgeLabels[edge.id] = edge.label; out.importance[edge.id] = 0.5; }
      visible[edge.from] = visible[edge.to] = true;
    });
    data.nodes.forEach(function (node) {
      var id = node.id;
      if (!classOk(id)) { return; }
      var lonely = !degreeAll[id];
      if (lonely && !current.isolated) { return; }
      if (!visible[id] && !lonely && (focused() || data.meta[id].cls === "Meeting")) { return; }
      var item = Object.assign({}, node);
      delete item.label;
      var pos = data.positions.all[id] || [0, 0];
      item.x = pos[0]; item.y = pos[1];
      out.nodes.push(item);
      // actors first; a meeting's label ("call", "visit") only where there is room to spare
      out.importance[id] = data.meta[id].cls === "Meeting" ? 0.01 * (degreeAll[id] || 0) : (degreeAll[id] || 0) + 1;
    });
    out.edges = edgesOut;
    return out;
  }
  function isolatedIds() {
    // actors with no link in the current view (the flows view draws only actors that give or receive)
    var linked = {};
    if (current.view === "all") { Object.keys(degreeAll).forEach(function (id) { linked[id] = true; }); }
    if (current.view === "meetings") { data.meetings.forEach(function (m) { m.who.forEach(function (id) { linked[id] = true; }); }); }
    if (current.view === "flows") { data.table.forEach(function (r) { linked[r.donor] = linked[r.recipient] = true; }); }
    return Object.keys(data.meta).filter(function (id) {
      return data.meta[id].names && data.meta[id].cls !== "Meeting" && !linked[id];
    }).sort();
  }

  // ------------------------------------------------------------------ network
  var nodes = new vis.DataSet([]);
  var edges = new vis.DataSet([]);
  var network = new vis.Network($("ng-network"), { nodes: nodes, edges: edges }, data.options);

  function build() {
    var started = performance.now();
    var out = current.view === "flows" ? flowsView() : current.view === "meetings" ? meetingsView() : allView();
    var lonely = isolatedIds();
    if (current.isolated && current.view !== "all") {
      var have = {};
      out.nodes.forEach(function (n) { have[n.id] = true; });
      lonely.forEach(function (id) {
        if (!have[id] && classOk(id)) { out.nodes.push(nodeItem(id, 1)); out.importance[id] = 0.1; }
      });
    }
    out.isolated = lonely;
    Object.keys(data.meta).forEach(function (id) { if (data.meta[id].label) { out.labels[id] = data.meta[id].label; } });
    built = out;
    sync(nodes, out.nodes);
    sync(edges, out.edges);
    state.buildMs = Math.round(performance.now() - started);  // how long a view or filter change takes
    $("ng-isolated-label").textContent = "show " + lonely.length + " actors without links in this view";
    document.querySelectorAll("#ng-legend [data-view]").forEach(function (row) { row.hidden = row.dataset.view !== current.view; });
    placed = null;
  }

  // Only what changed goes to vis-network: re-adding thousands of unchanged nodes is what costs time.
  function sync(set, items) {
    var want = {}, fresh = [], changed = [];
    items.forEach(function (item) { want[item.id] = item; });
    set.remove(set.getIds().filter(function (id) { return !want[id]; }));
    items.forEach(function (item) {
      var old = set.get(item.id);
      if (!old) { fresh.push(item); } else if (JSON.stringify(old) !== JSON.stringify(item)) { changed.push(item); }
    });
    if (fresh.length) { set.add(fresh); }
    if (changed.length) { set.update(changed); }
  }

  // ------------------------------------------------------------------ labels
  var placed = null;  // {key, list}
  function labelFont(rank, total) { return Math.round(16 - 4 * Math.min(1, rank / Math.max(1, total / 4))); }
  function placeLabels(ctx) {
    var size = network.body.container.getBoundingClientRect();
    var ids = nodes.getIds().concat(Object.keys(built.edgeLabels).filter(function (id) { return edges.get(id); }));
    var first = {};
    focus.concat(matches).forEach(function (id) { first[id] = true; });
    ids.sort(function (a, b) {
      return (first[b] ? 1 : 0) - (first[a] ? 1 : 0) || (built.importance[b] || 0) - (built.importance[a] || 0) || (a < b ? -1 : 1);
    });
    var grid = {}, out = [], cell = 80;
    var positions = network.getPositions();
    var blockers = {};  // node shapes: no label is drawn over another node
    nodes.getIds().forEach(function (id) {
      var node = network.body.nodes[id];
      if (!node || !positions[id]) { return; }
      var dom = network.canvasToDOM(positions[id]), r = (node.shape.height || 16) / 2 * network.getScale();
      var box = { id: id, x: dom.x - r, y: dom.y - r, w: 2 * r, h: 2 * r, shape: true };
      cellsOf(box, cell).forEach(function (key) { (blockers[key] = blockers[key] || []).push(box); });
    });
    ids.forEach(function (id, rank) {
      var box = labelBox(ctx, id, rank, ids.length, positions);
      if (!box || box.x < 0 || box.y < 0 || box.x + box.w > size.width || box.y + box.h > size.height) { return; }
      var keys = cellsOf(box, cell);
      var hits = function (o) { return o.id !== id && box.x < o.x + o.w && o.x < box.x + box.w && box.y < o.y + o.h && o.y < box.y + box.h; };
      var isEdge = !network.body.nodes[id];  // edge labels also keep off the nodes
      var clash = keys.some(function (key) { return (grid[key] || []).some(hits) || (isEdge && (blockers[key] || []).some(hits)); });
      if (clash) { return; }
      keys.forEach(function (key) { (grid[key] = grid[key] || []).push(box); });
      out.push(box);
    });
    return out;
  }
  function cellsOf(box, cell) {
    var keys = [];
    for (var gx = Math.floor(box.x / cell); gx <= Math.floor((box.x + box.w) / cell); gx++) {
      for (var gy = Math.floor(box.y / cell); gy <= Math.floor((box.y + box.h) / cell); gy++) { keys.push(gx + ":" + gy); }
    }
    return keys;
  }
  function labelBox(ctx, id, rank, total, positions) {
    var text, x, y, below = 0, px = labelFont(rank, total), node = network.body.nodes[id];
    if (node && positions[id]) {
      text = built.labels[id];
      var dom = network.canvasToDOM(positions[id]);
      below = node.shape.height ? node.shape.height / 2 * network.getScale() : 8;
      x = dom.x; y = dom.y + below + 2;
    } else if (built.edgeLabels[id]) {
      var edge = edges.get(id);
      if (!edge || !positions[edge.from] || !positions[edge.to]) { return null; }
      text = built.edgeLabels[id];
      var a = network.canvasToDOM(positions[edge.from]), b = network.canvasToDOM(positions[edge.to]);
      x = (a.x + b.x) / 2; y = (a.y + b.y) / 2 - px / 2; px = Math.min(px, 13);
    }
    if (!text) { return null; }
    ctx.font = px + "px " + FONT;
    var w = ctx.measureText(text).width;
    return { id: id, text: text, px: px, x: x - w / 2 - 2, y: y, w: w + 4, h: px * 1.25 };
  }
  function drawLabels(ctx) {
    var view = network.getViewPosition(), key = [network.getScale(), view.x, view.y, nodes.length, edges.length,
      matches.join(","), network.body.container.clientWidth, network.body.container.clientHeight].join("|");
    ctx.save();
    var ratio = network.canvas.pixelRatio || 1;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    if (!placed || placed.key !== key) {
      var started = performance.now();
      placed = { key: key, list: placeLabels(ctx) };
      state.labelMs = Math.round(performance.now() - started);  // placing the labels after a zoom or pan
    }
    ctx.textBaseline = "top";
    ctx.textAlign = "left";
    ctx.lineJoin = "round";
    placed.list.forEach(function (box) {
      ctx.font = box.px + "px " + FONT;
      ctx.lineWidth = 3;
      ctx.strokeStyle = "rgba(255,255,255,0.92)";
      ctx.strokeText(box.text, box.x + 2, box.y);
      ctx.fillStyle = network.body.nodes[box.id] ? "#1d1d1d" : "#444";
      ctx.fillText(box.text, box.x + 2, box.y);
    });
    ctx.restore();
  }
  network.on("afterDrawing", function (ctx) { drawLabels(ctx); record(); });

  function record() {
    state.draws += 1;
    if (state.draws === 1) { state.firstDrawMs = Math.round(performance.now()); }
    var nodeIds = network.body.nodeIndices.filter(function (id) { return nodes.get(id) !== null; }).sort();
    var edgeIds = network.body.edgeIndices.filter(function (id) { return edges.get(id) !== null; }).sort();
    state.view = current.view;
    state.tab = current.tab;
    state.nodesDrawn = nodeIds.length;
    state.edgesDrawn = edgeIds.length;
    state.visibleNodeIds = nodeIds;
    state.visibleEdgeIds = edgeIds;
    state.selectedNodeIds = network.getSelectedNodes().slice().sort();
    state.selectedEdgeIds = network.getSelectedEdges().slice().sort();
    state.scale = network.getScale();
    state.physics = $("ng-physics").checked;
    state.filters = JSON.parse(JSON.stringify(filters));
    state.isolatedShown = current.isolated;
    state.isolatedCount = built.isolated.length;
    state.searchMatches = matches.slice();
    state.neighbours = focus.slice();
    state.canvas = { width: network.body.container.clientWidth, height: network.body.container.clientHeight };
    state.labels = measuredLabels();
    state.found = matches.length ? domOf(matches[0]) : null;
    state.requests = performance.getEntriesByType("resource").map(function (entry) { return entry.name; });
    $("ng-state").textContent = JSON.stringify(state);
  }
  // The label boxes re-read from the network's positions and the canvas's text metrics.
  var measure = document.createElement("canvas").getContext("2d");
  function measuredLabels() {
    if (!placed) { return []; }
    var positions = network.getPositions();
    return placed.list.map(function (box) {
      measure.font = box.px + "px " + FONT;
      var w = measure.measureText(box.text).width + 4, x, y;
      if (positions[box.id]) {
        var dom = network.canvasToDOM(positions[box.id]);
        x = dom.x - w / 2; y = box.y;
      } else {
        x = box.x; y = box.y;
      }
      return { id: box.id, text: box.text, px: box.px, x: x, y: y, w: w, h: box.px * 1.25,
               anchor: positions[box.id] ? network.canvasToDOM(positions[box.id]) : null };
    });
  }
  function domOf(id) {
    var pos = network.getPositions([id])[id];
    return pos ? network.canvasToDOM(pos) : null;
  }

  // ------------------------------------------------------------------ framing
  var moved = false;
  function frame() {
    if (matches.length && network.getPositions([matches[0]])[matches[0]]) {
      network.moveTo({ position: network.getPositions([matches[0]])[matches[0]], scale: Math.max(network.getScale(), 0.9), animation: false });
    } else {
      network.fit({ animation: false, maxZoomLevel: 1.5 });
    }
  }
  network.on("zoom", function () { moved = true; });
  network.on("dragStart", function () { moved = true; });
  network.on("resize", function () {
    if (state.stabilized && !moved) {
      frame();
      network.canvas.cameraState = {};  // vis restores the previous camera after this event; keep the new frame
    }
  });

  // ------------------------------------------------------------------ panel
  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = text; }
    if (className) { node.className = className; }
    node.dir = "auto";
    return node;
  }
  function showMessage(text) {
    $("ng-panel").replaceChildren(el("p", text, "ng-help"));
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
  function pledgeList(rows) {
    var list = el("ol", null, "ng-pledges");
    rows.forEach(function (row) {
      var item = el("li");
      var who = (data.meta[row.donor] || {}).label + " \u2192 " + (data.meta[row.recipient] || {}).label;
      item.append(el("div", who + ": " + row.stated + (row.eur !== null ? " (\u2248 " + money(row.eur) + " EUR at " + row.rateDate + ")" : "")));
      item.append(el("div", [row.kind, row.cumulative ? "running total" : "", row.partOf ? "part of a package" : "", row.date].filter(Boolean).join(" \u00b7 "), "ng-detail"));
      if (row.sentence) { item.append(el("blockquote", row.sentence)); }
      if (row.article) { item.append(el("cite", row.article)); }
      list.append(item);
    });
    return list;
  }
  function actorSections(id) {
    var parts = [];
    var given = data.table.filter(function (r) { return r.donor === id && pledgeShown(r); });
    var got = data.table.filter(function (r) { return r.recipient === id && pledgeShown(r); });
    if (given.length) { parts.push(el("h3", "Pledges given (" + given.length + ")"), pledgeList(given)); }
    if (got.length) { parts.push(el("h3", "Pledges received (" + got.length + ")"), pledgeList(got)); }
    var met = data.meetings.filter(function (m) { return meetingShown(m) && m.who.some(function (w) { return stands(w, id); }); });
    if (met.length) {
      var list = el("ul", null, "ng-articles");
      met.forEach(function (m) {
        var names = m.who.map(function (w) { return data.meta[w].label; }).join(", ");
        list.append(el("li", m.label + " \u2014 " + names));
      });
      parts.push(el("h3", "Meetings (" + met.length + ")"), list);
    }
    var people = Object.keys(data.affiliation).filter(function (p) { return data.affiliation[p] === id; }).sort();
    if (people.length) {
      var names = el("ul", null, "ng-articles");
      people.forEach(function (p) { names.append(el("li", data.meta[p].label)); });
      parts.push(el("h3", "People"), names);
    }
    return parts;
  }
  function showInfo(id) {
    var info = data.info[id];
    if (!info && built.info[id]) { return showBuilt(id); }
    if (!info) { return; }
    var panel = $("ng-panel");
    var parts = [el("h2", info.title), el("p", info.kind === "Unknown" ? "other" : info.kind, "ng-kind ng-kind-" + info.kind)];
    var facts = el("dl");
    info.facts.forEach(function (pair) { facts.append(el("dt", pair[0]), el("dd", pair[1])); });
    parts.push(facts);
    if (rowById[id] && rowById[id].eur !== null) {
      facts.append(el("dt", "in EUR"), el("dd", money(rowById[id].eur) + " (ECB rate of " + rowById[id].rateDate + ")"));
    }
    if (info.names.length) {
      var names = el("p", null, "ng-names");
      info.names.forEach(function (name, i) { names.append(i ? " \u00b7 " : "", el("span", name)); });  // each isolated
      parts.push(el("h3", "Also called"), names);
    }
    if (data.meta[id] && data.meta[id].names && data.meta[id].cls !== "Meeting") { parts = parts.concat(actorSections(id)); }
    parts.push(el("h3", info.evidence.length ? "Read in" : "No sentence recorded"));
    var list = el("ol", null, "ng-evidence");
    info.evidence.forEach(function (source) {
      var item = el("li");
      var detail = [source.published, source.lang].filter(Boolean).join(", ");
      item.append(sentence(source), el("cite", source.article));
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
  function showBuilt(id) {
    var what = built.info[id], panel = $("ng-panel"), parts;
    if (what.node) { return showInfo(what.node); }
    if (what.flow) {
      var title = data.meta[what.flow.from].label + " \u2192 " + data.meta[what.flow.to].label;
      parts = [el("h2", title), el("p", (what.running ? "running total " : "") + money(what.eur) + " EUR from " + what.flow.rows.length + " pledge(s)", "ng-kind"),
               pledgeList(what.flow.rows)];
    } else {
      var list = el("ul", null, "ng-articles");
      what.meetings.forEach(function (m) { list.append(el("li", data.meta[m].label)); });
      parts = [el("h2", what.meetings.length + " meeting(s)"), list];
    }
    panel.replaceChildren.apply(panel, parts);
    state.panel = { id: id, title: parts[0].textContent };
  }
  function infoOf(params) {
    if (params.nodes && params.nodes.length) { return params.nodes[0]; }
    if (params.edges && params.edges.length) {
      var id = params.edges[0];
      return data.meta[id] ? data.meta[id].info : id;
    }
    return null;
  }
  network.on("click", function (params) {
    pinned = infoOf(params);
    if (pinned) { showInfo(pinned); } else { showMessage("Hover over or click a node or an edge to see the sentences it was read from."); }
  });
  network.on("hoverNode", function (params) { if (!pinned) { showInfo(params.node); } });
  network.on("hoverEdge", function (params) { if (!pinned) { showInfo(data.meta[params.edge] ? data.meta[params.edge].info : params.edge); } });

  // ------------------------------------------------------------------ table and totals
  var COLUMNS = [["date", "date"], ["donor", "donor"], ["recipient", "recipient"], ["kind", "kind"], ["stated", "amount as stated"],
                 ["eur", "EUR"], ["usd", "USD"], ["rateDate", "rate of"], ["cumulative", "running total"],
                 ["partOf", "part of a package"], ["sentence", "sentence"], ["article", "article"]];
  var sortBy = { key: "date", down: false };
  function cell(row, key) {
    if (key === "donor" || key === "recipient") { return (data.meta[row[key]] || {}).label || ""; }
    if (key === "cumulative" || key === "partOf") { return row[key] ? "yes" : "no"; }
    return row[key] === null || row[key] === undefined ? "" : row[key];
  }
  function tableRows() {
    var rows = data.table.filter(pledgeShown);
    rows.sort(function (a, b) {
      var x = cell(a, sortBy.key), y = cell(b, sortBy.key);
      var order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
      return (sortBy.down ? -order : order) || (a.id < b.id ? -1 : 1);
    });
    return rows;
  }
  function drawTable() {
    var head = $("ng-table").tHead.rows[0], body = $("ng-table").tBodies[0];
    head.replaceChildren.apply(head, COLUMNS.map(function (c) {
      var th = el("th", c[1] + (sortBy.key === c[0] ? (sortBy.down ? " \u25bc" : " \u25b2") : ""));
      th.addEventListener("click", function () { sortBy = { key: c[0], down: sortBy.key === c[0] ? !sortBy.down : false }; drawTable(); });
      return th;
    }));
    var rows = tableRows();
    body.replaceChildren.apply(body, rows.map(function (row) {
      var tr = el("tr");
      COLUMNS.forEach(function (c) {
        var value = cell(row, c[0]);
        var td = el("td", typeof value === "number" ? money(value) : value,
                    typeof value === "number" ? "ng-num" : c[0] === "sentence" ? "ng-text" : "");
        tr.append(td);
      });
      tr.addEventListener("click", function () { pinned = row.id; showInfo(row.id); });
      return tr;
    }));
    $("ng-table-count").textContent = rows.length + " of " + data.table.length + " pledges";
    state.table = rows.map(function (row) {
      return [row.id, row.donor, row.recipient, row.value, row.currency, row.cumulative, row.partOf, row.eur, row.kind];
    });
  }
  function csv() {
    var quote = function (v) { v = String(v); return /[",\n\r]/.test(v) ? "\"" + v.replace(/"/g, "\"\"") + "\"" : v; };
    var lines = [COLUMNS.map(function (c) { return c[0]; }).join(",")];
    tableRows().forEach(function (row) { lines.push(COLUMNS.map(function (c) { return quote(cell(row, c[0])); }).join(",")); });
    return lines.join("\n") + "\n";
  }
  function download() {
    var link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([csv()], { type: "text/csv" }));
    link.download = "pledges.csv";
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 0);
  }
  var SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, text) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }
  function totals() {
    var sums = {};
    data.table.forEach(function (row) {
      if (!pledgeShown(row) || row.cumulative || row.partOf || row.eur === null) { return; }
      var s = sums[row.donor] = sums[row.donor] || { total: 0, kinds: {} };
      s.total += row.eur;
      s.kinds[row.kind] = (s.kinds[row.kind] || 0) + row.eur;
    });
    return Object.keys(sums).sort(function (a, b) { return sums[b].total - sums[a].total || (a < b ? -1 : 1); })
      .map(function (id) { return { id: id, label: data.meta[id].label, total: sums[id].total, kinds: sums[id].kinds }; });
  }
  function drawTotals() {
    var bars = totals(), left = 250, barW = 470, rowH = 22;
    var most = bars.length ? bars[0].total : 1;
    var chart = svg("svg", { width: left + barW + 110, height: 30 + rowH * bars.length, role: "img" });
    var x0 = left;
    KINDS.forEach(function (kind) {
      chart.append(svg("rect", { x: x0, y: 4, width: 12, height: 12, fill: data.kinds[kind] }), svg("text", { x: x0 + 16, y: 14 }, kind));
      x0 += 110;
    });
    bars.forEach(function (bar, i) {
      var y = 26 + i * rowH, x = left;
      chart.append(svg("text", { x: left - 6, y: y + 14, "text-anchor": "end" }, bar.label));
      KINDS.forEach(function (kind) {
        if (!bar.kinds[kind]) { return; }
        var w = Math.max(1, barW * bar.kinds[kind] / most);
        var rect = svg("rect", { x: x, y: y + 3, width: w, height: rowH - 6, fill: data.kinds[kind] });
        rect.append(svg("title", {}, bar.label + ", " + kind + ": " + money(bar.kinds[kind]) + " EUR"));
        chart.append(rect);
        x += w;
      });
      chart.append(svg("text", { x: x + 6, y: y + 14 }, money(bar.total) + " \u20ac"));
    });
    $("ng-totals").replaceChildren(chart);
    state.totals = bars.map(function (bar) { return [bar.label, bar.total, bar.kinds]; });
  }

  // ------------------------------------------------------------------ controls
  function search(query) {
    var wanted = fold(query).trim();
    $("ng-search").value = query;
    var hit = function (id) { return haystack[id] && haystack[id].some(function (name) { return name.indexOf(wanted) >= 0; }); };
    matches = !wanted ? [] : nodes.getIds().filter(hit).sort();
    if (wanted && !matches.length && current.view !== "all") {
      // not in this view (a person in the aid flows, say): show it in the whole graph
      var elsewhere = Object.keys(haystack).filter(function (id) { return hit(id) && classOk(id); }).sort();
      if (elsewhere.length) {
        current.view = "all";
        current.isolated = current.isolated || elsewhere.some(function (id) { return !degreeAll[id]; });
        document.querySelectorAll("input[name=view]").forEach(function (box) { box.checked = box.value === current.view; });
        $("ng-isolated").checked = current.isolated;
        build();
        matches = nodes.getIds().filter(hit).sort();
      }
    }
    focus = matches.length ? network.getConnectedNodes(matches[0]).slice().sort() : [];
    network.selectNodes(matches, true);
    if (matches.length) {
      frame();
      pinned = matches[0];
      showInfo(pinned);
    }
    $("ng-search-status").textContent = !wanted ? "" : matches.length ? matches.length + " found" : "nothing found";
    state.search = query;
    placed = null;
    network.redraw();
  }
  function refresh() {
    build();
    document.querySelectorAll("input[name=class]").forEach(function (box) { box.checked = filters.classes.indexOf(box.value) >= 0; });
    document.querySelectorAll("input[name=kind]").forEach(function (box) { box.checked = filters.kinds.indexOf(box.value) >= 0; });
    document.querySelectorAll("input[name=view]").forEach(function (box) { box.checked = box.value === current.view; });
    $("ng-donor").value = filters.donor;
    $("ng-recipient").value = filters.recipient;
    $("ng-isolated").checked = current.isolated;
    drawTable();
    drawTotals();
    if (!moved) { network.fit({ animation: false, maxZoomLevel: 1.5 }); }
    search($("ng-search").value);
  }
  function setView(name) { current.view = VIEWS.indexOf(name) >= 0 ? name : "flows"; moved = false; refresh(); }
  function setClasses(list) { filters.classes = CLASSES.filter(function (c) { return list.indexOf(c) >= 0; }); refresh(); }
  function setKinds(list) { filters.kinds = KINDS.filter(function (k) { return list.indexOf(k) >= 0; }); refresh(); }
  function setDonor(key) { filters.donor = data.meta[key] ? key : ""; moved = false; refresh(); }
  function setRecipient(key) { filters.recipient = data.meta[key] ? key : ""; moved = false; refresh(); }
  function setDates(from, to) {
    // the full range is no filter: undated items then stay
    filters.from = from && from > data.dates[0] ? from : "";
    filters.to = to && to < data.dates[1] ? to : "";
    $("ng-from").value = from || data.dates[0];
    $("ng-to").value = to || data.dates[1];
    refresh();
  }
  function setIsolated(on) { current.isolated = Boolean(on); refresh(); }
  function setPhysics(on) {
    $("ng-physics").checked = on;
    network.setOptions({ physics: { enabled: on } });
    network.redraw();
  }
  function setTab(name) {
    current.tab = ["graph", "table", "totals"].indexOf(name) >= 0 ? name : "graph";
    document.querySelectorAll("#ng-tabs button").forEach(function (b) { b.setAttribute("aria-selected", String(b.dataset.tab === current.tab)); });
    $("ng-table-tab").hidden = current.tab !== "table";
    $("ng-totals-tab").hidden = current.tab !== "totals";
    network.redraw();
  }

  [["ng-donor", data.donors], ["ng-recipient", data.recipients]].forEach(function (pair) {
    pair[1].forEach(function (item) {
      var option = el("option", item[1]);
      option.value = item[0];
      $(pair[0]).append(option);
    });
  });
  $("ng-from").min = $("ng-to").min = data.dates[0];
  $("ng-from").max = $("ng-to").max = data.dates[1];
  function checked(name) {
    return Array.prototype.filter.call(document.querySelectorAll("input[name=" + name + "]"), function (box) { return box.checked; })
      .map(function (box) { return box.value; });
  }
  $("ng-search").addEventListener("input", function () { search(this.value); });
  $("ng-views").addEventListener("change", function () { setView(checked("view")[0]); });
  $("ng-classes").addEventListener("change", function () { setClasses(checked("class")); });
  $("ng-kinds").addEventListener("change", function () { setKinds(checked("kind")); });
  $("ng-donor").addEventListener("change", function () { setDonor(this.value); });
  $("ng-recipient").addEventListener("change", function () { setRecipient(this.value); });
  $("ng-from").addEventListener("change", function () { setDates($("ng-from").value, $("ng-to").value); });
  $("ng-to").addEventListener("change", function () { setDates($("ng-from").value, $("ng-to").value); });
  $("ng-isolated").addEventListener("change", function () { setIsolated(this.checked); });
  $("ng-physics").addEventListener("change", function () { setPhysics(this.checked); });
  $("ng-fit").addEventListener("click", function () { moved = false; matches = []; frame(); });
  $("ng-csv").addEventListener("click", download);
  document.querySelectorAll("#ng-tabs button").forEach(function (b) { b.addEventListener("click", function () { setTab(b.dataset.tab); }); });

  function applyFragment() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ""));
    var list = function (name) { return params.get(name).split(",").filter(Boolean); };
    if (params.has("view")) { current.view = VIEWS.indexOf(params.get("view")) >= 0 ? params.get("view") : "flows"; }
    if (params.has("class")) { filters.classes = CLASSES.filter(function (c) { return list("class").indexOf(c) >= 0; }); }
    if (params.has("kind")) { filters.kinds = KINDS.filter(function (k) { return list("kind").indexOf(k) >= 0; }); }
    if (params.has("donor")) { filters.donor = data.meta[params.get("donor")] ? params.get("donor") : ""; }
    if (params.has("recipient")) { filters.recipient = data.meta[params.get("recipient")] ? params.get("recipient") : ""; }
    if (params.has("from")) { filters.from = params.get("from") > data.dates[0] ? params.get("from") : ""; $("ng-from").value = params.get("from"); }
    if (params.has("to")) { filters.to = params.get("to") < data.dates[1] ? params.get("to") : ""; $("ng-to").value = params.get("to"); }
    if (params.has("isolated")) { current.isolated = params.get("isolated") === "show"; }
    if (params.has("search")) { $("ng-search").value = params.get("search"); }
    refresh();
    if (params.has("select")) {
      var id = params.get("select");
      if (nodes.get(id)) { network.selectNodes([id]); } else if (edges.get(id)) { network.selectEdges([id]); }
      if (data.info[id] || built.info[id]) { pinned = id; showInfo(id); }
    }
    if (params.get("physics") === "on") { setPhysics(true); }
    if (params.has("tab")) { setTab(params.get("tab")); }
    if (params.has("bench")) { setTimeout(bench, 0); }
  }
  window.addEventListener("hashchange", applyFragment);
  function bench() {  // for the big-graph test: how long a filter change takes, once the page is ready
    var all = filters.kinds.slice(), times = [];
    setKinds(all.slice(1)); times.push(state.buildMs);
    setKinds(all); times.push(state.buildMs);
    state.filterMs = times;
    record();
  }

  window.newsgraph = { search: search, setView: setView, setClasses: setClasses, setKinds: setKinds, setDonor: setDonor,
                       setRecipient: setRecipient, setDates: setDates, setIsolated: setIsolated, setPhysics: setPhysics,
                       setTab: setTab, showInfo: showInfo, csv: csv, totals: totals, network: network };

  if (!data.nodes.length) { showMessage("This graph has no actors, pledges or meetings."); }
  applyFragment();
  state.stabilized = true;  // laid out at build time: nothing to wait for
  state.ready = true;
  state.readyMs = Math.round(performance.now());
  network.redraw();
})();
