// The administrators' process modeler: bpmn-js with the Camunda 7 properties panel (camunda-bpmn-js,
// fetched from npm at build time), in Chinese. Validation, deployment, versions, differences and
// migration are the server's (/api/admin/process-models); this page only shows what it says.
import communityChinese from '/admin/modeler/vendor/i18n/zn.js';

const API = '/api/admin/process-models';
const $ = (id) => document.getElementById(id);

const state = { csrfToken: '', key: null, version: null, dirty: false, changes: 0, versions: [], previewed: null, lastActivity: Date.now() };

const dictionary = { ...communityChinese, ...(await fetch('/admin/modeler/modeler-zh.json').then((r) => (r.ok ? r.json() : {}))) };

function translate(template, replacements = {}) {
  const text = dictionary[template] || template;
  return text.replace(/{([^}]+)}/g, (whole, name) => (replacements[name] !== undefined ? replacements[name] : whole));
}

const modeler = new window.BpmnModeler({
  container: '#canvas',
  propertiesPanel: { parent: '#properties' },
  additionalModules: [{ translate: ['value', translate] }],
  keyboard: { bindTo: document }
});
window.excellenceModeler = modeler;

function status(text, kind = '') {
  const element = $('status');
  element.textContent = text;
  element.className = 'status ' + kind;
}

async function refreshSession() {
  const response = await fetch('/api/session', { headers: { 'X-Requested-With': 'XMLHttpRequest' }, credentials: 'same-origin' });
  if (!response.ok) {
    return null;
  }
  const session = await response.json();
  state.csrfToken = session.csrfToken;
  return session;
}

async function api(path, options = {}, retried = false) {
  const headers = { 'X-Requested-With': 'XMLHttpRequest', ...(options.headers || {}) };
  if (options.method && options.method !== 'GET') {
    headers['X-XSRF-TOKEN'] = state.csrfToken;
  }
  const response = await fetch(path, { ...options, headers, credentials: 'same-origin' });
  if (response.status === 401) {
    if (!state.dirty) {
      location.href = '/admin/login?next=/admin/modeler';
    }
    // keep the unsaved diagram: log in again in another tab, then repeat the action here
    window.open('/admin/login?next=/admin/modeler', '_blank');
    throw new Error('登录已过期：请在新打开的页面重新登录，然后回到这里再操作一次（修改还在）。');
  }
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : await response.text();
  if (response.status === 403 && !retried && body && String(body.detail || '').includes('防伪令牌') && await refreshSession()) {
    return api(path, options, true);
  }
  if (!response.ok) {
    const error = new Error((body && body.detail) || `请求失败（${response.status}）`);
    error.problems = (body && body.problems) || [];
    throw error;
  }
  return body;
}

function setDirty(dirty) {
  state.dirty = dirty;
  $('dirty').hidden = !dirty;
}

/** A diagram that is not a deployed version (new or from a file): no versions to compare or migrate. */
function forgetProcess() {
  state.key = null;
  state.version = null;
  ['versions-section', 'compare-section', 'audit-section'].forEach((id) => ($(id).hidden = true));
  document.querySelectorAll('#processes li.selected').forEach((li) => li.classList.remove('selected'));
}

function confirmDiscard() {
  return !state.dirty || window.confirm('当前流程图有未部署的修改，确定放弃吗？');
}

async function open(xml, title) {
  clearProblems();
  await modeler.importXML(xml);
  modeler.get('canvas').zoom('fit-viewport', 'auto');
  $('diagram-title').textContent = title;
  ['download', 'validate', 'deploy'].forEach((id) => ($(id).disabled = false));
  setDirty(false);
}

function newDiagram() {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
  id="Definitions_NewProcess" targetNamespace="http://excellence.cn/bpmn">
  <bpmn:process id="NewProcess" name="新流程" isExecutable="true" camunda:historyTimeToLive="P180D">
    <bpmn:startEvent id="StartEvent_Started" name="开始" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_NewProcess">
    <bpmndi:BPMNPlane id="BPMNPlane_NewProcess" bpmnElement="NewProcess">
      <bpmndi:BPMNShape id="StartEvent_Started_di" bpmnElement="StartEvent_Started">
        <dc:Bounds x="180" y="160" width="36" height="36" />
      </bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>`;
  forgetProcess();
  return open(xml, '新流程图（请在属性面板里设置流程编号和名称）');
}

async function loadProcesses() {
  const processes = await api(API);
  const list = $('processes');
  list.replaceChildren(...processes.map((p) => {
    const item = document.createElement('li');
    item.dataset.key = p.key;
    item.className = p.key === state.key ? 'selected' : '';
    item.append(p.name || p.key);
    const detail = document.createElement('small');
    detail.textContent = `${p.key} · 第 ${p.latestVersion} 版 · 运行中 ${p.runningInstances}`;
    item.append(detail);
    item.addEventListener('click', guarded(() => confirmDiscard() && openVersion(p.key, p.latestVersion)));
    return item;
  }));
}

async function openVersion(key, version) {
  const xml = await api(`${API}/${encodeURIComponent(key)}/versions/${version}/xml`);
  await open(xml, `${key} · 第 ${version} 版`);
  state.key = key;
  state.version = version;
  status(`已打开 ${key} 第 ${version} 版。`);
  await Promise.all([loadProcesses(), loadVersions(key), loadAudit(key)]);
}

async function loadVersions(key) {
  state.versions = await api(`${API}/${encodeURIComponent(key)}/versions`);
  $('versions-key').textContent = key;
  $('versions-section').hidden = false;
  $('versions').replaceChildren(...state.versions.map((v) => {
    const item = document.createElement('li');
    item.dataset.version = v.version;
    item.className = v.version === state.version ? 'selected' : '';
    item.textContent = `第 ${v.version} 版`;
    const detail = document.createElement('small');
    detail.textContent = `运行中的实例 ${v.runningInstances}`;
    item.append(detail);
    item.addEventListener('click', guarded(() => confirmDiscard() && openVersion(key, v.version)));
    return item;
  }));
  const options = () => state.versions.map((v) => new Option(`第 ${v.version} 版`, v.version));
  $('from-version').replaceChildren(...options());
  $('to-version').replaceChildren(...options());
  if (state.versions.length > 1) {
    $('from-version').value = state.versions[state.versions.length - 2].version;
    $('to-version').value = state.versions[state.versions.length - 1].version;
  }
  $('compare-section').hidden = state.versions.length < 2;
  $('migrate').disabled = true;
  state.previewed = null;
  $('compare-result').textContent = '';
}

/** Where a deployment came from, in words: the deployment's source as the engine recorded it. */
function sourceLabel(source) {
  return source === 'excellence-modeler' ? '本建模器' : source || '';
}

async function loadAudit(key) {
  const entries = await api(`${API}/${encodeURIComponent(key)}/deployments`);
  $('audit-section').hidden = entries.length === 0;
  $('audit').replaceChildren(...entries.map((e) => {
    const item = document.createElement('li');
    item.textContent = `第 ${e.version} 版 · ${e.deployedBy} · ${sourceLabel(e.source)} · ${String(e.deployedAt).replace('T', ' ').slice(0, 16)}`;
    const detail = document.createElement('small');
    detail.textContent = e.changes;
    item.append(detail);
    return item;
  }));
}

async function copy(text) {
  try {
    await navigator.clipboard.writeText(text);
    status(`已复制 ${text}`, 'ok');
  } catch (e) {
    status(`请手动复制：${text}`);
  }
}

async function loadCatalog() {
  const catalog = await api(`${API}/catalog`);
  const item = (text, detail) => {
    const li = document.createElement('li');
    li.textContent = text;
    li.title = detail ? `${detail} · 点击复制` : '点击复制';
    li.addEventListener('click', () => copy(text));
    return li;
  };
  $('catalog-forms').replaceChildren(...catalog.forms.map((id) => item(id)));
  $('catalog-delegates').replaceChildren(...catalog.delegates.map((d) => item(d.expression, d.kind)));
  $('forms-datalist').replaceChildren(...catalog.forms.map((id) => new Option(id, id)));
  $('delegates-datalist').replaceChildren(...catalog.delegates.map((d) => new Option(d.kind, d.expression)));
}

/** The properties panel's form-reference and delegate-expression fields suggest what the server accepts. */
function suggestReferences() {
  document.querySelectorAll('#properties input[id$="formRef"]').forEach((input) => input.setAttribute('list', 'forms-datalist'));
  document.querySelectorAll('#properties input[id$="delegateExpression"]')
    .forEach((input) => input.setAttribute('list', 'delegates-datalist'));
}
new MutationObserver(suggestReferences).observe($('properties'), { childList: true, subtree: true });

function clearProblems() {
  const canvas = modeler.get('canvas');
  modeler.get('elementRegistry').forEach((element) => canvas.removeMarker(element, 'has-problem'));
  modeler.get('overlays').remove({ type: 'problem' });
  $('problems').replaceChildren();
  $('problems-section').hidden = true;
}

function showProblems(problems) {
  clearProblems();
  const registry = modeler.get('elementRegistry');
  const canvas = modeler.get('canvas');
  const overlays = modeler.get('overlays');
  const counts = {};
  problems.forEach((p) => {
    const element = p.elementId && registry.get(p.elementId);
    const item = document.createElement('li');
    item.dataset.elementId = p.elementId || '';
    if (p.elementId) {
      const code = document.createElement('code');
      code.textContent = p.elementId;
      item.append(code, '：');
    }
    item.append(p.message);
    if (element) {
      canvas.addMarker(element, 'has-problem');
      counts[p.elementId] = (counts[p.elementId] || 0) + 1;
      item.addEventListener('click', () => {
        modeler.get('selection').select(element);
        canvas.scrollToElement(element);
      });
    }
    $('problems').append(item);
  });
  Object.entries(counts).forEach(([id, count]) => {
    const badge = document.createElement('span');
    badge.className = 'problem-badge';
    badge.textContent = `${count} 个问题`;
    overlays.add(id, 'problem', { position: { top: -12, right: 12 }, html: badge });
  });
  $('problems-section').hidden = problems.length === 0;
}

async function currentFile() {
  const { xml } = await modeler.saveXML({ format: true });
  const key = processKey() || 'process';
  return { xml, name: `${key}.bpmn` };
}

function processKey() {
  const root = modeler.get('canvas').getRootElement();
  const process = root.businessObject.processRef || root.businessObject;
  return process && process.id;
}

function form(file) {
  const data = new FormData();
  data.append('file', new Blob([file.xml], { type: 'application/xml' }), file.name);
  return data;
}

async function validate() {
  const result = await api(`${API}/validate`, { method: 'POST', body: form(await currentFile()) });
  showProblems(result.problems);
  if (result.valid) {
    status('校验通过：可以部署。', 'ok');
  } else {
    status(`校验未通过：${result.problems.length} 个问题，已在图上标出。`, 'fail');
  }
  return result.valid;
}

async function deploy() {
  const file = await currentFile();
  const changesAtExport = state.changes;
  try {
    const deployed = await api(API, { method: 'POST', body: form(file) });
    clearProblems();
    // edits made while the request was on its way are not in this version
    setDirty(state.changes !== changesAtExport);
    state.key = deployed.processKey;
    state.version = deployed.version;
    $('diagram-title').textContent = `${deployed.processKey} · 第 ${deployed.version} 版`;
    status(`已部署 ${deployed.processKey} 第 ${deployed.version} 版。改动：${deployed.changes}`, 'ok');
    await Promise.all([loadProcesses(), loadVersions(deployed.processKey), loadAudit(deployed.processKey)]);
  } catch (e) {
    showProblems(e.problems || []);
    throw e;
  }
}

async function download() {
  const file = await currentFile();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([file.xml], { type: 'application/xml' }));
  link.download = file.name;
  link.click();
  URL.revokeObjectURL(link.href);
}

function selectedVersions() {
  return { fromVersion: Number($('from-version').value), toVersion: Number($('to-version').value) };
}

async function diff() {
  const from = $('from-version').value;
  const to = $('to-version').value;
  const d = await api(`${API}/${encodeURIComponent(state.key)}/diff?from=${from}&to=${to}`);
  const line = (label, ids) => `${label}（${ids.length}）：${ids.length ? ids.join('、') : '无'}`;
  showResult([`第 ${from} 版 → 第 ${to} 版`, line('新增', d.added), line('删除', d.removed), line('修改', d.changed)].join('\n'));
}

function showResult(text) {
  $('compare-result').textContent = text;
  $('compare-result').scrollIntoView({ block: 'nearest' });
}

function describe(preview, done) {
  const blocked = Object.entries(preview.blocked).map(([id, reason]) => `  ${id}：${reason}`);
  return [`${done ? '已迁移' : '可迁移'}的实例：${preview.movable.length}`,
    `不能迁移的实例：${blocked.length}`, ...blocked,
    `对应的环节：${preview.mappedActivities.join('、') || '无'}`].join('\n');
}

async function previewMigration() {
  const versions = selectedVersions();
  const preview = await api(`${API}/${encodeURIComponent(state.key)}/migration/preview`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(versions) });
  showResult(describe(preview, false));
  state.previewed = { key: state.key, ...versions };
  $('migrate').disabled = preview.movable.length === 0;
}

async function migrate() {
  const { key, fromVersion, toVersion } = state.previewed;
  if (!window.confirm(`确定把 ${key} 第 ${fromVersion} 版中可迁移的运行实例移到第 ${toVersion} 版吗？`)) {
    return;
  }
  const result = await api(`${API}/${encodeURIComponent(key)}/migration`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ fromVersion, toVersion }) });
  showResult(describe(result, true));
  $('migrate').disabled = true;
  status(`已迁移 ${result.movable.length} 个实例。`, 'ok');
  await Promise.all([loadProcesses(), loadVersions(state.key)]);
}

async function logout() {
  await api('/admin/logout', { method: 'POST' });
  location.href = '/admin/login';
}

function guarded(action) {
  return async (...args) => {
    try {
      await action(...args);
    } catch (e) {
      status(e.message, 'fail');
    }
  };
}

$('new-diagram').addEventListener('click', guarded(() => confirmDiscard() && newDiagram()));
$('open-file').addEventListener('change', guarded(async (event) => {
  const file = event.target.files[0];
  if (file && confirmDiscard()) {
    forgetProcess();
    await open(await file.text(), file.name);
  }
  event.target.value = '';
}));
$('download').addEventListener('click', guarded(download));
$('validate').addEventListener('click', guarded(validate));
$('deploy').addEventListener('click', guarded(deploy));
$('diff').addEventListener('click', guarded(diff));
$('migration-preview').addEventListener('click', guarded(previewMigration));
$('migrate').addEventListener('click', guarded(migrate));
$('logout').addEventListener('click', guarded(logout));
modeler.on('commandStack.changed', () => {
  state.changes += 1;
  setDirty(true);
});
['from-version', 'to-version'].forEach((id) => $(id).addEventListener('change', () => {
  // a migration runs only as previewed
  state.previewed = null;
  $('migrate').disabled = true;
}));
['pointerdown', 'keydown'].forEach((type) => document.addEventListener(type, () => (state.lastActivity = Date.now()), true));
// drawing sends nothing to the server: keep the login alive while someone works here (not for a forgotten tab)
setInterval(() => {
  if (Date.now() - state.lastActivity < 25 * 60 * 1000) {
    refreshSession();
  }
}, 4 * 60 * 1000);
window.addEventListener('beforeunload', (event) => {
  if (state.dirty) {
    event.preventDefault();
  }
});

guarded(async () => {
  const session = await refreshSession();
  if (!session) {
    location.href = '/admin/login?next=/admin/modeler';
    return;
  }
  $('user').textContent = `当前用户：${session.userId}`;
  await Promise.all([loadProcesses(), loadCatalog()]);
  status('请从左侧选择一个流程，或新建流程图。');
})();
