/**
 * A commitment's recommendations as the framework words them, in the admin's language: reviewers
 * read the texts, admins tick them from the area's list. The stored value stays the slugs the
 * public form sends (cms/pledges/references.ts checks them against the published framework).
 */
import { getTranslation } from '@payloadcms/translations'
import type { TextFieldServerComponent } from 'payload'
import { slugs } from '../../slugs.ts'
import { type AreaChoices, RecommendationChoices } from './RecommendationChoices.tsx'

type FrameworkAreas = { areas?: { slug: string; recommendations?: { slug: string; text?: string | null }[] | null }[] | null }

export const RecommendationsField: TextFieldServerComponent = async ({ payload, i18n, path, readOnly, field }) => {
  const locale = i18n.language === 'es' ? 'es' : 'en'
  // The published framework, as the public form and the pledge's validation use it.
  const framework = (await payload.findGlobal({ slug: slugs.framework, locale, fallbackLocale: 'en', depth: 0, draft: false })) as FrameworkAreas
  const byArea: AreaChoices = {}
  for (const area of framework.areas ?? []) {
    byArea[area.slug] = (area.recommendations ?? []).map((r) => ({ value: r.slug, label: r.text || r.slug }))
  }
  return (
    <RecommendationChoices
      path={path}
      readOnly={Boolean(readOnly)}
      byArea={byArea}
      label={getTranslation(field.label || field.name, i18n)}
      description={getTranslation((field.admin?.description ?? '') as string | Record<string, string>, i18n)}
    />
  )
}
