// Records errors and what the page drew into window.__newsgraph, before anything else runs.
(function () {
  "use strict";
  var state = { ready: false, stabilized: false, draws: 0, errors: [], warnings: [] };
  window.__newsgraph = state;
  function note(list, text) { if (list.length < 50) { list.push(String(text).slice(0, 500)); } }
  window.addEventListener("error", function (event) {
    var where = event.target && event.target !== window ? " <" + event.target.tagName + ">" : "";
    note(state.errors, "error" + where + ": " + (event.message || "resource failed"));
  }, true);
  window.addEventListener("unhandledrejection", function (event) { note(state.errors, "rejection: " + event.reason); });
  document.addEventListener("securitypolicyviolation", function (event) {
    note(state.errors, "blocked by policy: " + event.violatedDirective + " " + event.blockedURI);
  });
  var error = console.error, warn = console.warn;
  console.error = function () { note(state.errors, "console.error: " + Array.prototype.join.call(arguments, " ")); return error.apply(console, arguments); };
  console.warn = function () { note(state.warnings, Array.prototype.join.call(arguments, " ")); return warn.apply(console, arguments); };
  document.addEventListener("DOMContentLoaded", function () {
    document.getElementById("ng-state").textContent = JSON.stringify(state);
  });
})();
