/**
 * Step 2, the pledge form: organisation, private contact, commitments per area, statement,
 * listing consent, signature and agreement, the honeypot, and the submit button with its status.
 */
import type { FrameworkAreaSlug } from '../../../content/schema.ts'
import { fieldId } from '../../lib/pledge/pledge-errors.ts'
import type { PledgeForm } from '../../lib/pledge/pledge-form.ts'
import { Checkbox, HintAndError, SelectField, TextField, describedBy } from './Fields.tsx'
import { type AreaView, type Option, type Strings, format } from './types.ts'

export type SignFormProps = {
  form: PledgeForm
  errors: Record<string, string>
  strings: Strings
  areas: AreaView[]
  kinds: Option[]
  regions: Option[]
  /** The element holding the pledge text, outside the island. */
  pledgeTextId: string
  update: (field: string, change: (form: PledgeForm) => PledgeForm) => void
  touch: (field: string) => void
  sending: boolean
  onSubmit: () => void
}

export default function SignForm(props: SignFormProps) {
  const { form, errors, strings: s, update, touch } = props
  const text = (field: string, label: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => {
    const [group, key] = field.includes('.') ? (field.split('.') as ['organization' | 'contact', string]) : [undefined, field]
    const value = group ? (form[group] as Record<string, string>)[key] : (form as unknown as Record<string, string>)[key]
    return (
      <TextField
        field={field}
        label={label}
        strings={s}
        error={errors[field]}
        value={value}
        onBlur={() => touch(field)}
        onChange={(next) => update(field, (f) => (group ? { ...f, [group]: { ...f[group], [key]: next } } : { ...f, [key]: next }))}
        {...extra}
      />
    )
  }
  const toggle = (area: FrameworkAreaSlug, recommendation: string, on: boolean) =>
    update('commitments', (f) => {
      const chosen = new Set(f.commitments[area] ?? [])
      if (on) chosen.add(recommendation)
      else chosen.delete(recommendation)
      // Keep the framework's order, whatever order they were ticked in.
      const ordered = props.areas
        .find((a) => a.slug === area)!
        .recommendations.map((r) => r.slug)
        .filter((r) => chosen.has(r))
      return { ...f, commitments: { ...f.commitments, [area]: ordered } }
    })
  const commitmentsId = fieldId('commitments')
  const agreedId = fieldId('agreed')
  const consentId = fieldId('consentToList')
  const statisticsId = fieldId('consentToStatistics')
  return (
    <form className="pledge-form" noValidate aria-labelledby="pledge-form-title" onSubmit={(e) => (e.preventDefault(), props.onSubmit())}>
      <fieldset>
        <legend>
          <h3>{s['pledge.form.organization']}</h3>
        </legend>
        {text('organization.name', s['pledge.form.orgName'], { required: true, autoComplete: 'organization' })}
        <SelectField
          field="organization.kind"
          label={s['pledge.form.orgKind']}
          strings={s}
          required
          value={form.organization.kind}
          options={props.kinds}
          error={errors['organization.kind']}
          onBlur={() => touch('organization.kind')}
          onChange={(v) => update('organization.kind', (f) => ({ ...f, organization: { ...f.organization, kind: v } }))}
        />
        <SelectField
          field="organization.region"
          label={s['pledge.form.region']}
          hint={s['pledge.form.regionHint']}
          strings={s}
          required
          value={form.organization.region}
          options={props.regions}
          error={errors['organization.region']}
          onBlur={() => touch('organization.region')}
          onChange={(v) => update('organization.region', (f) => ({ ...f, organization: { ...f.organization, region: v } }))}
        />
        {text('organization.website', s['pledge.form.website'], { hint: s['pledge.form.websiteHint'], type: 'url', autoComplete: 'url', spellCheck: false })}
        {text('organization.chwCount', s['pledge.form.chwCount'], {
          hint: s['pledge.form.chwCountHint'],
          required: true,
          inputMode: 'numeric',
          autoComplete: 'off',
          width: 'short',
        })}
      </fieldset>

      <fieldset aria-describedby="pledge-contact-hint">
        <legend>
          <h3>{s['pledge.form.contact']}</h3>
        </legend>
        <p className="field-hint private-note" id="pledge-contact-hint">
          {s['pledge.form.contactHint']}
        </p>
        {text('contact.name', s['pledge.form.contactName'], { required: true, autoComplete: 'name' })}
        {text('contact.title', s['pledge.form.contactTitle'], { required: true, autoComplete: 'organization-title' })}
        {text('contact.email', s['pledge.form.email'], {
          hint: s['pledge.form.emailHint'],
          required: true,
          type: 'email',
          autoComplete: 'email',
          spellCheck: false,
        })}
        {text('contact.phone', s['pledge.form.phone'], { type: 'tel', autoComplete: 'tel', width: 'short' })}
      </fieldset>

      <fieldset
        className={errors.commitments ? 'field--error' : undefined}
        aria-describedby={describedBy('pledge-commitments-group', s['pledge.form.commitmentsHint'], errors.commitments)}
      >
        <legend>
          <h3>
            {s['pledge.form.commitments']}
            <span className="field-required"> ({s['pledge.form.required']})</span>
          </h3>
        </legend>
        <HintAndError id="pledge-commitments-group" hint={s['pledge.form.commitmentsHint']} error={errors.commitments} strings={s} />
        {props.areas.map((area, areaIndex) => (
          <fieldset key={area.slug} className="commitment-area">
            <legend lang={area.title.lang}>{area.title.text}</legend>
            {area.recommendations.map((r, i) => (
              <Checkbox
                key={r.slug}
                id={areaIndex === 0 && i === 0 ? commitmentsId : `commit-${area.slug}-${r.slug}`}
                name={`commit-${area.slug}`}
                value={r.slug}
                label={r.text.text}
                lang={r.text.lang}
                checked={(form.commitments[area.slug] ?? []).includes(r.slug)}
                invalid={Boolean(errors.commitments)}
                onChange={(on) => toggle(area.slug, r.slug, on)}
              />
            ))}
          </fieldset>
        ))}
      </fieldset>

      <fieldset>
        <legend>
          <h3>{s['pledge.form.listing']}</h3>
        </legend>
        {text('statement', s['pledge.form.statement'], {
          hint: s['pledge.form.statementHint'],
          multiline: true,
          after: (
            <p className="field-hint" aria-hidden="true">
              {format(s['pledge.form.statementCount'], { n: form.statement.trim().length })}
            </p>
          ),
        })}
        <Checkbox
          id={consentId}
          name="consentToList"
          label={s['pledge.form.consent']}
          checked={form.consentToList}
          describedBy={`${consentId}-hint`}
          onChange={(on) => update('consentToList', (f) => ({ ...f, consentToList: on }))}
        />
        <p className="field-hint choice-hint" id={`${consentId}-hint`}>
          {s['pledge.form.consentHint']}
        </p>
        <Checkbox
          id={statisticsId}
          name="consentToStatistics"
          label={s['pledge.form.consentStatistics']}
          checked={form.consentToStatistics}
          describedBy={`${statisticsId}-hint`}
          onChange={(on) => update('consentToStatistics', (f) => ({ ...f, consentToStatistics: on }))}
        />
        <p className="field-hint choice-hint" id={`${statisticsId}-hint`}>
          {s['pledge.form.consentStatisticsHint']}
        </p>
      </fieldset>

      <fieldset>
        <legend>
          <h3>{s['pledge.form.signature']}</h3>
        </legend>
        {text('signerName', s['pledge.form.signerName'], { hint: s['pledge.form.signerNameHint'], required: true, autoComplete: 'name' })}
        {text('signerTitle', s['pledge.form.signerTitle'], { required: true, autoComplete: 'organization-title' })}
        <div className={`field${errors.agreed ? ' field--error' : ''}`}>
          <HintAndError id={agreedId} error={errors.agreed} strings={s} />
          <Checkbox
            id={agreedId}
            name="agreed"
            required
            invalid={Boolean(errors.agreed)}
            describedBy={describedBy(agreedId, undefined, errors.agreed)}
            label={
              <>
                {s['pledge.form.agree']}
                <span className="field-required"> ({s['pledge.form.required']})</span>
              </>
            }
            checked={form.agreed}
            onChange={(on) => update('agreed', (f) => ({ ...f, agreed: on }))}
          />
          <p className="choice-hint">
            <a href={`#${props.pledgeTextId}`}>{s['pledge.form.readText']}</a>
          </p>
        </div>
      </fieldset>

      {/* The honeypot: off screen, out of the tab order and the accessibility tree. Bots fill it in. */}
      <div className="pledge-hp" aria-hidden="true">
        <label htmlFor="pledge-fax">{s['pledge.form.honeypot']}</label>
        <input
          id="pledge-fax"
          name="fax"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          value={form.fax}
          onChange={(e) => update('fax', (f) => ({ ...f, fax: e.target.value }))}
        />
      </div>

      <p className="actions">
        <button type="submit" id="pledge-submit" aria-disabled={props.sending ? true : undefined}>
          {s['pledge.form.submit']}
        </button>
      </p>
    </form>
  )
}
