'use client'
/**
 * On the dashboard, for admins: how many email alerts readers have (and how many are confirmed).
 * Only the count: nobody can list or export the addresses (cms/collections/Alerts.ts).
 */
import { useAuth, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type StaffUser = { roles?: string[] | null }

const text = {
  en: (total: number, confirmed: number) =>
    `Email alerts: ${confirmed} confirmed, ${total - confirmed} waiting for confirmation. Addresses are private and cannot be listed.`,
  es: (total: number, confirmed: number) =>
    `Alertas por correo: ${confirmed} confirmadas, ${total - confirmed} esperando confirmación. Las direcciones son privadas y no se pueden listar.`,
}

export function AlertsCount() {
  const { user } = useAuth<StaffUser>()
  const { i18n } = useTranslation()
  const [count, setCount] = useState<{ total: number; confirmed: number }>()
  const isAdmin = Boolean(user?.roles?.includes('admin'))

  useEffect(() => {
    if (!isAdmin) return
    fetch('/api/alerts/count', { credentials: 'include' })
      .then(async (response) => (response.ok ? setCount(await response.json()) : undefined))
      .catch(() => undefined)
  }, [isAdmin])

  if (!isAdmin || !count) return null
  return <p className="alerts-count">{(i18n.language === 'es' ? text.es : text.en)(count.total, count.confirmed)}</p>
}
