import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';

import { benchBoot } from './boot';
import { calibrate } from './calibration';
import { launch } from './browser';
import { check, type BudgetCheck } from './budgets';
import { measureBundle } from './bundle';
import { benchDomain, type DomainResult } from './domain';
import { benchFields } from './fields';
import { buildFloor } from './floor/build';
import { issue17Goals } from './goals';
import { benchBigCanvas } from './interaction';
import { benchDashboardLive } from './dashboardLive';
import { benchLive, type LiveResult } from './live';
import { benchLoad } from './load';
import { benchNotes } from './notes';
import { renderReport, type Report } from './report';
import { startServer } from '../tests/e2e/support/server';

const ROOT = resolve(import.meta.dirname, '..');
/** The benchmark's own build: dist/ belongs to the browser tests, which may run meanwhile. */
const DEFAULT_DIST = resolve(ROOT, 'bench/tmp/dist');
const FLOOR_DIST = resolve(ROOT, 'bench/tmp/floor');

function build(dist: string) {
  // Vite's module runner sets NODE_ENV=development; the build must not inherit it.
  execSync(`npx vite build --outDir ${dist} --emptyOutDir --manifest`, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

/**
 * `npm run bench` measures everything and writes bench/report.md + report.json;
 * `--quick` builds and gates only the JS a visit loads before it accepts input (deterministic:
 * the set of files does not depend on the machine's speed), for CI;
 * `--domain` (npm run bench:domain) times evaluateCanvas only and updates that part of the report; `--no-build` reuses bench/tmp/dist;
 * `--only=load,notes` runs some parts (written to bench/tmp/report-load-notes.*), while working on them;
 * `--live` (npm run bench:live) measures live classes only and updates that part of the report.
 */
export async function main(args: string[]): Promise<number> {
  if (args.includes('--live')) return liveOnly();
  if (args.includes('--domain')) return domainOnly();
  if (args.includes('--dashboard')) return dashboardOnly();
  const quick = args.includes('--quick');
  const option = (name: string) =>
    args.find((a) => a.startsWith(`--${name}=`))?.slice(`--${name}=`.length);
  // `--dist=bench/tmp/before` measures another build (with --no-build), for a before/after pair.
  const distOption = option('dist');
  const dist = distOption ? resolve(ROOT, distOption) : DEFAULT_DIST;
  const only = option('only')?.split(',');
  const runs = (part: 'boot' | 'load' | 'notes' | 'fields' | 'interaction' | 'domain' | 'live') =>
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

  if (!args.includes('--no-build')) {
    build(dist);
    if (!quick) await buildFloor(FLOOR_DIST);
  }
  report.bundle = measureBundle(dist);
  if (!quick) report.floorBundle = measureBundle(FLOOR_DIST);
  const server = await startServer({ root: dist });
  const floor = quick ? null : await startServer({ root: FLOOR_DIST });
  const browser = await launch();
  try {
    if (runs('boot')) {
      report.boot = await benchBoot(browser, server.url, dist, report.bundle.htmlFiles);
      checks.push(check('initialJsGzipBytes', Math.max(...report.boot.map((b) => b.jsGzip))));
    }
    if (floor && runs('load')) {
      report.load = await benchLoad(browser, server.url, floor.url);
      const ours = report.load.filter((l) => l.app === 'vinculo');
      checks.push(check('fcpMs', Math.max(...ours.map((l) => l.fcp.median))));
    }
    if (floor && runs('notes')) report.notes = await benchNotes(browser, server.url, floor.url);
    if (!quick && runs('fields')) report.fields = await benchFields(browser, server.url);
    if (!quick && runs('interaction')) {
      report.interaction = await benchBigCanvas(browser, server.url);
      const { typing, toggle, save } = report.interaction;
      checks.push(check('interactionP95Ms', Math.max(typing.p95, toggle.p95)));
      checks.push(check('save200Ms', save.ms.median));
    }
  } finally {
    await browser.close();
    await server.close();
    await floor?.close();
  }
  if (!quick && runs('domain')) {
    report.domain = benchDomain();
    checks.push(...domainChecks(report.domain));
  }

  if (!quick && runs('live')) {
    report.live = await benchLive();
    checks.push(liveCheck(report.live));
    report.live.dashboard = await dashboardFigure(dist);
  }

  report.machine.loadAfter = loadavg()[0] ?? 0;
  report.machine.calibrationAfterMs = calibrate();
  if (!quick) report.goals = issue17Goals(report);
  // A partial run keeps its figures aside, in bench/tmp, never in the committed report.
  const label = distOption ? `-${distOption.split('/').pop()}` : '';
  const out =
    only || distOption ? `bench/tmp/report-${only?.join('-') ?? 'all'}${label}` : 'bench/report';
  return finish(report, quick ? null : out);
}

function domainChecks(domain: DomainResult[]): BudgetCheck[] {
  const at1000 = domain.find((d) => d.segments === 1000);
  return [
    check('evaluate1000Ms', at1000?.ms.median ?? Number.NaN),
    check('reevaluate1000Ms', at1000?.editMs?.median ?? Number.NaN),
  ];
}

const liveCheck = (live: LiveResult) =>
  check('liveP95Ms', live.scenarios.find((s) => s.students === 40)?.latency.p95 ?? Number.NaN);

/** The last full report, to replace one part of it (a new one when there is none). */
function lastReport(): Report {
  const file = resolve(ROOT, 'bench/report.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Report;
  return {
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
}

/** The report's budget checks, with those of the same names as `checks` replaced by them. */
function replaceChecks(report: Report, checks: BudgetCheck[]): BudgetCheck[] {
  const names = new Set(checks.map((c) => c.name));
  return [...report.checks.filter((c) => !names.has(c.name)), ...checks];
}

/** The class dashboard with 40 live students, in its own browser (built app in `dist`). */
async function dashboardFigure(dist: string) {
  if (!existsSync(resolve(dist, 'index.html'))) build(dist);
  const browser = await launch();
  try {
    return await benchDashboardLive(browser, dist);
  } finally {
    await browser.close();
  }
}

/** `--dashboard` (npm run bench:dashboard): replaces the class dashboard's figure in the report. */
async function dashboardOnly(): Promise<number> {
  const report = lastReport();
  const dashboard = await dashboardFigure(DEFAULT_DIST);
  console.log(JSON.stringify(dashboard));
  report.live = { scenarios: [], ...report.live, dashboard };
  return finish(report, 'bench/report');
}

/** Live classes only: replaces that part (and its budget) in the last report. */
async function liveOnly(): Promise<number> {
  const report = lastReport();
  const dashboard = report.live?.dashboard;
  report.live = { ...(await benchLive()), ...(dashboard ? { dashboard } : {}) };
  report.checks = replaceChecks(report, [liveCheck(report.live)]);
  return finish(report, 'bench/report');
}

/** evaluateCanvas only: replaces that part (and its budgets) in the last report. */
function domainOnly(): number {
  const report = lastReport();
  const date = new Date().toISOString();
  const [loadBefore, calibrationBeforeMs] = [loadavg()[0] ?? 0, calibrate()];
  report.domain = benchDomain();
  const machine = {
    cores: availableParallelism(),
    loadBefore,
    loadAfter: loadavg()[0] ?? 0,
    calibrationBeforeMs,
    calibrationAfterMs: calibrate(),
  };
  report.domainRun = { date, machine };
  report.checks = replaceChecks(report, domainChecks(report.domain));
  return finish(report, 'bench/report');
}

/** Prints the report and writes it to `out`.md/.json (under the project root), if given. */
function finish(report: Report, out: string | null): number {
  const markdown = renderReport(report);
  console.log(markdown);
  if (out) {
    writeFileSync(resolve(ROOT, `${out}.md`), markdown);
    writeFileSync(resolve(ROOT, `${out}.json`), `${JSON.stringify(report, null, 2)}\n`);
  }
  const checks = report.checks;
  const failed = checks.filter((c) => !c.ok);
  for (const c of failed) console.error(`Budget exceeded: ${c.name} = ${c.value} > ${c.limit}`);
  return failed.length ? 1 : 0;
}
