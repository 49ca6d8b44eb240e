// The dashboard written by hand in plain JavaScript: the same three requests as guichet's
// dashboard (the page of cases, the cases waiting for the citizen, the open applications), and
// the same markup, so the bench compares the same work: the waiting cases, the status links,
// the filters with their choices, the result line, the table and the pager. German only, with
// no routing, no state and no translations: what a framework-free page would need at least.
// `window.timed(query)` renders and resolves after the next paint, with the time it took;
// `window.timedTable(query)` does the same for the table alone (one request, bare rows).
const fmt = new Intl.DateTimeFormat('de-CH', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
const relative = new Intl.RelativeTimeFormat('de-CH', { numeric: 'auto' });
const date = (iso) => fmt.format(new Date(iso));
const daysFromToday = (iso) => Math.round((Date.parse(iso) - Date.parse(new Date().toISOString().slice(0, 10))) / 86_400_000);
const get = (path) => fetch(path, { headers: { accept: 'application/json' } }).then((r) => r.json());
const plural = (n, one, other) => (n === 1 ? one : other.replace('#', n));

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) if (v != null && v !== false) node.setAttribute(k, v === true ? '' : v);
  node.append(...children.flat().filter((c) => c != null && c !== false));
  return node;
}
const api = (text) => el('span', { 'data-source': 'api' }, text.text);

function due(iso, attention) {
  const days = daysFromToday(iso);
  return el('span', { class: attention ? 'due due--attention' : 'due' },
    el('span', { class: 'due__label' }, attention ? 'Frist ' : 'Voraussichtlich bis '), date(iso),
    days >= 0 ? [' ', el('span', { class: 'meta__relative', 'data-source': 'intl' }, '(' + relative.format(days, 'day') + ')')] : null);
}

function actionSection(waiting) {
  if (!waiting.cases.length) return null;
  return el('section', { class: 'action-needed', 'aria-labelledby': 'action-heading' },
    el('h2', { id: 'action-heading' }, plural(waiting.total, 'Ein Geschäft wartet auf Sie', '# Geschäfte warten auf Sie')),
    el('ul', { class: 'action-list' }, waiting.cases.slice(0, 3).map((c) => el('li', { class: 'action-item' },
      el('h3', { class: 'action-item__title' }, api(c.service)),
      el('p', { class: 'action-item__reference' }, 'Geschäftsnummer ', el('span', { translate: 'no' }, c.reference)),
      c.action ? el('p', { class: 'action-item__what' }, api(c.action)) : null,
      c.due_on ? el('p', { class: 'action-item__due' }, due(c.due_on, true)) : null,
      el('a', { class: 'button button--primary', href: '/de/faelle/' + c.id + '#action' }, 'Jetzt erledigen',
        el('span', { class: 'visually-hidden' }, ': ', el('span', { 'data-source': 'api' }, c.service.text)))))),
    waiting.total > 3 ? el('p', { class: 'action-more' }, el('a', { href: '/de/faelle?status=action-required&sort=deadline' }, `Alle ${waiting.total} anzeigen, die frühesten Fristen zuerst`)) : null);
}

function draftsSection(drafts) {
  if (!drafts.drafts.length) return null;
  return el('section', { class: 'open-applications', 'aria-labelledby': 'open-applications-heading' },
    el('h2', { id: 'open-applications-heading', tabindex: '-1' }, 'Begonnene Gesuche'),
    el('ul', { class: 'draft-list' }, drafts.drafts.map((d) => el('li', { class: 'draft-list__item' },
      el('a', { href: `/de/dienstleistungen/${d.service}/${d.id}/${d.position}` }, d.title.text),
      el('span', { class: 'draft-list__kept' }, 'Gelöscht am ' + date(d.expires_on)),
      el('button', { type: 'button', class: 'button button--link' }, 'Löschen')))));
}

function pills(list) {
  const count = (codes) => list.counts.filter((c) => !codes || codes.includes(c.status)).reduce((n, c) => n + c.count, 0);
  const items = [
    [null, (n) => plural(n, '1 Geschäft', 'Alle # Geschäfte')],
    [['received', 'in-progress', 'action-required'], (n) => plural(n, '1 offenes Geschäft', '# offene Geschäfte')],
    [['action-required'], (n) => plural(n, '1 Geschäft wartet auf Sie', '# Geschäfte warten auf Sie')],
    [['completed', 'rejected'], (n) => plural(n, '1 abgeschlossenes Geschäft', '# abgeschlossene Geschäfte')],
  ];
  return el('nav', { class: 'counts', 'aria-label': 'Nach Status filtern' }, el('ul', { class: 'counts__list' }, items.map(([codes, label]) => {
    const n = count(codes);
    return el('li', {}, el('a', { class: codes?.length === 1 && n > 0 ? 'counts__item counts__item--attention' : 'counts__item', href: '/de/faelle' }, label(n)));
  })));
}

const options = (choices) => [el('option', { value: '' }, 'Alle'), ...choices.map((c) => el('option', { value: c.value, 'data-source': 'api' }, c.label.text))];
function filters(list) {
  const field = (id, label, control) => el('div', { class: 'field' }, el('label', { class: 'field__label', for: id }, label), control);
  return el('form', { class: 'case-filters', role: 'search', 'aria-label': 'Geschäfte filtern' },
    el('div', { class: 'field case-filters__search' },
      el('label', { class: 'field__label', for: 'case-search' }, 'Suchen'),
      el('p', { class: 'field__hint', id: 'case-search-hint' }, 'Geschäftsnummer oder Dienstleistung'),
      el('div', { class: 'search__row' },
        el('input', { id: 'case-search', name: 'q', type: 'search', class: 'input search__input', autocomplete: 'off', 'aria-describedby': 'case-search-hint' }),
        el('button', { type: 'submit', class: 'button button--primary' }, 'Suchen'))),
    el('div', { class: 'case-filters__row' },
      field('case-status', 'Status', el('select', { id: 'case-status', class: 'input' }, el('option', { value: '' }, 'Alle'),
        el('option', { value: 'open' }, 'Offen'), el('option', { value: 'closed' }, 'Abgeschlossen'),
        list.counts.map((c) => el('option', { value: c.status, 'data-source': 'api' }, c.label.text)))),
      field('case-sort', 'Sortieren', el('select', { id: 'case-sort', class: 'input' },
        ['Zuletzt geändert', 'Frist', 'Eingereicht'].map((label) => el('option', {}, label))))),
    el('details', { class: 'case-filters__more' }, el('summary', {}, 'Weitere Filter'),
      el('div', { class: 'case-filters__row' },
        field('case-service', 'Dienstleistung', el('select', { id: 'case-service', class: 'input' }, options(list.services))),
        field('case-authority', 'Behörde', el('select', { id: 'case-authority', class: 'input' }, options(list.authorities))),
        field('case-from', 'Eingereicht ab', el('input', { id: 'case-from', type: 'date', class: 'input' })),
        field('case-to', 'Eingereicht bis', el('input', { id: 'case-to', type: 'date', class: 'input' })))));
}

function row(c) {
  const label = (text) => el('span', { class: 'case-row__label', 'aria-hidden': 'true' }, text);
  return el('tr', { class: c.action_needed ? 'case-row case-row--attention' : 'case-row' },
    el('th', { scope: 'row', class: 'case-row__title' },
      el('a', { href: '/de/faelle/' + c.id }, api(c.service)),
      el('span', { class: 'case-row__reference' }, el('span', { class: 'visually-hidden' }, 'Geschäftsnummer '), el('span', { translate: 'no' }, c.reference)),
      c.unread > 0 ? el('span', { class: 'case-row__unread' }, plural(c.unread, '1 neue Nachricht', '# neue Nachrichten')) : null),
    el('td', { class: 'case-row__status' }, el('span', { class: 'status status--' + c.status }, el('span', { class: 'status__icon', 'aria-hidden': 'true' }), api(c.status_label))),
    el('td', {}, label('Behörde'), api(c.authority)),
    el('td', {}, label('Eingereicht am'), date(c.submitted_on)),
    el('td', { class: 'case-row__due' }, c.due_on ? due(c.due_on, c.action_needed) : null));
}

function table(list) {
  return el('table', { class: 'case-table' },
    el('caption', { class: 'visually-hidden' }, `Ihre Geschäfte, Seite ${list.page} von ${list.pages}`),
    el('thead', {}, el('tr', {}, ['Geschäft', 'Status', 'Behörde', 'Eingereicht am', 'Frist'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, list.cases.map(row)));
}

const pager = (list) => list.pages > 1 ? el('nav', { class: 'pager', 'aria-label': 'Seiten' },
  el('span', { class: 'pager__where' }, `Seite ${list.page} von ${list.pages}`),
  el('a', { class: 'pager__link', rel: 'next', href: '/de/faelle?page=' + (list.page + 1) }, 'Nächste Seite')) : null;
const result = (list) => plural(list.total, '1 Geschäft gefunden', '# Geschäfte gefunden');

async function renderPage(query) {
  const main = document.getElementById('main');
  if (!query) {
    // The first render: everything the dashboard shows, from its three requests.
    const [list, waiting, drafts] = await Promise.all([
      get('/api/v1/cases?lang=de'), get('/api/v1/cases?lang=de&status=action-required&sort=deadline'), get('/api/v1/drafts?lang=de')]);
    main.replaceChildren(el('div', { class: 'page' },
      el('h1', { tabindex: '-1' }, 'Meine Geschäfte'),
      el('p', { class: 'dashboard__new' }, el('a', { class: 'button button--secondary', href: '/de/dienstleistungen' }, 'Neues Gesuch stellen')),
      actionSection(waiting), draftsSection(drafts),
      el('section', { class: 'cases', 'aria-labelledby': 'cases-heading' },
        el('h2', { id: 'cases-heading', tabindex: '-1' }, 'Alle Geschäfte'),
        el('div', { id: 'pills' }, pills(list)), el('div', { id: 'filters' }, filters(list)),
        el('p', { class: 'cases__result', role: 'status' }, result(list)),
        el('div', { id: 'list' }, table(list), pager(list)))));
  } else {
    // A filter: what depends on the answer, as guichet re-renders it.
    const list = await get('/api/v1/cases?lang=de' + query);
    document.getElementById('pills').replaceChildren(pills(list));
    document.getElementById('case-status').replaceChildren(el('option', { value: '' }, 'Alle'),
      el('option', { value: 'open' }, 'Offen'), el('option', { value: 'closed' }, 'Abgeschlossen'),
      ...list.counts.map((c) => el('option', { value: c.status, 'data-source': 'api' }, c.label.text)));
    document.getElementById('case-service').replaceChildren(...options(list.services));
    document.getElementById('case-authority').replaceChildren(...options(list.authorities));
    document.querySelector('.cases__result').textContent = result(list);
    document.getElementById('list').replaceChildren(table(list), pager(list) ?? '');
  }
}

// The table alone from one request, with bare cells: the lower bound, for reference.
async function renderTable(query) {
  const { cases, total } = await get('/api/v1/cases?lang=de' + query);
  const table = document.createElement('table'); table.className = 'case-table'; const body = document.createElement('tbody');
  for (const c of cases) {
    const tr = document.createElement('tr'); tr.className = 'case-row';
    const th = document.createElement('th'); const a = document.createElement('a');
    a.href = '/de/faelle/' + c.id; a.textContent = c.service.text; th.append(a, ' ', c.reference); tr.append(th);
    for (const text of [c.status_label.text, c.authority.text, date(c.submitted_on), c.due_on ? 'Frist ' + date(c.due_on) : '']) {
      const td = document.createElement('td'); td.textContent = text; tr.append(td);
    }
    body.append(tr);
  }
  table.append(body);
  const status = document.createElement('p'); status.textContent = total + ' Geschäfte gefunden';
  document.getElementById('main').replaceChildren(status, table);
}

const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const timer = (render) => async (query) => { const t0 = performance.now(); await render(query); await painted(); return performance.now() - t0; };
window.timed = timer(renderPage);
window.timedTable = timer(renderTable);
