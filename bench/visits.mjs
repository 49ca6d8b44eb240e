// First and second visit of the signed-in dashboard on a throttled phone profile (Lighthouse's
// devtools "slow 4G": 562.5 ms latency, 1.47 Mbit/s down; CPU 4x slower), median of several
// runs each: from navigation start until the first page of cases is painted, when the search
// box and every link already respond. The second visit has everything static in the cache.
// Usage: node bench/visits.mjs <base URL> <session cookie> [runs]
import { chromium } from 'playwright-core';

const [base, cookie, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 5);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const [name, value] = cookie.split(/=(.*)/s);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const visits = { first: [], second: [] };
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, locale: 'de-CH' });
  await context.addCookies([{ name, value, url: base }]);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  for (const visit of ['first', 'second']) {
    await page.goto(`${base}/de/faelle`, { waitUntil: 'commit' });
    await page.locator('.case-row').first().waitFor({ timeout: 60_000 });
    visits[visit].push(await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)))));
    // Lets the portal's pending requests (e.g. the unread count) finish before the next visit.
    await page.waitForLoadState('networkidle');
  }
  await context.close();
}
console.log(`dashboard visits on slow 4G and a 4x slower CPU, median of ${runs}, navigation start to cases painted:`);
console.log(`  first visit ${(median(visits.first) / 1000).toFixed(2)} s   second visit (static files cached) ${(median(visits.second) / 1000).toFixed(2)} s`);
await browser.close();
