import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';

import { initI18n } from '@/i18n/config';
import { useCanvasStore } from '@/store/canvasStore';
import { useScenarioStore } from '@/store/scenarioStore';
import { useUiStore } from '@/store/uiStore';

// findBy* waits for a state, not a time: the ceiling is generous so a loaded CI machine still passes.
configure({ asyncUtilTimeout: 5_000 });

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
