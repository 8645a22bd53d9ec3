/* The dashboard: fetches its figures from /api/campaigns/{id}/… and draws them; refreshes every 60 s.
 * Each chart's container gets data-rendered="true" once ECharts reports the chart finished. */
(function () {
  'use strict';
  var root = document.getElementById('dashboard');
  if (!root) { return; }
  var id = root.getAttribute('data-campaign');
  var canNudge = root.getAttribute('data-can-nudge') === 'true';
  var charts = {};
  var state = { matrixPage: 0, heatmapPage: 0, overduePage: 0 };
  var COLORS = { GREEN: '#2e9e4f', YELLOW: '#f2b01e', RED: '#d93a2b', GREY: '#c5ccd3' };
  var LIGHT_NAMES = { GREEN: '绿灯', YELLOW: '黄灯', RED: '红灯', GREY: '灰色' };
  window.fundriskDashboard = { refreshes: 0, rendered: {} };

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }
  function get(path) {
    return fetch('/api/campaigns/' + id + path, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) {
        return r.json().then(function (body) {
          if (!r.ok) { throw new Error(body.detail || ('HTTP ' + r.status)); }
          return body;
        });
      });
  }
  function chart(name) {
    var box = document.getElementById('chart-' + name);
    if (!charts[name]) {
      charts[name] = echarts.init(box);
      charts[name].on('finished', function () {
        box.setAttribute('data-rendered', 'true');
        window.fundriskDashboard.rendered[name] = true;
      });
    }
    return charts[name];
  }
  function time(iso) { return iso ? iso.substring(0, 16).replace('T', ' ') : '—'; }
  function pager(box, page, pages, onGo) {
    box.innerHTML = '';
    if (pages <= 1) { return; }
    var prev = el('button', { type: 'button', 'class': 'small' }, '上一页');
    prev.disabled = page <= 0;
    prev.onclick = function () { onGo(page - 1); };
    var next = el('button', { type: 'button', 'class': 'small' }, '下一页');
    next.disabled = page >= pages - 1;
    next.onclick = function () { onGo(page + 1); };
    box.appendChild(prev);
    box.appendChild(el('span', {}, '第 ' + (page + 1) + ' / ' + pages + ' 页'));
    box.appendChild(next);
  }

  function progress() {
    return get('/progress?page=' + state.matrixPage).then(function (p) {
      var h = p.header;
      document.getElementById('computed-at').textContent = time(p.computedAt);
      document.getElementById('kpi-phase').textContent = h.currentPhaseLabel;
      document.getElementById('kpi-days').textContent = h.daysToNextDeadline === null ? '—' : h.daysToNextDeadline + ' 天';
      document.getElementById('kpi-completion').textContent = h.completionPercent + '%';
      document.getElementById('kpi-units').textContent = h.unitCount + ' 个';
      var head = document.querySelector('#matrix thead');
      var body = document.querySelector('#matrix tbody');
      head.innerHTML = '';
      body.innerHTML = '';
      var tr = el('tr');
      tr.appendChild(el('th', {}, '单位'));
      p.phases.forEach(function (ph) {
        var th = el('th', { 'data-label': ph.label }, ph.label);
        th.appendChild(el('br'));
        th.appendChild(el('small', { 'class': 'muted' }, '截止 ' + time(ph.deadline).substring(5, 10)));
        tr.appendChild(th);
      });
      head.appendChild(tr);
      p.matrix.rows.forEach(function (row) {
        var r = el('tr', { 'data-unit': row.unitCode });
        var name = el('td', { 'class': 'unit-name' });
        name.appendChild(el('a', { href: row.pageUrl }, row.unitName));
        r.appendChild(name);
        row.cells.forEach(function (c) {
          var td = el('td', { 'class': 'cell', 'data-phase': c.phase, 'data-light': c.light });
          var a = el('a', { href: row.pageUrl, title: row.unitName + ' · ' + c.label + (c.deadline ? '，截止 ' + time(c.deadline) : '') });
          a.appendChild(el('i', { 'class': 'light light-' + c.light }));
          a.appendChild(document.createTextNode(c.label));
          td.appendChild(a);
          r.appendChild(td);
        });
        body.appendChild(r);
      });
      if (p.matrix.rows.length === 0) {
        var empty = el('tr');
        empty.appendChild(el('td', { colspan: '7', 'class': 'empty' }, '暂无参与单位。'));
        body.appendChild(empty);
      }
      pager(document.getElementById('matrix-pager'), p.matrix.page, Math.ceil(p.matrix.totalUnits / p.matrix.size),
        function (page) { state.matrixPage = page; progress(); });
      chart('lights').setOption({
        tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 60, right: 20, top: 40, bottom: 30 },
        xAxis: { type: 'category', data: p.phases.map(function (ph) { return ph.label; }) },
        yAxis: { type: 'value', name: '单位数', minInterval: 1 },
        series: ['GREEN', 'YELLOW', 'RED', 'GREY'].map(function (l) {
          return { name: LIGHT_NAMES[l], type: 'bar', stack: 'lights', itemStyle: { color: COLORS[l] },
            data: p.phases.map(function (ph) { return ph.lights[l]; }) };
        })
      }, true);
    });
  }

  function heatmap() {
    return get('/heatmap?page=' + state.heatmapPage).then(function (body) {
      var h = body.heatmap;
      var box = document.getElementById('chart-heatmap');
      box.style.height = Math.max(240, h.units.length * 26 + 110) + 'px';
      var c = chart('heatmap');
      c.resize();
      var rowOf = {};
      h.units.forEach(function (u, i) { rowOf[u.id] = i; });
      var colOf = {};
      h.items.forEach(function (n, i) { colOf[n] = i; });
      var data = h.cells.map(function (cell) {
        return [colOf[cell.itemNo], rowOf[cell.campaignUnitId], cell.value, cell.label, cell.problems, cell.rectified];
      });
      var seen = {};
      data.forEach(function (d) { seen[d[0] + ',' + d[1]] = true; });
      h.units.forEach(function (u, y) {
        h.items.forEach(function (n, x) {
          if (!seen[x + ',' + y]) { data.push([x, y, 0, '不适用', 0, 0]); }
        });
      });
      c.setOption({
        tooltip: { formatter: function (p) {
          return h.units[p.value[1]].name + '<br>第' + h.items[p.value[0]] + '项：' + p.value[3]
            + (p.value[4] > 0 ? '（问题 ' + p.value[4] + ' 个，已整改 ' + p.value[5] + ' 个）' : '');
        } },
        grid: { left: 170, right: 20, top: 50, bottom: 30 },
        xAxis: { type: 'category', data: h.items.map(function (n) { return n + ''; }), name: '项', splitArea: { show: true } },
        yAxis: { type: 'category', data: h.units.map(function (u) { return u.name; }), inverse: true },
        visualMap: { type: 'piecewise', dimension: 2, orient: 'horizontal', top: 0, left: 'center',
          pieces: h.legend.map(function (s, i) {
            return { value: i, label: ['不适用', '未自查', '符合', '问题已整改', '问题整改中'][i],
              color: ['#e4e7eb', '#bcccdc', '#2e9e4f', '#3b82c4', '#d93a2b'][i] };
          }) },
        series: [{ type: 'heatmap', data: data, itemStyle: { borderColor: '#fff', borderWidth: 1 } }]
      }, true);
      pager(document.getElementById('heatmap-pager'), h.page, Math.ceil(h.totalUnits / h.size),
        function (page) { state.heatmapPage = page; heatmap(); });
    });
  }

  function problems() {
    return get('/problems').then(function (body) {
      var p = body.problems;
      document.getElementById('kpi-rate').textContent = p.rateText;
      var none = p.found === 0;
      document.getElementById('problems-empty').hidden = !none;
      document.getElementById('problems-charts').hidden = none;
      if (none) { return; }
      [['problems-unit', p.byUnit, 'unitName', '各单位问题与整改'], ['problems-category', p.byCategory, 'categoryName', '各类别问题与整改']]
        .forEach(function (spec) {
          var rows = spec[1];
          chart(spec[0]).setOption({
            title: { text: spec[3], left: 'center', textStyle: { fontSize: 14 } },
            tooltip: { trigger: 'axis' }, legend: { bottom: 0 },
            grid: { left: 150, right: 30, top: 40, bottom: 40 },
            xAxis: { type: 'value', minInterval: 1 },
            yAxis: { type: 'category', inverse: true, data: rows.map(function (r) { return r[spec[2]]; }) },
            series: [
              { name: '发现问题', type: 'bar', itemStyle: { color: '#d93a2b' }, data: rows.map(function (r) { return r.found; }) },
              { name: '已整改', type: 'bar', itemStyle: { color: '#2e9e4f' }, data: rows.map(function (r) { return r.rectified; }) }
            ]
          }, true);
        });
    });
  }

  /* 催办: after the office confirms it in the dialog (nudge.js, with an optional message), posts to the nudge
   * endpoint; on success a Chinese confirmation and the overdue list is fetched again (its 最近催办 column then
   * shows the new 催办); on failure the Chinese message of the answer. */
  function nudge(button, row, message) {
    var status = document.getElementById('nudge-status');
    button.disabled = true;
    var headers = { Accept: 'application/json', 'Content-Type': 'application/json' };
    var csrf = document.querySelector('meta[name="_csrf"]');
    var csrfHeader = document.querySelector('meta[name="_csrf_header"]');
    if (csrf && csrfHeader) { headers[csrfHeader.content] = csrf.content; } // the session's CSRF token (security gate)
    fetch('/api/campaign-units/' + row.campaignUnitId + '/nudge', { method: 'POST', credentials: 'same-origin',
      headers: headers, body: JSON.stringify(message ? { message: message } : {}) })
      .then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (body) {
          if (!r.ok) { throw new Error(body.detail || ('催办失败（HTTP ' + r.status + '）')); }
          return body;
        });
      })
      .then(function (body) {
        status.className = 'notice ok';
        status.textContent = '已向' + row.unitName + '发出催办（' + body.recipients + ' 个收件人）。';
        status.hidden = false;
        return overdue();
      })
      .catch(function (e) {
        status.className = 'notice error';
        status.textContent = e.message;
        status.hidden = false;
        button.disabled = false;
      });
  }

  function overdue() {
    return get('/overdue?page=' + state.overduePage).then(function (body) {
      var o = body.overdue;
      var tbody = document.querySelector('#overdue tbody');
      tbody.innerHTML = '';
      document.getElementById('overdue-empty').hidden = o.total > 0;
      document.getElementById('overdue-wrap').hidden = o.total === 0;
      o.rows.forEach(function (row) {
        var tr = el('tr', { 'data-campaign-unit': row.campaignUnitId });
        var unit = el('td', { 'class': 'unit-name' });
        unit.appendChild(el('a', { href: row.pageUrl }, row.unitName));
        tr.appendChild(unit);
        tr.appendChild(el('td', {}, row.kind));
        tr.appendChild(el('td', {}, row.what));
        tr.appendChild(el('td', { 'class': 'nowrap' }, time(row.deadline)));
        tr.appendChild(el('td', { 'class': 'num overdue' }, row.daysOverdue + ' 天'));
        tr.appendChild(el('td', {}, row.responsiblePerson));
        tr.appendChild(el('td', { 'class': 'last-reminder' }, row.lastReminder));
        var sv = el('td', { 'class': 'last-supervision' }, row.lastSupervision);
        if (row.lastSupervisionNote) { sv.setAttribute('title', row.lastSupervisionNote); }
        tr.appendChild(sv);
        if (canNudge) {
          var action = el('td');
          var b = el('button', { type: 'button', 'class': 'small nudge' }, '催办');
          b.onclick = function () {
            window.fundriskNudge.ask(row.unitName).then(function (message) {
              if (message !== null) { nudge(b, row, message); }
            });
          };
          action.appendChild(b);
          tr.appendChild(action);
        }
        tbody.appendChild(tr);
      });
      pager(document.getElementById('overdue-pager'), o.page, o.pages,
        function (page) { state.overduePage = page; overdue(); });
    });
  }

  function scores() {
    return get('/scores').then(function (body) {
      var s = body.scores;
      var tbody = document.querySelector('#ranking tbody');
      tbody.innerHTML = '';
      s.units.forEach(function (u) {
        var tr = el('tr', { 'data-group': u.unitKind });
        tr.appendChild(el('td', {}, u.groupLabel));
        tr.appendChild(el('td', { 'class': 'num' }, u.ranking === null ? '—' : u.ranking));
        var name = el('td', { 'class': 'unit-name' });
        name.appendChild(el('a', { href: u.pageUrl }, u.unitName));
        tr.appendChild(name);
        tr.appendChild(el('td', { 'class': 'num' }, u.applicablePoints));
        tr.appendChild(el('td', { 'class': 'num' }, u.selfScore === null ? '—' : u.selfScore));
        tr.appendChild(el('td', { 'class': 'num' }, u.finalScore === null ? '—' : u.finalScore));
        tr.appendChild(el('td', { 'class': 'num' }, u.scoreRate === null || u.finalScore === null ? '—' : (u.scoreRate * 100).toFixed(2) + '%'));
        tbody.appendChild(tr);
      });
      document.getElementById('scores-empty').hidden = s.anyScored;
      document.getElementById('scores-charts').hidden = !s.anyScored;
      if (!s.anyScored) { return; }
      [['scores-unit', s.units, 'unitName', '各单位自评分与考核得分'], ['scores-category', s.categories, 'categoryName', '各类别自评分与考核得分（合计）']]
        .forEach(function (spec) {
          var rows = spec[1];
          chart(spec[0]).setOption({
            title: { text: spec[3], left: 'center', textStyle: { fontSize: 14 } },
            tooltip: { trigger: 'axis' }, legend: { bottom: 0 },
            grid: { left: 150, right: 30, top: 40, bottom: 40 },
            xAxis: { type: 'value' },
            yAxis: { type: 'category', inverse: true, data: rows.map(function (r) { return r[spec[2]]; }) },
            series: [
              { name: '自评分', type: 'bar', itemStyle: { color: '#7b93b8' }, data: rows.map(function (r) { return r.selfScore; }) },
              { name: '考核得分', type: 'bar', itemStyle: { color: '#1d4f91' }, data: rows.map(function (r) { return r.finalScore; }) }
            ]
          }, true);
        });
    });
  }

  function steps() {
    return Promise.all([get('/steps'), fetch('/api/campaigns/' + id + '/steps.svg', { credentials: 'same-origin' })
      .then(function (r) { return r.text(); })]).then(function (results) {
      document.getElementById('diagram').innerHTML = results[1];
      var tbody = document.querySelector('#steps tbody');
      tbody.innerHTML = '';
      results[0].steps.forEach(function (s) {
        var tr = el('tr', { 'data-activity': s.activityId });
        tr.appendChild(el('td', {}, s.name));
        tr.appendChild(el('td', { 'class': 'num' }, s.units));
        tbody.appendChild(tr);
      });
      if (results[0].steps.length === 0) {
        var tr = el('tr');
        tr.appendChild(el('td', { colspan: '2', 'class': 'empty' }, '暂无单位处于流程中。'));
        tbody.appendChild(tr);
      }
    });
  }

  function refresh() {
    return Promise.all([progress(), heatmap(), problems(), overdue(), scores(), steps()]).then(function () {
      document.getElementById('load-error').hidden = true;
      window.fundriskDashboard.refreshes += 1;
    }).catch(function (e) {
      var box = document.getElementById('load-error');
      box.textContent = '数据加载失败：' + e.message;
      box.hidden = false;
    });
  }

  window.addEventListener('resize', function () {
    Object.keys(charts).forEach(function (k) { charts[k].resize(); });
  });
  refresh();
  setInterval(refresh, 60000);
}());
