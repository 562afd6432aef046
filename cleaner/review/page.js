"use strict";
// Progressive enhancement of the review page: sortable table columns and the sample filters.
// Without this script the page reads the same, pre-sorted and with every line shown.
(function () {
  var table = document.getElementById("doc-table");
  if (table) {
    var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
    heads.forEach(function (head, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = head.textContent;
      head.textContent = "";
      head.appendChild(button);
      button.addEventListener("click", function () {
        sortTable(head, column);
      });
    });
  }

  function sortTable(head, column) {
    var numeric = head.getAttribute("data-type") === "num";
    var current = head.getAttribute("aria-sort");
    var descending = current ? current === "ascending" : numeric;
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows).map(function (row, index) {
      var cell = row.cells[column];
      var raw = cell.hasAttribute("data-v") ? cell.getAttribute("data-v") : cell.textContent;
      return { row: row, index: index, key: numeric ? parseFloat(raw) : raw.toLowerCase() };
    });
    rows.sort(function (a, b) {
      var order = a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
      return (descending ? -order : order) || a.index - b.index;
    });
    rows.forEach(function (entry) {
      body.appendChild(entry.row);
    });
    heads.forEach(function (other) {
      other.removeAttribute("aria-sort");
    });
    head.setAttribute("aria-sort", descending ? "descending" : "ascending");
  }

  var filters = document.getElementById("filters");
  if (filters) {
    var rule = document.getElementById("filter-rule");
    var category = document.getElementById("filter-category");
    var status = document.getElementById("filter-status");
    var documents = Array.prototype.slice.call(document.querySelectorAll("article.doc"));
    filters.hidden = false;
    filters.addEventListener("submit", function (event) {
      event.preventDefault();
    });
    var apply = function () {
      var wantedRule = rule.value;
      var wantedCategory = category.value;
      var filtering = Boolean(wantedRule || wantedCategory);
      var shown = 0;
      documents.forEach(function (doc) {
        var matches = 0;
        doc.querySelectorAll(".drop").forEach(function (line) {
          var match =
            (!wantedRule || line.getAttribute("data-rule") === wantedRule) &&
            (!wantedCategory || line.getAttribute("data-category") === wantedCategory);
          line.hidden = !match;
          matches += match ? 1 : 0;
        });
        doc.hidden = filtering && matches === 0;
        shown += doc.hidden ? 0 : 1;
      });
      status.textContent = filtering
        ? "Showing " + shown + " of " + documents.length + " documents; removed lines of other rules are hidden."
        : "";
    };
    rule.addEventListener("change", apply);
    category.addEventListener("change", apply);
  }
})();
