// A canton's set-up (scripts/cluster.mjs): three instances on PostgreSQL behind nginx. A citizen
// orders a birth certificate in French through the balancer while one instance is killed and
// another restarted, and ends with one case, its receipt and its invoice; an upload that is
// running while its instance is told to stop still arrives. Run inside scripts/with-seaweedfs and
// scripts/with-postgres.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { startCluster, signIn } from '../../scripts/cluster.mjs';
import { launch, openPage, assertNoProblems, assertAccessible, PASSWORD } from '../e2e/browser.mjs';
import { SignInPage, TEXTS } from '../e2e/pages.mjs';
import { Wizard, msg, service, pdfOfLength } from '../e2e/wizard.mjs';

let cluster;
let browser;

before(async () => {
  [cluster, browser] = await Promise.all([startCluster({ count: 3 }), launch()]);
});

after(async () => {
  await browser?.close();
  await cluster?.stop();
});

const BIRTH_CERTIFICATE = {
  'document-type': 'birth-certificate', concerned: 'self', 'first-name': 'Sophie', 'last-name': 'Rochat',
  'date-of-birth': '1988-04-02', copies: '1', 'certificate-language': 'fr', delivery: 'post',
  'postal-address': { street: 'Rue de Lausanne', number: '45', postcode: '1700', locality: 'Fribourg', municipality: 'Fribourg (FR)' },
  truthful: true,
};

test('the French birth-certificate order survives one instance killed and another restarted, with one case, receipt and invoice', async () => {
  const lang = 'fr';
  const title = service('civil-status-document').title[lang];
  const page = await openPage(browser, { viewport: { name: 'desktop', width: 1280, height: 900 }, locale: 'fr-CH' });

  await page.goto(`${cluster.base}/fr/prestations`);
  await page.getByRole('link', { name: title, exact: true }).click();
  await page.getByRole('link', { name: msg(lang, 'services-sign-in-to-start') }).click();
  await new SignInPage(page, TEXTS[lang]).signIn('sophie.rochat', PASSWORD);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.getByRole('button', { name: msg(lang, 'services-start') }).click();
  const wizard = new Wizard(page, { lang, serviceId: 'civil-status-document', viewport: 'desktop' });

  await wizard.fillSteps(BIRTH_CERTIFICATE, { until: 'copies' });
  // The machine of one instance is gone, without warning.
  await cluster.instances[0].kill();
  await wizard.fillSteps(BIRTH_CERTIFICATE, { until: 'declaration' });
  // A rolling update: another instance stops cleanly and comes back.
  await cluster.instances[1].stop();
  await cluster.start(1);
  await wizard.fillSteps(BIRTH_CERTIFICATE);

  const summary = await wizard.summary();
  assert.ok(Object.values(summary).some((v) => v.includes('Rue de Lausanne')), JSON.stringify(summary));
  const reference = await wizard.submit();
  assert.match(reference, /^FR-\d{4}-\d{6}$/);
  await assertAccessible(page, 'confirmation through the cluster');
  for (const name of [msg(lang, 'wizard-done-receipt'), msg(lang, 'wizard-done-invoice')]) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
    assert.match(download.suggestedFilename(), new RegExp(`${reference}\\.pdf$`));
  }

  // Exactly one case with that reference, asked of each running instance in turn.
  const cases = await page.request.get(`${cluster.base}/api/v1/cases?lang=fr&q=${reference}`);
  const list = await cases.json();
  assert.equal(list.total, 1, JSON.stringify(list));
  const detail = await (await page.request.get(`${cluster.base}/api/v1/cases/${list.cases[0].id}?lang=fr`)).json();
  assert.deepEqual(detail.documents.map((d) => d.media_type), ['application/pdf', 'application/pdf'], 'the receipt and the invoice');
  // A request that met the killed instance may have been retried by the app; nothing else failed.
  assertNoProblems(page, { expectedStatuses: [502, 503, 504] });
  await page.context().close();
  await cluster.start(0);
});

test('an upload running while its instance is told to stop arrives whole, and the instance comes back', async () => {
  const instance = cluster.instances[2];
  const { call, csrf } = await signIn(instance.base, 'anna.zimmermann');
  const draft = await (await call('/api/v1/drafts', {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: JSON.stringify({ service: 'dog-registration' }),
  })).json();

  // The file's first half is sent, then the instance is told to stop, then the rest follows.
  const bytes = pdfOfLength(400_000);
  let resume;
  const halfway = new Promise((r) => { resume = r; });
  const body = new ReadableStream({
    async start(controller) {
      controller.enqueue(bytes.subarray(0, 200_000));
      await halfway;
      controller.enqueue(bytes.subarray(200_000));
      controller.close();
    },
  });
  const upload = call(`/api/v1/drafts/${draft.id}/files?field=policy-document&name=police.pdf`, {
    method: 'POST', headers: { 'content-type': 'application/pdf', 'x-csrf-token': csrf }, body, duplex: 'half',
  });
  await new Promise((r) => setTimeout(r, 300));
  const stopped = instance.stop();
  await new Promise((r) => setTimeout(r, 300));
  resume();
  const response = await upload;
  assert.equal(response.status, 201, await response.clone().text());
  const file = await response.json();
  assert.equal(file.size, 400_000, JSON.stringify(file));
  await stopped;

  // The instance comes back; another one finds the file with the draft (and removes it).
  await cluster.start(2);
  const removed = await call(`${cluster.instances[0].base}/api/v1/drafts/${draft.id}/files/${file.id}`, { method: 'DELETE', headers: { 'x-csrf-token': csrf } });
  assert.equal(removed.status, 204);
});
