// A canton's set-up on one machine: several portal instances on one PostgreSQL database behind
// nginx, which serves the app's hashed files itself (as a CDN would) and spreads the API and the
// pages over the instances. `scripts/run-cluster` runs it for a person; the cluster tests
// (tests/cluster/) start one per file and kill and restart its instances.
//
// Runs inside scripts/with-postgres and scripts/with-seaweedfs, whose servers GUICHET_TEST_POSTGRES
// and GUICHET_TEST_S3_* name; each cluster gets a fresh database and a prefix of the bucket.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');

export function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
    server.on('error', fail);
  });
}

let databases = 0;

/// A fresh database in the cluster of scripts/with-postgres, as a GUICHET_DATABASE_URL.
export function createDatabase() {
  const admin = new URL(process.env.GUICHET_TEST_POSTGRES ?? '');
  const name = `guichet_${process.pid}_${databases++}`;
  execFileSync('createdb', ['-h', admin.searchParams.get('host'), '-p', admin.port, '-U', admin.username, name]);
  admin.pathname = `/${name}`;
  return admin.toString();
}

let stores = 0;

/// A prefix of its own in the bucket of scripts/with-seaweedfs, as the portal's object-store
/// settings.
export function createObjectStore() {
  const s3 = (name) => {
    const value = process.env[`GUICHET_TEST_S3_${name}`];
    if (!value) throw new Error(`GUICHET_TEST_S3_${name}: run inside scripts/with-seaweedfs`);
    return value;
  };
  return {
    GUICHET_OBJECT_STORE: `s3://${s3('BUCKET')}/portal-${process.pid}-${stores++}`,
    GUICHET_S3_ENDPOINT: s3('ENDPOINT'),
    GUICHET_S3_ACCESS_KEY_ID: s3('ACCESS_KEY_ID'),
    GUICHET_S3_SECRET_ACCESS_KEY: s3('SECRET_ACCESS_KEY'),
  };
}

/// Waits until `url` answers 200, or throws after `ms`; `alive()` false stops the wait early.
export async function waitFor(url, alive, ms = 60_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    if (!alive()) throw new Error(`stopped before ${url} answered`);
    try {
      if ((await fetch(url)).ok) return;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/// A demo person signed in at `base` without a browser, acting for `party` (by name) when given:
/// `call(path or URL, init)` sends the session's cookies, keeps those the portal sets, and the
/// CSRF token goes in `csrf`.
export async function signIn(base, username, party) {
  const jar = new Map();
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const call = async (path, init = {}) => {
    const response = await fetch(path.startsWith('http') ? path : `${base}${path}`, { ...init, headers: { cookie: cookie(), ...init.headers } });
    for (const set of response.headers.getSetCookie()) {
      const [name, value] = set.split(';')[0].split('=');
      jar.set(name, value);
    }
    return response;
  };
  const json = { 'content-type': 'application/json' };
  const anonymous = await (await call('/api/v1/session')).json();
  const signedIn = await call('/api/v1/session', {
    method: 'POST', headers: { ...json, 'x-csrf-token': anonymous.csrf_token }, body: JSON.stringify({ username, password: 'guichet-demo' }),
  });
  if (!signedIn.ok) throw new Error(`${username} could not sign in: ${signedIn.status}`);
  const { csrf_token: csrf, user } = await signedIn.json();
  if (party) {
    const uid = user.mandates.find((m) => m.name === party).uid;
    await call('/api/v1/session/party', { method: 'PUT', headers: { ...json, 'x-csrf-token': csrf }, body: JSON.stringify({ uid }) });
  }
  return { call, cookie, csrf };
}

/// One portal process on `port`, serving once its database answers (`/ready`).
export async function startInstance({ binary, port, env }) {
  const child = spawn(binary, [], { env: { ...process.env, GUICHET_PORT: String(port), RUST_LOG: 'warn', ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${base}/ready`, () => child.exitCode === null && child.signalCode === null);
  } catch (e) {
    child.kill('SIGKILL');
    throw e;
  }
  const exited = new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
  return {
    base,
    port,
    /// SIGTERM: stop taking connections, finish what is in flight, exit.
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
    /// SIGKILL: the machine is gone, mid-request or not.
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/// The headers the portal sends with a hashed file, for nginx to send with the same files.
async function securityHeaders(base, file) {
  const response = await fetch(`${base}/${file}`);
  const wanted = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'x-frame-options', 'cross-origin-opener-policy',
    'cross-origin-resource-policy', 'permissions-policy', 'strict-transport-security'];
  return wanted.filter((name) => response.headers.has(name)).map((name) => `add_header ${name} "${response.headers.get(name)}" always;`).join('\n    ');
}

function nginxConfig({ dir, dist, port, instances, headers }) {
  const brotli = '/usr/share/nginx/modules/ngx_http_brotli_static_module.so';
  const upstream = instances.map((i) => `server 127.0.0.1:${i.port} max_fails=1 fail_timeout=2s;`).join('\n    ');
  const proxy = `proxy_pass http://portals;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $remote_addr;
      # Another instance takes over when one is down or not ready; nginx never resends a request
      # that is not idempotent (a POST) once an instance may have received it.
      proxy_next_upstream error timeout http_502 http_503;
      proxy_connect_timeout 2s;
      proxy_read_timeout 150s;
      proxy_buffering off;
      proxy_request_buffering off;`;
  return `${existsSync(brotli) ? `load_module ${brotli};` : ''}
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  types { text/plain ftl; }
  charset utf-8;
  charset_types text/plain text/css application/javascript;
  access_log off;
  server_tokens off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  # Uploads stream through to the portal, which checks their size as they come.
  client_max_body_size 64m;
  upstream portals {
    ${upstream}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${port};
    root ${dist};
    # The app's content-hashed files, from disk, precompressed, cached for a year.
    location ~ "^/[^/]+-[0-9a-f]{16}(_bg)?\\.[a-z0-9]+$" {
      ${existsSync(brotli) ? 'brotli_static on;' : ''}
      gzip_static on;
      add_header Cache-Control "public, max-age=31536000, immutable" always;
      add_header Vary accept-encoding always;
      ${headers}
    }
    # Translations may be replaced without a rebuild: revalidated on every use.
    location /locales/ {
      ${existsSync(brotli) ? 'brotli_static on;' : ''}
      gzip_static on;
      add_header Cache-Control no-cache always;
      add_header Vary accept-encoding always;
      ${headers}
    }
    # The API, the probes and the pages (whose hints depend on the session) come from a portal.
    location / {
      ${proxy}
    }
  }
}
`;
}

/// Starts `count` instances on one new database and nginx on `port` in front of them.
export async function startCluster({ count = 3, port, env = {} } = {}) {
  const binary = process.env.GUICHET_PORTAL_BIN ?? join(root, 'target/debug/guichet-portal');
  const dist = process.env.GUICHET_DIST ?? join(root, 'dist');
  if (!existsSync(binary)) throw new Error(`no portal binary at ${binary}: run cargo build -p guichet-portal`);
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`no app in ${dist}: run scripts/build-app`);
  const database = createDatabase();
  const dir = mkdtempSync(join(tmpdir(), 'guichet-cluster-'));
  port ??= await freePort();
  const shared = { GUICHET_DATABASE_URL: database, ...createObjectStore(), GUICHET_DIST: dist, GUICHET_TRUSTED_PROXY_HEADER: 'x-forwarded-for', ...env };
  const ports = [];
  for (let i = 0; i < count; i++) ports.push(await freePort());
  // All start at once: the migrations run once, under PostgreSQL's lock; the first seeds the demo.
  const started = await Promise.allSettled(ports.map((p, i) => startInstance({ binary, port: p, env: { ...shared, GUICHET_DEMO: i === 0 ? '1' : '0' } })));
  const instances = started.filter((s) => s.status === 'fulfilled').map((s) => s.value);
  if (instances.length < count) {
    await Promise.all(instances.map((instance) => instance.kill()));
    throw started.find((s) => s.status === 'rejected').reason;
  }
  const hashed = readFileSync(join(dist, 'index.html'), 'utf8').match(/[\w.]+-[0-9a-f]{16}\.js/)?.[0];
  const headers = await securityHeaders(instances[0].base, hashed);
  writeFileSync(join(dir, 'nginx.conf'), nginxConfig({ dir, dist, port, instances, headers }));
  const nginx = spawn('nginx', ['-c', join(dir, 'nginx.conf'), '-p', dir], { stdio: ['ignore', 'inherit', 'inherit'] });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/health`, () => nginx.exitCode === null);
  const binaryFor = (i) => ({ binary, port: ports[i], env: { ...shared, GUICHET_DEMO: '0' } });
  return {
    base,
    database,
    instances,
    /// Starts instance `i` again on its port, after a stop or a kill.
    async start(i) {
      instances[i] = await startInstance(binaryFor(i));
      return instances[i];
    },
    async stop() {
      nginx.kill('SIGTERM');
      await Promise.all(instances.map((instance) => instance.stop()));
      await new Promise((r) => (nginx.exitCode !== null ? r() : nginx.once('exit', r)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// `node scripts/cluster.mjs`: scripts/run-cluster's cluster, until Ctrl+C.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const cluster = await startCluster({ count: Number(process.env.GUICHET_INSTANCES ?? 3), port: Number(process.env.GUICHET_PORT ?? 8080) });
  console.log(`\nguichet runs on ${cluster.base}/ : nginx in front of ${cluster.instances.length} portal instances`);
  for (const [i, instance] of cluster.instances.entries()) console.log(`  instance ${i + 1}: ${instance.base} (/health, /ready)`);
  console.log('  PostgreSQL and SeaweedFS (S3): throwaway servers, removed at the end\nDemo accounts as with scripts/run (password: guichet-demo). Stop with Ctrl+C.\n');
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nstopping the instances, nginx, SeaweedFS and PostgreSQL');
    await cluster.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
