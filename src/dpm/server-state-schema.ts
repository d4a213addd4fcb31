// The stored DPM server state (its compact form, see server-persistence) as a zod schema: what a reload reads
// back from the browser and what Import state reads from a file is checked field by field, so a damaged
// value is refused with the place it went wrong instead of breaking a screen later. Objects keep the fields
// the schema does not know (loose), so a field added to the domain is never dropped by a reload. Written with
// zod/mini: a reload reads it before the first render, and the classic API would add its weight to that
// download. Only reading stored state loads it (see stored-state).
import '../agent-api/zod-without-eval'
import { z } from 'zod/mini'
import { recoverySpecSchema } from './recovery-spec-schema'

// zod's number refuses NaN and the infinities.
const time = z.number()
const hhmm = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:MM'))
const count = z.int().check(z.minimum(0))
const positiveCount = z.int().check(z.minimum(1))
export const recoveryModelSchema = z.enum(['FULL', 'BULK_LOGGED', 'SIMPLE'])

const alertType = z.enum([
  'mirrored-after-protection',
  'mirror-broken',
  'mirror-took-over',
  'consistency-check-required',
  'protected-partners',
  'replica-inconsistent',
  'recovery-point-failed',
  'agent-unreachable',
  'manual-replica-pending',
  'recovery-succeeded',
  'recovery-failed',
  'auto-protection-failed',
  'ag-no-backup-replica',
])

export const policySchema = z.looseObject({
  retentionDays: positiveCount,
  syncFrequency: z.union([z.int().check(z.positive()), z.literal('before-recovery-point')]),
  expressFull: z.looseObject({
    times: z.array(hhmm),
    days: z.array(z.literal([0, 1, 2, 3, 4, 5, 6])),
  }),
  replicaCreation: z.discriminatedUnion('method', [
    z.looseObject({ method: z.literal('now') }),
    z.looseObject({ method: z.literal('later'), at: time }),
    z.looseObject({ method: z.literal('manual') }),
  ]),
  consistencyCheck: z.looseObject({
    onInconsistent: z.boolean(),
    daily: z.optional(z.looseObject({ start: hhmm, maxDurationHours: z.number().check(z.positive()) })),
  }),
  autoGrow: z.boolean(),
})

const groupSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  policy: policySchema,
  createdAt: time,
  autoProtectInstances: z.array(z.string()),
})

const partners = z.tuple([z.string(), z.string()])

const dataSourceSchema = z.looseObject({
  id: z.string(),
  path: z.string(),
  groupId: z.optional(z.string()),
  protectedAt: time,
  stoppedAt: z.optional(time),
  sizeMb: z.number(),
  logSizeMb: z.number(),
  recoveryModel: recoveryModelSchema,
  readOnly: z.boolean(),
  mirror: z.optional(z.looseObject({ sessionId: z.string(), partners, activePath: z.string() })),
  availability: z.optional(
    z.looseObject({
      group: z.string(),
      cluster: z.string(),
      database: z.string(),
      copies: z.optional(z.array(z.string())),
    }),
  ),
  replica: z.enum(['creation-pending', 'manual-pending', 'ok', 'inconsistent']),
  condition: z.discriminatedUnion('kind', [
    z.looseObject({ kind: z.literal('ok') }),
    z.looseObject({ kind: z.literal('cc-scheduled'), at: time, detectedAt: time }),
    // Written by earlier versions after a canceled check (with the replica inconsistent, which now says it all).
    z.pipe(
      z.looseObject({ kind: z.literal('cc-required') }),
      z.transform((): { kind: 'ok' } => ({ kind: 'ok' })),
    ),
    z.looseObject({ kind: z.literal('failed'), alert: alertType, since: time }),
  ]),
  lastSyncAt: z.optional(time),
  lastRecoveryPointAt: z.optional(time),
  retentionDays: z.optional(positiveCount),
})

const jobSchema = z.looseObject({
  id: z.string(),
  type: z.enum([
    'replica-creation',
    'synchronization',
    'express-full',
    'consistency-check',
    'recovery',
    'auto-protection',
  ]),
  dataSourceId: z.optional(z.string()),
  source: z.string(),
  computer: z.string(),
  groupName: z.string(),
  status: z.enum(['scheduled', 'in-progress', 'completed', 'failed', 'canceled']),
  scheduledAt: time,
  startedAt: z.optional(time),
  endedAt: z.optional(time),
  dataTransferredMb: z.optional(z.number()),
  error: z.optional(z.string()),
  trigger: z.optional(
    z.enum([
      'schedule',
      'replica-creation',
      'reprotection',
      'mirror-took-over',
      'inconsistent-replica',
      'admin',
    ]),
  ),
  dueEndAt: z.optional(time),
  recovery: z.optional(recoverySpecSchema),
})

const alertSchema = z.looseObject({
  id: z.string(),
  type: alertType,
  severity: z.enum(['Critical', 'Warning', 'Informational']),
  title: z.string(),
  description: z.string(),
  dataSourceId: z.optional(z.string()),
  source: z.string(),
  computer: z.string(),
  groupName: z.string(),
  raisedAt: time,
  lastSeenAt: time,
  occurrences: positiveCount,
  inactiveAt: z.optional(time),
})

const packedPointsSchema = z
  .object({
    kinds: z.string().check(z.regex(/^[esr]*$/, 'expected one letter per recovery point: e, s or r')),
    times: z.array(z.number()),
    sizes: z.array(z.number()),
    replicas: z.optional(z.array(z.string())),
    replicaOf: z.optional(z.array(z.int().check(z.minimum(-1)))),
  })
  .check(
    z.refine((p) => p.kinds.length === p.times.length && p.times.length === p.sizes.length, {
      message: 'kinds, times and sizes must have one entry per recovery point',
    }),
    z.refine(
      (p) =>
        (p.replicas === undefined) === (p.replicaOf === undefined) &&
        (p.replicaOf === undefined ||
          (p.replicaOf.length === p.times.length &&
            p.replicaOf.every((index) => index < (p.replicas?.length ?? 0)))),
      { message: 'replicaOf must have one entry per recovery point, each a position in replicas (or -1)' },
    ),
  )

const reportHistorySchema = z.looseObject({
  days: z.record(z.string(), z.record(z.string(), z.tuple([count, count, count, count, count]))),
  disk: z.array(
    z.looseObject({
      at: time,
      groups: z.array(
        z.looseObject({
          groupId: z.optional(z.string()),
          groupName: z.string(),
          replicaMb: z.number(),
          recoveryPointMb: z.number(),
          allocatedMb: z.number(),
        }),
      ),
    }),
  ),
  stoppages: z.array(
    z.looseObject({ dataSourceId: z.string(), type: alertType, raisedAt: time, inactiveAt: time }),
  ),
})

export const packedServerStateSchema = z.looseObject({
  groups: z.record(z.string(), groupSchema),
  dataSources: z.record(z.string(), dataSourceSchema),
  recoveryPoints: z.record(z.string(), packedPointsSchema),
  jobs: z.array(jobSchema),
  alerts: z.array(alertSchema),
  nextId: positiveCount,
  changeSeq: count,
  jobHistory: z.optional(
    z.object({
      trimmed: z.looseObject({ completed: count, failed: count, canceled: count }),
      trimmedUntil: z.optional(time),
    }),
  ),
  reportHistory: z.optional(reportHistorySchema),
  disks: z.optional(
    z.array(
      z.looseObject({ name: z.string().check(z.minLength(1)), sizeMb: z.number().check(z.positive()) }),
    ),
  ),
})

export type PackedServerStateSchema = typeof packedServerStateSchema
