'use client'
/**
 * "Erase personal data" beside a pledge's Save button, for admins only: a confirmation dialog says
 * what goes and what stays, then POST /api/pledges/:id/erase (cms/pledges/endpoints/erase.ts)
 * and the pledge is reloaded. Once erased, the button gives way to a line saying so.
 */
import { Button, ConfirmationModal, toast, useAuth, useDocumentInfo, useModal, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type StaffUser = { roles?: string[] | null }

const modalSlug = 'erase-pledge-personal-data'

const text = {
  en: {
    button: 'Erase personal data',
    heading: 'Erase this pledge’s personal data?',
    body: 'The contact person’s and signer’s names, job titles, email and phone, the notes of progress reports and the progress-report link are erased for good, and no email about this pledge is sent any more. If the pledge is approved, the organization’s public directory entry stays; otherwise its name, website and statement are erased too, and a pending pledge is closed as rejected. Who erased it, and when, is recorded. This cannot be undone.',
    confirm: 'Erase',
    confirming: 'Erasing…',
    cancel: 'Cancel',
    done: 'Personal data erased on',
    failed: 'The personal data could not be erased:',
  },
  es: {
    button: 'Borrar datos personales',
    heading: '¿Borrar los datos personales de este compromiso?',
    body: 'Los nombres, cargos, correo electrónico y teléfono de la persona de contacto y de quien firmó, las notas de los informes de avance y el enlace para el informe de avance se borran para siempre, y ya no se envía ningún correo sobre este compromiso. Si el compromiso está aprobado, la entrada pública de la organización en el directorio se mantiene; si no, también se borran su nombre, su sitio web y su declaración, y un compromiso pendiente se cierra como rechazado. Queda registrado quién lo borró y cuándo. No se puede deshacer.',
    confirm: 'Borrar',
    confirming: 'Borrando…',
    cancel: 'Cancelar',
    done: 'Datos personales borrados el',
    failed: 'No se pudieron borrar los datos personales:',
  },
}

export function ErasePersonalData() {
  const { user } = useAuth<StaffUser>()
  const { id, savedDocumentData } = useDocumentInfo()
  const { i18n } = useTranslation()
  const { openModal } = useModal()
  const words = text[i18n.language === 'es' ? 'es' : 'en']
  if (!id || !user?.roles?.includes('admin')) return null

  const erasedAt = savedDocumentData?.erasedAt as string | undefined
  if (erasedAt) {
    return <ErasedOn erasedAt={erasedAt} language={i18n.language} label={words.done} />
  }

  async function erase() {
    const response = await fetch(`/api/pledges/${encodeURIComponent(String(id))}/erase`, { method: 'POST', credentials: 'include' })
    const body = (await response.json().catch(() => ({}))) as { message?: string }
    if (response.ok) {
      toast.success(body.message ?? words.done)
      // The form shows what the server now holds.
      window.location.reload()
    } else {
      toast.error(`${words.failed} ${body.message ?? response.status}`)
    }
  }

  return (
    <>
      <Button buttonStyle="secondary" size="medium" onClick={() => openModal(modalSlug)}>
        {words.button}
      </Button>
      <ConfirmationModal
        modalSlug={modalSlug}
        heading={words.heading}
        body={<p>{words.body}</p>}
        confirmLabel={words.confirm}
        confirmingLabel={words.confirming}
        cancelLabel={words.cancel}
        onConfirm={erase}
      />
    </>
  )
}

/**
 * "Personal data erased on …" in the admin's own time zone. The server renders in its zone (UTC),
 * so the local date and time is filled in once the page runs in the browser; formatting it during
 * the server render would make the two renders differ (a hydration error).
 */
function ErasedOn({ erasedAt, language, label }: { erasedAt: string; language: string; label: string }) {
  const [local, setLocal] = useState<string>()
  useEffect(() => setLocal(new Date(erasedAt).toLocaleString(language)), [erasedAt, language])
  return (
    <p className="erase-personal-data__done">
      {label} <time dateTime={erasedAt}>{local}</time>
    </p>
  )
}
