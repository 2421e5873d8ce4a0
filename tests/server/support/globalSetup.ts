import { buildServer } from '../../../server/build.mjs';

/** The tests run the real server bundle, built once for the whole run. */
export default async function setup() {
  await buildServer();
}
