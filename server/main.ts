/** `npm run server`: one process serving the app, the JSON API and the live documents. */
import * as Y from 'yjs';

import { Classes } from './classes';
import { createCollab } from './collab';
import { readConfig } from './config';
import { openDb } from './db';
import { DocumentStore } from './documents';
import { createHttpServer } from './http';

const config = readConfig();
const db = openDb(config.dataDir);
const store = new DocumentStore(db);
const classes = new Classes(db, {
  lifetimeMs: config.classLifetimeMs,
  membersPerClass: config.limits.membersPerClass,
});
const collab = createCollab(config, classes, store);
const server = createHttpServer({ config, classes, store, collab });

// Writes that failed (file locked, disk full) are retried until they succeed.
const retry = setInterval(() => {
  if (!store.healthy) store.retry();
}, config.retryMs);

server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  // Tests and scripts read this line to learn the port (PORT=0 picks a free one).
  console.log(
    `Vínculo live server listening on http://localhost:${port} (data in ${config.dataDir})`,
  );
});

let stopping = false;
function stop(signal: string): void {
  if (stopping) return;
  stopping = true;
  clearInterval(retry);
  server.close();
  // Every document in memory is written now, whatever its debounce timer says.
  for (const document of collab.documents.values())
    store.store(document.name, Y.encodeStateAsUpdate(document));
  const flushed = store.healthy || store.retry();
  collab.closeConnections();
  db.close();
  console.log(
    `${signal}: ${flushed ? 'every document written' : 'storage failing, some edits could not be written'}; stopped`,
  );
  process.exit(flushed ? 0 : 1);
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
