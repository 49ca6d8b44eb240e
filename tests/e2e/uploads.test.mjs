// Uploads in a wizard as a citizen meets them: a file too large and a file that is not what its
// name says are refused clearly and the field stays usable; a good file shows its progress,
// sits in an accessible list, can be removed, and follows the draft to another device and
// into the case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPortalAndBrowser } from './portal.mjs';
import { openPage, assertNoProblems, assertAccessible, VIEWPORTS, PASSWORD } from './browser.mjs';
import { SignInPage, TEXTS } from './pages.mjs';
import { Wizard, msg, pdfFile, service } from './wizard.mjs';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const artifacts = resolve(import.meta.dirname, 'artifacts');
mkdirSync(artifacts, { recursive: true });

const env = withPortalAndBrowser();
const dog = service('dog-registration');
const insurance = dog.steps.find((s) => s.id === 'insurance');
const field = insurance.fields.find((f) => f.id === 'policy-document');
const MAX = field.kind.file.max_bytes;

test('a too-large and a fake file are refused clearly, a good one uploads with progress and follows the draft into the case', async () => {
  const page = await openPage(env.browser, { viewport: VIEWPORTS[1], locale: 'de-CH' });
  await page.goto(`${env.portal.base}/de/anmelden?next=${encodeURIComponent('/de/dienstleistungen/dog-registration')}`);
  await new SignInPage(page, TEXTS.de).signIn('anna.zimmermann', PASSWORD);
  await page.getByRole('button', { name: msg('de', 'services-start') }).click();
  const wizard = new Wizard(page, { lang: 'de', serviceId: 'dog-registration', viewport: '360px', scan: false });
  await wizard.fillSteps(
    { 'dog-name': 'Bello', breed: 'Pudel', sex: 'female', 'dog-birth-date': '2023-02-01', microchip: '756098100123456', colour: 'weiss' },
    { until: 'insurance' },
  );
  await wizard.fillField(page, insurance.fields[0], 'insured', true);
  const input = page.getByLabel(field.label.de, { exact: true });
  const alert = page.getByRole('alert');

  // Too large: refused in the browser before anything is sent, with the size and the limit.
  await input.setInputFiles(pdfFile('Scan gross.pdf', MAX + 2_500_000));
  await alert.filter({ hasText: '«Scan gross.pdf» ist zu gross (7.5 MB). Erlaubt sind höchstens 5 MB pro Datei.' }).waitFor();
  assert.equal(await input.getAttribute('aria-invalid'), 'true');
  await assertAccessible(page, 'upload refused de 360px');
  await page.screenshot({ path: join(artifacts, 'upload-refused-360px.png'), fullPage: true });

  // A program named .pdf passes the browser's look at name and type, and the server refuses
  // it by its first bytes.
  await input.setInputFiles(pdfFile('Police.pdf', 0, Buffer.from('MZ\x90\x00 not a pdf at all')));
  await alert.filter({ hasText: '«Police.pdf» kann nicht hochgeladen werden' }).waitFor();

  // A real PDF: its progress bar shows while it is on its way (held here until seen).
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/api/v1/drafts/*/files?*', async (route) => { await held; await route.continue(); });
  await input.setInputFiles(pdfFile('Police Helvetia.pdf', 40_000));
  const progress = page.getByRole('progressbar', { name: msg('de', 'wizard-file-uploading', { name: 'Police Helvetia.pdf' }) });
  await progress.waitFor();
  await page.screenshot({ path: join(artifacts, 'upload-progress-360px.png'), fullPage: true });
  assert.equal(await alert.count(), 0, 'a new try clears the old refusal');
  release();
  const remove = page.getByRole('button', { name: `${msg('de', 'wizard-file-remove')} Police Helvetia.pdf` });
  await remove.waitFor();
  await page.unroute('**/api/v1/drafts/*/files?*');
  assert.equal(await progress.count(), 0);
  const list = page.getByRole('list', { name: msg('de', 'wizard-file-list-label', { label: field.label.de }) });
  assert.match(await list.textContent(), /Police Helvetia\.pdf\s*40 kB/);
  await assertAccessible(page, 'uploaded file list de 360px');
  await page.screenshot({ path: join(artifacts, 'upload-list-360px.png'), fullPage: true });

  // Removing gives focus back to the file input; a second file goes in.
  await remove.click();
  await remove.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'policy-document');
  await wizard.fillField(page, field, 'policy-document', [pdfFile('Police 2026.pdf', 3000)]);
  // Saved at once after the upload, without waiting for a typing pause.
  const draftId = new URL(page.url()).pathname.split('/')[4];
  await page.waitForFunction(async (url) => (await (await fetch(url)).json()).answers['policy-document']?.includes('Police 2026.pdf'),
    `/api/v1/drafts/${draftId}`, { polling: 100, timeout: 5000 });

  // Another device: the file is in the draft there too, and the case gets it as a document.
  const other = await openPage(env.browser, { viewport: VIEWPORTS[0], locale: 'de-CH' });
  await other.goto(`${env.portal.base}${new URL(page.url()).pathname}`);
  await new SignInPage(other, TEXTS.de).signIn('anna.zimmermann', PASSWORD);
  await other.getByRole('heading', { level: 1, name: insurance.title.de }).waitFor();
  await other.getByRole('button', { name: `${msg('de', 'wizard-file-remove')} Police 2026.pdf` }).waitFor();
  const there = new Wizard(other, { lang: 'de', serviceId: 'dog-registration', viewport: 'desktop', scan: false });
  await there.fillSteps({ insurer: 'Helvetia', 'policy-number': 'H-1', phone: '041 228 51 11', truthful: true });
  assert.equal((await there.summary())[field.label.de], 'Police 2026.pdf');
  await there.submit();
  await other.getByRole('link', { name: msg('de', 'wizard-done-case-link') }).click();
  await other.getByRole('heading', { level: 3, name: field.label.de }).waitFor();
  assert.match(await other.locator('main').textContent(), /Police 2026\.pdf/);

  assertNoProblems(page, { expectedStatuses: [422] });
  assertNoProblems(other);
  await page.context().close();
  await other.context().close();
});
