import { chromium } from 'playwright-core';
const base = 'http://127.0.0.1:18181';
const [user, path, name] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [vp, width] of [['desktop', 1280], ['phone', 360]]) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'de-CH' });
  const page = await context.newPage();
  await page.goto(`${base}/de/anmelden`);
  await page.getByLabel('Benutzername').fill(user);
  await page.getByLabel('Passwort').fill('guichet-demo');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.locator('h1').waitFor();
  await page.waitForTimeout(1500);
  if (path) { await page.goto(base + path); await page.waitForTimeout(1500); }
  await page.screenshot({ path: `/tmp/shots/${name}-${vp}.png`, fullPage: vp === 'phone' ? false : true });
  await context.close();
}
await browser.close();
