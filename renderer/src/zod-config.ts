import { z } from 'zod'

// The renderer's CSP forbids eval. Without this, zod probes `new Function` on first use, and the
// page reports a CSP violation for it even though zod then validates without it.
z.config({ jitless: true })
