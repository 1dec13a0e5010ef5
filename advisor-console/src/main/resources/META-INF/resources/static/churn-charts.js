// The churn-model page's charts (Apache ECharts from the webjar), drawn like charts.js draws the others: no
// inline script (the Content-Security-Policy allows the console's own scripts only); each chart is an element
// with data-chart="<kind>", its data as JSON in data-points and its labels in data-label-* attributes.
(function () {
  'use strict';

  var draw = {
    // configured against learned weight per signal kind, side by side; a kind not learned has no learned bar
    weights: function (el, bars) {
      echarts.init(el).setOption({ animation: false, tooltip: { trigger: 'axis' }, legend: {},
        grid: { left: 10, right: 30, bottom: 10, containLabel: true },
        xAxis: { type: 'value', max: 100 },
        yAxis: { type: 'category', inverse: true, data: bars.map(function (b) { return b.name; }) },
        series: [
          { name: el.dataset.labelConfigured, type: 'bar', data: bars.map(function (b) { return b.configured; }) },
          { name: el.dataset.labelLearned, type: 'bar', label: { show: true, position: 'right' },
            data: bars.map(function (b) { return b.learned; }) }
        ] });
    },
    // the hold-out calibration: mean predicted chance against the share that left, per bin, in percent
    calibration: function (el, points) {
      echarts.init(el).setOption({ animation: false, tooltip: { trigger: 'axis' }, legend: {},
        grid: { left: 10, right: 20, bottom: 10, containLabel: true },
        xAxis: { type: 'category', data: points.map(function (p) { return p.name; }) },
        yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
        series: [
          { name: el.dataset.labelPredicted, type: 'bar', data: points.map(function (p) { return p.predicted; }) },
          { name: el.dataset.labelObserved, type: 'bar', data: points.map(function (p) { return p.observed; }) }
        ] });
    }
  };

  document.querySelectorAll('[data-chart]').forEach(function (el) {
    if (draw[el.dataset.chart]) {
      draw[el.dataset.chart](el, JSON.parse(el.dataset.points));
    }
  });
})();
