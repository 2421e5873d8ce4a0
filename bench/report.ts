import type { BudgetCheck } from './budgets';
import type { BundleResult } from './bundle';
import type { DomainResult } from './domain';
import type { InteractionResult } from './interaction';
import type { LoadResult } from './load';
import { round, type Summary } from './stats';

export type Report = {
  date: string;
  node: string;
  checks: BudgetCheck[];
  bundle?: BundleResult;
  domain?: DomainResult[];
  load?: LoadResult;
  interaction?: InteractionResult;
};

const kb = (bytes: number) => `${round(bytes / 1024, 1)} kB`;
const ms = (s: Summary) => `${round(s.median, 2)} ms (min ${round(s.min, 2)} – max ${round(s.max, 2)}, ${s.runs} runs)`;

export function renderReport(r: Report): string {
  const lines = [`# Vínculo benchmark report`, '', `Measured ${r.date} on Node ${r.node}, headless Chromium, 2 cores.`, ''];
  if (r.bundle) {
    lines.push('## Bundle (gzip)', '', '| what | size |', '| --- | --- |');
    lines.push(`| initial JS | ${kb(r.bundle.initialJsGzip)} |`, `| initial CSS | ${kb(r.bundle.initialCssGzip)} |`);
    lines.push(`| all assets | ${kb(r.bundle.totalGzip)} gzip, ${kb(r.bundle.totalRaw)} raw |`, '');
    lines.push(`Initial files: ${r.bundle.initialFiles.map((f) => `\`${f}\``).join(', ')}`, '');
  }
  if (r.load) {
    lines.push(`## Cold load (${r.load.cpuThrottle}× CPU throttle, fresh context each run)`, '');
    lines.push(`- First contentful paint: ${ms(r.load.fcp)}`, `- Canvas accepts input: ${ms(r.load.interactive)}`, '');
  }
  if (r.interaction) {
    const i = r.interaction;
    lines.push(`## Big canvas (${i.segments} segments × 6 relationship types, channels and tactics)`, '');
    lines.push(`- Typing in a segment field, input to next paint: p50 ${round(i.typing.median, 1)} ms, p95 ${round(i.typing.p95, 1)} ms (${i.typing.runs} keystrokes)`);
    lines.push(`- Toggling a relationship type: p50 ${round(i.toggle.median, 1)} ms, p95 ${round(i.toggle.p95, 1)} ms (${i.toggle.runs} toggles)`);
    lines.push(`- Switching between segments: ${ms(i.switchSegment)}`);
    lines.push(`- Saving: ${ms(i.save.ms)}, ${kb(i.save.bytes)} written; ${i.save.writesDuringTyping} writes while typing ${i.save.keystrokes} characters`, '');
  }
  if (r.domain) {
    lines.push('## Domain: `evaluateCanvas`', '', '| segments | median | min – max | per segment |', '| --- | --- | --- | --- |');
    for (const d of r.domain) {
      lines.push(`| ${d.segments} | ${round(d.ms.median, 3)} ms | ${round(d.ms.min, 3)} – ${round(d.ms.max, 3)} ms | ${round(d.msPerSegment * 1000, 2)} µs |`);
    }
    lines.push('');
  }
  lines.push('## Budgets', '', '| budget | limit | measured | |', '| --- | --- | --- | --- |');
  for (const c of r.checks) lines.push(`| ${c.name} | ${c.limit} | ${round(c.value, 2)} | ${c.ok ? 'ok' : 'EXCEEDED'} |`);
  return `${lines.join('\n')}\n`;
}
