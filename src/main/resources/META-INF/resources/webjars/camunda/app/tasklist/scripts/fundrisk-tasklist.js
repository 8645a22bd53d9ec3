// fund-risk-campaign: Tasklist as a county clerk uses it (loaded by config.js as a custom script, an ES
// module; Tasklist imports it at start). Tasklist 7.24 offers no hooks for these, so the script watches the
// page and adjusts what it shows; every rule it relies on is still enforced by the engine:
//  - a task opened by one of its candidates is taken by him at once (Tasklist's own 签收), so the form is
//    usable without a separate click; someone who may only read the task is not offered 签收;
//  - links in a form to our pages (evidence, the unit page) open in a new tab, the evidence page knowing
//    the task so that its 返回 leads back to it;
//  - overdue tasks carry a red 超期N天 in the list and above the form; every filter shows its count; each
//    role sees only the filters meant for it (filter property "audience", see process/TasklistFilters);
//    新建任务 and 启动流程 only for the office and administrators;
//  - form-js speaks Chinese (validation messages, placeholders, buttons) and number fields refuse text
//    (fundrisk-forms.js);
//  - people's Chinese names in Chinese order (李明, not "明 李"); Tasklist's error box names the problem
//    in plain Chinese and sits where it covers no button (user-styles.css).
import { refuseText, translateForms } from './fundrisk-forms.js';

const base = document.querySelector('base');
const ENGINE = (base.getAttribute('engine-api') || '/camunda/api/engine/') + 'engine/default/';
const ADMIN = base.getAttribute('admin-api') || '/camunda/api/admin/';
const CAMPAIGN_WIDE = ['office', 'leaders', 'inspectors'];
const DAY = 24 * 60 * 60 * 1000;

const state = { me: null, handledTask: null, takenTask: null, countsAt: 0 };

async function get(path) {
  const answer = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!answer.ok) {
    throw new Error(path + ': ' + answer.status);
  }
  return answer.json();
}

/** The logged-in user and his groups: { user, groups }. */
async function whoAmI() {
  if (state.me) {
    return state.me;
  }
  const user = (await get(ADMIN + 'auth/user/default')).userId;
  const groups = (await get(ENGINE + 'group?member=' + encodeURIComponent(user))).map((g) => g.id);
  state.me = { user, groups };
  document.body.classList.toggle('fr-may-start', groups.includes('office') || groups.includes('camunda-admin'));
  return state.me;
}

function isUnitMember(me) {
  return me.groups.some((g) => g.startsWith('unit-'));
}

function isCampaignWide(me) {
  return me.groups.some((g) => CAMPAIGN_WIDE.includes(g));
}

const BEIJING_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit',
  day: '2-digit' });

/** The calendar day of an instant in Beijing, as a day number. */
function beijingDay(instant) {
  const [y, m, d] = BEIJING_DAY.format(instant).split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY;
}

/**
 * 超期N天: calendar days (Beijing) since the due day, so that a task due yesterday is 超期1天 and the count
 * agrees with Tasklist's "截止 N 天前"; 已超期 on the due day itself, once its time has passed.
 */
function overdueText(due) {
  const dueAt = new Date(due);
  const now = new Date();
  if (!(now > dueAt)) {
    return null;
  }
  const days = beijingDay(now) - beijingDay(dueAt);
  return days >= 1 ? '超期' + days + '天' : '已超期';
}

function badge(text) {
  const mark = document.createElement('span');
  mark.className = 'fr-overdue';
  mark.textContent = text;
  return mark;
}

function currentTaskId() {
  const query = location.hash.split('?')[1] || '';
  return new URLSearchParams(query).get('task');
}

// ---------------------------------------------------------------- the task list and the filters

function markOverdueCards() {
  if (!window.angular) {
    return;
  }
  document.querySelectorAll('li.task').forEach((card) => {
    const scope = window.angular.element(card).scope();
    const task = scope && scope.task;
    const text = task && task.due ? overdueText(task.due) : null;
    let mark = card.querySelector('.fr-overdue');
    if (!text) {
      if (mark) {
        mark.remove();
      }
      return;
    }
    if (!mark) {
      mark = badge(text);
      const due = card.querySelector('.due-date');
      if (due) {
        due.insertAdjacentElement('afterend', mark);
      } else {
        (card.querySelector('.dates') || card).appendChild(mark);
      }
    } else if (mark.textContent !== text) {
      mark.textContent = text;
    }
  });
}

async function filterCounts() {
  if (Date.now() - state.countsAt < 5000) {
    return;
  }
  state.countsAt = Date.now();
  const me = await whoAmI();
  const filters = await get(ENGINE + 'filter?resourceType=Task&itemCount=true');
  const byName = new Map(filters.map((f) => [f.name, f]));
  document.querySelectorAll('.task-filter').forEach((item) => {
    const link = item.querySelector('h4.name a');
    if (!link) {
      return;
    }
    const name = link.firstChild ? link.firstChild.textContent.trim() : '';
    const filter = byName.get(name);
    if (!filter) {
      return;
    }
    const audience = filter.properties && filter.properties.audience;
    const meant = !audience || (audience === 'units' ? isUnitMember(me) : audience === 'campaign-wide' ? isCampaignWide(me) : true);
    item.classList.toggle('fr-not-for-me', !meant);
    let count = item.querySelector('.fr-count');
    if (!count) {
      count = document.createElement('span');
      count.className = 'fr-count';
      link.appendChild(count);
    }
    count.textContent = String(filter.itemCount);
    count.classList.toggle('fr-zero', filter.itemCount === 0);
  });
  // Tasklist opens its first filter; when that one is not meant for the user, the first one that is.
  const active = document.querySelector('.task-filter.active.fr-not-for-me');
  const first = document.querySelector('.task-filter:not(.fr-not-for-me)');
  if (active && first) {
    const task = currentTaskId();
    first.click();
    if (task) {
      keepTask(task);
    }
  }
}

/** Puts the task the user came for (a link in an e-mail or on our pages) back into the address once the filter changed. */
function keepTask(task) {
  [100, 500, 1500].forEach((delay) => setTimeout(() => {
    if (currentTaskId()) {
      return;
    }
    const [path, query] = location.hash.split('?');
    const params = new URLSearchParams(query || '');
    params.set('task', task);
    location.hash = (path || '#/').replace(/^#/, '') + '?' + params.toString();
  }, delay));
}

// ---------------------------------------------------------------- the open task

function banner(card) {
  let box = card.querySelector('.fr-task-banner');
  if (!box) {
    box = document.createElement('div');
    box.className = 'fr-task-banner';
    const names = card.querySelector('.names');
    (names || card).insertAdjacentElement(names ? 'afterend' : 'afterbegin', box);
  }
  return box;
}

async function openTask() {
  const id = currentTaskId();
  const card = document.querySelector('section.task-card');
  if (!id || !card) {
    return;
  }
  const handled = card.getAttribute('data-fr-task');
  if (handled === id) {
    return;
  }
  card.setAttribute('data-fr-task', id);
  const me = await whoAmI();
  let task;
  try {
    task = await get(ENGINE + 'task/' + encodeURIComponent(id));
  } catch (e) {
    return; // gone or not visible: Tasklist says so itself
  }
  const box = banner(card);
  box.textContent = '';
  const late = task.due ? overdueText(task.due) : null;
  if (late) {
    box.appendChild(badge(late));
  }
  const note = document.createElement('span');
  note.className = 'fr-note';
  if (!task.assignee) {
    const candidate = await get(ENGINE + 'task/count?taskId=' + encodeURIComponent(id) + '&candidateUser='
      + encodeURIComponent(me.user));
    const claim = card.querySelector('button.claim');
    // taken once on opening; again only when that 签收 was lost (the page changed under it before it was seen to
    // take), never after the user gave the task back (取消签收)
    const lost = state.handledTask === id && state.takenTask !== id;
    if (candidate.count > 0 && claim && (state.handledTask !== id || lost)) {
      state.handledTask = id;
      claim.click();
      note.textContent = '已为您签收，可直接填写并提交办结。';
    } else if (candidate.count > 0 && !claim) {
      // Tasklist has not drawn its 签收 yet: the next change of the page tries again
      card.removeAttribute('data-fr-task');
    } else if (candidate.count === 0) {
      card.classList.add('fr-read-only');
      note.textContent = '仅供查看：您不是此任务的办理人。';
    }
  } else if (task.assignee === me.user) {
    if (state.handledTask === id) {
      state.takenTask = id;
    }
    note.textContent = '已为您签收，可直接填写并提交办结。';
  } else if (task.assignee !== me.user) {
    card.classList.add('fr-read-only');
    note.textContent = '此任务已由他人签收办理，您只能查看。';
  }
  if (note.textContent) {
    box.appendChild(note);
  }
  box.hidden = !box.childNodes.length;
}

/** Links to our pages open beside the task; the evidence page gets the task, for its 返回. */
function formLinks() {
  const id = currentTaskId();
  document.querySelectorAll('.fjs-form a[href^="/"]').forEach((a) => {
    if (a.getAttribute('target') !== '_blank') {
      a.setAttribute('target', '_blank');
      a.setAttribute('rel', 'noopener');
      a.setAttribute('title', '在新标签页中打开，填写中的表单保留在本页');
    }
    const href = a.getAttribute('href');
    if (id && href.startsWith('/evidence/') && !href.includes('task=')) {
      a.setAttribute('href', href + (href.includes('?') ? '&' : '?') + 'task=' + encodeURIComponent(id));
    }
  });
}

// ---------------------------------------------------------------- names and errors

/** A Chinese name Tasklist wrote as "given family" (明 李) in Chinese order (李明). */
function chineseOrder(element) {
  const node = Array.from(element.childNodes).find((n) => n.nodeType === Node.TEXT_NODE && n.data.trim());
  if (!node) {
    return;
  }
  const match = node.data.trim().match(/^([\u3400-\u9fff·]+) ([\u3400-\u9fff·]+)$/);
  if (match) {
    node.data = node.data.replace(match[0], match[2] + match[1]);
  }
}

function names() {
  document.querySelectorAll('li.account > a.dropdown-toggle, li.assignee > a, li.assignee > span.ng-binding, '
    + '.task-card .assignee .ng-binding, li.task .assignee').forEach(chineseOrder);
}

/** Tasklist shows a task it cannot load as "<task> <- message"; the message alone, in plain words. */
function errors() {
  document.querySelectorAll('.page-notifications .alert').forEach((alert) => {
    const status = alert.querySelector('.status');
    const message = alert.querySelector('.message');
    let loading = false;
    [status, message].forEach((el) => {
      if (el && /^(&lt;|<)\w+(&gt;|>) (&lt;|<)- /.test(el.textContent)) {
        el.textContent = el.textContent.replace(/^(&lt;|<)\w+(&gt;|>) (&lt;|<)- /, '');
        loading = true;
      }
    });
    if (status && message && status.textContent.trim() === message.textContent.trim()) {
      status.textContent = loading ? '无法打开该任务' : '无法完成操作';
    }
  });
}

// ---------------------------------------------------------------- wiring

let scheduled = false;
function scan() {
  if (scheduled) {
    return;
  }
  scheduled = true;
  window.requestAnimationFrame(() => {
    scheduled = false;
    try {
      markOverdueCards();
      formLinks();
      translateForms();
      names();
      errors();
    } catch (e) {
      console.error('fundrisk-tasklist', e);
    }
    openTask().catch((e) => console.error('fundrisk-tasklist', e));
    filterCounts().catch((e) => console.error('fundrisk-tasklist', e));
  });
}

function start() {
  new MutationObserver(scan).observe(document.body, { childList: true, subtree: true, characterData: true });
  document.addEventListener('beforeinput', refuseText, true);
  document.addEventListener('paste', refuseText, true);
  window.addEventListener('hashchange', () => {
    state.countsAt = 0;
    state.me = null; // after a login or logout Tasklist changes the hash without reloading
    scan();
  });
  setInterval(() => {
    state.countsAt = 0;
    scan();
  }, 30000);
  whoAmI().catch(() => {}); // before login there is no user yet; tried again on the next change
  scan();
}

if (document.body) {
  start();
} else {
  document.addEventListener('DOMContentLoaded', start);
}

export default [];
