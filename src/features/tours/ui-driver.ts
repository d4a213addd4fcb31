// The presenter's hand: a tour's Do it clicks and types in the console exactly as an admin would, through the
// names of the UI contract (roles, accessible names, test ids), so a tour shows the real screens and breaks
// loudly (its e2e test fails) when a screen changes, instead of reaching into another feature's state.

/** Where to find an element: a CSS selector or a test id, optionally the one whose text contains `text`. */
export interface ElementQuery {
  selector?: string
  testId?: string
  /** The element's accessible name (aria-label, or its text), exactly. */
  name?: string
  /** Part of the element's text. */
  text?: string
  /** Look only inside the first element this query finds. */
  within?: ElementQuery
}

const WAIT_MS = 15_000
const POLL_MS = 50

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The text a screen reader reads: aria-hidden parts (a badge's count) left out. */
function spokenText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? ''
  if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return ''
  return [...node.childNodes].map(spokenText).join('')
}

function accessibleName(element: Element): string {
  const label = element.getAttribute('aria-label')
  if (label) return label.trim()
  const labelledBy = element.getAttribute('aria-labelledby')
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => {
        const label = document.getElementById(id)
        return label ? spokenText(label) : ''
      })
      .join(' ')
      .trim()
    if (text) return text
  }
  return spokenText(element).trim()
}

function isRendered(element: Element): boolean {
  return element.getClientRects().length > 0
}

/** Every rendered element the query matches, in document order. */
export function queryAll(query: ElementQuery): HTMLElement[] {
  const roots: ParentNode[] = query.within ? queryAll(query.within).slice(0, 1) : [document]
  return roots.flatMap((root) => {
    const candidates =
      query.testId !== undefined
        ? [...root.querySelectorAll<HTMLElement>('[data-testid]')].filter(
            (element) => element.dataset.testid === query.testId,
          )
        : [...root.querySelectorAll<HTMLElement>(query.selector ?? '*')]
    return candidates.filter(
      (element) =>
        isRendered(element) &&
        (query.name === undefined || accessibleName(element) === query.name) &&
        (query.text === undefined || (element.textContent ?? '').includes(query.text)),
    )
  })
}

export const queryFirst = (query: ElementQuery): HTMLElement | undefined => queryAll(query)[0]

export function describeQuery(query: ElementQuery): string {
  const what = query.testId !== undefined ? `test id "${query.testId}"` : (query.selector ?? 'element')
  const name = query.name !== undefined ? ` named "${query.name}"` : ''
  const text = query.text !== undefined ? ` with text "${query.text}"` : ''
  const within = query.within ? ` in ${describeQuery(query.within)}` : ''
  return `${what}${name}${text}${within}`
}

/** Waits until `probe` gives a value; rejects with `what` after the wait. */
export async function waitUntil<T>(probe: () => T | undefined | false, what: string): Promise<T> {
  const deadline = Date.now() + WAIT_MS
  for (;;) {
    const value = probe()
    if (value !== undefined && value !== false) return value
    if (Date.now() > deadline) throw new Error(`The tour waited in vain for ${what}.`)
    await sleep(POLL_MS)
  }
}

export const find = (query: ElementQuery) => waitUntil(() => queryFirst(query), describeQuery(query))

const isEnabled = (element: HTMLElement) =>
  !(element as HTMLButtonElement).disabled && element.getAttribute('aria-disabled') !== 'true'

/** Clicks the element once it is there and enabled. */
export async function click(query: ElementQuery): Promise<void> {
  const element = await waitUntil(
    () => {
      const found = queryFirst(query)
      return found && isEnabled(found) ? found : undefined
    },
    `${describeQuery(query)} to be enabled`,
  )
  element.click()
}

/** Checks a checkbox or a radio (clicks it only when it is not checked yet). */
export async function check(query: ElementQuery): Promise<void> {
  const input = (await find(query)) as HTMLInputElement
  await waitUntil(() => isEnabled(input), `${describeQuery(query)} to be enabled`)
  if (!input.checked) input.click()
  await waitUntil(() => input.checked || !input.isConnected, `${describeQuery(query)} to be checked`)
}

/** Types into a text field the way React sees typing (the native setter, then an input event). */
export async function fill(query: ElementQuery, value: string): Promise<void> {
  const input = (await find(query)) as HTMLInputElement
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')?.set
  setter?.call(input, value)
  input.dispatchEvent(new Event('input', { bubbles: true }))
}
