// 花名册导入 (#/roster): download the template, choose a roster (.xlsx), 预览 shows the counts and every row error,
// 导入 (enabled only when there is none) saves it in one go. Uses workbench.js's helpers at call time.
(function () {
  const IMPORT = '/api/organization/members/import';

  /** The file sent (multipart): the report, or a refusal carrying the server's words and its report. */
  async function upload(file, apply) {
    const body = new FormData();
    body.append('file', file);
    return send('POST', IMPORT + '?apply=' + apply, body);
  }

  function counts(report) {
    return '共 ' + report.rows + ' 行：新增 ' + report.inserted + ' 人，更新 ' + report.updated + ' 人，不变 '
      + report.unchanged + ' 人' + (report.errorCount ? '；错误 ' + report.errorCount + ' 处' : '');
  }

  function errorTable(report) {
    const table = el('table', 'roster-errors');
    table.style.cssText = 'width: 100%; border-collapse: collapse; background: #fff; font-size: 14px; table-layout: fixed;';
    const head = table.createTHead().insertRow();
    [['行', '3.5em'], ['列', '6em'], ['问题', 'auto']].forEach(([text, width]) => {
      const th = el('th', null, text);
      th.style.cssText = 'text-align: left; padding: 6px 4px; border-bottom: 1px solid #ddd; width: ' + width + ';';
      head.appendChild(th);
    });
    const body = table.createTBody();
    report.errors.forEach((e) => {
      const row = body.insertRow();
      row.dataset.row = e.row;
      const message = el('span', null, e.message);
      const value = e.value ? el('small', 'card-line', '（填写的是：' + e.value + '）') : null;
      [String(e.row), e.column, null].forEach((text, i) => {
        const cell = row.insertCell();
        cell.style.cssText = 'padding: 6px 4px; border-bottom: 1px solid #eee; vertical-align: top; overflow-wrap: anywhere;';
        if (i < 2) {
          cell.textContent = text;
        } else {
          cell.append(message, ...(value ? [el('br'), value] : []));
        }
      });
    });
    return table;
  }

  async function showRoster() {
    const template = el('a', 'button', '下载导入模板');
    template.href = IMPORT + '-template';
    template.setAttribute('download', '');
    const picker = el('input');
    picker.type = 'file';
    picker.id = 'roster-file';
    picker.accept = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    picker.style.cssText = 'display: block; max-width: 100%; margin: 12px 0 4px;';
    const label = el('label', null, '选择填好的花名册（.xlsx）');
    label.htmlFor = picker.id;
    const preview = el('button', 'primary', '预览');
    preview.type = 'button';
    preview.id = 'roster-preview';
    const apply = el('button', 'primary', '导入');
    apply.type = 'button';
    apply.id = 'roster-apply';
    apply.disabled = true;
    const result = el('div', 'roster-result');
    result.id = 'roster-result';

    function render(report, title) {
      result.replaceChildren(el('p', report.errorCount ? 'error' : 'status', title), el('p', 'roster-counts', counts(report)));
      if (report.errors.length) {
        result.appendChild(errorTable(report));
      }
      if (report.errorCount > report.errors.length) {
        result.appendChild(el('p', 'card-line', '只列出前 ' + report.errors.length + ' 处错误。'));
      }
    }

    async function run(applying) {
      const file = picker.files[0];
      if (!file) {
        notice('请先选择要导入的 Excel 文件（.xlsx）。', 'error');
        return;
      }
      preview.disabled = true;
      apply.disabled = true;
      result.replaceChildren(el('p', 'empty', applying ? '正在导入…' : '正在检查…'));
      try {
        const report = await upload(file, applying);
        if (applying) {
          render(report, '已导入');
          notice('已导入：新增 ' + report.inserted + ' 人，更新 ' + report.updated + ' 人，不变 ' + report.unchanged + ' 人。', 'done');
        } else {
          render(report, report.errorCount ? '有错误：请按下表修改文件后重新选择' : '检查无误，可以导入');
          apply.disabled = report.errorCount > 0;
        }
      } catch (e) {
        if (e.report) {
          render(e.report, e.message);
        } else {
          result.replaceChildren(el('p', 'error', e.message));
        }
        notice(e.message, 'error');
      } finally {
        preview.disabled = false;
      }
    }

    picker.addEventListener('change', () => {
      apply.disabled = true;
      result.replaceChildren();
      notice('');
    });
    preview.addEventListener('click', () => run(false));
    apply.addEventListener('click', () => run(true));
    const box = el('div', 'confirmation');
    box.append(el('p', 'card-line', '按模板填写党员信息（最多 50,000 行、10 MB），以公民身份号码识别党员：先预览，无误后导入；'
      + '同一文件再次导入不会重复。'), template, label, picker, preview, apply);
    show(heading('花名册导入'), box, result);
  }

  window.WORKBENCH_VIEWS = window.WORKBENCH_VIEWS || [];
  window.WORKBENCH_VIEWS.push({
    pattern: /^#\/roster$/,
    show: showRoster,
    tool: { href: '#/roster', label: '花名册导入', description: '从 Excel 导入党员花名册：下载模板，预览逐行错误，无误后一次导入' },
  });
})();
