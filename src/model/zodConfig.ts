import { z } from 'zod';

// zod compiles fast parsers with `new Function` unless told not to, and probes for it with a caught
// `new Function('')` even when it may not: under the page's Content-Security-Policy (no 'unsafe-eval')
// that probe is still reported as a violation. The schema module imports this first, so it holds
// wherever the schemas load (the first script no longer does: zod loads with the validator). Workers
// and Node have no such policy and keep the faster parsers.
z.config({ jitless: typeof document !== 'undefined' });
