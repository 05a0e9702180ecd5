/**
 * One lunr (2.3.9, pinned) for the build and the browser, with an English and a Spanish pipeline
 * (lunr-languages), and accents folded so "capacitacion" finds "capacitación".
 *
 * Each locale's index holds both languages: the page's language in its own fields, the other
 * language in fields whose names end in `_`. Every word is stemmed by its own language's stemmer
 * (lunr.multiLanguage would run both stemmers over every word, mangling each language with the
 * other's rules), and the other language's terms are stored with a leading `_`, so a query word
 * looks up each language with that language's stem and no English stem collides with a Spanish
 * one. The browser runs the two search pipelines itself (query.ts); it never loads a lunr.Index.
 */
import lunr from 'lunr'
import spanish from 'lunr-languages/lunr.es.js'
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js'
import type { Locale } from '../../../content/schema.ts'
import { fold } from './text.ts'

type LunrWithSpanish = typeof lunr & {
  es: lunr.Builder.Plugin & { stemmer: lunr.PipelineFunction; trimmer: lunr.PipelineFunction; stopWordFilter: lunr.PipelineFunction }
}

/** Marks the other language's terms in the vocabulary, and the names of its fields. */
export const otherMark = '_'

export const otherLocale = (locale: Locale): Locale => (locale === 'en' ? 'es' : 'en')

const foldToken: lunr.PipelineFunction = (token) => token.update((value) => fold(value))

/**
 * Spanish "-ción" and "-logía" lose their accent when folded, and the Snowball stemmer then no
 * longer sees the suffix ("capacitacion" would not meet "capacitaciones" → "capacit"). Folded
 * Spanish words ending so always carry that accent: put it back before stemming.
 */
const spanishSuffixAccents: lunr.PipelineFunction = (token) => token.update((value) => value.replace(/cion$/, 'ción').replace(/logia(s?)$/, 'logía$1'))

let ready: LunrWithSpanish | undefined
let pipelines: Record<Locale, { index: lunr.Pipeline; search: lunr.Pipeline }>
let byField: Record<Locale, lunr.PipelineFunction>

export function setupLunr(): LunrWithSpanish {
  if (ready) return ready
  stemmerSupport(lunr)
  spanish(lunr)
  const l = lunr as LunrWithSpanish
  lunr.Pipeline.registerFunction(foldToken, 'foldDiacritics')
  lunr.Pipeline.registerFunction(spanishSuffixAccents, 'spanishSuffixAccents')
  const pipeline = (...fns: lunr.PipelineFunction[]) => {
    const p = new lunr.Pipeline()
    p.add(...fns)
    return p
  }
  pipelines = {
    en: {
      index: pipeline(l.trimmer, l.stopWordFilter, foldToken, l.stemmer),
      search: pipeline(foldToken, l.stemmer),
    },
    es: {
      index: pipeline(l.es.trimmer, l.es.stopWordFilter, foldToken, spanishSuffixAccents, l.es.stemmer, foldToken),
      search: pipeline(foldToken, spanishSuffixAccents, l.es.stemmer, foldToken),
    },
  }
  // Fields ending in `otherMark` go through the other language's pipeline and their terms get the
  // mark; every other field goes through the locale's own. Each step depends on the word alone, so
  // each word's terms are worked out once per index (the same words recur in thousands of listings).
  const dispatch = (locale: Locale): lunr.PipelineFunction => {
    const own = pipelines[locale].index
    const other = pipelines[otherLocale(locale)].index
    const known = { own: new Map<string, string[]>(), other: new Map<string, string[]>() }
    return (token) => {
      const field = (token as unknown as { metadata: { fields?: string[] } }).metadata.fields?.[0] ?? ''
      const isOther = field.endsWith(otherMark)
      const cache = isOther ? known.other : known.own
      const word = token.toString()
      let terms = cache.get(word)
      if (!terms) {
        const run = isOther ? other.run([token.clone()]).map((t) => otherMark + t.toString()) : own.run([token.clone()]).map(String)
        cache.set(word, (terms = run))
      }
      return terms.map((term) => token.clone(() => term))
    }
  }
  byField = { en: dispatch('en'), es: dispatch('es') }
  lunr.Pipeline.registerFunction(byField.en, 'bilingual-en')
  lunr.Pipeline.registerFunction(byField.es, 'bilingual-es')
  ready = l
  return ready
}

/** The registered names of a language's search pipeline, stored in the index for the browser. */
export function searchPipelineNames(locale: Locale): string[] {
  setupLunr()
  return pipelines[locale].search.toJSON() as unknown as string[]
}

/** Whether a word (lowercase, accents as typed or folded) is a stop word in English or Spanish. */
export function isStopWord(word: string): boolean {
  const l = setupLunr()
  return !l.stopWordFilter(word as unknown as lunr.Token) || !l.es.stopWordFilter(word as unknown as lunr.Token)
}

/** The lunr plugin for a locale's index: both languages, each through its own pipeline. */
export function bilingualPlugin(locale: Locale): lunr.Builder.Plugin {
  setupLunr()
  return function (this: lunr.Builder) {
    this.pipeline.reset()
    this.pipeline.add(byField[locale])
    this.searchPipeline.reset()
  }
}
