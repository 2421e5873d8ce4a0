/**
 * Undo grouping: a burst of typing in one field is one undo step, while every other edit
 * (a toggle, an add, a delete) is a step of its own.
 */
const TYPING_BURST_MS = 1000;

let pendingKey: string | null = null;
let lastKey: string | null = null;
let lastAt = 0;

/** Runs `edit` as typing in the field named `key`, so it merges with the previous keystrokes. */
export function asTyping(key: string, edit: () => void) {
  pendingKey = key;
  try {
    edit();
  } finally {
    pendingKey = null;
  }
}

/** True when this change continues the current typing burst and should not add an undo step. */
export function continuesTypingBurst(now = Date.now()): boolean {
  const continues = pendingKey !== null && pendingKey === lastKey && now - lastAt < TYPING_BURST_MS;
  lastKey = pendingKey;
  lastAt = now;
  return continues;
}

const isScalar = (v: unknown) => typeof v === 'string' || typeof v === 'number';
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A patch of plain text or numbers, possibly one level down (cost parameters, facets), is
 * typing; anything else (lists, flags) is a discrete edit.
 */
export function isTypedPatch(patch: object): boolean {
  return Object.values(patch).every(
    (v) => isScalar(v) || (isPlainObject(v) && Object.values(v).every(isScalar)),
  );
}

/** The fields a patch touches, nested ones included, so typing in another field starts a new step. */
export function patchFields(patch: object): string {
  return Object.entries(patch)
    .map(([key, v]) => (isPlainObject(v) ? `${key}.${Object.keys(v).join('+')}` : key))
    .join();
}
