import { bigCanvas } from './fixtures';
import { round, summarize } from './stats';

/**
 * A fixed CPU workload (a canvas of 20 segments through JSON and back, 200 times), timed before
 * and after the run. The machine is shared: when this figure is high, every timed figure is too,
 * so reports from different moments compare through it.
 */
export function calibrate(): number {
  const text = JSON.stringify(bigCanvas(20));
  const times: number[] = [];
  for (let run = 0; run < 15; run++) {
    const start = performance.now();
    for (let i = 0; i < 200; i++) JSON.stringify(JSON.parse(text));
    times.push(performance.now() - start);
  }
  return round(summarize(times).median, 1);
}
