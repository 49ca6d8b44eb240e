// The database stops for a few seconds under a running cluster: the instances say they are not
// ready, the API answers 503 `busy` with Retry-After (which the app retries, keeping what the
// citizen typed), and everything recovers by itself when PostgreSQL is back; in the browser, a
// citizen mid-wizard is told the save failed, keeps every value, and saves it with "try again"
// once the database is back. Run inside scripts/with-seaweedfs and scripts/with-postgres, whose
// cluster this test stops and starts again.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { startCluster, signIn, waitFor } from '../../scripts/cluster.mjs';
import { launch, openPage, assertNoProblems, assertAccessible, VIEWPORTS, PASSWORD } from '../e2e/browser.mjs';
import { SignInPage, TEXTS } from '../e2e/pages.mjs';
import { Wizard, msg, service } from '../e2e/wizard.mjs';

let cluster;
let browser;
before(async () => {
  [cluster, browser] = await Promise.all([startCluster({ count: 2 }), launch()]);
});
after(async () => {
  await browser?.close();
  await cluster?.stop();
});

/// Stops or starts the server of scripts/with-postgres (its `server` command).
function server(action) {
  const dir = new URL(process.env.GUICHET_TEST_POSTGRES).searchParams.get('host');
  execFileSync(`${dir}/server`, [action], { stdio: 'ignore' });
}

test('with the database stopped the API is busy with a time to wait, and it recovers by itself', async () => {
  // A signed-in citizen, through the balancer.
  const luca = await signIn(cluster.base, 'luca.bernasconi');
  const before = await (await luca.call('/api/v1/cases?lang=it')).json();

  server('stop');
  try {
    for (const instance of cluster.instances) {
      assert.equal((await fetch(`${instance.base}/ready`)).status, 503, 'not ready without its database');
      assert.equal((await fetch(`${instance.base}/health`)).status, 200, 'but alive');
    }
    const busy = await luca.call('/api/v1/cases?lang=it');
    assert.equal(busy.status, 503);
    assert.ok(Number(busy.headers.get('retry-after')) >= 1, 'a time to wait');
    assert.equal((await busy.json()).code, 'busy');
  } finally {
    server('start');
  }

  // Back by itself: ready again, and the citizen's session and cases are as they were.
  for (const instance of cluster.instances) await waitFor(`${instance.base}/ready`, () => true, 20_000);
  const after = await luca.call('/api/v1/cases?lang=it');
  assert.equal(after.status, 200);
  assert.equal((await after.json()).total, before.total);
});

test('mid-wizard with the database stopped: the save fails visibly, every value stays, and "try again" saves it once it is back', async () => {
  const dog = service('dog-registration');
  const field = (step, id) => dog.steps[step].fields.find((f) => f.id === id);
  const page = await openPage(browser, { viewport: VIEWPORTS[1], locale: 'de-CH' });
  await page.goto(`${cluster.base}/de/anmelden?next=${encodeURIComponent('/de/dienstleistungen/dog-registration')}`);
  await new SignInPage(page, TEXTS.de).signIn('anna.zimmermann', PASSWORD);
  await page.getByRole('button', { name: msg('de', 'services-start') }).click();
  await page.getByRole('heading', { level: 1, name: dog.steps[0].title.de }).waitFor();
  const wizard = new Wizard(page, { lang: 'de', serviceId: 'dog-registration', viewport: VIEWPORTS[1].name, scan: false });
  await wizard.fillField(page, field(0, 'dog-name'), 'dog-name', 'Bello');
  await page.getByRole('status').filter({ hasText: /^Gespeichert um \d\d:\d\d$/ }).waitFor();

  server('stop');
  try {
    await wizard.fillField(page, field(0, 'breed'), 'breed', 'Berner Sennenhund');
    await page.getByRole('status').filter({ hasText: msg('de', 'wizard-save-failed') }).waitFor();
    await page.getByText(msg('de', 'error-server')).waitFor();
    await assertAccessible(page, 'save failed with the database away, de 360px');
    assert.equal(await page.getByLabel(field(0, 'breed').label.de).inputValue(), 'Berner Sennenhund', 'what was typed stays');
  } finally {
    server('start');
  }
  for (const instance of cluster.instances) await waitFor(`${instance.base}/ready`, () => true, 20_000);
  await page.getByRole('button', { name: msg('de', 'common-retry') }).click();
  await page.getByRole('status').filter({ hasText: /^Gespeichert um \d\d:\d\d$/ }).waitFor();
  const draftId = new URL(page.url()).pathname.split('/')[4];
  const draft = await (await page.request.get(`${cluster.base}/api/v1/drafts/${draftId}`)).json();
  assert.deepEqual([draft.answers['dog-name'], draft.answers.breed], ['Bello', 'Berner Sennenhund'], 'the server has both values');
  // The saves made while the database was away were refused with 503, as they should be.
  assertNoProblems(page, { expectedStatuses: [503] });
  await page.context().close();
});
