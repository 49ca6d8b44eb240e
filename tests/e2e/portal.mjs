// Starts the reference portal on a free port with a fresh database and the demo data, serving
// the release build in dist/. Every test file gets its own portal. The database is a SQLite file,
// or, with GUICHET_TEST_DATABASE=postgres inside scripts/with-postgres, a new database of that
// PostgreSQL cluster.
import { spawn, execFileSync } from 'node:child_process';
import { before, after } from 'node:test';
import { launch } from './browser.mjs';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

let databases = 0;

/// GUICHET_DATABASE_URL for a new portal: none (SQLite in its data folder), or a fresh
/// PostgreSQL database made with createdb in the cluster of scripts/with-postgres.
function databaseFor() {
  if (process.env.GUICHET_TEST_DATABASE !== 'postgres') return {};
  const admin = new URL(process.env.GUICHET_TEST_POSTGRES);
  const name = `guichet_e2e_${process.pid}_${databases++}`;
  const host = admin.searchParams.get('host');
  execFileSync('createdb', ['-h', host, '-p', admin.port, '-U', admin.username, name]);
  admin.pathname = `/${name}`;
  return { GUICHET_DATABASE_URL: admin.toString() };
}

function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
    server.on('error', fail);
  });
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
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`portal exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/v1/session`)).ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error('portal did not start within 60 s');
    await new Promise((r) => setTimeout(r, 100));
  }
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
