// The stored Protection Agent Installation Wizard, checked on reload (a damaged value is set aside with a
// notice, see safe-storage). zod/mini, as the other stored state read before the first render. z.object
// drops a field it does not know: a password could not come back from storage even if one had been written.
import { z } from 'zod/mini'
import { AGENT_INSTALL_PAGES } from '../domain/estate/agent-install'

const outcomeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), message: z.string() }),
])

export const agentInstallStateSchema = z.object({
  draft: z.optional(
    z.object({
      page: z.enum(AGENT_INSTALL_PAGES),
      computers: z.array(z.string()),
      userName: z.string(),
      domain: z.string(),
      restart: z.enum(['restart', 'later']),
      run: z.optional(
        z.object({ computers: z.array(z.string()), outcomes: z.record(z.string(), outcomeSchema) }),
      ),
    }),
  ),
})
