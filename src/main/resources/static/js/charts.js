// Draws the outcome chart from the JSON the page carries (#chart-data) with ECharts.
document.addEventListener('DOMContentLoaded', function () {
  var holder = document.getElementById('chart');
  var source = document.getElementById('chart-data');
  if (!holder || !source || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(source.textContent);
  var chart = echarts.init(holder, null, { renderer: 'svg' });
  var series = {
    type: data.kind,
    data: data.values,
    name: data.title,
    connectNulls: false,
    label: { show: true, position: data.kind === 'bar' ? 'right' : 'top', formatter: '{c}%' },
    itemStyle: { color: '#1d5fa7' }
  };
  if (data.goal !== null && data.goal !== undefined) {
    series.markLine = { symbol: 'none', data: [{ xAxis: data.kind === 'bar' ? data.goal : undefined,
      yAxis: data.kind === 'bar' ? undefined : data.goal, name: 'Goal' }],
      label: { formatter: 'Goal {c}%' }, lineStyle: { color: '#b35c00', type: 'dashed' } };
  }
  var categories = { type: 'category', data: data.labels, axisLabel: { width: 140, overflow: 'break' } };
  var percent = { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } };
  chart.setOption({
    animation: false,
    grid: { left: data.kind === 'bar' ? 150 : 40, right: 30, top: 20, bottom: 40 },
    tooltip: { trigger: 'axis', valueFormatter: function (v) { return v === null || v === undefined ? 'n<11 or none' : v + '%'; } },
    xAxis: data.kind === 'bar' ? percent : categories,
    yAxis: data.kind === 'bar' ? Object.assign({ inverse: true }, categories) : percent,
    series: [series]
  });
  holder.style.height = (data.kind === 'bar' ? Math.max(160, 36 * data.labels.length + 60) : 300) + 'px';
  chart.resize();
  window.addEventListener('resize', function () { chart.resize(); });
});
