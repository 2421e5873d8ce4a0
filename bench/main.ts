import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { startServer, DIST } from '../tests/e2e/support/server';

import { launch } from './browser';
import { check, type BudgetCheck } from './budgets';
import { measureBundle } from './bundle';
import { benchDomain } from './domain';
import { benchBigCanvas } from './interaction';
import { benchColdLoad } from './load';
import { renderReport, type Report } from './report';

const ROOT = resolve(import.meta.dirname, '..');

/**
 * `npm run bench` measures everything and writes bench/report.md + report.json;
 * `--quick` builds and gates only the bundle size (deterministic, used in CI);
 * `--domain` times evaluateCanvas only.
 */
export async function main(args: string[]): Promise<number> {
  const quick = args.includes('--quick');
  const domainOnly = args.includes('--domain');
  const report: Report = { date: new Date().toISOString(), node: process.version, checks: [] };
  const checks: BudgetCheck[] = report.checks;

  if (!domainOnly) {
    if (!args.includes('--no-build')) // Vite's module runner sets NODE_ENV=development; the build must not inherit it.
    execSync('npx vite build', { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
    report.bundle = measureBundle(DIST);
    checks.push(check('initialJsGzipBytes', report.bundle.initialJsGzip));
  }
  if (!quick) {
    report.domain = benchDomain();
    const at1000 = report.domain.find((d) => d.segments === 1000);
    checks.push(check('evaluate1000Ms', at1000?.ms.median ?? Number.NaN));
  }
  if (!quick && !domainOnly) {
    const server = await startServer();
    const browser = await launch();
    try {
      report.load = await benchColdLoad(browser, server.url);
      checks.push(check('fcpMs', report.load.fcp.median));
      report.interaction = await benchBigCanvas(browser, server.url);
      checks.push(check('interactionP95Ms', Math.max(report.interaction.typing.p95, report.interaction.toggle.p95)));
      checks.push(check('save200Ms', report.interaction.save.ms.median));
    } finally {
      await browser.close();
      await server.close();
    }
  }

  const markdown = renderReport(report);
  console.log(markdown);
  if (!quick && !domainOnly) {
    mkdirSync(resolve(ROOT, 'bench'), { recursive: true });
    writeFileSync(resolve(ROOT, 'bench/report.md'), markdown);
    writeFileSync(resolve(ROOT, 'bench/report.json'), `${JSON.stringify(report, null, 2)}\n`);
  }
  const failed = checks.filter((c) => !c.ok);
  for (const c of failed) console.error(`Budget exceeded: ${c.name} = ${c.value} > ${c.limit}`);
  return failed.length ? 1 : 0;
}
