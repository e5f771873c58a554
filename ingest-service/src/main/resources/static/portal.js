// The intake page: submits to /portal/reports, follows the status URL until report-validated has arrived, and lists
// the agency's earlier submissions (GET /api/submissions with its key). Everything a clerk reads is plain Chinese:
// HTTP statuses and problem types stay in the API's answers, rule ids in a secondary line.
(function () {
  'use strict';
  const form = document.getElementById('intake');
  const outcome = document.getElementById('outcome');
  const POLL_MS = 3000;
  const ZONE = 'Asia/Shanghai';
  const PASTED_FILE_NAME = '年度报告正文（粘贴）.txt';

  const VERDICTS = { PASS: '未发现问题', FAIL: '发现问题', INCOMPLETE: '无法完整核查' };
  const VERDICT_LEADS = {
    PASS: '未发现需要更正的问题。',
    FAIL: '报告中有与格式要求或数据勾稽关系不符之处。请按下列说明核对报告原文，更正后重新提交。',
    INCOMPLETE: '报告的部分内容未能读取，有些检查无法完成。请查看下列说明，必要时核对原文后重新提交。'
  };
  const SEVERITIES = { ERROR: '错误', WARNING: '警告', INFO: '提示' };
  const SEVERITY_ORDER = { ERROR: 0, WARNING: 1, INFO: 2 };
  const OUTCOMES = { PASS: '通过', FAIL: '不符合', UNCERTAIN: '需人工核对', NOT_ASSESSABLE: '无法检查' };
  const CHANNELS = { PORTAL: '网页报送', API: '系统对接报送', BATCH: '批量导入' };
  const FIGURES = {
    'T3[R1][TOT]': '本年新收政府信息公开申请数量',
    'T3[R2][TOT]': '上年结转政府信息公开申请数量',
    'T3[R3.7][TOT]': '本年度办理结果总计',
    'T3[R4][TOT]': '结转下年度继续办理',
    'T4[RV.TOTAL]': '行政复议总计',
    'T4[LD.TOTAL]': '行政诉讼（未经复议直接起诉）总计',
    'T4[LR.TOTAL]': '行政诉讼（复议后起诉）总计'
  };
  // the form control each problem's `field` names
  const CONTROLS = { 'X-Api-Key': 'apiKey', agencyId: 'agencyId', reportYear: 'reportYear', publishedOn: 'publishedOn',
    publicationUrl: 'publicationUrl', file: 'file', text: 'text' };

  function yearRange() {
    const year = document.getElementById('reportYear');
    return year.min + ' 至 ' + year.max;
  }

  /** What went wrong and what to do, by the problem's type; the server's detail where it is already the best advice. */
  function refusal(problem) {
    const slug = String(problem.type || '').replace('urn:nianbao:problem:', '');
    const missing = {
      agencyId: ['请选择报送机关', '在“机关名称”中选择本机关后再提交。'],
      reportYear: ['请填写报告年度', '在“报告年度”中填写报告所属的年份（' + yearRange() + '）。'],
      file: ['请选择报告文件', '点击“报告文件”选择年度报告，或改为“粘贴正文”。'],
      text: ['请粘贴报告正文', '将年度报告全文粘贴到“报告正文”中，或改为“上传文件”。']
    };
    switch (slug) {
      case 'api-key-missing': return ['请填写 API 密钥', '密钥由上级政务公开主管部门发放，请填写在“API 密钥”一栏。'];
      case 'api-key-invalid': return ['API 密钥不正确', '请核对密钥（区分大小写，前后不要有空格）。如密钥遗失，请联系上级政务公开主管部门重新发放。'];
      case 'field-missing': return missing[problem.field] || ['有必填项未填写', '请检查表单中的必填项后重新提交。'];
      case 'unknown-agency': return ['所选机关未登记', '请从列表中选择本机关。如列表中没有本机关，请联系上级政务公开主管部门登记。'];
      case 'agency-mismatch': return ['密钥与所选机关不符', '所填密钥属于另一个机关。请在“机关名称”中选择本机关，或填写本机关的密钥。'];
      case 'invalid-report-year':
      case 'report-year-out-of-range': return ['报告年度不正确', '请填写 ' + yearRange() + ' 年之间的四位年份。'];
      case 'invalid-published-on': return ['发布日期不正确', '请用日期选择器选择发布日期，或留空。'];
      case 'invalid-publication-url': return ['发布网址不正确', '请填写以 http:// 或 https:// 开头的完整网址，或留空。'];
      case 'empty-document': return ['报告内容为空', '所选文件或粘贴的正文没有内容，请提交年度报告全文。'];
      case 'document-too-large': return ['文件过大', '单个报告最大 ' + megabytes(form.dataset.maxBytes) + ' MB。请压缩文件中的图片，或另存为 PDF 或纯文本后再提交。'];
      case 'unsupported-document-type': return ['文件格式不支持', problem.detail];
      case 'publishing-unavailable': return ['系统暂时无法受理', '本次提交没有被记录。请过几分钟后重新提交。'];
      case 'malformed-json': return ['提交内容无法识别', '请刷新本页后重新提交。'];
      default: return ['提交未被受理', problem.detail || '请稍后重新提交。如仍不成功，请联系上级政务公开主管部门。'];
    }
  }

  function megabytes(bytes) { return Math.round(Number(bytes) / 1048576 * 10) / 10; }

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

  function time(instant) {
    return instant ? new Date(instant).toLocaleString('zh-CN', { timeZone: ZONE, year: 'numeric', month: 'long',
      day: 'numeric', hour: '2-digit', minute: '2-digit' }) : '';
  }

  function show(state, title, detail) {
    outcome.hidden = false;
    outcome.className = state;
    document.getElementById('outcomeTitle').textContent = title;
    document.getElementById('outcomeDetail').textContent = detail || '';
  }

  function notice(title, detail) {
    const box = document.getElementById('notice');
    box.hidden = !title;
    document.getElementById('noticeTitle').textContent = title || '';
    document.getElementById('noticeDetail').textContent = detail || '';
  }

  function clearOutcome() {
    notice(null);
    document.getElementById('result').replaceChildren();
    document.getElementById('receipt').textContent = '';
    form.querySelectorAll('[aria-invalid]').forEach(function (c) {
      c.removeAttribute('aria-invalid');
      c.removeAttribute('aria-describedby');
    });
    form.querySelectorAll('.field-error').forEach(function (e) { e.remove(); });
  }

  function refuse(problem) {
    const words = refusal(problem);
    show('error', words[0], words[1]);
    // said where the clerk looks as well: next to the field at fault, which takes the focus
    const control = document.getElementById(CONTROLS[problem.field]);
    if (control) {
      control.setAttribute('aria-invalid', 'true');
      const said = el('p', words[0] + '：' + words[1], 'field-error');
      said.id = control.id + 'Error';
      control.setAttribute('aria-describedby', said.id);
      control.insertAdjacentElement('afterend', said);
      control.focus();
    }
  }

  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    clearOutcome();
    const button = document.getElementById('submit');
    const headers = { 'X-Api-Key': value('apiKey'), 'Accept': 'application/json, application/problem+json' };
    let body;
    if (mode() === 'file') {
      const file = document.getElementById('file').files[0];
      if (!file) { refuse({ type: 'field-missing', field: 'file' }); return; }
      if (file.size > Number(form.dataset.maxBytes)) {
        refuse({ type: 'document-too-large', field: 'file' });
        return;
      }
      body = new FormData();
      body.append('file', file);
      ['agencyId', 'reportYear', 'publishedOn', 'publicationUrl'].forEach(function (id) { body.append(id, value(id)); });
    } else {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify({
        agencyId: value('agencyId'), reportYear: value('reportYear'), text: document.getElementById('text').value,
        publishedOn: value('publishedOn') || null, publicationUrl: value('publicationUrl') || null,
        // the name the agency will see in its list, rather than one made of its internal id
        fileName: PASTED_FILE_NAME
      });
    }
    button.disabled = true;
    show('pending', '正在提交…', '');
    try {
      const response = await fetch('portal/reports', { method: 'POST', headers: headers, body: body });
      const answer = await response.json().catch(function () { return {}; });
      if (!response.ok) { refuse(answer); return; }
      if (answer.duplicate) {
        notice('该报告此前已提交过', '本机关同一年度的相同文件此前已经提交，无需重复提交。下面是那次提交的核查结果。');
      }
      show('pending', answer.duplicate ? '正在读取此前的核查结果…' : '报告已受理，正在核查…',
        answer.duplicate ? '' : '核查通常在一分钟内完成，结果将显示在这里，请勿关闭本页。');
      showReceipt(answer.submissionId);
      follow(answer.statusUrl);
      loadHistory();
    } catch (e) {
      show('error', '无法连接服务器', '请检查网络连接后重新提交。');
    } finally {
      button.disabled = false;
    }
  });

  function showReceipt(submissionId) {
    document.getElementById('receipt').textContent = '提交编号（向主管部门咨询时请提供）：' + submissionId;
  }

  async function follow(statusUrl) {
    try {
      const response = await fetch(statusUrl, { headers: { 'Accept': 'application/json' } });
      const status = await response.json();
      if (response.ok && status.status === 'VALIDATED') { showResult(status); return; }
      if (!response.ok) { show('error', '无法查询核查结果', '请刷新本页，在“本机关的报送记录”中查看。'); return; }
    } catch (e) {
      // a transient network error: keep following
    }
    setTimeout(function () { follow(statusUrl); }, POLL_MS);
  }

  function bySeverity(a, b) { return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]; }

  /** One finding as a clerk reads it: severity, what is wrong in words, the quoted lines, the rule id aside. */
  function findingItem(f) {
    const item = el('li', null, 'finding ' + f.severity);
    const head = el('p');
    head.appendChild(el('span', f.outcome === 'FAIL' ? SEVERITIES[f.severity] : OUTCOMES[f.outcome], 'badge ' + f.severity));
    head.appendChild(document.createTextNode(' ' + (f.explanationZh || f.messageZh)));
    item.appendChild(head);
    if (f.quote) {
      item.appendChild(el('p', '报告原文：', 'secondary'));
      item.appendChild(el('blockquote', f.quote));
    }
    item.appendChild(el('p', '规则编号 ' + f.ruleId, 'secondary'));
    return item;
  }

  function showResult(status) {
    const verdict = VERDICTS[status.verdict] || '核查完成';
    show('done verdict-' + status.verdict, '核查结果：' + verdict, VERDICT_LEADS[status.verdict] || '');
    const result = document.getElementById('result');
    const about = el('p', status.fileName + ' · ' + status.reportYear + ' 年度报告 · 核查于 ' + time(status.validatedAt), 'secondary');

    const failed = status.findings.filter(function (f) { return f.outcome === 'FAIL'; }).sort(bySeverity);
    const uncertain = status.findings.filter(function (f) { return f.outcome === 'UNCERTAIN'; }).sort(bySeverity);
    const problems = el('ol', null, 'findings');
    failed.forEach(function (f) { problems.appendChild(findingItem(f)); });

    const parts = [about, el('h3', '需要处理的问题（' + failed.length + ' 项）'),
      failed.length ? problems : el('p', '未发现需要处理的问题。')];

    if (uncertain.length) {
      const doubts = el('details');
      doubts.open = uncertain.length <= 5;
      doubts.appendChild(el('summary', '需要人工核对（' + uncertain.length + ' 项）'));
      doubts.appendChild(el('p', '系统读取这些数字时不能完全确定（例如单元格空白、列的对应关系为推断）。请对照报告原文核对，如无误则无需处理。', 'secondary'));
      const list = el('ol', null, 'findings');
      uncertain.forEach(function (f) { list.appendChild(findingItem(f)); });
      doubts.appendChild(list);
      parts.push(doubts);
    }

    parts.push(el('h3', '关键数据'), figuresTable(status.keyFigures));

    const rest = status.findings.filter(function (f) { return f.outcome !== 'FAIL' && f.outcome !== 'UNCERTAIN'; });
    const byRule = {};
    rest.forEach(function (f) {
      const key = f.ruleId + ' ' + f.outcome;
      byRule[key] = byRule[key] || { ruleId: f.ruleId, outcome: f.outcome, count: 0, example: f.explanationZh || f.messageZh };
      byRule[key].count++;
    });
    // the checks that passed arrive counted by rule, with the first one's message
    let restCount = rest.length;
    (status.passedChecks || []).forEach(function (p) {
      byRule[p.ruleId + ' PASS'] = { ruleId: p.ruleId, outcome: 'PASS', count: p.count, example: p.explanationZh || p.messageZh };
      restCount += p.count;
    });
    const others = el('details');
    others.hidden = restCount === 0;
    others.appendChild(el('summary', '其余 ' + restCount + ' 项检查（通过或无法检查）'));
    const list = el('ul', null, 'checks');
    Object.keys(byRule).sort().forEach(function (key) {
      const c = byRule[key];
      const item = el('li');
      item.appendChild(el('span', OUTCOMES[c.outcome] || c.outcome, 'badge ' + c.outcome));
      item.appendChild(document.createTextNode(' ' + c.example + (c.count > 1 ? '（同类共 ' + c.count + ' 项）' : '')));
      item.appendChild(el('p', '规则编号 ' + c.ruleId, 'secondary'));
      list.appendChild(item);
    });
    others.appendChild(list);
    parts.push(others);
    result.replaceChildren.apply(result, parts);
    showReceipt(status.submissionId);
    loadHistory();
  }

  function figuresTable(keyFigures) {
    const table = el('table', null, 'figures');
    // headline figures in the order of the report's tables, then any the page has no name for
    const ids = Object.keys(FIGURES).filter(function (id) { return id in keyFigures; })
      .concat(Object.keys(keyFigures).filter(function (id) { return !(id in FIGURES); }));
    ids.forEach(function (id) {
      const row = el('tr');
      row.appendChild(el('th', FIGURES[id] || id));
      row.appendChild(el('td', keyFigures[id] === null ? '未读取到' : keyFigures[id]));
      table.appendChild(row);
    });
    return table;
  }

  // the agency's own submissions, listed once its key is entered
  const history = document.getElementById('history');
  document.getElementById('apiKey').addEventListener('change', loadHistory);

  let historyRequests = 0;

  async function loadHistory() {
    const key = value('apiKey');
    if (!key) { history.hidden = true; return; }
    history.hidden = false;
    const list = document.getElementById('historyList');
    const status = document.getElementById('historyStatus');
    const request = ++historyRequests;
    try {
      const response = await fetch('api/submissions', { headers: { 'X-Api-Key': key, 'Accept': 'application/json' } });
      const answer = await response.json().catch(function () { return {}; });
      if (request !== historyRequests) return; // a later request (another key, a newer submission) answers instead
      if (!response.ok) {
        document.getElementById('historyTitle').textContent = '本机关的报送记录';
        status.textContent = refusal(answer).join('：');
        list.replaceChildren();
        return;
      }
      document.getElementById('historyTitle').textContent = answer.agencyName + '的报送记录';
      status.textContent = answer.submissions.length ? '共 ' + answer.submissions.length + ' 次提交，最近的在前。' : '尚无提交记录。';
      list.replaceChildren.apply(list, answer.submissions.map(historyItem));
    } catch (e) {
      status.textContent = '无法连接服务器，暂时无法显示报送记录。';
    }
  }

  function historyItem(s) {
    const validated = s.status === 'VALIDATED';
    const item = el('li', null, 'submission verdict-' + (validated ? s.verdict : 'PENDING'));
    const head = el('p');
    head.appendChild(el('strong', s.reportYear + ' 年度'));
    head.appendChild(document.createTextNode(' '));
    head.appendChild(el('span', validated ? VERDICTS[s.verdict] || '核查完成' : '正在核查', 'badge'));
    item.appendChild(head);
    if (validated) {
      const counts = [];
      if (s.errors) counts.push('错误 ' + s.errors + ' 项');
      if (s.warnings) counts.push('警告 ' + s.warnings + ' 项');
      if (s.notes) counts.push('提示 ' + s.notes + ' 项');
      if (s.uncertain) counts.push('需人工核对 ' + s.uncertain + ' 项');
      if (counts.length) item.appendChild(el('p', counts.join('，')));
    }
    item.appendChild(el('p', s.fileName + ' · ' + (CHANNELS[s.channel] || '') + ' · 提交于 ' + time(s.submittedAt), 'secondary'));
    const open = el('button', '查看核查结果', 'link');
    open.type = 'button';
    open.addEventListener('click', function () {
      clearOutcome();
      show('pending', '正在读取核查结果…', '');
      follow('api/reports/' + encodeURIComponent(s.submissionId));
      outcome.scrollIntoView();
    });
    item.appendChild(open);
    return item;
  }
})();
