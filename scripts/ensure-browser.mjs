// Makes sure Playwright has a browser before the e2e tests run: Debian's Chromium (installed here when we are
// root on Debian and it is missing), or Playwright's own browser; otherwise says exactly what to run.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

const debianChromium = '/usr/bin/chromium'
const wanted = process.env.CHROMIUM_PATH

function run(command) {
  console.log(`> ${command}`)
  execSync(command, { stdio: 'inherit' })
}

if (wanted) {
  if (!existsSync(wanted)) {
    console.error(`CHROMIUM_PATH is set to ${wanted}, which does not exist.`)
    process.exit(1)
  }
} else if (!existsSync(debianChromium)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  const isDebian = existsSync('/etc/debian_version')
  if (isRoot && isDebian) {
    run('apt-get update -qq')
    run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium')
  } else if (!existsSync(chromium.executablePath())) {
    console.error(
      [
        'No browser for the end-to-end tests.',
        '  On Debian or Ubuntu: sudo apt-get install chromium   (or set CHROMIUM_PATH to a Chromium binary)',
        '  Elsewhere:           npx playwright install chromium',
      ].join('\n'),
    )
    process.exit(1)
  }
}
