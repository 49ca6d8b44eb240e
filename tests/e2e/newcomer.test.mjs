// Issue 7's "done when", as one citizen's afternoon: Sophie orders a civil-status document in
// French on a 360 px phone, loses the network on step 3 and keeps typing, reloads, switches to
// Italian, sees her session end and signs in again, then finishes on a second device. She never
// types anything twice, and the summary on the second device holds everything from the first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPortalAndBrowser } from './portal.mjs';
import { openPage, assertNoProblems, assertAccessible, VIEWPORTS, PASSWORD } from './browser.mjs';
import { SignInPage, TEXTS } from './pages.mjs';
import { Wizard, msg, service } from './wizard.mjs';

const env = withPortalAndBrowser();
const civil = service('civil-status-document');
const step = (id) => civil.steps.find((s) => s.id === id);
const field = (stepId, id) => step(stepId).fields.find((f) => f.id === id);

test('French at 360 px: offline on step 3, reload, Italian, an ended session, and the finish on another device', async () => {
  const phone = await openPage(env.browser, { viewport: VIEWPORTS[1], locale: 'fr-CH' });
  await phone.goto(`${env.portal.base}/fr/connexion?next=${encodeURIComponent('/fr/prestations/civil-status-document')}`);
  await new SignInPage(phone, TEXTS.fr).signIn('sophie.rochat', PASSWORD);
  await phone.getByRole('button', { name: msg('fr', 'services-start') }).click();
  const fr = new Wizard(phone, { lang: 'fr', serviceId: 'civil-status-document', viewport: '360px' });
  await fr.fillSteps(
    { 'document-type': 'birth-certificate', concerned: 'self', 'first-name': 'Sophie', 'last-name': 'Rochat', 'date-of-birth': '1988-04-02' },
    { until: 'copies' },
  );

  // Step 3: the network drops; she keeps typing and goes on to the next step.
  await phone.context().setOffline(true);
  await phone.getByText(msg('fr', 'wizard-offline-notice')).waitFor();
  await fr.fillField(phone, field('copies', 'copies'), 'copies', '2');
  await fr.fillField(phone, field('copies', 'certificate-language'), 'certificate-language', 'it');
  await phone.getByRole('button', { name: msg('fr', 'wizard-continue') }).click();
  await phone.getByRole('heading', { level: 1, name: step('delivery').title.fr }).waitFor();
  await fr.fillField(phone, field('delivery', 'delivery'), 'delivery', 'post');
  await fr.fillField(phone, field('delivery', 'postal-address'), 'postal-address', { street: 'Rue de Lausanne', number: '45' });

  // The network is back and she reloads at once: the step and what she typed offline are there.
  await phone.context().setOffline(false);
  await phone.reload();
  await phone.getByRole('heading', { level: 1, name: step('delivery').title.fr }).waitFor();
  assert.equal(await phone.getByLabel(new RegExp(`^${msg('fr', 'wizard-address-street')}`)).inputValue(), 'Rue de Lausanne');

  // Italian from here on: same step, same answers.
  await phone.getByRole('navigation', { name: TEXTS.fr.languageMenu }).getByRole('link', { name: 'Italiano' }).click();
  await phone.getByRole('heading', { level: 1, name: step('delivery').title.it }).waitFor();
  assert.equal(await phone.getByLabel(new RegExp(`^${msg('it', 'wizard-address-number')}`)).inputValue(), '45');

  // The session ends while she types the postcode: she signs in again and is back, postcode and all.
  await phone.context().clearCookies();
  const it = new Wizard(phone, { lang: 'it', serviceId: 'civil-status-document', viewport: '360px' });
  await it.fillField(phone, field('delivery', 'postal-address'), 'postal-address', { postcode: '1700' });
  await new SignInPage(phone, TEXTS.it).expectShown();
  await new SignInPage(phone, TEXTS.it).signIn('sophie.rochat', PASSWORD);
  await phone.getByRole('heading', { level: 1, name: step('delivery').title.it }).waitFor();
  assert.equal(await phone.getByLabel(new RegExp(`^${msg('it', 'wizard-address-postcode')}`)).inputValue(), '1700');
  await phone.getByRole('status').filter({ hasText: /^Salvat/ }).waitFor();

  // Another device: the application is on the dashboard; she finishes it there.
  const desk = await openPage(env.browser, { viewport: VIEWPORTS[0], locale: 'it-CH' });
  await desk.goto(`${env.portal.base}/it/accesso`);
  await new SignInPage(desk, TEXTS.it).signIn('sophie.rochat', PASSWORD);
  await desk.getByRole('link', { name: new RegExp(`^${civil.title.it} – `) }).click();
  await desk.getByRole('heading', { level: 1, name: step('delivery').title.it }).waitFor();
  const there = new Wizard(desk, { lang: 'it', serviceId: 'civil-status-document', viewport: 'desktop' });
  await there.fillField(desk, field('delivery', 'postal-address'), 'postal-address', { locality: 'Fribourg', municipality: 'Fribourg (FR)' });
  await there.fillSteps({ truthful: true });
  const summary = await there.summary();
  const row = (stepId, id) => summary[field(stepId, id).label.it];
  assert.equal(row('person', 'first-name'), 'Sophie');
  assert.equal(row('copies', 'copies'), '2');
  assert.equal(row('copies', 'certificate-language'), field('copies', 'certificate-language').kind.choice.options.find((o) => o.value === 'it').label.it);
  assert.match(row('delivery', 'postal-address'), /Rue de Lausanne 45\s*1700 Fribourg/);
  await assertAccessible(desk, 'newcomer check it desktop');
  const reference = await there.submit();
  assert.match(reference, /^FR-\d{4}-\d{6}$/);

  // The finished application left the phone's device copy nothing to keep.
  assert.deepEqual(await desk.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('guichet.draft.'))), []);
  phone.problems.splice(0, phone.problems.length, ...phone.problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')));
  assertNoProblems(phone, { expectedStatuses: [401] });
  assertNoProblems(desk);
  await phone.context().close();
  await desk.context().close();
});
