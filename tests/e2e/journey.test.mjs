// The citizen journeys against the reference portal serving the release build, at desktop
// and 360 px, with an axe scan of every page visited.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { withPortalAndBrowser } from './portal.mjs';
import { openPage, assertNoProblems, assertAccessible, failOnceWith500, VIEWPORTS, PASSWORD } from './browser.mjs';
import { msg } from './wizard.mjs';
import { SignInPage, DashboardPage, CasePage, TEXTS } from './pages.mjs';

const env = withPortalAndBrowser();

const htmlLang = (page) => page.evaluate(() => document.documentElement.lang);
/// Focus moves to the new heading in the next animation frame after a route change; the data
/// may arrive sooner over loopback, so wait for it (a few seconds at most) rather than sample.
const expectFocusOnHeading = (page) =>
  page.waitForFunction(() => document.activeElement?.tagName === 'H1', null, { timeout: 5_000 });

for (const viewport of VIEWPORTS) {
  describe(`at ${viewport.name}`, () => {
    test('a French-speaking citizen follows a case, downloads a document, switches to Italian and signs out', async () => {
      const page = await openPage(env.browser, { viewport, locale: 'fr-CH' });
      const fr = TEXTS.fr;

      // `/` negotiates French from the browser and asks to sign in, remembering where to go.
      await page.goto(`${env.portal.base}/`);
      const signIn = new SignInPage(page, fr);
      await signIn.expectShown();
      assert.match(page.url(), /\/fr\/connexion\?next=%2Ffr%2Fdossiers$/);
      // A first visit is not an expired session, and is not called one.
      await page.getByText(msg('fr', 'sign-in-to-continue')).waitFor();
      assert.equal(await page.getByText(msg('fr', 'sign-in-expired')).count(), 0);
      assert.equal(await htmlLang(page), 'fr');
      assert.equal(await page.title(), 'Connexion – guichet');
      await assertAccessible(page, `sign-in fr ${viewport.name}`);

      await signIn.signIn('sophie.rochat', PASSWORD);
      const dashboard = new DashboardPage(page, fr);
      await dashboard.expectShown();
      assert.equal(new URL(page.url()).pathname, '/fr/dossiers');
      assert.equal(await page.title(), 'Mes dossiers – guichet');
      assert.equal(await dashboard.cases().count(), 13);
      await page.getByRole('link', { name: /dossiers? attendent? votre action/ }).waitFor();
      await expectFocusOnHeading(page);
      await assertAccessible(page, `dashboard fr ${viewport.name}`);

      const serviceName = await dashboard.openCase(0);
      const casePage = new CasePage(page, fr);
      await casePage.expectShown(serviceName);
      assert.match(new URL(page.url()).pathname, /^\/fr\/dossiers\/[a-z0-9]+$/);
      assert.equal(await page.title(), `${serviceName} – guichet`);
      assert.ok((await casePage.timelineEvents().count()) >= 1);
      await expectFocusOnHeading(page);
      await assertAccessible(page, `case fr ${viewport.name}`);

      // The browser's back and forward buttons move between app pages without reloading.
      await page.goBack();
      await dashboard.expectShown();
      await page.goForward();
      await casePage.expectShown(serviceName);

      const { bytes, filename, shownHash } = await casePage.downloadFirstDocument();
      assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
      assert.equal(createHash('sha256').update(bytes).digest('hex'), shownHash, 'the bytes match the SHA-256 shown');
      assert.match(filename, /^Accusé de réception FR-2026-\d{6}\.pdf$/);

      // Same page, in Italian: the URL slug, the heading and <html lang> follow.
      const caseId = new URL(page.url()).pathname.split('/').pop();
      await dashboard.switchLanguage('Italiano');
      await page.waitForURL(`**/it/pratiche/${caseId}`);
      const it = TEXTS.it;
      await page.getByRole('heading', { level: 2, name: it.history }).waitFor();
      assert.equal(await htmlLang(page), 'it');
      // The interface text switches as soon as its messages arrive; the case's own content
      // comes from the API in Italian a moment later.
      await page.waitForFunction((name) => document.querySelector('main h1')?.textContent.trim() !== name, serviceName);
      const italianName = (await page.getByRole('heading', { level: 1 }).textContent()).trim();
      assert.notEqual(italianName, serviceName);
      assert.equal(await page.title(), `${italianName} – guichet`);
      const alternates = await page.evaluate(() =>
        Object.fromEntries([...document.querySelectorAll('link[rel=alternate][hreflang]')].map((l) => [l.hreflang, new URL(l.href).pathname])));
      assert.deepEqual(alternates, {
        de: `/de/faelle/${caseId}`, fr: `/fr/dossiers/${caseId}`, it: `/it/pratiche/${caseId}`, rm: `/rm/cas/${caseId}`, en: `/en/cases/${caseId}`,
      });
      await assertAccessible(page, `case it ${viewport.name}`);

      await new DashboardPage(page, it).signOut();
      await page.waitForURL('**/it/accesso?signed-out=1');
      await page.getByRole('status').filter({ hasText: 'È uscito dal portale.' }).waitFor();
      await assertAccessible(page, `signed-out it ${viewport.name}`);

      // The session is gone on the server: the dashboard asks to sign in again.
      await page.goto(`${env.portal.base}/it/pratiche`);
      await new SignInPage(page, it).expectShown();
      assertNoProblems(page);
      await page.context().close();
    });

    test('sign-in errors are summarised, focused, linked and in the title; nothing typed is lost', async () => {
      const page = await openPage(env.browser, { viewport, locale: 'de-CH' });
      const de = TEXTS.de;
      await page.goto(`${env.portal.base}/de/anmelden`);
      const signIn = new SignInPage(page, de);
      await signIn.expectShown();

      // Keyboard: the first Tab on a page reaches the skip link, which moves focus to the content.
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
      assert.equal(await skip.evaluate((el) => el === document.activeElement), true);
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
      assert.equal(new URL(page.url()).pathname, '/de/anmelden', 'the skip link does not navigate away');

      await page.getByRole('button', { name: de.submit }).click();
      const summary = page.getByRole('alert').filter({ hasText: 'Bitte korrigieren Sie Folgendes' });
      await summary.waitFor();
      assert.equal(await page.evaluate(() => document.activeElement.classList.contains('error-summary')), true);
      assert.equal(await page.title(), 'Fehler: Anmelden – guichet');
      const username = page.getByLabel(de.username);
      assert.equal(await username.getAttribute('aria-invalid'), 'true');
      assert.equal(await username.getAttribute('aria-describedby'), 'username-error');
      await assertAccessible(page, `sign-in errors de ${viewport.name}`);
      await summary.getByRole('link', { name: 'Geben Sie Ihren Benutzernamen ein.' }).click();
      assert.equal(await page.evaluate(() => document.activeElement.id), 'username');

      await signIn.signIn('anna.zimmermann', 'not-the-password');
      await page.getByRole('alert').filter({ hasText: 'Benutzername oder Passwort ist falsch.' }).waitFor();
      assert.equal(await username.inputValue(), 'anna.zimmermann');
      assert.equal(await page.getByLabel(de.password).inputValue(), 'not-the-password');

      await page.getByLabel(de.password).fill(PASSWORD);
      await page.getByRole('button', { name: de.submit }).click();
      await new DashboardPage(page, de).expectShown();
      assert.equal(await page.title(), 'Meine Geschäfte – guichet');
      assertNoProblems(page, { expectedStatuses: [401] });
      await page.context().close();
    });

    test('when the session ends, the citizen signs in again and returns to the same page', async () => {
      const page = await openPage(env.browser, { viewport, locale: 'it-CH' });
      const it = TEXTS.it;
      await page.goto(`${env.portal.base}/it/accesso`);
      await new SignInPage(page, it).signIn('luca.bernasconi', PASSWORD);
      const dashboard = new DashboardPage(page, it);
      await dashboard.expectShown();
      assert.equal(await dashboard.cases().count(), 12);

      // The server forgets the session (as after the idle timeout); the next request gets 401.
      await page.context().clearCookies();
      const href = await page.locator('.case-row__title a').first().getAttribute('href');
      await page.locator('.case-row__title a').first().click();
      await page.waitForURL(`**/it/accesso?next=${encodeURIComponent(href)}&expired=1`);
      await page.getByText(msg('it', 'sign-in-expired')).waitFor();
      await assertAccessible(page, `sign-in after expiry it ${viewport.name}`);
      await new SignInPage(page, it).signIn('luca.bernasconi', PASSWORD);
      await page.waitForURL(`**${href}`);
      await page.getByRole('heading', { level: 2, name: it.history }).waitFor();
      assertNoProblems(page, { expectedStatuses: [401] });
      await page.context().close();
    });

    test('a sign-in page left open after the session ended still signs in', async () => {
      const page = await openPage(env.browser, { viewport, locale: 'fr-CH' });
      await page.goto(`${env.portal.base}/fr/connexion`);
      await new SignInPage(page, TEXTS.fr).expectShown();
      // The server no longer knows the session whose CSRF token the page holds.
      await page.context().clearCookies();
      await new SignInPage(page, TEXTS.fr).signIn('sophie.rochat', PASSWORD);
      await new DashboardPage(page, TEXTS.fr).expectShown();
      assertNoProblems(page, { expectedStatuses: [401] });
      await page.context().close();
    });

    test('an unknown page or case says so, in the citizen’s language', async () => {
      const page = await openPage(env.browser, { viewport, locale: 'de-CH' });
      await page.goto(`${env.portal.base}/fr/nulle-part`);
      await page.getByRole('heading', { level: 1, name: 'Page introuvable' }).waitFor();
      assert.equal(await page.title(), 'Page introuvable – guichet');
      await assertAccessible(page, `not found fr ${viewport.name}`);

      // Another citizen's case id is indistinguishable from a missing one.
      await page.goto(`${env.portal.base}/de/anmelden`);
      await new SignInPage(page, TEXTS.de).signIn('anna.zimmermann', PASSWORD);
      await new DashboardPage(page, TEXTS.de).expectShown();
      await page.goto(`${env.portal.base}/de/faelle/not-a-case`);
      await page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' }).waitFor();
      await assertAccessible(page, `case not found de ${viewport.name}`);
      assertNoProblems(page, { expectedStatuses: [404] });
      await page.context().close();
    });
  });
}

test('a case that fails to load says so in its heading, and "try again" puts focus on the case', async () => {
  const page = await openPage(env.browser, { viewport: VIEWPORTS[1], locale: 'de-CH' });
  await page.goto(`${env.portal.base}/de/anmelden`);
  await new SignInPage(page, TEXTS.de).signIn('anna.zimmermann', PASSWORD);
  await new DashboardPage(page, TEXTS.de).expectShown();
  await failOnceWith500(page, '**/api/v1/cases/*');
  const first = page.locator('.case-row__title a').first();
  const service = (await first.textContent()).trim();
  await first.click();
  await page.getByRole('heading', { level: 1, name: msg('de', 'error-title') }).waitFor();
  assert.match(await page.title(), new RegExp(`^${msg('de', 'error-title')}`));
  assert.equal(await page.getByText(msg('de', 'case-loading-title')).count(), 0, 'no "loading" next to the error');
  await assertAccessible(page, 'case load failed de 360px');
  await page.getByRole('button', { name: msg('de', 'common-retry') }).click();
  await page.getByRole('heading', { level: 1, name: service }).waitFor();
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assertNoProblems(page, { expectedStatuses: [500] });
  await page.context().close();
});
