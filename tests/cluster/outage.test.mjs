// The database stops for a few seconds under a running cluster: the instances say they are not
// ready, the API answers 503 `busy` with Retry-After (which the app retries, keeping what the
// citizen typed), and everything recovers by itself when PostgreSQL is back. Run inside
// scripts/with-postgres, whose cluster this test stops and starts again.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { startCluster, signIn, waitFor } from '../../scripts/cluster.mjs';

let cluster;
before(async () => {
  cluster = await startCluster({ count: 2 });
});
after(async () => {
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
