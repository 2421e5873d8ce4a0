/**
 * Where documents are kept. Every accepted update is appended to a log before the client is told
 * it arrived, so a killed process loses nothing acknowledged; the full state is written from time
 * to time and the log emptied. When a write fails (file locked, disk full) the data stays in
 * memory, health turns to failing and the write is retried until it succeeds (L11).
 */
import * as Y from 'yjs';

import { readCanvasData, writeCanvas } from '@/collab';
import { CURRENT_CANVAS_VERSION, canvasSchema, migrateCanvasData } from '@/domain';

import type { Db } from './db';

export interface DocumentStoreOptions {
  /** The domain's chain by default; tests pass their own to exercise a version bump. */
  migrate?: (data: unknown, fromVersion: number) => ReturnType<typeof migrateCanvasData>;
  currentVersion?: number;
  log?: (message: string) => void;
}

/** Thrown when a stored document cannot be brought to the current version (it is kept as it was). */
export class UnmigratableDocument extends Error {
  readonly reason = 'unavailable';
  constructor(
    readonly documentName: string,
    readonly code: string,
  ) {
    super(`document ${documentName} could not be migrated: ${code}`);
  }
}

export class DocumentStore {
  /** Updates and states not yet written, by document. Non-empty means storage is failing. */
  private readonly pending = new Map<string, Uint8Array[]>();
  private lastError: string | undefined;
  private readonly migrate: NonNullable<DocumentStoreOptions['migrate']>;
  private readonly currentVersion: number;
  private readonly log: (message: string) => void;
  private readonly statements;

  constructor(
    private readonly db: Db,
    options: DocumentStoreOptions = {},
  ) {
    this.migrate = options.migrate ?? ((data, from) => migrateCanvasData(data, from));
    this.currentVersion = options.currentVersion ?? CURRENT_CANVAS_VERSION;
    this.log = options.log ?? ((message) => console.error(message));
    this.statements = {
      row: db.prepare<[string], { state: Buffer; schema_version: number; problem: string | null }>(
        'SELECT state, schema_version, problem FROM documents WHERE name = ?',
      ),
      log: db.prepare<[string], { data: Buffer }>(
        'SELECT data FROM updates WHERE name = ? ORDER BY id',
      ),
      append: db.prepare('INSERT INTO updates (name, data) VALUES (?, ?)'),
      upsert: db.prepare(
        `INSERT INTO documents (name, state, schema_version, updated_at, problem) VALUES (?, ?, ?, ?, NULL)
         ON CONFLICT(name) DO UPDATE SET state = excluded.state, schema_version = excluded.schema_version,
           updated_at = excluded.updated_at, problem = NULL`,
      ),
      clearLog: db.prepare('DELETE FROM updates WHERE name = ?'),
      markProblem: db.prepare('UPDATE documents SET problem = ? WHERE name = ?'),
      problems: db.prepare<[], { name: string; problem: string }>(
        'SELECT name, problem FROM documents WHERE problem IS NOT NULL',
      ),
    };
  }

  get healthy(): boolean {
    return this.pending.size === 0;
  }

  /** Documents kept as stored because they could not be migrated. */
  problems(): { name: string; problem: string }[] {
    return this.statements.problems.all();
  }

  /** The document's state: its stored state, its logged updates and what waits in memory. */
  load(name: string): Uint8Array | null {
    const row = this.statements.row.get(name);
    const parts = [
      ...(row ? [row.state] : []),
      ...this.statements.log.all(name).map((u) => u.data),
      ...(this.pending.get(name) ?? []),
    ];
    if (parts.length === 0) return null;
    const state = Y.mergeUpdates(parts);
    const version = row?.schema_version ?? this.currentVersion;
    if (row?.problem) throw new UnmigratableDocument(name, row.problem);
    return version === this.currentVersion ? state : this.migrateState(name, state, version);
  }

  /** Appends an accepted update; never throws (a failure keeps it in memory). */
  append(name: string, update: Uint8Array): void {
    if (!this.healthy) return this.keep(name, update);
    try {
      this.statements.append.run(name, update);
    } catch (error) {
      this.fail(error);
      this.keep(name, update);
    }
  }

  /** Writes a full state and empties the log; never throws (a failure keeps it in memory). */
  store(name: string, state: Uint8Array): void {
    try {
      this.write(name, state);
    } catch (error) {
      this.fail(error);
      this.keep(name, state);
    }
  }

  /** Writes what waits in memory; returns whether everything is now on disk. */
  retry(): boolean {
    for (const name of [...this.pending.keys()]) {
      try {
        this.write(name, this.load(name) ?? new Uint8Array([0, 0]));
        this.pending.delete(name);
      } catch (error) {
        this.fail(error);
        return false;
      }
    }
    if (this.lastError !== undefined) this.log('storage: every pending write is now on disk');
    this.lastError = undefined;
    return true;
  }

  private write(name: string, state: Uint8Array): void {
    const waiting = this.pending.get(name) ?? [];
    const merged = waiting.length ? Y.mergeUpdates([state, ...waiting]) : state;
    this.db.transaction(() => {
      this.statements.upsert.run(name, merged, this.currentVersion, Date.now());
      this.statements.clearLog.run(name);
    })();
    this.pending.delete(name);
  }

  private keep(name: string, update: Uint8Array): void {
    const list = this.pending.get(name) ?? [];
    list.push(update);
    // Merged as it grows, so a long outage costs one state per document, not every keystroke.
    this.pending.set(name, list.length > 32 ? [Y.mergeUpdates(list)] : list);
  }

  private fail(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    if (this.lastError !== message)
      this.log(`storage failing, keeping documents in memory: ${message}`);
    this.lastError = message;
  }

  /**
   * L12: brings a document written by an older version forward through the domain's migrations,
   * then writes the result into the same Yjs document (so clients' copies still merge with it).
   * A document that cannot be migrated is kept byte for byte and reported.
   */
  private migrateState(name: string, state: Uint8Array, fromVersion: number): Uint8Array {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    const migrated = this.migrate(readCanvasData(doc), fromVersion);
    const parsed = migrated.ok ? canvasSchema.safeParse(migrated.data) : undefined;
    if (!parsed?.success) {
      const code = migrated.ok ? 'invalid_after_migration' : migrated.code;
      this.log(`document ${name} (version ${fromVersion}) kept as stored: ${code}`);
      this.statements.markProblem.run(code, name);
      throw new UnmigratableDocument(name, code);
    }
    writeCanvas(doc, parsed.data, 'migration');
    const next = Y.encodeStateAsUpdate(doc);
    this.store(name, next);
    this.log(`document ${name} migrated from version ${fromVersion} to ${this.currentVersion}`);
    return next;
  }
}
