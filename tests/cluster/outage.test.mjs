// The database stops for a few seconds under a running cluster: the instances say they are not
// ready, the API answers 503 `busy` with Retry-After (which the app retries, keeping what the
// citizen typed), and everything recovers by itself when PostgreSQL is back. Run inside
// scripts/with-postgres, whose cluster this test stops and starts again.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { startCluster, waitFor } from '../../scripts/cluster.mjs';
import { PASSWORD } from '../e2e/browser.mjs';

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
  const jar = [];
  const headers = () => ({ cookie: jar.join('; ') });
  const remember = (response) => {
    for (const c of response.headers.getSetCookie()) {
      const pair = c.split(';')[0];
      const name = pair.split('=')[0];
      jar.splice(0, jar.length, ...jar.filter((p) => !p.startsWith(`${name}=`)), pair);
    }
    return response;
  };
  const anonymous = await remember(await fetch(`${cluster.base}/api/v1/session`)).json();
  const signedIn = remember(await fetch(`${cluster.base}/api/v1/session`, {
    method: 'POST', headers: { ...headers(), 'content-type': 'application/json', 'x-csrf-token': anonymous.csrf_token },
    body: JSON.stringify({ username: 'luca.bernasconi', password: PASSWORD }),
  }));
  assert.equal(signedIn.status, 200);
  const before = await (await fetch(`${cluster.base}/api/v1/cases?lang=it`, { headers: headers() })).json();

  server('stop');
  try {
    for (const instance of cluster.instances) {
      assert.equal((await fetch(`${instance.base}/ready`)).status, 503, 'not ready without its database');
      assert.equal((await fetch(`${instance.base}/health`)).status, 200, 'but alive');
    }
    const busy = await fetch(`${cluster.base}/api/v1/cases?lang=it`, { headers: headers() });
    assert.equal(busy.status, 503);
    assert.ok(Number(busy.headers.get('retry-after')) >= 1, 'a time to wait');
    assert.equal((await busy.json()).code, 'busy');
  } finally {
    server('start');
  }

  // Back by itself: ready again, and the citizen's session and cases are as they were.
  for (const instance of cluster.instances) await waitFor(`${instance.base}/ready`, () => true, 20_000);
  const after = await fetch(`${cluster.base}/api/v1/cases?lang=it`, { headers: headers() });
  assert.equal(after.status, 200);
  assert.equal((await after.json()).total, before.total);
});
