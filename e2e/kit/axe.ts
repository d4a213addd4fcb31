// Accessibility: axe-core over a part of the page (or all of it), expecting no violation at all.
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/**
 * Every axe rule over `include` (a CSS selector), or over the whole page. On the whole page
 * "page-has-heading-one" is not checked yet: the console's title is not a heading (see the report on issue 6).
 */
export async function expectNoAxeViolations(page: Page, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page })
  builder = include ? builder.include(include) : builder.disableRules(['page-has-heading-one'])
  const results = await builder.analyze()
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([])
}
