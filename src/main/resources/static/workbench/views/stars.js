'use strict';

// 星级评比 (tool view): campaigns, a branch's scoring sheet on a phone (tap a member, enter the scores), the sheet as
// Excel (download, upload) and the report. Uses workbench.js's helpers at call time.
(function () {
  const API = '/api/star-ratings';

  function link(text, href, download) {
    const a = el('a', 'button', text);
    a.href = href;
    if (download) {
      a.setAttribute('download', '');
    }
    return a;
  }

  async function campaigns() {
    const all = await get(API + '/campaigns');
    show(heading('星级评比'), list(all.map((c) => card(c.title, [c.scaleLabel, '自评截止 ' + time(c.selfAssessmentDeadline),
      c.status === 'PUBLISHED' ? '已公布结果' : '进行中'], () => { location.hash = '#/stars/campaigns/' + c.id; })), '还没有星级评比。'));
  }

  async function campaign(id) {
    const detail = await get(API + '/campaigns/' + id);
    const branches = detail.branches.map((b) => card(b.organizationName, [b.statusLabel, b.returnReason ? '退回理由：' + b.returnReason : null],
      () => { location.hash = '#/stars/branches/' + b.ratingId; }));
    show(heading(detail.campaign.title), link('统计', '#/stars/report/' + id), list(branches, '没有您可查看的支部。'));
  }

  function memberLine(row) {
    if (!row.participating) {
      return '不参评';
    }
    if (row.stars) {
      return row.points + ' 分 · ' + row.stars + ' 星' + (row.withdrawnReason ? '（已撤销）' : '');
    }
    return row.complete ? '已填完' : '未填完';
  }

  async function sheet(ratingId) {
    const s = await get(API + '/branches/' + ratingId + '/sheet');
    const filled = s.rows.filter((r) => !r.participating || r.complete).length;
    const parts = [heading(s.organizationName), el('p', 'card-line', s.campaignTitle + ' · ' + s.statusLabel + ' · 已填 ' + filled + '/' + s.rows.length),
      link('下载评分表（Excel）', API + '/branches/' + ratingId + '/sheet.xlsx', true)];
    if (s.editable) {
      parts.push(uploadForm(ratingId));
    }
    parts.push(list(s.rows.map((r) => card(r.memberName + '（' + r.memberId + '）', [memberLine(r)],
      () => { location.hash = '#/stars/branches/' + ratingId + '/members/' + r.memberId; })), '没有党员。'));
    show(...parts);
  }

  function uploadForm(ratingId) {
    const form = el('form', 'star-upload');
    const label = el('label', null, '上传填好的评分表');
    const input = el('input');
    input.type = 'file';
    input.name = 'file';
    input.accept = '.xlsx';
    label.appendChild(input);
    const submit = el('button', 'primary', '上传');
    submit.type = 'submit';
    form.append(label, submit);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const body = new FormData();
      if (input.files[0]) {
        body.append('file', input.files[0]);
      }
      try {
        await send('POST', API + '/branches/' + ratingId + '/sheet.xlsx', body);
      } catch (e) {
        notice(e.message, 'error');
        return;
      }
      notice('已导入评分表。', 'done');
      await sheet(ratingId);
    });
    return form;
  }

  function numberField(label, name, value, max) {
    const wrap = el('label', 'star-field', label);
    const input = el('input');
    input.type = 'number';
    input.name = name;
    input.min = '0';
    input.max = String(max);
    input.inputMode = 'numeric';
    input.value = value === null || value === undefined ? '' : String(value);
    wrap.appendChild(input);
    return wrap;
  }

  function valueOf(form, name) {
    const text = form.elements[name].value.trim();
    return text === '' ? null : Number(text);
  }

  async function member(ratingId, memberId) {
    const s = await get(API + '/branches/' + ratingId + '/sheet');
    const row = s.rows.find((r) => String(r.memberId) === String(memberId));
    if (!row) {
      throw new Error('本支部没有该党员。');
    }
    const form = el('form', 'star-member');
    const taking = el('label', 'star-field', '参评');
    const box = el('input');
    box.type = 'checkbox';
    box.name = 'participating';
    box.checked = row.participating;
    taking.appendChild(box);
    form.appendChild(taking);
    s.criteria.forEach((c, i) => form.appendChild(numberField(c.name + '（满分' + c.maxPoints + '）', 'score' + i,
      row.scores ? row.scores[i] : null, c.maxPoints)));
    [['votesGood', '民主评议·好'], ['votesFair', '民主评议·较好'], ['votesAverage', '民主评议·一般'], ['votesPoor', '民主评议·差']]
      .forEach(([name, label]) => form.appendChild(numberField(label, name, row[name], 1000)));
    const save = el('button', 'primary', '保存');
    save.type = 'submit';
    save.disabled = !s.editable;
    form.appendChild(save);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const entry = { memberId: row.memberId, participating: box.checked, scores: s.criteria.map((c, i) => valueOf(form, 'score' + i)),
        votesGood: valueOf(form, 'votesGood'), votesFair: valueOf(form, 'votesFair'), votesAverage: valueOf(form, 'votesAverage'),
        votesPoor: valueOf(form, 'votesPoor') };
      try {
        await send('PUT', API + '/branches/' + ratingId + '/sheet', { rows: [entry] });
        notice('已保存：' + row.memberName, 'done');
        location.hash = '#/stars/branches/' + ratingId;
      } catch (e) {
        notice(e.message, 'error');
      }
    });
    show(heading(row.memberName), el('p', 'card-line', s.organizationName + (s.editable ? '' : ' · ' + s.statusLabel + '，不能修改')), form,
      link('返回评分表', '#/stars/branches/' + ratingId));
  }

  function reportLine(l) {
    return card(l.name, ['参评 ' + l.participants + ' 人 · 八星级及以上 ' + l.atLeastEight + ' 人（' + l.shareAtLeastEight + '%）· 十星级 '
      + l.atTen + ' 人' + (l.withdrawn ? ' · 撤销 ' + l.withdrawn : '')], () => {});
  }

  async function report(id) {
    const r = await get(API + '/report?campaign=' + id);
    show(heading(r.campaignTitle + ' 统计'), link('导出 Excel', API + '/report.xlsx?campaign=' + id, true),
      list([reportLine(r.total)], ''), el('h2', null, '按苏木镇'), list(r.byTownship.map(reportLine), '暂无记录。'),
      el('h2', null, '按领域'), list(r.bySector.map(reportLine), '暂无记录。'),
      el('h2', null, '按支部'), list(r.byBranch.map(reportLine), '暂无记录。'));
  }

  function guarded(view) {
    return async (match) => {
      try {
        await view(match);
      } catch (e) {
        failure(e);
      }
    };
  }

  window.WORKBENCH_VIEWS = window.WORKBENCH_VIEWS || [];
  window.WORKBENCH_VIEWS.push(
    { pattern: /^#\/stars$/, show: guarded(() => campaigns()),
      tool: { href: '#/stars', label: '星级评比', description: '支部评分表（逐人录入或 Excel 导入）、评比统计' } },
    { pattern: /^#\/stars\/campaigns\/(\d+)$/, show: guarded((m) => campaign(m[1])) },
    { pattern: /^#\/stars\/branches\/(\d+)$/, show: guarded((m) => sheet(m[1])) },
    { pattern: /^#\/stars\/branches\/(\d+)\/members\/(\d+)$/, show: guarded((m) => member(m[1], m[2])) },
    { pattern: /^#\/stars\/report\/(\d+)$/, show: guarded((m) => report(m[1])) });
}());
