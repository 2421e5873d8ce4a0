// Spec decision: the app is loaded in two steps so that it runs under a strict CSP (script-src
// 'self', no 'unsafe-eval'). zod probes `new Function` whenever an object schema is built, and a
// CSP reports that probe as a violation, so zod is told not to before any schema exists. The
// bundler may hoist shared modules (the domain and its schemas) above this file's own imports,
// so every module that could build a schema is imported only after that setting has run.
// startEarly comes first and builds no schema: it starts what the first screen will wait for.
import '@/app/startEarly';
import '@/persistence/cspSafeValidation';

import '@/app/theme.css';
import '@/app/bootShell.css';
import '@/components/Button.css';

void import('@/app/start').then((app) => app.start());
