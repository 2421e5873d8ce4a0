import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';

import { benchBoot } from './boot';
import { calibrate } from './calibration';
import { launch } from './browser';
import { check, type BudgetCheck } from './budgets';
import { measureBundle } from './bundle';
import { benchDomain } from './domain';
import { benchBigCanvas } from './interaction';
import { benchLive } from './live';
import { benchColdLoad } from './load';
import type { LiveResult } from './live';
import { renderReport, type Report } from './report';
import { startServer } from '../tests/e2e/support/server';

const ROOT = resolve(import.meta.dirname, '..');
/** The benchmark's own build: dist/ belongs to the browser tests, which may run meanwhile. */
const DIST = resolve(ROOT, 'bench/tmp/dist');

function build() {
  // Vite's module runner sets NODE_ENV=development; the build must not inherit it.
  execSync(`npx vite build --outDir ${DIST} --emptyOutDir --manifest`, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

/**
 * `npm run bench` measures everything and writes bench/report.md + report.json;
 * `--quick` builds and gates only the JS a visit loads before it accepts input (deterministic:
 * the set of files does not depend on the machine's speed), for CI;
 * `--domain` times evaluateCanvas only; `--no-build` reuses bench/tmp/dist;
 * `--only=load,interaction` runs some parts (and writes no report), while working on them;
 * `--live` (npm run bench:live) measures live classes only and updates that part of the report.
 */
export async function main(args: string[]): Promise<number> {
  if (args.includes('--live')) return liveOnly();
  const quick = args.includes('--quick');
  const domainOnly = args.includes('--domain');
  const only = args
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  const runs = (part: 'boot' | 'load' | 'interaction' | 'domain' | 'live') =>
    !only || only.includes(part);
  const report: Report = {
    date: new Date().toISOString(),
    node: process.version,
    machine: {
      cores: availableParallelism(),
      loadBefore: loadavg()[0] ?? 0,
      loadAfter: 0,
      calibrationBeforeMs: calibrate(),
      calibrationAfterMs: 0,
    },
    checks: [],
  };
  const checks: BudgetCheck[] = report.checks;

  if (!domainOnly) {
    if (!args.includes('--no-build')) build();
    report.bundle = measureBundle(DIST);
    const server = await startServer({ root: DIST });
    const browser = await launch();
    try {
      if (runs('boot')) {
        report.boot = await benchBoot(browser, server.url, DIST, report.bundle.htmlFiles);
        checks.push(check('initialJsGzipBytes', Math.max(...report.boot.map((b) => b.jsGzip))));
      }
      if (!quick && runs('load')) {
        report.load = await benchColdLoad(browser, server.url);
        checks.push(check('fcpMs', Math.max(...report.load.map((l) => l.fcp.median))));
      }
      if (!quick && runs('interaction')) {
        report.interaction = await benchBigCanvas(browser, server.url);
        const { typing, toggle, save } = report.interaction;
        checks.push(check('interactionP95Ms', Math.max(typing.p95, toggle.p95)));
        checks.push(check('save200Ms', save.ms.median));
      }
    } finally {
      await browser.close();
      await server.close();
    }
  }
  if (!quick && runs('domain')) {
    report.domain = benchDomain();
    const at1000 = report.domain.find((d) => d.segments === 1000);
    checks.push(check('evaluate1000Ms', at1000?.ms.median ?? Number.NaN));
  }

  if (!quick && !domainOnly && runs('live')) {
    report.live = await benchLive();
    checks.push(liveCheck(report.live));
  }

  report.machine.loadAfter = loadavg()[0] ?? 0;
  report.machine.calibrationAfterMs = calibrate();
  return finish(report, !quick && !domainOnly && !only);
}

const liveCheck = (live: LiveResult) =>
  check('liveP95Ms', live.scenarios.find((s) => s.students === 40)?.latency.p95 ?? Number.NaN);

/** Live classes only: replaces that part (and its budget) in the last report. */
async function liveOnly(): Promise<number> {
  const file = resolve(ROOT, 'bench/report.json');
  const last = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Report) : undefined;
  const report: Report = last ?? {
    date: new Date().toISOString(),
    node: process.version,
    machine: {
      cores: availableParallelism(),
      loadBefore: 0,
      loadAfter: 0,
      calibrationBeforeMs: 0,
      calibrationAfterMs: 0,
    },
    checks: [],
  };
  report.live = await benchLive();
  report.checks = [...report.checks.filter((c) => c.name !== 'liveP95Ms'), liveCheck(report.live)];
  return finish(report, true);
}

function finish(report: Report, write: boolean): number {
  const markdown = renderReport(report);
  console.log(markdown);
  if (write) {
    writeFileSync(resolve(ROOT, 'bench/report.md'), markdown);
    writeFileSync(resolve(ROOT, 'bench/report.json'), `${JSON.stringify(report, null, 2)}\n`);
  }
  const checks = report.checks;
  const failed = checks.filter((c) => !c.ok);
  for (const c of failed) console.error(`Budget exceeded: ${c.name} = ${c.value} > ${c.limit}`);
  return failed.length ? 1 : 0;
}
