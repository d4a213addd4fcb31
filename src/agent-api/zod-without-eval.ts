// zod compiles a fast parser for each object schema with `new Function`, and probes for it once; under the
// console's Content-Security-Policy (no eval) that probe is reported as a violation. Jitless parsing uses
// none. zod reads the setting when an object schema is defined, so every module that defines schemas
// imports this one first.
import { z } from 'zod'

z.config({ jitless: true })
