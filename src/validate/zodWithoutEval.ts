import { z } from 'zod';

// zod compiles fast parsers with `new Function` unless told not to, and probes for it with a caught
// `new Function('')` even when it may not: under the page's Content-Security-Policy (no 'unsafe-eval')
// that probe is still reported as a violation. Imported before any schema is built. The import worker
// has no such policy and keeps the faster parsers.
z.config({ jitless: true });
