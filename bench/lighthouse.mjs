// Median of Lighthouse runs (mobile defaults: simulated slow 4G, 4x CPU) from their JSON reports.
import { readFileSync } from 'node:fs';

const reports = process.argv.slice(2).map((f) => JSON.parse(readFileSync(f, 'utf8')));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pick = (f) => median(reports.map(f));
const score = (key) => Math.round(pick((r) => r.categories[key].score) * 100);
const audit = (key) => pick((r) => r.audits[key].numericValue);
console.log(`lighthouse, median of ${reports.length} runs on ${reports[0].finalDisplayedUrl}:`);
console.log(`  performance ${score('performance')} (>= 95)   accessibility ${score('accessibility')} (100)   best practices ${score('best-practices')} (100)`);
console.log(`  LCP ${(audit('largest-contentful-paint') / 1000).toFixed(2)} s (<= 2.0)   TBT ${audit('total-blocking-time').toFixed(0)} ms (<= 100)   CLS ${audit('cumulative-layout-shift').toFixed(3)} (<= 0.02)   FCP ${(audit('first-contentful-paint') / 1000).toFixed(2)} s`);
for (const r of reports.slice(0, 1)) {
  for (const key of ['accessibility', 'best-practices']) {
    for (const ref of r.categories[key].auditRefs) {
      const a = r.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 1) console.log(`  ${key}: ${a.id}: ${a.title}`);
    }
  }
}
