// The main journey in all five interface languages, at desktop and 360 px, with axe; no page
// shows a raw message id; and in the pseudo-locale no text escapes translation.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { withPortalAndBrowser } from './portal.mjs';
import { openPage, assertNoProblems, assertAccessible, VIEWPORTS, PASSWORD } from './browser.mjs';
import { SignInPage, DashboardPage, CasePage, TEXTS } from './pages.mjs';

const root = resolve(import.meta.dirname, '../..');
const artifacts = join(root, 'tests/e2e/artifacts');
mkdirSync(artifacts, { recursive: true });

// Every message id of the reference locale; none may ever be shown as text.
const ids = readdirSync(join(root, 'locales/de'))
  .flatMap((f) => readFileSync(join(root, 'locales/de', f), 'utf8').split('\n'))
  .map((line) => line.match(/^([a-z][a-z0-9-]*) =/)?.[1])
  .filter(Boolean);

const env = withPortalAndBrowser();

async function assertNoRawIds(page, label) {
  const text = await page.locator('body').innerText();
  const shown = ids.filter((id) => new RegExp(`(^|[^a-z-])${id}($|[^a-z0-9-])`).test(text));
  assert.deepEqual(shown, [], `raw message ids on ${label}`);
}

/// Text nodes that did not go through Fluent: not bracketed by the pseudo-locale, and not
/// marked as API content, Intl output or untranslatable data.
async function untranslatedText(page) {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      if (!/\p{L}/u.test(text)) continue;
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, noscript, [hidden], [data-source], [translate="no"]')) continue;
      const message = parent.closest('*').textContent.trim();
      if (text.startsWith('[') || text.endsWith(']') || /^\[.*\]$/s.test(message)) continue;
      found.push(text);
    }
    return found;
  });
}

const ACCOUNTS = { de: 'anna.zimmermann', fr: 'sophie.rochat', it: 'luca.bernasconi', rm: 'anna.zimmermann', en: 'marco.amstutz' };
const SLUGS = { de: ['anmelden', 'faelle'], fr: ['connexion', 'dossiers'], it: ['accesso', 'pratiche'], rm: ['s-annunziar', 'cas'], en: ['sign-in', 'cases'] };

for (const viewport of VIEWPORTS) {
  describe(`five languages at ${viewport.name}`, () => {
    for (const lang of ['de', 'fr', 'it', 'rm', 'en']) {
      test(`${lang}: sign in, dashboard, case, every page accessible and fully translated`, async () => {
        const t = TEXTS[lang];
        const [signInSlug, casesSlug] = SLUGS[lang];
        const page = await openPage(env.browser, { viewport, locale: `${lang}-CH` });
        await page.goto(`${env.portal.base}/${lang}/${signInSlug}`);
        await new SignInPage(page, t).expectShown();
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
        await assertAccessible(page, `sign-in ${lang} ${viewport.name}`);
        await assertNoRawIds(page, `sign-in ${lang}`);

        await new SignInPage(page, t).signIn(ACCOUNTS[lang], PASSWORD);
        const dashboard = new DashboardPage(page, t);
        await dashboard.expectShown();
        assert.equal(new URL(page.url()).pathname, `/${lang}/${casesSlug}`);
        await assertAccessible(page, `dashboard ${lang} ${viewport.name}`);
        await assertNoRawIds(page, `dashboard ${lang}`);
        if (lang === 'rm') {
          // Lucerne's authorities have no Romansh names: German stands in, marked as German.
          const fallbacks = await page.locator('.case-row td span[lang="de"][data-source="api"]').count();
          assert.equal(fallbacks, await dashboard.cases().count());
          assert.equal(await page.locator('.case-row__title [lang]').count(), 0, 'service names exist in Romansh');
        }

        const name = await dashboard.openCase(0);
        await new CasePage(page, t).expectShown(name);
        await assertAccessible(page, `case ${lang} ${viewport.name}`);
        await assertNoRawIds(page, `case ${lang}`);
        assertNoProblems(page);
        await page.context().close();
      });
    }

    test('the pseudo-locale shows no text that bypasses translation, on every page', async () => {
      const page = await openPage(env.browser, { viewport, locale: 'en-CH' });
      const check = async (label) => {
        await page.screenshot({ path: join(artifacts, `pseudo-${label}-${viewport.name}.png`), fullPage: true });
        assert.deepEqual(await untranslatedText(page), [], `untranslated text on ${label}`);
      };
      await page.goto(`${env.portal.base}/en/sign-in?l10n=pseudo`);
      await page.getByRole('heading', { level: 1, name: '[Šíígñ ííñ]' }).waitFor();
      await check('sign-in');
      await page.getByRole('button', { name: '[Šíígñ ííñ]' }).click();
      await page.locator('.error-summary').waitFor();
      await check('sign-in-errors');
      await page.getByLabel('[ÚÚšéérñááméé]').fill('anna.zimmermann');
      await page.getByLabel('[Pááššwóórd]').fill(PASSWORD);
      await page.getByRole('button', { name: '[Šíígñ ííñ]' }).click();
      await page.locator('.case-row').first().waitFor();
      await check('dashboard');
      await page.locator('.case-row__title a').first().click();
      await page.locator('.timeline').waitFor();
      await check('case');
      await page.goto(`${env.portal.base}/en/nowhere`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await check('not-found');
      assertNoProblems(page);
      await page.context().close();
    });

    test('the ids overlay names the message behind each text', async () => {
      const page = await openPage(env.browser, { viewport, locale: 'fr-CH' });
      await page.goto(`${env.portal.base}/fr/connexion?l10n=ids`);
      await page.getByRole('heading', { level: 1, name: 'Connexion ⟦sign-in-title⟧' }).waitFor();
      await page.getByLabel('Mot de passe ⟦sign-in-password-label⟧').waitFor();
      // Remembered for the tab, until switched off.
      await page.goto(`${env.portal.base}/fr/nulle-part`);
      await page.getByRole('heading', { level: 1, name: 'Page introuvable ⟦not-found-title⟧' }).waitFor();
      await page.goto(`${env.portal.base}/fr/connexion?l10n=off`);
      await page.getByRole('heading', { level: 1, name: 'Connexion', exact: true }).waitFor();
      assertNoProblems(page);
      await page.context().close();
    });
  });
}
