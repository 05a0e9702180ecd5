/** /trainings/<slug>.ics (and /es/…): one training's upcoming meetings, for "Add to calendar". Only trainings that have any. */
import type { APIRoute } from 'astro'
import type { TrainingProgram } from '../../../../content/schema.ts'
import { calendarResponse, hasCalendarEvents, trainingCalendar } from '../../../lib/calendar.ts'
import { loadContent, today } from '../../../lib/content.ts'
import { langPaths } from '../../../lib/i18n.ts'
import { feedOptions } from '../../../lib/listing-routes.ts'
import { itemKey } from '../../../lib/page-keys.ts'

export async function getStaticPaths() {
  const trainings = (await loadContent()).trainingPrograms.filter((training) => hasCalendarEvents(training, today))
  const keyed = await Promise.all(trainings.map(async (training) => ({ training, cacheKey: await itemKey(training) })))
  return langPaths().flatMap(({ params }) =>
    keyed.map(({ training, cacheKey }) => ({ params: { lang: params.lang, slug: training.slug }, props: { training }, cacheKey })),
  )
}

export const GET: APIRoute = async (context) =>
  calendarResponse(trainingCalendar((context.props as { training: TrainingProgram }).training, await loadContent(), feedOptions(context)))
