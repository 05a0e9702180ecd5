'use client'
/**
 * Tells admins, on every admin page, when emails to employers could not be sent after every retry
 * (the mail server refused them or was down for hours), with a link to the failed jobs and their
 * errors. Polls the jobs queue, which only admins may read.
 */
import { useAuth, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type StaffUser = { roles?: string[] | null }

const failedEmails = 'where[and][0][taskSlug][equals]=pledgeEmail&where[and][1][hasError][equals]=true'

const text = {
  en: {
    title: (n: number) => (n === 1 ? '1 email to an employer could not be sent' : `${n} emails to employers could not be sent`),
    explain: 'Every retry failed, often because of the mail settings. Open the failed jobs to see the error and which pledge each one is about.',
    link: 'Open the failed email jobs',
  },
  es: {
    title: (n: number) => (n === 1 ? 'No se pudo enviar 1 correo a un empleador' : `No se pudieron enviar ${n} correos a empleadores`),
    explain:
      'Fallaron todos los reintentos, a menudo por la configuración del correo. Abra las tareas fallidas para ver el error y a qué compromiso se refiere cada una.',
    link: 'Abrir las tareas de correo fallidas',
  },
}

export function FailedEmailsBanner() {
  const { user } = useAuth<StaffUser>()
  const { i18n } = useTranslation()
  const [count, setCount] = useState(0)
  const isAdmin = Boolean(user?.roles?.includes('admin'))

  useEffect(() => {
    if (!isAdmin) return
    let active = true
    const load = async () => {
      try {
        const response = await fetch(`/api/payload-jobs?${failedEmails}&limit=1&depth=0`, { credentials: 'include' })
        if (active && response.ok) setCount(((await response.json()) as { totalDocs: number }).totalDocs)
      } catch {
        // Offline for a moment: keep what we showed.
      }
    }
    void load()
    const timer = setInterval(load, 30_000)
    return () => {
      active = false
      clearInterval(timer)
    }
  }, [isAdmin])

  if (!isAdmin || count === 0) return null
  const t = i18n.language === 'es' ? text.es : text.en
  return (
    <div className="site-status-banner" role="alert">
      <p className="site-status-banner__title">{t.title(count)}</p>
      <p>
        {t.explain} <a href={`/admin/collections/payload-jobs?${failedEmails}`}>{t.link}</a>
      </p>
    </div>
  )
}
