import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, onTestFinished } from 'vitest';

import { loadBoardEvaluation } from '@/features/canvas/useBoardEvaluation';
import { i18next, initI18n } from '@/i18n/config';
import { useCanvasStore } from '@/store/canvasStore';
import { useScenarioStore } from '@/store/scenarioStore';
import { useUiStore } from '@/store/uiStore';

/**
 * A React update outside act() means a test asserted before the state it is about settled (or
 * its clean-up changed a mounted component): such a test fails, not just prints a warning.
 * Checked once the test and all its hooks have run.
 */
const actWarnings: string[] = [];
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  const [message] = args;
  if (typeof message === 'string' && message.includes('not wrapped in act'))
    actWarnings.push(message.replace('%s', String(args[1])).split('\n')[0] ?? message);
  consoleError(...args);
};
beforeEach(() => {
  actWarnings.length = 0;
  onTestFinished(() => {
    if (actWarnings.length > 0)
      throw new Error(`React updates outside act():\n${[...new Set(actWarnings)].join('\n')}`);
  });
});

// findBy* waits for a state, not a time: the ceiling is generous so a loaded CI machine still passes.
configure({ asyncUtilTimeout: 5_000 });

// Component tests render with the real English strings (switch with i18next.changeLanguage).
// The board's evaluation too, which the app loads after its first frame: a test sees the board
// as it is a moment later, and that load never lands outside act() in the middle of a test
// (tests/features/canvas/boardFirstFrame.test.tsx checks the frame before it).
beforeAll(async () => {
  if (typeof window === 'undefined') return;
  await Promise.all([initI18n('en'), loadBoardEvaluation()]);
});

afterEach(async () => {
  if (typeof window === 'undefined') return;
  cleanup();
  // After the unmount, so switching back to English re-renders nothing outside act().
  if (i18next.language !== 'en') await i18next.changeLanguage('en');
  useCanvasStore.setState(useCanvasStore.getInitialState(), true);
  useCanvasStore.temporal.getState().clear();
  useUiStore.setState(useUiStore.getInitialState(), true);
  useScenarioStore.setState(useScenarioStore.getInitialState(), true);
  window.localStorage.clear();
});
