// Draws the outcome chart from the JSON the page carries (#chart-data) with ECharts.
document.addEventListener('DOMContentLoaded', function () {
  var holder = document.getElementById('outcome-chart');
  var source = document.getElementById('chart-data');
  if (!holder || !source || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(source.textContent);
  var narrow = holder.clientWidth < 520;
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
      label: { formatter: 'Goal {c}%', position: 'end' }, lineStyle: { color: '#b35c00', type: 'dashed' } };
  }
  var categories = { type: 'category', data: data.labels,
    axisLabel: { width: narrow ? 90 : 170, overflow: data.kind === 'bar' ? 'break' : 'truncate', lineHeight: 13, interval: 0,
                 rotate: data.kind === 'line' && narrow ? 45 : 0 } };
  var percent = { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } };
  chart.setOption({
    animation: false,
    grid: { left: 8, right: 40, top: 28, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: function (v) { return v === null || v === undefined ? 'n<11 or none' : v + '%'; } },
    xAxis: data.kind === 'bar' ? percent : categories,
    yAxis: data.kind === 'bar' ? Object.assign({ inverse: true }, categories) : percent,
    series: [series]
  });
  holder.style.height = (data.kind === 'bar' ? Math.max(180, 46 * data.labels.length + 70) : 300) + 'px';
  chart.resize();
  window.addEventListener('resize', function () { chart.resize(); });
});
