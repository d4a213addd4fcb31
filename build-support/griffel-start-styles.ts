// Fluent's components carry their CSS precompiled in their JavaScript (Griffel's __styles and __resetStyles
// calls) and insert it rule by rule, with insertRule, when they first render: on the console's first screen,
// in the middle of its first render. For the components in the chunks the start loads first, this writes
// those rules into index.html at build time instead, as the <style> elements Griffel's own server rendering
// writes (one per bucket, in its bucket order), and leaves the calls nothing to insert. Griffel puts the rules
// it still inserts at run time (the console's makeStyles, the components of later chunks) in elements of
// their own, placed among these by bucket, so the cascade is the one it would have built.
import { createDOMRenderer, renderToStyleElements } from '@fluentui/react-components'
import MagicString from 'magic-string'
import type { HtmlTagDescriptor, Plugin, parseAst } from 'vite'
import { CONSOLE_ENTRY_CHUNK, CONSOLE_START_CHUNK } from './console-start-chunk.ts'

/** Griffel's rules by bucket ("d", "h", "r"...), each a rule or a rule with its media query or priority. */
type CSSRulesByBucket = Record<string, (string | [string, Record<string, string | number>])[]>

interface Node {
  type: string
  start: number
  end: number
  [key: string]: unknown
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string'

/** The precompiled calls, by the name Rolldown gives them in a chunk (`__styles`, `__styles$1`...). */
const PRECOMPILED = /^__(styles|resetStyles)(\$\d+)?$/

function* calls(node: unknown): Generator<Node> {
  if (Array.isArray(node)) {
    for (const child of node) yield* calls(child)
    return
  }
  if (!isNode(node)) return
  if (node.type === 'CallExpression') yield node
  for (const [key, child] of Object.entries(node)) {
    if (key !== 'type' && typeof child === 'object') yield* calls(child)
  }
}

/** The value of a literal written as code (strings, numbers, null, arrays, objects); undefined otherwise. */
function literal(node: Node): unknown {
  switch (node.type) {
    case 'Literal':
      return node.value
    case 'UnaryExpression': {
      const value = node.operator === '-' && isNode(node.argument) ? literal(node.argument) : undefined
      return typeof value === 'number' ? -value : undefined
    }
    case 'ArrayExpression': {
      const items = (node.elements as unknown[]).map((item) => (isNode(item) ? literal(item) : undefined))
      return items.includes(undefined) ? undefined : items
    }
    case 'ObjectExpression': {
      const entries = (node.properties as Node[]).map((property) => {
        const key = property.key as Node | undefined
        const name = key?.type === 'Identifier' ? key.name : key?.type === 'Literal' ? key.value : undefined
        const value =
          property.type === 'Property' && isNode(property.value) ? literal(property.value) : undefined
        return [name, value] as const
      })
      return entries.some(([name, value]) => typeof name !== 'string' || value === undefined)
        ? undefined
        : Object.fromEntries(entries)
    }
    default:
      return undefined
  }
}

/** Rules safe to write into a <style> element as they are. */
function asRules(value: unknown, reset: boolean): CSSRulesByBucket | undefined {
  const byBucket = reset && Array.isArray(value) ? { r: value } : value
  if (typeof byBucket !== 'object' || byBucket === null || Array.isArray(byBucket)) return undefined
  const text = JSON.stringify(byBucket)
  return text.includes('</') ? undefined : (byBucket as CSSRulesByBucket)
}

/**
 * Takes the rules out of the chunk's precompiled style calls: the calls keep their class names and get empty
 * rules. A call whose rules are not written as plain literals is left as it is, to insert them at run time.
 */
export function takePrecompiledRules(
  code: string,
  program: ReturnType<typeof parseAst>,
): { code: MagicString; rules: CSSRulesByBucket[] } {
  const edited = new MagicString(code)
  const rules: CSSRulesByBucket[] = []
  for (const call of calls(program)) {
    const callee = call.callee as Node
    const args = call.arguments as Node[]
    if (callee.type !== 'Identifier' || !PRECOMPILED.test(callee.name as string)) continue
    const reset = (callee.name as string).startsWith('__resetStyles')
    const argument = args[reset ? 2 : 1]
    const taken = argument && asRules(literal(argument), reset)
    if (!argument || !taken) continue
    rules.push(taken)
    edited.overwrite(argument.start, argument.end, '{}')
  }
  return { code: edited, rules }
}

/** The rules as Griffel's server rendering writes them: a <style> element per bucket, in bucket order. */
export function styleElements(rules: readonly CSSRulesByBucket[]): HtmlTagDescriptor[] {
  const renderer = createDOMRenderer(undefined)
  for (const byBucket of rules) renderer.insertCSSRules(byBucket)
  return renderToStyleElements(renderer).map((element) => {
    const { dangerouslySetInnerHTML, ...attrs } = element.props as Record<string, string> & {
      dangerouslySetInnerHTML: { __html: string }
    }
    return { tag: 'style', attrs, children: dangerouslySetInnerHTML.__html, injectTo: 'head' }
  })
}

export function griffelStartStyles(): Plugin {
  let rules: CSSRulesByBucket[] = []
  let startChunks = 0
  return {
    name: 'dpm-console:griffel-start-styles',
    apply: 'build',
    buildStart() {
      rules = []
      startChunks = 0
    },
    renderChunk(code, chunk, options) {
      if (chunk.name !== CONSOLE_ENTRY_CHUNK && chunk.name !== CONSOLE_START_CHUNK) return null
      startChunks++
      const taken = takePrecompiledRules(code, this.parse(code))
      if (taken.rules.length === 0) return null
      rules.push(...taken.rules)
      return {
        code: taken.code.toString(),
        map: options.sourcemap ? taken.code.generateMap({ hires: true }) : null,
      }
    },
    // After the start chunk's links: Griffel's elements come after the console's own style sheets, as the
    // ones it inserts at run time do.
    // The start's chunks always hold Fluent components: finding no rule in them means the calls look different
    // (a Fluent or Rolldown release renamed or reshaped them), and the build fails rather than ship without.
    transformIndexHtml: {
      order: 'post',
      handler: () => {
        if (startChunks > 0 && rules.length === 0) {
          throw new Error(
            `griffel-start-styles found no precompiled Griffel rules (${PRECOMPILED}) in the console's start chunks: check how the bundler names Fluent's __styles and __resetStyles calls.`,
          )
        }
        return styleElements(rules)
      },
    },
  }
}
