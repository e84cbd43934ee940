'use strict';

// The form pieces the feature views share: a labelled field, an input (text, number, date, file, checkbox, textarea or
// select), a select of [value, text] options, a form whose button stays disabled while it sends and which tells a
// refusal in the notice line, and an Excel import panel (预览, then 导入). Loaded before the views; uses workbench.js's el,
// send and notice at call time.
window.WORKBENCH_FORMS = (function () {
  function field(label, input) {
    const wrap = el('label', 'post-field');
    wrap.append(el('span', null, label), input);
    return wrap;
  }

  function input(name, type, attributes) {
    const box = el(type === 'textarea' || type === 'select' ? type : 'input');
    box.name = name;
    if (type !== 'textarea' && type !== 'select') {
      box.type = type;
    }
    Object.entries(attributes || {}).forEach(([k, v]) => box.setAttribute(k, v));
    return box;
  }

  function choice(name, options) {
    const box = el('select');
    box.name = name;
    options.forEach(([value, text]) => box.appendChild(new Option(text, value)));
    return box;
  }

  function form(className, fields, label, onSubmit) {
    const box = el('form', 'post-form ' + className);
    fields.forEach((f) => box.appendChild(f));
    const button = el('button', 'primary', label);
    button.type = 'submit';
    box.appendChild(button);
    box.addEventListener('submit', async (event) => {
      event.preventDefault();
      button.disabled = true;
      try {
        await onSubmit(new FormData(box));
      } catch (e) {
        notice(e.message, 'error');
      } finally {
        button.disabled = false;
      }
    });
    return box;
  }

  /** The rows a preview refused: row, column, and the problem with what was written there. */
  function errorTable(className, report) {
    const table = el('table', className);
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

  /**
   * An Excel (.xlsx) import: a template link, a file picker, 预览 (the counts and every refused row) and 导入, enabled only
   * when the preview found no error. The ids and classes start with options.prefix (-file, -preview, -apply, -result,
   * table -errors); options.path is the import endpoint (?apply=false|true, the file as multipart), options.counts(report)
   * words a report's figures, options.applied(report) tells the saved import. Returns [the panel, the result box].
   */
  function importPanel(options) {
    const { prefix, path } = options;
    const template = el('a', 'button', options.templateLabel);
    template.href = options.templateHref;
    template.setAttribute('download', '');
    const picker = input('file', 'file', { accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    picker.id = prefix + '-file';
    picker.style.cssText = 'display: block; max-width: 100%; margin: 12px 0 4px;';
    const label = el('label', null, options.fileLabel);
    label.htmlFor = picker.id;
    const preview = el('button', 'primary', '预览');
    preview.type = 'button';
    preview.id = prefix + '-preview';
    const apply = el('button', 'primary', '导入');
    apply.type = 'button';
    apply.id = prefix + '-apply';
    apply.disabled = true;
    const result = el('div', prefix + '-result');
    result.id = prefix + '-result';

    function render(report, title) {
      result.replaceChildren(el('p', report.errorCount ? 'error' : 'status', title), el('p', prefix + '-counts', options.counts(report)));
      if (report.errors.length) {
        result.appendChild(errorTable(prefix + '-errors', report));
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
        const body = new FormData();
        body.append('file', file);
        const report = await send('POST', path + '?apply=' + applying, body);
        if (applying) {
          render(report, '已导入');
          await options.applied(report);
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
    box.append(el('p', 'card-line', options.intro), template, label, picker, preview, apply);
    return [box, result];
  }

  return { field, input, choice, form, importPanel };
})();
