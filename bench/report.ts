import type { BootFile, BootResult } from './boot';
import type { BudgetCheck } from './budgets';
import type { BundleResult } from './bundle';
import type { DomainResult } from './domain';
import type { FieldsResult } from './fields';
import type { Goal } from './goals';
import type { InteractionResult } from './interaction';
import type { LiveResult } from './live';
import type { LoadResult } from './load';
import type { NotesResult } from './notes';
import { round, type Summary } from './stats';

/** the 1-minute load average: other work on the machine slows every timed figure */
export type Machine = {
  cores: number;
  loadBefore: number;
  loadAfter: number;
  /** see calibration.ts */
  calibrationBeforeMs: number;
  calibrationAfterMs: number;
};

export type Report = {
  date: string;
  node: string;
  machine: Machine;
  /** set when the domain part was measured on its own (npm run bench:domain), at another time */
  domainRun?: { date: string; machine: Machine };
  checks: BudgetCheck[];
  /** issue 17's goals, each beside the floor's figure from the same run */
  goals?: Goal[];
  bundle?: BundleResult;
  /** the floor app (bench/floor): what its index.html loads */
  floorBundle?: BundleResult;
  boot?: BootResult[];
  notes?: NotesResult;
  fields?: FieldsResult;
  domain?: DomainResult[];
  load?: LoadResult[];
  interaction?: InteractionResult;
  live?: LiveResult;
};

const kb = (bytes: number) => `${round(bytes / 1024, 1)} kB`;
const ms = (s: Summary, digits = 1) =>
  `${round(s.median, digits)} ms (min ${round(s.min, digits)} – max ${round(s.max, digits)}, ${s.runs} runs)`;
const p5095 = (s: Summary) =>
  `p50 ${round(s.median, 1)} ms, p95 ${round(s.p95, 1)} ms, max ${round(s.max, 1)} ms`;
const busyText = (f: FieldsResult, field: keyof FieldsResult['busyPerKeyMs']) =>
  `; main-thread busy ${f.busyPerKeyMs[field]} ms a keystroke`;

function bundleSection(bundle: BundleResult, boot: BootResult[] = []): string[] {
  const lines = ['## Bundle (gzip -9)', ''];
  lines.push(
    'JS and CSS fetched before the canvas accepts input (the first enabled button in `<main>`):',
  );
  lines.push('what index.html loads, plus every chunk the app imports on the way there.', '');
  lines.push(
    '| visit | JS | CSS | files | JS fetched right after (not counted) |',
    '| --- | --- | --- | --- | --- |',
  );
  for (const b of boot) {
    lines.push(
      `| ${b.visit} | ${kb(b.jsGzip)} | ${kb(b.cssGzip)} | ${b.files.length} | ${kb(b.laterJsGzip)} |`,
    );
  }
  lines.push('');
  const [first] = boot;
  if (first) {
    const list = (files: BootFile[]) =>
      files.map((f) => `\`${f.source}\` ${kb(f.gzip)}`).join(', ');
    lines.push(
      `Imported after index.html, before input (${first.visit}): ${list(first.files.filter((f) => !f.fromHtml && f.file.endsWith('.js')))}.`,
      '',
    );
    lines.push(
      `Fetched once the canvas accepts input (${first.visit}; the service worker then precaches the rest): ${list(first.later)}.`,
      '',
    );
  }
  lines.push(
    `index.html alone: ${kb(bundle.htmlJsGzip)} JS, ${kb(bundle.htmlCssGzip)} CSS (${bundle.htmlFiles.map((f) => `\`${f}\``).join(', ')}).`,
  );
  lines.push(
    `All assets (precached by the service worker): ${kb(bundle.totalGzip)} gzip, ${kb(bundle.totalRaw)} raw.`,
    '',
  );
  return lines;
}

export function renderReport(r: Report): string {
  const lines = ['# Vínculo benchmark report', ''];
  const m = r.machine;
  lines.push(
    `Measured ${r.date} on Node ${r.node}, headless Chromium, ${m.cores} cores shared with other work (load average ${round(m.loadBefore, 1)} at the start, ${round(m.loadAfter, 1)} at the end). Medians and min–max of repeated runs.`,
    '',
  );
  lines.push(
    `CPU calibration (bench/calibration.ts, lower is faster): ${m.calibrationBeforeMs} ms at the start, ${m.calibrationAfterMs} ms at the end. Timed figures scale with it; compare reports through it.`,
    '',
  );
  if (r.goals?.length) lines.push(...goalsSection(r.goals));
  if (r.bundle) lines.push(...bundleSection(r.bundle, r.boot));
  if (r.load?.length) {
    lines.push(
      `## First screen (${r.load[0]?.cpuThrottle}× CPU throttle; the floor and Vínculo interleaved run by run)`,
      '',
    );
    lines.push(
      '| app | visit | first contentful paint | accepts input | its first screen painted |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const l of r.load)
      lines.push(
        `| ${l.app} | ${l.visit} | ${ms(l.fcp, 0)} | ${ms(l.interactive, 0)} | ${ms(l.appPaint, 0)} |`,
      );
    lines.push(
      '',
      'Vínculo\'s first contentful paint is the frame index.html holds (header bar, logo and the nine empty blocks), drawn before any script runs; the app replaces it with its first screen. "Accepts input": the first enabled button in `<main>` is in the page; "first screen painted": the frame after it (checked to hold words). The floor is a one-button app (bench/floor: React, zustand with persist, zod, i18next).',
      '',
      'Cold loads use a fresh context (empty HTTP cache, no service worker). A returning visit opens a copy of the first example canvas from localStorage; the returning user loads the app a second time in the same context, with the service worker in control and the HTTP cache warm (the floor: loaded a second time).',
      '',
    );
  }
  if (r.interaction) {
    const i = r.interaction;
    lines.push(
      `## Big canvas (${i.segments} segments × 6 relationship types, 3 channels and 5 tactics each; no CPU throttle)`,
      '',
    );
    lines.push(
      "Input to next paint, as the browser reports it for INP: the Event Timing API duration, from the event to the paint after its handlers, in 8 ms steps; an event faster than the API's 16 ms floor has no entry and counts as 16 ms.",
      '',
    );
    lines.push(`- Typing in a segment's name: ${p5095(i.typing)} (${i.typing.runs} keystrokes)`);
    lines.push(
      `- Toggling a relationship type: ${p5095(i.toggle)} (${i.toggle.runs} toggles: the pointer rests on the toggle for 250 ms, then a plain mouse press)`,
    );
    lines.push(
      `- Opening a segment's relationship workbench (click to painted): ${ms(i.switchSegment)}`,
    );
    lines.push(
      `- Closing an editor (Escape to the paint of the board, caught up): ${p5095(i.closeEditor)} (${i.closeEditor.runs} closings)`,
    );
    lines.push(
      `- Saving (the whole debounced save task, in the page): ${ms(i.save.ms, 2)}; ${kb(i.save.bytes)} written`,
    );
    lines.push(
      `  (of which JSON.stringify ${round(i.save.stringifyMs.median, 2)} ms and localStorage.setItem ${round(i.save.setItemMs.median, 2)} ms)`,
    );
    lines.push(
      `- Canvas writes while typing ${i.save.keystrokes} characters (60 ms apart): ${i.save.writesDuringTyping}`,
      '',
    );
  }
  if (r.notes) lines.push(...notesSection(r.notes));
  if (r.fields) {
    const f = r.fields;
    lines.push(
      `## Typing on a full canvas (${f.segments} segments, ${f.cpuThrottle}× CPU throttle)`,
      '',
      `- In a segment's name: ${p5095(f.segmentName)}${busyText(f, 'segmentName')} (${f.segmentName.runs} keystrokes)`,
      `- In a channel's name: ${p5095(f.channelName)}${busyText(f, 'channelName')}`,
      `- In a tactic's description: ${p5095(f.tacticDescription)}${busyText(f, 'tacticDescription')}`,
      '',
      'Main-thread busy a keystroke: every task the page ran while typing, divided by the keys (what a keystroke set off later, such as saves and autofill, included).',
      '',
    );
  }
  if (r.domain) {
    lines.push('## Domain: `evaluateCanvas` (Node, after warm-up)', '');
    lines.push(
      'Cold: a canvas never evaluated before. One edit: the same canvas after one segment is replaced.',
      '',
    );
    const run = r.domainRun;
    if (run) {
      const m = run.machine;
      lines.push(
        `Measured on its own (\`npm run bench:domain\`) at ${run.date}: load average ${round(m.loadBefore, 1)} at the start, ${round(m.loadAfter, 1)} at the end; CPU calibration ${round(m.calibrationBeforeMs, 1)} ms, then ${round(m.calibrationAfterMs, 1)} ms.`,
        '',
      );
    }
    lines.push(
      '| segments | cold median | cold min – max | per segment | one edit median | one edit p95 |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const d of r.domain) {
      lines.push(
        `| ${d.segments} | ${round(d.ms.median, 3)} ms | ${round(d.ms.min, 3)} – ${round(d.ms.max, 3)} ms | ${round(d.msPerSegment * 1000, 2)} µs | ${d.editMs ? `${round(d.editMs.median, 3)} ms | ${round(d.editMs.p95, 3)} ms` : '— | —'} |`,
      );
    }
    lines.push('');
  }
  if (r.live) lines.push(...liveSection(r.live));
  lines.push('## Budgets', '', '| budget | limit | measured | |', '| --- | --- | --- | --- |');
  for (const c of r.checks)
    lines.push(`| ${c.name} | ${c.limit} | ${round(c.value, 2)} | ${c.ok ? 'ok' : 'EXCEEDED'} |`);
  return `${lines.join('\n')}\n`;
}

function goalsSection(goals: Goal[]): string[] {
  const figure = (value: number, unit: Goal['unit']) =>
    unit === '×' ? `${round(value, 2)}×` : `${round(value, unit === 'kB' ? 1 : 0)} ${unit}`;
  const lines = [
    '## Goals (issue 17)',
    '',
    "Each figure beside the floor app's comparable figure from this same run (bench/floor).",
    '',
    '| goal | Vínculo | floor | ratio to floor | limit | |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const g of goals) {
    const floor = g.floor === null ? '–' : figure(g.floor, g.unit);
    const ratio = g.floor ? `${round(g.figure / g.floor, 2)}×` : '–';
    lines.push(
      `| ${g.goal} | ${figure(g.figure, g.unit)} | ${floor} | ${ratio} | ${figure(g.limit, g.unit)} | ${g.met ? 'met' : 'not met'} |`,
    );
  }
  lines.push('');
  return lines;
}

const KEY_GAP = '120 ms between keys; Event Timing, 16 ms floor';

function liveSection(live: LiveResult): string[] {
  const lines = [
    '## Live classes (loopback, real server process, Hocuspocus providers in Node)',
    '',
  ];
  lines.push(
    "Each student edits their canvas (the first example) once a second; the instructor has the canvases open read-only. Latency: from the edit in the student's document to the instructor's copy changing. Server CPU: its CPU time over the run, in % of one core; memory: its resident set at the end.",
    '',
    '| students | instructor watching | connections | edits | not seen | latency p50 | p95 | max | server CPU | server memory |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const s of live.scenarios) {
    lines.push(
      `| ${s.students} | ${s.watched} | ${s.connections} | ${s.edits} in ${s.seconds} s | ${s.lost} | ${round(s.latency.median, 1)} ms | ${round(s.latency.p95, 1)} ms | ${round(s.latency.max, 1)} ms | ${round(s.serverCpuPercent, 0)} % | ${round(s.serverRssMb, 0)} MB |`,
    );
  }
  lines.push('');
  const d = live.dashboard;
  if (d)
    lines.push(
      `Class dashboard (Chromium, 1920×1080): ${d.students} students each edit their canvas once a second (${d.edits} edits in ${d.seconds} s) while the instructor types in the filter field (${KEY_GAP}); input to next paint of ${d.keystrokes} keystrokes: ${p5095(d.inputToPaint)}.`,
      '',
    );
  return lines;
}

function notesSection(n: NotesResult): string[] {
  const mean = (values: number[]) =>
    round(values.reduce((a, b) => a + b, 0) / (values.length || 1), 0);
  const { floor, vinculo } = n;
  return [
    `## Adding 50 notes (${n.cpuThrottle}× CPU throttle)`,
    '',
    'Vínculo: into one block of a blank canvas, as a person does: click "+ Add note", type "Note 12" (60 ms between keys), Tab. The floor: its one button clicked 50 times. Main-thread busy is Chromium\'s TaskDuration (every task the page ran), up to the save after the last.',
    '',
    '| | main-thread busy | per item, 1–10 | per item, 41–50 | click to paint p95 |',
    '| --- | --- | --- | --- | --- |',
    `| floor (50 clicks) | ${floor.busyMs} ms | ${mean(floor.perItemMs.slice(0, 10))} ms | ${mean(floor.perItemMs.slice(40))} ms | ${round(floor.clicks.p95, 0)} ms |`,
    `| Vínculo (50 notes) | ${vinculo.busyMs} ms | ${mean(vinculo.perItemMs.slice(0, 10))} ms | ${mean(vinculo.perItemMs.slice(40))} ms | ${round(vinculo.clicks.p95, 0)} ms |`,
    '',
    // The goal sets 50 notes against 50 clicks; a note is many inputs, so this is per input too.
    `Per input (${n.inputs} for the 50 notes: each click, key and Tab): Vínculo ${round(vinculo.busyMs / n.inputs, 1)} ms, floor ${round(floor.busyMs / floor.perItemMs.length, 1)} ms a click.`,
    '',
    `Typing in a note with ${n.typingNotes} notes on the board (spread over the six note blocks): ${p5095(n.typing)} (${n.typing.runs} keystrokes, 120 ms apart).`,
    '',
  ];
}
