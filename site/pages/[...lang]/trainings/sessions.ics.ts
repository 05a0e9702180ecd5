/** /trainings/sessions.ics and /es/trainings/sessions.ics: upcoming training sessions (iCalendar). */
import type { APIRoute } from 'astro'
import { calendarResponse, trainingsCalendar } from '../../../lib/calendar.ts'
import { loadContent } from '../../../lib/content.ts'
import { langPaths } from '../../../lib/i18n.ts'
import { feedOptions } from '../../../lib/listing-routes.ts'

export const getStaticPaths = () => [...langPaths()]

export const GET: APIRoute = async (context) => calendarResponse(trainingsCalendar(await loadContent(), feedOptions(context)))
