// Excellence: the Camunda Forms Tasklist renders (form-js) state their validation messages in
// English only. For a browser whose language is not English (the same rule as the webapps' locale,
// see config.js), each message is shown in Chinese as it appears.
const MESSAGES = [
  [/^Field is required\.$/, () => '此项必填。'],
  [/^Field must have minimum length of (\d+)\.$/, (n) => `至少需要 ${n} 个字。`],
  [/^Field must have maximum length of (\d+)\.$/, (n) => `最多 ${n} 个字。`],
  [/^Field must have minimum value of (.+)\.$/, (n) => `不能小于 ${n}。`],
  [/^Field must have maximum value of (.+)\.$/, (n) => `不能大于 ${n}。`],
  [/^Field must match pattern .+\.$/, () => '格式不符合要求。'],
  [/^Field must be a valid email\.$/, () => '请填写有效的电子邮箱。'],
  [/^Field must be a valid +international phone number\.$/, () => '请填写有效的电话号码（含国际区号）。']
];

function translate(node) {
  const text = node.nodeValue && node.nodeValue.trim();
  for (const [english, chinese] of MESSAGES) {
    const match = text && text.match(english);
    if (match) {
      node.nodeValue = chinese(...match.slice(1));
      return;
    }
  }
}

function translateAll(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement && node.parentElement.closest('.fjs-form-field-error')) {
      translate(node);
    }
  }
}

if (!(navigator.language || '').toLowerCase().startsWith('en')) {
  new MutationObserver((changes) => changes.forEach((change) => {
    if (change.type === 'characterData') {
      if (change.target.parentElement && change.target.parentElement.closest('.fjs-form-field-error')) {
        translate(change.target);
      }
    } else {
      change.addedNodes.forEach((node) => node.nodeType === Node.TEXT_NODE
        ? change.target.closest && change.target.closest('.fjs-form-field-error') && translate(node)
        : node.nodeType === Node.ELEMENT_NODE && translateAll(node));
    }
  })).observe(document.body, { subtree: true, childList: true, characterData: true });
}

export default [];
