// fund-risk-campaign: Cockpit names the unit beside each process instance's business key (loaded by config.js
// as a custom script, an ES module). A unit's instances carry campaign_unit.id as their business key, a
// campaign's instance campaign.id; the key stays as it is, the name comes from /api/process-instances/labels,
// which names only what the user may see. It also writes the user's Chinese name in Chinese order.
const LABELS = '/api/process-instances/labels?ids=';
const known = new Map();
let pending = false;

function instanceOf(element) {
  if (!window.angular) {
    return null;
  }
  const scope = window.angular.element(element).scope();
  const instance = scope && scope.processInstance;
  return instance && instance.id ? instance : null;
}

function decorate(element, label) {
  if (!label || element.querySelector('.fr-unit')) {
    return;
  }
  const name = document.createElement('span');
  name.className = 'fr-unit';
  name.textContent = label.name;
  name.title = label.title;
  const key = element.querySelector('span.ng-scope') || element;
  key.appendChild(name);
}

/** Cockpit writes a user as "given family"; a Chinese name reads family name first (李明, not "明 李"). */
function names() {
  document.querySelectorAll('li.account > a.dropdown-toggle').forEach((link) => {
    const node = Array.from(link.childNodes).find((n) => n.nodeType === Node.TEXT_NODE && n.data.trim());
    const match = node && node.data.trim().match(/^([\u3400-\u9fff·]+) ([\u3400-\u9fff·]+)$/);
    if (match) {
      node.data = node.data.replace(match[0], match[2] + match[1]);
    }
  });
}

async function scan() {
  pending = false;
  names();
  const cells = Array.from(document.querySelectorAll('td.business-key, dd.business-key'));
  const wanted = [];
  cells.forEach((cell) => {
    const instance = instanceOf(cell);
    if (!instance) {
      return;
    }
    if (known.has(instance.id)) {
      decorate(cell, known.get(instance.id));
    } else if (!wanted.includes(instance.id)) {
      wanted.push(instance.id);
    }
  });
  if (!wanted.length) {
    return;
  }
  wanted.forEach((id) => known.set(id, null));
  const answer = await fetch(LABELS + wanted.slice(0, 200).map(encodeURIComponent).join(','),
    { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!answer.ok) {
    return;
  }
  const labels = await answer.json();
  Object.keys(labels).forEach((id) => known.set(id, labels[id]));
  cells.forEach((cell) => {
    const instance = instanceOf(cell);
    if (instance && known.get(instance.id)) {
      decorate(cell, known.get(instance.id));
    }
  });
}

function soon() {
  if (!pending) {
    pending = true;
    setTimeout(() => scan().catch((e) => console.error('fundrisk-cockpit', e)), 200);
  }
}

new MutationObserver(soon).observe(document.body || document.documentElement, { childList: true, subtree: true });
soon();

export default [];
