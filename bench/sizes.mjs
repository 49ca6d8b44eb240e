// First-load bytes: everything a phone downloads before the first render (HTML, JS, wasm,
// CSS and one locale), raw and brotli (quality 11, as the portal serves it).
import { readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const lang = process.argv[3] ?? 'de';
const br = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 22 } }).length;
const kb = (n) => (n / 1024).toFixed(1).padStart(7);

const files = readdirSync(dist).filter((f) => /\.(wasm|js|css|html)$/.test(f)).map((f) => [f, join(dist, f)]);
const localeDir = join(dist, 'locales', lang);
const locale = Buffer.concat(readdirSync(localeDir).filter((f) => f.endsWith('.ftl')).map((f) => readFileSync(join(localeDir, f))));

let raw = 0;
let compressed = 0;
console.log('file                                          raw KB   brotli KB');
for (const [name, path] of files) {
  const bytes = readFileSync(path);
  raw += bytes.length;
  compressed += br(bytes);
  console.log(`${name.padEnd(44)}${kb(bytes.length)}  ${kb(br(bytes))}`);
}
raw += locale.length;
compressed += br(locale);
console.log(`${`locales/${lang}/*.ftl`.padEnd(44)}${kb(locale.length)}  ${kb(br(locale))}`);
console.log(`${'first load'.padEnd(44)}${kb(raw)}  ${kb(compressed)}   (target <= 180 KB, fail > 250 KB brotli)`);
if (compressed > 250 * 1024) {
  console.error('first load is over the 250 KB budget');
  process.exit(1);
}
