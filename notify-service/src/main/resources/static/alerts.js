// the alerts page, kept out of the HTML: the Content-Security-Policy runs scripts from files only
header('/alerts.html');
options($('f-severity'), SEVERITIES); options($('f-outcome'), OUTCOMES); options($('f-state'), STATES);
const linked = new URLSearchParams(location.search);
const linkedAgency = linked.get('agency');
[['q', 'f-q'], ['year', 'f-year'], ['severity', 'f-severity'], ['outcome', 'f-outcome'], ['state', 'f-state'], ['rule', 'f-rule']]
  .forEach(([k, id]) => { if (linked.get(k)) $(id).value = linked.get(k); });
let page = 0;

function query() {
  const p = new URLSearchParams({page, size: 20});
  if (linkedAgency) p.set('agency', linkedAgency);
  [['q', 'f-q'], ['year', 'f-year'], ['severity', 'f-severity'], ['outcome', 'f-outcome'], ['state', 'f-state'], ['rule', 'f-rule']]
    .forEach(([k, id]) => { const v = $(id).value.trim(); if (v) p.set(k, v); });
  return p.toString();
}

async function load() {
  try {
    const result = await getJson('/api/alerts/page?' + query());
    if (linkedAgency) {
      $('linked').hidden = false;
      $('linked-agency').textContent = result.items.length ? result.items[0].agencyName : '该机关';
    }
    $('alerts').innerHTML = result.items.map(a => findingCard(a, {agency: true})).join('')
      || '<p class="panel muted">没有符合条件的告警。No alerts.</p>';
    const go = p => { page = p; load(); };
    pager($('pager'), result, go); pager($('pager-top'), result, go);
  } catch (e) { showError($('alerts'), e); }
}
$('filters').onsubmit = e => { e.preventDefault(); page = 0; load(); };
wireReviews($('alerts'), load);
load();

const stream = new EventSource('/api/stream');
stream.addEventListener('ready', () => { $('live').textContent = '实时更新：已开启'; });
stream.addEventListener('alerts', e => {
  const c = JSON.parse(e.data);
  $('live').textContent = `实时更新：${c.agencyName} ${c.reportYear}年度报告有变化（${new Date().toLocaleTimeString('zh-CN', {timeZone: 'Asia/Shanghai'})}）`;
  load();
});
stream.onerror = () => { $('live').textContent = '实时更新：重新连接中…'; };
