/**
 * A staff password is at least 12 characters and not guessable (zxcvbn score 3 of 4 or more: not a
 * common password, a keyboard run, a repetition or a variation of the account's own email or
 * name). Checked on every way a password is set: a new account, a change, a reset.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'
import * as english from '@zxcvbn-ts/language-en'
import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...english.dictionary },
  graphs: common.adjacencyGraphs,
})

const minPasswordLength = 12

const messages = {
  en: {
    short: `Use at least ${minPasswordLength} characters.`,
    weak: 'This password is too easy to guess. Use a few unrelated words, or a password manager.',
  },
  es: {
    short: `Use al menos ${minPasswordLength} caracteres.`,
    weak: 'Esta contraseña es muy fácil de adivinar. Use varias palabras sin relación entre sí, o un gestor de contraseñas.',
  },
}

/** What is wrong with `password`, in `lang`; undefined when it is strong enough. */
function passwordProblem(password: string, lang: 'en' | 'es', userInputs: string[] = []): string | undefined {
  if ([...password].length < minPasswordLength) return messages[lang].short
  const inputs = userInputs.flatMap((s) => s.split(/[@.\s_-]+/)).filter((s) => s.length >= 3)
  return zxcvbn.check(password, inputs).score < 3 ? messages[lang].weak : undefined
}

export const requireStrongPassword: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const data = (args as { data?: Record<string, unknown> }).data
  const password = data?.password
  if (typeof password !== 'string') return args
  const lang = req.i18n?.language === 'es' ? 'es' : 'en'
  const userInputs = [data?.email, data?.name, req.user?.email].filter((v): v is string => typeof v === 'string')
  const problem = passwordProblem(password, lang, userInputs)
  if (problem) throw new ValidationError({ collection: 'users', errors: [{ path: 'password', message: problem }] })
  return args
}
