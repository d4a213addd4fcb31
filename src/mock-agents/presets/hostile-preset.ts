// The `hostile` preset: names that try to break the console (markup and script payloads, a 200-character
// name, right-to-left text, emoji, combining marks, a right-to-left override). Every one must render as plain
// text. A name never holds a backslash: paths are joined with backslashes. The override in noAgentComputer is
// here on purpose, as a name an estate may already hold: it is shown, but no request can name it, since every
// entry refuses such characters (domain/estate/name-characters.ts).
import {
  addCluster,
  addComputer,
  addDatabase,
  addInstance,
  addSession,
  createEstate,
  type Estate,
} from '../estate-model'

export const HOSTILE_NAMES = {
  imgComputer: '<img src=x onerror=alert(1)>',
  scriptComputer: '"><script>alert(1)</script>',
  quoteComputer: "SQL-'QUOTE'&amp;",
  noAgentComputer: 'SQL-\u202EREVRES',
  instance: '<svg onload=alert(1)>',
  longDatabase: `Long${'x'.repeat(196)}`,
  rtlDatabase: 'قاعدة_البيانات_الرئيسية',
  emojiDatabase: 'Sales 💾🚀 DB',
  combiningDatabase: 'Z\u0351\u0337a\u0336\u0322l\u0338\u0359g\u0335o\u0334 DB',
  scriptDatabase: '"><script>alert(1)</script>',
  imgDatabase: '<img src=x onerror=alert(1)>',
  sqlDatabase: "Robert'); DROP TABLE Students;--",
  // PowerShell takes U+2018 to U+201B for single quotes too: View script must double them.
  powershellDatabase: 'Pay\u2019; Stop-Computer -Force; \u2019x',
  templateDatabase: "{{constructor.constructor('alert(1)')()}}",
  virtualServer: '<b>SQLCLU</b>',
  clusterNode1: '<i>NODE1</i>',
  clusterNode2: 'NODE2 "quoted"',
} as const

export function hostileEstate(): Estate {
  const names = HOSTILE_NAMES
  const estate = createEstate('hostile')
  let address = 10
  const computer = (name: string, agent = true) =>
    addComputer(estate, name, { addresses: [`10.66.0.${address++}`], agent })
  const small = { sizeMb: 1024, logSizeMb: 128 }

  computer(names.imgComputer)
  const imgDefault = addInstance(estate, names.imgComputer, 'MSSQLSERVER').path
  const imgNamed = addInstance(estate, names.imgComputer, names.instance, 5023).path
  for (const name of [
    names.longDatabase,
    names.rtlDatabase,
    names.emojiDatabase,
    names.combiningDatabase,
    names.sqlDatabase,
    names.powershellDatabase,
    names.templateDatabase,
  ]) {
    addDatabase(estate, imgDefault, { name, ...small })
  }
  addDatabase(estate, imgNamed, { name: names.imgDatabase, ...small, recoveryModel: 'SIMPLE' })

  computer(names.scriptComputer)
  const scriptInstance = addInstance(estate, names.scriptComputer, names.instance).path
  computer(names.quoteComputer)
  const quoteInstance = addInstance(estate, names.quoteComputer, 'MSSQLSERVER').path
  // A mirrored pair with a witness, so the mirror details show hostile principal, mirror and witness names.
  addDatabase(estate, scriptInstance, { name: names.scriptDatabase, ...small })
  addDatabase(estate, quoteInstance, { name: names.scriptDatabase, ...small, state: 'RESTORING' })
  addSession(estate, {
    database: names.scriptDatabase,
    principal: scriptInstance,
    mirror: quoteInstance,
    witness: imgDefault,
    safety: 'FULL',
  })

  computer(names.noAgentComputer, false)
  addDatabase(estate, addInstance(estate, names.noAgentComputer, 'MSSQLSERVER').path, {
    name: names.emojiDatabase,
    ...small,
  })

  computer(names.clusterNode1)
  computer(names.clusterNode2)
  addCluster(estate, '<u>CLUSTER</u>', [names.clusterNode1, names.clusterNode2], [names.virtualServer])
  addDatabase(estate, addInstance(estate, names.virtualServer, 'SQLFCI').path, {
    name: names.imgDatabase,
    ...small,
  })
  return estate
}
