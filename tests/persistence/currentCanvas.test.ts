import { describe, expect, it } from 'vitest';

import { CURRENT_CANVAS_VERSION } from '@/domain';
import { loadCurrentCanvas } from '@/persistence/currentCanvas';
import { loadStoredCanvas } from '@/persistence/loadCanvas';

import { envelopeText, fixtureEnvelope, FIXTURE_ID, STORAGE_V1_TEXT, STORED_TEXT } from './support';

// The first screen reads current canvases without the migration and repair code.
describe('loadCurrentCanvas', () => {
  it('loads a canvas this version wrote exactly as the whole pipeline does', () => {
    const load = loadCurrentCanvas(STORED_TEXT, FIXTURE_ID);
    expect(load).not.toBeNull();
    expect(load).toEqual(loadStoredCanvas(STORED_TEXT, FIXTURE_ID));
  });

  it('leaves everything that needs more than reading to the whole pipeline', () => {
    const { data } = fixtureEnvelope();
    const cases = {
      olderVersion: STORAGE_V1_TEXT,
      newerVersion: envelopeText(data, { version: CURRENT_CANVAS_VERSION + 1 }),
      notJson: '{"state":{"canvas":',
      notEnvelope: JSON.stringify({ data }),
      otherKeysId: envelopeText({ ...data, id: 'somewhere_else' }),
      missingList: envelopeText({ ...data, keyPartners: undefined }),
      brokenItem: envelopeText({ ...data, keyPartners: [{ id: 'kp', text: 42 }] }),
      unknownField: envelopeText({ ...data, extra: true }),
    };
    for (const [name, raw] of Object.entries(cases)) {
      expect({ name, load: loadCurrentCanvas(raw, FIXTURE_ID) }).toEqual({ name, load: null });
    }
  });
});
