'use strict';

// 联系点走访 in the workbench (工具): the leader's calendar of visits due at their contact points, recording a visit (members
// visited, help given, photos taken with the phone's camera) and this year's visits.
// Uses workbench.js's helpers (get, send, el, show, heading, list, card, notice, state) at call time.
(function () {
  const { field, input } = window.WORKBENCH_FORMS;
  const ACTIVITIES = [['ORGANIZATIONAL_LIFE', '过组织生活'], ['CONDOLENCE', '走访慰问'], ['RESEARCH', '调研'], ['HELP', '帮扶解难']];

  function today() {
    return new Date(Date.now() - new Date().getTimezoneOffset() * 60000).toISOString().slice(0, 10);
  }

  function checks(name, options) {
    const box = el('fieldset', 'visit-checks');
    options.forEach(([value, text]) => {
      const label = el('label', 'visit-check');
      const check = input(name, 'checkbox', { value });
      label.append(check, ' ' + text);
      box.appendChild(label);
    });
    return box;
  }

  async function upload(visitId, file) {
    const body = new FormData();
    body.append('file', file, file.name);
    try {
      await send('POST', '/api/visits/' + visitId + '/photos', body);
    } catch (e) {
      throw new Error(file.name + '：' + e.message);
    }
  }

  function calendarCard(entry) {
    const due = '下次走访：' + entry.nextDue + (entry.overdue ? '（已逾期）' : '');
    const item = card(entry.organizationName, [entry.frequencyLabel + ' · ' + due,
      entry.lastVisit ? '上次走访：' + entry.lastVisit : '尚未走访'], () => showMembers(entry.organizationCode));
    item.classList.add('visit-due');
    if (entry.overdue) {
      item.classList.add('overdue');
    }
    return item;
  }

  let members = document.createElement('div');

  async function showMembers(code) {
    const select = document.querySelector('.visit-form select[name=organizationCode]');
    if (select && code) {
      select.value = code;
    }
    const page = await get('/api/organizations/' + encodeURIComponent(select.value) + '/members?size=200');
    const box = checks('memberId', page.content.map((m) => [String(m.id), m.name + (m.pre1949Veteran ? '（建国前老党员）' : '')
      + (m.hardship ? '（困难党员）' : '')]));
    members.replaceChildren(page.content.length ? box : el('p', 'empty', '该组织没有党员名单。'));
  }

  function recordForm(points, onDone) {
    const box = el('form', 'post-form visit-form');
    const organization = el('select');
    organization.name = 'organizationCode';
    const seen = new Set();
    points.filter((p) => !seen.has(p.organizationCode) && seen.add(p.organizationCode))
      .forEach((p) => organization.appendChild(new Option(p.organizationName, p.organizationCode)));
    organization.addEventListener('change', () => showMembers());
    members = el('div', 'visit-members');
    const photos = input('photos', 'file', { accept: 'image/jpeg,image/png', capture: 'environment', multiple: '' });
    box.append(field('走访日期', input('date', 'date', { value: today(), max: today(), required: '' })),
      field('走访的党组织', organization), field('走访组（可不填）', input('group', 'text', { maxlength: 20 })),
      el('span', 'post-field', '走访内容'), checks('activity', ACTIVITIES), el('span', 'post-field', '走访的党员'), members,
      field('帮扶内容', input('helpGiven', 'textarea', { maxlength: 500 })), field('照片（JPEG 或 PNG，每张不超过 5 MB）', photos));
    const button = el('button', 'primary', '登记走访');
    button.type = 'submit';
    box.appendChild(button);
    box.addEventListener('submit', async (event) => {
      event.preventDefault();
      button.disabled = true;
      const data = new FormData(box);
      try {
        const visit = await send('POST', '/api/visits', { date: data.get('date'), organizationCode: data.get('organizationCode'),
          group: data.get('group'), activities: data.getAll('activity'), helpGiven: data.get('helpGiven'),
          members: data.getAll('memberId').map((id) => ({ memberId: Number(id) })), leaderIds: [] });
        for (const file of photos.files) {
          await upload(visit.id, file);
        }
        notice('已登记走访：' + visit.organizationName + '（' + visit.date + '，' + visit.members.length + ' 名党员，'
          + photos.files.length + ' 张照片）', 'done');
        await onDone();
      } catch (e) {
        notice(e.message, 'error');
      } finally {
        button.disabled = false;
      }
    });
    return box;
  }

  function visitCard(v) {
    return card(v.date + ' · ' + v.organizationName, [(v.group ? v.group + ' · ' : '') + v.activities.join('、'),
      '走访党员 ' + v.members + ' 名' + (Number(v.reliefYuan) > 0 ? '，慰问金 ' + Number(v.reliefYuan).toFixed(2) + ' 元' : '')],
    () => { location.hash = '#/visits/' + v.id; });
  }

  async function showVisits() {
    const year = new Date().getFullYear();
    const [calendar, points, visits] = await Promise.all([get('/api/visits/calendar'), get('/api/visits/contact-points'),
      get('/api/visits?year=' + year)]);
    const parts = [heading('联系点走访'), el('h2', null, '我的走访日历'),
      list(calendar.map(calendarCard), '近三个月没有到期的走访。')];
    if (points.length) {
      parts.push(el('h2', null, '登记走访'), recordForm(points, showVisits));
    } else {
      parts.push(el('p', 'empty', '您还没有联系点，由旗委组织部确定。'));
    }
    parts.push(el('h2', null, year + '年走访记录'), list(visits.map(visitCard), '本年度还没有走访记录。'));
    show(...parts);
    if (points.length) {
      await showMembers();
    }
  }

  async function showVisit(id) {
    const v = await get('/api/visits/' + id);
    const photos = el('div', 'visit-photos');
    v.photos.forEach((p) => {
      const img = el('img', 'visit-photo');
      img.src = '/api/visits/' + v.id + '/photos/' + p.id;
      img.alt = p.fileName;
      photos.appendChild(img);
    });
    const back = el('a', 'button', '返回联系点走访');
    back.href = '#/visits';
    show(heading(v.date + ' · ' + v.organizationName), el('p', 'card-line', (v.group ? v.group + ' · ' : '') + v.activities.join('、')),
      el('p', 'card-line', '参加领导：' + v.leaderIds.join('、')), el('p', 'card-line', v.helpGiven || ''),
      list(v.members.map((m) => card(m.name, [m.reliefYuan ? '慰问金 ' + Number(m.reliefYuan).toFixed(2) + ' 元' : ''], () => undefined)),
        '未登记走访党员。'), photos, back);
  }

  window.WORKBENCH_VIEWS = window.WORKBENCH_VIEWS || [];
  window.WORKBENCH_VIEWS.push(
    { pattern: /^#\/visits\/(\d+)$/, show: (m) => showVisit(m[1]) },
    { pattern: /^#\/visits$/, show: showVisits,
      tool: { href: '#/visits', label: '联系点走访', description: '走访日历、登记走访（照片）、走访记录' } });
}());
