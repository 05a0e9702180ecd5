/** /trainings/sessions.ics and /es/trainings/sessions.ics: upcoming training sessions (iCalendar). */
import type { APIRoute } from 'astro'
import { calendarResponse, trainingsCalendar } from '../../../lib/calendar.ts'
import { loadContent, today } from '../../../lib/content.ts'
import { langFromParam, langPaths } from '../../../lib/i18n.ts'

export const getStaticPaths = () => [...langPaths()]

export const GET: APIRoute = async ({ params, site }) =>
  calendarResponse(trainingsCalendar(await loadContent(), { locale: langFromParam(params.lang), site: site ?? import.meta.env.SITE, today }))
