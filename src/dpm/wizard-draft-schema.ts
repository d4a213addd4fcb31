// The stored Create New Protection Group draft, checked on reload: a damaged draft would break the wizard
// on its first render, so it is set aside with a notice instead (see safe-storage). zod/mini, as the
// server state's schema: a reload reads it before the first render.
import { z } from 'zod/mini'
import { policySchema, recoveryModelSchema } from './server-state-schema'
import { WIZARD_PAGES } from './wizard-pages'

const wizardPageSchema = z.enum(WIZARD_PAGES)

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
    recoveryModel: recoveryModelSchema,
    readOnly: z.boolean(),
    mirror: z.optional(z.looseObject({ sessionId: z.string(), partners: z.tuple([z.string(), z.string()]) })),
    availability: z.optional(z.looseObject({ group: z.string(), cluster: z.string(), database: z.string() })),
  }),
  mirror: z.optional(
    z.object({
      sessionId: z.string(),
      principal: z.string(),
      mirror: z.string(),
      witness: z.optional(z.string()),
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
          virtualServer: z.optional(z.string()),
          partner: z.enum(['Principal', 'Mirror']),
          agent: z.enum(['OK', 'NotInstalled', 'Unreachable']),
        }),
      ),
    }),
  ),
})

// The draft's policy is as typed: a time cleared or half typed, a duration or a date cleared (NaN, which JSON
// stores as null). Next refuses them; a reload must not, or it would set every other choice aside with them.
const asTypedNumber = z.pipe(
  z.nullable(z.number()),
  z.transform((value: number | null) => value ?? Number.NaN),
)
const draftPolicySchema = z.extend(policySchema, {
  expressFull: z.extend(policySchema.shape.expressFull, { times: z.array(z.string()) }),
  replicaCreation: z.discriminatedUnion('method', [
    z.looseObject({ method: z.literal('now') }),
    z.looseObject({ method: z.literal('later'), at: asTypedNumber }),
    z.looseObject({ method: z.literal('manual') }),
  ]),
  consistencyCheck: z.extend(policySchema.shape.consistencyCheck, {
    daily: z.optional(z.looseObject({ start: z.string(), maxDurationHours: asTypedNumber })),
  }),
})

const wizardDraftSchema = z.looseObject({
  target: targetSchema,
  page: wizardPageSchema,
  members: z.array(memberSchema),
  autoProtectInstances: z.array(z.string()),
  expanded: z.array(z.string()),
  collapsed: z.array(z.string()),
  name: z.string(),
  shortTermDisk: z.boolean(),
  retentionText: z.string(),
  policy: draftPolicySchema,
  preselect: z.optional(z.string()),
  original: z.optional(z.looseObject({ name: z.string(), members: z.array(z.string()) })),
  dirty: z.boolean(),
  outcome: z.optional(
    z.object({
      tasks: z.array(z.looseObject({ task: z.string(), status: z.string() })),
      groupId: z.string(),
    }),
  ),
})

export const wizardOpenStateSchema = z.looseObject({
  target: z.optional(targetSchema),
  draft: z.optional(wizardDraftSchema),
})
