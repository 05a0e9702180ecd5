/**
 * Debian's Chromium (apt), the one browser here: downloads (`npx playwright install`) cannot
 * work. The same flags for the browser tests (playwright-core) and Lighthouse (chrome-launcher).
 */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
