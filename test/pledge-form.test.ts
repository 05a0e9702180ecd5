/**
 * The pledge form's pieces that need no browser: every field of the submission has a message in
 * both languages, the draft survives a round trip through storage (and garbage in storage), the
 * form converts to a valid submission, and the self-assessment result ranks areas and toolkits.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { pledgeSubmission } from '../content/schema.ts'
import { assess, toolkitsFor } from '../site/lib/pledge/assessment.ts'
import { type DraftStorage, draftStorageKey, emptyDraft, loadDraft, saveDraft, clearDraft } from '../site/lib/pledge/pledge-draft.ts'
import { errorKey, errorMessage, fieldId, fieldPath, pledgeFields } from '../site/lib/pledge/pledge-errors.ts'
import { applyEarlyInput } from '../site/lib/pledge/early-input.ts'
import { emptyForm, validateForm } from '../site/lib/pledge/pledge-form.ts'

const read = (lang: string) => JSON.parse(readFileSync(new URL(`../site/i18n/${lang}.json`, import.meta.url), 'utf8')) as Record<string, string>
const dictionaries = { en: read('en'), es: read('es') }

/** Every leaf path of a zod schema, with 0 for array elements: `commitments.0.area`, `contact.email`… */
function leafPaths(schema: z.ZodType, prefix: (string | number)[] = []): (string | number)[][] {
  if (schema instanceof z.ZodOptional) return leafPaths(schema.unwrap() as z.ZodType, prefix)
  if (schema instanceof z.ZodObject) return Object.entries(schema.shape).flatMap(([key, child]) => leafPaths(child as z.ZodType, [...prefix, key]))
  if (schema instanceof z.ZodArray) return [prefix, ...leafPaths(schema.element as z.ZodType, [...prefix, 0])]
  return [prefix]
}

class MemoryStorage implements DraftStorage {
  items = new Map<string, string>()
  getItem = (key: string) => this.items.get(key) ?? null
  setItem = (key: string, value: string) => void this.items.set(key, value)
  removeItem = (key: string) => void this.items.delete(key)
}

describe('error messages', () => {
  const paths = leafPaths(pledgeSubmission)

  it('walks the whole schema', () => {
    expect(paths.map((p) => p.join('.'))).toEqual(
      expect.arrayContaining(['organization.name', 'contact.phone', 'commitments.0.recommendations', 'selfAssessment.0.rating', 'agreed', 'locale']),
    )
  })

  it('map every field of pledgeSubmission to a message in English and Spanish', () => {
    for (const path of paths) {
      const key = errorKey(path)
      expect(key, path.join('.')).toBeDefined()
      for (const [lang, strings] of Object.entries(dictionaries)) expect(strings[key!]?.trim(), `${lang}: ${key}`).toBeTruthy()
      // The dotted form the CMS sends maps the same way.
      expect(errorKey(path.join('.'))).toBe(key)
    }
    // Every field the form knows is reachable from the schema, and has its own element to focus.
    expect(new Set(paths.map((p) => fieldPath(p)))).toEqual(new Set(pledgeFields))
    expect(new Set(pledgeFields.map(fieldId)).size).toBe(pledgeFields.length)
  })

  it('prefer our message and fall back to the server’s for unknown fields', () => {
    expect(errorMessage(dictionaries.es, 'contact.email', 'server says')).toBe(dictionaries.es['pledge.error.contact.email'])
    expect(errorMessage(dictionaries.es, 'commitments.2.area', 'server says')).toBe(dictionaries.es['pledge.error.commitments'])
    expect(errorMessage(dictionaries.es, 'idempotencyKey', 'server says')).toBe('server says')
  })

  it('Spanish messages are not the English ones', () => {
    for (const field of pledgeFields) expect(dictionaries.es[`pledge.error.${field}`]).not.toBe(dictionaries.en[`pledge.error.${field}`])
  })
})

describe('the form', () => {
  it('an empty form reports the required fields, by path', () => {
    const result = validateForm(emptyForm(), {}, 'en')
    expect(result.ok).toBe(false)
    expect(Object.keys(result.errors).sort()).toEqual(
      [
        'agreed',
        'commitments',
        'contact.email',
        'contact.name',
        'contact.title',
        'organization.chwCount',
        'organization.kind',
        'organization.name',
        'organization.region',
        'signerName',
        'signerTitle',
      ].sort(),
    )
  })

  it('a filled form becomes a valid submission: trimmed, empty optional fields left out, ratings included', () => {
    const form = emptyForm()
    form.organization = { name: ' Clínica del Valle ', kind: 'clinic', region: 'sonoma-county', website: '', chwCount: '1,200' }
    form.contact = { name: 'Ana Pérez', title: 'Directora', email: ' ana@example.org ', phone: '' }
    form.commitments = { hiring: ['no-degree-required'], training: [] }
    form.signerName = 'Ana Pérez'
    form.signerTitle = 'Directora'
    form.agreed = true
    const result = validateForm(form, { hiring: 'partly' }, 'es')
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.submission).toEqual({
      organization: { name: 'Clínica del Valle', kind: 'clinic', region: 'sonoma-county', chwCount: 1200 },
      contact: { name: 'Ana Pérez', title: 'Directora', email: 'ana@example.org' },
      commitments: [{ area: 'hiring', recommendations: ['no-degree-required'] }],
      selfAssessment: [{ area: 'hiring', rating: 'partly' }],
      consentToList: false,
      consentToStatistics: false,
      signerName: 'Ana Pérez',
      signerTitle: 'Directora',
      agreed: true,
      locale: 'es',
    })
    form.organization.chwCount = '12.5'
    expect(validateForm(form, {}, 'es').errors).toHaveProperty(['organization.chwCount'])
  })
})

describe('the draft', () => {
  it('round-trips through storage under one key for both languages', () => {
    const storage = new MemoryStorage()
    const draft = emptyDraft()
    draft.ratings = { recruitment: 'fully', hiring: 'not-started' }
    draft.showResults = true
    draft.form.organization.name = 'Clínica <del> Valle & Co'
    draft.form.commitments = { hiring: ['no-degree-required', 'chws-on-interview-panels'] }
    draft.form.agreed = true
    draft.keyState = { idempotencyKey: '2b1f6a54-8d47-4f3e-9a3a-0c8f5a0e2b11', rejected: true }
    draft.confirmed = { reference: 'PLG-0001' }
    expect(saveDraft(storage, draft)).toBe(true)
    expect([...storage.items.keys()]).toEqual([draftStorageKey])
    expect(loadDraft(storage)).toEqual(draft)
    clearDraft(storage)
    expect(loadDraft(storage)).toEqual(emptyDraft())
  })

  it('survives garbage, an old version and a browser that refuses storage', () => {
    const storage = new MemoryStorage()
    for (const junk of [
      '{',
      'null',
      '[]',
      '{"version":0,"form":{}}',
      '{"version":1,"ratings":{"hiring":"great"},"form":{"organization":{"name":7},"commitments":{"hiring":"x"}},"keyState":{"idempotencyKey":5}}',
    ]) {
      storage.items.set(draftStorageKey, junk)
      expect(loadDraft(storage)).toEqual(emptyDraft())
    }
    const refusing: DraftStorage = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('full')
      },
      removeItem: () => {},
    }
    expect(loadDraft(refusing)).toEqual(emptyDraft())
    expect(saveDraft(refusing, emptyDraft())).toBe(false)
    expect(loadDraft(undefined)).toEqual(emptyDraft())
  })
})

describe('input typed before the island hydrated', () => {
  const control = (name: string, type: string, value: string, checked = false) => ({ name, type, value, checked })
  it('is laid over the saved draft: filled or checked controls win, empty ones leave the draft alone', () => {
    const stored = emptyDraft()
    stored.form.organization.name = 'Saved name'
    stored.form.contact.email = 'saved@example.org'
    stored.form.commitments.hiring = ['chws-on-interview-panels']
    const { draft, changed } = applyEarlyInput(stored, [
      control('rating-hiring', 'radio', 'not-started'),
      control('rating-hiring', 'radio', 'partly', true),
      control('organization.name', 'text', 'Typed name'),
      control('organization.kind', 'select-one', 'clinic'),
      control('contact.email', 'email', ''),
      control('commit-hiring', 'checkbox', 'no-degree-required', true),
      control('commit-hiring', 'checkbox', 'chws-on-interview-panels'),
      control('commit-training', 'checkbox', 'shared-team-training'),
      control('statement', 'textarea', 'Typed statement'),
      control('agreed', 'checkbox', 'on', true),
      control('consentToList', 'checkbox', 'on'),
    ])
    expect(draft.ratings).toEqual({ hiring: 'partly' })
    expect(draft.form.organization).toMatchObject({ name: 'Typed name', kind: 'clinic' })
    expect(draft.form.contact.email).toBe('saved@example.org')
    // The form's order, whatever was chosen first.
    expect(draft.form.commitments).toEqual({ hiring: ['no-degree-required', 'chws-on-interview-panels'] })
    expect(draft.form.statement).toBe('Typed statement')
    expect(draft.form).toMatchObject({ agreed: true, consentToList: false })
    expect(changed.toSorted()).toEqual(['agreed', 'commitments', 'organization.kind', 'organization.name', 'selfAssessment', 'statement'])
    expect(stored.form.organization.name, 'the saved draft itself is not changed').toBe('Saved name')
  })

  it('changes nothing when nothing was typed', () => {
    const stored = emptyDraft()
    expect(applyEarlyInput(stored, [control('organization.name', 'text', ''), control('agreed', 'checkbox', 'on')])).toEqual({ draft: stored, changed: [] })
  })
})

describe('the self-assessment result', () => {
  it('sorts strengths and gaps and finds the weakest areas', () => {
    const result = assess({ recruitment: 'partly', hiring: 'not-started', training: 'fully', 'pay-and-benefits': 'not-started', 'scope-and-role': 'planning' })
    expect(result.strengths).toEqual(['training', 'recruitment'])
    expect(result.gaps).toEqual(['hiring', 'pay-and-benefits', 'scope-and-role'])
    expect(result.weakest).toEqual(['hiring', 'pay-and-benefits'])
    expect(result.unrated).toEqual(['integration-into-the-team', 'ongoing-professional-development', 'financial-sustainability'])
    expect(assess({ hiring: 'fully' }).weakest).toEqual([])
    expect(assess({ hiring: 'partly' }).weakest).toEqual(['hiring'])
  })

  it('suggests toolkits tagged with the weakest areas, the best match first', () => {
    const toolkits = [
      { title: 'B', frameworkAreas: ['hiring'] },
      { title: 'A', frameworkAreas: ['training'] },
      { title: 'C', frameworkAreas: ['hiring', 'pay-and-benefits'] },
      { title: 'D', frameworkAreas: ['pay-and-benefits'] },
    ]
    expect(toolkitsFor(toolkits, ['hiring', 'pay-and-benefits']).map((t) => t.title)).toEqual(['C', 'B', 'D'])
  })
})
