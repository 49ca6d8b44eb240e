// The timeout warning (WCAG 2.2.1) against a portal whose sessions end after 123 s without a
// request, so the two-minute warning comes three seconds after the last one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startPortal } from './portal.mjs';
import { launch, openPage, assertNoProblems, assertAccessible, VIEWPORTS, PASSWORD } from './browser.mjs';
import { SignInPage, TEXTS } from './pages.mjs';
import { msg, service } from './wizard.mjs';

let portal;
let browser;
before(async () => {
  [portal, browser] = await Promise.all([startPortal({ GUICHET_SESSION_IDLE_SECS: '123' }), launch()]);
});
after(async () => {
  await browser?.close();
  await portal?.stop();
});

test('the warning takes focus, is announced, and staying signed in extends the session in every tab', async () => {
  const page = await openPage(browser, { viewport: VIEWPORTS[1], locale: 'de-CH' });
  const dog = service('dog-registration');
  await page.goto(`${portal.base}/de/anmelden?next=${encodeURIComponent('/de/dienstleistungen/dog-registration')}`);
  await new SignInPage(page, TEXTS.de).signIn('anna.zimmermann', PASSWORD);
  await page.getByRole('button', { name: msg('de', 'services-start') }).click();
  const name = page.getByLabel(dog.steps[0].fields[0].label.de);
  await name.fill('Bello');
  await name.focus();
  const other = await page.context().newPage();
  await other.goto(`${portal.base}/de/faelle`);

  const dialog = page.getByRole('alertdialog', { name: msg('de', 'session-timeout-title') });
  await dialog.waitFor();
  await other.getByRole('alertdialog').waitFor();
  const stay = dialog.getByRole('button', { name: msg('de', 'session-timeout-stay') });
  await page.waitForFunction(() => document.activeElement?.closest('[role=alertdialog]') !== null);
  await assertAccessible(page, 'session warning de 360px');

  // "Stay signed in" asks the server, which restarts the session's idle clock.
  const [answer] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/v1/session') && r.request().method() === 'GET'), stay.click()]);
  assert.equal(answer.status(), 200);
  assert.equal((await answer.json()).user.username, 'anna.zimmermann');
  await dialog.waitFor({ state: 'detached' });
  await other.getByRole('alertdialog').waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'dog-name', 'focus is back where it was');
  assert.equal(await name.inputValue(), 'Bello');
  assertNoProblems(page);
  await page.context().close();
});

test('when the time runs out, the citizen is told plainly that the answers are safe and gets them back after signing in', async () => {
  const page = await openPage(browser, { viewport: VIEWPORTS[0], locale: 'de-CH' });
  // The page's clock, so two minutes pass in a moment.
  await page.clock.install();
  const dog = service('dog-registration');
  await page.goto(`${portal.base}/de/anmelden?next=${encodeURIComponent('/de/dienstleistungen/dog-registration')}`);
  await new SignInPage(page, TEXTS.de).signIn('anna.zimmermann', PASSWORD);
  await page.getByRole('button', { name: msg('de', 'services-start') }).click();
  await page.getByRole('heading', { level: 1, name: dog.steps[0].title.de }).waitFor();
  const stepUrl = page.url();
  const name = page.getByLabel(dog.steps[0].fields[0].label.de);
  await name.fill('Rex');
  await page.clock.runFor(2_000);
  await page.getByRole('status').filter({ hasText: /^Gespeichert um/ }).waitFor();

  // Nobody answers the warning: at the end the sign-in page says the answers are kept.
  await page.clock.runFor(60_000);
  await page.getByRole('alertdialog', { name: msg('de', 'session-timeout-title') }).waitFor();
  await page.clock.runFor(65_000);
  const signIn = new SignInPage(page, TEXTS.de);
  await signIn.expectShown();
  await page.getByText(msg('de', 'sign-in-answers-safe')).waitFor();
  await assertAccessible(page, 'session ended de desktop');
  await signIn.signIn('anna.zimmermann', PASSWORD);
  await page.waitForURL(stepUrl);
  assert.equal(await name.inputValue(), 'Rex');
  assertNoProblems(page);
  await page.context().close();
});
