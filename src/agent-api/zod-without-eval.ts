// zod compiles a fast parser for each object schema with `new Function`, and probes for it once; under the
// console's Content-Security-Policy (no eval) that probe is reported as a violation. Jitless parsing uses
// none. zod reads the setting when an object schema is defined, so every module that defines schemas
// imports this one first. The setting is shared by zod's classic API and zod/mini; it is made through mini
// so that the schemas read before the first render (mini) do not bring in the classic API. Mini, unlike
// classic, sets no messages of its own: the English ones are set here, so both read the same.
import { en } from 'zod/locales'
import { config } from 'zod/mini'

config({ jitless: true, ...en() })
