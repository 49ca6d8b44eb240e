// What the browser keeps: unsaved answers and unsent replies are encrypted under the signed-in
// person's key, so after an ended session localStorage holds nothing readable, while signing in
// again brings every value back; signing out removes that person's copies and nobody else's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPortalAndBrowser } from './portal.mjs';
import { openPage, assertNoProblems, VIEWPORTS, PASSWORD } from './browser.mjs';
import { DashboardPage, SignInPage, TEXTS } from './pages.mjs';
import { Wizard, msg, service } from './wizard.mjs';

const env = withPortalAndBrowser();
const extract = service('debt-collection-extract');
const identity = extract.steps[0];
const label = (id) => identity.fields.find((f) => f.id === id).label.de;

const AHV = '756.9217.0769.85';
const BIRTH = '1985-04-12';
const IBAN = 'CH93 0076 2011 6238 5295 7';
const REPLY = `Meine AHV-Nummer ist ${AHV}, das Konto für die Rückzahlung ${IBAN}.`;
/// Every way these values could show up in storage: as typed, without separators, in parts.
/// (Case-sensitive, and each with a character base64 never has or too long to occur by chance
/// in ciphertext.)
const NEEDLES = [AHV, AHV.replaceAll('.', ''), '9217.0769', BIRTH, '12.04.1985', IBAN, IBAN.replaceAll(' ', ''), '6238 5295', 'Rückzahlung', 'AHV-Nummer', 'luca.bernasconi', 'anna.zimmermann', 'neue Adresse'];

/// Every key and value in the page's localStorage.
const everything = (page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
const copies = async (page) => Object.fromEntries(Object.entries(await everything(page)).filter(([k]) => /^guichet\.(draft|reply)\./.test(k)));

/// The text, and whatever its base64-looking runs decode to: an encoding is not encryption.
function readings(text) {
  const decoded = (text.match(/[A-Za-z0-9+/]{16,}={0,2}/g) ?? []).map((run) => Buffer.from(run, 'base64').toString('utf8'));
  return [text, ...decoded];
}

function assertNothingReadable(storage, when) {
  for (const [key, value] of Object.entries(storage)) {
    for (const reading of readings(`${key}\n${value}`)) {
      for (const needle of NEEDLES) {
        assert.ok(!reading.includes(needle), `${when}: "${needle}" readable in localStorage ${key}`);
      }
    }
  }
}

/// Waits until the background encryption has stored copies matching `pattern`.
async function waitForCopies(page, pattern, count) {
  await page.waitForFunction(([source, n]) => Object.keys(localStorage).filter((k) => new RegExp(source).test(k)).length >= n, [pattern.source, count]);
}

async function signIn(page, username) {
  await new SignInPage(page, TEXTS.de).signIn(username, PASSWORD);
}

/// On the first case of the dashboard, types a reply without sending it; returns the case's URL.
async function typeReply(page, text) {
  await new DashboardPage(page, TEXTS.de).expectShown();
  await new DashboardPage(page, TEXTS.de).openCase(0);
  const body = page.getByLabel(msg('de', 'case-reply-body'));
  await body.fill(text);
  return page.url();
}

test('after the session ends no answer can be read in localStorage; signing in again brings every value back', async () => {
  const page = await openPage(env.browser, { viewport: VIEWPORTS[0], locale: 'de-CH' });
  await page.goto(`${env.portal.base}/de/anmelden`);
  await signIn(page, 'luca.bernasconi');
  const caseUrl = await typeReply(page, REPLY);
  await waitForCopies(page, /^guichet\.reply\./, 1);

  await page.goto(`${env.portal.base}/de/dienstleistungen/debt-collection-extract`);
  await page.getByRole('button', { name: msg('de', 'services-start') }).click();
  await page.getByRole('heading', { level: 1, name: identity.title.de }).waitFor();
  const stepUrl = page.url();
  const wizard = new Wizard(page, { lang: 'de', serviceId: 'debt-collection-extract', viewport: 'desktop', scan: false });
  // The session ends; what is typed now exists only on this device.
  await page.context().clearCookies();
  await wizard.fillField(page, identity.fields[0], 'ahv', AHV);
  await wizard.fillField(page, identity.fields[1], 'date-of-birth', BIRTH);
  await new SignInPage(page, TEXTS.de).expectShown();
  await page.getByText(msg('de', 'sign-in-expired')).waitFor();
  await waitForCopies(page, /^guichet\.draft\./, 1);

  // Every key of localStorage, read as anyone at this device could: nothing readable.
  const stored = await everything(page);
  assert.equal(Object.keys(await copies(page)).length, 2, 'the unsaved answers and the unsent reply are kept');
  assertNothingReadable(stored, 'after the session ended');
  // The tab is closed and opened again: only storage is left, and it still says nothing.
  await page.reload();
  await new SignInPage(page, TEXTS.de).expectShown();
  assertNothingReadable(await everything(page), 'after a reload');

  await signIn(page, 'luca.bernasconi');
  await page.waitForURL(stepUrl);
  await page.getByRole('heading', { level: 1, name: identity.title.de }).waitFor();
  assert.equal(await page.getByLabel(label('ahv')).inputValue(), AHV);
  assert.equal(await page.getByLabel(label('date-of-birth')).inputValue(), BIRTH);
  await page.goto(caseUrl);
  assert.equal(await page.getByLabel(msg('de', 'case-reply-body')).inputValue(), REPLY);
  assertNothingReadable(await everything(page), 'signed in again');
  assertNoProblems(page, { expectedStatuses: [401] });
  await page.context().close();
});

test('signing out removes every copy of that person, unsaved answers and replies, and leaves another person’s copy readable to them alone', async () => {
  const page = await openPage(env.browser, { viewport: VIEWPORTS[1], locale: 'de-CH' });
  // Anna types a reply, and her session ends on this browser.
  await page.goto(`${env.portal.base}/de/anmelden`);
  await signIn(page, 'anna.zimmermann');
  const annasReply = 'Anna schreibt: bitte an die neue Adresse.';
  const annasCase = await typeReply(page, annasReply);
  await waitForCopies(page, /^guichet\.reply\./, 1);
  const annas = await copies(page);
  await page.context().clearCookies();
  await page.goto(`${env.portal.base}/de/anmelden`);

  // Luca, on the same browser: a reply, and answers typed while offline.
  await signIn(page, 'luca.bernasconi');
  await typeReply(page, REPLY);
  await waitForCopies(page, /^guichet\.reply\./, 2);
  await page.goto(`${env.portal.base}/de/dienstleistungen/debt-collection-extract`);
  await page.getByRole('button', { name: msg('de', 'services-start') }).click();
  await page.getByRole('heading', { level: 1, name: identity.title.de }).waitFor();
  const wizard = new Wizard(page, { lang: 'de', serviceId: 'debt-collection-extract', viewport: '360px', scan: false });
  await page.context().setOffline(true);
  await wizard.fillField(page, identity.fields[0], 'ahv', AHV);
  await waitForCopies(page, /^guichet\.draft\./, 1);
  assert.equal(Object.keys(await copies(page)).length, 3, 'Anna’s reply, Luca’s reply and his answers');
  assertNothingReadable(await everything(page), 'Luca signed in');

  // He signs out, is asked about the unsaved answers, and confirms.
  await page.getByRole('button', { name: TEXTS.de.signOut, exact: true }).click();
  const question = page.getByRole('alertdialog', { name: msg('de', 'common-sign-out-unsaved-title') });
  await question.waitFor();
  await page.context().setOffline(false);
  await question.getByRole('button', { name: msg('de', 'common-sign-out-anyway') }).click();
  await new SignInPage(page, TEXTS.de).expectShown();
  assert.deepEqual(await copies(page), annas, 'nothing of Luca is left, and Anna’s copy is untouched');

  // Anna signs in again: her reply is there.
  await signIn(page, 'anna.zimmermann');
  await new DashboardPage(page, TEXTS.de).expectShown();
  await page.goto(annasCase);
  assert.equal(await page.getByLabel(msg('de', 'case-reply-body')).inputValue(), annasReply);
  // And her own sign-out takes it.
  await page.getByRole('button', { name: TEXTS.de.signOut, exact: true }).click();
  await new SignInPage(page, TEXTS.de).expectShown();
  assert.deepEqual(await copies(page), {}, 'no copy of anybody is left');
  page.problems.splice(0, page.problems.length, ...page.problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')));
  assertNoProblems(page, { expectedStatuses: [401] });
  await page.context().close();
});
