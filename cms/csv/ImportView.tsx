/** The admin page `/admin/csv-import`: the import form inside the admin's usual frame. */
import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'
import { hasRole } from '../access/roles.ts'
import { importableCollections } from './columns.ts'
import { type ColumnGuide, ImportForm } from './ImportForm.tsx'

export function ImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const t = req.i18n.t as (key: string) => string
  const allowed = hasRole(req.user as never, 'admin', 'editor')
  const lang = req.i18n.language === 'es' ? 'es' : 'en'
  // Each collection's columns with what to write in them, in the admin's language (cms/csv/columns.ts).
  const guide = Object.fromEntries(
    Object.entries(importableCollections).map(([slug, columns]) => [
      slug,
      columns.map((c) => ({ name: c.name, required: Boolean(c.required), help: c.help[lang] })),
    ]),
  ) as ColumnGuide
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <div className="gutter--left gutter--right" style={{ paddingBlock: 'var(--base)', maxWidth: '70rem' }}>
        <h1>{t('csvImport:title')}</h1>
        {allowed ? <ImportForm columns={guide} /> : <p role="alert">{t('csvImport:onlyEditors')}</p>}
      </div>
    </DefaultTemplate>
  )
}
