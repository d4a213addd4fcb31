// The stored Recovery Wizard, checked on reload: a damaged value would break the wizard on its first render,
// so it is set aside with a notice instead (see safe-storage).
import { z } from 'zod'
import { databaseSchema } from '../../agent-api/schemas'
import type {
  DatabaseStateAfterRecovery,
  RecoveryPointChoice,
  RecoverySpec,
  RecoveryType,
  RecoveryWizardPage,
} from '../../domain/recovery'
import type { RecoveryResult } from '../../dpm/recovery-actions'
import type { RecoveryDraft } from './recovery-draft'

const pageSchema = z.enum([
  'review',
  'type',
  'location',
  'state',
  'options',
  'summary',
  'status',
]) satisfies z.ZodType<RecoveryWizardPage>

const typeSchema = z.enum([
  'original-instance',
  'any-instance',
  'network-folder',
  'tape',
]) satisfies z.ZodType<RecoveryType>

const stateSchema = z.enum(['operational', 'non-operational']) satisfies z.ZodType<DatabaseStateAfterRecovery>

const pointSchema = z.object({
  kind: z.enum(['point', 'latest']),
  at: z.number(),
}) satisfies z.ZodType<RecoveryPointChoice>

const draftSchema = z.object({
  type: typeSchema,
  instance: z.string(),
  databaseName: z.string(),
  folder: z.string(),
  state: stateSchema,
  throttle: z.boolean(),
  throttleMbps: z.string(),
  notify: z.boolean(),
  recipients: z.string(),
}) satisfies z.ZodType<RecoveryDraft>

const specSchema = z.object({
  dataSourceId: z.string(),
  point: pointSchema,
  type: typeSchema.exclude(['tape']),
  destination: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('instance'),
      instancePath: z.string(),
      databaseName: z.string(),
      overwrite: z.boolean(),
    }),
    z.object({ kind: z.literal('folder'), path: z.string() }),
  ]),
  state: stateSchema,
  throttleMbps: z.number().optional(),
  notify: z.array(z.string()),
}) satisfies z.ZodType<RecoverySpec>

const resultSchema = z.object({
  jobId: z.string(),
  outcome: z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), durationSec: z.number(), dataTransferredMb: z.number() }),
    z.object({ ok: z.literal(false), message: z.string() }),
  ]),
  database: databaseSchema.optional(),
}) satisfies z.ZodType<RecoveryResult>

export const openRecoveryWizardSchema = z.object({
  dataSourceId: z.string(),
  point: pointSchema,
  page: pageSchema,
  draft: draftSchema,
  run: z.object({ spec: specSchema, jobId: z.string(), result: resultSchema.optional() }).optional(),
})

export const recoveryWizardStateSchema = z.object({ open: openRecoveryWizardSchema.optional() })
