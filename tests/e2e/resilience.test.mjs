// Nothing a citizen typed is lost: a dropped network, a reload, an ended session.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPortalAndBrowser } from './portal.mjs';
import { openPage, assertNoProblems, assertAccessible, failOnceWith500, VIEWPORTS, PASSWORD } from './browser.mjs';
import { SignInPage, TEXTS } from './pages.mjs';
import { Wizard, msg, service } from './wizard.mjs';

const env = withPortalAndBrowser();
const dog = service('dog-registration');
const label = (step, id) => dog.steps[step].fields.find((f) => f.id === id).label.de;

/// Signed in as Anna, on the first step of a new dog registration.
async function startDogRegistration(viewport) {
  const page = await openPage(env.browser, { viewport, locale: 'de-CH' });
  await page.goto(`${env.portal.base}/de/anmelden?next=${encodeURIComponent('/de/dienstleistungen/dog-registration')}`);
  await new SignInPage(page, TEXTS.de).signIn('anna.zimmermann', PASSWORD);
  await page.getByRole('button', { name: msg('de', 'services-start') }).click();
  await page.getByRole('heading', { level: 1, name: dog.steps[0].title.de }).waitFor();
  const wizard = new Wizard(page, { lang: 'de', serviceId: 'dog-registration', viewport: viewport.name, scan: false });
  return { page, wizard };
}

async function fillStep(wizard, page, step, answers) {
  for (const [id, value] of Object.entries(answers)) {
    await wizard.fillField(page, dog.steps[step].fields.find((f) => f.id === id), id, value);
  }
}

const continueButton = (page) => page.getByRole('button', { name: msg('de', 'wizard-continue') });
const saved = (page) => page.getByRole('status').filter({ hasText: /^Gespeichert um \d\d:\d\d$/ });

test('the network drops mid-wizard: a notice, the citizen goes on, and everything is saved on reconnect', async () => {
  const { page, wizard } = await startDogRegistration(VIEWPORTS[1]);
  await fillStep(wizard, page, 0, { 'dog-name': 'Bello', breed: 'Pudel', sex: 'female', 'dog-birth-date': '2023-02-01' });
  await continueButton(page).click();
  await page.getByRole('heading', { level: 1, name: dog.steps[1].title.de }).waitFor();

  await page.context().setOffline(true);
  await page.getByText(msg('de', 'wizard-offline-notice')).waitFor();
  await assertAccessible(page, 'offline step de 360px');
  await fillStep(wizard, page, 1, { microchip: '756098100123456', colour: 'schwarz' });
  await continueButton(page).click();
  await page.getByRole('heading', { level: 1, name: dog.steps[2].title.de }).waitFor();
  await page.getByRole('status').filter({ hasText: msg('de', 'wizard-save-offline') }).waitFor();
  await fillStep(wizard, page, 2, { insured: false });

  await page.context().setOffline(false);
  await saved(page).waitFor();
  // What the server has now survives a reload: the step and every answer.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: dog.steps[2].title.de }).waitFor();
  assert.equal(await page.getByRole('radio', { name: msg('de', 'wizard-no') }).isChecked(), true);
  await page.getByRole('link', { name: msg('de', 'wizard-back') }).click();
  await page.getByRole('heading', { level: 1, name: dog.steps[1].title.de }).waitFor();
  assert.equal(await page.getByLabel(label(1, 'microchip')).inputValue(), '756098100123456');
  assert.equal(await page.getByLabel(new RegExp(`^${label(1, 'colour')}`)).inputValue(), 'schwarz');
  // The requests made while offline failed, as they should; nothing else may complain.
  page.problems.splice(0, page.problems.length, ...page.problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')));
  assertNoProblems(page);
  await page.context().close();
});

test('a reload right after typing brings back the step with every value', async () => {
  const { page, wizard } = await startDogRegistration(VIEWPORTS[0]);
  await fillStep(wizard, page, 0, { 'dog-name': 'Rex', breed: 'Labrador', sex: 'male' });
  // No Continue, no waiting for the autosave: the device's copy has it.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: dog.steps[0].title.de }).waitFor();
  assert.equal(await page.getByLabel(label(0, 'dog-name')).inputValue(), 'Rex');
  assert.equal(await page.getByLabel(label(0, 'breed')).inputValue(), 'Labrador');
  assert.equal(await page.getByRole('radio', { name: dog.steps[0].fields[2].kind.choice.options[0].label.de }).isChecked(), true);
  // And it reaches the server: another reload without the device's copy still has it.
  await saved(page).waitFor();
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  assert.equal(await page.getByLabel(label(0, 'dog-name')).inputValue(), 'Rex');
  assertNoProblems(page);
  await page.context().close();
});

test('the session ends mid-wizard: after signing in again, the same step with every value', async () => {
  const { page, wizard } = await startDogRegistration(VIEWPORTS[0]);
  const stepUrl = page.url();
  await page.context().clearCookies();
  await fillStep(wizard, page, 0, { 'dog-name': 'Luna', breed: 'Beagle' });
  // The autosave meets the ended session: sign in, and come back here.
  await new SignInPage(page, TEXTS.de).expectShown();
  await page.getByText(msg('de', 'sign-in-expired')).waitFor();
  await new SignInPage(page, TEXTS.de).signIn('anna.zimmermann', PASSWORD);
  await page.waitForURL(stepUrl);
  await page.getByRole('heading', { level: 1, name: dog.steps[0].title.de }).waitFor();
  assert.equal(await page.getByLabel(label(0, 'dog-name')).inputValue(), 'Luna');
  assert.equal(await page.getByLabel(label(0, 'breed')).inputValue(), 'Beagle');
  await saved(page).waitFor();
  assertNoProblems(page, { expectedStatuses: [401] });
  await page.context().close();
});

test('switching language mid-wizard keeps the step and every answer, even one being typed', async () => {
  const { page, wizard } = await startDogRegistration(VIEWPORTS[1]);
  await fillStep(wizard, page, 0, { 'dog-name': 'Bello', breed: 'Pudel' });
  await page.getByRole('navigation', { name: TEXTS.de.languageMenu }).getByRole('link', { name: 'Français' }).click();
  await page.getByRole('heading', { level: 1, name: dog.steps[0].title.fr }).waitFor();
  assert.match(new URL(page.url()).pathname, /^\/fr\/prestations\/dog-registration\/[a-z0-9]+\/dog$/);
  assert.equal(await page.getByLabel(dog.steps[0].fields[0].label.fr).inputValue(), 'Bello');
  assert.equal(await page.getByLabel(dog.steps[0].fields[1].label.fr).inputValue(), 'Pudel');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  assertNoProblems(page);
  await page.context().close();
});

test('a server error on submit keeps everything; a double click and the retry make exactly one case', async () => {
  const { page, wizard } = await startDogRegistration(VIEWPORTS[0]);
  await wizard.fillSteps({
    'dog-name': 'Bello', breed: 'Pudel', sex: 'female', 'dog-birth-date': '2023-02-01', microchip: '756098100123456',
    insured: false, phone: '041 228 51 11', truthful: true,
  });
  const caseCount = async () => (await (await page.request.get(`${env.portal.base}/api/v1/cases`)).json()).total;
  const before = await caseCount();
  // The first submission attempt meets a 500.
  await failOnceWith500(page, '**/submission?**', 'POST');
  const submit = page.getByRole('button', { name: msg('de', 'wizard-submit') });
  await submit.click();
  await page.getByRole('alert').filter({ hasText: msg('de', 'error-server') }).waitFor();
  assert.ok(Object.keys(await wizard.summary()).length >= 6, 'the answers are still shown');
  await submit.dblclick();
  await page.getByRole('heading', { level: 1, name: msg('de', 'wizard-done-title') }).waitFor();
  const reference = (await page.locator('.confirmation__reference strong').textContent()).trim();
  await page.getByRole('link', { name: msg('de', 'wizard-done-dashboard-link') }).click();
  await page.locator('.case-row', { hasText: reference }).waitFor();
  assert.equal(await caseCount(), before + 1, 'exactly one case for the one application');
  assertNoProblems(page, { expectedStatuses: [500] });
  await page.context().close();
});

test('another device resumes the draft; a save from a stale version asks instead of overwriting', async () => {
  // Device A starts and types; device B signs in and continues from the dashboard.
  const a = await startDogRegistration(VIEWPORTS[0]);
  await fillStep(a.wizard, a.page, 0, { 'dog-name': 'Bello' });
  await saved(a.page).waitFor();
  const b = await openPage(env.browser, { viewport: VIEWPORTS[1], locale: 'de-CH' });
  await b.goto(`${env.portal.base}/de/anmelden`);
  await new SignInPage(b, TEXTS.de).signIn('anna.zimmermann', PASSWORD);
  const draftId = new URL(a.page.url()).pathname.split('/')[4];
  const resume = b.getByRole('link', { name: new RegExp(`^${dog.title.de} – weiterfahren`) }).and(b.locator(`[href*="${draftId}"]`));
  await resume.click();
  await b.getByRole('heading', { level: 1, name: dog.steps[0].title.de }).waitFor();
  assert.equal(await b.getByLabel(label(0, 'dog-name')).inputValue(), 'Bello');

  // A saves a newer version; B, still on the older one, saves too and is asked.
  await fillStep(a.wizard, a.page, 0, { breed: 'Pudel' });
  const draftUrl = `${env.portal.base}/api/v1/drafts/${draftId}`;
  for (let i = 0; i < 50; i++) {
    if ((await (await a.page.request.get(draftUrl)).json()).answers.breed === 'Pudel') break;
    await a.page.waitForTimeout(100);
  }
  const bWizard = new Wizard(b, { lang: 'de', serviceId: 'dog-registration', viewport: '360px', scan: false });
  await fillStep(bWizard, b, 0, { breed: 'Dackel' });
  const question = b.getByRole('alert').filter({ hasText: msg('de', 'wizard-conflict-title') });
  await question.waitFor();
  await assertAccessible(b, 'draft conflict de 360px');
  assert.equal(await b.getByLabel(label(0, 'breed')).inputValue(), 'Dackel', 'nothing overwritten while asking');
  await b.getByRole('button', { name: msg('de', 'wizard-conflict-keep-mine') }).click();
  await saved(b).waitFor();

  // A sees B's choice after a reload.
  await a.page.reload();
  await a.page.getByRole('heading', { level: 1, name: dog.steps[0].title.de }).waitFor();
  assert.equal(await a.page.getByLabel(label(0, 'breed')).inputValue(), 'Dackel');
  assertNoProblems(b, { expectedStatuses: [409] });
  await a.page.context().close();
  await b.context().close();
});

test('open applications say how long they are kept and can be deleted; signing out asks before dropping unsaved answers', async () => {
  const { page, wizard } = await startDogRegistration(VIEWPORTS[1]);
  await fillStep(wizard, page, 0, { 'dog-name': 'Fido' });
  await saved(page).waitFor();

  // Offline, typing goes on; signing out now would drop what only this device has: it asks.
  await page.context().setOffline(true);
  await fillStep(wizard, page, 0, { breed: 'Spitz' });
  const signOut = page.getByRole('button', { name: TEXTS.de.signOut, exact: true });
  await signOut.click();
  const question = page.getByRole('alertdialog', { name: msg('de', 'common-sign-out-unsaved-title') });
  await question.waitFor();
  // The safe answer takes focus.
  await page.waitForFunction((text) => document.activeElement.textContent === text, msg('de', 'common-sign-out-stay'));
  await assertAccessible(page, 'sign-out question de 360px');
  await page.screenshot({ path: `${import.meta.dirname}/artifacts/sign-out-question-360px.png`, fullPage: false });
  await question.getByRole('button', { name: msg('de', 'common-sign-out-stay') }).click();
  await question.waitFor({ state: 'detached' });
  // Focus is back on the sign-out button.
  await page.waitForFunction((text) => document.activeElement.textContent === text, TEXTS.de.signOut);

  // Back online the answers are saved, and the dashboard lists the application with its end.
  await page.context().setOffline(false);
  await saved(page).waitFor();
  await page.getByRole('link', { name: TEXTS.de.dashboard }).first().click();
  const section = page.getByRole('region', { name: msg('de', 'dashboard-open-applications') });
  await section.waitFor();
  assert.match(await section.textContent(), /bleiben 30 Tage nach der letzten Änderung gespeichert/);
  const end = new Date(Date.now() + 30 * 86_400_000);
  const endText = `${String(end.getUTCDate()).padStart(2, '0')}.${String(end.getUTCMonth() + 1).padStart(2, '0')}.${end.getUTCFullYear()}`;
  assert.match(await section.textContent(), new RegExp(`gespeichert bis ${endText.replace(/\./g, '\\.')}`));

  // Delete: asked first, Escape keeps it, "Ja, löschen" removes it and says so.
  const remove = section.getByRole('button', { name: `${msg('de', 'dashboard-draft-delete')} ${dog.title.de}` }).first();
  const count = await section.getByRole('listitem').count();
  await remove.click();
  const confirm = page.getByRole('alertdialog', { name: msg('de', 'dashboard-draft-delete-title') });
  await confirm.waitFor();
  await page.screenshot({ path: `${import.meta.dirname}/artifacts/delete-draft-360px.png`, fullPage: false });
  await page.keyboard.press('Escape');
  await confirm.waitFor({ state: 'detached' });
  assert.equal(await section.getByRole('listitem').count(), count);
  await remove.click();
  await confirm.getByRole('button', { name: msg('de', 'dashboard-draft-delete-confirm') }).click();
  await section.getByRole('status').filter({ hasText: msg('de', 'dashboard-draft-deleted', { service: dog.title.de }) }).waitFor();
  assert.equal(await section.getByRole('listitem').count(), count - 1);
  await page.screenshot({ path: `${import.meta.dirname}/artifacts/draft-deleted-360px.png`, fullPage: true });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'open-applications-heading');

  // Nothing unsaved is left: signing out asks nothing and leaves no answers on the device.
  await signOut.click();
  await new SignInPage(page, TEXTS.de).expectShown();
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('guichet.draft.'))), []);
  page.problems.splice(0, page.problems.length, ...page.problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')));
  assertNoProblems(page);
  await page.context().close();
});

/// Layout shifts (without recent input) add up in `window.__shift` from the first paint on.
async function recordLayoutShift(page) {
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

test('a slow API: the skeleton holds the place without a shift, and after the stated time a retry is offered that works', async () => {
  const page = await openPage(env.browser, { viewport: VIEWPORTS[1], locale: 'de-CH' });
  await page.goto(`${env.portal.base}/de/anmelden`);
  await new SignInPage(page, TEXTS.de).signIn('anna.zimmermann', PASSWORD);
  await page.getByRole('heading', { level: 1, name: TEXTS.de.dashboard }).waitFor();
  await recordLayoutShift(page);

  // Slow but answering: the skeleton shows, then the cases take its place without a shift.
  const cases = '**/api/v1/cases?*';
  await page.route(cases, async (route) => { await new Promise((r) => setTimeout(r, 1500)); await route.continue(); });
  await page.reload();
  await page.locator('.skeleton__row').first().waitFor();
  await page.locator('.case-row').first().waitFor();
  const shift = await page.evaluate(() => window.__shift);
  assert.ok(shift <= 0.02, `layout shift ${shift} over 0.02`);
  await page.unroute(cases);

  // No answer at all: after 15 s (the page's clock runs fast here) the citizen is told so and
  // offered a retry, which works once the server answers again.
  await page.clock.install();
  let answering = false;
  await page.route(cases, async (route) => { if (answering) await route.continue(); });
  await page.reload();
  await page.locator('.skeleton__row').first().waitFor();
  await page.clock.runFor(14_000);
  assert.equal(await page.getByRole('button', { name: msg('de', 'common-retry') }).count(), 0, 'no retry before the stated time');
  await page.clock.runFor(1_500);
  await page.getByText(msg('de', 'error-timeout')).waitFor();
  await assertAccessible(page, 'request timeout de 360px');
  answering = true;
  await page.getByRole('button', { name: msg('de', 'common-retry') }).click();
  await page.locator('.case-row').first().waitFor();
  assertNoProblems(page);
  await page.context().close();
});

test('a save that meets a 500 says so, keeps the answers on the device, and "try again" saves them', async () => {
  const { page, wizard } = await startDogRegistration(VIEWPORTS[0]);
  await failOnceWith500(page, '**/api/v1/drafts/*', 'PUT');
  await fillStep(wizard, page, 0, { 'dog-name': 'Nala' });
  await page.getByText(msg('de', 'error-server')).waitFor();
  await page.getByRole('status').filter({ hasText: msg('de', 'wizard-save-failed') }).waitFor();
  assert.equal(await page.getByLabel(label(0, 'dog-name')).inputValue(), 'Nala');
  await page.getByRole('button', { name: msg('de', 'common-retry') }).click();
  await saved(page).waitFor();
  const draftId = new URL(page.url()).pathname.split('/')[4];
  assert.equal((await (await page.request.get(`${env.portal.base}/api/v1/drafts/${draftId}`)).json()).answers['dog-name'], 'Nala');
  assertNoProblems(page, { expectedStatuses: [500] });
  await page.context().close();
});

test('answers kept on a device while another device changed the draft are not dropped: the citizen is asked at start', async () => {
  const a = await startDogRegistration(VIEWPORTS[1]);
  await fillStep(a.wizard, a.page, 0, { 'dog-name': 'Bello' });
  await saved(a.page).waitFor();
  const stepUrl = a.page.url();
  // Offline on the phone: typed, kept on the device, and the tab is closed.
  await a.page.context().setOffline(true);
  await fillStep(a.wizard, a.page, 0, { breed: 'Pudel' });
  // The copy is encrypted: only that there is one can be seen (the save before cleared it).
  await a.page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('guichet.draft.')));
  await a.page.close();

  // Meanwhile on the computer, the name is changed.
  const b = await openPage(env.browser, { viewport: VIEWPORTS[0], locale: 'de-CH' });
  await b.goto(stepUrl);
  await new SignInPage(b, TEXTS.de).signIn('anna.zimmermann', PASSWORD);
  await b.getByRole('heading', { level: 1, name: dog.steps[0].title.de }).waitFor();
  const bWizard = new Wizard(b, { lang: 'de', serviceId: 'dog-registration', viewport: 'desktop', scan: false });
  await fillStep(bWizard, b, 0, { 'dog-name': 'Rex' });
  await saved(b).waitFor();

  // The phone opens the application again: it asks, showing its own answers meanwhile.
  await a.wizard.page.context().setOffline(false);
  const again = await a.wizard.page.context().newPage();
  await again.goto(stepUrl);
  await again.getByRole('alert').filter({ hasText: msg('de', 'wizard-conflict-title') }).waitFor();
  assert.equal(await again.getByLabel(label(0, 'breed')).inputValue(), 'Pudel');
  await again.getByRole('button', { name: msg('de', 'wizard-conflict-keep-mine') }).click();
  await saved(again).waitFor();
  await b.reload();
  await b.getByRole('heading', { level: 1, name: dog.steps[0].title.de }).waitFor();
  assert.equal(await b.getByLabel(label(0, 'breed')).inputValue(), 'Pudel');
  assert.equal(await b.getByLabel(label(0, 'dog-name')).inputValue(), 'Bello');
  await again.context().close();
  await b.context().close();
});
