'use strict';

const headers = { 'X-Requested-With': 'XMLHttpRequest' };

async function load(path) {
  const response = await fetch(path, { headers, credentials: 'same-origin' });
  const body = (response.headers.get('Content-Type') || '').includes('json') ? await response.json() : null;
  return { ok: response.ok, status: response.status, body };
}

function text(id, value) {
  document.getElementById(id).textContent = value;
}

function cell(row, value) {
  const td = document.createElement('td');
  td.textContent = value == null ? '—' : value;
  row.appendChild(td);
}

function chart(id, option) {
  const element = document.getElementById(id);
  const instance = echarts.getInstanceByDom(element) || echarts.init(element, null, { renderer: 'canvas' });
  instance.setOption(option);
  window.addEventListener('resize', () => instance.resize());
}

function showDutyReview(board) {
  const query = new URLSearchParams({ round: board.roundId });
  text('duty-title', board.year + ' 年 · ' + board.title);
  text('duty-submitted', board.submitted + ' / ' + board.townshipCount);
  text('duty-pre-reviewed', board.preReviewed + ' / ' + board.townshipCount);
  text('duty-rated', board.rated + ' / ' + board.townshipCount);
  text('duty-townships', board.townshipCount);
  document.getElementById('duty-xlsx').href = '/api/dashboard/duty-review.xlsx?' + query;
  document.getElementById('duty-pdf').href = '/api/dashboard/duty-review.pdf?' + query;
  document.getElementById('duty-review').hidden = false;
  const body = document.querySelector('#duty-table tbody');
  body.replaceChildren();
  board.townships.forEach((t) => {
    const row = document.createElement('tr');
    row.dataset.township = t.townshipCode;
    cell(row, t.rank);
    cell(row, t.townshipName);
    cell(row, t.statusLabel);
    cell(row, t.ratingsIn + ' / ' + t.ratingsNeeded);
    cell(row, t.satisfaction == null ? null : t.satisfaction + '%');
    cell(row, t.grade);
    body.appendChild(row);
  });
  chart('duty-chart', {
    tooltip: { trigger: 'axis' },
    legend: { data: ['已评议', '应评议'] },
    grid: { left: 40, right: 10, bottom: 70 },
    xAxis: { type: 'category', data: board.townships.map((t) => t.townshipName), axisLabel: { rotate: 45 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: '已评议', type: 'bar', data: board.townships.map((t) => t.ratingsIn) },
      { name: '应评议', type: 'bar', data: board.townships.map((t) => t.ratingsNeeded) },
    ],
  });
}

function showCommendation(board) {
  document.getElementById('commendation').hidden = false;
  text('commendation-title', board.year + ' 年 · ' + board.title);
  document.getElementById('commendation-xlsx').href = '/api/dashboard/commendation.xlsx?campaign=' + board.campaignId;
  const body = document.querySelector('#commendation-table tbody');
  body.replaceChildren();
  board.categories.forEach((c) => {
    const row = document.createElement('tr');
    row.dataset.category = c.code;
    [c.name, c.quota, c.nominated, c.selected, c.onNotice, c.objections].forEach((v) => cell(row, v));
    body.appendChild(row);
  });
  chart('commendation-chart', {
    tooltip: { trigger: 'axis' },
    legend: { data: ['名额', '推荐', '入选'] },
    grid: { left: 40, right: 10, bottom: 90 },
    xAxis: { type: 'category', data: board.categories.map((c) => c.name), axisLabel: { rotate: 45, width: 90, overflow: 'truncate' } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: '名额', type: 'bar', data: board.categories.map((c) => c.quota) },
      { name: '推荐', type: 'bar', data: board.categories.map((c) => c.nominated) },
      { name: '入选', type: 'bar', data: board.categories.map((c) => c.selected) },
    ],
  });
}

function showSupervision(board) {
  document.getElementById('supervision').hidden = false;
  const body = document.querySelector('#supervision-table tbody');
  body.replaceChildren();
  board.townships.forEach((t) => {
    const row = document.createElement('tr');
    row.dataset.township = t.townshipCode;
    [t.townshipName, t.reportsOnTime + ' / ' + t.reportsDue, t.onTimeRate == null ? null : t.onTimeRate + '%',
      t.spotChecksScored + ' / ' + t.spotChecks, t.averageScore].forEach((v) => cell(row, v));
    body.appendChild(row);
  });
  chart('supervision-chart', {
    tooltip: { trigger: 'axis' },
    legend: { data: ['按时率（%）', '平均得分'] },
    grid: { left: 40, right: 10, bottom: 70 },
    xAxis: { type: 'category', data: board.townships.map((t) => t.townshipName), axisLabel: { rotate: 45 } },
    yAxis: { type: 'value', max: 100 },
    series: [
      { name: '按时率（%）', type: 'bar', data: board.townships.map((t) => t.onTimeRate) },
      { name: '平均得分', type: 'bar', data: board.townships.map((t) => t.averageScore) },
    ],
  });
}

function showOverdue(board) {
  document.getElementById('overdue').hidden = false;
  text('overdue-total', board.total);
  const body = document.querySelector('#overdue-table tbody');
  body.replaceChildren();
  board.organizations.forEach((o) => {
    const row = document.createElement('tr');
    [o.organizationName, o.tasks, o.mostDaysOverdue].forEach((v) => cell(row, v));
    body.appendChild(row);
  });
}

function showFunds(board) {
  document.getElementById('funds').hidden = false;
  const cards = document.getElementById('fund-cards');
  cards.replaceChildren();
  board.funds.forEach((f) => {
    [['可用', f.available], ['已预留', f.committed], ['已支付', f.paid], ['总额', f.total]].forEach(([label, value]) => {
      const card = document.createElement('div');
      card.dataset.fund = f.code;
      card.innerHTML = '<span class="figure"></span><span></span>';
      card.children[0].textContent = Number(value).toFixed(2);
      card.children[1].textContent = f.name + ' · ' + label + '（元）';
      cards.appendChild(card);
    });
  });
  chart('fund-chart', {
    tooltip: { trigger: 'axis' },
    grid: { left: 60, right: 10 },
    xAxis: { type: 'category', data: board.paymentsByMonth.map((m) => m.month) },
    yAxis: { type: 'value', name: '元' },
    series: [{ name: '支付金额', type: 'line', data: board.paymentsByMonth.map((m) => m.amountYuan) }],
  });
}

function showRelief(board) {
  text('relief-batches', board.batches);
  text('relief-members', board.members);
  text('relief-amount', Number(board.totalAmount).toFixed(2));
  document.getElementById('relief').hidden = false;
}

async function start() {
  const status = document.getElementById('status');
  const session = await load('/api/session');
  if (session.ok && session.body) {
    text('user', session.body.userId || session.body.name || '');
  }
  const [duty, commendation, supervision, overdue, funds, relief] = await Promise.all([load('/api/dashboard/duty-review'),
    load('/api/dashboard/commendation'), load('/api/dashboard/supervision'), load('/api/dashboard/overdue-tasks'),
    load('/api/dashboard/funds'), load('/api/dashboard/relief-batches')]);
  if (duty.ok) {
    showDutyReview(duty.body);
  }
  if (commendation.ok) {
    showCommendation(commendation.body);
  }
  if (supervision.ok) {
    showSupervision(supervision.body);
  }
  if (overdue.ok) {
    showOverdue(overdue.body);
  }
  if (funds.ok) {
    showFunds(funds.body);
  }
  if (relief.ok) {
    showRelief(relief.body);
  }
  const all = [duty, commendation, supervision, overdue, funds, relief];
  const refused = all.filter((r) => !r.ok && r.status !== 403 && r.status !== 404);
  if (all.every((r) => !r.ok)) {
    status.textContent = (duty.body && duty.body.detail) || '暂无可显示的数据。';
    status.classList.add('error');
  } else {
    status.textContent = refused.length ? refused.map((r) => r.body && r.body.detail).filter(Boolean).join(' ') : '';
  }
}

start();
