'use strict';

// The form pieces the feature views share: a labelled field, an input (text, number, date, file, checkbox, textarea or
// select), a select of [value, text] options, and a form whose button stays disabled while it sends and which tells a
// refusal in the notice line. Loaded before the views; uses workbench.js's el and notice at call time.
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

  return { field, input, choice, form };
})();
