// 组织设置: foundings in progress (with the first committee once filed), the reserve cadre register and the 两委换届 report.
window.WORKBENCH_VIEWS = window.WORKBENCH_VIEWS || [];
window.WORKBENCH_VIEWS.push({
  pattern: /^#\/orgchange$/,
  show: async () => {
    const [foundings, reserves] = await Promise.all([get('/api/orgchange/foundings'), get('/api/orgchange/reserve-cadres')]);
    const year = el('input', 'orgchange-year');
    year.type = 'number';
    year.min = '2000';
    year.max = '2100';
    year.value = String(new Date().getFullYear());
    year.setAttribute('aria-label', '换届年度');
    const open = el('button', 'button', '查看换届汇总');
    open.type = 'button';
    open.addEventListener('click', () => { location.hash = '#/orgchange/elections/' + encodeURIComponent(year.value); });
    show(heading('组织设置'),
      el('h2', 'section-title', '成立党组织'),
      list(foundings.map((f) => card(f.name, [f.statusLabel, '成立日期：' + (f.foundedOn || f.proposedOn) + (f.existing ? '（补录）' : '')],
        () => { location.hash = '#/orgchange/foundings/' + f.id; })), '本组织及下级暂无成立党组织申请。'),
      el('h2', 'section-title', '后备干部名册（' + reserves.length + ' 人）'),
      list(reserves.map((r) => card(r.memberName + ' · ' + r.typeLabel, [r.organizationCode + ' · 自 ' + r.since], () => {})), '暂无后备干部。'),
      el('h2', 'section-title', '村“两委”换届'), year, open);
  },
  tool: { href: '#/orgchange', label: '组织设置', description: '成立党组织和第一届委员会、后备干部名册、换届汇总' },
});
window.WORKBENCH_VIEWS.push({
  pattern: /^#\/orgchange\/foundings\/(\d+)$/,
  show: async (match) => {
    const f = await get('/api/orgchange/foundings/' + match[1]);
    const back = el('a', 'button', '返回组织设置');
    back.href = '#/orgchange';
    const parts = [heading(f.name), el('p', 'card-line', f.statusLabel + ' · 成立日期：' + (f.foundedOn || f.proposedOn)),
      el('p', 'card-line', f.reason)];
    if (f.status === 'FILED') {
      const committee = await get('/api/orgchange/organizations/' + encodeURIComponent(f.organizationCode) + '/committee');
      parts.push(el('h2', 'section-title', '第一届委员会（' + committee.electedOn + ' 选举，实到 ' + committee.electorsPresent + ' 人）'),
        list(committee.members.map((m) => card(m.officeLabel + '：' + m.name, [m.votes + ' 票'], () => {})), '暂无委员。'));
    } else if (f.candidates.length) {
      parts.push(list(f.candidates.map((c) => card(c.memberName, [c.votes + ' 票' + (c.elected ? ' · 当选' : '')], () => {})), ''));
    }
    show(...parts, back);
  },
});
window.WORKBENCH_VIEWS.push({
  pattern: /^#\/orgchange\/elections\/(\d{4})$/,
  show: async (match) => {
    const report = await get('/api/orgchange/elections/' + match[1] + '/report');
    const back = el('a', 'button', '返回组织设置');
    back.href = '#/orgchange';
    const download = el('a', 'button', '导出 Excel');
    download.href = '/api/orgchange/elections/' + report.year + '/report.xlsx';
    show(heading(report.year + ' 年村“两委”换届'),
      el('p', 'card-line orgchange-total', '当选 ' + report.electedPeople + ' 人（' + report.offices + ' 个职务），其中后备干部 '
        + report.reserveCadresElected + ' 人'),
      list(report.townships.map((t) => card(t.townshipName, ['当选 ' + t.electedPeople + ' 人，后备干部 ' + t.reserveCadresElected + ' 人'],
        () => {})), '该年度暂无换届结果。'),
      download, back);
  },
});
