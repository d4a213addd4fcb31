// The agent API contract: every request and response, as zod schemas shared by the client and the mock
// agents (MSW). A real agent gateway would serve the same shapes.
import './zod-without-eval'
import { z } from 'zod'
import type { InstallCredentials } from '../domain/estate/agent-install'
import type {
  AvailabilityGroupFacts,
  AvailabilityReplicaFacts,
  ClusterFacts,
  ComputerFacts,
  DatabaseFacts,
  InstanceFacts,
  MirroringFacts,
} from '../domain/estate/estate'
import { nameCharactersProblem } from '../domain/estate/name-characters'

export const AGENT_API = '/agent-api/v1'

/**
 * A name or path that a request brings in (`what` names it in the message): refused, with the reason, when it
 * holds control, line-break or bidirectional formatting characters. Responses take names as the estate has them.
 */
export const enteredName = (what: string) =>
  z.string().check((context) => {
    const problem = nameCharactersProblem(context.value, what)
    // Without its full stop: an issue's message is part of a sentence (readBody, the lab's calls).
    if (problem) context.issues.push({ code: 'custom', message: problem.slice(0, -1), input: context.value })
  })

export const agentErrorSchema = z.object({ code: z.string(), message: z.string() })
export type AgentErrorBody = z.infer<typeof agentErrorSchema>

const agentStatusSchema = z.enum(['OK', 'NotInstalled', 'Unreachable'])

export const computerSchema = z.object({
  name: z.string(),
  domain: z.string(),
  cluster: z.string().optional(),
  addresses: z.array(z.string()),
  agent: z.object({
    status: agentStatusSchema,
    version: z.string().optional(),
    lastContact: z.number().optional(),
  }),
}) satisfies z.ZodType<ComputerFacts>

export const clusterSchema = z.object({
  name: z.string(),
  nodes: z.array(z.string()),
  virtualServers: z.array(z.string()),
}) satisfies z.ZodType<ClusterFacts>

export const mirroringSchema = z.object({
  sessionId: z.string(),
  role: z.enum(['PRINCIPAL', 'MIRROR']),
  partnerInstance: z.string(),
  partnerAddress: z.string(),
  witnessAddress: z.string().optional(),
  state: z.enum(['SYNCHRONIZED', 'SYNCHRONIZING', 'SUSPENDED', 'DISCONNECTED', 'PENDING_FAILOVER']),
  safety: z.enum(['FULL', 'OFF']),
}) satisfies z.ZodType<MirroringFacts>

export const availabilityReplicaSchema = z.object({
  instance: z.string(),
  computer: z.string(),
  role: z.enum(['PRIMARY', 'SECONDARY']),
  availabilityMode: z.enum(['SYNCHRONOUS_COMMIT', 'ASYNCHRONOUS_COMMIT']),
  failoverMode: z.enum(['AUTOMATIC', 'MANUAL']),
  synchronizationState: z.enum(['SYNCHRONIZED', 'SYNCHRONIZING', 'NOT_SYNCHRONIZING']),
  online: z.boolean(),
  readableSecondary: z.boolean(),
  backupPriority: z.number().int().min(0).max(100),
  excludedFromBackup: z.boolean(),
}) satisfies z.ZodType<AvailabilityReplicaFacts>

export const availabilityGroupSchema = z.object({
  name: z.string(),
  cluster: z.string(),
  listener: z.string(),
  backupPreference: z.enum(['PRIMARY', 'SECONDARY_ONLY', 'SECONDARY', 'NONE']),
  replicas: z.array(availabilityReplicaSchema),
  databases: z.array(z.string()),
}) satisfies z.ZodType<AvailabilityGroupFacts>

export const databaseSchema = z.object({
  path: z.string(),
  computer: z.string(),
  instance: z.string(),
  name: z.string(),
  state: z.enum(['ONLINE', 'RESTORING', 'OFFLINE', 'RECOVERY_PENDING', 'SUSPECT']),
  recoveryModel: z.enum(['FULL', 'BULK_LOGGED', 'SIMPLE']),
  readOnly: z.boolean(),
  sizeMb: z.number().nonnegative(),
  logSizeMb: z.number().nonnegative(),
  mirroring: mirroringSchema.optional(),
  availabilityGroup: availabilityGroupSchema.optional(),
}) satisfies z.ZodType<DatabaseFacts>

export const instanceSchema = z.object({
  path: z.string(),
  computer: z.string(),
  name: z.string(),
  cluster: z.string().optional(),
  databases: z.array(databaseSchema),
}) satisfies z.ZodType<InstanceFacts>

// GET /computers
export const listComputersResponse = z.object({
  computers: z.array(computerSchema),
  clusters: z.array(clusterSchema),
  /** Every availability group of the clusters above: Select Group Members lists each under its cluster. */
  availabilityGroups: z.array(availabilityGroupSchema),
})
export type ListComputersResponse = z.infer<typeof listComputersResponse>

// GET /computers/:name/instances (name: a computer or a cluster's virtual server)
export const listInstancesResponse = z.object({ instances: z.array(instanceSchema) })
export type ListInstancesResponse = z.infer<typeof listInstancesResponse>

// POST /databases/facts
export const databaseFactsRequest = z.object({ paths: z.array(z.string()).max(50_000) })
export const databaseFactsResponse = z.object({
  databases: z.array(
    z.object({ path: z.string(), facts: databaseSchema.optional(), error: agentErrorSchema.optional() }),
  ),
})
export type DatabaseFactsResponse = z.infer<typeof databaseFactsResponse>

// GET /changes?since=SEQ : what changed in the estate, each change stamped with its simulated time.
export const estateChangeSchema = z.object({
  seq: z.number().int(),
  at: z.number(),
  kind: z.string(),
  summary: z.string(),
  /** Database paths whose facts changed (both copies for a mirroring change). */
  databases: z.array(z.string()),
  computers: z.array(z.string()),
})
export type EstateChange = z.infer<typeof estateChangeSchema>
export const changesResponse = z.object({ seq: z.number().int(), changes: z.array(estateChangeSchema) })
export type ChangesResponse = z.infer<typeof changesResponse>

// POST /backups : a batch, so advancing the clock by days costs a handful of round trips, not one per job. The
// jobs go as series (one database, one kind, the times it runs at; a regular one as its first time, the step and
// the count) and their results as columns in the same order: a week of 15-minute synchronizations is a number
// or two per job on the wire, not an object with keys (parsing and validating 1.5 million such objects a week
// was most of a long advance's cost).
export const backupKindSchema = z.enum([
  'replica-creation',
  'synchronization',
  'express-full',
  'consistency-check',
])
export type BackupKind = z.infer<typeof backupKindSchema>
/** The largest batch, in jobs: a simulated day of 2,000 databases at 15-minute synchronization fits in one. */
export const MAX_BACKUP_JOBS = 250_000
/**
 * A column of numbers (a series' times, its answers' figures: 200,000 a day at 2,000 databases), checked in one
 * loop rather than by a number schema per item, which took most of the time of reading an answer.
 */
const numberColumn = () =>
  z.custom<number[]>(
    (value) =>
      Array.isArray(value) && value.every((item) => typeof item === 'number' && Number.isFinite(item)),
    { message: 'Expected an array of numbers.' },
  )

export const backupSeriesSchema = z
  .object({
    path: z.string(),
    kind: backupKindSchema,
    /** An admin job's own id: its run is a job of its own, never one of the schedule's at the same time. */
    job: z.string().optional(),
    /** The times the jobs run at; with `every`, the first of `count` times `every` milliseconds apart. */
    at: numberColumn(),
    every: z.number().positive().optional(),
    count: z.number().int().positive().optional(),
  })
  .refine((one) => one.every === undefined || (one.at.length === 1 && one.count !== undefined), {
    message: 'A series with `every` gives its first time alone in `at`, and a `count`.',
  })
export type BackupSeries = z.infer<typeof backupSeriesSchema>

/** How many jobs a series holds: its times listed, or the `count` of a regular one. */
const seriesJobCount = (series: BackupSeries): number =>
  series.every === undefined ? series.at.length : (series.count ?? 0)

/** The times of a series' jobs, in order (the results' indexes count them). */
export function seriesTimes(series: BackupSeries): number[] {
  const { at, every } = series
  if (every === undefined) return at
  const first = at[0] ?? 0
  const times = new Array<number>(seriesJobCount(series))
  for (let index = 0; index < times.length; index++) times[index] = first + index * every
  return times
}

export const backupsRequest = z
  .object({ series: z.array(backupSeriesSchema) })
  .refine(({ series }) => series.reduce((jobs, one) => jobs + seriesJobCount(one), 0) <= MAX_BACKUP_JOBS, {
    message: `At most ${MAX_BACKUP_JOBS} jobs per request.`,
  })
/** One series' results: the jobs that failed by their index in `at`; the others' figures, in order. */
export const backupSeriesResultSchema = z.object({
  failed: z.array(z.object({ index: z.number().int().nonnegative(), error: agentErrorSchema })),
  dataTransferredMb: numberColumn(),
  durationSec: numberColumn(),
})
export type BackupSeriesResult = z.infer<typeof backupSeriesResultSchema>
export const backupsResponse = z.object({ series: z.array(backupSeriesResultSchema) })
export type BackupsResponse = z.infer<typeof backupsResponse>

// POST /restores
export const databaseStateAfterRecovery = z.enum(['operational', 'non-operational'])
export const restoreRequest = z.object({
  sourcePath: enteredName('The source database'),
  recoveryPointAt: z.number(),
  sizeMb: z.number().nonnegative(),
  targetInstance: enteredName('The target instance'),
  databaseName: enteredName('The database name'),
  state: databaseStateAfterRecovery,
  /** Replace an existing database of that name (recovery to the original instance). */
  overwrite: z.boolean(),
})
export type RestoreRequest = z.infer<typeof restoreRequest>
export const restoreResponse = z.object({ database: databaseSchema, durationSec: z.number() })

// POST /agents/install and /agents/uninstall
export const agentsRequest = z.object({ computers: z.array(enteredName('A computer name')).min(1) })
export const agentsResponse = z.object({ computers: z.array(computerSchema) })

// POST /agents/install/{computer}: the Protection Agent Installation Wizard installs one computer per request
// (its progress is per computer) with the credentials of a domain account; the simulated domain checks them
// (401 LogonFailure) and nothing keeps them. The lab's /agents/install needs none: it is the presenter's.
export const installCredentialsSchema = z.object({
  userName: enteredName('The user name'),
  domain: enteredName('The domain'),
  password: z.string().min(1, 'The password is empty'),
}) satisfies z.ZodType<InstallCredentials>
export const agentInstallRequest = z.object({ credentials: installCredentialsSchema })
export const agentInstallResponse = z.object({ computer: computerSchema })

// GET /databases?search=TEXT&limit=N&after=PATH : databases whose name (or computer or instance) contains
// TEXT, case-insensitively, across the whole estate, in path order whatever the case; `after` (optional) asks
// for the page after that path. The wizard's Search members uses it, so a search never needs every computer's
// instances loaded first, and it reads the matches a page at a time.
export const searchDatabasesResponse = z.object({
  databases: z.array(databaseSchema),
  /** More matched than `limit`: the next page starts after the last path of this one. */
  truncated: z.boolean(),
})
export type SearchDatabasesResponse = z.infer<typeof searchDatabasesResponse>

// GET /dpm-server/disks : the disks attached to the DPM server, as a rescan finds them (Management > Disks).
export const dpmDisksResponse = z.object({
  disks: z.array(z.object({ name: z.string(), sizeMb: z.number().positive() })),
})
export type DpmDisksResponse = z.infer<typeof dpmDisksResponse>

// POST /folder-copies : Copy to a network folder. The agent on the folder's computer (a computer, or a cluster's
// virtual server) writes the database's files into the folder, a UNC path: DATABASE.mdf and DATABASE_log.ldf.
export const folderFileSchema = z.object({
  /** The computer (or virtual server) the folder is on. */
  computer: z.string(),
  /** The file's UNC path. */
  path: z.string(),
  sizeMb: z.number().nonnegative(),
  writtenAt: z.number(),
  /** The protected database the file is a copy of. */
  sourcePath: z.string(),
})
export type FolderFile = z.infer<typeof folderFileSchema>
export const folderCopyRequest = z.object({
  sourcePath: enteredName('The source database'),
  recoveryPointAt: z.number(),
  dataSizeMb: z.number().nonnegative(),
  logSizeMb: z.number().nonnegative(),
  folder: enteredName('The network folder'),
})
export type FolderCopyRequest = z.infer<typeof folderCopyRequest>
export const folderCopyResponse = z.object({ files: z.array(folderFileSchema), durationSec: z.number() })
