/** /trainings/worker-type/<workerType>/sessions.ics (and /es/…): one worker type's trainings (iCalendar: upcoming sessions). */
import type { APIRoute } from 'astro'
import { calendarResponse, trainingsCalendar } from '../../../../../lib/calendar.ts'
import { loadContent } from '../../../../../lib/content.ts'
import { facetFeedPaths, feedOptions, routeFacet } from '../../../../../lib/listing-routes.ts'

export const getStaticPaths = () => facetFeedPaths('trainings', 'worker-type')

export const GET: APIRoute = async (context) => calendarResponse(trainingsCalendar(await loadContent(), feedOptions(context), routeFacet(context.params)))
