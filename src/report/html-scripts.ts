// The inline scripts of a report's HTML pages, each small, plain ES5 and allowed by its SHA-256 in the
// pages' Content-Security-Policy (CSP Level 2 hash-source): sorting tables, drawing the embedded
// diagrams as they near the viewport, and the catalogue's search and filters.

import { createHash } from 'node:crypto';

// Click (or Enter/Space: the headers are buttons) sorts a table.sortable by that column; a second
// click reverses. Cells sort by data-value (numbers when the header says data-type="number").
export const SORT_SCRIPT = `(function () {
  var tables = document.querySelectorAll('table.sortable');
  Array.prototype.forEach.call(tables, function (table) {
    var buttons = table.querySelectorAll('thead button[data-col]');
    Array.prototype.forEach.call(buttons, function (button) {
      button.addEventListener('click', function () {
        var th = button.parentNode;
        var col = Number(button.getAttribute('data-col'));
        var numeric = button.getAttribute('data-type') === 'number';
        var dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
        Array.prototype.forEach.call(table.querySelectorAll('thead th'), function (other) { other.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', dir);
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var key = function (row) { var cell = row.cells[col]; return cell ? (cell.getAttribute('data-value') || cell.textContent || '') : ''; };
        rows.sort(function (a, b) {
          var x = key(a), y = key(b);
          var c = numeric ? Number(x) - Number(y) : x.localeCompare(y, 'zh-CN');
          return dir === 'ascending' ? c : -c;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
})();`;

// A catalogue page holds thousands of diagrams (1k items: 3000 SVGs, 57 MB). Parsed and laid out
// at once they kept Chromium busy for over 20 s, so each SVG waits as the text of an inert
// <script type="image/svg+xml"> (raw text: parsed as one string, no entity is decoded) and
// becomes the diagram when its item comes within a screen of the viewport, or before printing.
// It is the same escaped markup the page would otherwise hold inline.
export const DRAW_SCRIPT = `(function () {
  var selector = 'script[type="image/svg+xml"]';
  var draw = function (source) {
    var holder = source.parentNode;
    if (holder) holder.innerHTML = source.textContent;
  };
  var drawAll = function () { Array.prototype.forEach.call(document.querySelectorAll(selector), draw); };
  if (!('IntersectionObserver' in window)) return drawAll();
  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (!entry.isIntersecting) return;
      observer.unobserve(entry.target);
      var source = entry.target.querySelector(selector);
      if (source) draw(source);
    });
  }, { rootMargin: '100% 0px' });
  Array.prototype.forEach.call(document.querySelectorAll(selector), function (source) { observer.observe(source.parentNode); });
  window.addEventListener('beforeprint', drawAll);
})();`;

// The catalogue's search box and filters: every element marked data-filter-row (the ranking's rows,
// the items) is shown only when it matches them all — text in its data-search (lower case), its
// department, one of its finding kinds, and each ticked flag (data-plan, data-incomplete, data-over).
// The count of shown ranking rows goes into #shown-count through its data-template ("{n}").
export const FILTER_SCRIPT = `(function () {
  var form = document.getElementById('filters');
  if (!form) return;
  var rows = Array.prototype.slice.call(document.querySelectorAll('[data-filter-row]'));
  var count = document.getElementById('shown-count');
  var field = function (id) { return document.getElementById(id); };
  var apply = function () {
    var q = field('filter-search').value.trim().toLowerCase();
    var department = field('filter-department').value;
    var kind = field('filter-kind').value;
    var flags = ['plan', 'incomplete', 'over'].filter(function (flag) { return field('filter-' + flag).checked; });
    var shown = 0;
    rows.forEach(function (row) {
      var match = (q === '' || (row.getAttribute('data-search') || '').indexOf(q) >= 0) &&
        (department === '' || row.getAttribute('data-department') === department) &&
        (kind === '' || (' ' + (row.getAttribute('data-kinds') || '') + ' ').indexOf(' ' + kind + ' ') >= 0) &&
        flags.every(function (flag) { return row.getAttribute('data-' + flag) === '1'; });
      row.hidden = !match;
      if (match && row.tagName === 'TR') shown++;
    });
    if (count) count.textContent = (count.getAttribute('data-template') || '').replace('{n}', String(shown));
  };
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
})();`;

function scriptHash(script: string): string {
  return `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
}

/** The scripts every catalogue page ends with, in order. */
export const PAGE_SCRIPTS = [SORT_SCRIPT, DRAW_SCRIPT, FILTER_SCRIPT] as const;

/** The pages' Content-Security-Policy: nothing from anywhere, inline styles, and exactly PAGE_SCRIPTS. */
export const PAGE_CSP = `default-src 'none'; style-src 'unsafe-inline'; script-src ${PAGE_SCRIPTS.map((s) => `'${scriptHash(s)}'`).join(' ')}; img-src data:; base-uri 'none'; form-action 'none'`;
