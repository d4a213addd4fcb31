// GET /databases?search= : the databases whose name, computer or instance contains the text, across the
// estate, in path order whatever the case, a page at a time (`after`: the last path of the page before). Only
// databases whose agent answers are found: an agent that cannot be reached reports nothing.
import type { DatabaseFacts } from '../domain/estate/estate'
import { partitionPoint } from '../domain/partition-point'
import { databaseFacts, hostAgentProblem } from './estate-facts'
import { type Estate, type EstateDatabase, type EstateInstance, key, pathOrder } from './estate-model'

/**
 * The databases of an instance that match, in name order: every one when its computer or instance matches,
 * else those with one of the matching names (looked up by name, or checked one by one where that is fewer).
 */
function matchesOn(
  estate: Estate,
  instance: EstateInstance,
  needle: string,
  names: ReadonlySet<string>,
): EstateDatabase[] {
  const databases = estate.databasesByInstance.get(key(instance.path))
  if (!databases) return []
  const matched: string[] = []
  if (key(instance.host).includes(needle) || key(instance.name).includes(needle)) {
    matched.push(...databases.keys())
  } else if (names.size < databases.size) {
    for (const name of names) if (databases.has(name)) matched.push(name)
  } else {
    for (const name of databases.keys()) if (names.has(name)) matched.push(name)
  }
  // The built-in order of strings is `<`'s: by UTF-16 code unit, as the paths are compared.
  return matched.sort().map((name) => databases.get(name) as EstateDatabase)
}

/** Where a page that follows `after` starts: the first instance that can hold a path after it. */
const firstInstanceAfter = (ordered: readonly EstateInstance[], after: string): number =>
  // Every path of an instance sorts before its order followed by the highest character.
  partitionPoint(ordered, (instance) => `${pathOrder(instance)}\uffff` <= after)

export function searchDatabases(
  estate: Estate,
  text: string,
  limit: number,
  after?: string,
): { databases: DatabaseFacts[]; truncated: boolean } {
  const needle = key(text.trim())
  const afterKey = after === undefined ? undefined : key(after)
  // The estate's distinct database names are few beside its databases: match them once.
  const names = new Set([...estate.databasesByName.keys()].filter((name) => name.includes(needle)))
  const reachable = new Map<string, boolean>()
  const answers = (host: string) => {
    let ok = reachable.get(host)
    if (ok === undefined) {
      ok = hostAgentProblem(estate, host) === undefined
      reachable.set(host, ok)
    }
    return ok
  }
  const databases: DatabaseFacts[] = []
  // The instances in path order, each one's databases in name order: the databases in path order, so that the
  // search stops once its page is full (a search of a large estate matches 10,000s).
  const ordered = estate.instancesInPathOrder
  const first = afterKey === undefined ? 0 : firstInstanceAfter(ordered, afterKey)
  for (let index = first; index < ordered.length; index++) {
    const instance = ordered[index] as EstateInstance
    const matches = matchesOn(estate, instance, needle, names)
    if (matches.length === 0 || !answers(instance.host)) continue
    for (const database of matches) {
      if (afterKey !== undefined && key(database.path) <= afterKey) continue
      if (databases.length === limit) return { databases, truncated: true }
      databases.push(databaseFacts(estate, database))
    }
  }
  return { databases, truncated: false }
}
