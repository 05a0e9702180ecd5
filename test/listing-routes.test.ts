/**
 * The listing routes' shape (site/lib/listing-routes.ts) on the seeded snapshot: every page of every
 * listing in both languages and no empty facet page; the facet feeds' terms (jobs: every term,
 * trainings: those with a page); a page's heading, paths and feeds; a feed route's facet.
 */
import { describe, expect, it } from 'vitest'
import { loadContent } from '../site/lib/content.ts'
import { t } from '../site/lib/i18n.ts'
import { facetFeedPaths, listingBodyState, listingPagePaths, listingPageProps, routeFacet } from '../site/lib/listing-routes.ts'
import { paginate } from '../site/lib/pagination.ts'

const content = await loadContent()
type Path = { params: Record<string, string | undefined>; props: { page: { items: { slug: string }[]; number: number }; term?: { slug: string } } }
const slugs = (paths: Path[]) => paths.flatMap((path) => path.props.page.items.map((item) => item.slug))

describe('listingPagePaths', () => {
  it('lists every open job once per language, page 1 at the listing path', async () => {
    const paths = (await listingPagePaths('jobs')) as Path[]
    for (const lang of [undefined, 'es']) {
      const own = paths.filter((path) => path.params.lang === lang)
      expect(slugs(own)).toEqual(content.openJobs.map((job) => job.slug))
      expect(own[0]!.params.page).toBeUndefined()
    }
  })

  it('gives each region with trainings its pages, of its trainings only, and no empty region a page', async () => {
    const paths = (await listingPagePaths('trainings', 'region')) as Path[]
    const withTrainings = content.regions.filter((region) => content.trainingPrograms.some((training) => training.regions.includes(region.slug)))
    expect(withTrainings.length).toBeLessThan(content.regions.length)
    expect(new Set(paths.map((path) => path.params.region))).toEqual(new Set(withTrainings.map((region) => region.slug)))
    for (const region of withTrainings) {
      const own = paths.filter((path) => path.params.region === region.slug && path.params.lang === 'es')
      expect(own.every((path) => path.props.term?.slug === region.slug)).toBe(true)
      expect(slugs(own)).toEqual(content.trainingPrograms.filter((training) => training.regions.includes(region.slug)).map((training) => training.slug))
    }
  })

  it('names the worker-type parameter workerType', async () => {
    const paths = (await listingPagePaths('jobs', 'worker-type')) as Path[]
    expect(paths.length).toBeGreaterThan(0)
    expect(paths.every((path) => typeof path.params.workerType === 'string' && !('worker-type' in path.params))).toBe(true)
  })
})

describe('facetFeedPaths', () => {
  it('keeps a jobs feed for every term, and a trainings feed only where the listing page is', async () => {
    const terms = async (kind: 'jobs' | 'trainings') => new Set((await facetFeedPaths(kind, 'region')).map((path) => path.params.region))
    expect(await terms('jobs')).toEqual(new Set(content.regions.map((region) => region.slug)))
    const pages = (await listingPagePaths('trainings', 'region')) as Path[]
    expect(await terms('trainings')).toEqual(new Set(pages.map((path) => path.params.region)))
    expect((await facetFeedPaths('trainings', 'worker-type')).length).toBe(2 * new Set(content.trainingPrograms.flatMap((p) => p.workerTypes)).size)
  })
})

describe('listingPageProps', () => {
  const region = content.regions.find((term) => content.openJobs.some((job) => job.location.region === term.slug))!
  const [, second] = paginate(content.openJobs, 1)

  it('titles, paths and feeds of a region page in Spanish', () => {
    const props = listingPageProps('es', 'jobs', second!, { kind: 'region', term: region })
    expect(props.heading).toBe(t('es', 'jobs.byRegion', { name: region.name.es ?? region.name.en }))
    expect(props.path).toBe(`/jobs/region/${region.slug}/`)
    expect(props.pagePath).toBe(`/jobs/region/${region.slug}/page/2/`)
    expect(props.title).toContain(props.heading)
    expect(props.title).not.toBe(props.heading)
    expect(props.feeds.rss).toBe(`/es/jobs/region/${region.slug}/feed.xml`)
    expect(props.feeds.ics).toBeUndefined()
    expect(props.facet).toEqual({ kind: 'region', slug: region.slug })
    expect(listingBodyState({ ...props, locale: 'es', content, page: second! })).toMatchObject({ section: false, alertFilter: { region: region.slug } })
  })

  it('of the whole trainings listing in English', () => {
    const [first] = paginate(content.trainingPrograms)
    const props = listingPageProps('en', 'trainings', first!)
    expect(props).toMatchObject({ heading: t('en', 'trainings.title'), path: '/trainings/', pagePath: '/trainings/', description: t('en', 'trainings.lead') })
    expect(props.feeds).toMatchObject({ title: t('en', 'feed.trainings.title'), ics: '/trainings/sessions.ics' })
    expect(listingBodyState({ ...props, locale: 'en', content, page: first! })).toMatchObject({ section: true, alertFilter: {} })
  })
})

describe('routeFacet', () => {
  it('reads the facet from a feed route’s parameters', () => {
    expect(routeFacet({ lang: 'es', region: 'solano' })).toEqual({ kind: 'region', slug: 'solano' })
    expect(routeFacet({ lang: undefined, workerType: 'doula' })).toEqual({ kind: 'worker-type', slug: 'doula' })
    expect(routeFacet({ lang: undefined })).toBeUndefined()
  })
})
