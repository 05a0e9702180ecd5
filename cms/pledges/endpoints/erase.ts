/**
 * POST /api/pledges/:id/erase: an admin erases a pledge's personal data on request
 * (cms/pledges/erase.ts). Everyone else gets 403 and nothing changes. Answers in the admin's language.
 */
import type { Endpoint } from 'payload'
import { hasRole } from '../../access/roles.ts'
import { describeEditor } from '../../fields/audit.ts'
import { erasePledge } from '../erase.ts'
import { json } from '../../http/json.ts'

const words = {
  forbidden: { en: 'Only administrators can erase personal data.', es: 'Solo los administradores pueden borrar datos personales.' },
  notFound: { en: 'There is no such pledge.', es: 'No existe ese compromiso.' },
  keptPublic: {
    en: 'Personal data erased. The organization’s public directory entry stays.',
    es: 'Datos personales borrados. La entrada pública de la organización en el directorio se mantiene.',
  },
  erasedAll: {
    en: 'Personal data erased, with the organization’s name, website and statement.',
    es: 'Datos personales borrados, junto con el nombre, el sitio web y la declaración de la organización.',
  },
  already: {
    en: 'This pledge’s personal data was already erased. Nothing changed.',
    es: 'Los datos personales de este compromiso ya se habían borrado. No cambió nada.',
  },
}

export const erasePersonalData: Endpoint = {
  path: '/:id/erase',
  method: 'post',
  handler: async (req) => {
    const lang = req.i18n?.language === 'es' ? 'es' : 'en'
    if (!hasRole(req.user as { roles?: string[] } | null, 'admin')) return json({ message: words.forbidden[lang] }, 403)
    const id = req.routeParams?.id
    if (typeof id !== 'string' && typeof id !== 'number') return json({ message: words.notFound[lang] }, 404)
    const result = await erasePledge(req.payload, id, describeEditor(req.user as { name?: string; email?: string }), req)
    if (!result) return json({ message: words.notFound[lang] }, 404)
    const message = result.alreadyErased ? words.already : result.keptPublicRecord ? words.keptPublic : words.erasedAll
    return json({ ...result, message: message[lang] }, 200)
  },
}
