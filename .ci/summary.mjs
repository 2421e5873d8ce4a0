// Prints one closing line over the unit, server and browser runs, from vitest's JSON reports.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of [
  'test-results/unit.json',
  'test-results/server.json',
  'test-results/e2e.json',
]) {
  if (!existsSync(file)) {
    console.error(`[ci] missing ${file}: that test run did not finish`);
    process.exit(1);
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
}
if (passed === 0) {
  console.error('[ci] no test ran');
  process.exit(1);
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
