// the statistics page, kept out of the HTML: the Content-Security-Policy runs scripts from files only
header('/statistics.html');
const thisYear = Number(new Date().toLocaleString('en-US', {timeZone: 'Asia/Shanghai', year: 'numeric'}));
const years = Array.from({length: 10}, (_, i) => thisYear - 1 - i);
['f-from', 'f-to'].forEach(id => $(id).innerHTML = years.map(y => `<option>${y}</option>`).join(''));
const params = new URLSearchParams(location.search);
$('f-from').value = params.get('from') || years[4];
$('f-to').value = params.get('to') || years[0];
const charts = {};
const chart = id => charts[id] || (charts[id] = echarts.init($(id)));
window.addEventListener('resize', () => Object.values(charts).forEach(c => c.resize()));
const grid = {left: 8, right: 16, top: 40, bottom: 8, containLabel: true};
const legend = {top: 0, type: 'scroll'};
const palette = ['#8e1b1b', '#1c4f9c', '#b45309', '#1b7a3a', '#6b21a8', '#52606d', '#0e7490'];

function bars(id, categories, series, horizontal) {
  const cat = {type: 'category', data: categories, axisLabel: {interval: 0, width: 110, overflow: 'truncate'}};
  chart(id).setOption({color: palette, tooltip: {trigger: 'axis'}, legend, grid,
    xAxis: horizontal ? {type: 'value', minInterval: 1} : cat, yAxis: horizontal ? {...cat, inverse: true} : {type: 'value', minInterval: 1},
    series: series.map(([name, data, type]) => ({name, type: type || 'bar', data, barMaxWidth: 28}))}, true);
}

function table(id, head, rows, textColumns = []) {
  $(id).innerHTML = `<thead><tr>${head.map((h, i) => `<th class="${i && !textColumns.includes(i) ? 'num' : ''}">${h}</th>`).join('')}</tr></thead><tbody>${rows.map(r =>
    `<tr>${r.map((c, i) => `<td class="${i && !textColumns.includes(i) ? 'num' : ''}">${esc(c ?? '—')}</td>`).join('')}</tr>`).join('')}</tbody>`;
}

function exportLinks() {
  const range = `from=${$('f-from').value}&to=${$('f-to').value}`;
  for (const what of ['findings', 'headlines']) for (const type of ['csv', 'xlsx'])
    $(`x-${what}-${type}`).href = `/export/${what}.${type}?${range}`;
}

async function load() {
  exportLinks();
  $('message').innerHTML = '';
  try {
    const s = await getJson(`/api/statistics?from=${$('f-from').value}&to=${$('f-to').value}`);
    const ys = s.byYear.map(y => y.year + '');
    bars('c-years', ys, [['报告数', s.byYear.map(y => y.reports)], ['逾期', s.byYear.map(y => y.late)],
      ['发现问题的报告', s.byYear.map(y => y.withProblems)], ['错误', s.byYear.map(y => y.errors), 'line'],
      ['警告', s.byYear.map(y => y.warnings), 'line']]);
    bars('c-rules', s.topRules.map(r => r.titleZh), [['问题数', s.topRules.map(r => ({value: r.violations, example: r.example, ruleId: r.ruleId}))]], true);
    chart('c-rules').setOption({tooltip: {trigger: 'item', formatter: p => `${esc(p.name)}：${p.value} 处<br>例：${esc(p.data.example)}<br><small>规则编号 ${esc(p.data.ruleId)}</small>`}});
    bars('c-levels', s.byLevel.map(g => g.label), [['报告数', s.byLevel.map(g => g.reports)],
      ['发现问题的报告', s.byLevel.map(g => g.withProblems)], ['问题数', s.byLevel.map(g => g.violations)]]);
    bars('c-regions', s.byRegion.map(g => g.label), [['报告数', s.byRegion.map(g => g.reports)],
      ['发现问题的报告', s.byRegion.map(g => g.withProblems)], ['问题数', s.byRegion.map(g => g.violations)]]);
    bars('c-sums', ys, s.sums.map(c => [c.zh, c.values, 'line']));
    table('t-years', ['年度', '报告数', '按时', '逾期', '发现问题的报告', '错误', '警告'],
      s.byYear.map(y => [y.year, y.reports, y.onTime, y.late, y.withProblems, y.errors, y.warnings]));
    table('t-rules', ['规则', '严重程度', '问题数', '涉及报告', '示例'], s.topRules.map(r => [r.titleZh, r.severityZh, r.violations, r.reports, r.example]), [1, 4]);
    // the rule's id stays reachable as the row's tooltip, for a conversation with the maintainers
    [...$('t-rules').tBodies[0].rows].forEach((row, i) => row.title = '规则编号 ' + s.topRules[i].ruleId);
    table('t-sums', ['项目', ...ys.map(y => y + '年度')], s.sums.map(c => [c.zh, ...c.values]));
  } catch (e) { showError($('message'), e); }
}
$('filters').onsubmit = e => { e.preventDefault(); load(); };
load();
