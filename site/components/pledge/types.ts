/** What the pledge page hands its islands: already localized, so the islands carry no content logic. */
import type { FrameworkAreaSlug } from '../../../content/schema.ts'

/** UI strings by key (site/i18n/<locale>.json), only those the islands use. */
export type Strings = Record<string, string>

/** `format('{n} of {total}', { n: 2, total: 8 })`. */
export function format(template: string | undefined, values: Record<string, string | number> = {}): string {
  return (template ?? '').replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`))
}

/** Content text in the page's language; `lang` is set when English stands in for a missing translation. */
export type Text = { text: string; lang?: string }

export type AreaView = {
  slug: FrameworkAreaSlug
  title: Text
  summary: Text
  recommendations: { slug: string; text: Text }[]
}

export type ToolkitView = { slug: string; title: string; href: string; frameworkAreas: string[] }

export type Option = { value: string; label: string }
