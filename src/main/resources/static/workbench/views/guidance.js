'use strict';

// 指导联络 in the workbench (工具): my 周报告 and 月总结 (the open ones first: they are done in 待办), the month's figures
// of the staff I may see (submitted, 逾期, 督促), its Excel export, and the 7 sectors' guidance duties.
// Uses workbench.js's helpers (get, el, show, heading, list, card, failure) at call time.
(function () {
  function month() {
    const now = new Date();
    return now.getFullYear() + '-' + String(now.getMonth() + 1).padStart(2, '0');
  }

  function reportCard(report) {
    const due = report.status === 'AWAITING' ? '截止 ' + time(report.dueAt) : null;
    return card(report.cadenceLabel + ' ' + report.period, [report.statusLabel, due, report.escalated ? '已督促' : null], () => {
      location.hash = '#/todo';
    });
  }

  function figuresBox(figures) {
    const box = el('div', 'confirmation guidance-figures');
    box.append(el('p', 'card-line', figures.period + '：指导员、联络员 ' + figures.staff + ' 人（苏木镇党委活动指导员 '
      + figures.townshipInstructors + '，嘎查村活动指导员 ' + figures.villageInstructors + '，联络员 ' + figures.liaisons + '）'),
    el('p', 'card-line', '周报告 ' + figures.weeklySubmitted + '/' + figures.weeklyReports + '，月总结 ' + figures.monthlySubmitted + '/'
      + figures.monthlySummaries + '，逾期 ' + figures.late + '（逾期提交 ' + figures.lateSubmitted + '），督促 ' + figures.escalated));
    const excel = el('a', 'button', '导出 Excel');
    excel.href = '/api/guidance/reports.xlsx?period=' + encodeURIComponent(figures.period);
    box.appendChild(excel);
    return box;
  }

  function staffCard(row) {
    return card(row.name + '（' + row.kindLabel + '）', [row.organizations.join('、'),
      '周报告 ' + row.weeklySubmitted + '/' + row.weeklyReports + '，月总结 ' + row.monthlySubmitted + '/' + row.monthlySummaries,
      row.late ? '逾期 ' + row.late + (row.escalated ? '，督促 ' + row.escalated : '') : null], () => {});
  }

  async function showGuidance() {
    try {
      const [mine, figures, sectors] = await Promise.all([get('/api/guidance/my-reports'),
        get('/api/guidance/reports?period=' + month()), get('/api/guidance/sectors')]);
      const parts = [heading('指导联络')];
      if (mine.length) {
        parts.push(el('h2', null, '我的报告'), list(mine.map(reportCard), ''));
      }
      parts.push(el('h2', null, '本月报告统计'), figuresBox(figures),
        list(figures.rows.slice(0, 100).map(staffCard), '没有可查看的指导员或联络员。'));
      if (figures.rows.length > 100) {
        parts.push(el('p', 'card-line', '仅显示前 100 名，全部请导出 Excel。'));
      }
      parts.push(el('h2', null, '分线指导职责'),
        list(sectors.map((s) => card(s.name + '：' + s.supervisor, [s.duties], () => {})), ''));
      show(...parts);
    } catch (e) {
      failure(e);
    }
  }

  window.WORKBENCH_VIEWS = window.WORKBENCH_VIEWS || [];
  window.WORKBENCH_VIEWS.push({
    pattern: /^#\/guidance$/,
    show: showGuidance,
    tool: { href: '#/guidance', label: '指导联络', description: '我的周报告和月总结、本月报告统计（逾期、督促）、分线指导职责' },
  });
})();
