// 批量救助: org-dept's batches with how far their payment has got; a batch stuck (支付受阻) says why and may be retried.
window.WORKBENCH_VIEWS = window.WORKBENCH_VIEWS || [];
(() => {
  const STATUS = { PAYING: '支付中', PAID: '已支付', BLOCKED: '支付受阻' };

  function batchItem(batch, reload) {
    const item = el('li', 'card relief-batch');
    item.dataset.batch = String(batch.id);
    item.append(el('strong', 'card-title', batch.title + ' · #' + batch.id),
      el('span', 'card-line relief-status' + (batch.status === 'BLOCKED' ? ' error' : ''), STATUS[batch.status] || batch.status),
      el('span', 'card-line', '已支付 ' + batch.paid + ' / ' + batch.members + ' 人，每人 ' + batch.amountPerMember + ' 元'),
      el('span', 'card-line', '发起：' + batch.createdBy + ' · ' + time(batch.createdAt)));
    if (batch.status === 'BLOCKED') {
      item.appendChild(el('span', 'card-line relief-reason', '原因：' + batch.blockedReason));
      const retry = el('button', 'button relief-retry', '重试');
      retry.type = 'button';
      retry.addEventListener('click', async () => {
        retry.disabled = true;
        try {
          const after = await send('POST', '/api/relief-batches/' + batch.id + '/retry', {});
          notice('已重试：' + after.title + '（#' + after.id + '），尚有 ' + after.pending + ' 人待支付', 'done');
          await reload();
        } catch (e) {
          retry.disabled = false;
          notice(e.message, 'error');
        }
      });
      item.appendChild(retry);
    }
    return item;
  }

  async function showBatches() {
    const page = await get('/api/relief-batches?size=50');
    show(heading('批量救助'), list(page.content.map((b) => batchItem(b, showBatches)), '暂无批量救助。'));
  }

  window.WORKBENCH_VIEWS.push({
    pattern: /^#\/relief$/,
    show: showBatches,
    tool: { href: '#/relief', label: '批量救助', description: '批次的支付进度；支付受阻的批次显示原因，可重试（组织部）' },
  });
})();
