/* Benchmarks tables (hooks/kd/pages/benchmarks.py): a click on a column heading sorts the method rows by that
   column, best first (a second click reverses), empty cells last; the method column sorts by name. The baseline
   rows keep their place. Without JavaScript the tables stay as built, in their default order (by year). */
(function () {
  "use strict";

  /* The column headings: the header's last row (a first row, when there is one, names the metrics). */
  function headings(table) {
    return table.tHead.rows[table.tHead.rows.length - 1].cells;
  }

  function key(row, index) {
    var cell = row.cells[index];
    return cell && cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : null;
  }

  function compare(a, b, index, numeric) {
    var x = key(a, index), y = key(b, index);
    if (x === null || y === null) return (x === null) - (y === null);
    return numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y, undefined, { numeric: true, sensitivity: "base" });
  }

  function sortBy(table, body, head, index) {
    var numeric = index > 0;
    var first = numeric && head.getAttribute("data-better") !== "low" ? "descending" : "ascending";
    var direction = head.getAttribute("aria-sort") === first ? (first === "ascending" ? "descending" : "ascending") : first;
    Array.prototype.forEach.call(headings(table), function (cell) { cell.removeAttribute("aria-sort"); });
    head.setAttribute("aria-sort", direction);
    var sign = direction === "ascending" ? 1 : -1;
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a, index), y = key(b, index);
      if (x === null || y === null) {
        return (x === null) - (y === null) || a.getAttribute("data-order") - b.getAttribute("data-order");
      }
      return sign * compare(a, b, index, numeric) || a.getAttribute("data-order") - b.getAttribute("data-order");
    });
    var fragment = document.createDocumentFragment();
    rows.forEach(function (row) { fragment.appendChild(row); });
    body.appendChild(fragment);
  }

  function enhance(table) {
    var body = table.querySelector("tbody.kd-bench__methods");
    if (!body || !table.tHead) return;
    Array.prototype.forEach.call(body.rows, function (row, n) { row.setAttribute("data-order", n); });
    Array.prototype.forEach.call(headings(table), function (head, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "kd-bench__sort";
      while (head.firstChild) button.appendChild(head.firstChild);
      head.appendChild(button);
      button.addEventListener("click", function () { sortBy(table, body, head, index); });
    });
    table.classList.add("kd-bench--sortable");
  }

  Array.prototype.forEach.call(document.querySelectorAll("table.kd-bench"), enhance);
})();
