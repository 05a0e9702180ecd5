/** Where a signatory's page and badge live, and the static paths for both (one per language). */
import type { Signatory } from '../../../content/schema.ts'
import { loadContent } from '../content.ts'
import { type Locale, langPaths, localePath } from '../i18n.ts'

export const signatoryPath = (locale: Locale, slug: string) => localePath(locale, `/pledge/signatories/${slug}/`)
export const badgePath = (locale: Locale, slug: string) => `${signatoryPath(locale, slug)}badge.svg`

/** For getStaticPaths: every signatory in both languages, with the signatory as a prop. */
export async function signatoryStaticPaths(): Promise<{ params: { lang: string | undefined; slug: string }; props: { signatory: Signatory } }[]> {
  const { signatories } = await loadContent()
  return langPaths().flatMap(({ params }) => signatories.map((signatory) => ({ params: { ...params, slug: signatory.slug }, props: { signatory } })))
}
