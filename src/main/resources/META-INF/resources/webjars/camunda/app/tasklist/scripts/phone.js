// Excellence: Tasklist on a phone. Below 768 px Tasklist stacks filters, task list and task one under
// the other, so an opened task's form lands off-screen: it is scrolled into view. Tasklist says nothing
// when a task is completed (it just closes it): a Chinese notice names the task that was submitted.
const NARROW = window.matchMedia('(max-width: 767px)');

function openedTaskId() {
  const match = window.location.hash.match(/[?&]task=([^&]+)/);
  return match ? decodeURIComponent(match[1]) : null;
}

function taskName() {
  const name = document.querySelector('.task-details h2.task');
  return name ? name.textContent.trim() : '';
}

// Scrolls the task into view once its name shows, and again once its form has rendered below it.
let scrolledTo = null;
function bringTaskIntoView() {
  const id = openedTaskId();
  if (!id || id === scrolledTo || !NARROW.matches) {
    scrolledTo = id;
    return;
  }
  scrolledTo = id;
  let named = false;
  const started = Date.now();
  const timer = setInterval(() => {
    const details = document.querySelector('.task-details');
    if (openedTaskId() !== id || Date.now() - started > 10000) {
      clearInterval(timer);
    } else if (details && taskName()) {
      if (!named) {
        named = true;
        details.scrollIntoView({ block: 'start' });
      }
      if (details.querySelector('.fjs-form, form[name]')) {
        details.scrollIntoView({ block: 'start' });
        clearInterval(timer);
      }
    }
  }, 100);
}

function showNotice(text) {
  let notice = document.getElementById('excellence-notice');
  if (!notice) {
    notice = document.createElement('div');
    notice.id = 'excellence-notice';
    notice.setAttribute('role', 'status');
    notice.setAttribute('aria-live', 'polite');
    document.body.appendChild(notice);
  }
  notice.textContent = text;
  notice.classList.add('shown');
  clearTimeout(showNotice.timer);
  showNotice.timer = setTimeout(() => notice.classList.remove('shown'), 6000);
}

// A successful POST …/task/{id}/submit-form is a completed task; its name is read before it closes.
const open = XMLHttpRequest.prototype.open;
const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  this.excellenceSubmit = method.toUpperCase() === 'POST' && /\/task\/[^/]+\/submit-form(\?|$)/.test(String(url));
  return open.call(this, method, url, ...rest);
};
XMLHttpRequest.prototype.send = function (...body) {
  if (this.excellenceSubmit) {
    const name = taskName();
    this.addEventListener('load', () => {
      if (this.status >= 200 && this.status < 300) {
        showNotice(name ? `已提交：${name}` : '已提交');
      }
    });
  }
  return send.apply(this, body);
};

window.addEventListener('hashchange', bringTaskIntoView);
bringTaskIntoView();

export default [];
