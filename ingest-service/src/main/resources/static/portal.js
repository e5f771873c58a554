// The intake page: submits to /portal/reports, then follows the status URL until report-validated has arrived.
(function () {
  'use strict';
  const form = document.getElementById('intake');
  const outcome = document.getElementById('outcome');
  const POLL_MS = 3000;

  const VERDICTS = { PASS: '通过', FAIL: '发现问题', INCOMPLETE: '无法完整核查' };
  const OUTCOMES = { PASS: '通过', FAIL: '不通过', UNCERTAIN: '存疑', NOT_ASSESSABLE: '无法判断' };
  const SEVERITIES = { ERROR: '错误', WARNING: '警告', INFO: '提示' };
  const FIGURES = {
    'T3[R1][TOT]': '本年新收政府信息公开申请数量',
    'T3[R2][TOT]': '上年结转政府信息公开申请数量',
    'T3[R3.7][TOT]': '本年度办理结果总计',
    'T3[R4][TOT]': '结转下年度继续办理',
    'T4[RV.TOTAL]': '行政复议总计',
    'T4[LD.TOTAL]': '行政诉讼（未经复议直接起诉）总计',
    'T4[LR.TOTAL]': '行政诉讼（复议后起诉）总计'
  };

  document.querySelectorAll('input[name=mode]').forEach(function (radio) {
    radio.addEventListener('change', function () {
      const pasting = mode() === 'text';
      document.getElementById('fileInput').hidden = pasting;
      document.getElementById('textInput').hidden = !pasting;
    });
  });

  function mode() { return form.querySelector('input[name=mode]:checked').value; }
  function value(id) { return document.getElementById(id).value.trim(); }

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function show(state, title, detail) {
    outcome.hidden = false;
    outcome.className = state;
    document.getElementById('outcomeTitle').textContent = title;
    document.getElementById('outcomeDetail').textContent = detail || '';
  }

  function clearOutcome() {
    document.getElementById('receipt').replaceChildren();
    document.getElementById('result').replaceChildren();
  }

  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    clearOutcome();
    const button = document.getElementById('submit');
    const headers = { 'X-Api-Key': value('apiKey'), 'Accept': 'application/json, application/problem+json' };
    let body;
    if (mode() === 'file') {
      const file = document.getElementById('file').files[0];
      if (!file) { show('error', '请选择报告文件', '请选择要上传的年度报告文件，或改为“粘贴正文”。'); return; }
      if (file.size > Number(form.dataset.maxBytes)) {
        show('error', '文件过大', '所选文件 ' + file.size + ' 字节，超过上限 ' + form.dataset.maxBytes + ' 字节。');
        return;
      }
      body = new FormData();
      body.append('file', file);
      ['agencyId', 'reportYear', 'publishedOn', 'publicationUrl'].forEach(function (id) { body.append(id, value(id)); });
    } else {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify({
        agencyId: value('agencyId'), reportYear: value('reportYear'), text: document.getElementById('text').value,
        publishedOn: value('publishedOn') || null, publicationUrl: value('publicationUrl') || null
      });
    }
    button.disabled = true;
    show('pending', '正在提交…', '');
    try {
      const response = await fetch('portal/reports', { method: 'POST', headers: headers, body: body });
      const answer = await response.json().catch(function () { return {}; });
      if (!response.ok) {
        show('error', '提交未被受理（' + response.status + '）', answer.detail || answer.title || response.statusText);
        return;
      }
      showReceipt(answer);
      follow(answer.statusUrl);
    } catch (e) {
      show('error', '无法连接服务器', '请检查网络后重试。（' + e.message + '）');
    } finally {
      button.disabled = false;
    }
  });

  function showReceipt(receipt) {
    show('pending', receipt.duplicate ? '该报告此前已提交' : '报告已受理，正在核查…',
      receipt.duplicate ? '同一机关、同一年度的相同文件已提交过，以下为原提交的核查结果。' : '核查结果将在完成后显示在下方，请勿关闭本页。');
    const receiptList = document.getElementById('receipt');
    receiptList.replaceChildren(el('dt', '提交编号'), el('dd', receipt.submissionId));
  }

  async function follow(statusUrl) {
    try {
      const response = await fetch(statusUrl, { headers: { 'Accept': 'application/json' } });
      const status = await response.json();
      if (response.ok && status.status === 'VALIDATED') { showResult(status); return; }
      if (!response.ok) { show('error', '无法查询核查结果', status.detail || response.statusText); return; }
    } catch (e) {
      // a transient network error: keep following
    }
    setTimeout(function () { follow(statusUrl); }, POLL_MS);
  }

  function showResult(status) {
    show('done', '核查完成：' + (VERDICTS[status.verdict] || status.verdict),
      status.fileName + ' · ' + status.reportYear + ' 年度 · 规则集 ' + status.ruleSetVersion);
    document.getElementById('outcomeTitle').className = 'verdict-' + status.verdict;
    const result = document.getElementById('result');
    const figures = el('table');
    figures.appendChild(headerRow(['关键数据', '数值']));
    // headline figures in the order of the report's tables, then any the page does not know yet
    const ids = Object.keys(FIGURES).filter(function (id) { return id in status.keyFigures; })
      .concat(Object.keys(status.keyFigures).filter(function (id) { return !(id in FIGURES); }));
    ids.forEach(function (id) {
      const row = el('tr');
      row.appendChild(el('td', (FIGURES[id] ? FIGURES[id] + ' ' : '') + id));
      row.appendChild(el('td', status.keyFigures[id] === null ? '未读取到' : status.keyFigures[id]));
      figures.appendChild(row);
    });
    // what needs the clerk's attention in full; checks that passed or could not be made, one line per rule
    const attention = status.findings.filter(function (f) { return f.outcome === 'FAIL' || f.outcome === 'UNCERTAIN'; })
      .sort(function (a, b) { return (a.outcome === 'FAIL' ? 0 : 1) - (b.outcome === 'FAIL' ? 0 : 1); });
    const table = el('table');
    table.appendChild(headerRow(['规则', '结果', '级别', '说明']));
    attention.forEach(function (f) {
      const row = el('tr', null, f.outcome);
      row.appendChild(el('td', f.ruleId));
      row.appendChild(el('td', OUTCOMES[f.outcome] || f.outcome));
      row.appendChild(el('td', SEVERITIES[f.severity] || f.severity));
      const message = el('td', f.messageZh);
      if (f.quote) message.appendChild(el('blockquote', f.quote));
      row.appendChild(message);
      table.appendChild(row);
    });
    const rest = status.findings.filter(function (f) { return attention.indexOf(f) < 0; });
    const counts = {};
    rest.forEach(function (f) {
      const key = f.ruleId + ' ' + f.outcome;
      counts[key] = counts[key] || { ruleId: f.ruleId, outcome: f.outcome, count: 0, example: f.messageZh };
      counts[key].count++;
    });
    const summary = el('table');
    summary.appendChild(headerRow(['规则', '结果', '条数', '示例']));
    Object.keys(counts).sort().forEach(function (key) {
      const c = counts[key];
      const row = el('tr', null, c.outcome);
      row.appendChild(el('td', c.ruleId));
      row.appendChild(el('td', OUTCOMES[c.outcome] || c.outcome));
      row.appendChild(el('td', String(c.count)));
      row.appendChild(el('td', c.example));
      summary.appendChild(row);
    });
    const others = el('details');
    others.appendChild(el('summary', '其余 ' + rest.length + ' 项检查（通过或无法检查），按规则汇总'));
    others.appendChild(summary);
    result.replaceChildren(el('h3', '关键数据'), figures,
      el('h3', '需要关注的发现（' + attention.length + ' 条）'), attention.length ? table : el('p', '未发现问题。'), others);
  }

  function headerRow(names) {
    const row = el('tr');
    names.forEach(function (name) { row.appendChild(el('th', name)); });
    return row;
  }
})();
