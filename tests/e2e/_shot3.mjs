import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
const base = 'http://127.0.0.1:18181';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
let sent = false;
for (const [vp, width] of [['desktop', 1280], ['phone', 360]]) {
  const context = await browser.newContext({ viewport: { width, height: 1000 }, locale: 'de-CH' });
  const page = await context.newPage();
  await page.goto(`${base}/de/anmelden`);
  await page.getByLabel('Benutzername').fill('anna.zimmermann');
  await page.getByLabel('Passwort').fill('guichet-demo');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.locator('.action-item').first().waitFor();
  const ref = (await page.locator('.action-item__reference span').first().textContent()).trim();
  if (!sent) {
    execFileSync('/tmp/gbo', ['message', ref, 'Guten Tag Frau Zimmermann\n\nUns fehlt noch eine Kopie Ihres Passes. <b>Bitte</b> laden Sie sie hier hoch.'], { env: { ...process.env, GUICHET_BACKOFFICE_URL: base, GUICHET_BACKOFFICE_TOKEN: 'demo-backoffice-token-0123456789abcdef' } });
    sent = true;
  }
  await page.reload();
  await page.locator('.action-item').first().waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/shots/e1-${vp}.png` });
  await page.getByRole('link', { name: /Jetzt erledigen/ }).first().click();
  await page.locator('#reply').waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/shots/e2-${vp}.png`, fullPage: true });
  await context.close();
}
await browser.close();
