/**
 * Imported first by main.tsx, before any schema exists. zod builds a faster parser with
 * `new Function` and probes for it while each object schema is created; under a strict CSP
 * (script-src 'self', no 'unsafe-eval') that probe is refused and reported as a violation,
 * and the app would fall back to the plain parser anyway. So the plain parser it is, always.
 */
import { z } from 'zod/mini';

z.config({ jitless: true });
