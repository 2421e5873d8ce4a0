import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';

import { initI18n } from '@/i18n/config';
import { useCanvasStore } from '@/store/canvasStore';
import { useScenarioStore } from '@/store/scenarioStore';
import { useUiStore } from '@/store/uiStore';

// Dialogs and panels load lazily, as in the app: `findBy…` waits for them to appear, and on a
// busy machine (CI with both cores taken) a chunk can take seconds, not the default one.
configure({ asyncUtilTimeout: 15_000 });

// Component tests render with the real English strings (switch with i18next.changeLanguage).
beforeAll(async () => {
  if (typeof window !== 'undefined') await initI18n('en');
});

afterEach(() => {
  if (typeof window === 'undefined') return;
  cleanup();
  useCanvasStore.setState(useCanvasStore.getInitialState(), true);
  useCanvasStore.temporal.getState().clear();
  useUiStore.setState(useUiStore.getInitialState(), true);
  useScenarioStore.setState(useScenarioStore.getInitialState(), true);
  window.localStorage.clear();
});
