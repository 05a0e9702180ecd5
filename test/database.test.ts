import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { databaseAdapter, databaseKind, sqliteUrl } from '../cms/database.ts'
import { rootDir } from '../cms/paths.ts'

describe('database selection', () => {
  it('uses SQLite by default and for file: URIs, MongoDB for mongodb:// and mongodb+srv://', () => {
    expect(databaseKind(undefined)).toBe('sqlite')
    expect(databaseKind('')).toBe('sqlite')
    expect(databaseKind('file:./x.db')).toBe('sqlite')
    expect(databaseKind('mongodb://db.internal:27017/portal')).toBe('mongodb')
    expect(databaseKind('mongodb+srv://user:pw@cluster.example.net/portal')).toBe('mongodb')
  })

  it('builds the matching Payload adapter', () => {
    expect(databaseAdapter(undefined).name).toBe('sqlite')
    expect(databaseAdapter('mongodb://127.0.0.1:1/portal').name).toBe('mongoose')
  })

  it('resolves a relative SQLite path from the repository root and creates its folder', () => {
    const folder = join(rootDir, '.data', `test-${process.pid}`)
    rmSync(folder, { recursive: true, force: true })
    expect(sqliteUrl(`file:.data/test-${process.pid}/portal.db`)).toBe(`file:${folder}/portal.db`)
    expect(existsSync(folder)).toBe(true)
    rmSync(folder, { recursive: true, force: true })
    expect(sqliteUrl(undefined)).toBe(`file:${join(rootDir, '.data/portal.db')}`)
  })

  it('refuses other databases with a clear message', () => {
    expect(() => sqliteUrl('postgres://localhost/portal')).toThrow(/DATABASE_URI must start with file: .* or mongodb:\/\//)
  })
})
