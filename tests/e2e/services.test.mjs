// Every demo service, from the catalogue to the confirmation and the new case on the
// dashboard, at 360 px and on a desktop, with an axe scan of every page on the way. Between
// them the services cover all five languages.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { withPortalAndBrowser } from './portal.mjs';
import { openPage, assertNoProblems, assertAccessible, VIEWPORTS, PASSWORD } from './browser.mjs';
import { SignInPage, TEXTS, actFor } from './pages.mjs';
import { Wizard, msg, pdfFile, service, inDays } from './wizard.mjs';

const env = withPortalAndBrowser();

const SERVICES_SLUG = { de: 'dienstleistungen', fr: 'prestations', it: 'servizi', rm: 'servetschs', en: 'services' };

const JOURNEYS = [
  {
    service: 'civil-status-document', lang: 'fr', user: 'sophie.rochat', search: 'acte de naissance', fee: '62.00',
    change: [3, 'copies', '2'],
    answers: {
      'document-type': 'birth-certificate', concerned: 'self', 'first-name': 'Sophie', 'last-name': 'Rochat',
      'date-of-birth': '1988-04-02', copies: '1', 'certificate-language': 'fr', delivery: 'post',
      'postal-address': { street: 'Rue de Lausanne', number: '45', postcode: '1700', locality: 'Fribourg', municipality: 'Fribourg (FR)' },
      truthful: true,
    },
  },
  {
    service: 'change-of-address', lang: 'it', user: 'luca.bernasconi', search: 'trasloco',
    answers: {
      'move-date': inDays(20),
      'old-address': { street: 'Via da Spultri', number: '8', postcode: '7742', locality: 'Poschiavo' },
      'new-address': { street: 'Obergrundstrasse', number: '70', postcode: '6005', locality: 'Luzern', municipality: 'Kriens (LU)' },
      household: true,
      persons: [
        { 'first-name': 'Luca', 'last-name': 'Bernasconi', 'date-of-birth': '1979-09-30', ahv: '756.9217.0769.85' },
        { 'first-name': 'Giulia', 'last-name': 'Bernasconi', 'date-of-birth': '1982-02-11' },
      ],
      notify: ['vehicle-office'],
      truthful: true,
    },
  },
  {
    service: 'dog-registration', lang: 'de', user: 'anna.zimmermann', search: 'Hund',
    answers: {
      'dog-name': 'Bello', breed: 'Berner Sennenhund', sex: 'male', 'dog-birth-date': '2024-05-01',
      microchip: '756098100123456', insured: true, insurer: 'Helvetia', 'policy-number': 'H-123-456',
      'policy-document': [pdfFile('Police Helvetia.pdf', 30_000), pdfFile('Bestätigung.pdf')], phone: '041 228 51 11', truthful: true,
    },
  },
  {
    service: 'debt-collection-extract', lang: 'rm', user: 'anna.zimmermann', fee: '19.00',
    answers: { ahv: '756.9217.0769.85', 'date-of-birth': '1985-06-15', purpose: 'rental', delivery: 'post', truthful: true },
  },
  {
    service: 'residential-parking-permit', lang: 'en', user: 'marco.amstutz', actFor: 'Bäckerei Amstutz AG', search: 'parking', fee: '270.00',
    answers: {
      plate: 'LU 123456', 'own-vehicle': false, 'holder-name': 'Bäckerei Amstutz AG', zone: 'zone-b', period: '12-months',
      'start-date': inDays(7), iban: 'CH93 0076 2011 6238 5295 7', truthful: true,
    },
  },
];

async function signIn(page, lang, user) {
  await new SignInPage(page, TEXTS[lang]).signIn(user, PASSWORD);
}

for (const viewport of VIEWPORTS) {
  describe(`services at ${viewport.name}`, () => {
    for (const journey of JOURNEYS) {
      test(`${journey.service} in ${journey.lang}: catalogue, start, every step, check, submit, confirmation, dashboard`, async () => {
        const { lang } = journey;
        const definition = service(journey.service);
        const title = definition.title[lang];
        const page = await openPage(env.browser, { viewport, locale: `${lang}-CH` });

        // The catalogue, searched in the citizen's words (or browsed).
        await page.goto(`${env.portal.base}/${lang}/${SERVICES_SLUG[lang]}`);
        await page.getByRole('heading', { level: 1, name: msg(lang, 'services-title') }).waitFor();
        if (journey.search) {
          await page.getByRole('searchbox', { name: msg(lang, 'services-search-label') }).fill(journey.search);
          await page.getByRole('button', { name: msg(lang, 'services-search-submit') }).click();
          await page.waitForURL(/\?q=/);
          await page.getByRole('status').filter({ hasText: /\d|\S/ }).first().waitFor();
        }
        await assertAccessible(page, `catalogue ${lang} ${viewport.name}`);
        await page.getByRole('link', { name: title, exact: true }).click();

        // The start page: signed out, it asks to sign in first and comes back.
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        await assertAccessible(page, `start ${journey.service} ${lang} ${viewport.name}`);
        await page.getByRole('link', { name: msg(lang, 'services-sign-in-to-start') }).click();
        await signIn(page, lang, journey.user);
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        if (journey.actFor) {
          // Applying for the organisation: switched in the header, then back to the service.
          const start = page.url();
          await actFor(page, lang, journey.actFor);
          await page.goto(start);
          await page.getByRole('heading', { level: 1, name: title }).waitFor();
        }
        await page.getByRole('button', { name: msg(lang, 'services-start') }).click();

        const wizard = new Wizard(page, { lang, serviceId: journey.service, viewport: viewport.name });
        await wizard.fillSteps(journey.answers);

        // Check your answers: every answer shown, and the fee when there is one.
        assert.equal(await page.title(), `${msg(lang, 'wizard-check-title')} – ${title} – guichet`);
        const rows = await wizard.summary();
        assert.ok(Object.keys(rows).length >= 4, JSON.stringify(rows));
        await assertAccessible(page, `check ${journey.service} ${lang} ${viewport.name}`);
        if (journey.change) {
          // A change link lands on the field itself and returns to the summary afterwards.
          const [stepIndex, fieldId, value] = journey.change;
          const field = definition.steps[stepIndex].fields.find((f) => f.id === fieldId);
          await page.getByRole('link', { name: `${msg(lang, 'wizard-change')} ${field.label[lang]}` }).click();
          await page.getByRole('heading', { level: 1, name: definition.steps[stepIndex].title[lang] }).waitFor();
          await page.waitForFunction((id) => document.activeElement?.id === id, fieldId);
          await wizard.fillField(page, field, fieldId, value);
          await page.getByRole('button', { name: msg(lang, 'wizard-save-and-return') }).click();
          await page.getByRole('heading', { level: 1, name: msg(lang, 'wizard-check-title') }).waitFor();
          assert.equal((await wizard.summary())[field.label[lang]], value);
        }
        if (journey.fee) {
          const total = await page.locator('.fee-table tfoot td').textContent();
          assert.match(total.replace(/\s/g, ' '), new RegExp(journey.fee.replace('.', '\\.')));
        } else {
          assert.equal(await page.locator('.fee-table').count(), 0);
        }

        const reference = await wizard.submit();
        assert.match(reference, /^[A-Z]{2}-\d{4}-\d{6}$/);
        const paymentDue = page.getByRole('heading', { level: 2, name: msg(lang, 'wizard-done-payment-title') });
        assert.equal(await paymentDue.count(), journey.fee ? 1 : 0, 'a fee still due is said plainly');
        await assertAccessible(page, `confirmation ${journey.service} ${lang} ${viewport.name}`);

        // The receipt (and the invoice) download as PDFs.
        const downloads = [msg(lang, 'wizard-done-receipt')].concat(journey.fee ? [msg(lang, 'wizard-done-invoice')] : []);
        for (const name of downloads) {
          const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
          assert.match(download.suggestedFilename(), new RegExp(`${reference}\\.pdf$`));
          const { readFile } = await import('node:fs/promises');
          assert.equal((await readFile(await download.path())).subarray(0, 5).toString(), '%PDF-');
        }

        // The application is now a case on the dashboard.
        await page.getByRole('link', { name: msg(lang, 'wizard-done-dashboard-link') }).click();
        await page.getByRole('heading', { level: 1, name: TEXTS[lang].dashboard }).waitFor();
        await page.locator('.case-row', { hasText: reference }).waitFor();
        assertNoProblems(page);
        await page.context().close();
      });
    }
  });
}

test('the tax return leaves the portal for the canton’s application, and says so', async () => {
  const page = await openPage(env.browser, { viewport: VIEWPORTS[0], locale: 'de-CH' });
  const tax = service('tax-return');
  await page.goto(`${env.portal.base}/de/dienstleistungen?q=steuer`);
  const link = page.getByRole('link', { name: `${tax.title.de} ${msg('de', 'services-leaves-portal')}` });
  await link.waitFor();
  assert.equal(await link.getAttribute('href'), tax.link_out.url);
  assert.match(await link.getAttribute('rel'), /external/);
  assertNoProblems(page);
  await page.context().close();
});

test('a whole application with a repeatable group, by keyboard alone', async () => {
  const journey = JOURNEYS[1];
  const page = await openPage(env.browser, { viewport: VIEWPORTS[0], locale: 'it-CH' });
  await page.goto(`${env.portal.base}/it/accesso?next=${encodeURIComponent('/it/servizi/change-of-address')}`);
  const wizard = new Wizard(page, { lang: 'it', serviceId: journey.service, keyboard: true, scan: false, viewport: 'desktop' });
  await wizard.type(page.getByLabel(TEXTS.it.username), journey.user);
  await wizard.type(page.getByLabel(TEXTS.it.password), PASSWORD);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: service(journey.service).title.it }).waitFor();
  await wizard.press(page.getByRole('button', { name: msg('it', 'services-start') }));
  await wizard.fillSteps(journey.answers);
  const rows = await wizard.summary();
  const persons = Object.entries(rows).find(([key]) => key === service(journey.service).steps[3].fields[1].label.it);
  assert.ok(persons && persons[1].includes('Giulia'), JSON.stringify(rows));
  const reference = await wizard.submit();
  assert.match(reference, /^[A-Z]{2}-\d{4}-\d{6}$/);
  assertNoProblems(page);
  await page.context().close();
});

test('errors are summarised and named, a skipped step is refused, Back keeps every answer', async () => {
  const page = await openPage(env.browser, { viewport: VIEWPORTS[1], locale: 'de-CH' });
  const dog = service('dog-registration');
  await page.goto(`${env.portal.base}/de/anmelden?next=${encodeURIComponent('/de/dienstleistungen/dog-registration')}`);
  await signIn(page, 'de', 'anna.zimmermann');
  await page.getByRole('button', { name: msg('de', 'services-start') }).click();
  await page.getByRole('heading', { level: 1, name: dog.steps[0].title.de }).waitFor();
  const stepUrl = page.url();

  // A URL cannot skip ahead: the chip step lands back on the first incomplete step.
  await page.goto(stepUrl.replace(/\/dog$/, '/insurance'));
  await page.getByRole('heading', { level: 1, name: dog.steps[0].title.de }).waitFor();
  assert.equal(page.url(), stepUrl);

  // Continue with nothing filled in: a focused summary linking to each field, "Fehler:" in the title.
  await page.getByRole('button', { name: msg('de', 'wizard-continue') }).click();
  const summary = page.getByRole('alert').filter({ hasText: msg('de', 'common-error-summary-title') });
  await summary.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('error-summary')), true);
  assert.match(await page.title(), /^Fehler: /);
  const nameLabel = dog.steps[0].fields[0].label.de;
  const message = msg('de', 'wizard-error-required', { label: nameLabel });
  await summary.getByRole('link', { name: message }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'dog-name');
  assert.equal(await page.getByLabel(nameLabel).getAttribute('aria-invalid'), 'true');
  await assertAccessible(page, 'dog step errors de 360px');

  // Fill the step, go on, then come Back: everything is still there.
  const wizard = new Wizard(page, { lang: 'de', serviceId: 'dog-registration', viewport: '360px' });
  for (const [id, value] of Object.entries({ 'dog-name': 'Bello', breed: 'Pudel', sex: 'female', 'dog-birth-date': '2023-02-01' })) {
    await wizard.fillField(page, dog.steps[0].fields.find((f) => f.id === id), id, value);
  }
  // A birth date in the future is refused with a message that names the field.
  await wizard.fillField(page, dog.steps[0].fields[3], 'dog-birth-date', inDays(3));
  await page.getByRole('button', { name: msg('de', 'wizard-continue') }).click();
  await summary.getByRole('link', { name: msg('de', 'wizard-error-date-in-future', { label: dog.steps[0].fields[3].label.de }) }).waitFor();
  await wizard.fillField(page, dog.steps[0].fields[3], 'dog-birth-date', '2023-02-01');
  await page.getByRole('button', { name: msg('de', 'wizard-continue') }).click();
  await page.getByRole('heading', { level: 1, name: dog.steps[1].title.de }).waitFor();
  // The browser's Back and Forward move between steps with every answer kept.
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: dog.steps[0].title.de }).waitFor();
  assert.equal(await page.getByLabel(nameLabel).inputValue(), 'Bello');
  await page.goForward();
  await page.getByRole('heading', { level: 1, name: dog.steps[1].title.de }).waitFor();
  // So does the page's own back link.
  await page.getByRole('link', { name: msg('de', 'wizard-back') }).click();
  await page.getByRole('heading', { level: 1, name: dog.steps[0].title.de }).waitFor();
  assert.equal(await page.getByLabel(nameLabel).inputValue(), 'Bello');
  assert.equal(await page.getByRole('radio', { name: dog.steps[0].fields[2].kind.choice.options[1].label.de }).isChecked(), true);
  // A reload brings back what was saved at the last step change.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: dog.steps[0].title.de }).waitFor({ timeout: 5000 }).catch(async (e) => {
    await page.screenshot({ path: '/tmp/shots/reload.png', fullPage: true });
    console.log('RELOAD', page.url(), page.problems);
    throw e;
  });
  assert.equal(await page.getByLabel(nameLabel).inputValue(), 'Bello');
  assertNoProblems(page);
  await page.context().close();
});
