/**
 * A Spanish version publishes with some list items still untranslated: those items stay English
 * (the site shows them marked lang="en"), as the staff guide promises. English, the default
 * locale, still requires every text.
 */
import { beforeAll, expect, inject, it } from 'vitest'
import { validDocument, type Refs } from './helpers/access-matrix.ts'
import { type Client, client, login } from './helpers/http.ts'

const cmsUrl = inject('cmsUrl')
let admin: Client
let refs: Refs

type Row = { id: string; text: unknown }

beforeAll(async () => {
  admin = client(cmsUrl, await login(cmsUrl, inject('adminEmail'), inject('adminPassword')))
  const first = async (collection: string) => (await admin.rest('GET', `/api/${collection}?limit=1&depth=0`)).json.docs[0].id
  refs = {
    region: await first('regions'),
    organization: await first('organizations'),
    workerType: await first('worker-types'),
    language: await first('languages'),
  }
})

async function publishedEnglishJob() {
  const data = {
    ...validDocument('job-postings', refs),
    duties: [{ text: 'Visit families at home.' }, { text: 'Keep visit notes up to date.' }],
    requirements: { other: [{ text: 'A driver’s license.' }] },
  }
  const made = await admin.rest('POST', '/api/job-postings?locale=en', { body: data })
  expect(made.status, JSON.stringify(made.json)).toBe(201)
  return made.json.doc as { id: number; duties: Row[]; requirements: { other: Row[] } }
}

it('publishes a Spanish version with one duty and the other requirement untranslated; those stay English', async () => {
  const job = await publishedEnglishJob()
  // What the admin sends when a Spanish editor translated the title, the summary and the first duty only.
  const spanish = await admin.rest('PATCH', `/api/job-postings/${job.id}?locale=es`, {
    body: {
      title: 'Promotora de salud (prueba)',
      summary: 'Un empleo de prueba.',
      duties: [
        { id: job.duties[0]!.id, text: 'Visitar a las familias en casa.' },
        { id: job.duties[1]!.id, text: '' },
      ],
      requirements: { other: [{ id: job.requirements.other[0]!.id, text: null }] },
      _status: 'published',
    },
  })
  expect(spanish.status, JSON.stringify(spanish.json)).toBe(200)

  const all = (await admin.rest('GET', `/api/job-postings/${job.id}?locale=all&depth=0`)).json
  expect(all._status).toBe('published')
  expect(all.title).toEqual({ en: expect.any(String), es: 'Promotora de salud (prueba)' })
  expect(all.duties[0].text).toEqual({ en: 'Visit families at home.', es: 'Visitar a las familias en casa.' })
  expect(all.duties[1].text.en).toBe('Keep visit notes up to date.')
  expect(all.duties[1].text.es ?? null).toBeNull()
  expect(all.requirements.other[0].text.es ?? null).toBeNull()

  // A Spanish reader of the API gets the English text of the untranslated items.
  const es = (await client(cmsUrl).rest('GET', `/api/job-postings/${job.id}?locale=es&depth=0`)).json
  expect(es.duties.map((d: Row) => d.text)).toEqual(['Visitar a las familias en casa.', 'Keep visit notes up to date.'])
  expect(es.requirements.other[0].text).toBe('A driver’s license.')
})

it('still requires every text in English', async () => {
  const job = await publishedEnglishJob()
  const english = await admin.rest('PATCH', `/api/job-postings/${job.id}?locale=en`, {
    body: { duties: [{ id: job.duties[0]!.id, text: '' }], _status: 'published' },
  })
  expect(english.status).toBe(400)
  expect(JSON.stringify(english.json)).toMatch(/duties/i)
  const title = await admin.rest('PATCH', `/api/job-postings/${job.id}?locale=en`, { body: { title: '', _status: 'published' } })
  expect(title.status).toBe(400)
})

it('refuses a Spanish text over its length limit all the same', async () => {
  const job = await publishedEnglishJob()
  const long = await admin.rest('PATCH', `/api/job-postings/${job.id}?locale=es`, {
    body: {
      duties: [
        { id: job.duties[0]!.id, text: 'x'.repeat(301) },
        { id: job.duties[1]!.id, text: '' },
      ],
      _status: 'published',
    },
  })
  expect(long.status).toBe(400)
})
