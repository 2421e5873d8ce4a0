import { describe, expect, it } from 'vitest';

import { getExampleCanvases } from '@/domain/examples';

import { useLiveClass } from './support/liveClass';
import { api, createClass, joinClass } from './support/liveServer';

// Small limits, so the test reaches them quickly; the benchmark serves 200 clients in one class.
const LIMITS = { VINCULO_MAX_CONNECTIONS_PER_CLASS: '3', VINCULO_MAX_MEMBERS_PER_CLASS: '4' };

const { server, klass, connect } = useLiveClass({ env: LIMITS });

describe('live server: a full class (L10)', () => {
  it('should serve connections up to the class limit and tell the next one the class is full', async () => {
    const ana = await joinClass(server, klass.joinCode, 'Ana');
    const open = [1, 2, 3].map(() =>
      connect(server.wsUrl, ana.documentName, ana.token, { canvas: getExampleCanvases('es')[0]! }),
    );
    await Promise.all(open.map((c) => c.synced));
    const fourth = connect(server.wsUrl, ana.documentName, ana.token);
    expect(await fourth.authFailed).toBe('class_full');

    // Another class is not affected, and a freed place can be taken again.
    const other = await createClass(server);
    const bea = await joinClass(server, other.joinCode, 'Bea');
    const elsewhere = connect(server.wsUrl, bea.documentName, bea.token);
    await elsewhere.synced;
    open[0]!.close();
    // The server learns of the close on its own time: try until the freed place is granted.
    for (;;) {
      const again = connect(server.wsUrl, ana.documentName, klass.instructorToken);
      const outcome = await Promise.race([again.authFailed, again.synced.then(() => 'synced')]);
      if (outcome === 'synced') break;
      expect(outcome).toBe('class_full');
      again.close();
    }
  });

  it('should refuse joining a class that has all its members', async () => {
    const klass = await createClass(server);
    for (const name of ['A', 'B', 'C', 'D']) await joinClass(server, klass.joinCode, name);
    expect(
      await api(server, '/api/live/join', { joinCode: klass.joinCode, displayName: 'E' }),
    ).toEqual({
      status: 409,
      body: { error: 'class_full' },
    });
  });

  // Last: it blocks this address from joining for a minute.
  it('should slow down someone guessing codes, and only them', async () => {
    const klass = await createClass(server);
    const guess = () =>
      api(server, '/api/live/join', { joinCode: 'ZZZZ-ZZZZ-ZZZZ-Z', displayName: 'X' });
    for (let i = 0; i < 30; i++) expect((await guess()).status).toBe(404);
    expect(await guess()).toEqual({ status: 429, body: { error: 'too_many_requests' } });
    expect(
      (await api(server, '/api/live/join', { joinCode: klass.joinCode, displayName: 'Y' })).status,
    ).toBe(429);
  });
});
