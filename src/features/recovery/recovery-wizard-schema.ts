// The stored Recovery Wizard, checked on reload: a damaged value would break the wizard on its first render,
// so it is set aside with a notice instead (see safe-storage).
import { z } from 'zod'
import { databaseSchema } from '../../agent-api/schemas'
import type { RecoveryWizardPage } from '../../domain/recovery/recovery'
import type { RecoveryResult } from '../../dpm/recovery-actions'
import {
  databaseStateSchema,
  recoveryPointChoiceSchema,
  recoverySpecSchema,
  recoveryTypeSchema,
} from '../../dpm/recovery-spec-schema'
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

const draftSchema = z.object({
  type: recoveryTypeSchema,
  instance: z.string(),
  databaseName: z.string(),
  folder: z.string(),
  state: databaseStateSchema,
  throttle: z.boolean(),
  throttleMbps: z.string(),
  notify: z.boolean(),
  recipients: z.string(),
}) satisfies z.ZodType<RecoveryDraft>

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
  point: recoveryPointChoiceSchema,
  page: pageSchema,
  draft: draftSchema,
  run: z.object({ spec: recoverySpecSchema, jobId: z.string(), result: resultSchema.optional() }).optional(),
})

export const recoveryWizardStateSchema = z.object({ open: openRecoveryWizardSchema.optional() })
