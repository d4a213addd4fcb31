// A database of an Always On availability group as the engine sees it: its copies on the group's replicas and
// the group's state, as the agents of those copies report them. Which replica a job runs on is the rule of
// domain/protection/ag-backup-replica.ts, asked at the time of each job.
import { type AvailabilityGroupFacts, type DatabaseFacts, joinPath } from '../estate/estate'
import type { DataSource } from '../protection/protection'

/** What the agents answered per database path (backup-rules' FactsLookup, of which only the facts count here). */
type FactsLookup = ReadonlyMap<string, { facts?: DatabaseFacts }>
type AvailabilityDataSource = Pick<DataSource, 'path' | 'availability'>

/** The copy of the data source's database on a replica instance. */
export const copyOn = (ds: AvailabilityDataSource, instance: string): string =>
  joinPath(instance, ds.availability?.database ?? '')

/** The group as one copy reports it, when that copy is still a database of the data source's group. */
function groupSeenFrom(ds: AvailabilityDataSource, facts: DatabaseFacts | undefined) {
  const group = facts?.availabilityGroup
  const spec = ds.availability
  if (!group || !spec) return undefined
  const same =
    group.name.toUpperCase() === spec.group.toUpperCase() &&
    group.cluster.toUpperCase() === spec.cluster.toUpperCase()
  return same ? group : undefined
}

/** Where DPM knows copies of the database: the copy it protected and the copies it last saw. */
const knownCopies = (ds: AvailabilityDataSource): string[] => [ds.path, ...(ds.availability?.copies ?? [])]

/**
 * Every copy of the database the engine asks facts for: the known ones, and those on the replicas that any
 * known copy reports (a replica added since). With `facts` undefined, the known ones only.
 */
export function availabilityCopyPaths(ds: AvailabilityDataSource, facts?: FactsLookup): string[] {
  const paths = new Set(knownCopies(ds))
  if (facts) {
    for (const path of [...paths]) {
      const group = groupSeenFrom(ds, facts.get(path)?.facts)
      for (const replica of group?.replicas ?? []) paths.add(copyOn(ds, replica.instance))
    }
  }
  return [...paths]
}

/**
 * The group's state now: as its primary replica reports it (the primary knows every replica's state), or as
 * the first known copy that answers reports it. Undefined when no copy answers as a database of the group.
 */
export function availabilityGroupNow(
  ds: AvailabilityDataSource,
  facts: FactsLookup,
): AvailabilityGroupFacts | undefined {
  let first: AvailabilityGroupFacts | undefined
  for (const path of availabilityCopyPaths(ds, facts)) {
    const group = groupSeenFrom(ds, facts.get(path)?.facts)
    if (!group) continue
    first ??= group
    const own = group.replicas.find((replica) => copyOn(ds, replica.instance) === path)
    if (own?.role === 'PRIMARY' && own.online) return group
  }
  return first
}

/** The copies on the group's replicas, in a stable order: what the data source records it saw. */
export const copiesOf = (ds: AvailabilityDataSource, group: AvailabilityGroupFacts): string[] =>
  group.replicas.map((replica) => copyOn(ds, replica.instance)).sort()
