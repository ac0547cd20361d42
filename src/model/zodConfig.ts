import { z } from 'zod';

/**
 * zod compiles object schemas with `new Function` when it can, after probing
 * for eval. The app ships a Content-Security-Policy without 'unsafe-eval', so
 * the probe alone is a violation: zod runs interpreted instead (the same
 * results; validating graph-data took 30–60 ms either way here, within noise). Imported first by the
 * schema module, so it holds before any schema is used.
 */
z.config({ jitless: true });
