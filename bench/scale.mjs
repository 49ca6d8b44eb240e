// Cost as the data grows, on a canton's set-up: three instances on PostgreSQL behind nginx
// (scripts/cluster.mjs), with the demo, whose organisation Immobilien Pilatus AG is topped up to
// 100,000 cases. For each size the
// database is topped up with other citizens' cases (spread over 200,000 citizens, written with
// SQL in the database), then, through nginx under wrk: a citizen's dashboard first page, the
// organisation's filtered and searched page, a case detail; and draft saves (sequential saves of
// four drafts at once, each over the version it got). Reports p50/p99 and requests/s.
// Run inside scripts/with-seaweedfs and scripts/with-postgres: `scripts/bench scale`.
import { execFileSync } from 'node:child_process';
import { signIn, startCluster } from '../scripts/cluster.mjs';

const SIZES = (process.env.GUICHET_SCALE_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const SECONDS = Number(process.env.GUICHET_SCALE_SECONDS ?? 10);

const cluster = await startCluster({ count: 3, env: { RUST_LOG: 'error' } });
// A failure anywhere still stops the instances and nginx.
process.on('uncaughtException', async (e) => {
  console.error(e.message ?? e, e.cause ?? '');
  await cluster.stop();
  process.exit(1);
});

function sql(statement) {
  const url = new URL(cluster.database);
  return execFileSync('psql', ['-h', url.searchParams.get('host'), '-p', url.port, '-U', 'postgres', '-d', url.pathname.slice(1), '-Atq', '-v', 'ON_ERROR_STOP=1', '-c', statement], { maxBuffer: 1 << 26 })
    .toString().trim();
}

/// wrk's p50, p99 (ms), requests/s and non-2xx count for a GET.
function wrk(url, cookie) {
  const out = execFileSync('wrk', ['-t2', '-c4', `-d${SECONDS}s`, '--latency', '-H', `Cookie: ${cookie}`, url]).toString();
  const ms = (label) => {
    const m = out.match(new RegExp(`${label}\\s+([\\d.]+)(us|ms|s)`));
    return m ? Number(m[1]) * { us: 0.001, ms: 1, s: 1000 }[m[2]] : NaN;
  };
  const errors = Number(out.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0) + Number(out.match(/Socket errors: .*?(\d+) timeout/)?.[1] ?? 0);
  return { p50: ms('50%'), p99: ms('99%'), rps: Number(out.match(/Requests\/sec:\s+([\d.]+)/)[1]), errors };
}

/// Four drafts saved over and over at once, each save over the version the last one returned.
async function saves(session) {
  const latencies = [];
  let errors = 0;
  const until = Date.now() + SECONDS * 1000;
  const headers = { 'content-type': 'application/json', 'x-csrf-token': session.csrf };
  // nginx closes kept-alive connections after 75 s idle (the million cases take longer to
  // write) and after 1,000 requests: a request that meets such a socket is sent once more.
  const again = (path, init) => session.call(path, init).catch(() => session.call(path, init));
  await Promise.all([0, 1, 2, 3].map(async () => {
    let draft = await (await again('/api/v1/drafts', { method: 'POST', headers, body: JSON.stringify({ service: 'dog-registration' }) })).json();
    for (let n = 0; Date.now() < until; n++) {
      const started = performance.now();
      // A save that meets a closed socket twice counts as an error, and the next one goes on.
      const response = await again(`/api/v1/drafts/${draft.id}`, {
        method: 'PUT', headers, body: JSON.stringify({ answers: { 'dog-name': `Bello ${n}` }, position: draft.position, base_version: draft.version }),
      }).catch(() => null);
      latencies.push(performance.now() - started);
      if (response?.ok) draft = await response.json(); else { errors++; await response?.arrayBuffer(); }
    }
    await again(`/api/v1/drafts/${draft.id}`, { method: 'DELETE', headers });
  }));
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { p50: at(0.5), p99: at(0.99), rps: latencies.length / SECONDS, errors };
}

// 200,000 citizens to spread the other cases over.
sql(`INSERT INTO accounts (username, password_hash, kind, display_name, preferred_lang, street, postcode, town, bfs_number)
     SELECT 'bench-citizen-' || g, '-', 'person', 'Citizen ' || g, 'de', 'Bahnhofstrasse 1', '6003', 'Luzern', 1061 FROM generate_series(1, 200000) g`);
const firstCitizen = Number(sql(`SELECT min(id) FROM accounts WHERE username LIKE 'bench-citizen-%'`));
// The organisation's cases up to 100,000, over every service and authority, dates over a year.
const organisation = Number(sql(`SELECT id FROM accounts WHERE display_name = 'Immobilien Pilatus AG'`));
sql(`INSERT INTO cases (id, reference, owner_id, service_id, authority_id, status, submitted_on, updated_at, due_on, action_needed)
     SELECT 'bench-org-' || g, 'OR-2026-' || lpad(g::text, 7, '0'), ${organisation},
            (SELECT id FROM services ORDER BY id OFFSET g % (SELECT count(*) FROM services) LIMIT 1),
            (SELECT id FROM authorities ORDER BY id OFFSET g % (SELECT count(*) FROM authorities) LIMIT 1),
            (ARRAY['received', 'in-progress', 'action-required', 'completed', 'rejected'])[1 + g % 5],
            to_char(DATE '2025-12-01' + (g % 365)::int, 'YYYY-MM-DD'), to_char(DATE '2025-12-01' + (g % 365)::int, 'YYYY-MM-DD') || 'T09:00:00Z',
            CASE WHEN g % 5 < 3 THEN to_char(DATE '2026-12-01' + (g % 90)::int, 'YYYY-MM-DD') END, g % 5 = 2
     FROM generate_series(1, 100000 - (SELECT count(*) FROM cases WHERE owner_id = ${organisation})) g`);
const organisationCases = Number(sql(`SELECT count(*) FROM cases WHERE owner_id = ${organisation}`));

const anna = await signIn(cluster.base, 'anna.zimmermann');
const petra = await signIn(cluster.base, 'petra.keller', 'Immobilien Pilatus AG');
const annaCase = (await (await anna.call('/api/v1/cases?lang=de')).json()).cases[0].id;
const endpoints = {
  'dashboard, first page (citizen)': [`${cluster.base}/api/v1/cases?lang=de`, anna.cookie()],
  'organisation, filtered + searched, page 2': [`${cluster.base}/api/v1/cases?lang=de&status=open&q=hund&sort=deadline&page=2`, petra.cookie()],
  'case detail (citizen)': [`${cluster.base}/api/v1/cases/${annaCase}?lang=de`, anna.cookie()],
};

const rows = [];
let stored = 0;
for (const size of SIZES) {
  // Other citizens' cases up to `size`, written in the database (the portal's write path would
  // take hours for a million), then the planner's statistics refreshed.
  const started = Date.now();
  sql(`INSERT INTO cases (id, reference, owner_id, service_id, authority_id, status, submitted_on, updated_at, due_on, action_needed)
       SELECT 'bench-' || g, 'BE-2026-' || lpad(g::text, 7, '0'), ${firstCitizen} + (g % 200000),
              (SELECT min(id) FROM services), (SELECT min(id) FROM authorities),
              (ARRAY['received', 'in-progress', 'action-required', 'completed', 'rejected'])[1 + g % 5],
              to_char(DATE '2026-01-01' + (g % 330)::int, 'YYYY-MM-DD'), to_char(DATE '2026-01-01' + (g % 330)::int, 'YYYY-MM-DD') || 'T10:00:00Z',
              CASE WHEN g % 5 < 3 THEN to_char(DATE '2026-12-01' + (g % 60)::int, 'YYYY-MM-DD') END, g % 5 = 2
       FROM generate_series(${stored + 1}, ${size}) g`);
  sql('VACUUM ANALYZE');
  stored = size;
  console.log(`-- ${size.toLocaleString('en')} other cases (+ the organisation's ${organisationCases.toLocaleString('en')}), seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  for (const [name, [url, cookie]] of Object.entries(endpoints)) rows.push({ size, name, ...wrk(url, cookie) });
  rows.push({ size, name: 'draft save (PUT, 4 at once)', ...(await saves(anna)) });
  for (const r of rows.filter((r) => r.size === size)) {
    console.log(`   ${r.name.padEnd(44)} p50 ${r.p50.toFixed(2).padStart(7)} ms   p99 ${r.p99.toFixed(2).padStart(7)} ms   ${r.rps.toFixed(0).padStart(6)} req/s   errors ${r.errors}`);
  }
}

// The goal: the organisation's filtered page at most 15 ms p99, and flat in the data's size.
const page = rows.filter((r) => r.name.startsWith('organisation'));
const flat = page.at(-1).p99 / page[0].p99;
console.log(`\norganisation's filtered page: p99 ${page.map((r) => `${r.p99.toFixed(2)} ms`).join(' → ')}; largest/smallest ${flat.toFixed(2)}× (goal ≤ 1.5×, p99 ≤ 15 ms)`);
console.log('\nits plan at the largest size:');
console.log(sql(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT c.id FROM cases c WHERE c.owner_id = ${organisation}
  AND c.status IN ('received', 'in-progress', 'action-required') AND (c.reference LIKE '%HUND%' OR c.service_id IN (SELECT id FROM services WHERE slug = 'dog-registration'))
  ORDER BY c.due_on, c.updated_at DESC, c.reference LIMIT 25 OFFSET 25`));
console.log('\nand its counts per status (the kept counts of the services the word names, then the references that hold it):');
console.log(sql(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT status, CAST(SUM(cases) AS BIGINT) FROM case_counts WHERE owner_id = ${organisation}
  AND service_id IN (SELECT id FROM services WHERE slug = 'dog-registration') GROUP BY status HAVING SUM(cases) > 0`));
console.log(sql(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT c.status, COUNT(*) FROM cases c WHERE c.owner_id = ${organisation}
  AND c.reference LIKE '%HUND%' AND c.service_id NOT IN (SELECT id FROM services WHERE slug = 'dog-registration') GROUP BY c.status`));
await cluster.stop();
