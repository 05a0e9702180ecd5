'use client'
/** A checkbox in a list column reads Yes / No (Sí / No), not Payload's lower-case "true" / "false". */
import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

export function YesNoCell({ cellData }: DefaultCellComponentProps) {
  const { t } = useTranslation()
  return <span>{t(cellData ? 'general:yes' : 'general:no')}</span>
}
