// The stored Create New Protection Group draft, checked on reload: a damaged draft would break the wizard
// on its first render, so it is set aside with a notice instead (see safe-storage).
import { z } from 'zod'
import { policySchema, recoveryModel } from './server-state-schema'

/** DPM's pages of Create New Protection Group, in order. */
export const wizardPageSchema = z.enum([
  'welcome',
  'type',
  'members',
  'method',
  'goals',
  'disk',
  'replica',
  'consistency',
  'summary',
  'status',
])

const targetSchema = z.discriminatedUnion('mode', [
  z.looseObject({ mode: z.literal('create') }),
  z.looseObject({ mode: z.literal('modify'), groupId: z.string() }),
])

const mirrorStates = z.enum([
  'SYNCHRONIZED',
  'SYNCHRONIZING',
  'SUSPENDED',
  'DISCONNECTED',
  'PENDING_FAILOVER',
])

const memberSchema = z.looseObject({
  key: z.string(),
  instance: z.string(),
  member: z.looseObject({
    path: z.string(),
    sizeMb: z.number(),
    logSizeMb: z.number(),
    recoveryModel,
    readOnly: z.boolean(),
    mirror: z.looseObject({ sessionId: z.string(), partners: z.tuple([z.string(), z.string()]) }).optional(),
  }),
  mirror: z
    .object({
      sessionId: z.string(),
      principal: z.string(),
      mirror: z.string(),
      witness: z.string().optional(),
      state: mirrorStates,
      safety: z.enum(['FULL', 'OFF']),
      operatingMode: z.enum([
        'High safety with automatic failover',
        'High safety without automatic failover',
        'High performance',
      ]),
      hosts: z.array(
        z.looseObject({
          computer: z.string(),
          virtualServer: z.string().optional(),
          partner: z.enum(['Principal', 'Mirror']),
          agent: z.enum(['OK', 'NotInstalled', 'Unreachable']),
        }),
      ),
    })
    .optional(),
})

export const wizardDraftSchema = z.looseObject({
  target: targetSchema,
  page: wizardPageSchema,
  groupType: z.enum(['servers', 'clients']),
  members: z.array(memberSchema),
  autoProtectInstances: z.array(z.string()),
  expanded: z.array(z.string()),
  collapsed: z.array(z.string()),
  name: z.string(),
  shortTermDisk: z.boolean(),
  retentionText: z.string(),
  policy: policySchema,
  original: z.looseObject({ name: z.string(), members: z.array(z.string()) }).optional(),
  dirty: z.boolean(),
  outcome: z
    .object({ tasks: z.array(z.looseObject({ task: z.string(), status: z.string() })), groupId: z.string() })
    .optional(),
})

export const wizardOpenStateSchema = z.looseObject({
  target: targetSchema.optional(),
  draft: wizardDraftSchema.optional(),
})
