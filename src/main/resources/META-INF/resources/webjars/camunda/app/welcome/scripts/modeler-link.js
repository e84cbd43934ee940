// Excellence: the process modeler (/admin/modeler) is an app for platform administrators only. The welcome
// page lists the apps a user may use; the server decides (200 for camunda-admin, 403 or the login for others),
// so the modeler is offered exactly to those it lets in.
function addModelerTile(apps) {
  if (apps.querySelector('.modeler-app')) {
    return;
  }
  const tile = document.createElement('div');
  tile.className = 'col-xs-3 modeler-app';
  const name = document.createElement('h3');
  name.className = 'app-name';
  const link = document.createElement('a');
  link.href = '/admin/modeler';
  link.textContent = '流程建模器';
  name.appendChild(link);
  tile.appendChild(name);
  apps.appendChild(tile);
}

function offerModeler() {
  const apps = document.querySelector('.welcome-page .webapps .row:last-child');
  if (!apps) {
    return false;
  }
  fetch('/admin/modeler', {method: 'HEAD', credentials: 'same-origin', redirect: 'manual'})
    .then(response => {
      if (response.ok) {
        addModelerTile(apps);
      }
    })
    .catch(() => undefined);
  return true;
}

const started = Date.now();
const timer = setInterval(() => {
  if (offerModeler() || Date.now() - started > 20000) {
    clearInterval(timer);
  }
}, 300);
