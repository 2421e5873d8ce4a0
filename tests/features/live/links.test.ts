import { describe, expect, it } from 'vitest';

import {
  formatCode,
  isPlausibleCode,
  liveLink,
  normalizeCode,
  parseLiveLink,
} from '@/features/live/links';
import { errorCodeOf, parseRefusal } from '@/features/live/liveStatus';

describe('join codes and links', () => {
  it('reads a typed code the way the server does: case, dashes and spaces do not matter', () => {
    expect(normalizeCode(' abcd-efgh jkmn-p ')).toBe('ABCDEFGHJKMNP');
    expect(normalizeCode('oil')).toBe('011'); // Crockford: O is 0, I and L are 1
    expect(formatCode('abcdefghjkmnp')).toBe('ABCD-EFGH-JKMN-P');
    expect(isPlausibleCode('abcd-efgh-jkmn-p')).toBe(true);
    expect(isPlausibleCode('hola')).toBe(false);
    expect(isPlausibleCode('ABCD-EFGH-JKMN-U')).toBe(false); // U is not in the alphabet
  });

  it('recognises join and team links, and survives a broken one', () => {
    expect(parseLiveLink('#/live/join/ABCD-EFGH-JKMN-P')).toEqual({
      kind: 'join',
      code: 'ABCD-EFGH-JKMN-P',
    });
    expect(parseLiveLink('#/live/team/X%20Y')).toEqual({ kind: 'team', code: 'X Y' });
    expect(parseLiveLink('#/live/join/%E0%A4%A')).toEqual({ kind: 'join', code: '' });
    expect(parseLiveLink('#share=abc')).toBeNull();
    expect(liveLink('join', 'abcdefghjkmnp', 'https://aula.example')).toBe(
      'https://aula.example/#/live/join/ABCD-EFGH-JKMN-P',
    );
  });
});

describe('server messages', () => {
  it('recognises a refusal and nothing else', () => {
    expect(parseRefusal('{"type":"refused","reason":"schema","path":"segments.0.size"}')).toBe(
      'schema',
    );
    expect(parseRefusal('{"type":"refused","reason":"rate"}')).toBe('rate');
    expect(parseRefusal('{"type":"refused","reason":"<script>"}')).toBeNull();
    expect(parseRefusal('{"type":"comment"}')).toBeNull();
    expect(parseRefusal('not json')).toBeNull();
  });

  it('maps close and authentication reasons to the contract codes', () => {
    expect(errorCodeOf('expired')).toBe('expired');
    expect(errorCodeOf('class_full')).toBe('class_full');
    expect(errorCodeOf('permission-denied')).toBe('unauthorized');
    expect(errorCodeOf('Forbidden')).toBe('unauthorized');
    expect(errorCodeOf('')).toBeNull();
    expect(errorCodeOf('going away')).toBeNull();
  });
});
