import type { CollectionConfig, TextField } from 'payload'
import type { z } from 'zod'
import { isAdmin } from '../access/isAdmin.ts'
import { isReviewer } from '../access/isReviewer.ts'
import { hiddenFromNonStaff } from '../access/adminVisibility.ts'
import { isStaff } from '../access/isStaff.ts'
import { nobody } from '../access/nobody.ts'
import { contractRule } from '../fields/contract.ts'
import { pledgeSubmission, typedText } from '../../content/schema.ts'
import { organizationKindOptions, pledgeStatusOptions } from '../options.ts'
import type { Label } from '../labels.ts'
import { areaField, ratingField } from '../fields/frameworkArea.ts'
import { phoneField } from '../fields/phone.ts'
import { validateCommitments } from './references.ts'
import { slugs } from '../slugs.ts'
import { progressForm, submitProgress } from './endpoints/progress.ts'
import { submitPledge } from './endpoints/submit.ts'
import { erasePersonalData } from './endpoints/erase.ts'
import { queueEmails } from './hooks/queueEmails.ts'
import { recordReviewDecision } from './hooks/recordReviewDecision.ts'
import { updateSiteAfterReview } from '../publishing/hooks.ts'

// Each field the employer fills in is checked by the contract's own rule for it.
const { organization, contact } = pledgeSubmission.shape
const reviewNoteRule = contractRule(typedText(1000))

type Validate = ReturnType<typeof contractRule>
/** A required personal field may be empty once an admin erased the pledge's personal data (cms/pledges/erase.ts). */
const unlessErased =
  (rule: Validate) =>
  (value: unknown, { data }: { data?: { erasedAt?: unknown } }): true | string =>
    data?.erasedAt && (value === '' || value === null || value === undefined) ? true : rule(value)

/** A required personal text field (a name, a job title): the contract's rule for it, unless the pledge was erased. */
const personalText = (name: string, label: Label, rule: z.ZodType, description: Label): TextField => ({
  name,
  type: 'text',
  label,
  required: true,
  validate: unlessErased(contractRule(rule, { required: true })),
  admin: { description },
})

/** Set by reviewers or by the CMS itself, never by the employer who submits. */
const reviewerOnly = { create: isReviewer, update: isReviewer }
const systemOnly = { create: nobody, update: nobody }
/**
 * What the employer wrote: saved by the pledge endpoint, corrected by an admin if ever needed.
 * Reviewers decide (status, review note); they never rewrite the pledge they decide on.
 */
const employerWritten = { create: nobody, update: isAdmin }

export const Pledges: CollectionConfig = {
  slug: slugs.pledges,
  labels: { singular: 'Pledge', plural: 'Pledges' },
  admin: {
    group: 'Framework pledge',
    hidden: hiddenFromNonStaff,
    useAsTitle: 'organizationName',
    // Admins only: erase the pledge's personal data on request, after a confirmation.
    components: { edit: { beforeDocumentControls: ['/pledges/admin/ErasePersonalData.tsx#ErasePersonalData'] } },
    // Five columns fit a 1280 px screen with the navigation open; the others can be added from Columns.
    defaultColumns: ['organizationName', 'status', 'organization.region', 'consentToList', 'createdAt'],
    listSearchableFields: ['organizationName', 'reference', 'contact.email', 'signerName'],
    description: {
      en: 'Employers who signed the Framework for Equitable Employment. Contact details are private: staff see them here, only admins can export them (editors’ and reviewers’ CSV exports leave them out), and they never appear on the public site.',
      es: 'Empleadores que firmaron el Marco para el Empleo Equitativo. Los datos de contacto son privados: el personal los ve aquí, solo los administradores pueden exportarlos (las exportaciones CSV de editores y revisores no los incluyen) y nunca aparecen en el sitio público.',
    },
  },
  defaultSort: '-createdAt',
  access: {
    // Employers submit through the pledge endpoint below (POST /api/pledges), which checks the
    // submission and creates the pledge itself; nobody creates one any other way (not GraphQL,
    // not the admin). Only staff can see submissions, only reviewers decide.
    create: nobody,
    read: isStaff,
    update: isReviewer,
    delete: isAdmin,
  },
  hooks: { beforeChange: [recordReviewDecision], afterChange: [queueEmails, updateSiteAfterReview] },
  // Custom endpoints come before Payload's own, so this POST replaces the generic create.
  endpoints: [submitPledge, progressForm, submitProgress, erasePersonalData],
  fields: [
    {
      name: 'organizationName',
      type: 'text',
      access: employerWritten,
      label: { en: 'Organization', es: 'Organización' },
      required: true,
      validate: contractRule(organization.shape.name, { required: true }),
      admin: {
        description: {
          en: 'Name of the employer that signed, as it should appear in the public directory, e.g. La Clínica de la Raza.',
          es: 'Nombre del empleador que firmó, tal como debe aparecer en el directorio público, p. ej., La Clínica de la Raza.',
        },
      },
    },
    {
      name: 'organization',
      type: 'group',
      access: employerWritten,
      // Short: the list's column heading reads "Organization > Region".
      label: { en: 'Organization', es: 'Organización' },
      admin: {
        description: {
          en: 'What the employer told us about itself. Kind, region and website appear in the public directory.',
          es: 'Lo que el empleador nos dijo sobre sí mismo. El tipo, la región y el sitio web aparecen en el directorio público.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'kind',
              type: 'select',
              required: true,
              label: { en: 'Kind', es: 'Tipo' },
              options: organizationKindOptions,
              admin: {
                description: {
                  en: 'What kind of organization it is, e.g. Clinic / FQHC.',
                  es: 'Qué tipo de organización es, p. ej., Clínica / FQHC (centro de salud calificado federalmente).',
                },
              },
            },
            {
              name: 'region',
              type: 'relationship',
              relationTo: slugs.regions,
              required: true,
              label: { en: 'Region', es: 'Región' },
              admin: {
                description: {
                  en: 'Where the organization is based.',
                  es: 'Dónde tiene su sede la organización.',
                },
              },
            },
            {
              name: 'chwCount',
              type: 'number',
              label: { en: 'CHWs employed', es: 'CHW empleados' },
              required: true,
              min: 0,
              validate: contractRule(organization.shape.chwCount, { required: true }),
              admin: {
                description: {
                  en: 'How many CHWs (including promotores, peers and similar roles) it employs now; 0 if none yet. Not shown publicly.',
                  es: 'Cuántos CHW (incluidos promotores, pares y funciones similares) emplea ahora; 0 si todavía ninguno. No se muestra al público.',
                },
              },
            },
          ],
        },
        {
          name: 'website',
          type: 'text',
          label: { en: 'Website', es: 'Sitio web' },
          validate: contractRule(organization.shape.website),
          admin: {
            description: {
              en: "The employer's home page, starting with https://",
              es: 'La página principal del empleador, empezando con https://',
            },
          },
        },
      ],
    },
    {
      name: 'contact',
      type: 'group',
      label: { en: 'Contact (private)', es: 'Contacto (privado)' },
      // Not even in the answer to the employer's own submission: only staff read contact details,
      // and only admins export them (cms/csv/pledgeRows.ts).
      access: { read: isStaff, ...employerWritten },
      admin: {
        description: {
          en: 'Private: used only by staff to confirm and follow up. Only admins can export it.',
          es: 'Privado: solo lo usa el personal para confirmar y dar seguimiento. Solo los administradores pueden exportarlo.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            personalText('name', { en: 'Name', es: 'Nombre' }, contact.shape.name, {
              en: 'The person we contact about this pledge.',
              es: 'La persona con quien nos comunicamos sobre este compromiso.',
            }),
            personalText('title', { en: 'Job title', es: 'Cargo' }, contact.shape.title, {
              en: 'Their job title, e.g. Director of Community Health.',
              es: 'Su cargo, p. ej., Director(a) de Salud Comunitaria.',
            }),
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'email',
              type: 'email',
              label: { en: 'Email', es: 'Correo electrónico' },
              index: true,
              required: true,
              validate: unlessErased(contractRule(contact.shape.email, { required: true })),
              admin: {
                description: {
                  en: 'Their email, for confirming the pledge and following up.',
                  es: 'Su correo electrónico, para confirmar el compromiso y dar seguimiento.',
                },
              },
            },
            phoneField(contact.shape.phone),
          ],
        },
      ],
    },
    {
      name: 'commitments',
      type: 'array',
      label: { en: 'Commitments', es: 'Compromisos' },
      access: employerWritten,
      validate: validateCommitments as never,
      required: true,
      minRows: 1,
      admin: {
        components: { RowLabel: '/pledges/admin/CommitmentRowLabel.tsx#CommitmentRowLabel' },
        description: {
          en: 'The recommendations the employer commits to, per framework area. Shown in the public directory.',
          es: 'Las recomendaciones con las que se compromete el empleador, por área del Marco. Aparecen en el directorio público.',
        },
      },
      fields: [
        areaField({ en: 'The framework area, e.g. Hiring.', es: 'El área del Marco, p. ej., Contratación.' }),
        {
          name: 'recommendations',
          type: 'text',
          hasMany: true,
          required: true,
          label: { en: 'Recommendations', es: 'Recomendaciones' },
          admin: {
            // The framework's own words, ticked from the area's list; stored as the recommendations' ids.
            components: { Field: '/pledges/admin/RecommendationsField.tsx#RecommendationsField' },
            description: {
              en: "Tick the recommendations of this area the employer commits to, as the published Framework words them. One marked 'Not in the framework' was removed from it since.",
              es: "Marque las recomendaciones de esta área con las que se compromete el empleador, tal como las redacta el Marco publicado. Una marcada 'No está en el Marco' se quitó de él después.",
            },
          },
        },
      ],
    },
    {
      name: 'selfAssessment',
      type: 'array',
      label: { en: 'Self-assessment', es: 'Autoevaluación' },
      access: employerWritten,
      admin: {
        description: {
          en: 'How the employer rated its current practice per area. Not shown publicly.',
          es: 'Cómo calificó el empleador su práctica actual en cada área. No se muestra al público.',
        },
        components: { RowLabel: '/pledges/admin/SelfAssessmentRowLabel.tsx#SelfAssessmentRowLabel' },
      },
      fields: [
        {
          type: 'row',
          fields: [
            areaField({ en: 'The framework area rated.', es: 'El área del Marco que se calificó.' }),
            ratingField({
              en: "The employer's own rating: not started, planning, partly or fully in place.",
              es: 'La calificación del propio empleador: sin empezar, en planificación, parcialmente o totalmente en práctica.',
            }),
          ],
        },
      ],
    },
    {
      name: 'statement',
      type: 'textarea',
      label: { en: 'Statement', es: 'Declaración' },
      access: employerWritten,
      validate: contractRule(pledgeSubmission.shape.statement),
      admin: {
        description: {
          en: "Optional statement in the employer's own words, shown in the public directory.",
          es: 'Declaración opcional en las palabras del propio empleador, que aparece en el directorio público.',
        },
      },
    },
    {
      name: 'consentToList',
      type: 'checkbox',
      access: employerWritten,
      // Short: it is also the list's column heading.
      label: { en: 'Listed publicly', es: 'En el directorio' },
      defaultValue: false,
      admin: {
        description: {
          en: 'Ticked when the employer agreed to appear in the public directory. Do not tick it for them: without it, even an approved pledge stays out of the directory.',
          es: 'Marcada cuando el empleador aceptó aparecer en el directorio público. No la marque por ellos: sin esta casilla, ni siquiera un compromiso aprobado aparece en el directorio.',
        },
      },
    },
    {
      name: 'consentToStatistics',
      type: 'checkbox',
      access: employerWritten,
      label: { en: 'Counted in statistics', es: 'Incluido en las estadísticas' },
      defaultValue: false,
      admin: {
        description: {
          en: 'Ticked when the employer agreed that its commitments, self-assessment and progress reports be counted in the public adoption statistics, only in groups of 5 or more. Do not tick it for them.',
          es: 'Marcada cuando el empleador aceptó que sus compromisos, su autoevaluación y sus informes de avance se cuenten en las estadísticas públicas de adopción, solo en grupos de 5 o más. No la marque por ellos.',
        },
      },
    },
    {
      type: 'row',
      fields: [
        {
          ...personalText('signerName', { en: "Signer's name", es: 'Nombre de quien firmó' }, pledgeSubmission.shape.signerName, {
            en: 'Full name of the person who signed for the employer. Not shown publicly.',
            es: 'Nombre completo de la persona que firmó en nombre del empleador. No se muestra al público.',
          }),
          access: employerWritten,
        },
        {
          ...personalText('signerTitle', { en: "Signer's job title", es: 'Cargo de quien firmó' }, pledgeSubmission.shape.signerTitle, {
            en: 'Their job title, e.g. Chief Executive Officer. Not shown publicly.',
            es: 'Su cargo, p. ej., Director(a) Ejecutivo(a). No se muestra al público.',
          }),
          access: employerWritten,
        },
      ],
    },
    {
      name: 'agreed',
      type: 'checkbox',
      access: employerWritten,
      label: { en: 'Agreed to the pledge text', es: 'Aceptó el texto del compromiso' },
      required: true,
      admin: {
        description: {
          en: 'Ticked when the signer agreed to the pledge text. A pledge cannot be saved without it.',
          es: 'Marcada cuando la persona que firmó aceptó el texto del compromiso. Sin esto no se puede guardar el compromiso.',
        },
      },
      validate: (value: boolean | null | undefined) => value === true || 'The signer must agree to the pledge.',
    },
    {
      name: 'locale',
      type: 'select',
      label: { en: 'Language', es: 'Idioma' },
      access: employerWritten,
      defaultValue: 'en',
      options: [
        { label: { en: 'English', es: 'Inglés' }, value: 'en' },
        { label: { en: 'Spanish', es: 'Español' }, value: 'es' },
      ],
      admin: {
        position: 'sidebar',
        description: {
          en: 'Language the employer used; emails go out in it.',
          es: 'Idioma que usó el empleador; los correos electrónicos se le envían en ese idioma.',
        },
      },
    },
    {
      name: 'reference',
      type: 'text',
      label: { en: 'Reference', es: 'Referencia' },
      unique: true,
      index: true,
      access: systemOnly,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: {
          en: 'The reference the employer was given when it signed, e.g. PLG-7K3M-Q9XD. Ask for it when they write to you.',
          es: 'La referencia que recibió el empleador al firmar, p. ej., PLG-7K3M-Q9XD. Pídala cuando le escriban.',
        },
      },
    },
    {
      name: 'status',
      type: 'select',
      label: { en: 'Status', es: 'Estado' },
      required: true,
      defaultValue: 'pending',
      options: pledgeStatusOptions,
      access: reviewerOnly,
      index: true,
      admin: {
        position: 'sidebar',
        description: {
          en: 'Where the review stands. Approved: the employer appears in the public directory (if it agreed to be listed) until renewal is due a year later. For Rejected or Lapsed, say why in the review note.',
          es: 'En qué va la revisión. Aprobado: el empleador aparece en el directorio público (si aceptó aparecer) hasta que venza la renovación, un año después. Si elige Rechazado o Vencido, explique por qué en la nota de revisión.',
        },
      },
    },
    {
      name: 'reviewNote',
      type: 'textarea',
      label: { en: 'Review note', es: 'Nota de revisión' },
      access: reviewerOnly,
      // The employer is told why; a rejection without a reason would leave them guessing.
      validate: (value: string | null | undefined, { siblingData }: { siblingData: { status?: string } }) =>
        siblingData?.status === 'rejected' && !value?.trim() ? 'Say why the pledge is rejected: the employer receives this note.' : reviewNoteRule(value),
      admin: {
        position: 'sidebar',
        description: {
          en: 'Why it was rejected or lapsed. Sent to the employer, so write it for them.',
          es: 'Por qué se rechazó o venció. Se le envía al empleador, así que escríbala pensando en él.',
        },
      },
    },
    {
      name: 'approvedAt',
      type: 'date',
      label: { en: 'Approved on', es: 'Aprobado el' },
      access: systemOnly,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: {
          en: 'Set by the CMS when a reviewer approves the pledge.',
          es: 'Lo fija el CMS cuando un revisor aprueba el compromiso.',
        },
      },
    },
    {
      name: 'renewalDue',
      type: 'date',
      label: { en: 'Renewal due', es: 'Renovación pendiente' },
      access: systemOnly,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: {
          en: 'A year after approval. After this date the employer leaves the public directory until it renews.',
          es: 'Un año después de la aprobación. Después de esta fecha, el empleador sale del directorio público hasta que renueve.',
        },
      },
    },
    {
      name: 'slug',
      type: 'text',
      label: { en: 'Directory address', es: 'Dirección en el directorio' },
      unique: true,
      index: true,
      access: systemOnly,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: {
          en: 'Address of the public directory page. Made from the organization name when the pledge is approved.',
          es: 'Dirección de la página en el directorio público. Se crea a partir del nombre de la organización cuando se aprueba el compromiso.',
        },
      },
    },
    {
      name: 'reminderSentFor',
      type: 'date',
      label: { en: 'Reminder sent for', es: 'Recordatorio enviado para' },
      access: systemOnly,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: {
          en: 'The renewal date the last reminder was about. Set by the daily renewal task, so each reminder goes out once.',
          es: 'La fecha de renovación a la que se refería el último recordatorio. La fija la tarea diaria de renovaciones, para que cada recordatorio se envíe una sola vez.',
        },
      },
    },
    {
      name: 'progressReports',
      type: 'array',
      access: systemOnly,
      label: { en: 'Progress reports', es: 'Informes de avance' },
      admin: {
        readOnly: true,
        initCollapsed: true,
        description: {
          en: 'What the employer reported each year, per area, through the private link in its renewal reminder. Not shown publicly.',
          es: 'Lo que el empleador informó cada año, por área, con el enlace privado de su recordatorio de renovación. No se muestra al público.',
        },
      },
      fields: [
        {
          name: 'submittedAt',
          type: 'date',
          label: { en: 'Sent on', es: 'Enviado el' },
          required: true,
          admin: { description: { en: 'When the report was sent.', es: 'Cuándo se envió el informe.' } },
        },
        {
          name: 'entries',
          type: 'array',
          label: { en: 'Areas', es: 'Áreas' },
          admin: { description: { en: 'One entry per framework area.', es: 'Una entrada por área del Marco.' } },
          fields: [
            areaField({ en: 'The framework area reported on.', es: 'El área del Marco sobre la que se informa.' }),
            ratingField({ en: 'How far along the area is now.', es: 'Qué tan avanzada está ahora el área.' }),
            {
              name: 'note',
              type: 'textarea',
              label: { en: 'Note', es: 'Nota' },
              validate: contractRule(typedText(1000)),
              admin: { description: { en: 'What changed, in the employer’s words.', es: 'Qué cambió, en palabras del empleador.' } },
            },
          ],
        },
      ],
    },
    {
      name: 'erasedAt',
      type: 'date',
      label: { en: 'Personal data erased on', es: 'Datos personales borrados el' },
      access: systemOnly,
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (data) => Boolean(data?.erasedAt),
        date: { pickerAppearance: 'dayAndTime' },
        description: {
          en: 'When an admin erased the contact, signer and notes of this pledge at the employer’s request.',
          es: 'Cuándo un administrador borró el contacto, quien firmó y las notas de este compromiso a petición del empleador.',
        },
      },
    },
    {
      name: 'erasedBy',
      type: 'text',
      label: { en: 'Erased by', es: 'Borrado por' },
      access: systemOnly,
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (data) => Boolean(data?.erasedAt),
        description: { en: 'The admin who erased the personal data.', es: 'El administrador que borró los datos personales.' },
      },
    },
    {
      name: 'example',
      type: 'checkbox',
      access: systemOnly,
      label: { en: 'Example', es: 'Ejemplo' },
      defaultValue: false,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: {
          en: 'A fictional pledge of the demo content, marked Example on the public site.',
          es: 'Un compromiso ficticio del contenido de demostración, marcado como Ejemplo en el sitio público.',
        },
      },
    },
    // Never shown, never sent: the retry key from the form, a hash of what was sent with it (a retry
    // must send the same), and the hash of the progress-report link.
    { name: 'idempotencyKey', type: 'text', unique: true, index: true, hidden: true, access: systemOnly },
    { name: 'submissionHash', type: 'text', hidden: true, access: systemOnly },
    { name: 'progressTokenHash', type: 'text', unique: true, index: true, hidden: true, access: systemOnly },
    { name: 'progressTokenExpires', type: 'date', hidden: true, access: systemOnly },
  ],
}
