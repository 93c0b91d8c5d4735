// MtQuality report site: the sortable, filterable, paged ranking table of the index page.
// Own code, no libraries. Data comes from ranking-data.js (window.MTQ_RANKING) and reaches the page only
// through textContent and encoded relative hrefs, never as markup.
(function () {
  'use strict';
  var data = window.MTQ_RANKING;
  var table = document.getElementById('ranking');
  if (!table || !data) { return; }
  var PAGE = 50;
  var rows = data.rows;
  var sites = data.sites;
  var verdicts = data.verdicts;
  var reasons = data.reasons;
  var tbody = table.tBodies[0];
  var filter = document.getElementById('filter');
  var verdictSel = document.getElementById('verdict');
  var count = document.getElementById('count');
  var pageLabel = document.getElementById('page');
  var prev = document.getElementById('prev');
  var next = document.getElementById('next');
  var order = null; // indices into rows, filtered and sorted
  var lower = null; // lower-cased search text per row, built on the first filter
  var descendingFirst = { mt: true, bp: true, words: true }; // keys below negate, so direction 1 = largest first
  var sortKey = 'rank';
  var sortDir = 1;
  var page = 0;

  var keys = {
    rank: function (i) { return i; },
    title: function (i) { return rows[i][1].toLowerCase(); },
    site: function (i) { return sites[rows[i][2]].toLowerCase(); },
    mt: function (i) { return -rows[i][3]; },
    bp: function (i) { return -rows[i][4]; },
    words: function (i) { return -rows[i][5]; },
    verdict: function (i) { return rows[i][6]; }
  };

  function compute() {
    var needle = filter.value.trim().toLowerCase();
    var v = verdictSel.value === '' ? -1 : Number(verdictSel.value);
    if (needle && !lower) {
      lower = new Array(rows.length);
      for (var j = 0; j < rows.length; j++) {
        lower[j] = (rows[j][1] + '\u0000' + sites[rows[j][2]] + '\u0000' + reasons[rows[j][7]]).toLowerCase();
      }
    }
    var out = [];
    for (var i = 0; i < rows.length; i++) {
      if (v >= 0 && rows[i][6] !== v) { continue; }
      if (needle && lower[i].indexOf(needle) < 0) { continue; }
      out.push(i);
    }
    if (sortKey !== 'rank' || sortDir !== 1) {
      var key = keys[sortKey];
      var cache = new Array(rows.length);
      for (var k = 0; k < out.length; k++) { cache[out[k]] = key(out[k]); }
      out.sort(function (a, b) {
        var x = cache[a], y = cache[b];
        if (x < y) { return -sortDir; }
        if (x > y) { return sortDir; }
        return a - b;
      });
    }
    order = out;
    page = 0;
  }

  function cell(tr, text, cls) {
    var td = document.createElement('td');
    td.textContent = text;
    if (cls) { td.className = cls; }
    tr.appendChild(td);
    return td;
  }

  function band(mt) { return mt >= 60 ? 'high' : mt >= 30 ? 'mid' : mt >= 10 ? 'low' : 'clean'; }

  function render() {
    var pages = Math.max(1, Math.ceil(order.length / PAGE));
    if (page >= pages) { page = pages - 1; }
    var frag = document.createDocumentFragment();
    var end = Math.min(order.length, (page + 1) * PAGE);
    for (var p = page * PAGE; p < end; p++) {
      var i = order[p];
      var r = rows[i];
      var tr = document.createElement('tr');
      cell(tr, String(i + 1), 'num');
      var td = cell(tr, '');
      var a = document.createElement('a');
      a.href = 'articles/' + encodeURIComponent(r[0]) + '.html';
      a.textContent = r[1];
      td.appendChild(a);
      cell(tr, sites[r[2]]);
      cell(tr, r[3].toFixed(1), 'num band-' + band(r[3]));
      cell(tr, verdicts[r[6]]);
      cell(tr, r[4].toFixed(1) + '%', 'num');
      cell(tr, r[5].toLocaleString('en'), 'num');
      cell(tr, reasons[r[7]], 'why');
      frag.appendChild(tr);
    }
    tbody.replaceChildren(frag);
    count.textContent = order.length.toLocaleString('en') + ' of ' + rows.length.toLocaleString('en') + ' articles';
    pageLabel.textContent = 'page ' + (page + 1) + ' of ' + pages;
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
  }

  function sortBy(key) {
    if (sortKey === key) { sortDir = -sortDir; } else { sortKey = key; sortDir = 1; }
    var ths = table.tHead.rows[0].cells;
    for (var t = 0; t < ths.length; t++) {
      var b = ths[t].querySelector('button');
      var up = (sortDir === 1) !== !!descendingFirst[sortKey];
      ths[t].setAttribute('aria-sort', b && b.dataset.key === sortKey ? (up ? 'ascending' : 'descending') : 'none');
    }
    compute();
    render();
  }

  var timer = 0;
  filter.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { compute(); render(); }, 120);
  });
  verdictSel.addEventListener('change', function () { compute(); render(); });
  prev.addEventListener('click', function () { page--; render(); });
  next.addEventListener('click', function () { page++; render(); });
  table.tHead.addEventListener('click', function (e) {
    var b = e.target.closest('button[data-key]');
    if (b) { sortBy(b.dataset.key); }
  });
  document.getElementById('controls').hidden = false;
  compute();
  render();
  table.dataset.ready = 'true';
}());
