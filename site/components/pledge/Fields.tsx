/**
 * Labelled form controls in the GOV.UK pattern: label, optional hint, the error message (in the
 * page's language) between hint and control, all tied to the control with aria-describedby.
 */
import type { ReactNode } from 'react'
import { fieldId } from '../../lib/pledge/pledge-errors.ts'
import type { Option, Strings } from './types.ts'

type FieldProps = {
  field: string
  label: string
  strings: Strings
  hint?: string
  error?: string
  required?: boolean
}

/** The ids a control is described by: its hint, then its error. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
}

function Label({ id, label, required, strings }: { id: string; label: string; required?: boolean; strings: Strings }) {
  return (
    <label className="field-label" htmlFor={id}>
      {label}
      {required && <span className="field-required"> ({strings['pledge.form.required']})</span>}
    </label>
  )
}

export function HintAndError({ id, hint, error, strings }: { id: string; hint?: string; error?: string; strings: Strings }) {
  return (
    <>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          <span className="visually-hidden">{strings['pledge.errors.prefix']} </span>
          {error}
        </p>
      )}
    </>
  )
}

type TextFieldProps = FieldProps & {
  value: string
  onChange: (value: string) => void
  onBlur: () => void
  type?: 'text' | 'email' | 'tel' | 'url'
  autoComplete?: string
  inputMode?: 'numeric' | 'email' | 'tel' | 'url' | 'text'
  spellCheck?: boolean
  width?: 'short' | 'full'
  multiline?: boolean
  after?: ReactNode
}

export function TextField(props: TextFieldProps) {
  const id = fieldId(props.field)
  const common = {
    id,
    name: props.field,
    value: props.value,
    'aria-describedby': describedBy(id, props.hint, props.error),
    'aria-invalid': props.error ? true : undefined,
    'aria-required': props.required ? true : undefined,
    onBlur: props.onBlur,
  }
  return (
    <div className={`field${props.error ? ' field--error' : ''}`}>
      <Label id={id} label={props.label} required={props.required} strings={props.strings} />
      <HintAndError id={id} hint={props.hint} error={props.error} strings={props.strings} />
      {props.multiline ? (
        <textarea {...common} rows={5} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          className={props.width === 'short' ? 'input--short' : undefined}
          type={props.type ?? 'text'}
          autoComplete={props.autoComplete}
          inputMode={props.inputMode}
          spellCheck={props.spellCheck}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
      {props.after}
    </div>
  )
}

type SelectFieldProps = FieldProps & { value: string; options: Option[]; onChange: (value: string) => void; onBlur: () => void }

export function SelectField(props: SelectFieldProps) {
  const id = fieldId(props.field)
  return (
    <div className={`field${props.error ? ' field--error' : ''}`}>
      <Label id={id} label={props.label} required={props.required} strings={props.strings} />
      <HintAndError id={id} hint={props.hint} error={props.error} strings={props.strings} />
      <select
        id={id}
        name={props.field}
        value={props.value}
        aria-describedby={describedBy(id, props.hint, props.error)}
        aria-invalid={props.error ? true : undefined}
        aria-required={props.required ? true : undefined}
        onChange={(e) => props.onChange(e.target.value)}
        onBlur={props.onBlur}
      >
        <option value="">{props.strings['pledge.form.choose']}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}

type CheckboxProps = {
  id: string
  name: string
  value?: string
  label: ReactNode
  checked: boolean
  onChange: (checked: boolean) => void
  describedBy?: string
  invalid?: boolean
  required?: boolean
  lang?: string
}

export function Checkbox(props: CheckboxProps) {
  return (
    <div className="choice">
      <input
        id={props.id}
        name={props.name}
        value={props.value}
        type="checkbox"
        checked={props.checked}
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid ? true : undefined}
        aria-required={props.required ? true : undefined}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={props.id} lang={props.lang}>
        {props.label}
      </label>
    </div>
  )
}
