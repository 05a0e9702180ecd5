/**
 * The Spanish UI strings mirror the English ones: same keys, nothing left empty, and the same
 * {placeholders} on both sides so interpolation never drops or invents a value.
 */
import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'

type Strings = Record<string, string>

const read = (path: string): Strings => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Strings
const en = read('../site/i18n/en.json')
const es = read('../site/i18n/es.json')

const placeholders = (value: string): string[] => [...new Set(value.match(/\{[^{}]+\}/g) ?? [])].sort()

it('has the same keys in English and Spanish', () => {
  expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort())
})

it('has no empty value', () => {
  for (const [lang, strings] of [
    ['en', en],
    ['es', es],
  ] as const) {
    const empty = Object.entries(strings)
      .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
      .map(([key]) => `${lang}:${key}`)
    expect(empty).toEqual([])
  }
})

it('keeps every placeholder in both languages', () => {
  const mismatched = Object.keys(en)
    .filter((key) => key in es)
    .filter((key) => placeholders(en[key]).join() !== placeholders(es[key]).join())
    .map((key) => ({ key, en: placeholders(en[key]), es: placeholders(es[key]) }))
  expect(mismatched).toEqual([])
})
