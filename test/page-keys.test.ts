/**
 * The shared part of the detail pages' cacheKeys (site/lib/page-keys.ts) changes with every
 * snapshot file but the per-item collections, with "today" and with the environment pages render,
 * and not with build paths. test/incremental-build.e2e.test.ts checks the built pages themselves.
 */
import { describe, expect, it } from 'vitest'
import { snapshotNames, type Snapshot } from '../content/schema.ts'
import { readSnapshot } from '../content/snapshot.ts'
import { sharedDigest } from '../site/lib/page-keys.ts'

const snapshot = await readSnapshot()
const day = '2026-11-25'
const base = sharedDigest(snapshot, day, {})
const perItem = ['job-postings', 'training-programs', 'toolkits']

/** The snapshot with one file's content changed (wrapped: any change to its JSON will do for a hash). */
const changed = (name: keyof Snapshot): Snapshot => ({ ...snapshot, [name]: { changed: snapshot[name] } }) as unknown as Snapshot

describe('sharedDigest', () => {
  it('is stable for the same input', () => {
    expect(sharedDigest(structuredClone(snapshot), day, {})).toBe(base)
  })

  it('changes with every shared snapshot file, and not with the per-item collections (keyed per item)', () => {
    for (const name of snapshotNames) {
      const digest = sharedDigest(changed(name), day, {})
      if (perItem.includes(name)) expect(digest, name).toBe(base)
      else expect(digest, name).not.toBe(base)
    }
  })

  it('changes with today and the environment pages render, not with build paths', () => {
    expect(sharedDigest(snapshot, '2026-11-26', {})).not.toBe(base)
    for (const name of ['SITE_URL', 'CMS_URL', 'PUBLIC_CMS_URL', 'PORTAL_PAGE_SIZE']) {
      expect(sharedDigest(snapshot, day, { [name]: 'x' }), name).not.toBe(base)
    }
    for (const name of ['PORTAL_OUT_DIR', 'PORTAL_CONTENT_DIR', 'PORTAL_BUILD_CACHE_DIR']) {
      expect(sharedDigest(snapshot, day, { [name]: '/elsewhere' }), name).toBe(base)
    }
  })
})
