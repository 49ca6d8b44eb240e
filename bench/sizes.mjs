// First-load bytes: everything a phone downloads before the dashboard's first render (HTML,
// JS, wasm, CSS and one locale), raw and brotli (quality 11, as the portal serves it), and the
// same measure for two peers when bench/peers holds them (scripts/bench fetches them).
// Usage: node bench/sizes.mjs [dist] [lang] [budget KiB, default 250: exit 1 above it]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { dirname, join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const lang = process.argv[3] ?? 'de';
const budget = Number(process.argv[4] ?? 250);
const br = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 22 } }).length;
const kb = (n) => (n / 1024).toFixed(1).padStart(7);
const line = (name, raw, compressed, extra = '') => console.log(`${name.padEnd(44)}${kb(raw)}  ${kb(compressed)}${extra}`);

// Sums files as one download; each file is compressed on its own, as a server sends it.
const measure = (paths) => paths.reduce((sum, path) => {
  const bytes = readFileSync(path);
  return { raw: sum.raw + bytes.length, br: sum.br + br(bytes) };
}, { raw: 0, br: 0 });

// `split_*.wasm` are the chunks of `#[lazy]` functions and `chunk_*.wasm` the code several of them
// share (scripts/build-app): not part of the first load.
const isChunk = (f) => /^(split|chunk)_.*\.wasm$/.test(f);
const files = readdirSync(dist).filter((f) => /\.(wasm|js|css|html)$/.test(f) && !isChunk(f)).map((f) => [f, join(dist, f)]);
const chunks = readdirSync(dist).filter(isChunk);
const localeDir = join(dist, 'locales', lang);
const locale = Buffer.concat(readdirSync(localeDir).filter((f) => f.endsWith('.ftl')).map((f) => readFileSync(join(localeDir, f))));

let raw = 0;
let compressed = 0;
console.log('file                                          raw KiB  brotli KiB');
for (const [name, path] of files) {
  const size = measure([path]);
  raw += size.raw;
  compressed += size.br;
  line(name, size.raw, size.br);
}
raw += locale.length;
compressed += br(locale);
line(`locales/${lang}/*.ftl`, locale.length, br(locale));
line('first load', raw, compressed, `   (target <= 180 KiB, aim 160, fail > ${budget} KiB brotli)`);

// Loaded when a page first needs them: each lazy page's module, and the code they share.
for (const chunk of chunks.filter((f) => f.startsWith('split_'))) {
  const size = measure([join(dist, chunk)]);
  line(`  later: ${chunk.replace(/-[0-9a-f]{16}\.wasm$/, '.wasm')}`, size.raw, size.br);
}
const shared = chunks.filter((f) => f.startsWith('chunk_'));
if (shared.length) {
  const size = measure(shared.map((f) => join(dist, f)));
  line(`  later: chunk_*.wasm (${shared.length}, shared by them)`, size.raw, size.br);
}

// The JS files an ES module pulls in before it runs: its static imports, transitively.
const staticClosure = (entry, seen = new Set()) => {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = readFileSync(entry, 'utf8');
  for (const [, spec] of source.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.m?js)["']/g)) {
    staticClosure(join(dirname(entry), spec), seen);
  }
  return seen;
};

const peers = 'bench/peers';
if (existsSync(join(peers, 'sdk/package.json')) && existsSync(join(peers, 'govuk-frontend/package.json'))) {
  const sdk = join(peers, 'sdk/dist');
  const assets = readdirSync(join(sdk, 'assets'));
  const formChunk = assets.find((f) => /^formio-init-.*\.js$/.test(f));
  const sdkCss = join(sdk, 'open-forms-sdk.css');
  const entry = [...staticClosure(join(sdk, 'open-forms-sdk.mjs'))];
  const withForm = [...staticClosure(join(sdk, 'assets', formChunk), new Set(entry))];
  const gov = join(peers, 'govuk-frontend/dist/govuk');
  const peerSizes = [
    [`Open Forms SDK ${version('sdk')}: entry JS + CSS`, measure([...entry, sdkCss])],
    [`Open Forms SDK: entry + form chunk + CSS`, measure([...withForm, sdkCss])],
    [`GOV.UK Frontend ${version('govuk-frontend')}: JS + CSS`, measure([join(gov, 'govuk-frontend.min.js'), join(gov, 'govuk-frontend.min.css')])],
  ];
  console.log('\npeers (each file brotli -q 11, summed)            raw KiB  brotli KiB   guichet / peer');
  for (const [name, size] of peerSizes) line(name, size.raw, size.br, `      ${(compressed / size.br).toFixed(2)}×`);
} else {
  console.log('\npeers: not installed (scripts/bench sizes fetches them into bench/peers)');
}

function version(dir) {
  return JSON.parse(readFileSync(join(peers, dir, 'package.json'), 'utf8')).version;
}

if (compressed > budget * 1024) {
  console.error(`first load is over the ${budget} KiB budget`);
  process.exit(1);
}
