/**
 * What docs/deploy.md asks a person to install and type holds together: the systemd units pass
 * systemd's own check, every `npm run` it names exists, and the environment file it starts from
 * names only documented variables and, with a real secret, passes the CMS's production checks.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { unsafeProductionSettings } from '../cms/env.ts'

const read = (path: string) => readFileSync(path, 'utf8')
const units = readdirSync('deploy/systemd').map((name) => join('deploy/systemd', name))
const scripts = Object.keys(JSON.parse(read('package.json')).scripts)

describe('docs/deploy.md and deploy/', () => {
  it('has systemd units that systemd-analyze verifies', () => {
    expect(units.length).toBeGreaterThanOrEqual(3)
    // Prints nothing and exits 0 when every unit is well formed and its commands exist.
    const out = execFileSync('systemd-analyze', ['verify', ...units], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    expect(out).toBe('')
  })

  it('names only npm scripts that exist', () => {
    const text = [read('docs/deploy.md'), ...units.map(read)].join('\n')
    const named = [...text.matchAll(/npm run ([a-z][\w:-]*)/g)].map((m) => m[1]!)
    expect(named.length).toBeGreaterThan(5)
    expect(named.filter((name) => !scripts.includes(name))).toEqual([])
  })

  it('starts from an environment file whose variables are documented and pass the production checks once filled in', () => {
    const env = Object.fromEntries(
      read('deploy/env.example')
        .split('\n')
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    )
    const reference = read('docs/environment.md')
    expect(Object.keys(env).filter((name) => !reference.includes(`\`${name}\``))).toEqual([])
    // As shipped, the placeholder secret is refused; with a real one, nothing is.
    expect(unsafeProductionSettings(env, '').join(' ')).toMatch(/PAYLOAD_SECRET/)
    expect(unsafeProductionSettings({ ...env, PAYLOAD_SECRET: 'c'.repeat(64) }, '')).toEqual([])
  })
})
