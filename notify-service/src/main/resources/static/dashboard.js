// The supervisors' dashboard (index.html). A file of its own: the Content-Security-Policy allows no inline script.
const $ = id => document.getElementById(id);
const esc = s => s == null ? '' : String(s).replace(/[&<>"]/g, c => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]));
const csrf = () => (document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN=')) || '=').split('=')[1];

async function getJson(url) {
  const r = await fetch(url, {headers: {Accept: 'application/json'}});
  if (!r.ok) throw new Error(url + ' → HTTP ' + r.status);
  return r.json();
}

// a notice mail links here with ?agency=<id>&year=<year>: that report's alerts and the agency's timeline
const linked = new URLSearchParams(location.search);
const linkedAgency = linked.get('agency');
if (linked.get('year')) $('f-year').value = linked.get('year');

function query() {
  const p = new URLSearchParams();
  if (linkedAgency) p.set('agency', linkedAgency);
  [['year','f-year'],['rule','f-rule'],['severity','f-severity'],['outcome','f-outcome'],['state','f-state']]
    .forEach(([k, id]) => { const v = $(id).value.trim(); if (v) p.set(k, v); });
  return p.toString();
}

async function loadSummary() {
  const year = $('f-year').value.trim();
  const rows = await getJson('/api/summary' + (year ? '?year=' + encodeURIComponent(year) : ''));
  $('summary').tBodies[0].innerHTML = rows.map(s => `<tr><td>${esc(s.agencyName)} (${esc(s.agencyId)})</td>
    <td>${s.open}</td><td>${s.confirmed}</td><td>${s.dismissed}</td><td>${s.resolved}</td>
    <td><button data-timeline="${esc(s.agencyId)}">时间线 Timeline</button></td></tr>`).join('');
}

async function loadAlerts() {
  const views = await getJson('/api/alerts?' + query());
  if (linkedAgency && views.length) $('linked-agency').textContent = views[0].alert.agency.name;
  let html = '', agency = null;
  for (const v of views) {           // sorted by agency, year, rule on the server
    const a = v.alert, f = a.finding;
    if (a.agency.id !== agency) {
      agency = a.agency.id;
      html += `<tr class="agency-row"><td colspan="8">${esc(a.agency.name)} · ${esc(a.agency.regionCode)} · ${esc(a.agency.level)}</td></tr>`;
    }
    const operands = f.operands.map(o => `${esc(o.cellId)} = ${esc(o.value ?? o.raw ?? '（空）')}`).join('; ');
    const review = v.review ? `${esc(v.review.decision)} · ${esc(v.review.reviewer)}：${esc(v.review.comment)}` : '';
    const actions = v.state === 'RESOLVED' ? '' :
      `<button data-review="CONFIRMED" data-fp="${esc(f.fingerprint)}">确认 Confirm</button>
       <button data-review="DISMISSED" data-fp="${esc(f.fingerprint)}">驳回 Dismiss</button>`;
    html += `<tr><td>${a.reportYear}</td><td>${esc(f.ruleId)}</td><td class="${esc(f.severity)}">${esc(f.severity)}</td>
      <td>${esc(f.outcome)}</td><td>${esc(f.messageZh)}<br><small>${esc(f.messageEn)}</small></td>
      <td>${operands}${f.quote ? '<pre>' + esc(f.quote) + '</pre>' : ''}</td>
      <td class="state-${esc(v.state)}">${esc(v.state)}</td><td>${review}<br>${actions}</td></tr>`;
  }
  $('alerts').tBodies[0].innerHTML = html || '<tr><td colspan="8">没有告警 No alerts</td></tr>';
}

async function loadFailing() {
  const rows = await getJson('/api/deliveries/failing');
  $('failing').tBodies[0].innerHTML = rows.map(d => `<tr><td>${esc(d.channel)}</td><td>${esc(d.kind)}</td>
    <td>${esc(d.agencyId)}</td><td>${esc(d.ruleId)}</td><td>${d.attempts}</td><td>${esc(d.lastError)}</td>
    <td>${esc(d.nextAttemptAt)}</td></tr>`).join('') || '<tr><td colspan="7">无 None</td></tr>';
}

async function loadTimeline(agencyId) {
  const rows = await getJson('/api/agencies/' + encodeURIComponent(agencyId) + '/timeline');
  $('timeline-agency').textContent = agencyId;
  $('timeline').tBodies[0].innerHTML = rows.map(e => `<tr><td>${esc(e.at)}</td><td>${esc(e.kind)}</td>
    <td>${e.reportYear}</td><td>${esc(e.submissionId)}</td><td>${esc(e.ruleSetVersion)}</td><td>${esc(e.ruleId)}</td>
    <td>${esc(e.detail)}</td></tr>`).join('');
}

async function review(fingerprint, decision) {
  const comment = prompt((decision === 'CONFIRMED' ? '确认' : '驳回') + '理由 / comment:');
  if (!comment || !comment.trim()) return;
  const r = await fetch('/api/alerts/' + encodeURIComponent(fingerprint) + '/review', {
    method: 'POST', headers: {'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrf()},
    body: JSON.stringify({decision, comment})});
  if (!r.ok) alert('HTTP ' + r.status);
  refresh();
}

function refresh() { loadSummary(); loadAlerts(); loadFailing(); }

document.addEventListener('click', e => {
  const t = e.target;
  if (t.dataset.review) review(t.dataset.fp, t.dataset.review);
  if (t.dataset.timeline) loadTimeline(t.dataset.timeline);
});
$('apply').onclick = refresh;
$('logout').onclick = async () => {
  await fetch('/logout', {method: 'POST', headers: {'X-XSRF-TOKEN': csrf()}});
  location.href = '/login?logout';
};

getJson('/api/me').then(me => { $('who').textContent = me.name + '（' + me.regionCodes.join('、') + '）'; });
refresh();
if (linkedAgency) {
  $('linked').hidden = false;
  $('linked-agency').textContent = linkedAgency;
  loadTimeline(linkedAgency);
}
const stream = new EventSource('/api/stream');
stream.addEventListener('ready', () => { $('live').textContent = '实时更新 Live updates: on'; });
stream.addEventListener('alerts', e => {
  const c = JSON.parse(e.data);
  $('live').textContent = `实时更新 Live: ${c.agencyName} ${c.reportYear} ${c.what} @ ${new Date().toLocaleTimeString()}`;
  refresh();
});
stream.onerror = () => { $('live').textContent = '实时更新 Live updates: reconnecting…'; };
