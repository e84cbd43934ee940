// 五星级支部: the current 五星级 branches in the user's scope, and each one's dynamic history (授予, 复核保留, 撤销, 未通过).
window.WORKBENCH_VIEWS = window.WORKBENCH_VIEWS || [];
const FIVE_STAR_TIME = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', hour12: false });
window.WORKBENCH_VIEWS.push({
  pattern: /^#\/five-star$/,
  show: async () => {
    const branches = await get('/api/five-star/branches');
    show(heading('五星级支部'),
      list(branches.map((b) => card(b.name, [(b.townshipName || '') + (b.sinceYear ? ' · ' + b.sinceYear + ' 年获评' : '')],
        () => { location.hash = '#/five-star/' + encodeURIComponent(b.organizationCode); })), '本组织及下级暂无五星级支部。'));
  },
  tool: { href: '#/five-star', label: '五星级支部', description: '当前五星级支部及其授予、复核、撤销的历史' },
});
window.WORKBENCH_VIEWS.push({
  pattern: /^#\/five-star\/([^/?]+)$/,
  show: async (match) => {
    const history = await get('/api/five-star/branches/' + encodeURIComponent(decodeURIComponent(match[1])) + '/history');
    const back = el('a', 'button', '返回五星级支部');
    back.href = '#/five-star';
    show(heading(history.name),
      el('p', 'card-line', history.fiveStar ? '当前：五星级支部（' + history.sinceYear + ' 年获评）' : '当前：不是五星级支部'),
      list(history.events.map((e) => card(e.year + ' 年 ' + e.eventLabel, [e.reason, e.recordedAt ? FIVE_STAR_TIME.format(new Date(e.recordedAt)) + '（北京时间）' : ''],
        () => {})), '暂无五星级记录。'),
      back);
  },
});
