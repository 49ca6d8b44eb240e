// Starts the reference portal on a free port with a fresh database and the demo data, serving
// the release build in dist/. Every test file gets its own portal. The database is a SQLite file,
// or, with GUICHET_TEST_DATABASE=postgres inside scripts/with-postgres and scripts/with-seaweedfs,
// a new database of that PostgreSQL cluster with the documents' bytes in the S3 server.
import { spawn } from 'node:child_process';
import { before, after } from 'node:test';
import { launch } from './browser.mjs';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, createDatabase, createObjectStore, waitFor } from '../../scripts/cluster.mjs';

const root = resolve(import.meta.dirname, '../..');

/// The stores of a new portal: none (SQLite and a folder in its data folder), or, with
/// GUICHET_TEST_DATABASE=postgres, a fresh PostgreSQL database and a prefix of the S3 bucket.
function databaseFor() {
  return process.env.GUICHET_TEST_DATABASE === 'postgres' ? { GUICHET_DATABASE_URL: createDatabase(), ...createObjectStore() } : {};
}

export async function startPortal(env = {}) {
  const binary = process.env.GUICHET_PORTAL_BIN ?? join(root, 'target/debug/guichet-portal');
  const dist = process.env.GUICHET_DIST ?? join(root, 'dist');
  if (!existsSync(binary)) throw new Error(`no portal binary at ${binary}: run cargo build -p guichet-portal`);
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`no app in ${dist}: run scripts/build-app`);
  const dataDir = mkdtempSync(join(tmpdir(), 'guichet-e2e-'));
  const port = await freePort();
  const child = spawn(binary, [], {
    env: { ...process.env, GUICHET_DEMO: '1', GUICHET_DATA_DIR: dataDir, ...databaseFor(), GUICHET_PORT: String(port), GUICHET_DIST: dist, RUST_LOG: 'warn', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/ready`, () => child.exitCode === null);
  return {
    base,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/// One portal and one browser for a test file, started before its tests and stopped after.
/// The returned object's `portal` and `browser` are set once the tests run.
export function withPortalAndBrowser() {
  const env = {};
  before(async () => {
    [env.portal, env.browser] = await Promise.all([startPortal(), launch()]);
  });
  after(async () => {
    await env.browser?.close();
    await env.portal?.stop();
  });
  return env;
}
