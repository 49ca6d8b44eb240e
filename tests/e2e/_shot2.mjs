import { chromium } from 'playwright-core';
const base = 'http://127.0.0.1:18181';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [vp, width] of [['desktop', 1280], ['phone', 360]]) {
  const context = await browser.newContext({ viewport: { width, height: 1000 }, locale: 'de-CH' });
  const page = await context.newPage();
  await page.goto(`${base}/de/anmelden`);
  await page.getByLabel('Benutzername').fill('immobilien.pilatus');
  await page.getByLabel('Passwort').fill('guichet-demo');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.locator('.case-row').first().waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/shots/d1-${vp}.png` });
  await page.locator('#cases-heading').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.getElementById('cases-heading').scrollIntoView());
  await page.screenshot({ path: `/tmp/shots/d2-${vp}.png` });
  await page.evaluate(() => document.querySelector('.case-table tbody').scrollIntoView());
  await page.screenshot({ path: `/tmp/shots/d3-${vp}.png` });
  await context.close();
}
await browser.close();
