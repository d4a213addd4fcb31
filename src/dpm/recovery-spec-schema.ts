// What a recovery recovers (RecoverySpec), as a zod/mini schema: the DPM server keeps it with its Recovery
// job (so that Retry runs it again) and the Recovery Wizard keeps it with its run; both are checked with it
// when read back.
import '../agent-api/zod-without-eval'
import { z } from 'zod/mini'
import type {
  DatabaseStateAfterRecovery,
  RecoveryPointChoice,
  RecoverySpec,
  RecoveryType,
} from '../domain/recovery/recovery'

export const recoveryTypeSchema = z.enum([
  'original-instance',
  'any-instance',
  'network-folder',
  'tape',
]) satisfies z.ZodMiniType<RecoveryType>

export const databaseStateSchema = z.enum([
  'operational',
  'non-operational',
]) satisfies z.ZodMiniType<DatabaseStateAfterRecovery>

export const recoveryPointChoiceSchema = z.object({
  kind: z.enum(['point', 'latest']),
  at: z.number(),
}) satisfies z.ZodMiniType<RecoveryPointChoice>

export const recoverySpecSchema = z.object({
  dataSourceId: z.string(),
  point: recoveryPointChoiceSchema,
  type: z.enum(['original-instance', 'any-instance', 'network-folder']),
  destination: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('instance'),
      instancePath: z.string(),
      databaseName: z.string(),
      overwrite: z.boolean(),
    }),
    z.object({ kind: z.literal('folder'), path: z.string() }),
  ]),
  state: databaseStateSchema,
  throttleMbps: z.optional(z.number()),
  notify: z.array(z.string()),
}) satisfies z.ZodMiniType<RecoverySpec>
