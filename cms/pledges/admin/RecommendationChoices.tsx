'use client'
/**
 * The recommendations of a commitment row: for reviewers a list of their texts; for admins one
 * checkbox per recommendation of the row's area, labelled with its text. A slug that is not in
 * the framework (any more) is shown and flagged, never dropped silently.
 */
import { FieldError, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import { useId } from 'react'
import { pledgeWords } from './rowLabelWords.ts'

type Choice = { value: string; label: string }
/** Each framework area's recommendations, by area slug, in the admin's language. */
export type AreaChoices = Record<string, Choice[]>

type Props = { path: string; readOnly: boolean; byArea: AreaChoices; label: string; description: string }

export function RecommendationChoices({ path: renderedPath, readOnly, byArea, label, description }: Props) {
  const { value, setValue, path, showError, errorMessage } = useField<string[] | null>({ potentiallyStalePath: renderedPath })
  const area = useFormFields(([fields]) => fields[path.replace(/recommendations$/, 'area')]?.value) as string | undefined
  const { i18n } = useTranslation()
  const words = pledgeWords(i18n.language)
  const id = useId()
  const chosen = Array.isArray(value) ? value : []
  const choices = (area && byArea[area]) || []
  const known = new Set(choices.map((c) => c.value))
  const unknown = chosen.filter((slug) => !known.has(slug))
  const flag = (slug: string) => (
    <>
      <strong>{words.notInFramework}:</strong> <code>{slug}</code>
    </>
  )

  if (readOnly) {
    return (
      // biome-ignore lint/a11y/useSemanticElements: a read-only list of choices, styled as the admin's other fields; a fieldset would bring its own border and legend.
      <div className="field-type recommendation-choices" role="group" aria-labelledby={`${id}-label`} style={{ marginBottom: 'var(--base)' }}>
        <div id={`${id}-label`} className="field-label">
          {label}
        </div>
        {chosen.length === 0 ? (
          <p>{words.noneChosen}</p>
        ) : (
          <ul style={{ margin: 0, paddingInlineStart: '1.25em' }}>
            {chosen.map((slug) => (
              <li key={slug} data-recommendation={slug}>
                {known.has(slug) ? choices.find((c) => c.value === slug)!.label : flag(slug)}
              </li>
            ))}
          </ul>
        )}
      </div>
    )
  }

  // Framework order, then whatever chosen slug the framework does not have.
  const toggle = (slug: string, on: boolean) => {
    const next = new Set(chosen)
    if (on) next.add(slug)
    else next.delete(slug)
    setValue([...choices.map((c) => c.value), ...unknown].filter((s) => next.has(s)))
  }
  return (
    <fieldset className="field-type recommendation-choices" aria-describedby={`${id}-description`} style={{ border: 0, padding: 0, margin: '0 0 var(--base)' }}>
      <legend className="field-label">{label}</legend>
      <FieldError path={path} message={errorMessage} showError={showError} />
      {!area && <p>{words.chooseAreaFirst}</p>}
      {[...choices, ...unknown.map((slug) => ({ value: slug, label: '' }))].map((choice) => (
        <label key={choice.value} style={{ display: 'flex', gap: 'calc(var(--base) / 2)', alignItems: 'baseline', marginBlock: 'calc(var(--base) / 4)' }}>
          <input type="checkbox" checked={chosen.includes(choice.value)} onChange={(event) => toggle(choice.value, event.target.checked)} />
          <span>{choice.label || flag(choice.value)}</span>
        </label>
      ))}
      <p id={`${id}-description`} className="field-description">
        {description}
      </p>
    </fieldset>
  )
}
