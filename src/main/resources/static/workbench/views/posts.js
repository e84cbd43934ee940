'use strict';

// 设岗定责 and 一书一卡一簿 in the workbench (工具): an organization's posts with their free places, claims for members
// without office, a member's pledge and 功劳簿, the post card (PDF) and the public code for residents.
// Uses workbench.js's helpers (get, send, el, show, heading, list, card, notice) at call time.
(function () {
  const { field, input, form, choice } = window.WORKBENCH_FORMS;
  const EVALUATIONS = [['SATISFIED', '满意'], ['FAIRLY_SATISFIED', '基本满意'], ['DISSATISFIED', '不满意']];

  function year() {
    return new Date().getFullYear();
  }

  function postable(node, found) {
    if (node.village || node.sector === 'COMMUNITY') {
      found.push(node);
    }
    (node.children || []).forEach((child) => postable(child, found));
    return found;
  }

  async function showOrganizations() {
    const found = postable(await get('/api/organizations'), []);
    if (found.length === 1) {
      location.hash = '#/posts/' + encodeURIComponent(found[0].code);
      return;
    }
    show(heading('设岗定责'), list(found.map((o) => card(o.name, ['设岗、认领、一书一卡一簿'],
      () => { location.hash = '#/posts/' + encodeURIComponent(o.code); })), '您的范围内没有嘎查村或社区党组织。'));
  }

  function postCard(post, members, reload) {
    const item = el('li', 'card post');
    item.dataset.postId = post.id;
    item.append(el('strong', 'card-title', post.name), el('span', 'card-line', post.duties),
      el('span', 'card-line free', '空余 ' + post.free + ' / 共 ' + post.capacity + ' 人' + (post.active ? '' : '（已停用）')));
    post.holders.forEach((h) => {
      const line = el('span', 'card-line holder', '认领：' + h.name + ' ');
      const release = el('button', 'link release', '解除');
      release.type = 'button';
      release.addEventListener('click', async () => {
        try {
          await send('DELETE', '/api/posts/' + post.id + '/claims/' + h.memberId);
          notice('已解除认领：' + h.name + '（' + post.name + '）', 'done');
          await reload();
        } catch (e) {
          notice(e.message, 'error');
        }
      });
      line.appendChild(release);
      item.appendChild(line);
    });
    if (post.free > 0) {
      const holding = new Set(post.holders.map((h) => h.memberId));
      item.appendChild(form('claim', [field('认领党员', choice('memberId', members.filter((m) => !holding.has(m.id))
        .map((m) => [String(m.id), m.name]))) ], '认领', async (data) => {
        const claim = await send('POST', '/api/posts/' + post.id + '/claims', { memberId: Number(data.get('memberId')) });
        notice('已认领：' + claim.memberName + '（' + post.name + '）', 'done');
        await reload();
      }));
    }
    return item;
  }

  async function showOrganization(code) {
    const [posts, members, publicCode] = await Promise.all([get('/api/posts/organizations/' + encodeURIComponent(code) + '?year=' + year()),
      get('/api/posts/organizations/' + encodeURIComponent(code) + '/members'),
      get('/api/posts/organizations/' + encodeURIComponent(code) + '/public-code')]);
    const reload = () => showOrganization(code);
    const define = form('define', [field('岗位名称', input('name', 'text', { maxlength: 50, required: '' })),
      field('岗位职责', input('duties', 'textarea', { maxlength: 500, required: '' })),
      field('可认领人数', input('capacity', 'number', { min: 1, max: 100, value: 1, required: '' }))], '设置岗位', async (data) => {
      const post = await send('POST', '/api/posts/organizations/' + encodeURIComponent(code) + '/posts',
        { year: year(), name: data.get('name'), duties: data.get('duties'), capacity: Number(data.get('capacity')) });
      notice('已设置岗位：' + post.name, 'done');
      await reload();
    });
    const book = form('member', [field('党员', choice('memberId', members.map((m) => [String(m.id), m.name])))], '一书一卡一簿',
      async (data) => { location.hash = '#/posts/' + encodeURIComponent(code) + '/members/' + data.get('memberId'); });
    const link = el('a', 'public-link', '/public/merits.html?code=' + publicCode.code);
    link.href = '/public/merits.html?code=' + encodeURIComponent(publicCode.code);
    const codeBox = el('p', 'public-code');
    codeBox.append('功劳簿公开码：', el('strong', 'code', publicCode.code), ' 居民评价页面：', link);
    show(heading(posts.name + ' · ' + posts.year + '年设岗定责'),
      list(posts.posts.map((p) => postCard(p, members, reload)), '还没有设置岗位。'),
      el('h2', null, '设置岗位'), define, el('h2', null, '一书一卡一簿'), book, codeBox);
  }

  function entryLine(entry, reload) {
    const line = el('li', 'card merit');
    const label = EVALUATIONS.find(([v]) => v === entry.evaluation)[1];
    line.append(el('strong', 'card-title', entry.date + ' · ' + label + (entry.filedPublicly ? '（居民提交）' : '')),
      el('span', 'card-line', entry.deed + (entry.residentName ? '（' + entry.residentName + '）' : '')));
    if (entry.hidden) {
      line.appendChild(el('span', 'card-line', '已隐藏：' + entry.hiddenReason));
    } else {
      line.appendChild(form('hide', [field('隐藏原因', input('reason', 'text', { maxlength: 200 }))], '隐藏', async (data) => {
        await send('POST', '/api/posts/merits/' + entry.id + '/hide', { reason: data.get('reason') });
        notice('已隐藏该记录。', 'done');
        await reload();
      }));
    }
    return line;
  }

  async function showMember(code, id) {
    const member = await get('/api/posts/members/' + id + '?year=' + year());
    const reload = () => showMember(code, id);
    const pledge = input('items', 'textarea', { rows: 4 });
    pledge.value = member.pledgeItems.join('\n');
    const pledgeForm = form('pledge', [field('承诺事项（每行一条，1–10 条）', pledge)], '保存承诺书', async (data) => {
      const items = String(data.get('items')).split('\n').map((s) => s.trim()).filter(Boolean);
      await send('PUT', '/api/posts/members/' + id + '/pledge', { year: member.year, items });
      notice('已保存承诺书。', 'done');
      await reload();
    });
    const today = new Date(Date.now() - new Date().getTimezoneOffset() * 60000).toISOString().slice(0, 10);
    const entryForm = form('merit', [field('服务日期', input('date', 'date', { value: today, required: '' })),
      field('居民姓名（可不填）', input('residentName', 'text', { maxlength: 50 })),
      field('服务事项', input('deed', 'textarea', { maxlength: 500, required: '' })),
      field('评价', choice('evaluation', EVALUATIONS))], '登记功劳簿', async (data) => {
      await send('POST', '/api/posts/members/' + id + '/merits', Object.fromEntries(data.entries()));
      notice('已登记功劳簿。', 'done');
      await reload();
    });
    const cardLink = el('a', 'button card-pdf', '岗位卡（PDF）');
    cardLink.href = '/api/posts/members/' + id + '/card.pdf?year=' + member.year;
    cardLink.target = '_blank';
    const back = el('a', 'button', '返回岗位列表');
    back.href = '#/posts/' + encodeURIComponent(code);
    show(heading(member.name + ' · ' + member.year + '年一书一卡一簿'), el('p', 'card-line', member.organizationName),
      el('h2', null, '认领岗位'), list(member.posts.map((p) => card(p.name, [p.duties], () => undefined)), '本年度未认领岗位。'),
      el('h2', null, '服务居民承诺书'), pledgeForm,
      el('h2', null, '居民评价功劳簿（积分 ' + member.residentPoints + '）'), entryForm,
      list(member.entries.map((e) => entryLine(e, reload)), '还没有评价。'), cardLink, back);
  }

  window.WORKBENCH_VIEWS = window.WORKBENCH_VIEWS || [];
  window.WORKBENCH_VIEWS.push(
    { pattern: /^#\/posts\/([^/?]+)\/members\/(\d+)$/, show: (m) => showMember(decodeURIComponent(m[1]), m[2]) },
    { pattern: /^#\/posts\/([^/?]+)$/, show: (m) => showOrganization(decodeURIComponent(m[1])) },
    { pattern: /^#\/posts$/, show: showOrganizations,
      tool: { href: '#/posts', label: '设岗定责', description: '岗位设置与认领、承诺书、岗位卡、居民评价功劳簿' } });
}());
