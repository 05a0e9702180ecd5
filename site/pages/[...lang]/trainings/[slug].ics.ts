/** /trainings/<slug>.ics (and /es/…): one training's upcoming meetings, for "Add to calendar". Only trainings that have any. */
import type { APIRoute } from 'astro'
import type { TrainingProgram } from '../../../../content/schema.ts'
import { calendarResponse, hasCalendarEvents, trainingCalendar } from '../../../lib/calendar.ts'
import { loadContent, today } from '../../../lib/content.ts'
import { langFromParam, langPaths } from '../../../lib/i18n.ts'

export async function getStaticPaths() {
  const trainings = (await loadContent()).trainingPrograms.filter((training) => hasCalendarEvents(training, today))
  return langPaths().flatMap(({ params }) => trainings.map((training) => ({ params: { lang: params.lang, slug: training.slug }, props: { training } })))
}

export const GET: APIRoute = async ({ params, props, site }) =>
  calendarResponse(
    trainingCalendar((props as { training: TrainingProgram }).training, await loadContent(), {
      locale: langFromParam(params.lang),
      site: site ?? import.meta.env.SITE,
      today,
    }),
  )
