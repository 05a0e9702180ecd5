'use client'
/**
 * Tells staff, on every admin page, when the public site could not be updated after a change
 * (an invalid document stops the export; the site keeps showing the previous content). Polls the
 * Site status global, which cms/publishing/siteUpdate.ts writes.
 */
import { useAuth, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type Status = { state?: 'ok' | 'failed' | null; problem?: string | null; trigger?: string | null; lastAttemptAt?: string | null; lastSuccessAt?: string | null }
type StaffUser = { roles?: string[] | null }

const text = {
  en: {
    title: 'The public site was not updated',
    after: 'After',
    explain: 'The site still shows its previous content. Fix the problem below and save again; the site updates by itself.',
    lastGood: 'Last successful update',
  },
  es: {
    title: 'El sitio público no se actualizó',
    after: 'Después de',
    explain: 'El sitio sigue mostrando el contenido anterior. Corrija el problema de abajo y vuelva a guardar; el sitio se actualiza solo.',
    lastGood: 'Última actualización correcta',
  },
}

export function SiteStatusBanner() {
  const { user } = useAuth<StaffUser>()
  const { i18n } = useTranslation()
  const [status, setStatus] = useState<Status | null>(null)
  const isContentStaff = Boolean(user?.roles?.some((role) => role === 'admin' || role === 'editor'))

  useEffect(() => {
    if (!isContentStaff) return
    let active = true
    const load = async () => {
      try {
        const response = await fetch('/api/globals/site-status?depth=0', { credentials: 'include' })
        if (active && response.ok) setStatus((await response.json()) as Status)
      } catch {
        // Offline for a moment: keep what we showed.
      }
    }
    void load()
    const timer = setInterval(load, 5000)
    return () => {
      active = false
      clearInterval(timer)
    }
  }, [isContentStaff])

  if (!isContentStaff || status?.state !== 'failed') return null
  const t = i18n.language === 'es' ? text.es : text.en
  const when = (iso?: string | null) => (iso ? new Date(iso).toLocaleString(i18n.language) : '—')
  return (
    <div className="site-status-banner" role="alert">
      <p className="site-status-banner__title">{t.title}</p>
      <p>{t.explain}</p>
      <pre className="site-status-banner__problem">{status.problem}</pre>
      <p className="site-status-banner__meta">
        {t.after}: {status.trigger} ({when(status.lastAttemptAt)}). {t.lastGood}: {when(status.lastSuccessAt)}.
      </p>
    </div>
  )
}
