'use strict';

// 活动主题和载体 in the workbench (工具): the coverage of a campaign year per township and per sector, the Excel export,
// and the themes of my organizations, each registered here (the same task as in 待办, the same rules).
// Uses workbench.js's helpers (get, send, el, show, heading, list, card, notice) at call time.
(function () {
  const SHOWN = 60;

  // the deadline's day in Beijing (the deadline is the end of that day there)
  function day(iso) {
    return new Date(iso).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' });
  }

  function totalsTable(caption, rows) {
    const table = el('table', 'theme-coverage');
    table.appendChild(el('caption', null, caption));
    const head = el('tr');
    ['名称', '党组织', '已登记', '已通过', '覆盖率'].forEach((h) => head.appendChild(el('th', null, h)));
    table.appendChild(head);
    rows.forEach((t) => {
      const row = el('tr');
      row.dataset.code = t.code;
      [t.name, t.organizations, t.registered, t.approved, Number(t.percent).toFixed(1) + '%']
        .forEach((v) => row.appendChild(el('td', null, String(v))));
      table.appendChild(row);
    });
    return table;
  }

  function field(label, name, max, required, value) {
    const wrap = el('label', 'post-field');
    const box = el(max > 200 ? 'textarea' : 'input');
    box.name = name;
    box.maxLength = max;
    box.required = required;
    box.value = value || '';
    wrap.append(el('span', null, label), box);
    return wrap;
  }

  function registerForm(year, r, reload) {
    const box = el('form', 'post-form theme-register');
    const button = el('button', 'primary', '登记');
    button.type = 'submit';
    box.append(field('活动主题', 'theme', 100, true, r.theme), field('活动载体', 'carrier', 200, true, r.carrier),
      field('主要举措', 'measures', 1000, false, r.measures), button);
    box.addEventListener('submit', async (event) => {
      event.preventDefault();
      button.disabled = true;
      try {
        const data = new FormData(box);
        await send('PUT', '/api/themes/' + year + '/organizations/' + encodeURIComponent(r.organizationCode),
          { theme: data.get('theme'), carrier: data.get('carrier'), measures: data.get('measures') });
        notice('已登记：' + r.organizationName + '，等待审核。', 'done');
        await reload();
      } catch (e) {
        notice(e.message, 'error');
      } finally {
        button.disabled = false;
      }
    });
    return box;
  }

  function registrationCard(year, r, reload) {
    const item = el('li', 'card theme');
    item.dataset.code = r.organizationCode;
    item.append(el('strong', 'card-title', r.organizationName),
      el('span', 'card-line status', r.statusLabel + (r.late ? '（逾期）' : '')));
    if (r.theme) {
      item.append(el('span', 'card-line', '主题：' + r.theme), el('span', 'card-line', '载体：' + r.carrier));
    }
    if (r.status === 'RETURNED' && r.reviewNote) {
      item.appendChild(el('span', 'card-line', '退回理由：' + r.reviewNote));
    }
    if (r.status === 'UNREGISTERED' || r.status === 'RETURNED') {
      item.appendChild(registerForm(year, r, reload));
    }
    return item;
  }

  async function showYear(year) {
    const years = await get('/api/themes');
    if (!years.length) {
      show(heading('活动主题和载体'), el('p', 'empty', '组织部尚未开展主题载体登记。'));
      return;
    }
    const chosen = year ? Number(year) : years[0].year;
    const [coverage, mine] = await Promise.all([get('/api/themes/' + chosen + '/coverage'), get('/api/themes/' + chosen + '/organizations')]);
    const reload = () => showYear(chosen);
    const others = el('p', 'card-line');
    years.filter((y) => y.year !== chosen).forEach((y) => {
      const link = el('a', 'button', y.year + '年度');
      link.href = '#/themes/' + y.year;
      others.appendChild(link);
    });
    const excel = el('a', 'button', '导出覆盖情况（Excel）');
    excel.href = '/api/themes/' + chosen + '/coverage.xlsx';
    const total = coverage.total;
    const summary = el('p', 'theme-total', '覆盖率 ' + Number(total.percent).toFixed(1) + '%：' + total.organizations + ' 个党组织，已登记 '
      + total.registered + '，已通过 ' + total.approved + '；' + day(coverage.deadline) + ' 截止');
    const pending = mine.filter((r) => r.status !== 'APPROVED');
    const shown = (pending.length ? pending : mine).slice(0, SHOWN);
    const more = mine.length > shown.length ? el('p', 'empty', '共 ' + mine.length + ' 个党组织，此处列出 ' + shown.length
      + ' 个' + (pending.length ? '未通过的' : '') + '；完整名单请导出 Excel。') : el('span');
    show(heading('活动主题和载体 · ' + chosen + '年度'), summary, others,
      coverage.townships.length ? totalsTable('按苏木镇', coverage.townships) : el('span'), totalsTable('按领域', coverage.sectors), excel,
      el('h2', null, '我的党组织'), list(shown.map((r) => registrationCard(chosen, r, reload)), '您的范围内没有本年度的登记。'), more);
  }

  window.WORKBENCH_VIEWS = window.WORKBENCH_VIEWS || [];
  window.WORKBENCH_VIEWS.push(
    { pattern: /^#\/themes\/(\d{4})$/, show: (m) => showYear(m[1]) },
    { pattern: /^#\/themes$/, show: () => showYear(null),
      tool: { href: '#/themes', label: '活动主题', description: '各党组织的活动主题和载体，按苏木镇和领域的覆盖率' } });
}());
