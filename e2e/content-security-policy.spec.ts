// The page defends itself: the preview server sends the console's Content-Security-Policy as a header (which
// alone can forbid framing), the page carries the same policy in its meta tag, and no page can frame it.
import { BUILT_CONSOLE_POLICY, headerPolicy, serializePolicy } from '../build-support/content-security-policy'
import { expect, test } from './kit/fixtures'

// Chromium says on the console that it blocked the framing this spec attempts on purpose.
test.use({
  expectedConsoleErrors: [
    'violates the following Content Security Policy directive: "frame-ancestors \'none\'"',
  ],
})

test('the server sends the policy with frame-ancestors none, and the page carries it', async ({
  request,
  page,
}) => {
  for (const path of ['/', '/monitoring', '/mockServiceWorker.js']) {
    const response = await request.get(path)
    expect(response.ok(), path).toBe(true)
    expect(response.headers()['content-security-policy'], path).toBe(headerPolicy(BUILT_CONSOLE_POLICY))
  }
  expect(headerPolicy(BUILT_CONSOLE_POLICY)).toContain("frame-ancestors 'none'")
  await page.goto('/')
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    serializePolicy(BUILT_CONSOLE_POLICY),
  )
})

test('no page can frame the console, not even one of its own origin', async ({ page, baseURL }) => {
  // Of its own origin, so that nothing but the policy (not the browser's private network rules) can block it.
  await page.route(`${baseURL}/framer.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Framer</title><iframe title="console" src="${baseURL}/"></iframe>`,
    }),
  )
  await page.goto('/framer.html')
  const framed = () => page.frames().find((frame) => frame !== page.mainFrame())
  // Chromium puts its error page where the console would be.
  await expect.poll(() => framed()?.url()).toBe('chrome-error://chromewebdata/')
})
