// the index page, kept out of the HTML: the Content-Security-Policy runs scripts from files only

header('/');
const thisYear = Number(new Date().toLocaleString('en-US', {timeZone: 'Asia/Shanghai', year: 'numeric'}));
const years = Array.from({length: 8}, (_, i) => thisYear - 1 - i);
$('f-year').innerHTML = years.map(y => `<option>${y}</option>`).join('');
['x-from', 'x-to'].forEach(id => $(id).innerHTML = years.map(y => `<option>${y}</option>`).join(''));
$('x-from').value = years[years.length - 1]; $('x-to').value = years[0];
options($('f-level'), LEVELS);
options($('f-status'), [['NOT_SUBMITTED', '尚未提交'], ['ON_TIME', '按时提交'], ['LATE', '逾期提交']]);
const params = new URLSearchParams(location.search);
if (params.get('year')) $('f-year').value = params.get('year');
let page = 0, sort = 'region', desc = false;

function exportLinks() {
  const range = `from=${$('x-from').value}&to=${$('x-to').value}`;
  for (const what of ['findings', 'headlines']) for (const type of ['csv', 'xlsx'])
    $(`x-${what}-${type}`).href = `/export/${what}.${type}?${range}`;
}
$('x-from').onchange = $('x-to').onchange = exportLinks;
exportLinks();

async function load() {
  const p = new URLSearchParams({year: $('f-year').value, sort, desc, page, size: 20});
  if ($('f-level').value) p.set('level', $('f-level').value);
  if ($('f-region').value.trim()) p.set('region', $('f-region').value.trim());
  if ($('f-status').value) p.set('status', $('f-status').value);
  try {
    const r = await getJson('/api/overview?' + p);
    const c = r.counts;
    $('counts').innerHTML = [['机关', c.agencies, 'agencies'], ['尚未提交', c.notSubmitted, 'not submitted'],
      ['按时提交', c.onTime, 'on time'], ['逾期提交', c.late, 'late'], ['有未处理错误', c.withOpenErrors, 'with open errors']]
      .map(([zh, n, en]) => `<div class="count">${zh} <span class="en">${en}</span><b>${n}</b></div>`).join('');
    $('overview').tBodies[0].innerHTML = r.page.items.map(a => `<tr>
      <td>${a.submissionId ? `<a href="/report.html?submission=${encodeURIComponent(a.submissionId)}">${esc(a.agencyName)}</a>` : esc(a.agencyName)}</td>
      <td title="行政区划代码 ${esc(a.regionCode)}">${esc(a.regionName)}</td><td>${esc(a.levelZh)}</td>
      <td><span class="st st-${a.status}">${esc(a.statusZh)}</span><br><small class="muted">截止 ${esc(a.deadline)}</small></td>
      <td>${esc(a.submittedAt)}</td><td>${esc(a.verdictZh)}</td>
      <td class="num">${a.openErrors ? `<a href="/alerts.html?agency=${encodeURIComponent(a.agencyId)}&year=${r.year}&severity=ERROR">${a.openErrors}</a>` : '0'}</td></tr>`).join('')
      || '<tr><td colspan="7" class="muted">没有符合条件的机关。</td></tr>';
    pager($('pager'), r.page, p2 => { page = p2; load(); });
    document.querySelectorAll('button.sort').forEach(b => {
      b.dataset.dir = b.dataset.sort === sort ? (desc ? '▼' : '▲') : '';
      b.closest('th').setAttribute('aria-sort', b.dataset.sort === sort ? (desc ? 'descending' : 'ascending') : 'none');
    });
  } catch (e) { showError($('counts'), e); }
}
document.querySelectorAll('button.sort').forEach(b => b.onclick = () => {
  desc = sort === b.dataset.sort ? !desc : false; sort = b.dataset.sort; page = 0; load();
});
$('filters').onsubmit = e => { e.preventDefault(); page = 0; load(); };
load();

getJson('/api/deliveries/failing').then(rows => {
  $('failing').tBodies[0].innerHTML = rows.map(d => `<tr><td>${d.channel === 'EMAIL' ? '电子邮件' : '回调'}</td>
    <td>${d.kind === 'ALERT' ? '问题通知' : '解决通知'}</td><td>${esc(d.agencyName)} ${d.reportYear}年度</td><td>${d.attempts}</td>
    <td>${esc(d.lastError)}</td><td>${esc(new Date(d.nextAttemptAt).toLocaleString('zh-CN', {timeZone: 'Asia/Shanghai'}))}</td></tr>`).join('')
    || '<tr><td colspan="6" class="muted">无</td></tr>';
});
