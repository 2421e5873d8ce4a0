// Spec decision: the app runs under a strict CSP (script-src 'self', no 'unsafe-eval'). zod
// probes `new Function` whenever an object schema is built, and a CSP reports that probe as a
// violation, so zod is told not to before any schema exists. The domain builds its schemas on
// first use (src/domain/lazySchema.ts), never while modules are evaluated, so `start` can be
// imported statically: the setting below has run before anything validates.
// startEarly comes first and builds no schema: it starts what the first screen will wait for.
import '@/app/startEarly';
import '@/persistence/cspSafeValidation';

import '@/app/theme.css';
import '@/app/bootShell.css';
import '@/components/Button.css';

import { start } from '@/app/start';

void start();
