/** The SQLite file: classes, members, canvases and the documents with their update log. */
import fs from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';

export type Db = Database.Database;

export function openDb(dataDir: string): Db {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, 'vinculo.sqlite'));
  // WAL: readers never wait for the writer, and a committed write survives the process being killed.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  // Short: a locked file is reported and retried later rather than stalling every connection.
  db.pragma('busy_timeout = 200');
  db.exec(`
    CREATE TABLE IF NOT EXISTS classes (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      join_code_hash TEXT NOT NULL UNIQUE,
      instructor_token_hash TEXT NOT NULL UNIQUE,
      created_at INTEGER NOT NULL,
      expires_at INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS canvases (
      document_name TEXT PRIMARY KEY,
      class_id TEXT NOT NULL REFERENCES classes(id),
      team_code_hash TEXT NOT NULL UNIQUE,
      created_at INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS members (
      id TEXT PRIMARY KEY,
      class_id TEXT NOT NULL REFERENCES classes(id),
      document_name TEXT NOT NULL REFERENCES canvases(document_name),
      display_name TEXT NOT NULL,
      token_hash TEXT NOT NULL UNIQUE,
      joined_at INTEGER NOT NULL,
      expires_at INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS members_by_class ON members(class_id, joined_at);
    CREATE TABLE IF NOT EXISTS documents (
      name TEXT PRIMARY KEY,
      state BLOB NOT NULL,
      schema_version INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      -- set when the document could not be migrated: it is kept exactly as stored
      problem TEXT
    );
    CREATE TABLE IF NOT EXISTS updates (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      name TEXT NOT NULL,
      data BLOB NOT NULL
    );
    CREATE INDEX IF NOT EXISTS updates_by_name ON updates(name, id);
  `);
  return db;
}
