/** The fixed query set of `npm run bench:search`, and the small helpers both engines' measurements share. */
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

export type Query = { q: string; kind: string }

const ofKind = (kind: string, queries: string[]): Query[] => queries.map((q) => ({ q, kind }))

/**
 * 30 queries as people type them on the English search page: single words, prefixes (results as
 * you type), two-word queries, region names, typos and Spanish words. Every engine gets the same
 * strings; what each does with a typo or a prefix is its own business.
 */
const QUERIES: Query[] = [
  ...ofKind('word', ['health', 'doula', 'diabetes', 'asthma', 'housing', 'recovery', 'medicaid']),
  ...ofKind('prefix', ['comm', 'nav', 'diab', 'spec', 'reimb']),
  ...ofKind('two words', ['community health', 'peer support', 'patient navigator', 'mental health', 'substance use', 'birth doula']),
  ...ofKind('region', ['Fresno', 'Multnomah County', 'Los Angeles', 'New York City']),
  ...ofKind('typo', ['comunity', 'navigater', 'diabetis', 'helth']),
  ...ofKind('Spanish', ['salud', 'promotores de salud', 'capacitación']),
  ...ofKind('language', ['Hmong']),
]

/** 30 queries as people type them on the Spanish search page, English words and stop words among them. */
const QUERIES_ES: Query[] = [
  ...ofKind('word', ['salud', 'doula', 'diabetes', 'asma', 'vivienda', 'recuperación', 'capacitación']),
  ...ofKind('prefix', ['prom', 'naveg', 'diab', 'espec', 'reemb']),
  ...ofKind('stop word', ['promotores de salud', 'navegador de pacientes']),
  ...ofKind('two words', ['apoyo entre pares', 'salud mental', 'medio tiempo', 'trabajo comunitario']),
  ...ofKind('region', ['Fresno', 'condado de Multnomah', 'Los Ángeles', 'Nueva York']),
  ...ofKind('word', ['comunitario']),
  ...ofKind('typo', ['capacitasion', 'navegdor', 'diabetis']),
  ...ofKind('English', ['training', 'community health worker']),
  ...ofKind('stop word', ['sin título']),
  ...ofKind('language', ['vietnamita']),
]

export const QUERY_SETS = { en: QUERIES, es: QUERIES_ES } as const

/** Warm-up passes over the whole query set before timing, then timed passes. */
export const WARMUP_ROUNDS = 3
export const TIMED_ROUNDS = 20
/** Index builds timed per engine and corpus; the median is printed. */
export const BUILD_RUNS = 3

export const gzipSize = (data: string | Uint8Array): number => gzipSync(data, { level: 9 }).length
export const gzipFileSize = (path: string): number => gzipSize(readFileSync(path))

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  // Nearest rank.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

export const median = (samples: number[]): number => percentile(samples, 50)

export const fmtKiB = (bytes: number): string => (Number.isNaN(bytes) ? 'n/a' : `${(bytes / 1024).toFixed(1)} KiB`)
export const fmtMs = (ms: number): string =>
  Number.isNaN(ms) ? 'n/a' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 10 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(2)} ms`
export const fmtRatio = (a: number, b: number): string => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : 'n/a')
