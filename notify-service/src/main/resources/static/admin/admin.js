// The administration page (/admin): agencies, their API keys, supervisors' accounts, over /api/admin/**.
// A file of its own: the Content-Security-Policy allows no inline script.
const $ = id => document.getElementById(id);
const esc = s => s == null ? '' : String(s).replace(/[&<>"']/g,
    c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
const csrf = () => decodeURIComponent((document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN=')) || '=')
    .split('=')[1]);
const shanghai = iso => iso ? new Date(iso).toLocaleString('zh-CN', {timeZone: 'Asia/Shanghai', hour12: false}) : '';

let levels = [];
let editingAgency = null;
let editingAccount = null;

async function api(method, url, body, raw) {
  const headers = {Accept: 'application/json, application/problem+json'};
  if (method !== 'GET') headers['X-XSRF-TOKEN'] = csrf();
  if (body !== undefined && !raw) headers['Content-Type'] = 'application/json';
  if (raw) headers['Content-Type'] = 'text/csv';
  const response = await fetch(url, {method, headers, body: raw ? body : body === undefined ? undefined : JSON.stringify(body)});
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const error = new Error(data && data.detail ? data.detail : '操作未成功，请稍后再试。');
    error.problems = data && data.problems ? data.problems : [];
    throw error;
  }
  return data;
}

function levelName(symbol) {
  const level = levels.find(l => l.symbol === symbol);
  return level ? level.name : symbol;
}

function say(id, message, failed) {
  $(id).textContent = message;
  $(id).classList.toggle('error', !!failed);
}

function showProblems(list, error) {
  $(list).innerHTML = error.problems.length
      ? error.problems.map(p => `<li>${esc(p.label)}：${esc(p.reason)}</li>`).join('')
      : `<li>${esc(error.message)}</li>`;
}

// One editor per kind (agencies, supervisors): the form adds (POST) or, while a row is being edited, saves it (PUT).
function editor(kind) {
  $(kind.form).addEventListener('submit', async event => {
    event.preventDefault();
    const editing = kind.editing();
    try {
      let saved = editing
          ? await api('PUT', kind.url + '/' + encodeURIComponent(editing), kind.values())
          : await api('POST', kind.url, kind.values());
      if (kind.after) saved = await kind.after(saved);
      kind.edit(null);
      say(kind.status, `已保存：${saved.name}。`);
      await kind.reload();
    } catch (error) {
      showProblems(kind.problems, error);
    }
  });
  $(kind.cancel).addEventListener('click', () => kind.edit(null));
}

// --- agencies ---

async function loadAgencies() {
  const agencies = await api('GET', '/api/admin/agencies');
  $('agencyCount').textContent = `共 ${agencies.length} 个机关，其中 ${agencies.filter(a => a.active).length} 个启用。`;
  $('agencies').tBodies[0].innerHTML = agencies.map(a => `
    <tr class="${a.active ? '' : 'inactive'}" data-id="${esc(a.id)}">
      <td>${esc(a.id)}</td><td>${esc(a.name)}</td><td>${esc(a.regionCode)}</td><td>${esc(a.levelName)}</td>
      <td>${esc(a.parentGovernment)}</td><td>${a.active ? '启用' : '已停用'}</td>
      <td>${a.keyIssuedAt ? '已签发（' + esc(shanghai(a.keyIssuedAt)) + '）' : '未签发'}</td>
      <td>${a.published ? '已同步' : '同步中…'}</td>
      <td><button type="button" data-action="edit">编辑</button>
          <button type="button" data-action="toggle">${a.active ? '停用' : '启用'}</button>
          <button type="button" data-action="key">${a.keyIssuedAt ? '更换密钥' : '签发密钥'}</button></td>
    </tr>`).join('');
  if (agencies.some(a => !a.published)) setTimeout(loadAgencies, 1000);
  return agencies;
}

function agencyFormValues() {
  return {id: $('a-id').value, name: $('a-name').value, regionCode: $('a-regionCode').value,
    level: $('a-level').value, parentGovernment: $('a-parentGovernment').value, active: $('a-active').checked};
}

function editAgency(agency) {
  editingAgency = agency ? agency.id : null;
  $('agencyFormTitle').textContent = agency ? `编辑机关：${agency.name}` : '新增机关';
  $('a-id').value = agency ? agency.id : '';
  $('a-id').disabled = !!agency;
  $('a-name').value = agency ? agency.name : '';
  $('a-regionCode').value = agency ? agency.regionCode : '';
  $('a-level').value = agency ? agency.level : levels[0].symbol;
  $('a-parentGovernment').value = agency && agency.parentGovernment ? agency.parentGovernment : '';
  $('a-active').checked = agency ? agency.active : true;
  $('a-activeLabel').hidden = !agency;
  $('agencyCancel').hidden = !agency;
  $('agencyProblems').innerHTML = '';
  if (agency) $('a-name').focus();
}

editor({form: 'agencyForm', cancel: 'agencyCancel', url: '/api/admin/agencies', editing: () => editingAgency,
  values: agencyFormValues, edit: editAgency, status: 'agencyStatus', problems: 'agencyProblems', reload: loadAgencies});

$('agencies').addEventListener('click', async event => {
  const button = event.target.closest('button[data-action]');
  if (!button) return;
  const id = button.closest('tr').dataset.id;
  const agencies = await api('GET', '/api/admin/agencies');
  const agency = agencies.find(a => a.id === id);
  if (!agency) return;
  const action = button.dataset.action;
  try {
    if (action === 'edit') {
      editAgency(agency);
    } else if (action === 'toggle') {
      await api('PUT', '/api/admin/agencies/' + encodeURIComponent(id), {...agency, active: !agency.active});
      await loadAgencies();
    } else if (action === 'key') {
      if (agency.keyIssuedAt && !confirm(`更换「${agency.name}」的密钥后，原密钥立即失效。继续？`)) return;
      const issued = await api('POST', '/api/admin/agencies/' + encodeURIComponent(id) + '/key');
      $('keyAgency').textContent = agency.name;
      $('issuedKey').textContent = issued.apiKey;
      $('keyBox').hidden = false;
      $('keyBox').scrollIntoView();
      await loadAgencies();
    }
  } catch (error) {
    say('agencyStatus', error.message, true);
  }
});

$('hideSecret').addEventListener('click', () => { $('webhookSecret').textContent = ''; $('secretBox').hidden = true; });
$('copyKey').addEventListener('click', () => navigator.clipboard && navigator.clipboard.writeText($('issuedKey').textContent));
$('hideKey').addEventListener('click', () => { $('issuedKey').textContent = ''; $('keyBox').hidden = true; });

$('importForm').addEventListener('submit', async event => {
  event.preventDefault();
  const file = $('csvFile').files[0];
  $('importProblems').hidden = true;
  if (!file) { say('importStatus', '请先选择 CSV 文件。', true); return; }
  try {
    const result = await api('POST', '/api/admin/agencies/import', await file.arrayBuffer(), true);
    say('importStatus', `导入完成：新增 ${result.added} 个，更新 ${result.updated} 个，未变 ${result.unchanged} 个。`);
    await loadAgencies();
  } catch (error) {
    say('importStatus', error.message, true);
    $('importProblems').tBodies[0].innerHTML = error.problems.map(p => `
      <tr><td>${p.line > 0 ? '第 ' + p.line + ' 行' : '整个文件'}</td><td>${esc(p.label)}</td><td>${esc(p.reason)}</td></tr>`).join('');
    $('importProblems').hidden = error.problems.length === 0;
  }
});

// --- supervisors ---

async function loadAccounts() {
  const accounts = (await api('GET', '/api/admin/supervisors')).filter(a => a.role === 'SUPERVISOR');
  $('accountCount').textContent = `共 ${accounts.length} 个监管账号。`;
  $('accounts').tBodies[0].innerHTML = accounts.map(a => `
    <tr class="${a.active ? '' : 'inactive'}" data-login="${esc(a.login)}">
      <td>${esc(a.login)}</td><td>${esc(a.name)}</td><td>${esc(a.email)}</td><td>${esc(a.regionCodes.join('、'))}</td>
      <td>${a.levels.length ? esc(a.levels.map(levelName).join('、')) : '全部层级'}</td>
      <td>${['电子邮件', a.webhookUrl ? '回调（' + esc(a.webhookUrl) + '）' : '', a.dailyDigest ? '每日汇总' : ''].filter(w => w).join('、')}</td>
      <td>${a.active ? '启用' : '已停用'}</td>
      <td><button type="button" data-action="edit">编辑</button>
          <button type="button" data-action="toggle">${a.active ? '停用' : '启用'}</button>
          <button type="button" data-action="password">重置密码</button></td>
    </tr>`).join('');
  return accounts;
}

function accountFormValues() {
  return {login: $('s-login').value, name: $('s-name').value, email: $('s-email').value,
    regionCodes: $('s-regionCodes').value.split(/[,，、\s]+/).filter(code => code),
    levels: [...document.querySelectorAll('#s-levels input:checked')].map(input => input.value),
    active: $('s-active').checked, password: $('s-password').value};
}

function editAccount(account) {
  editingAccount = account ? account.login : null;
  $('accountFormTitle').textContent = account ? `编辑监管账号：${account.name}` : '新增监管账号';
  $('s-login').value = account ? account.login : '';
  $('s-login').disabled = !!account;
  $('s-name').value = account ? account.name : '';
  $('s-email').value = account ? account.email : '';
  $('s-regionCodes').value = account ? account.regionCodes.join(', ') : '';
  document.querySelectorAll('#s-levels input').forEach(input => {
    input.checked = !!account && account.levels.includes(input.value);
  });
  $('s-webhookUrl').value = account && account.webhookUrl ? account.webhookUrl : '';
  $('s-dailyDigest').checked = !!account && account.dailyDigest;
  $('s-password').value = '';
  $('s-passwordLabel').hidden = !!account;
  $('s-active').checked = account ? account.active : true;
  $('s-activeLabel').hidden = !account;
  $('accountCancel').hidden = !account;
  $('accountProblems').innerHTML = '';
}

// the webhook and digest go to an endpoint of their own (a new address gets a signing secret, shown once)
async function saveDelivery(saved) {
  let delivery;
  try {
    delivery = await api('PUT', '/api/admin/supervisors/' + encodeURIComponent(saved.login) + '/delivery',
        {webhookUrl: $('s-webhookUrl').value, dailyDigest: $('s-dailyDigest').checked});
  } catch (error) {
    // the account itself is saved: the form goes on editing it, with what was typed, to correct the address
    editingAccount = saved.login;
    $('accountFormTitle').textContent = `编辑监管账号：${saved.name}`;
    $('s-login').disabled = true;
    $('s-passwordLabel').hidden = true;
    $('accountCancel').hidden = false;
    await loadAccounts();
    throw error;
  }
  if (delivery.webhookSecret) {
    $('secretAccount').textContent = saved.name;
    $('webhookSecret').textContent = delivery.webhookSecret;
    $('secretBox').hidden = false;
  }
  return delivery.account;
}

editor({form: 'accountForm', cancel: 'accountCancel', url: '/api/admin/supervisors', editing: () => editingAccount,
  values: accountFormValues, edit: editAccount, status: 'accountStatus', problems: 'accountProblems', reload: loadAccounts,
  after: saveDelivery});

$('accounts').addEventListener('click', async event => {
  const button = event.target.closest('button[data-action]');
  if (!button) return;
  const login = button.closest('tr').dataset.login;
  const account = (await api('GET', '/api/admin/supervisors')).find(a => a.login === login);
  if (!account) return;
  try {
    if (button.dataset.action === 'edit') {
      editAccount(account);
    } else if (button.dataset.action === 'toggle') {
      await api('PUT', '/api/admin/supervisors/' + encodeURIComponent(login), {...account, active: !account.active});
      await loadAccounts();
    } else if (button.dataset.action === 'password') {
      const password = prompt(`为「${account.name}」设置新密码（至少 10 个字符）：`);
      if (password === null) return;
      await api('POST', '/api/admin/supervisors/' + encodeURIComponent(login) + '/password', {password});
      say('accountStatus', `已为「${account.name}」重置密码。`);
    }
  } catch (error) {
    say('accountStatus', error.message, true);
  }
});

$('logout').addEventListener('click', async () => {
  await fetch('/logout', {method: 'POST', headers: {'X-XSRF-TOKEN': csrf()}});
  location.href = '/login?logout';
});

async function start() {
  levels = await api('GET', '/api/admin/levels');
  $('a-level').innerHTML = levels.map(l => `<option value="${esc(l.symbol)}">${esc(l.name)}</option>`).join('');
  $('s-levels').insertAdjacentHTML('beforeend', levels.map(l =>
      `<label><input type="checkbox" value="${esc(l.symbol)}"> ${esc(l.name)}</label>`).join(''));
  editAgency(null);
  await Promise.all([loadAgencies(), loadAccounts()]);
}
start();
