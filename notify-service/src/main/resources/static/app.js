// Shared by the workspace's pages: header, requests with the CSRF header, escaping, pager.
const $ = id => document.getElementById(id);
const esc = s => s == null ? '' : String(s).replace(/[&<>"']/g, c => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c]));
const csrf = () => decodeURIComponent((document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN=')) || '=').split('=')[1]);

async function getJson(url) {
  const r = await fetch(url, {headers: {Accept: 'application/json'}});
  if (r.status === 401 || r.redirected && new URL(r.url).pathname === '/login') { location.href = '/login'; throw new Error('登录已过期'); }
  if (r.status === 403) throw new Error('无权查看：该机关不在您的监督范围内。');
  if (r.status === 404) throw new Error('未找到。');
  if (!r.ok) throw new Error('服务暂时无法应答，请稍后再试。');
  return r.json();
}

async function postJson(url, body) {
  const r = await fetch(url, {method: 'POST', headers: {'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrf()},
    body: JSON.stringify(body)});
  if (!r.ok) throw new Error(r.status === 400 ? '请填写审核意见。' : r.status === 403 ? '无权审核该机关的问题。' : '保存失败，请稍后再试。');
  return r.json();
}

const PAGES = [['/', '总览', 'Overview'], ['/alerts.html', '告警', 'Alerts'], ['/statistics.html', '统计', 'Statistics']];

/** The header of every page: the workspace's name, its pages, who is logged in and a logout. */
function header(current) {
  const bar = document.createElement('header');
  bar.className = 'bar';
  bar.innerHTML = `<span class="brand">政务公开年报核查 · 监督平台</span>
    <nav>${PAGES.map(([href, zh, en]) => `<a href="${href}" class="${href === current ? 'current' : ''}">${zh} <span class="en">${en}</span></a>`).join('')}</nav>
    <span class="who"><span id="who"></span><button id="logout" type="button">退出 <span class="en">Log out</span></button></span>`;
  document.body.prepend(bar);
  $('logout').onclick = async () => {
    await fetch('/logout', {method: 'POST', headers: {'X-XSRF-TOKEN': csrf()}});
    location.href = '/login?logout';
  };
  return getJson('/api/me').then(me => { $('who').textContent = me.name; return me; });
}

/** "第 2 / 5 页，共 93 条" with previous/next buttons that call go(page). */
function pager(element, page, go) {
  const pages = Math.max(1, Math.ceil(page.total / page.size));
  element.innerHTML = `<button type="button" data-go="${page.page - 1}" ${page.page <= 0 ? 'disabled' : ''}>上一页</button>
    <span>第 ${page.page + 1} / ${pages} 页，共 ${page.total} 条</span>
    <button type="button" data-go="${page.page + 1}" ${page.page + 1 >= pages ? 'disabled' : ''}>下一页</button>`;
  element.querySelectorAll('button[data-go]').forEach(b => b.onclick = () => go(Number(b.dataset.go)));
}

function showError(element, e) {
  element.innerHTML = `<p class="error-box">${esc(e.message)}</p>`;
}

/** Options of a select: [[value, label], …] with an empty first choice "全部". */
function options(select, pairs) {
  select.innerHTML = '<option value="">全部</option>' + pairs.map(([v, l]) => `<option value="${esc(v)}">${esc(l)}</option>`).join('');
}
const SEVERITIES = [['ERROR', '错误'], ['WARNING', '警告']];
const OUTCOMES = [['FAIL', '不符'], ['UNCERTAIN', '存疑']];
const STATES = [['OPEN', '待处理'], ['CONFIRMED', '已确认'], ['DISMISSED', '已驳回'], ['RESOLVED', '已解决']];
const LEVELS = [['PROVINCIAL_GOVERNMENT', '省级人民政府'], ['CITY_GOVERNMENT', '市级人民政府'], ['COUNTY_GOVERNMENT', '县级人民政府'],
  ['TOWNSHIP', '乡镇人民政府、街道办事处'], ['MINISTRY', '国务院部门'], ['PROVINCIAL_DEPARTMENT', '省级政府部门'],
  ['CITY_DEPARTMENT', '市级政府部门'], ['COUNTY_DEPARTMENT', '县级政府部门']];

/** One alert or finding as a card; review controls only while it waits for a review. */
function findingCard(f, opts = {}) {
  const operands = (f.operands || []).map(o => o.name ? `${esc(o.name)} = <b>${esc(o.value)}</b>` : `<b>${esc(o.value)}</b>`).join('；');
  const review = f.review ? `<div class="review-done">${esc(f.review.decisionZh)} · ${esc(f.review.reviewer)} · ${esc(f.review.at)}：${esc(f.review.comment)}</div>` : '';
  const form = f.state === 'OPEN' && f.fingerprint ? `<form class="review-form" data-fp="${esc(f.fingerprint)}">
      <textarea name="comment" placeholder="审核意见（必填） Comment" aria-label="审核意见"></textarea>
      <div class="buttons"><button type="submit" value="CONFIRMED" class="primary">确认问题 <span class="en">Confirm</span></button>
      <button type="submit" value="DISMISSED">驳回 <span class="en">Dismiss</span></button></div>
      <p class="form-error error-box" hidden></p></form>` : '';
  const jump = opts.jump && (f.operands || []).some(o => o.line > 0)
    ? ` · <a href="#L${(f.operands.find(o => o.line > 0)).line}">在原文中查看</a>` : '';
  return `<article class="card sev-border-${esc(f.severity)}" data-fingerprint="${esc(f.fingerprint || '')}">
    <div class="head"><span class="sev sev-${esc(f.severity)}">${esc(f.severityZh)}</span>
      ${f.state ? `<span class="st st-${esc(f.state)}">${esc(f.stateZh)}</span>` : ''}
      ${opts.agency ? `<b>${esc(f.agencyName)}</b> <span>${f.reportYear}年度</span> <span class="muted">${esc(f.level)}</span>` : ''}
      <span class="muted">${esc(f.outcomeZh)}</span>
      ${opts.agency && f.openedSubmission ? `<a href="/report.html?submission=${encodeURIComponent(f.openedSubmission)}">查看报告</a>` : ''}${jump}</div>
    <p class="msg">${esc(f.messageZh)}<br><small class="en">${esc(f.messageEn)}</small></p>
    ${operands ? `<div class="operands">数据：${operands}</div>` : ''}
    ${f.quote ? `<pre class="quote">${esc(f.quote)}</pre>` : ''}
    ${review}${form}
    <div class="detail">${esc(f.detail)}${f.openedAt ? ' · 首次发现 ' + esc(f.openedAt) : ''}</div></article>`;
}

/** Review forms in a container: the pressed button is the decision; reload() afterwards. */
function wireReviews(container, reload) {
  container.addEventListener('submit', async e => {
    e.preventDefault();
    const form = e.target, error = form.querySelector('.form-error');
    const comment = form.comment.value.trim();
    if (!comment) { error.textContent = '请填写审核意见。'; error.hidden = false; return; }
    try {
      await postJson('/api/alerts/' + encodeURIComponent(form.dataset.fp) + '/review', {decision: e.submitter.value, comment});
      reload();
    } catch (err) { error.textContent = err.message; error.hidden = false; }
  });
}
