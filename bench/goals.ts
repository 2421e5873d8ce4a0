import type { Report } from './report';

/** One goal of issue 17: its figure, the floor's figure from the same run, and whether it holds. */
export type Goal = {
  goal: string;
  figure: number;
  unit: 'ms' | 'kB' | '×';
  /** the floor's comparable figure from the same run, when there is one */
  floor: number | null;
  /** what the goal allows, in the figure's unit */
  limit: number;
  met: boolean;
};

const goal = (g: Omit<Goal, 'met'>): Goal => ({
  ...g,
  met: Number.isFinite(g.figure) && g.figure <= g.limit,
});

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / (values.length || 1);

/** Issue 17's goals, from a report that ran the floor beside Vínculo. */
export function issue17Goals(r: Report): Goal[] {
  const goals: Goal[] = [];
  const floorJs = r.floorBundle?.htmlJsGzip;
  const js = r.boot ? Math.max(...r.boot.map((b) => b.jsGzip)) : undefined;
  if (js !== undefined)
    goals.push(
      goal({
        goal: 'JS before input (gzip)',
        figure: js / 1024,
        unit: 'kB',
        floor: floorJs === undefined ? null : floorJs / 1024,
        limit: 120,
      }),
    );
  if (r.notes) {
    const { floor, vinculo, typing, typingNotes, cpuThrottle } = r.notes;
    goals.push(
      goal({
        goal: `Adding 50 notes at ${cpuThrottle}×: main-thread busy (floor: 50 clicks; at most 2× the floor)`,
        figure: vinculo.busyMs,
        unit: 'ms',
        floor: floor.busyMs,
        limit: 2 * floor.busyMs,
      }),
    );
    const first = mean(vinculo.perItemMs.slice(0, 10));
    const last = mean(vinculo.perItemMs.slice(40, 50));
    goals.push(
      goal({
        goal: `Per-note cost flat: notes 41–50 (${Math.round(last)} ms) over notes 1–10 (${Math.round(first)} ms), at most 1.2`,
        figure: last / first,
        unit: '×',
        floor: null,
        limit: 1.2,
      }),
    );
    goals.push(
      goal({
        goal: `Typing in a note with ${typingNotes} notes on the board at ${cpuThrottle}×: p95 input to paint (floor: click p95)`,
        figure: typing.p95,
        unit: 'ms',
        floor: floor.clicks.p95,
        limit: 16,
      }),
    );
  }
  if (r.fields) {
    const f = r.fields;
    const floorClick = r.notes?.floor.clicks.p95 ?? null;
    for (const [name, s] of [
      ["a segment's name", f.segmentName],
      ["a channel's name", f.channelName],
      ["a tactic's description", f.tacticDescription],
    ] as const)
      goals.push(
        goal({
          goal: `Typing in ${name}, ${f.segments} segments at ${f.cpuThrottle}×: p95 input to paint`,
          figure: s.p95,
          unit: 'ms',
          floor: floorClick,
          limit: 16,
        }),
      );
  }
  if (r.load) {
    const floorOf = (warm: boolean) =>
      r.load?.find((l) => l.app === 'floor' && l.warm === warm)?.appPaint.median;
    for (const l of r.load.filter((x) => x.app === 'vinculo')) {
      const floor = floorOf(l.warm);
      goals.push(
        goal({
          goal: `First screen painted (with words), ${l.visit}, ${l.cpuThrottle}×: at most 1.3× the floor's`,
          figure: l.appPaint.median,
          unit: 'ms',
          floor: floor ?? null,
          limit: floor === undefined ? Number.NaN : 1.3 * floor,
        }),
      );
    }
  }
  if (r.interaction) {
    const i = r.interaction;
    goals.push(
      goal({
        goal: `Toggling a relationship type, ${i.segments} segments: p95`,
        figure: i.toggle.p95,
        unit: 'ms',
        floor: null,
        limit: 16,
      }),
    );
    goals.push(
      goal({
        goal: `Closing an editor over ${i.segments} segments (Escape to painted board): p95`,
        figure: i.closeEditor.p95,
        unit: 'ms',
        floor: null,
        limit: 32,
      }),
    );
  }
  return goals;
}
