/** The fixed query set of `npm run bench:search`, and the small helpers both engines' measurements share. */
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

export type Query = { q: string; kind: string }

/**
 * 30 queries as people type them on the English search page: single words, prefixes (results as
 * you type), two-word queries, region names, typos and Spanish words. Every engine gets the same
 * strings; what each does with a typo or a prefix is its own business.
 */
export const QUERIES: Query[] = [
  { q: 'health', kind: 'word' },
  { q: 'doula', kind: 'word' },
  { q: 'diabetes', kind: 'word' },
  { q: 'asthma', kind: 'word' },
  { q: 'housing', kind: 'word' },
  { q: 'recovery', kind: 'word' },
  { q: 'medicaid', kind: 'word' },
  { q: 'comm', kind: 'prefix' },
  { q: 'nav', kind: 'prefix' },
  { q: 'diab', kind: 'prefix' },
  { q: 'spec', kind: 'prefix' },
  { q: 'reimb', kind: 'prefix' },
  { q: 'community health', kind: 'two words' },
  { q: 'peer support', kind: 'two words' },
  { q: 'patient navigator', kind: 'two words' },
  { q: 'mental health', kind: 'two words' },
  { q: 'substance use', kind: 'two words' },
  { q: 'birth doula', kind: 'two words' },
  { q: 'Fresno', kind: 'region' },
  { q: 'Multnomah County', kind: 'region' },
  { q: 'Los Angeles', kind: 'region' },
  { q: 'New York City', kind: 'region' },
  { q: 'comunity', kind: 'typo' },
  { q: 'navigater', kind: 'typo' },
  { q: 'diabetis', kind: 'typo' },
  { q: 'helth', kind: 'typo' },
  { q: 'salud', kind: 'Spanish' },
  { q: 'promotores de salud', kind: 'Spanish' },
  { q: 'capacitación', kind: 'Spanish' },
  { q: 'Hmong', kind: 'language' },
]

/** 30 queries as people type them on the Spanish search page, English words and stop words among them. */
export const QUERIES_ES: Query[] = [
  { q: 'salud', kind: 'word' },
  { q: 'doula', kind: 'word' },
  { q: 'diabetes', kind: 'word' },
  { q: 'asma', kind: 'word' },
  { q: 'vivienda', kind: 'word' },
  { q: 'recuperación', kind: 'word' },
  { q: 'capacitación', kind: 'word' },
  { q: 'prom', kind: 'prefix' },
  { q: 'naveg', kind: 'prefix' },
  { q: 'diab', kind: 'prefix' },
  { q: 'espec', kind: 'prefix' },
  { q: 'reemb', kind: 'prefix' },
  { q: 'promotores de salud', kind: 'stop word' },
  { q: 'navegador de pacientes', kind: 'stop word' },
  { q: 'apoyo entre pares', kind: 'two words' },
  { q: 'salud mental', kind: 'two words' },
  { q: 'medio tiempo', kind: 'two words' },
  { q: 'trabajo comunitario', kind: 'two words' },
  { q: 'Fresno', kind: 'region' },
  { q: 'condado de Multnomah', kind: 'region' },
  { q: 'Los Ángeles', kind: 'region' },
  { q: 'Nueva York', kind: 'region' },
  { q: 'comunitario', kind: 'word' },
  { q: 'capacitasion', kind: 'typo' },
  { q: 'navegdor', kind: 'typo' },
  { q: 'diabetis', kind: 'typo' },
  { q: 'training', kind: 'English' },
  { q: 'community health worker', kind: 'English' },
  { q: 'sin título', kind: 'stop word' },
  { q: 'vietnamita', kind: 'language' },
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
