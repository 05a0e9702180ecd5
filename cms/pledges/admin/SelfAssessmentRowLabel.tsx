'use client'
/** A self-assessment row reads "Hiring — Partly in place" (or in Spanish), not "Self Assessment 01". */
import { useRowLabel, useTranslation } from '@payloadcms/ui'
import { frameworkAreaLabels, labelIn, selfAssessmentRatingLabels } from '../../labels.ts'
import { pledgeWords } from './rowLabelWords.ts'

export function SelfAssessmentRowLabel() {
  const { data, rowNumber } = useRowLabel<{ area?: string | null; rating?: string | null }>()
  const { i18n } = useTranslation()
  if (!data?.area) return <span>{pledgeWords(i18n.language).assessment((rowNumber ?? 0) + 1)}</span>
  const area = labelIn(frameworkAreaLabels, data.area, i18n.language)
  return <span>{data.rating ? `${area} — ${labelIn(selfAssessmentRatingLabels, data.rating, i18n.language)}` : area}</span>
}
