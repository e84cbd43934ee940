'use strict';

// 城乡结对帮扶 in the workbench (工具): my pairs with commitments against confirmed fulfilment, a pair's records with their
// evidence, recording a fulfilment with evidence (the helper's secretary); the village confirms receipt in its 待办 (Tasklist).
// Uses workbench.js's helpers (get, el, show, heading, list, card, notice, state) at call time.
(function () {
  const { field, input } = window.WORKBENCH_FORMS;
  const KINDS = [['FUNDS', '资金'], ['PROJECT', '项目'], ['INFORMATION', '信息']];

  function year() {
    return new Date().getFullYear();
  }

  function figures(p) {
    return ['资金：已确认 ' + p.confirmedFunds + ' / 承诺 ' + p.committedFunds + ' 元',
      '项目：' + p.projectsDelivered + ' / ' + p.projectsCommitted + '　信息：' + p.informationDelivered + ' / ' + p.informationCommitted,
      '完成率：' + (p.percent === null ? '—' : p.percent + '%') + (p.awaitingReceipt ? '　待村确认 ' + p.awaitingReceipt : '')
        + (p.disputed ? '　有异议 ' + p.disputed : '')];
  }

  async function showPairs() {
    const report = await get('/api/pairing/pairs?year=' + year());
    show(heading(report.year + '年结对帮扶（' + report.pairs + ' 对）'),
      list(report.rows.map((p) => card(p.helperName + ' → ' + p.villageName, figures(p),
        () => { location.hash = '#/pairing/' + p.id; })), '您的范围内没有结对。'));
  }

  async function upload(pairId, form) {
    return send('POST', '/api/pairing/pairs/' + pairId + '/fulfilments', new FormData(form));
  }

  function recordForm(pairId, reload) {
    const form = el('form', 'post-form fulfil');
    const kind = input('kind', 'select');
    KINDS.forEach(([value, text]) => kind.appendChild(new Option(text, value)));
    const today = new Date(Date.now() - new Date().getTimezoneOffset() * 60000).toISOString().slice(0, 10);
    const amount = field('金额（元，资金类填写）', input('amount', 'text', { inputmode: 'decimal', maxlength: 20 }));
    kind.addEventListener('change', () => { amount.hidden = kind.value !== 'FUNDS'; });
    form.append(field('履行日期', input('date', 'date', { value: today, required: '' })), field('类别', kind), amount,
      field('履行内容', input('description', 'textarea', { maxlength: 500, required: '' })),
      field('佐证材料（照片或 PDF，每个不超过 5 MB）', input('evidence', 'file', { accept: 'image/jpeg,image/png,application/pdf', multiple: '' })));
    const button = el('button', 'primary', '登记履行');
    button.type = 'submit';
    form.appendChild(button);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      button.disabled = true;
      try {
        if (kind.value !== 'FUNDS') {
          form.elements.amount.value = '';
        }
        await upload(pairId, form);
        notice('已登记履行，等待嘎查村确认收到。', 'done');
        await reload();
      } catch (e) {
        notice(e.message, 'error');
      } finally {
        button.disabled = false;
      }
    });
    return form;
  }

  function fulfilmentCard(f) {
    const item = el('li', 'card fulfilment');
    item.dataset.fulfilmentId = f.id;
    item.append(el('strong', 'card-title', f.date + ' · ' + f.kindLabel + (f.amount === null ? '' : ' ' + f.amount + ' 元')),
      el('span', 'card-line', f.description), el('span', 'card-line status', f.statusLabel));
    if (f.disputeNote) {
      item.appendChild(el('span', 'card-line', '村的异议：' + f.disputeNote));
    }
    if (f.explanation) {
      item.appendChild(el('span', 'card-line', '说明或更正：' + f.explanation));
    }
    f.evidence.forEach((e) => {
      const link = el('a', 'card-line evidence', '佐证：' + e.fileName);
      link.href = '/api/pairing/fulfilments/' + f.id + '/evidence/' + e.id;
      link.target = '_blank';
      item.appendChild(link);
    });
    if (f.status !== 'CONFIRMED' && f.processInstanceId) {
      const open = el('a', 'card-line', '办理进度');
      open.href = '#/cases/' + encodeURIComponent(f.processInstanceId);
      item.appendChild(open);
    }
    return item;
  }

  async function showPair(id) {
    const detail = await get('/api/pairing/pairs/' + id + '?year=' + year());
    const p = detail.progress;
    const c = detail.commitment;
    const reload = () => showPair(id);
    const parts = [heading(p.helperName + ' → ' + p.villageName), el('p', 'card-line', figures(p).join('；')),
      el('h2', null, p.year + '年承诺'),
      el('p', 'card-line', '资金 ' + c.funds + ' 元；项目：' + (c.projects.join('、') || '无') + '；信息：' + (c.information.join('、') || '无')),
      el('h2', null, '履行记录'), list(detail.fulfilments.map(fulfilmentCard), '还没有履行记录。')];
    if (detail.mayRecord) {
      parts.push(el('h2', null, '登记履行'), recordForm(id, reload));
    }
    if (detail.fulfilments.some((f) => f.status === 'AWAITING_RECEIPT') && detail.mayConfirm) {
      const todo = el('a', 'button primary', '去确认收到（待办）');
      todo.href = '#/todo';
      parts.push(todo);
    }
    const back = el('a', 'button', '返回结对列表');
    back.href = '#/pairing';
    parts.push(back);
    show(...parts);
  }

  window.WORKBENCH_VIEWS = window.WORKBENCH_VIEWS || [];
  window.WORKBENCH_VIEWS.push(
    { pattern: /^#\/pairing\/(\d+)$/, show: (m) => showPair(m[1]) },
    { pattern: /^#\/pairing$/, show: showPairs,
      tool: { href: '#/pairing', label: '结对帮扶', description: '结对承诺与履行、登记履行和佐证、村确认收到' } });
}());
