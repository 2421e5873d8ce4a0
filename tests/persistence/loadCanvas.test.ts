import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  createEmptyCanvas,
  createNote,
  CURRENT_CANVAS_VERSION,
  LIMITS,
  type Canvas,
} from '@/domain';
import type { CanvasMigrationStep } from '@/domain';
import { CANVAS_MIGRATIONS, assertMigrationChainComplete } from '@/domain/migrations';
import { isRecord } from '@/persistence/envelope';
import { loadStoredCanvas } from '@/persistence/loadCanvas';

import { canvasArb } from '../domain/arbitraries';
import { envelopeText, fixtureEnvelope, FIXTURE_ID, STORAGE_V1_TEXT, textsOf } from './support';

function loadOk(raw: string, id = 'c1', options = {}) {
  const load = loadStoredCanvas(raw, id, options);
  if (load.status !== 'ok') throw new Error(`expected ok, got ${load.status}`);
  return load;
}

const canvasWith = (patch: Record<string, unknown>) => ({
  ...createEmptyCanvas(),
  id: 'c1',
  ...patch,
});

describe('loadStoredCanvas: unreadable data', () => {
  it('#2 reports truncated or invalid JSON as unreadable, never throwing', () => {
    for (const raw of ['{"state":{"canvas":', '', '{', 'undefined', '\u0000']) {
      expect(loadStoredCanvas(raw, 'c1')).toEqual({
        status: 'unreadable',
        reason: 'not_json',
        name: null,
      });
    }
  });

  it.each([['null'], ['[]'], ['"x"'], ['42'], ['true'], ['{}'], ['{"format":"other","data":{}}']])(
    '#3 reports valid JSON of the wrong top-level shape (%s) as unreadable',
    (raw) => {
      expect(loadStoredCanvas(raw, 'c1')).toEqual({
        status: 'unreadable',
        reason: 'not_envelope',
        name: null,
      });
    },
  );

  it('#3 reports an envelope without a usable version as unreadable, keeping the name for the message', () => {
    const raw = envelopeText(canvasWith({ name: 'Mi panadería' }), { version: 'uno' });
    expect(loadStoredCanvas(raw, 'c1')).toEqual({
      status: 'unreadable',
      reason: 'invalid_version',
      name: 'Mi panadería',
    });
  });
});

describe('loadStoredCanvas: repairs (#4)', () => {
  it('#4 removes only the note whose text is a number, and reports it as a lossy repair', () => {
    const keep = createNote('Se queda');
    const load = loadOk(envelopeText(canvasWith({ keyPartners: [{ id: 'bad', text: 5 }, keep] })));
    expect(load.canvas.keyPartners).toEqual([keep]);
    expect(load.repairs).toEqual([{ path: ['keyPartners', 0], action: 'removed' }]);
  });

  it('#4 adds a missing block empty, without counting it as a loss', () => {
    const withoutBlock = canvasWith({ name: 'Sin bloque', keyActivities: undefined });
    const load = loadOk(envelopeText(withoutBlock));
    expect(load.canvas.keyActivities).toEqual([]);
    expect(load.canvas.name).toBe('Sin bloque');
    expect(load.repairs).toEqual([{ path: ['keyActivities'], action: 'added' }]);
  });

  it('#4 gives a duplicated note id a fresh id and keeps both texts', () => {
    const load = loadOk(
      envelopeText(
        canvasWith({
          valuePropositions: [{ id: 'n1', text: 'uno' }],
          costStructure: [{ id: 'n1', text: 'dos' }],
        }),
      ),
    );
    expect(load.canvas.valuePropositions).toEqual([{ id: 'n1', text: 'uno' }]);
    expect(load.canvas.costStructure[0]?.text).toBe('dos');
    expect(load.canvas.costStructure[0]?.id).not.toBe('n1');
    expect(load.repairs).toEqual([{ path: ['costStructure', 0, 'id'], action: 'new_id' }]);
  });

  it('#4 cuts a 10k-character title to the limit and reports where', () => {
    const title = 'ñ'.repeat(10_000);
    const load = loadOk(envelopeText(canvasWith({ name: title })));
    expect(load.canvas.name).toBe(title.slice(0, LIMITS.nameLength));
    expect(load.repairs).toEqual([{ path: ['name'], action: 'truncated' }]);
  });

  it('#4 removes what refers to a removed segment, in a second round', () => {
    const fixture = fixtureEnvelope();
    const segment = { ...fixture.data.segments[0], size: -5 };
    const load = loadOk(envelopeText({ ...fixture.data, segments: [segment] }), FIXTURE_ID);
    expect(load.canvas.segments).toEqual([]);
    expect(load.canvas.relationships).toEqual([]);
    expect(load.repairs.map((r) => r.path[0])).toEqual(
      expect.arrayContaining(['segments', 'relationships', 'tactics']),
    );
    expect(load.canvas.keyPartners).toEqual(fixture.data.keyPartners);
  });

  it('#4 quarantines what cannot be repaired safely and names the path', () => {
    const load = loadStoredCanvas(envelopeText(canvasWith({ currency: 'euros' })), 'c1');
    expect(load).toMatchObject({
      status: 'invalid',
      problems: [{ path: ['currency'], code: 'unknown_currency' }],
    });
  });

  it('#4 #9 refuses an unknown block id or field and names it, instead of dropping it', () => {
    const load = loadStoredCanvas(
      envelopeText(canvasWith({ keyMetrics: [{ id: 'm', text: 'NPS' }] })),
      'c1',
    );
    expect(load).toMatchObject({ status: 'unknown_fields', paths: [['keyMetrics']] });
  });

  it('uses the key id when the canvas inside claims another one', () => {
    expect(loadOk(envelopeText(canvasWith({ id: 'other' })), 'c1').canvas.id).toBe('c1');
  });
});

describe('loadStoredCanvas: versions', () => {
  it('#5 loads the hand-written v1 fixture with every text intact', () => {
    const load = loadOk(STORAGE_V1_TEXT, FIXTURE_ID);
    const { data } = fixtureEnvelope();
    expect(load.canvas).toEqual(data);
    expect(load.meta).toEqual({ rev: 7, writerTabId: 'tab-fixture-1' });
    expect(load.repairs).toEqual([]);
  });

  // A test-only future: v(N+1) stores the canvas name as `name`, vN had it as `title`.
  const TEST_CURRENT = CURRENT_CANVAS_VERSION + 1;
  const renameTitle: CanvasMigrationStep = {
    version: TEST_CURRENT,
    name: 'TestRenameTitle',
    up: (data) => {
      if (!isRecord(data)) throw new TypeError('not a canvas');
      const { title, ...rest } = data;
      if (typeof title !== 'string') throw new TypeError('title must be a string');
      return { ...rest, name: title };
    },
  };
  const asOlder = ({ name, ...rest }: Canvas) => ({ ...rest, title: name });
  const chain = { migrations: [renameTitle], currentVersion: TEST_CURRENT };

  it('#5 migrates an older version and says from which', () => {
    const { data } = fixtureEnvelope();
    const load = loadOk(envelopeText(asOlder(data)), FIXTURE_ID, chain);
    expect(load.migratedFrom).toBe(CURRENT_CANVAS_VERSION);
    expect(load.canvas).toEqual(data);
  });

  it('#5 keeps every user text through migrate → validate, for any valid older document', () => {
    fc.assert(
      fc.property(canvasArb, (canvas: Canvas) => {
        const load = loadOk(envelopeText(asOlder(canvas)), canvas.id, chain);
        const after = new Set(textsOf(load.canvas));
        return (
          load.migratedFrom === CURRENT_CANVAS_VERSION &&
          textsOf(canvas).every((text) => after.has(text))
        );
      }),
      { numRuns: 60 },
    );
  });

  it('#6 has a step for every version up to the current one, and the oldest stored fixture loads with no loss', () => {
    expect(() =>
      assertMigrationChainComplete(CANVAS_MIGRATIONS, CURRENT_CANVAS_VERSION),
    ).not.toThrow();
    const { data } = fixtureEnvelope();
    const load = loadOk(STORAGE_V1_TEXT, FIXTURE_ID);
    expect(new Set(textsOf(load.canvas))).toEqual(new Set(textsOf(data)));
  });

  it('#6 refuses to load when a version has no migration step', () => {
    const load = loadStoredCanvas(STORAGE_V1_TEXT, FIXTURE_ID, { ...chain, migrations: [] });
    expect(load).toEqual({ status: 'migration_failed', name: fixtureEnvelope().data.name });
  });

  it('#7 reports a migration step that throws on the stored structure', () => {
    // The hand-written fixture has no `title`, so the step trips on it, as a real bug would.
    const load = loadStoredCanvas(STORAGE_V1_TEXT, FIXTURE_ID, chain);
    expect(load).toEqual({ status: 'migration_failed', name: fixtureEnvelope().data.name });
  });

  it('#8 reports a version newer than the app instead of migrating it', () => {
    const raw = envelopeText(canvasWith({ name: 'Del futuro' }), { version: 999 });
    expect(loadStoredCanvas(raw, 'c1')).toEqual({
      status: 'newer',
      version: 999,
      name: 'Del futuro',
    });
  });

  it('#9 refuses unknown extra fields from a newer minor version anywhere, naming them', () => {
    const { data } = fixtureEnvelope();
    const segment = { ...data.segments[0], loyaltyScore: 9 };
    const load = loadStoredCanvas(envelopeText({ ...data, segments: [segment] }), FIXTURE_ID);
    expect(load).toMatchObject({
      status: 'unknown_fields',
      paths: [['segments', 0, 'loyaltyScore']],
    });
  });
});
