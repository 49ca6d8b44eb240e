// The dashboard of the 1,000-case organisation in headless Chromium, next to the same dashboard
// written in plain JavaScript (bench/plain-dashboard.js: the same requests, markup and stylesheet),
// in the same run. Two figures, each the median of several runs, with the ratio (target <= 1.3x):
//   first render: from a click on "back to my cases" until the first page of cases is painted;
//   filter: from Enter in the search box until the matching cases are painted.
// Both pages are timed alike: the moment the DOM shows the result (a MutationObserver, not a
// check once per frame, which would add up to a frame to guichet's side only), then the next
// paint.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const base = process.argv[2];
const runs = Number(process.argv[3] ?? 7);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-CH' });
const page = await context.newPage();
await page.goto(`${base}/de/anmelden`);
await page.getByLabel('Benutzername').fill('petra.keller');
await page.getByLabel('Passwort').fill('guichet-demo');
await page.getByRole('button', { name: 'Anmelden' }).click();
await page.getByLabel('Handeln für').selectOption({ label: 'Immobilien Pilatus AG' });
await page.getByRole('button', { name: 'Wechseln' }).click();
await page.locator('.party__now strong', { hasText: 'Immobilien Pilatus AG' }).waitFor({ timeout: 60_000 });
await page.locator('.case-row').nth(24).waitFor({ timeout: 60_000 });
const word = 'hund';

// The plain pages (bench/plain-dashboard.js), on the portal's origin so they send the session
// cookie like the app does, with the app's stylesheet.
const stylesheet = /href="?(\/style-[0-9a-f]+\.css)/.exec(await (await context.request.get(`${base}/de/faelle`)).text())[1];
const script = readFileSync(new URL('./plain-dashboard.js', import.meta.url), 'utf8');
const plain = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>plain</title><link rel="stylesheet" href="${stylesheet}"></head><body><main id="main"></main><script>${script}</script></body></html>`;
await context.route(`${base}/__plain`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: plain }));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// In every page (an init script, which the portal's CSP allows): resolves when `done()` holds
// after a DOM change, then after the next paint.
await context.addInitScript(() => {
  window.shown = (done) => new Promise((resolve) => {
    const painted = () => requestAnimationFrame(() => setTimeout(resolve, 0));
    if (done()) return painted();
    const observer = new MutationObserver(() => { if (done()) { observer.disconnect(); painted(); } });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
});
const figures = { first: [[], [], []], filter: [[], [], []] };
for (let i = 0; i < runs; i++) {
  // guichet, first render: from a case page back to the dashboard until the rows are painted.
  await page.goto(`${base}/de/faelle/none`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  figures.first[0].push(await page.evaluate(async () => {
    const t0 = performance.now();
    document.querySelector('.back-link a').click();
    await window.shown(() => document.querySelectorAll('.case-row').length >= 25);
    return performance.now() - t0;
  }));
  // guichet, filter: Enter in the search box until the result line says what was found.
  const search = page.getByLabel('Suchen', { exact: true });
  await search.fill(word);
  figures.filter[0].push(await page.evaluate(async () => {
    const before = document.querySelector('.cases__result').textContent;
    const t0 = performance.now();
    document.querySelector('.case-filters').requestSubmit();
    await window.shown(() => document.querySelector('.cases__result').textContent !== before);
    return performance.now() - t0;
  }));
  await page.goto(`${base}/__plain`);
  figures.first[1].push(await page.evaluate(() => window.timed('')));
  figures.filter[1].push(await page.evaluate((q) => window.timed('&q=' + q), word));
  // For reference, the least a page can do: one request, the bare table.
  figures.first[2].push(await page.evaluate(() => window.timedTable('')));
  figures.filter[2].push(await page.evaluate((q) => window.timedTable('&q=' + q), word));
}
for (const [name, [g, p, bare]] of Object.entries(figures)) {
  const [mg, mp, mb] = [median(g), median(p), median(bare)];
  const label = name === 'first' ? 'first render (25 of 1,000 cases)' : `filter ("${word}", Enter)`;
  console.log(`dashboard ${label}, median of ${runs}: guichet ${mg.toFixed(0)} ms, the same dashboard in plain JavaScript ${mp.toFixed(0)} ms, ratio ${(mg / mp).toFixed(2)}x (target <= 1.3x); the bare table alone ${mb.toFixed(0)} ms (${(mg / mb).toFixed(2)}x)`);
}
await browser.close();
