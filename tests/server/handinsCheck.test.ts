import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { createCanvasDoc } from '@/collab';
import { handIn, HANDINS_KEY } from '@/collab/handins';
import { createEmptyCanvas } from '@/domain';
import { checkHandins } from '../../server/handinsCheck';

/** The server's shadow copy (gc off, as in server/shadows.ts) after a client's document reached it. */
function shadowOf(client: Y.Doc): Y.Doc {
  const shadow = new Y.Doc({ gc: false });
  Y.applyUpdate(shadow, Y.encodeStateAsUpdate(client));
  return shadow;
}

/** A client that handed in once, and the server's copy of it. */
function handedIn() {
  const client = createCanvasDoc(createEmptyCanvas({ name: 'Café' }));
  handIn(client, { name: 'Draft', by: 'Ana' });
  const shadow = shadowOf(client);
  const send = (change: (doc: Y.Doc) => void) => {
    const before = Y.encodeStateVector(client);
    change(client);
    Y.applyUpdate(shadow, Y.encodeStateAsUpdate(client, before));
    return checkHandins(shadow);
  };
  const id = [...client.getMap(HANDINS_KEY).keys()][0]!;
  return { client, shadow, send, id };
}

describe('server check of hand-ins: frozen once handed in', () => {
  it('accepts new hand-ins with a valid canvas', () => {
    const { send, shadow } = handedIn();
    expect(checkHandins(shadow)).toEqual({ ok: true });
    expect(send((doc) => handIn(doc, { name: 'Second', by: 'Ana' }))).toEqual({ ok: true });
  });

  it('refuses a change to an existing hand-in, of any of its fields', () => {
    const { send, id } = handedIn();
    const entry = (doc: Y.Doc, key = id) => doc.getMap(HANDINS_KEY).get(key) as Y.Map<unknown>;
    expect(send((doc) => entry(doc).set('name', 'Renamed'))).toMatchObject({
      ok: false,
      problem: 'changed',
      path: `handins.${id}`,
    });
    const other = handedIn();
    expect(
      other.send((doc) =>
        entry(doc, other.id).set(
          'state',
          Y.encodeStateAsUpdate(createCanvasDoc(createEmptyCanvas())),
        ),
      ),
    ).toMatchObject({ ok: false, problem: 'changed' });
  });

  it('refuses deleting or replacing a hand-in', () => {
    const deleting = handedIn();
    expect(deleting.send((doc) => doc.getMap(HANDINS_KEY).delete(deleting.id))).toMatchObject({
      ok: false,
      problem: 'changed',
    });
    const replacing = handedIn();
    expect(
      replacing.send((doc) => {
        const fresh = new Y.Map<unknown>();
        doc.getMap(HANDINS_KEY).set(replacing.id, fresh);
      }),
    ).toMatchObject({ ok: false, problem: 'changed' });
  });

  it('refuses a hand-in whose state is not a valid canvas, or that lacks its fields', () => {
    const { send } = handedIn();
    const add = (fields: Record<string, unknown>) => (doc: Y.Doc) => {
      const entry = new Y.Map<unknown>();
      for (const [key, value] of Object.entries(fields)) entry.set(key, value);
      doc.getMap(HANDINS_KEY).set(`h${Math.random()}`, entry);
    };
    const base = { name: 'x', by: 'Ana', at: new Date().toISOString() };
    expect(send(add({ ...base, state: new Uint8Array([9, 9, 9]) }))).toMatchObject({
      ok: false,
      problem: 'invalid_canvas',
    });
    const second = handedIn();
    expect(second.send(add({ ...base }))).toMatchObject({ ok: false, problem: 'shape' });
    const third = handedIn();
    expect(third.send((doc) => doc.getMap(HANDINS_KEY).set('x', 'just text'))).toMatchObject({
      ok: false,
      problem: 'shape',
    });
  });

  it('refuses more hand-ins than the cap', () => {
    const { shadow, send } = handedIn();
    expect(checkHandins(shadow, 1)).toEqual({ ok: true });
    send((doc) => handIn(doc, { name: 'Second', by: 'Ana' }));
    expect(checkHandins(shadow, 1)).toMatchObject({ ok: false, problem: 'too_many' });
  });
});
