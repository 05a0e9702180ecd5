/**
 * What the user did in the server-rendered pledge form before its island hydrated (it hydrates at
 * the first interaction, see site/lib/client-interaction.ts): the form's controls as the browser
 * holds them, laid over the saved draft. The server renders an empty form, so a control that is
 * not empty, or is checked, was filled in by the user (or by the browser restoring the page) and
 * wins over the draft.
 */
import { frameworkAreaSlugs, selfAssessmentRatings } from '../../../content/schema.ts'
import type { PledgeDraft } from './pledge-draft.ts'
import type { PledgeForm } from './pledge-form.ts'

/** One form control as the DOM holds it. */
export type ControlState = { name: string; type: string; value: string; checked: boolean }

export function readControls(root: ParentNode): ControlState[] {
  return [...root.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea')].map((c) => ({
    name: c.name,
    type: c.type,
    value: c.value,
    checked: c instanceof HTMLInputElement && c.checked,
  }))
}

const textFields = {
  'organization.name': ['organization', 'name'],
  'organization.kind': ['organization', 'kind'],
  'organization.region': ['organization', 'region'],
  'organization.website': ['organization', 'website'],
  'organization.chwCount': ['organization', 'chwCount'],
  'contact.name': ['contact', 'name'],
  'contact.title': ['contact', 'title'],
  'contact.email': ['contact', 'email'],
  'contact.phone': ['contact', 'phone'],
  statement: [undefined, 'statement'],
  signerName: [undefined, 'signerName'],
  signerTitle: [undefined, 'signerTitle'],
  fax: [undefined, 'fax'],
} as const

/** The draft with the early input laid over it, and the fields (pledge field paths) that input changed. */
export function applyEarlyInput(stored: PledgeDraft, controls: ControlState[]): { draft: PledgeDraft; changed: string[] } {
  const form: PledgeForm = {
    ...stored.form,
    organization: { ...stored.form.organization },
    contact: { ...stored.form.contact },
    commitments: { ...stored.form.commitments },
  }
  const ratings = { ...stored.ratings }
  const changed = new Set<string>()
  for (const control of controls) {
    if (control.type === 'radio') {
      const area = frameworkAreaSlugs.find((a) => control.name === `rating-${a}`)
      const rating = selfAssessmentRatings.find((r) => r === control.value)
      if (control.checked && area && rating) {
        ratings[area] = rating
        changed.add('selfAssessment')
      }
    } else if (control.type === 'checkbox') {
      if (!control.checked) continue
      const area = frameworkAreaSlugs.find((a) => control.name === `commit-${a}`)
      if (area) {
        const chosen = form.commitments[area] ?? []
        if (!chosen.includes(control.value)) form.commitments[area] = [...chosen, control.value]
        changed.add('commitments')
      } else if (control.name === 'consentToList' || control.name === 'consentToStatistics' || control.name === 'agreed') {
        form[control.name] = true
        changed.add(control.name)
      }
    } else if (control.value !== '' && control.name in textFields) {
      const [group, key] = textFields[control.name as keyof typeof textFields]
      if (group) (form[group] as Record<string, string>)[key] = control.value
      else (form as unknown as Record<string, string>)[key] = control.value
      changed.add(control.name)
    }
  }
  // Commitments in the form's order (the framework's), as ticking them after hydration keeps them.
  for (const area of frameworkAreaSlugs) {
    const order = controls.filter((c) => c.type === 'checkbox' && c.name === `commit-${area}`).map((c) => c.value)
    const chosen = form.commitments[area]
    if (chosen && order.length) form.commitments[area] = chosen.toSorted((a, b) => order.indexOf(a) - order.indexOf(b))
  }
  return { draft: changed.size ? { ...stored, form, ratings } : stored, changed: [...changed] }
}
