/**
 * JSON-LD for job and training pages, built from the real snapshot on a fixed day: every open job
 * has what Google requires of a JobPosting, no closed job has one, every training is a Course with
 * course instances, and the script text cannot break out of its element.
 */
import { describe, expect, it } from 'vitest'
import { isJobClosed, type JobPosting, type Locale, type TrainingProgram } from '../content/schema.ts'
import { readSnapshot } from '../content/snapshot.ts'
import { isoHours, jobPostingJsonLd, jsonLdScript, trainingJsonLd, type JobPostingJsonLd } from '../site/lib/structured-data.ts'

const today = '2026-11-25'
const siteUrl = 'https://chw.example.org/'
const snapshot = await readSnapshot()
const organizations = new Map(snapshot.organizations.map((o) => [o.slug, o]))
const regions = new Map(snapshot.regions.map((r) => [r.slug, r]))
const languages = new Map(snapshot.languages.map((l) => [l.slug, l]))

// The seed's listings are all examples, which get no JSON-LD at all; these tests read them as real ones.
const asReal = <T extends { example: boolean }>(items: T[]) => items.map((item) => ({ ...item, example: false }))
const jobs = asReal(snapshot['job-postings'])
const openJobs = jobs.filter((job) => !isJobClosed(job, today))
const closedJobs = jobs.filter((job) => isJobClosed(job, today))
const trainings = asReal(snapshot['training-programs'])

function jobLd(job: JobPosting, locale: Locale = 'en', day = today): JobPostingJsonLd | undefined {
  return jobPostingJsonLd(job, {
    locale,
    siteUrl,
    today: day,
    employer: organizations.get(job.employer)!,
    region: regions.get(job.location.region),
    languages,
  })
}

const courseLd = (training: TrainingProgram, locale: Locale = 'en') =>
  trainingJsonLd(training, { locale, siteUrl, today, provider: organizations.get(training.provider)!, languages })!

const upcoming = (training: TrainingProgram) => training.sessions.filter((s) => (s.endDate ?? s.startDate) >= today)

it('the snapshot has what these tests need on the fixed day', () => {
  expect(openJobs.length).toBeGreaterThan(5)
  expect(closedJobs.some((job) => job.closed)).toBe(true)
  expect(closedJobs.some((job) => !job.closed)).toBe(true) // closing date passed
  expect(openJobs.some((job) => job.workMode === 'remote')).toBe(true)
  expect(openJobs.some((job) => !job.closingDate)).toBe(true)
  expect(trainings.some((tr) => tr.sessions.length === 0)).toBe(true)
  expect(trainings.some((tr) => tr.sessions.length > 0 && upcoming(tr).length === 0)).toBe(true)
})

it('gives an example listing no JSON-LD, so search engines never list a fictional job or course', () => {
  const fictionalJobs = snapshot['job-postings'].filter((job) => job.example && !isJobClosed(job, today))
  const fictionalTrainings = snapshot['training-programs'].filter((training) => training.example)
  expect(fictionalJobs.length).toBeGreaterThan(0)
  expect(fictionalTrainings.length).toBeGreaterThan(0)
  for (const job of fictionalJobs) expect(jobLd(job)).toBeUndefined()
  for (const training of fictionalTrainings)
    expect(trainingJsonLd(training, { locale: 'en', siteUrl, today, provider: organizations.get(training.provider)!, languages })).toBeUndefined()
})

describe('jobPostingJsonLd', () => {
  it.each(openJobs.map((job) => [job.slug, job] as const))('%s has Google’s required and recommended properties', (_, job) => {
    for (const locale of ['en', 'es'] as const) {
      const ld = jobLd(job, locale)!
      expect(ld).toBeDefined()
      expect(ld['@context']).toBe('https://schema.org')
      expect(ld['@type']).toBe('JobPosting')
      expect(ld.title).toBeTruthy()
      expect(ld.description).toMatch(/^<(p|h\d|ul|ol)>/)
      expect(ld.description).not.toBe(ld.title)
      expect(ld.datePosted).toBe(job.postedDate)
      expect(ld.hiringOrganization).toMatchObject({ '@type': 'Organization', name: organizations.get(job.employer)!.name })
      if (job.closingDate) expect(ld.validThrough).toBe(`${job.closingDate}T23:59:59`)
      else expect(ld.validThrough).toBeUndefined()

      if (job.workMode === 'remote') {
        expect(ld.jobLocationType).toBe('TELECOMMUTE')
        expect(ld.applicantLocationRequirements?.['@type']).toMatch(/^(Country|State)$/)
        expect(ld.applicantLocationRequirements?.name).toBeTruthy()
        expect(ld.jobLocation).toBeUndefined()
      } else {
        expect(ld.jobLocationType).toBeUndefined()
        expect(ld.jobLocation).toEqual({
          '@type': 'Place',
          address: {
            '@type': 'PostalAddress',
            addressLocality: job.location.city ?? job.location.county,
            addressRegion: job.location.state,
            addressCountry: 'US',
          },
        })
      }

      expect(ld.baseSalary['@type']).toBe('MonetaryAmount')
      expect(ld.baseSalary.currency).toBe('USD')
      expect(ld.baseSalary.value['@type']).toBe('QuantitativeValue')
      expect(ld.baseSalary.value.unitText).toBe(job.pay.unit.toUpperCase())
      if (job.pay.max !== undefined && job.pay.max !== job.pay.min) {
        expect(ld.baseSalary.value).toMatchObject({ minValue: job.pay.min, maxValue: job.pay.max })
      } else {
        expect(ld.baseSalary.value.value).toBe(job.pay.min)
      }
      expect(['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'PER_DIEM', 'INTERN']).toContain(ld.employmentType)
      expect(ld.directApply).toBe(false)
      expect(ld.identifier).toMatchObject({ '@type': 'PropertyValue', value: job.slug })
      expect(ld.url).toBe(`https://chw.example.org${locale === 'es' ? '/es' : ''}/jobs/${job.slug}/`)

      if (job.requirements.degreeRequired) expect(ld.educationRequirements).toBeUndefined()
      else {
        expect(ld.educationRequirements).toEqual({
          '@type': 'EducationalOccupationalCredential',
          credentialCategory: 'no requirements',
        })
      }
      expect(ld.experienceInPlaceOfEducation).toBe(job.requirements.livedExperienceValued ? true : undefined)
    }
  })

  it('maps every employment type to Google’s values', () => {
    const expected = {
      'full-time': 'FULL_TIME',
      'part-time': 'PART_TIME',
      contract: 'CONTRACTOR',
      temporary: 'TEMPORARY',
      'per-diem': 'PER_DIEM',
      internship: 'INTERN',
    } as const
    const job = openJobs[0]!
    for (const [type, google] of Object.entries(expected)) {
      expect(jobLd({ ...job, employmentType: type as JobPosting['employmentType'] })!.employmentType).toBe(google)
    }
  })

  it('sets sameAs to the employer’s website only when it is known', () => {
    const job = openJobs[0]!
    const base = organizations.get(job.employer)!
    const options = { locale: 'en' as const, siteUrl, today, region: regions.get(job.location.region), languages }
    expect(jobPostingJsonLd(job, { ...options, employer: { ...base, website: 'https://clinic.example.org' } })!.hiringOrganization).toEqual({
      '@type': 'Organization',
      name: base.name,
      sameAs: 'https://clinic.example.org',
    })
    expect(jobPostingJsonLd(job, { ...options, employer: { ...base, website: undefined } })!.hiringOrganization).toEqual({
      '@type': 'Organization',
      name: base.name,
    })
  })

  it('gives remote jobs TELECOMMUTE with the country, or the state they are limited to', () => {
    const remote = openJobs.filter((job) => job.workMode === 'remote')
    expect(remote.length).toBeGreaterThan(0)
    for (const job of remote) {
      const ld = jobLd(job)!
      expect(ld.jobLocationType).toBe('TELECOMMUTE')
      expect(ld.applicantLocationRequirements).toEqual({ '@type': 'Country', name: 'US' })
    }
    const inOregon: JobPosting = { ...remote[0]!, location: { state: 'OR', region: 'oregon-statewide' } }
    expect(jobLd(inOregon)!.applicantLocationRequirements).toEqual({ '@type': 'State', name: 'Oregon' })
  })

  it('describes the whole job in HTML: its text, duties, requirements, languages and benefits', () => {
    const job = openJobs.find((j) => j.description && j.duties.length && j.languages.required.length > 1)!
    const ld = jobLd(job)!
    expect(ld.description).toContain('<h2>What you will do</h2>')
    expect(ld.description).toContain('<h2>Requirements</h2>')
    const second = languages.get(job.languages.required[1]!)!.name.en
    expect(ld.description).toContain(`Languages required: English, ${second}`)
    const withoutDescription = jobLd({ ...job, description: undefined, summary: { en: 'Visit <families> & elders' } })!
    expect(withoutDescription.description).toMatch(/^<p>Visit &lt;families&gt; &amp; elders<\/p>/)
  })

  it('is open through its closing day and gone the day after', () => {
    const job = openJobs.find((j) => j.closingDate)!
    expect(jobLd(job, 'en', job.closingDate)?.validThrough).toBe(`${job.closingDate}T23:59:59`)
    const dayAfter = new Date(`${job.closingDate}T00:00:00Z`)
    dayAfter.setUTCDate(dayAfter.getUTCDate() + 1)
    expect(jobLd(job, 'en', dayAfter.toISOString().slice(0, 10))).toBeUndefined()
  })

  it.each(closedJobs.map((job) => [job.slug, job] as const))('%s is closed and has no JobPosting', (_, job) => {
    expect(jobLd(job, 'en')).toBeUndefined()
    expect(jobLd(job, 'es')).toBeUndefined()
  })

  it('uses Spanish text where the snapshot has it, English where it does not', () => {
    const spanish = openJobs.filter((job) => job.title.es && job.description?.es)
    expect(spanish.length).toBeGreaterThan(0)
    for (const job of spanish) {
      const ld = jobLd(job, 'es')!
      expect(ld.title).toBe(job.title.es)
      expect(ld.inLanguage).toBe('es')
      expect(ld.description).toContain('<h2>Requisitos</h2>')
      expect(ld.description).not.toContain('<h2>Requirements</h2>')
      const firstParagraph = (job.description!.es!.root.children[0] as unknown as { children: { text: string }[] }).children[0]!.text
      expect(ld.description).toContain(firstParagraph.slice(0, 40).replace(/&/g, '&amp;').replace(/'/g, '&#39;'))
      expect(jobLd(job, 'en')!.title).toBe(job.title.en)
      expect(jobLd(job, 'en')!.inLanguage).toBe('en')
    }
    const job = openJobs[0]!
    const englishOnly = jobLd({ ...job, title: { en: job.title.en }, summary: { en: job.summary.en }, description: undefined }, 'es')!
    expect(englishOnly.title).toBe(job.title.en)
    expect(englishOnly.inLanguage).toBe('en')
  })
})

describe('trainingJsonLd', () => {
  it.each(trainings.map((tr) => [tr.slug, tr] as const))('%s is a Course with instances', (_, training) => {
    for (const locale of ['en', 'es'] as const) {
      const ld = courseLd(training, locale)
      expect(ld['@context']).toBe('https://schema.org')
      expect(ld['@type']).toBe('Course')
      expect(ld.name).toBeTruthy()
      expect(ld.description).toBeTruthy()
      expect(ld.provider.name).toBe(organizations.get(training.provider)!.name)
      expect(ld.url).toBe(`https://chw.example.org${locale === 'es' ? '/es' : ''}/trainings/${training.slug}/`)

      const codes = training.languages.map((slug) => languages.get(slug)!.code)
      expect(ld.inLanguage).toEqual(codes.length === 1 ? codes[0] : codes)

      expect(ld.offers).toMatchObject({ '@type': 'Offer', priceCurrency: 'USD' })
      if (training.cost.type === 'free') expect(ld.offers).toMatchObject({ category: 'Free', price: 0 })
      else expect(ld.offers).toMatchObject({ category: 'Paid', price: training.cost.amount })

      expect(ld.hasCourseInstance.length).toBeGreaterThan(0)
      const mode = { online: 'online', 'in-person': 'onsite', hybrid: 'blended' }[training.format]
      for (const instance of ld.hasCourseInstance) {
        expect(instance['@type']).toBe('CourseInstance')
        expect(instance.courseMode).toBe(mode)
        // Google needs courseSchedule or courseWorkload on every instance.
        if (training.hours) expect(instance.courseWorkload).toBe(isoHours(training.hours))
      }

      const sessions = upcoming(training)
      if (sessions.length) {
        expect(ld.hasCourseInstance.map((i) => i.startDate)).toEqual(sessions.map((s) => s.startDate).sort())
        for (const instance of ld.hasCourseInstance) {
          const session = sessions.find((s) => s.startDate === instance.startDate)!
          expect(instance.endDate).toBe(session.endDate)
          if (session.schedule) expect(instance.description).toBe(session.schedule[locale] ?? session.schedule.en)
        }
      } else {
        expect(ld.hasCourseInstance).toHaveLength(1)
        expect(ld.hasCourseInstance[0]!.startDate).toBeUndefined()
      }

      if (training.certification.approved) {
        expect(ld.educationalCredentialAwarded).toContain(`(${training.certification.state})`)
      } else {
        expect(ld.educationalCredentialAwarded).toBeUndefined()
      }
    }
  })

  it('names the credential in the reader’s language', () => {
    const certified = trainings.find((tr) => tr.certification.approved && tr.certification.state === 'OR')!
    expect(courseLd(certified, 'en').educationalCredentialAwarded).toBe('State CHW certification (OR)')
    expect(courseLd(certified, 'es').educationalCredentialAwarded).toBe('Certificación estatal de CHW (OR)')
  })

  it('gives a self-paced program one instance with its mode and workload', () => {
    const selfPaced = trainings.find((tr) => tr.pace === 'self-paced' && tr.sessions.length === 0 && tr.hours)!
    expect(courseLd(selfPaced).hasCourseInstance).toEqual([{ '@type': 'CourseInstance', courseMode: 'online', courseWorkload: `PT${selfPaced.hours}H` }])
    expect(courseLd({ ...selfPaced, hours: undefined }).hasCourseInstance).toEqual([{ '@type': 'CourseInstance', courseMode: 'online' }])
  })

  it('writes hours as ISO 8601 durations', () => {
    expect(isoHours(40)).toBe('PT40H')
    expect(isoHours(7.5)).toBe('PT7H30M')
    expect(isoHours(0.25)).toBe('PT15M')
  })

  it('uses Spanish text where the snapshot has it', () => {
    const spanish = trainings.filter((tr) => tr.title.es && tr.summary.es)
    expect(spanish.length).toBeGreaterThan(0)
    for (const training of spanish) {
      const ld = courseLd(training, 'es')
      expect(ld.name).toBe(training.title.es)
      expect(ld.description).toBe(training.summary.es)
      expect(courseLd(training, 'en').name).toBe(training.title.en)
    }
  })
})

describe('jsonLdScript', () => {
  const all = [...openJobs.flatMap((job) => [jobLd(job, 'en')!, jobLd(job, 'es')!]), ...trainings.flatMap((tr) => [courseLd(tr, 'en'), courseLd(tr, 'es')])]

  it('parses back to the same object for every job and training', () => {
    for (const data of all) {
      const script = jsonLdScript(data)
      expect(JSON.parse(script)).toEqual(data)
      expect(script).not.toContain('<')
    }
  })

  it('never lets a text close the script element or open a comment', () => {
    const job = openJobs[0]!
    const hostile = '</script><script>alert(1)</script> <!-- x </SCRIPT '
    const ld = jobLd({ ...job, title: { en: hostile }, summary: { en: hostile }, description: undefined })!
    expect(ld.title).toBe(hostile)
    const script = jsonLdScript(ld)
    expect(script.toLowerCase()).not.toContain('</script')
    expect(script).not.toContain('<!--')
    expect(script).not.toContain('<')
    expect(JSON.parse(script)).toEqual(ld)
    expect(JSON.parse(script).title).toBe(hostile)

    const training = trainings[0]!
    const course = courseLd({ ...training, title: { en: hostile } })
    expect(jsonLdScript(course).toLowerCase()).not.toContain('</script')
    expect(JSON.parse(jsonLdScript(course)).name).toBe(hostile)
  })
})
