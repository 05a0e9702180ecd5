/**
 * The CSV format of job postings and training programs: one row per listing, one column per
 * field, the same headers for import and export. Column names are the field's path with `_`
 * (`pay_min`, `location_region`), the Spanish text of a field is `<column>_es`. Relationships are
 * given by slug or by name; several values in one cell are separated by `;`, several lines
 * (duties, other requirements) by `|`.
 *
 * Each column says where its value goes in the contract's shape (content/schema.ts), so a row
 * becomes a snapshot document, is validated by the same zod schema the export uses, and is saved
 * with the seed's own mapping (cms/snapshot/toCms.ts).
 */
import { costTypes, employmentTypes, payUnits, trainingFormats, trainingPaces, workModes } from '../../content/schema.ts'
import { slugs } from '../slugs.ts'

export const refKinds = ['organizations', 'workerTypes', 'regions', 'languages', 'coreRoles'] as const
export type RefKind = (typeof refKinds)[number]

type ColumnType =
  | { type: 'slug' }
  | { type: 'text'; max?: number; locale: 'en' | 'es' }
  | { type: 'plain'; max?: number }
  | { type: 'richText'; locale: 'en' | 'es' }
  | { type: 'lines'; locale: 'en' }
  | { type: 'ref'; kind: RefKind }
  | { type: 'refs'; kind: RefKind }
  | { type: 'bool' }
  | { type: 'number' }
  | { type: 'day' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'sessions' }

export type Column = ColumnType & {
  name: string
  /** Where the value goes in the contract document; for `text`, the path of the `{ en, es }` object. */
  path: string[]
  required?: boolean
  /** What staff put in it, for the README table and the import page. */
  help: { en: string; es: string }
}

const en = (name: string, path: string[], help: Column['help'], options: { required?: boolean; max?: number; richText?: boolean } = {}): Column[] => [
  options.richText
    ? { name, path, type: 'richText', locale: 'en', required: options.required, help }
    : { name, path, type: 'text', locale: 'en', max: options.max, required: options.required, help },
  options.richText
    ? { name: `${name}_es`, path, type: 'richText', locale: 'es', help: { en: `${help.en} In Spanish (optional).`, es: `${help.es} En español (opcional).` } }
    : {
        name: `${name}_es`,
        path,
        type: 'text',
        locale: 'es',
        max: options.max,
        help: { en: `${help.en} In Spanish (optional).`, es: `${help.es} En español (opcional).` },
      },
]

const slugColumn: Column = {
  name: 'slug',
  path: ['slug'],
  type: 'slug',
  help: {
    en: 'The listing’s short name in its web address; the key that finds it again on a later import. Leave empty to make it from the title.',
    es: 'El nombre corto del anuncio en su dirección web; la clave con la que se encuentra en una importación posterior. Déjelo vacío para crearlo a partir del título.',
  },
}

// Columns jobs and trainings share.
const workerTypesColumn: Column = {
  name: 'workerTypes',
  path: ['workerTypes'],
  type: 'refs',
  kind: 'workerTypes',
  required: true,
  help: { en: 'Worker types, separated by ;', es: 'Tipos de trabajador, separados por ;' },
}
const summaryColumns = en(
  'summary',
  ['summary'],
  { en: 'One or two sentences for listings.', es: 'Una o dos oraciones para los listados.' },
  { required: true, max: 500 },
)
/** The rich-text description, written as Markdown in a cell; `what` starts the help text. */
const descriptionColumns = (what: Column['help']) =>
  en(
    'description',
    ['description'],
    {
      en: `${what.en} Markdown: a blank line between paragraphs, - for a list item, ## for a heading, **bold**, [text](https://…) for a link.`,
      es: `${what.es} Markdown: una línea en blanco entre párrafos, - para un elemento de lista, ## para un título, **negrita**, [texto](https://…) para un enlace.`,
    },
    { richText: true },
  )

export const jobPostingColumns: Column[] = [
  slugColumn,
  ...en('title', ['title'], { en: 'Job title.', es: 'Título del puesto.' }, { required: true, max: 200 }),
  {
    name: 'employer',
    path: ['employer'],
    type: 'ref',
    kind: 'organizations',
    required: true,
    help: { en: 'Hiring organization: slug or name.', es: 'Organización que contrata: slug o nombre.' },
  },
  workerTypesColumn,
  ...summaryColumns,
  ...descriptionColumns({ en: 'The full posting.', es: 'La oferta completa.' }),
  { name: 'duties', path: ['duties'], type: 'lines', locale: 'en', help: { en: 'Main duties, separated by |', es: 'Tareas principales, separadas por |' } },
  {
    name: 'requirements_degreeRequired',
    path: ['requirements', 'degreeRequired'],
    type: 'bool',
    help: { en: 'yes if a degree is required.', es: 'yes si se requiere un título.' },
  },
  {
    name: 'requirements_livedExperienceValued',
    path: ['requirements', 'livedExperienceValued'],
    type: 'bool',
    help: { en: 'yes if lived experience counts.', es: 'yes si se valora la experiencia vivida.' },
  },
  {
    name: 'requirements_certificationRequired',
    path: ['requirements', 'certificationRequired'],
    type: 'bool',
    help: { en: 'yes if state certification is required to start.', es: 'yes si se requiere la certificación estatal para empezar.' },
  },
  {
    name: 'requirements_other',
    path: ['requirements', 'other'],
    type: 'lines',
    locale: 'en',
    help: { en: 'Other requirements, separated by |', es: 'Otros requisitos, separados por |' },
  },
  {
    name: 'languages_required',
    path: ['languages', 'required'],
    type: 'refs',
    kind: 'languages',
    help: { en: 'Languages required, separated by ;', es: 'Idiomas requeridos, separados por ;' },
  },
  {
    name: 'languages_preferred',
    path: ['languages', 'preferred'],
    type: 'refs',
    kind: 'languages',
    help: { en: 'Languages preferred, separated by ;', es: 'Idiomas preferidos, separados por ;' },
  },
  { name: 'location_city', path: ['location', 'city'], type: 'plain', max: 100, help: { en: 'City.', es: 'Ciudad.' } },
  { name: 'location_county', path: ['location', 'county'], type: 'plain', max: 100, help: { en: 'County.', es: 'Condado.' } },
  {
    name: 'location_state',
    path: ['location', 'state'],
    type: 'plain',
    required: true,
    help: {
      en: 'Two-letter state code, e.g. CA (US for remote anywhere).',
      es: 'Código de estado de dos letras, p. ej., CA (US si es remoto en todo el país).',
    },
  },
  {
    name: 'location_zip',
    path: ['location', 'zip'],
    type: 'plain',
    help: { en: 'Five-digit ZIP code (optional).', es: 'Código postal de cinco dígitos (opcional).' },
  },
  {
    name: 'location_region',
    path: ['location', 'region'],
    type: 'ref',
    kind: 'regions',
    required: true,
    help: { en: 'Region readers filter by: slug or name.', es: 'Región por la que filtran los lectores: slug o nombre.' },
  },
  { name: 'workMode', path: ['workMode'], type: 'enum', values: workModes, required: true, help: { en: workModes.join(', '), es: workModes.join(', ') } },
  {
    name: 'employmentType',
    path: ['employmentType'],
    type: 'enum',
    values: employmentTypes,
    required: true,
    help: { en: employmentTypes.join(', '), es: employmentTypes.join(', ') },
  },
  { name: 'pay_min', path: ['pay', 'min'], type: 'number', required: true, help: { en: 'Lowest pay, a number.', es: 'Sueldo más bajo, un número.' } },
  { name: 'pay_max', path: ['pay', 'max'], type: 'number', help: { en: 'Highest pay, a number.', es: 'Sueldo más alto, un número.' } },
  { name: 'pay_unit', path: ['pay', 'unit'], type: 'enum', values: payUnits, required: true, help: { en: payUnits.join(', '), es: payUnits.join(', ') } },
  ...en('benefits', ['benefits'], { en: 'Benefits in a few words.', es: 'Prestaciones en pocas palabras.' }, { max: 1000 }),
  { name: 'howToApply_url', path: ['howToApply', 'url'], type: 'plain', help: { en: 'Application page (https://…).', es: 'Página de solicitud (https://…).' } },
  { name: 'howToApply_email', path: ['howToApply', 'email'], type: 'plain', help: { en: 'Where applications go.', es: 'A dónde se envían las solicitudes.' } },
  ...en('howToApply_instructions', ['howToApply', 'instructions'], { en: 'What to send.', es: 'Qué enviar.' }, { max: 1000 }),
  { name: 'postedDate', path: ['postedDate'], type: 'day', required: true, help: { en: 'YYYY-MM-DD.', es: 'AAAA-MM-DD.' } },
  { name: 'closingDate', path: ['closingDate'], type: 'day', help: { en: 'Last day to apply, YYYY-MM-DD.', es: 'Último día para solicitar, AAAA-MM-DD.' } },
  { name: 'closed', path: ['closed'], type: 'bool', help: { en: 'yes if already filled.', es: 'yes si ya se cubrió.' } },
]

export const trainingProgramColumns: Column[] = [
  slugColumn,
  ...en('title', ['title'], { en: 'Program name.', es: 'Nombre del programa.' }, { required: true, max: 200 }),
  {
    name: 'provider',
    path: ['provider'],
    type: 'ref',
    kind: 'organizations',
    required: true,
    help: { en: 'Organization that runs it: slug or name.', es: 'Organización que lo ofrece: slug o nombre.' },
  },
  ...summaryColumns,
  ...descriptionColumns({ en: 'Full description.', es: 'Descripción completa.' }),
  workerTypesColumn,
  {
    name: 'coreRoles',
    path: ['coreRoles'],
    type: 'refs',
    kind: 'coreRoles',
    help: { en: 'C3 core roles, separated by ;', es: 'Roles básicos del C3, separados por ;' },
  },
  {
    name: 'format',
    path: ['format'],
    type: 'enum',
    values: trainingFormats,
    required: true,
    help: { en: trainingFormats.join(', '), es: trainingFormats.join(', ') },
  },
  { name: 'pace', path: ['pace'], type: 'enum', values: trainingPaces, required: true, help: { en: trainingPaces.join(', '), es: trainingPaces.join(', ') } },
  { name: 'hours', path: ['hours'], type: 'number', help: { en: 'Total hours of instruction.', es: 'Total de horas de instrucción.' } },
  {
    name: 'languages',
    path: ['languages'],
    type: 'refs',
    kind: 'languages',
    required: true,
    help: { en: 'Languages taught in, separated by ;', es: 'Idiomas en que se imparte, separados por ;' },
  },
  {
    name: 'regions',
    path: ['regions'],
    type: 'refs',
    kind: 'regions',
    required: true,
    help: { en: 'Regions offered in, separated by ;', es: 'Regiones donde se ofrece, separadas por ;' },
  },
  {
    name: 'location_city',
    path: ['location', 'city'],
    type: 'plain',
    max: 100,
    help: { en: 'City where it meets in person.', es: 'Ciudad donde se reúne en persona.' },
  },
  {
    name: 'location_state',
    path: ['location', 'state'],
    type: 'plain',
    help: { en: 'Two-letter state code of that city, e.g. OR.', es: 'Código de estado de dos letras de esa ciudad, p. ej., OR.' },
  },
  {
    name: 'location_zip',
    path: ['location', 'zip'],
    type: 'plain',
    help: { en: 'Five-digit ZIP code (optional).', es: 'Código postal de cinco dígitos (opcional).' },
  },
  { name: 'cost_type', path: ['cost', 'type'], type: 'enum', values: costTypes, required: true, help: { en: costTypes.join(', '), es: costTypes.join(', ') } },
  { name: 'cost_amount', path: ['cost', 'amount'], type: 'number', help: { en: 'US dollars for a paid program.', es: 'Dólares si tiene costo.' } },
  {
    name: 'cost_stipendOffered',
    path: ['cost', 'stipendOffered'],
    type: 'bool',
    help: { en: 'yes if participants are paid.', es: 'yes si se paga a los participantes.' },
  },
  ...en('cost_note', ['cost', 'note'], { en: 'Scholarships, sponsorship…', es: 'Becas, patrocinio…' }, { max: 500 }),
  {
    name: 'certification_approved',
    path: ['certification', 'approved'],
    type: 'bool',
    help: { en: 'yes if approved for state certification.', es: 'yes si está aprobado para la certificación estatal.' },
  },
  {
    name: 'certification_state',
    path: ['certification', 'state'],
    type: 'plain',
    help: { en: 'Approving state, e.g. OR.', es: 'Estado que lo aprobó, p. ej., OR.' },
  },
  { name: 'certification_body', path: ['certification', 'body'], type: 'plain', max: 200, help: { en: 'Approving body.', es: 'Organismo que lo aprobó.' } },
  {
    name: 'sessions',
    path: ['sessions'],
    type: 'sessions',
    help: { en: 'Start/end dates, e.g. 2027-01-12/2027-03-30; 2027-04-05', es: 'Fechas de inicio/fin, p. ej., 2027-01-12/2027-03-30; 2027-04-05' },
  },
  {
    name: 'registrationUrl',
    path: ['registrationUrl'],
    type: 'plain',
    required: true,
    help: { en: 'Where people register (https://…).', es: 'Dónde inscribirse (https://…).' },
  },
  { name: 'contact_name', path: ['contact', 'name'], type: 'plain', max: 120, help: { en: 'Public contact name.', es: 'Nombre de contacto público.' } },
  { name: 'contact_email', path: ['contact', 'email'], type: 'plain', help: { en: 'Public contact email.', es: 'Correo de contacto público.' } },
  { name: 'contact_phone', path: ['contact', 'phone'], type: 'plain', max: 40, help: { en: 'Public contact phone.', es: 'Teléfono de contacto público.' } },
]

/** Columns the export adds that an import reads past (so an exported file can be imported again). */
export const exportOnlyColumns = ['status', 'updatedAt'] as const

export const importableCollections = {
  [slugs.jobPostings]: jobPostingColumns,
  [slugs.trainingPrograms]: trainingProgramColumns,
} as const

export type ImportableSlug = keyof typeof importableCollections

export function isImportable(slug: unknown): slug is ImportableSlug {
  return typeof slug === 'string' && slug in importableCollections
}
