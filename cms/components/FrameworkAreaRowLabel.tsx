'use client'
/** A framework area row reads its area's name ("Hiring" / "Contratación"), not "Area 02". */
import { useRowLabel, useTranslation } from '@payloadcms/ui'
import { frameworkAreaLabels, labelIn } from '../labels.ts'

export function FrameworkAreaRowLabel() {
  const { data, rowNumber } = useRowLabel<{ slug?: string | null }>()
  const { i18n } = useTranslation()
  return <span>{labelIn(frameworkAreaLabels, data?.slug, i18n.language) || String((rowNumber ?? 0) + 1).padStart(2, '0')}</span>
}
