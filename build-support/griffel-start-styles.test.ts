import { parseAst } from 'vite'
import { describe, expect, it } from 'vitest'
import { CONSOLE_START_CHUNK } from './console-start-chunk'
import { griffelStartStyles, styleElements, takePrecompiledRules } from './griffel-start-styles'

// The shapes Fluent's precompiled style modules take once bundled (names as Rolldown may rename them).
const CHUNK = `
const useRootClassName = __resetStyles("r1", null, [".r1{display:inline-flex;}"]);
const useIconClassName = __resetStyles$1("r2", "r2r", { r: [".r2{margin:0;}"], s: ["@media (forced-colors: active){.r2{color:CanvasText;}}"] });
const useStyles = __styles({ root: { sj55zd: "f1" } }, {
  d: [".f1{color:var(--colorNeutralForeground1);}", [".f2{padding:0;}", { p: -1 }]],
  h: [".f3:hover{color:var(--colorNeutralForeground1Hover);}"],
  m: [["@media (forced-colors: active){.f4{color:Highlight;}}", { m: "(forced-colors: active)" }]]
});
const computed = __styles({ root: { a: "f5" } }, rulesMadeAtRunTime);
const other = notGriffel({ d: [".x{color:red;}"] });
`

function take(code = CHUNK) {
  return takePrecompiledRules(code, parseAst(code))
}

describe('the start chunk’s precompiled Griffel rules', () => {
  it('are taken out of the calls, which keep their class names', () => {
    const { code } = take()
    const text = code.toString()
    expect(text).toContain('__resetStyles("r1", null, {})')
    expect(text).toContain('__resetStyles$1("r2", "r2r", {})')
    expect(text).toContain('__styles({ root: { sj55zd: "f1" } }, {})')
    expect(text).not.toContain('.f1{')
  })

  it('leave rules not written as literals, and other calls, to run time', () => {
    const text = take().code.toString()
    expect(text).toContain('__styles({ root: { a: "f5" } }, rulesMadeAtRunTime)')
    expect(text).toContain('notGriffel({ d: [".x{color:red;}"] })')
  })

  it('are collected by bucket, a reset call’s array as the reset bucket', () => {
    expect(take().rules).toEqual([
      { r: ['.r1{display:inline-flex;}'] },
      { r: ['.r2{margin:0;}'], s: ['@media (forced-colors: active){.r2{color:CanvasText;}}'] },
      {
        d: ['.f1{color:var(--colorNeutralForeground1);}', ['.f2{padding:0;}', { p: -1 }]],
        h: ['.f3:hover{color:var(--colorNeutralForeground1Hover);}'],
        m: [['@media (forced-colors: active){.f4{color:Highlight;}}', { m: '(forced-colors: active)' }]],
      },
    ])
  })

  it('are not written into the page when one could close its <style> element', () => {
    const code = '__styles({ root: { a: "f1" } }, { d: [".f1{content:\\"</style>\\";}"] });'
    const { code: edited, rules } = take(code)
    expect(rules).toEqual([])
    expect(edited.toString()).toBe(code)
  })
})

describe('the page’s Griffel style elements', () => {
  it('come in Griffel’s bucket order, each with its bucket, priority and media query', () => {
    const elements = styleElements(take().rules)
    expect(elements.map((element) => [element.attrs?.['data-make-styles-bucket'], element.children])).toEqual(
      [
        ['r', '.r1{display:inline-flex;}.r2{margin:0;}'],
        ['d', '.f2{padding:0;}'],
        ['d', '.f1{color:var(--colorNeutralForeground1);}'],
        ['h', '.f3:hover{color:var(--colorNeutralForeground1Hover);}'],
        ['s', '@media (forced-colors: active){.r2{color:CanvasText;}}'],
        ['m', '@media (forced-colors: active){.f4{color:Highlight;}}'],
      ],
    )
    expect(elements.map((element) => element.attrs?.['data-priority'])).toEqual([
      '0',
      '-1',
      '0',
      '0',
      '0',
      '0',
    ])
    expect(elements.at(-1)?.attrs?.media).toBe('(forced-colors: active)')
    expect(elements.every((element) => element.tag === 'style' && element.injectTo === 'head')).toBe(true)
  })

  it('are none when no chunk had rules', () => {
    expect(styleElements([])).toEqual([])
  })
})

describe('the plugin', () => {
  type RenderChunk = (
    code: string,
    chunk: { name: string },
    options: { sourcemap: boolean },
  ) => { code: string; map: unknown } | null
  const renderChunk = (plugin: ReturnType<typeof griffelStartStyles>) => {
    const hook = plugin.renderChunk as unknown as RenderChunk
    const context = { parse: (code: string) => parseAst(code) }
    return (name: string, sourcemap = false, code = CHUNK) =>
      hook.call(context, code, { name }, { sourcemap })
  }
  const pageTags = (plugin: ReturnType<typeof griffelStartStyles>) => {
    const hook = plugin.transformIndexHtml as { handler: () => ReturnType<typeof styleElements> }
    return hook.handler()
  }

  it('takes the rules of the start’s chunk into the page, and leaves later chunks alone', () => {
    const plugin = griffelStartStyles()
    const render = renderChunk(plugin)
    expect(render('recovery-screen')).toBeNull()
    expect(pageTags(plugin)).toEqual([])
    expect(render(CONSOLE_START_CHUNK, false, 'const unstyled = 1;')).toBeNull()
    const rendered = render(CONSOLE_START_CHUNK, true)
    expect(rendered?.code).toContain('__resetStyles("r1", null, {})')
    expect(rendered?.map).toBeTruthy()
    expect(
      pageTags(plugin)
        .map((element) => element.children)
        .join(''),
    ).toContain('.f1{')
  })

  it('fails the build when the start’s chunks hold no rule it can take', () => {
    const plugin = griffelStartStyles()
    renderChunk(plugin)(CONSOLE_START_CHUNK, false, 'const renamed = __css({ root: {} });')
    expect(() => pageTags(plugin)).toThrow('found no precompiled Griffel rules')
  })
})
