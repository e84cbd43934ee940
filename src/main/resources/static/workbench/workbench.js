'use strict';

// The workbench (工作台): 待办, 已办, 我的事项, 发起, each task's Camunda Form (form-js) and each case's timeline.
// Made for a weak connection: GETs fall back to their last good copy, form values are kept as drafts (here and on
// the server), and a completion made offline waits in a queue with its Idempotency-Key until the network is back.

const VENDOR = '/workbench/vendor/';
const FORM_JS_VERSION = '1.8.7';
const DRAFT_DELAY_MS = 1500;
const RETRY_MS = 15000;
const view = document.getElementById('view');
const state = { user: null, csrf: '', form: null, draftTimer: null, formLibrary: null, routeTurn: 0, routeShown: 0 };

// ---------- storage: per user, so that two users of one phone never see each other's copies ----------

function key(kind, name) {
  return 'wb:' + (state.user || '-') + ':' + kind + ':' + name;
}

function remember(name, value) {
  try {
    localStorage.setItem(name, JSON.stringify(value));
  } catch (e) {
    // storage full: the copy is a convenience, the server has the truth
  }
}

function recall(name) {
  try {
    return JSON.parse(localStorage.getItem(name));
  } catch (e) {
    return null;
  }
}

// ---------- the API ----------

class Offline extends Error {
}

class Refused extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function toLogin() {
  const view = /^#\/[A-Za-z0-9_\/-]*$/.test(location.hash) ? location.hash : '';
  location.href = '/admin/login?next=' + encodeURIComponent('/workbench/') + view;
}

/**
 * The one way to call the API: JSON, or a FormData (a multipart upload: files). Answers the JSON; refuses with the server's
 * words (and its report, e.g. an import's row errors); Offline when the request never reached the server.
 */
async function send(method, path, body, extraHeaders) {
  const headers = Object.assign({ 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' }, extraHeaders);
  const multipart = body instanceof FormData;
  if (method !== 'GET') {
    headers['X-XSRF-TOKEN'] = state.csrf;
    if (!multipart) {
      headers['Content-Type'] = 'application/json';
    }
  }
  let response;
  try {
    response = await fetch(path, { method, headers, credentials: 'same-origin',
      body: body === undefined || multipart ? body : JSON.stringify(body) });
  } catch (e) {
    throw new Offline('离线：联网后再试。');
  }
  if (response.status === 401) {
    toLogin();
    throw new Refused(401, '请先登录。');
  }
  const json = (response.headers.get('Content-Type') || '').includes('json') ? await response.json() : null;
  if (!response.ok) {
    const refused = new Refused(response.status, (json && (json.detail || json.title)) || '请求失败（' + response.status + '），请稍后重试。');
    refused.report = json && json.report;
    throw refused;
  }
  return json;
}

/** A GET; offline, the last good copy (and the offline line shows). */
async function get(path) {
  try {
    const body = await send('GET', path);
    remember(key('get', path), body);
    setOffline(false);
    return body;
  } catch (e) {
    if (e instanceof Offline) {
      const copy = recall(key('get', path));
      setOffline(true);
      if (copy !== null) {
        return copy;
      }
      throw new Refused(0, '离线，且此前没有保存过这里的内容。联网后再试。');
    }
    throw e;
  }
}

function setOffline(offline) {
  document.getElementById('offline').hidden = !offline;
}

// ---------- small helpers for the page ----------

function el(tag, className, text) {
  const element = document.createElement(tag);
  if (className) {
    element.className = className;
  }
  if (text !== undefined && text !== null) {
    element.textContent = text;
  }
  return element;
}

/** A moment as Beijing time (yyyy-MM-dd HH:mm), whatever offset the server wrote and whatever the phone's zone; a date stays a date. */
function time(iso) {
  const text = iso ? String(iso) : '';
  const moment = text.length > 10 ? new Date(text) : null;
  if (!moment || isNaN(moment.getTime())) {
    return text.slice(0, 16).replace('T', ' ');
  }
  return new Date(moment.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ');
}

function notice(text, kind) {
  const line = document.getElementById('notice');
  line.textContent = text;
  line.className = 'notice' + (kind ? ' ' + kind : '');
  line.hidden = !text;
}

function show(...children) {
  view.replaceChildren(...children);
}

function failure(e) {
  const back = el('a', 'button', '返回待办');
  back.href = '#/todo';
  show(el('p', 'error', e.message), back);
}

function card(title, lines, onOpen, extra) {
  const item = el('li', 'card');
  const button = el('button', 'card-open');
  button.type = 'button';
  button.appendChild(el('strong', 'card-title', title));
  lines.filter(Boolean).forEach((line) => button.appendChild(typeof line === 'string' ? el('span', 'card-line', line) : line));
  if (extra) {
    button.appendChild(extra);
  }
  button.addEventListener('click', onOpen);
  item.appendChild(button);
  return item;
}

function list(items, empty) {
  if (!items.length) {
    return el('p', 'empty', empty);
  }
  const ul = el('ul', 'cards');
  items.forEach((i) => ul.appendChild(i));
  return ul;
}

function heading(text) {
  return el('h1', 'view-title', text);
}

// ---------- 待办 ----------

async function showTodo() {
  const tasks = await get('/api/workbench/tasks');
  show(heading('待办'), list(tasks.map(taskCard), '没有待办任务。'));
}

function taskCard(task) {
  const due = el('span', 'card-line', task.due ? '期限 ' + time(task.due) : '无期限');
  if (task.overdue) {
    due.appendChild(el('span', 'overdue', '逾期'));
  }
  const card0 = card(task.name, [task.subject, task.processName, due], () => openTask(task));
  card0.dataset.taskId = task.id;
  if (task.claimable) {
    card0.querySelector('.card-title').appendChild(el('span', 'tag', '待认领'));
  }
  return card0;
}

async function openTask(task) {
  if (task.claimable) {
    try {
      await send('POST', '/api/workbench/tasks/' + encodeURIComponent(task.id) + '/claim');
    } catch (e) {
      notice(e instanceof Offline ? '离线：无法认领任务，联网后再试。' : e.message, 'error');
      return;
    }
  }
  location.hash = '#/tasks/' + encodeURIComponent(task.id);
}

// ---------- a form (task or start form) with its draft ----------

function loadFormLibrary() {
  if (!state.formLibrary) {
    state.formLibrary = new Promise((resolve, reject) => {
      const css = el('link');
      css.rel = 'stylesheet';
      css.href = VENDOR + 'form-js.css?v=' + FORM_JS_VERSION;
      document.head.appendChild(css);
      const script = el('script');
      script.src = VENDOR + 'form-viewer.umd.js?v=' + FORM_JS_VERSION;
      script.onload = () => resolve(window.FormViewer);
      script.onerror = () => {
        state.formLibrary = null;
        reject(new Refused(0, '表单组件加载失败，请检查网络后重试。'));
      };
      document.head.appendChild(script);
    });
  }
  return state.formLibrary;
}

/** The newer of the phone's and the server's draft, or null. */
async function draftOf(draftKey) {
  const local = recall(key('draft', draftKey));
  let server = null;
  try {
    server = await send('GET', '/api/workbench/drafts/' + encodeURIComponent(draftKey));
  } catch (e) {
    // none on the server (404), or offline: the phone's copy
  }
  if (!local) {
    return server;
  }
  if (!server) {
    return local;
  }
  return Date.parse(server.savedAt) > Date.parse(local.savedAt) ? server : local;
}

function saveDraft(draftKey, values) {
  const draft = { values, savedAt: new Date().toISOString() };
  remember(key('draft', draftKey), draft);
  clearTimeout(state.draftTimer);
  state.draftTimer = setTimeout(() => putDraft(draftKey), DRAFT_DELAY_MS);
}

async function putDraft(draftKey) {
  const draft = recall(key('draft', draftKey));
  if (!draft) {
    return;
  }
  try {
    await send('PUT', '/api/workbench/drafts/' + encodeURIComponent(draftKey), draft);
    remember(key('draft-sent', draftKey), draft.savedAt);
  } catch (e) {
    // offline or refused: the phone keeps it and sends it when the connection is back
  }
}

function forgetDraft(draftKey) {
  localStorage.removeItem(key('draft', draftKey));
  localStorage.removeItem(key('draft-sent', draftKey));
}

async function renderForm(container, schema, data, draftKey) {
  const FormViewer = await loadFormLibrary();
  if (state.form) {
    state.form.destroy();
  }
  const draft = await draftOf(draftKey);
  const form = new FormViewer.Form({ container });
  await form.importSchema(schema, Object.assign({}, data, draft ? draft.values : {}));
  if (draft) {
    container.before(el('p', 'draft-note', '已恢复草稿（保存于 ' + time(draft.savedAt) + '）'));
  }
  form.on('changed', (event) => saveDraft(draftKey, event.data));
  state.form = form;
  return form;
}

function submitButton(label, onSubmit) {
  const button = el('button', 'primary submit', label);
  button.type = 'button';
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await onSubmit();
    } finally {
      button.disabled = false;
    }
  });
  return button;
}

/** The form's values when they pass its rules; otherwise null (form-js marks the fields). */
function valuesOf(form) {
  const result = form.submit();
  if (Object.keys(result.errors || {}).length) {
    notice('请按提示填写表单后再提交。', 'error');
    return null;
  }
  return result.data;
}

// ---------- the task view ----------

async function showTask(taskId) {
  const taskForm = await get('/api/workbench/tasks/' + encodeURIComponent(taskId));
  const task = taskForm.task;
  const formBox = el('div', 'form-box');
  const timelineBox = el('aside', 'timeline-box');
  const header = el('div', 'task-head');
  header.append(el('h1', 'view-title', task.name), el('p', 'card-line', [task.subject, task.processName].filter(Boolean).join(' · ')));
  if (task.due) {
    const due = el('p', 'card-line', '期限 ' + time(task.due));
    if (task.overdue) {
      due.appendChild(el('span', 'overdue', '逾期'));
    }
    header.appendChild(due);
  }
  const main = el('div', 'form-column');
  main.append(header, formBox);
  const layout = el('div', 'task-layout');
  layout.append(main, timelineBox);
  show(layout);
  const draftKey = 'task-' + task.id;
  const pending = queue().find((q) => q.kind === 'task' && q.id === task.id);
  const form = await renderForm(formBox, taskForm.schema, taskForm.data, draftKey);
  main.appendChild(submitButton('提交', () => submitTask(task, form, draftKey)));
  if (pending) {
    notice('离线：已保存，联网后自动提交', 'queued');
  }
  showTimelineInto(timelineBox, task.processInstanceId);
}

async function submitTask(task, form, draftKey) {
  const values = valuesOf(form);
  if (!values) {
    return;
  }
  const earlier = queue().find((q) => q.kind === 'task' && q.id === task.id);
  const item = earlier || { kind: 'task', id: task.id, name: task.name, idempotencyKey: newKey(), draftKey };
  item.values = values;
  enqueue(item);
  await deliver(item, true);
}

// ---------- 发起 ----------

async function showStartList() {
  const processes = await get('/api/workbench/start-forms');
  show(heading('发起'), list(processes.map((p) => card(p.name, [p.description],
    () => { location.hash = '#/start/' + encodeURIComponent(p.key); })), '没有可以发起的流程。'));
}

async function showStartForm(processKey) {
  const startForm = await get('/api/workbench/start-forms/' + encodeURIComponent(processKey));
  const formBox = el('div', 'form-box');
  const main = el('div', 'form-column');
  main.append(heading(startForm.name), formBox);
  show(main);
  const draftKey = 'start-' + startForm.key;
  const form = await renderForm(formBox, startForm.schema, startForm.data, draftKey);
  main.appendChild(submitButton('提交', async () => {
    const values = valuesOf(form);
    if (values) {
      const item = { kind: 'start', id: startForm.key, name: startForm.name, idempotencyKey: newKey(), draftKey, values };
      enqueue(item);
      await deliver(item, true);
    }
  }));
}

// ---------- the queue of completions (exactly once: the server keeps each Idempotency-Key's answer) ----------

function newKey() {
  if (crypto.randomUUID) {
    return crypto.randomUUID();
  }
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

function queue() {
  return recall(key('queue', 'completions')) || [];
}

function enqueue(item) {
  remember(key('queue', 'completions'), queue().filter((q) => q.idempotencyKey !== item.idempotencyKey).concat([item]));
}

function dequeue(item) {
  remember(key('queue', 'completions'), queue().filter((q) => q.idempotencyKey !== item.idempotencyKey));
}

function deliveryPath(item) {
  return item.kind === 'task'
    ? '/api/workbench/tasks/' + encodeURIComponent(item.id) + '/complete'
    : '/api/workbench/start-forms/' + encodeURIComponent(item.id);
}

/** Sends one queued completion; {@code here}: the user is looking at its form (a refusal is shown there). */
async function deliver(item, here) {
  let answer;
  try {
    answer = await send('POST', deliveryPath(item), { values: item.values }, { 'Idempotency-Key': item.idempotencyKey });
  } catch (e) {
    if (e instanceof Offline) {
      notice('离线：已保存，联网后自动提交', 'queued');
      return;
    }
    if (e.status !== 401) {
      dequeue(item);
    }
    notice((here ? '' : item.name + '：') + e.message, 'error');
    return;
  }
  dequeue(item);
  forgetDraft(item.draftKey);
  confirmed(item, answer, here);
}

function nextStepText(answer) {
  if (answer.processEnded) {
    return '流程已结束';
  }
  if (!answer.next || !answer.next.length) {
    return answer.inBackground ? '正在后台汇总（如统计评议结果），稍后可在“我的事项”查看' : '等待其他人办理';
  }
  const byName = new Map();
  answer.next.forEach((step) => {
    const who = step.candidateLabel || step.assignee || (step.candidateGroups || []).join('、');
    const names = byName.get(step.name) || [];
    if (who && !names.includes(who)) {
      names.push(who);
    }
    byName.set(step.name, names);
  });
  return '下一步：' + Array.from(byName, ([name, who]) => name + (who.length ? '（' + who.join('、') + '）' : '')).join('；');
}

function confirmed(item, answer, here) {
  const next = nextStepText(answer);
  notice('已提交：' + item.name + '。' + next, 'done');
  if (here && state.form) {
    state.form.destroy();
    state.form = null;
    const box = el('div', 'confirmation');
    box.append(el('h1', 'view-title', '已提交'), el('p', 'confirmed-task', item.name), el('p', 'next-step', next));
    const back = el('a', 'button', '返回待办');
    back.href = '#/todo';
    box.appendChild(back);
    if (answer.processInstanceId) {
      const timeline = el('a', 'button', '查看进度');
      timeline.href = '#/cases/' + encodeURIComponent(answer.processInstanceId);
      box.appendChild(timeline);
    }
    show(box);
  }
}

let flushing = false;

async function flushQueue() {
  if (flushing || !queue().length) {
    return;
  }
  flushing = true;
  try {
    await refreshSession();
    for (const item of queue()) {
      await deliver(item, false);
    }
  } finally {
    flushing = false;
  }
}

async function flushDrafts() {
  const prefix = key('draft', '');
  for (let i = 0; i < localStorage.length; i++) {
    const name = localStorage.key(i);
    if (name && name.startsWith(prefix)) {
      const draftKey = name.slice(prefix.length);
      const draft = recall(name);
      if (draft && recall(key('draft-sent', draftKey)) !== draft.savedAt) {
        await putDraft(draftKey);
      }
    }
  }
}

// ---------- 已办, 我的事项, the timeline, the inbox ----------

async function showDone() {
  const done = await get('/api/workbench/done?page=0&size=50');
  show(heading('已办'), list(done.content.map((t) => card(t.name, [t.subject, t.processName, '办理于 ' + time(t.completedAt)],
    () => { location.hash = '#/cases/' + encodeURIComponent(t.processInstanceId); })), '还没有办理过的任务。'));
}

async function showCases(query) {
  const filters = await get('/api/workbench/cases/filters');
  const params = new URLSearchParams(query);
  const chosen = { township: params.get('township') || '', kind: params.get('kind') || '', status: params.get('status') || '' };
  const cases = await get('/api/workbench/cases?' + new URLSearchParams({ ...chosen, page: '0', size: '50' }));
  const items = cases.content.map(caseCard);
  const exported = el('a', 'button export', '导出 Excel（' + cases.totalElements + ' 项）');
  exported.href = '/api/workbench/cases.xlsx?' + new URLSearchParams(chosen);
  exported.setAttribute('download', '');
  const more = cases.totalElements > items.length ? el('p', 'empty', '只显示最近 ' + items.length + ' 项；全部请导出 Excel 或缩小筛选。') : null;
  show(heading('我的事项'), filterBar(filters, params), exported, list(items, '没有事项。'), ...(more ? [more] : []));
}

function caseCard(c) {
  const status = el('span', 'card-line');
  status.append(el('span', 'status', c.statusLabel), c.deadline ? ' · 期限 ' + time(c.deadline) : '');
  const item = card(c.kindLabel + '：' + c.title, [c.organizationName, status, '更新于 ' + time(c.updatedAt)], () => {
    if (c.processInstanceId) {
      location.hash = '#/cases/' + encodeURIComponent(c.processInstanceId);
    }
  });
  item.dataset.kind = c.kind;
  item.dataset.id = c.id;
  item.dataset.status = c.status;
  return item;
}

function select(name, label, options, selected) {
  const wrap = el('label', 'filter', label);
  const box = el('select');
  box.name = name;
  box.appendChild(new Option('全部', ''));
  options.forEach(([value, text]) => box.appendChild(new Option(text, value, false, value === selected)));
  wrap.appendChild(box);
  return wrap;
}

function filterBar(filters, params) {
  const bar = el('form', 'filters');
  if (filters.townships.length > 1) {
    bar.appendChild(select('township', '苏木镇', filters.townships.map((t) => [t.code, t.name]), params.get('township')));
  }
  bar.appendChild(select('kind', '类型', filters.kinds.map((k) => [k.kind, k.label]), params.get('kind')));
  const kind = params.get('kind');
  const statuses = filters.statuses.filter((s) => !kind || s.kind === kind);
  const seen = new Set();
  bar.appendChild(select('status', '状态', statuses.filter((s) => !seen.has(s.status) && seen.add(s.status))
    .map((s) => [s.status, s.label]), params.get('status')));
  bar.addEventListener('change', () => {
    const chosen = new URLSearchParams(new FormData(bar));
    location.hash = '#/cases?' + chosen;
  });
  return bar;
}

async function showTimelineInto(container, processInstanceId) {
  container.replaceChildren(el('p', 'empty', '正在加载进度…'));
  try {
    const timeline = await get('/api/workbench/timeline/' + encodeURIComponent(processInstanceId));
    container.replaceChildren(timelineOf(timeline));
  } catch (e) {
    container.replaceChildren(el('p', 'empty', e.message));
  }
}

function timelineOf(t) {
  const box = el('div', 'timeline');
  box.append(el('h2', null, t.title || t.processName), el('p', 'card-line',
    [t.processName, t.state, t.startedByName ? '发起人 ' + t.startedByName : ''].filter(Boolean).join(' · ')));
  const steps = el('ol', 'steps');
  t.steps.forEach((s) => {
    const step = el('li', 'step step-' + String(s.type).toLowerCase() + (s.open ? ' open' : ''));
    step.append(el('strong', null, s.name), el('span', 'card-line', [s.whoName || s.who, time(s.at)].filter(Boolean).join(' · ')));
    if (s.open) {
      step.appendChild(el('span', 'card-line', '办理中' + (s.due ? '，期限 ' + time(s.due) : '')));
    }
    if (s.decision) {
      step.appendChild(el('span', 'decision', s.decision));
    }
    if (s.opinion) {
      step.appendChild(el('p', 'opinion', s.opinion));
    }
    if (s.urgeable) {
      step.appendChild(urgeControl(s, t.processInstanceId, box));
    }
    steps.appendChild(step);
  });
  box.appendChild(steps);
  return box;
}

/** 催办 an open task (org-dept, or whoever started the case): an optional note, at most once an hour per task. */
function urgeControl(step, processInstanceId, box) {
  const form = el('form', 'urge');
  const note = el('input');
  note.name = 'note';
  note.maxLength = 200;
  note.placeholder = '催办说明（可不填）';
  note.setAttribute('aria-label', '催办说明');
  const button = el('button', 'button urge-button', '催办');
  button.type = 'submit';
  form.append(note, button);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    try {
      await send('POST', '/api/tasks/' + encodeURIComponent(step.taskId) + '/urge', { note: note.value.trim() || null });
      notice('已催办：' + step.name, 'done');
      await showTimelineInto(box.parentElement, processInstanceId);
    } catch (e) {
      notice(e instanceof Offline ? '离线，催办未发出，联网后再试。' : e.message, 'error');
      button.disabled = false;
    }
  });
  return form;
}

async function showCase(processInstanceId) {
  const box = el('div', 'timeline-page');
  show(box);
  await showTimelineInto(box, processInstanceId);
}

async function showInbox() {
  const [page, preferences] = await Promise.all([get('/api/inbox?page=0&size=50'), get('/api/notification/preferences')]);
  const readAll = el('button', 'button read-all', '全部标为已读');
  readAll.type = 'button';
  readAll.hidden = !page.content.some((m) => !m.read);
  readAll.addEventListener('click', async () => {
    try {
      await send('POST', '/api/inbox/read-all');
      await showInbox();
    } catch (e) {
      notice(e instanceof Offline ? '离线，联网后再试。' : e.message, 'error');
    }
  });
  show(heading('消息'), readAll, list(page.content.map((m) => {
    const item = card(m.title, [m.body, time(m.createdAt)], async () => {
      try {
        await send('POST', '/api/inbox/' + m.id + '/read');
      } catch (e) {
        // read or not, the link opens
      }
      if (m.link) {
        location.href = m.link;
      }
    });
    item.classList.toggle('unread', !m.read);
    return item;
  }), '没有消息。'), preferencesForm(preferences));
  refreshBadge();
}

/** 消息设置: e-mail on or off, one daily digest instead of single mails, quiet hours (Beijing time; the inbox always gets everything). */
function preferencesForm(p) {
  const form = el('form', 'preferences');
  form.appendChild(el('h2', null, '消息设置'));
  const check = (name, label, checked) => {
    const wrap = el('label', 'check');
    const box = el('input');
    box.type = 'checkbox';
    box.name = name;
    box.checked = Boolean(checked);
    wrap.append(box, ' ' + label);
    form.appendChild(wrap);
  };
  // half-hour steps in a list: 24-hour and Chinese whatever the phone's own locale (a native time field may show AM/PM)
  const clock = (name, label, value) => {
    const wrap = el('label', 'clock', label);
    const box = el('select');
    box.name = name;
    box.appendChild(new Option('不设', ''));
    for (let minutes = 0; minutes < 24 * 60; minutes += 30) {
      const hhmm = String(Math.floor(minutes / 60)).padStart(2, '0') + ':' + String(minutes % 60).padStart(2, '0');
      box.appendChild(new Option(hhmm, hhmm, false, hhmm === value));
    }
    if (value && box.value !== value) {
      box.appendChild(new Option(value, value, false, true));
    }
    wrap.appendChild(box);
    return wrap;
  };
  check('emailEnabled', '接收邮件通知', p.emailEnabled);
  check('dailyDigest', '邮件改为每日汇总一封', p.dailyDigest);
  const quiet = el('div', 'quiet');
  quiet.append(el('span', null, '免打扰时段（不发邮件和群消息，站内消息照常）'), clock('quietStart', '从', p.quietStart),
    clock('quietEnd', '到', p.quietEnd));
  form.appendChild(quiet);
  const save = el('button', 'button', '保存设置');
  save.type = 'submit';
  form.appendChild(save);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { emailEnabled: form.emailEnabled.checked, dailyDigest: form.dailyDigest.checked,
      quietStart: form.quietStart.value || null, quietEnd: form.quietEnd.value || null };
    try {
      await send('PUT', '/api/notification/preferences', body);
      notice('已保存消息设置。', 'done');
    } catch (e) {
      notice(e instanceof Offline ? '离线，设置未保存，联网后再试。' : e.message, 'error');
    }
  });
  return form;
}

async function refreshBadge() {
  const badge = document.getElementById('unread');
  try {
    const count = await get('/api/inbox/unread-count');
    badge.textContent = count.unread > 99 ? '99+' : String(count.unread);
    badge.hidden = !count.unread;
  } catch (e) {
    badge.hidden = true;
  }
}

// ---------- 工具: the feature modules' own views ----------

// A feature's view lives in its own script, loaded by index.html before this one, which adds
// { pattern, show, tool: { href, label, description } } to window.WORKBENCH_VIEWS; its show(match)
// may use this file's helpers (get, send, el, show, heading, list, card, notice, failure).
const VIEWS = window.WORKBENCH_VIEWS || [];

async function showTools() {
  const tools = VIEWS.filter((v) => v.tool).map((v) => v.tool);
  show(heading('工具'), list(tools.map((t) => card(t.label, [t.description],
    () => { location.hash = t.href; })), '没有可用的工具。'));
}

// ---------- routes, session, start ----------

const ROUTES = [
  ...VIEWS.map((v) => [v.pattern, 'tools', v.show]),
  [/^#\/tools$/, 'tools', showTools],
  [/^#\/tasks\/([^/?]+)$/, 'todo', (m) => showTask(decodeURIComponent(m[1]))],
  [/^#\/start\/([^/?]+)$/, 'start', (m) => showStartForm(decodeURIComponent(m[1]))],
  [/^#\/cases\/([^/?]+)$/, 'cases', (m) => showCase(decodeURIComponent(m[1]))],
  [/^#\/cases(?:\?(.*))?$/, 'cases', (m) => showCases(m[1] || '')],
  [/^#\/done$/, 'done', showDone],
  [/^#\/start$/, 'start', showStartList],
  [/^#\/inbox$/, 'inbox', showInbox],
  [/^(#\/todo)?$/, 'todo', showTodo],
];

async function route() {
  if (!document.getElementById('notice').classList.contains('done') && !document.getElementById('notice').classList.contains('queued')) {
    notice('');
  }
  if (state.form) {
    state.form.destroy();
    state.form = null;
  }
  clearTimeout(state.draftTimer);
  const hash = location.hash === '#' ? '' : location.hash;
  const found = ROUTES.find(([pattern]) => pattern.test(hash)) || ROUTES[ROUTES.length - 1];
  document.querySelectorAll('#tabs a').forEach((a) => a.classList.toggle('active', a.dataset.tab === found[1]));
  show(el('p', 'empty', '正在加载…'));
  const turn = ++state.routeTurn;
  try {
    await found[2](hash.match(found[0]) || []);
  } catch (e) {
    failure(e);
  }
  if (turn === state.routeTurn) {
    state.routeShown = turn;
  } else if (state.routeShown === state.routeTurn) {
    // a later view (a tap while this one was loading) was shown first and this slower one covered it: show it again
    route();
  }
}

async function refreshSession() {
  try {
    const session = await send('GET', '/api/session');
    state.user = session.userId;
    state.csrf = session.csrfToken;
    state.displayName = session.displayName;
    localStorage.setItem('wb:session', JSON.stringify(session));
    return true;
  } catch (e) {
    if (!(e instanceof Offline)) {
      return false;
    }
    const copy = recall('wb:session');
    if (copy) {
      state.user = copy.userId;
      state.csrf = copy.csrfToken;
      state.displayName = copy.displayName;
    }
    setOffline(true);
    return Boolean(copy);
  }
}

async function logout() {
  try {
    await send('POST', '/admin/logout');
  } catch (e) {
    // offline: the session ends on the server when it times out
  }
  localStorage.removeItem('wb:session');
  location.href = '/admin/login?next=' + encodeURIComponent('/workbench/');
}

async function start() {
  if (!(await refreshSession())) {
    toLogin();
    return;
  }
  const who = document.getElementById('user');
  who.textContent = state.displayName || state.user;
  who.title = state.user;
  who.dataset.user = state.user;
  document.getElementById('logout').addEventListener('click', logout);
  window.addEventListener('hashchange', route);
  window.addEventListener('online', async () => {
    setOffline(false);
    await flushQueue();
    await flushDrafts();
  });
  window.addEventListener('offline', () => setOffline(true));
  setInterval(() => {
    if (queue().length) {
      flushQueue();
    }
  }, RETRY_MS);
  await route();
  refreshBadge();
  // after the first view: the worker's own downloads do not compete with it on a slow connection
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/workbench/sw.js', { scope: '/workbench/' }).catch(() => undefined);
  }
  if (navigator.onLine) {
    await flushQueue();
    await flushDrafts();
  }
}

start();
