/**
 * One lunr (2.3.9, pinned) for the build and the browser, with Spanish stemming from
 * lunr-languages and a diacritics-folding step so "capacitacion" finds "capacitación". The same
 * setup must run before lunr.Index.load, or the serialized pipeline cannot be restored.
 */
import lunr from 'lunr'
import spanish from 'lunr-languages/lunr.es.js'
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js'
import type { Locale } from '../../../content/schema.ts'
import { fold } from './text.ts'

type LunrWithSpanish = typeof lunr & {
  es: lunr.Builder.Plugin & { stemmer: lunr.PipelineFunction }
}

export { fold }

const foldToken: lunr.PipelineFunction = (token) => token.update((value) => fold(value))

let ready: LunrWithSpanish | undefined

export function setupLunr(): LunrWithSpanish {
  if (ready) return ready
  stemmerSupport(lunr)
  spanish(lunr)
  lunr.Pipeline.registerFunction(foldToken, 'foldDiacritics')
  ready = lunr as LunrWithSpanish
  return ready
}

/** The lunr plugin for a locale's index: its language pipeline plus folding before stemming. */
export function localePlugin(locale: Locale): lunr.Builder.Plugin {
  const l = setupLunr()
  return function (this: lunr.Builder) {
    if (locale === 'es') {
      this.use(l.es)
      this.pipeline.before(l.es.stemmer, foldToken)
      this.searchPipeline.before(l.es.stemmer, foldToken)
    } else {
      this.pipeline.before(l.stemmer, foldToken)
      this.searchPipeline.before(l.stemmer, foldToken)
    }
  }
}
