// Excellence: when the server refuses a completion (a rule only the server knows, say "请填写“退回理由”"),
// Tasklist shows its own heading glued to the server's message ("提交任务表单时出错。 : …"). The heading
// becomes a clean Chinese prefix: "未能提交：" followed by the server's message as plain text.
const HEADINGS = ['未能提交', '提交任务表单时出错。'];
const PREFIX = '未能提交：';

function tidy(alert) {
  const status = alert.querySelector('.status');
  const message = alert.querySelector('.message');
  if (!status || !message || !HEADINGS.includes(status.textContent.trim()) || !message.textContent.trim()) {
    return;
  }
  status.textContent = PREFIX;
  message.textContent = message.textContent.trim();
  alert.querySelectorAll('strong:not(.status)').forEach((colon) => { colon.style.display = 'none'; });
  alert.classList.add('excellence-refusal');
}

new MutationObserver((changes) => changes.forEach((change) => {
  const alert = change.target.closest && change.target.closest('.notifications .alert');
  if (alert) {
    tidy(alert);
  }
  change.addedNodes.forEach((node) => {
    if (node.nodeType === Node.ELEMENT_NODE) {
      node.matches('.notifications .alert') ? tidy(node) : node.querySelectorAll('.notifications .alert').forEach(tidy);
    }
  });
})).observe(document.body, { subtree: true, childList: true, characterData: true });

export default [];
