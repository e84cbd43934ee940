'use strict';

// 党员培训 (#/training): the courses in the user's scope (plans waiting for org-dept among them), a new course (org-dept's
// is opened at once, a secretary's goes to org-dept as a plan), a course's attendees with the Excel import (template,
// 预览 with every row error, 导入 when there is none) and one attendee at a time, and the year's figures.
// Uses workbench.js's helpers (get, send, el, show, heading, list, card, notice, state, toLogin) at call time.
(function () {
  const { field, input, form, choice, importPanel } = window.WORKBENCH_FORMS;
  const CATEGORIES = [['INDUSTRY_LEADER', '产业带头人'], ['COLLEGE_GRADUATE_OFFICIAL', '大学生村官'], ['NEW_MEMBER', '纳新党员'],
    ['FARMER_HERDER', '农牧民党员'], ['OTHER', '其他']];

  function figuresTable(title, rows) {
    const table = el('table', 'training-figures');
    table.style.cssText = 'width: 100%; border-collapse: collapse; background: #fff; font-size: 14px; margin-bottom: 12px;';
    table.createCaption().textContent = title;
    const head = table.createTHead().insertRow();
    ['', '人次', '人数', '学时'].forEach((text) => head.appendChild(el('th', null, text)));
    const body = table.createTBody();
    rows.forEach((f) => {
      const row = body.insertRow();
      row.dataset.code = f.code;
      [f.name, String(f.personTimes), String(f.people), String(f.hours)].forEach((text) => {
        const cell = row.insertCell();
        cell.style.cssText = 'padding: 4px; border-bottom: 1px solid #eee; overflow-wrap: anywhere;';
        cell.textContent = text;
      });
    });
    return table;
  }

  async function showFigures(box, year) {
    const report = await get('/api/training/report?year=' + year);
    const download = el('a', 'button', '导出 Excel');
    download.href = '/api/training/report.xlsx?year=' + year;
    download.setAttribute('download', '');
    box.replaceChildren(el('p', 'training-total', report.year + ' 年共 ' + report.total.personTimes + ' 人次、' + report.total.people
      + ' 人、' + report.total.hours + ' 学时'), figuresTable('按培训类别', report.categories),
    figuresTable('按苏木镇（党委）', report.townships), download);
  }

  async function showCourses() {
    const courses = await get('/api/training/courses');
    const create = form('course', [field('培训主题', input('topic', 'text', { maxlength: 200, required: '' })),
      field('培训地点', input('place', 'text', { maxlength: 200, required: '' })),
      field('开始日期', input('startDate', 'date', { required: '' })), field('结束日期', input('endDate', 'date', { required: '' })),
      field('学时', input('hours', 'number', { min: 0.1, max: 200, step: 0.1, required: '' })), field('培训类别', choice('category', CATEGORIES))],
    '开设培训班（书记提出的报组织部审批）', async (data) => {
      const body = Object.fromEntries(data.entries());
      body.hours = Number(body.hours);
      const course = await send('POST', '/api/training/courses', body);
      notice('已提交：' + course.topic + '（' + course.statusLabel + '）', 'done');
      await showCourses();
    });
    const figures = el('div', 'training-report');
    figures.id = 'training-report';
    const year = input('year', 'number', { min: 2000, max: 2100, value: new Date().getFullYear() });
    const count = el('button', 'primary', '统计');
    count.type = 'button';
    count.id = 'training-count';
    count.addEventListener('click', () => showFigures(figures, year.value).catch((e) => notice(e.message, 'error')));
    show(heading('党员培训'),
      list(courses.map((c) => {
        const item = card(c.topic, [c.startDate + ' 至 ' + c.endDate + ' · ' + c.place, c.hours + ' 学时 · ' + c.categoryLabel + ' · ' + c.organizerName,
          c.statusLabel + ' · 参训 ' + c.personTimes + ' 人次'], () => { location.hash = '#/training/courses/' + c.id; });
        item.dataset.courseId = c.id;
        return item;
      }), '还没有培训班。'),
      el('h2', null, '培训统计'), field('年度', year), count, figures, el('h2', null, '开设培训班'), create);
  }

  function importBox(course, reload) {
    const path = '/api/training/courses/' + course.id + '/attendance';
    return importPanel({
      prefix: 'training',
      path: path + '/import',
      templateHref: path + '-template',
      templateLabel: '下载参训登记模板',
      fileLabel: '选择填好的参训登记表（.xlsx）',
      intro: '按模板填写参训人员（姓名、公民身份号码；学时留空按本班学时），先预览，无误后导入；同一文件再次导入不会重复登记。',
      counts: (r) => '共 ' + r.rows + ' 行：新增 ' + r.added + ' 人次，改学时 ' + r.updated + '，已登记 ' + r.unchanged
        + (r.errorCount ? '；错误 ' + r.errorCount + ' 处' : ''),
      applied: async (report) => {
        notice('已导入：新增 ' + report.added + ' 人次，改学时 ' + report.updated + '，已登记 ' + report.unchanged + '。', 'done');
        await reload();
      },
    });
  }

  async function showCourse(id) {
    const detail = await get('/api/training/courses/' + id);
    const course = detail.course;
    const reload = () => showCourse(id);
    const parts = [el('p', 'card-line', course.startDate + ' 至 ' + course.endDate + ' · ' + course.place + ' · ' + course.hours + ' 学时 · '
      + course.categoryLabel + ' · ' + course.organizerName), el('p', 'card-line course-status', course.statusLabel
      + (course.decisionNote ? '：' + course.decisionNote : '') + ' · 参训 ' + course.personTimes + ' 人次')];
    if (course.status === 'SCHEDULED') {
      const one = form('attendee', [field('党员编号（花名册中的党员）', input('memberId', 'number', { min: 1 })),
        field('或：姓名', input('name', 'text', { maxlength: 50 })), field('公民身份号码', input('identityNumber', 'text', { maxlength: 18 })),
        field('学时（留空按本班学时）', input('hours', 'number', { min: 0.1, max: 200, step: 0.1 }))], '登记参训', async (data) => {
        const body = {};
        ['memberId', 'hours'].forEach((k) => { if (data.get(k)) { body[k] = Number(data.get(k)); } });
        ['name', 'identityNumber'].forEach((k) => { if (data.get(k)) { body[k] = data.get(k); } });
        const recorded = await send('POST', '/api/training/courses/' + id + '/attendance', body);
        notice('已登记参训：' + recorded.name, 'done');
        await reload();
      });
      parts.push(el('h2', null, '从 Excel 导入参训人员'), ...importBox(course, reload), el('h2', null, '逐人登记'), one);
    }
    const back = el('a', 'button', '返回培训班列表');
    back.href = '#/training';
    show(heading(course.topic), ...parts, el('h2', null, '参训人员（' + detail.attendance.length + '）'),
      list(detail.attendance.map((a) => card(a.name + (a.external ? '（非党员）' : ''), [a.organizationCode + ' · ' + a.hours + ' 学时'],
        () => undefined)), '还没有登记参训人员。'), back);
  }

  window.WORKBENCH_VIEWS = window.WORKBENCH_VIEWS || [];
  window.WORKBENCH_VIEWS.push(
    { pattern: /^#\/training\/courses\/(\d+)$/, show: (m) => showCourse(m[1]) },
    { pattern: /^#\/training$/, show: showCourses,
      tool: { href: '#/training', label: '党员培训', description: '培训班、参训登记（Excel 导入或逐人登记）、参训人次和学时统计' } });
}());
