// What a citizen trusts must be right (issue 19), in a real browser at 1280 px and 360 px: the
// localities of a postcode are the citizen's to choose, a postcode that does not exist is said
// so without breaking the address's layout, check-your-answers names the municipality chosen,
// the header follows a mandate withdrawn while the page is open, and four layout slips stay
// fixed. Screenshots of the address error and of the header go to $E2E_SHOTS (/tmp/shots).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { startPortal } from './portal.mjs';
import { launch, openPage, assertNoProblems, assertAccessible, VIEWPORTS, PASSWORD } from './browser.mjs';
import { SignInPage, TEXTS, actFor } from './pages.mjs';
import { Wizard, msg, inDays } from './wizard.mjs';

const TOKEN = 'e2e-backoffice-token-0123456789abcdef';
const SHOTS = process.env.E2E_SHOTS ?? '/tmp/shots';
mkdirSync(SHOTS, { recursive: true });
const env = {};
before(async () => {
  [env.portal, env.browser] = await Promise.all([startPortal({ GUICHET_BACKOFFICE_TOKEN: TOKEN }), launch()]);
});
after(async () => {
  await env.browser?.close();
  await env.portal?.stop();
});

async function backoffice(path, body) {
  return fetch(`${env.portal.base}/api/backoffice/v1/${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

async function signIn(page, lang, username, next) {
  await page.goto(`${env.portal.base}/${lang}/anmelden?next=${encodeURIComponent(next)}`);
  await new SignInPage(page, TEXTS[lang]).signIn(username, PASSWORD);
}

/// The text of a message with a variable-free head: what follows `{ $label }: `.
const afterLabel = (lang, id) => msg(lang, id, { label: '' }).replace(/^\s*:\s*/, '');

for (const viewport of VIEWPORTS) {
  test(`a move from 7742 to 6005: the locality is chosen, "0000" does not exist, and Kriens is shown before submitting (${viewport.name})`, async () => {
    const lang = 'it';
    const page = await openPage(env.browser, { viewport, locale: 'it-CH' });
    await signIn(page, lang, 'luca.bernasconi', '/it/servizi/change-of-address');
    await page.getByRole('button', { name: msg(lang, 'services-start'), exact: true }).click();
    const wizard = new Wizard(page, { lang, serviceId: 'change-of-address', viewport: viewport.name });
    await wizard.fillSteps({ 'move-date': inDays(20) }, { until: 'old-address' });

    // 7742 has three localities: none is filled in by itself, the citizen picks.
    const old = page.getByRole('group', { name: /^Dove abita fino al trasloco/ });
    await old.getByLabel(/^Via/).fill('Via da Spultri');
    await old.getByLabel(/^Numero civico/).fill('8');
    await old.getByLabel(/^NPA/).fill('7742');
    const localities = old.getByRole('group', { name: msg(lang, 'wizard-locality-label') });
    await localities.waitFor();
    const locality = old.getByLabel(/^Località$/);
    assert.equal(await locality.inputValue(), '', 'no locality chosen for the citizen');
    assert.deepEqual(await localities.getByRole('radio').evaluateAll((r) => r.map((e) => e.labels[0].textContent)), ['La Rösa', 'Poschiavo', 'Sfazù']);
    await localities.getByRole('radio', { name: 'Poschiavo', exact: true }).check();
    assert.equal(await locality.inputValue(), 'Poschiavo');
    await assertAccessible(page, `locality choice ${viewport.name}`);
    await page.getByRole('button', { name: msg(lang, 'wizard-continue') }).click();

    // A postcode of four digits that does not exist is said so, not "a postcode has four digits".
    await page.getByRole('heading', { level: 1, name: 'Nuovo indirizzo' }).waitFor();
    const fresh = page.getByRole('group', { name: /^Dove abiterà dopo il trasloco/ });
    await fresh.getByLabel(/^Via/).fill('Obergrundstrasse');
    await fresh.getByLabel(/^Numero civico/).fill('70');
    await fresh.getByLabel(/^NPA/).fill('0000');
    await fresh.getByLabel(/^Località$/).fill('Luzern');
    await page.getByRole('button', { name: msg(lang, 'wizard-continue') }).click();
    const error = page.locator('[id="new-address.postcode-error"]');
    await error.waitFor();
    const said = (await error.textContent()).trim();
    assert.ok(said.includes(afterLabel(lang, 'wizard-error-postcode-unknown')), said);
    assert.ok(!said.includes(afterLabel(lang, 'wizard-error-postcode-invalid')), said);
    // The layout holds: inputs keep their height, the message has the width to be read.
    const box = async (selector) => page.locator(selector).boundingBox();
    const heights = {
      street: (await box('[id="new-address.street"]')).height,
      number: (await box('[id="new-address.number"]')).height,
      postcode: (await box('[id="new-address.postcode"]')).height,
      locality: (await box('[id="new-address.locality"]')).height,
    };
    for (const [part, height] of Object.entries(heights)) assert.ok(height < 56, `${part} input ${height}px tall: ${JSON.stringify(heights)}`);
    // On a desktop the message has the field's width, not a narrow column's (then 5 lines).
    const lineHeight = await error.evaluate((e) => parseFloat(getComputedStyle(e).lineHeight));
    const lines = Math.round((await error.boundingBox()).height / lineHeight);
    assert.ok(lines <= (viewport.name === 'desktop' ? 2 : 3), `the postcode error takes ${lines} lines`);
    const street = await box('[id="new-address.street"]');
    const number = await box('[id="new-address.number"]');
    const label = await page.locator('label[for="new-address.number"]').boundingBox();
    assert.ok(label.height < 2 * lineHeight, 'the number\'s label on one line');
    assert.ok(Math.abs(street.y - number.y) < 1 || number.y >= street.y + street.height, 'number beside the street and aligned, or below it');
    await page.screenshot({ path: `${SHOTS}/address-error-${viewport.width}.png`, fullPage: true });
    await assertAccessible(page, `address error ${viewport.name}`);

    // 6005 spans three municipalities: Kriens chosen, and shown again on check-your-answers.
    await fresh.getByLabel(/^NPA/).fill('6005');
    const municipality = fresh.getByRole('group', { name: msg(lang, 'wizard-municipality-label') });
    await municipality.waitFor();
    await municipality.getByRole('radio', { name: 'Kriens (LU)', exact: true }).check();
    await page.getByRole('button', { name: msg(lang, 'wizard-continue') }).click();
    await wizard.fillSteps({
      household: true,
      persons: [{ 'first-name': 'Luca', 'last-name': 'Bernasconi', 'date-of-birth': '1979-09-30' }],
      truthful: true,
    });
    const rows = await wizard.summary();
    assert.match(rows['Dove abiterà dopo il trasloco?'], /Obergrundstrasse 70\s*6005 Luzern\s*Comune: Kriens \(LU\)/);
    assert.match(rows['Dove abita fino al trasloco?'], /7742 Poschiavo\s*Comune: Poschiavo \(GR\)/);
    await assertAccessible(page, `check with municipality ${viewport.name}`);
    assertNoProblems(page);
    await page.context().close();
  });

  test(`a mandate withdrawn while a page is open: the header switches to the person and says why (${viewport.name})`, async () => {
    const page = await openPage(env.browser, { viewport, locale: 'de-CH' });
    await signIn(page, 'de', 'marco.amstutz', '/de/faelle');
    await page.locator('.case-row').first().waitFor();
    await actFor(page, 'de', 'Bäckerei Amstutz AG');
    const status = page.getByRole('status').filter({ hasText: /Geschäfte? gefunden/ });
    await status.filter({ hasText: '11 Geschäfte gefunden' }).waitFor();
    await page.locator('.case-row__title a').first().click();
    await page.getByRole('heading', { level: 2, name: msg('de', 'case-sender-title') }).waitFor();

    const uid = (await (await page.request.get(`${env.portal.base}/api/v1/session`)).json()).user.acting_for.uid;
    assert.equal((await backoffice('mandates/withdrawal', { person: 'marco.amstutz', organisation: uid })).status, 204);
    // The open page goes on; its next request is the first the server refuses.
    await page.getByRole('link', { name: msg('de', 'case-back') }).click();
    const notice = page.getByRole('alert').filter({ hasText: msg('de', 'common-mandate-ended', { organisation: 'Bäckerei Amstutz AG' }) });
    await notice.waitFor();
    await status.filter({ hasText: '5 Geschäfte gefunden' }).waitFor();
    const header = page.locator('header');
    assert.ok(!(await header.textContent()).includes(`${msg('de', 'common-party-acting-for')} Bäckerei`), 'the header no longer acts for the bakery');
    assert.equal(await page.getByLabel(msg('de', 'common-party-label')).count(), 0, 'no organisation left to choose');
    await page.screenshot({ path: `${SHOTS}/header-after-withdrawal-${viewport.width}.png` });
    await assertAccessible(page, `header after the withdrawal ${viewport.name}`);
    // The notice stays for the page it explains, not for good.
    await page.getByRole('navigation', { name: msg('de', 'common-main-nav-label') }).getByRole('link', { name: msg('de', 'common-nav-documents') }).click();
    await page.getByRole('heading', { level: 1, name: msg('de', 'documents-title') }).waitFor();
    assert.equal(await notice.count(), 0);
    assertNoProblems(page, { expectedStatuses: [403] });
    await page.context().close();
    // For the other viewport's run.
    assert.equal((await backoffice('mandates', { person: 'marco.amstutz', organisation: uid, scope: 'full' })).status, 201);
  });
}

test('the unread count keeps its space, the start button its name, and no authority is cut mid-word (desktop)', async () => {
  const page = await openPage(env.browser, { viewport: VIEWPORTS[0], locale: 'de-CH' });
  await signIn(page, 'de', 'anna.zimmermann', '/de/faelle');
  await page.locator('.case-row').first().waitFor();
  const reference = (await (await page.request.get(`${env.portal.base}/api/v1/cases`)).json()).cases[0].reference;
  assert.ok((await backoffice(`cases/${reference}/messages`, { body: 'Bitte senden Sie uns den Mietvertrag.' })).ok);
  await page.reload();
  for (const lang of ['de', 'fr']) {
    await page.goto(`${env.portal.base}/${lang}/faelle`);
    const nav = page.getByRole('navigation', { name: msg(lang, 'common-main-nav-label') });
    const link = nav.getByRole('link', { name: new RegExp(`^${msg(lang, 'common-nav-messages')}`) });
    await link.locator('.nav-count').waitFor();
    // "Nachrichten (1 ungelesen)": a space's width between the word and the count.
    const gap = await link.evaluate((a) => {
      const word = [...a.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.data.trim());
      const range = document.createRange();
      range.selectNodeContents(word);
      return a.querySelector('.nav-count').getBoundingClientRect().left - range.getBoundingClientRect().right;
    });
    assert.ok(gap >= 3, `${lang}: ${gap}px between the link's word and its count`);
  }

  // The arrow after "Jetzt starten" is decoration, not part of the button's name.
  for (const lang of ['de', 'fr', 'it', 'rm', 'en']) {
    await page.goto(`${env.portal.base}/${lang}/dienstleistungen/dog-registration`);
    await page.getByRole('button', { name: msg(lang, 'services-start'), exact: true }).waitFor();
  }

  // The date field's calendar button, reached by Tab after the day, month and year, shows the
  // portal's ring (3 px ink, 6 px yellow), not only the browser's thin one.
  await page.goto(`${env.portal.base}/de/dienstleistungen/dog-registration`);
  await page.getByRole('button', { name: msg('de', 'services-start'), exact: true }).click();
  const date = page.locator('input[type=date]').first();
  await date.waitFor();
  await date.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  const ring = await date.evaluate((input) => {
    const style = getComputedStyle(input);
    return { inside: input.matches(':focus-within') && !input.matches(':focus'), outline: style.outlineWidth, shadow: style.boxShadow };
  });
  assert.equal(ring.inside, true, 'the calendar button has focus');
  assert.equal(ring.outline, '3px', JSON.stringify(ring));
  assert.match(ring.shadow, /rgb\(255, 191, 71\)/, JSON.stringify(ring));
  await date.screenshot({ path: `${SHOTS}/date-calendar-focus.png` });

  // The dashboard's table at 1280 px, in every language, for each canton's authorities.
  const cut = async () => page.evaluate(() => {
    const words = [];
    for (const cell of document.querySelectorAll('.case-row th, .case-row td')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement.closest('.case-row__label, .visually-hidden')) continue;
        // A break after a hyphen that is written ("debt-/collection") is no cut.
        for (const m of node.data.matchAll(/[^\s\-\u2010]+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) words.push(m[0]);
        }
      }
    }
    return words;
  });
  for (const username of ['anna.zimmermann', 'sophie.rochat', 'luca.bernasconi']) {
    if (username !== 'anna.zimmermann') {
      await page.goto(`${env.portal.base}/de/faelle`);
      await page.getByRole('button', { name: msg('de', 'common-sign-out') }).click();
      await page.getByRole('heading', { level: 1, name: TEXTS.de.title }).waitFor();
      await new SignInPage(page, TEXTS.de).signIn(username, PASSWORD);
      await page.locator('.case-row').first().waitFor();
    }
    for (const lang of ['de', 'fr', 'it', 'rm', 'en']) {
      await page.goto(`${env.portal.base}/${lang}/faelle`);
      await page.locator('.case-row').first().waitFor();
      assert.deepEqual(await cut(), [], `${username} ${lang}: words cut across lines`);
    }
  }
  assertNoProblems(page);
  await page.context().close();
});
