/** A link to the import page under the admin's navigation, for editors and admins. */
import type { ServerProps } from 'payload'
import { hasRole } from '../access/roles.ts'

export function ImportNavLink({ user, i18n }: ServerProps) {
  if (!hasRole(user as never, 'admin', 'editor')) return null
  const t = i18n.t as (key: string) => string
  return (
    <a className="nav__link" href="/admin/csv-import" style={{ display: 'block', paddingBlock: 'calc(var(--base) / 4)' }}>
      {t('csvImport:navLink')}
    </a>
  )
}
