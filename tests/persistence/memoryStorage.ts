/** An in-memory Web Storage with injectable write faults, for the persistence tests. */
import type { StorageArea } from '@/persistence/safeStorage';

export const quotaError = () =>
  new DOMException("Setting the value of 'x' exceeded the quota.", 'QuotaExceededError');

export class MemoryStorage implements StorageArea {
  private items = new Map<string, string>();
  /** Every successful setItem, in order. */
  readonly writes: string[] = [];
  /** Returns the error a write should throw, or null to let it through. */
  failWrite: ((key: string, attempt: number) => Error | null) | null = null;
  private attempts = 0;

  constructor(initial: Record<string, string> = {}) {
    for (const [key, value] of Object.entries(initial)) this.items.set(key, value);
  }

  get length() {
    return this.items.size;
  }

  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }

  getItem(key: string) {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string) {
    this.attempts += 1;
    const error = this.failWrite?.(key, this.attempts);
    if (error) throw error;
    this.items.set(key, String(value));
    this.writes.push(key);
  }

  removeItem(key: string) {
    this.items.delete(key);
  }

  snapshot(): Record<string, string> {
    return Object.fromEntries(this.items);
  }
}
