'use client'
/** A commitment row reads "Hiring — 2 recommendations" (or in Spanish), not "Commitment 01". */
import { useRowLabel, useTranslation } from '@payloadcms/ui'
import { frameworkAreaLabels, labelIn } from '../../labels.ts'
import { pledgeWords } from './rowLabelWords.ts'

export function CommitmentRowLabel() {
  const { data, rowNumber } = useRowLabel<{ area?: string | null; recommendations?: string[] | null }>()
  const { i18n } = useTranslation()
  const words = pledgeWords(i18n.language)
  if (!data?.area) return <span>{words.commitment((rowNumber ?? 0) + 1)}</span>
  return (
    <span>
      {labelIn(frameworkAreaLabels, data.area, i18n.language)} — {words.recommendations(data.recommendations?.length ?? 0)}
    </span>
  )
}
