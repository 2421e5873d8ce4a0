/** Everything the server reads from its environment, with the defaults of docs/live.md. */
import path from 'node:path';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  distDir: string;
  redisUrl: string | undefined;
  limits: {
    documentBytes: number;
    messageBytes: number;
    connectionsPerClass: number;
    membersPerClass: number;
    updatesPerSecond: number;
    updateBurst: number;
  };
  /** How long a class, its join code and every token stay valid. */
  classLifetimeMs: number;
  /** Wait before writing a changed document's full state (its updates are logged at once). */
  storeDebounceMs: number;
  /** How often writes that failed are retried. */
  retryMs: number;
}

function number(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0)
    throw new Error(`${name} must be a number ≥ 0, got "${raw}"`);
  return value;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: number(env, 'PORT', 1234),
    host: env.HOST || '0.0.0.0',
    dataDir: path.resolve(env.VINCULO_DATA_DIR || 'data'),
    distDir: path.resolve(env.VINCULO_DIST_DIR || 'dist'),
    redisUrl: env.REDIS_URL || undefined,
    limits: {
      documentBytes: number(env, 'VINCULO_MAX_DOCUMENT_BYTES', 2 * 1024 * 1024),
      messageBytes: number(env, 'VINCULO_MAX_MESSAGE_BYTES', 1024 * 1024),
      connectionsPerClass: number(env, 'VINCULO_MAX_CONNECTIONS_PER_CLASS', 200),
      membersPerClass: number(env, 'VINCULO_MAX_MEMBERS_PER_CLASS', 200),
      updatesPerSecond: number(env, 'VINCULO_UPDATES_PER_SECOND', 20),
      updateBurst: number(env, 'VINCULO_UPDATE_BURST', 60),
    },
    classLifetimeMs: number(env, 'VINCULO_CLASS_LIFETIME_HOURS', 24 * 30) * 3600_000,
    storeDebounceMs: number(env, 'VINCULO_STORE_DEBOUNCE_MS', 2000),
    retryMs: number(env, 'VINCULO_STORAGE_RETRY_MS', 1000),
  };
}
