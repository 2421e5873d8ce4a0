let counter = 0;

/**
 * A new id, unique within this session and unlikely to collide with ids from other sessions
 * (no browser APIs, so it runs anywhere the domain runs).
 * @example createId('seg') // 'seg_lx3k9a_4f7q2c_1'
 */
export function createId(prefix = 'id'): string {
  counter += 1;
  const time = Date.now().toString(36);
  const random = Math.random().toString(36).slice(2, 8).padEnd(6, '0');
  return `${prefix}_${time}_${random}_${counter.toString(36)}`;
}
