/* fund-risk-campaign: gives every cell of our tables its column's name (data-label), which the phone
 * layout (fragments.html, max-width 700px) shows in front of the value when a table turns into cards.
 * Tables drawn later (the dashboard's lists) are labelled as they change. */
(function () {
  'use strict';

  function headerNames(table) {
    var row = table.tHead && table.tHead.rows[table.tHead.rows.length - 1];
    var names = [];
    if (!row) { return names; }
    Array.prototype.forEach.call(row.cells, function (th) {
      var name = th.getAttribute('data-label') || th.textContent.replace(/\s+/g, ' ').trim();
      for (var i = 0; i < (th.colSpan || 1); i++) { names.push(name); }
    });
    return names;
  }

  function label(table) {
    var names = headerNames(table);
    if (!names.length) { return; }
    Array.prototype.forEach.call(table.tBodies, function (body) {
      Array.prototype.forEach.call(body.rows, function (row) {
        var column = 0;
        Array.prototype.forEach.call(row.cells, function (cell) {
          var name = cell.colSpan > 1 ? '' : (names[column] || '');
          if (cell.getAttribute('data-label') !== name) { cell.setAttribute('data-label', name); }
          column += cell.colSpan || 1;
        });
      });
    });
  }

  function labelAll() {
    Array.prototype.forEach.call(document.querySelectorAll('table'), label);
  }

  var pending = false;
  function soon() {
    if (pending) { return; }
    pending = true;
    window.requestAnimationFrame(function () { pending = false; labelAll(); });
  }

  function start() {
    labelAll();
    new MutationObserver(function (changes) {
      for (var i = 0; i < changes.length; i++) {
        if (changes[i].addedNodes.length) { soon(); return; }
      }
    }).observe(document.body, { childList: true, subtree: true });
  }

  window.fundriskTables = { label: labelAll };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
