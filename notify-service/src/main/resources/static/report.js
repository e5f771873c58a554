// the report page, kept out of the HTML: the Content-Security-Policy runs scripts from files only
header('');
const submission = new URLSearchParams(location.search).get('submission');

function lineHtml(line) {
  return `<li id="L${line.number}"><span class="n">${line.number}</span><span>${line.segments.map(s => s.findings.length
    ? `<mark class="hl hl-${esc(s.severity)}" data-findings="${s.findings.join(' ')}" title="问题 ${s.findings.join('、')}">${esc(s.text)}<sup>${s.findings.join(',')}</sup></mark>`
    : esc(s.text)).join('')}</span></li>`;
}

function cardHtml(f) {
  const card = findingCard(f, {jump: true});
  const extra = (f.expected || f.actual) ? `<div class="operands">应为 <b>${esc(f.expected || '—')}</b>，实为 <b>${esc(f.actual || '—')}</b></div>` : '';
  return card.replace('<div class="head">', `<div class="head" id="F${f.number}"><span class="num-tag">问题 ${f.number}</span>`)
             .replace('<div class="detail">', extra + '<div class="detail">');
}

async function load() {
  try {
    const r = await getJson('/api/reports/' + encodeURIComponent(submission));
    document.title = `${r.agencyName} ${r.reportYear}年度报告 · 政务公开年报核查`;
    const groups = [['ERROR', '错误', 'Errors'], ['WARNING', '警告', 'Warnings'], ['INFO', '提示', 'Notes']]
      .map(([sev, zh, en]) => [sev, zh, en, r.findings.filter(f => f.severity === sev)]);
    const other = r.findings.filter(f => !['ERROR', 'WARNING', 'INFO'].includes(f.severity));
    $('page').innerHTML = `
      <h1>${esc(r.agencyName)} ${r.reportYear}年度政府信息公开工作年度报告 <small class="en">Annual report</small></h1>
      <div class="panel">
        <div>结论：<b id="verdict">${esc(r.verdictZh)}</b> · <span title="行政区划代码 ${esc(r.regionCode)}">${esc(r.regionName)}</span> · ${esc(r.levelZh)} · ${esc(r.formatZh)}</div>
        <div>提交时间 ${esc(r.submittedAt)} · 核查时间 ${esc(r.validatedAt)}（北京时间）· 通过 ${r.passed} 项检查</div>
        <div class="detail">提交编号 ${esc(r.submissionId)} · 规则集 ${esc(r.ruleSetVersion)}</div>
        <div class="actions no-print"><button type="button" class="primary" id="print">打印 <span class="en">Print</span></button>
          <a href="/alerts.html?agency=${encodeURIComponent(r.agencyId)}&year=${r.reportYear}">该机关本年度告警</a></div>
      </div>
      <div class="grid2">
        <section id="findings"><h2>发现的问题 <small class="en">Findings</small></h2>
          ${groups.map(([sev, zh, en, list]) => list.length ? `<div class="group" data-severity="${sev}"><h3>${zh} <small class="en">${en}</small>（${list.length}）</h3>${list.map(cardHtml).join('')}</div>` : '').join('')}
          ${other.length ? `<div class="group"><h3>其他</h3>${other.map(cardHtml).join('')}</div>` : ''}
          ${r.findings.length ? '' : '<p class="panel">未发现问题。No findings.</p>'}
        </section>
        <section><h2>报告原文 <small class="en">Text</small></h2>
          ${r.lines ? `<ol class="doc" id="doc">${r.lines.map(lineHtml).join('')}</ol>` : '<p class="panel muted">本平台未收到该报告的原文（早于原文保存功能的提交）。</p>'}
        </section>
      </div>
      <h2>历年主要数据 <small class="en">Headline figures by year</small></h2>
      <div class="scroll"><table id="years"><thead><tr><th>项目</th>${r.years.map(y => `<th class="num">${y.submissionId === r.submissionId ? y.year : `<a href="/report.html?submission=${encodeURIComponent(y.submissionId)}">${y.year}</a>`}年度</th>`).join('')}</tr></thead>
        <tbody>${r.headlineCells.map((c, i) => `<tr><td title="${esc(c.words)}">${esc(c.zh)} <small class="en">${esc(c.en)}</small></td>${r.years.map(y => `<td class="num">${esc(y.values[i])}</td>`).join('')}</tr>`).join('')}
        <tr><td>结论</td>${r.years.map(y => `<td class="num">${esc(y.verdictZh)}</td>`).join('')}</tr></tbody></table></div>
      <h2>处理经过 <small class="en">History</small></h2>
      <div class="scroll"><table id="history"><thead><tr><th>时间</th><th>事项</th><th>说明</th></tr></thead>
        <tbody>${r.history.map(h => `<tr class="${h.submissionId && h.submissionId !== r.submissionId ? 'muted' : ''}"><td>${esc(h.at)}</td><td>${esc(h.what)}</td><td>${esc(h.detail)}</td></tr>`).join('')}</tbody></table></div>`;
    $('print').onclick = () => window.print();
  } catch (e) { showError($('page'), e); }
}
document.addEventListener('click', e => {
  const mark = e.target.closest('mark.hl');
  if (mark) document.getElementById('F' + mark.dataset.findings.split(' ')[0])?.scrollIntoView({behavior: 'smooth', block: 'center'});
});
wireReviews($('page'), load);
load();
