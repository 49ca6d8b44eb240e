// The dashboard with 1,000 cases in headless Chromium: guichet's first render against a
// plain-JavaScript page that fetches the same API and renders the same rows, in the same run.
// Prints the median of several runs and the ratio (target <= 1.3x).
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
await page.getByLabel('Benutzername').fill('immobilien.pilatus');
await page.getByLabel('Passwort').fill('guichet-demo');
await page.getByRole('button', { name: 'Anmelden' }).click();
await page.locator('.case-card').nth(999).waitFor({ timeout: 60_000 });

// The plain page: same request, same markup, hand-written DOM code. Served by intercepting a
// URL on the portal's origin, so it sends the session cookie like the app does.
const plain = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>plain</title></head><body><main id="main"></main>
<script>
window.renderPlain = async () => {
  const t0 = performance.now();
  const response = await fetch('/api/v1/cases?lang=de', { headers: { accept: 'application/json' } });
  const { cases } = await response.json();
  const list = document.createElement('ul');
  for (const c of cases) {
    const li = document.createElement('li'); li.className = 'case-card';
    const h2 = document.createElement('h2'); const a = document.createElement('a');
    a.href = '/de/faelle/' + c.id; a.textContent = c.service.text; h2.append(a); li.append(h2);
    const badge = document.createElement('span'); badge.className = 'status status--' + c.status; badge.textContent = c.status_label.text; li.append(badge);
    const dl = document.createElement('dl');
    const fmt = new Intl.DateTimeFormat('de-CH', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
    for (const [k, v] of [['Referenz', c.reference], ['Zuständige Stelle', c.authority.text], ['Eingereicht am', fmt.format(new Date(c.submitted_on))]].concat(c.due_on ? [['Frist', fmt.format(new Date(c.due_on))]] : [])) {
      const div = document.createElement('div'); const dt = document.createElement('dt'); dt.textContent = k; const dd = document.createElement('dd'); dd.textContent = v; div.append(dt, dd); dl.append(div);
    }
    li.append(dl); list.append(li);
  }
  document.getElementById('main').replaceChildren(list);
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return performance.now() - t0;
};
</script></body></html>`;
await context.route(`${base}/__plain`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: plain }));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const guichet = [];
const baseline = [];
for (let i = 0; i < runs; i++) {
  // guichet: from a case page, back to the dashboard, until 1,000 rows are in the DOM and painted.
  await page.goto(`${base}/de/faelle/none`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  const ms = await page.evaluate(async () => {
    const t0 = performance.now();
    document.querySelector('.back-link a').click();
    await new Promise((resolve) => {
      const check = () => (document.querySelectorAll('.case-card').length >= 1000 ? resolve() : requestAnimationFrame(check));
      check();
    });
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  });
  guichet.push(ms);
  await page.goto(`${base}/__plain`);
  baseline.push(await page.evaluate(() => window.renderPlain()));
}
const g = median(guichet);
const p = median(baseline);
console.log(`dashboard, 1,000 cases, median of ${runs}: guichet ${g.toFixed(0)} ms, plain JavaScript ${p.toFixed(0)} ms, ratio ${(g / p).toFixed(2)}x (target <= 1.3x)`);
await browser.close();
