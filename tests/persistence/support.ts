import { CURRENT_CANVAS_VERSION, type Canvas } from '@/domain';
import type { SaveController } from '@/persistence/saveController';
import { openLibrary, startSaving, type StartOptions } from '@/persistence/startPersistence';
import { canvasKey } from '@/persistence/storageKeys';

import fixtureText from '../fixtures/storage-v1.json?raw';

/** The hand-written v1 envelope, kept forever: every later version must still load it. */
export const STORAGE_V1_TEXT: string = fixtureText;

/**
 * The same stored canvas as this version writes it: start-up data that needs no migration
 * (the v1 text itself is migrated, and backed up first, on every load).
 */
export const STORED_TEXT: string = JSON.stringify({
  ...JSON.parse(fixtureText),
  version: CURRENT_CANVAS_VERSION,
});

export function fixtureEnvelope(): { data: Canvas } & Record<string, unknown> {
  return JSON.parse(STORAGE_V1_TEXT);
}

export const FIXTURE_ID = 'canvas_taller';
export const FIXTURE_KEY = canvasKey(FIXTURE_ID);

/** An envelope around `data` as the app would store it, with overridable envelope fields. */
export function envelopeText(data: unknown, fields: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'bmc-canvas',
    version: CURRENT_CANVAS_VERSION,
    savedAt: '2026-01-01T00:00:00.000Z',
    writerTabId: 'tab-test',
    rev: 1,
    data,
    ...fields,
  });
}

/** Every string inside `value`, depth first. */
export function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(textsOf);
  return [];
}

/** Opens the library and starts saving at once, as the app does once its first screen is up. */
export async function startPersistence(options: StartOptions = {}): Promise<SaveController> {
  await openLibrary(options);
  const controller = await startSaving();
  if (!controller) throw new Error('saving did not start');
  return controller;
}
