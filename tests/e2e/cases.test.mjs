// Cases at scale and the authority's side, as a citizen meets them: the 1,000-case
// organisation filtered by status and reference, the view restored by a shared URL and by Back;
// a message from the back office shown as unread, read on opening, and answered with a PDF
// after a too-large file was refused clearly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startPortal } from './portal.mjs';
import { launch, openPage, assertNoProblems, assertAccessible, VIEWPORTS, PASSWORD } from './browser.mjs';
import { SignInPage, TEXTS, actFor } from './pages.mjs';
import { msg, pdfFile } from './wizard.mjs';

const TOKEN = 'e2e-backoffice-token-0123456789abcdef';
const env = {};
before(async () => {
  [env.portal, env.browser] = await Promise.all([startPortal({ GUICHET_BACKOFFICE_TOKEN: TOKEN }), launch()]);
});
after(async () => {
  await env.browser?.close();
  await env.portal?.stop();
});

/// The authority's side, over its own API and token.
async function backoffice(reference, path, body) {
  const response = await fetch(`${env.portal.base}/api/backoffice/v1/cases/${reference}/${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  assert.ok(response.ok, `back office ${path}: ${response.status}`);
}

async function signIn(page, username, next = '/de/faelle') {
  await page.goto(`${env.portal.base}/de/anmelden?next=${encodeURIComponent(next)}`);
  await new SignInPage(page, TEXTS.de).signIn(username, PASSWORD);
  await page.locator('.case-row').first().waitFor();
}

for (const viewport of VIEWPORTS) {
  test(`the 1,000-case organisation filters by status and reference, and a shared URL or Back restores the view (${viewport.name})`, async () => {
    const page = await openPage(env.browser, { viewport, locale: 'de-CH' });
    await signIn(page, 'petra.keller');
    await actFor(page, 'de', 'Immobilien Pilatus AG');
    await page.locator('.case-row').first().waitFor();
    await assertAccessible(page, `dashboard ${viewport.name}`);
    const api = async (query) => (await page.request.get(`${env.portal.base}/api/v1/cases?lang=de&${query}`)).json();
    const waiting = (await api('status=action-required')).total;
    assert.ok(waiting > 100);

    // The count pill is the filter it looks like.
    const pills = page.getByRole('navigation', { name: msg('de', 'dashboard-status-filters') });
    // Numbers in messages are grouped the Swiss way (Intl; Chromium's ICU writes ' for ’).
    assert.match(await pills.getByRole('link').first().textContent(), /^Alle 1[’']000 Geschäfte$/);
    await pills.getByRole('link', { name: `${waiting} Geschäfte warten auf Sie` }).click();
    await page.getByRole('status').filter({ hasText: `${waiting} Geschäfte gefunden` }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('status'), 'action-required');
    assert.equal(await pills.locator('[aria-current="true"]').textContent(), `${waiting} Geschäfte warten auf Sie`);
    const badges = await page.locator('.case-row .status').allTextContents();
    assert.equal(badges.length, 25);
    assert.ok(badges.every((b) => b.includes('Ihre Mitwirkung ist nötig')), 'every row waits for the citizen');

    // A reference, typed: the list follows the search box.
    const reference = (await page.locator('.case-row__reference [translate="no"]').nth(7).textContent()).trim();
    await page.getByLabel(msg('de', 'dashboard-search-label'), { exact: true }).fill(reference.toLowerCase());
    await page.getByRole('status').filter({ hasText: '1 Geschäft gefunden' }).waitFor();
    const url = page.url();
    assert.equal(new URL(url).searchParams.get('q'), reference.toLowerCase());
    assert.equal(await page.locator('.case-row').count(), 1);
    await assertAccessible(page, `filtered dashboard ${viewport.name}`);

    // Open the case, come back: the filter and the search box are as they were.
    await page.locator('.case-row__title a').first().click();
    await page.getByRole('heading', { level: 2, name: msg('de', 'case-sender-title') }).waitFor();
    await assertAccessible(page, `case ${viewport.name}`);
    await page.goBack();
    await page.getByRole('status').filter({ hasText: '1 Geschäft gefunden' }).waitFor();
    assert.equal(page.url(), url);
    assert.equal(await page.getByLabel(msg('de', 'dashboard-search-label'), { exact: true }).inputValue(), reference.toLowerCase());

    // The URL shared into a new tab shows the same view.
    const tab = await page.context().newPage();
    await tab.goto(url);
    await tab.getByRole('status').filter({ hasText: '1 Geschäft gefunden' }).waitFor();
    assert.equal((await tab.locator('.case-row__reference [translate="no"]').textContent()).trim(), reference);
    assertNoProblems(page);
    await page.context().close();
  });
}

test('acting for the bakery, a back-office message is unread until opened and answered with a PDF after a too-large one is refused (360px)', async () => {
  const page = await openPage(env.browser, { viewport: VIEWPORTS[1], locale: 'de-CH' });
  await signIn(page, 'marco.amstutz');
  await actFor(page, 'de', 'Bäckerei Amstutz AG');
  const first = page.locator('.action-item').first();
  const reference = (await first.locator('.action-item__reference [translate="no"]').textContent()).trim();
  await backoffice(reference, 'messages', { body: 'Uns fehlt Ihr Pass. <b>Bitte</b> hier hochladen.' });

  await page.reload();
  const nav = page.getByRole('navigation', { name: msg('de', 'common-main-nav-label') });
  await nav.getByRole('link', { name: 'Nachrichten (1 ungelesen)' }).waitFor();
  await page.locator('.case-row', { hasText: reference }).getByText('1 neue Nachricht').waitFor();

  // "Do it now" leads straight to what is asked and the reply.
  await page.locator('.action-item', { hasText: reference }).getByRole('link', { name: new RegExp(msg('de', 'dashboard-action-link')) }).click();
  const thread = page.locator('.thread');
  await thread.getByText('Uns fehlt Ihr Pass. <b>Bitte</b> hier hochladen.').waitFor();
  assert.equal(await thread.locator('b').count(), 0, 'markup stays text');
  await thread.getByText(msg('de', 'case-message-new')).waitFor();
  await nav.getByRole('link', { name: msg('de', 'common-nav-messages'), exact: true }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'action');
  await assertAccessible(page, 'case with a message at 360px');

  const file = page.getByLabel(msg('de', 'case-reply-files'));
  await file.setInputFiles(pdfFile('Pass gross.pdf', 10_500_000));
  await page.getByRole('alert').filter({ hasText: '«Pass gross.pdf» ist zu gross (10.5 MB). Erlaubt sind höchstens 10 MB pro Datei.' }).waitFor();
  await file.setInputFiles(pdfFile('Pass.pdf', 40_000));
  await page.locator('.reply__attached').getByText('Pass.pdf').waitFor();
  assert.equal(await page.getByRole('alert').count(), 0, 'the refusal is gone once a file is taken');
  await page.getByLabel(msg('de', 'case-reply-body')).fill('Guten Tag\nIm Anhang mein Pass.');
  await page.getByRole('button', { name: msg('de', 'case-reply-send') }).click();
  await page.getByRole('status').filter({ hasText: msg('de', 'case-reply-sent') }).waitFor();
  const mine = thread.locator('.message').last();
  await mine.getByText('Marco Amstutz').waitFor();
  await mine.getByRole('link', { name: 'Pass.pdf' }).waitFor();

  const caseId = new URL(page.url()).pathname.split('/').pop();
  const detail = await (await page.request.get(`${env.portal.base}/api/v1/cases/${caseId}`)).json();
  assert.ok(detail.messages[0].read_at, 'reading was recorded with its time');
  assert.equal(detail.messages[1].body, 'Guten Tag\nIm Anhang mein Pass.');
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('guichet.reply.')).length), 0, 'the kept reply is gone once sent');

  // The inbox lists both messages, none unread any more.
  await nav.getByRole('link', { name: msg('de', 'common-nav-messages'), exact: true }).click();
  await page.getByRole('heading', { level: 1, name: msg('de', 'inbox-title') }).waitFor();
  await page.getByText('Alle Nachrichten sind gelesen.').waitFor();
  assert.equal(await page.locator('.inbox__item', { hasText: reference }).count(), 2);
  await assertAccessible(page, 'inbox at 360px');
  assertNoProblems(page);
  await page.context().close();
});

test('Marco switches to his bakery and back; when the mandate is withdrawn, the open page loses the access (desktop)', async () => {
  const page = await openPage(env.browser, { viewport: VIEWPORTS[0], locale: 'de-CH' });
  await signIn(page, 'marco.amstutz');
  const status = page.getByRole('status').filter({ hasText: /Geschäfte? gefunden/ });
  await status.filter({ hasText: '5 Geschäfte gefunden' }).waitFor();
  await page.getByText(msg('de', 'common-party-acting-self')).waitFor();

  await actFor(page, 'de', 'Bäckerei Amstutz AG');
  await status.filter({ hasText: '11 Geschäfte gefunden' }).waitFor();
  assert.equal(new URL(page.url()).search, '', 'whom he acts for is not in the URL');
  await assertAccessible(page, 'dashboard acting for the bakery');
  await page.locator('.case-row__title a').first().click();
  await page.getByRole('heading', { level: 2, name: msg('de', 'case-sender-title') }).waitFor();
  const caseUrl = page.url();

  // Back to himself, then the bakery again.
  await page.getByLabel(msg('de', 'common-party-label')).selectOption({ index: 0 });
  await page.getByRole('button', { name: msg('de', 'common-party-switch') }).click();
  await status.filter({ hasText: '5 Geschäfte gefunden' }).waitFor();
  await actFor(page, 'de', 'Bäckerei Amstutz AG');
  await page.goto(caseUrl);
  await page.getByRole('heading', { level: 2, name: msg('de', 'case-sender-title') }).waitFor();

  // The authority withdraws the mandate: the same session, reloaded, no longer sees the case.
  const session = await (await page.request.get(`${env.portal.base}/api/v1/session`)).json();
  const uid = session.user.acting_for.uid;
  const withdrawn = await fetch(`${env.portal.base}/api/backoffice/v1/mandates/withdrawal`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ person: 'marco.amstutz', organisation: uid }),
  });
  assert.equal(withdrawn.status, 204);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: msg('de', 'not-found-title') }).waitFor();
  assert.equal(await page.getByLabel(msg('de', 'common-party-label')).count(), 0, 'no organisation left to choose');
  assertNoProblems(page, { expectedStatuses: [404] });
  await page.context().close();
});

test('a read-only mandate shows the case and says why there is no reply form (360px)', async () => {
  const page = await openPage(env.browser, { viewport: VIEWPORTS[1], locale: 'de-CH' });
  await signIn(page, 'anna.zimmermann');
  await actFor(page, 'de', 'Bäckerei Amstutz AG');
  await page.getByText(msg('de', 'common-party-read-only')).waitFor();
  await page.locator('.case-row').first().waitFor();
  assert.equal(await page.getByRole('link', { name: msg('de', 'dashboard-new-application') }).count(), 0, 'no application under a read-only mandate');
  await page.locator('.action-item').getByRole('link', { name: new RegExp(`^${msg('de', 'dashboard-action-view')}`) }).first().waitFor();
  await page.locator('.case-row__title a').first().click();
  await page.getByText(msg('de', 'case-reply-read-only')).waitFor();
  assert.equal(await page.getByLabel(msg('de', 'case-reply-body')).count(), 0);
  await assertAccessible(page, 'read-only case at 360px');
  await page.context().close();
});

test('all documents across cases, filtered by a case reference, and a checksum copied to check a download (360px)', async () => {
  const page = await openPage(env.browser, { viewport: VIEWPORTS[1], locale: 'de-CH' });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.portal.base });
  await signIn(page, 'anna.zimmermann');
  await page.getByRole('navigation', { name: msg('de', 'common-main-nav-label') }).getByRole('link', { name: msg('de', 'common-nav-documents') }).click();
  await page.getByRole('heading', { level: 1, name: msg('de', 'documents-title') }).waitFor();
  const first = page.locator('.document').first();
  await first.waitFor();
  const reference = (await first.locator('.document__case [translate="no"]').textContent()).trim();
  await page.getByLabel(msg('de', 'case-reference'), { exact: true }).fill(reference);
  await page.getByRole('button', { name: msg('de', 'documents-apply') }).click();
  await page.waitForURL(/reference=/);
  await page.getByRole('status').filter({ hasText: /Dokument/ }).waitFor();
  const cases = await page.locator('.document__case [translate="no"]').allTextContents();
  assert.ok(cases.length >= 1 && cases.every((r) => r.trim() === reference), cases.join());
  await assertAccessible(page, 'documents at 360px');

  const shown = (await first.locator('code').textContent()).trim();
  await page.locator('.document').first().getByRole('button', { name: new RegExp(msg('de', 'documents-copy-checksum')) }).click();
  await page.locator('.document').first().getByRole('status').filter({ hasText: msg('de', 'documents-copied') }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), shown);
  assertNoProblems(page);
  await page.context().close();
});

test('a signed-in dashboard opened by its URL is sent with hints for its data: each request goes out once, while the app loads', async () => {
  const page = await openPage(env.browser, { viewport: VIEWPORTS[0], locale: 'de-CH' });
  assertNoProblems(page);
  await signIn(page, 'anna.zimmermann');
  const requested = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) requested.push(url.pathname + url.search);
  });
  const response = await page.goto(`${env.portal.base}/de/faelle?status=open&q=Hund%20%C3%A4`);
  await page.locator('.cases__result').waitFor();
  const link = response.headers().link ?? '';
  const expected = ['/api/v1/session', '/api/v1/cases?lang=de&status=open&q=Hund%20%C3%A4', '/api/v1/cases?lang=de&status=action-required&sort=deadline', '/api/v1/drafts?lang=de', '/api/v1/messages?lang=de'];
  for (const path of expected) assert.ok(link.includes(`<${path}>; rel=preload`), `${path} hinted in ${link}`);
  // A hint the app's request does not match exactly would show here as a second request.
  assert.deepEqual([...requested].sort(), [...expected].sort());
});

/// Opens `path` and checks that the `Link` header hints each of `lazyPage`'s wasm modules and
/// each of the `api` requests, and that each is fetched once (a hint the app's request did not
/// match would show as a second fetch), and that no other page's code is fetched. `shown` waits
/// for the page to be usable.
async function assertPageHinted(page, path, lazyPage, api, shown) {
  const modules = (await (await page.request.get(`${env.portal.base}/lazy-pages.json`)).json())[lazyPage];
  assert.ok(modules.length >= 1 && modules[0].startsWith(`/split_${lazyPage}-`), `${lazyPage}: ${modules}`);
  const fetched = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    fetched.push(url.pathname + url.search);
  });
  const response = await page.goto(`${env.portal.base}${path}`);
  await shown();
  const link = response.headers().link ?? '';
  for (const hinted of [...modules, ...api]) {
    assert.ok(link.includes(`<${hinted}>; rel=preload; as=fetch; crossorigin`), `${hinted} hinted`);
    assert.equal(fetched.filter((p) => p === hinted).length, 1, `${hinted} fetched once: ${fetched.join(' ')}`);
  }
  const wasm = fetched.filter((p) => p.endsWith('.wasm'));
  assert.deepEqual(wasm.filter((p) => !modules.includes(p) && !p.startsWith('/guichet-')), [], 'no other page\'s code is fetched');
}

test('a wizard step opened by its URL is sent with hints for its code chunks and its data: each is fetched once, beside the main module', async () => {
  const page = await openPage(env.browser, { viewport: VIEWPORTS[1], locale: 'de-CH' });
  assertNoProblems(page);
  await signIn(page, 'anna.zimmermann');
  const { csrf_token: csrf } = await (await page.request.get(`${env.portal.base}/api/v1/session`)).json();
  const draft = await (await page.request.post(`${env.portal.base}/api/v1/drafts`, { headers: { 'x-csrf-token': csrf }, data: { service: 'dog-registration' } })).json();
  const api = ['/api/v1/services/dog-registration', `/api/v1/drafts/${draft.id}`, '/api/v1/messages?lang=de'];
  await assertPageHinted(page, `/de/dienstleistungen/dog-registration/${draft.id}/${draft.position}`, 'wizard_view', api, async () => {
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('main input, main select, main textarea').first().waitFor();
  });
});

test('a signed-out visitor of the dashboard is sent with hints for the sign-in page\'s code, where the app takes them', async () => {
  const page = await openPage(env.browser, { viewport: VIEWPORTS[0], locale: 'de-CH' });
  assertNoProblems(page);
  await assertPageHinted(page, '/de/faelle', 'sign_in_view', ['/api/v1/session'], async () => {
    await page.waitForURL(/\/de\/anmelden\?/);
    await page.getByLabel(msg('de', 'sign-in-username-label')).waitFor();
  });
});
