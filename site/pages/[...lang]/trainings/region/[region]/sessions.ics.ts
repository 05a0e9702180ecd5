/** /trainings/region/<region>/sessions.ics (and /es/…): one region's trainings (iCalendar: upcoming sessions). */
import type { APIRoute } from 'astro'
import { calendarResponse, trainingsCalendar } from '../../../../../lib/calendar.ts'
import { loadContent } from '../../../../../lib/content.ts'
import { facetFeedPaths, feedOptions, routeFacet } from '../../../../../lib/listing-routes.ts'

export const getStaticPaths = () => facetFeedPaths('trainings', 'region')

export const GET: APIRoute = async (context) => calendarResponse(trainingsCalendar(await loadContent(), feedOptions(context), routeFacet(context.params)))
