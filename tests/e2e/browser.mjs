// Debian's Chromium driven by playwright-core, with every page watched for console errors,
// uncaught exceptions and CSP violations, and an axe scan helper.
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import assert from 'node:assert/strict';

export const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: '360px', width: 360, height: 740, isMobile: true, hasTouch: true },
];

export const PASSWORD = 'guichet-demo';

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/// A browser context as a citizen would have it: a viewport, a language, and watchers.
export async function openPage(browser, { viewport, locale = 'de-CH' }) {
  const context = await browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    isMobile: viewport.isMobile ?? false,
    hasTouch: viewport.hasTouch ?? false,
    locale,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`);
    });
  });
  page.problems = problems;
  return page;
}

/// Fails on anything the page complained about: console errors, exceptions, CSP violations.
/// Chrome logs every 4xx answer as an error; a test names the statuses it provokes on purpose.
export function assertNoProblems(page, { expectedStatuses = [] } = {}) {
  const expected = (p) => expectedStatuses.some((status) => p.includes(`status of ${status}`));
  const real = page.problems.filter((p) => !expected(p));
  assert.deepEqual(real, [], 'the page reported problems');
}

/// axe with the WCAG 2.2 AA tags: zero violations allowed.
export async function assertAccessible(page, label) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const violations = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  assert.deepEqual(violations, [], `axe violations on ${label}`);
}

/// Makes the first request to `pattern` (with `method`, when given) meet a 500 problem, as a
/// failing server would answer; later requests go through.
export async function failOnceWith500(page, pattern, method = undefined) {
  let failures = 1;
  await page.route(pattern, async (route) => {
    if ((!method || route.request().method() === method) && failures-- > 0) {
      const problem = { type: 'urn:guichet:problem:internal', title: 'Internal error', status: 500, code: 'internal' };
      await route.fulfill({ status: 500, contentType: 'application/problem+json', body: JSON.stringify(problem) });
    } else {
      await route.continue();
    }
  });
}
