// The console's charts (Apache ECharts from the webjar). No inline script on any page: the
// Content-Security-Policy allows scripts from the console itself only. Each chart is an element
// with data-chart="<kind>", its data as JSON in data-points and its labels in data-label-* attributes.
(function () {
  'use strict';

  function escape(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function money(v) {
    return Number(v).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }

  var draw = {
    // reactivation campaigns: members, contacted, reactivated per campaign
    campaigns: function (el, bars) {
      function series(key) {
        return { name: el.dataset['label' + key.charAt(0).toUpperCase() + key.slice(1)], type: 'bar',
          data: bars.map(function (b) { return b[key]; }) };
      }
      echarts.init(el).setOption({ animation: false, tooltip: { trigger: 'axis' }, legend: {},
        xAxis: { type: 'category', data: bars.map(function (b) { return b.name; }) }, yAxis: { type: 'value' },
        series: [series('members'), series('contacted'), series('reactivated')] });
    },
    // a client's segment history: average assets at each change, oldest first
    history: function (el, points) {
      echarts.init(el).setOption({
        animation: false, grid: { left: 90, right: 30 },
        tooltip: { trigger: 'axis', formatter: function (p) {
          var d = points[p[0].dataIndex];
          return escape(d.asOf) + '<br>' + escape(d.segment) + '<br>' + money(d.averageAssets);
        } },
        xAxis: { type: 'category', data: points.map(function (p) { return p.asOf; }) },
        yAxis: { type: 'value' },
        series: [{ type: 'line', step: 'end', data: points.map(function (p) { return p.averageAssets; }) }]
      });
    },
    // retention outcomes per group, stacked
    outcomes: function (el, rows) {
      var keys = ['open', 'retained', 'partiallyRetained', 'lost'];
      // the groups are labels with their codes (冷漠与忽视 NEGLECT): bars lie down so that each group's name
      // reads level on the left, the code on a second line, every one shown and none cut at the card's edge
      echarts.init(el).setOption({ animation: false, tooltip: { trigger: 'axis' }, legend: {},
        grid: { left: 10, right: 20, bottom: 10, containLabel: true },
        yAxis: { type: 'category', inverse: true, data: rows.map(function (r) { return r.group; }),
          axisLabel: { interval: 0, formatter: function (g) { return String(g).replace(/ (?=\S+$)/, '\n'); } } },
        xAxis: { type: 'value', minInterval: 1 },
        series: keys.map(function (k) {
          return { name: el.dataset['label' + k.charAt(0).toUpperCase() + k.slice(1)], type: 'bar', stack: 'all',
            data: rows.map(function (r) { return r[k]; }) };
        }) });
    }
  };

  document.querySelectorAll('[data-chart]').forEach(function (el) {
    draw[el.dataset.chart](el, JSON.parse(el.dataset.points));
  });
})();
