import type { StaticDescription } from 'payload'
import { lastEditedByField } from '../fields/audit.ts'
import { slugField } from '../fields/slug.ts'
import { closeOrExtendJob } from '../listings/expiry.ts'
import { validateHttpUrl, validateStateCode, validateZip } from '../fields/validators.ts'
import { employmentTypeOptions, payUnitOptions, workModeOptions } from '../options.ts'
import { slugs } from '../slugs.ts'
import { dayField, exampleField, publishedCollection } from './published.ts'

const localizedLine = (description: StaticDescription) =>
  ({ name: 'text', type: 'text', required: true, localized: true, maxLength: 300, admin: { description } }) as const

export const JobPostings = publishedCollection({
  slug: slugs.jobPostings,
  labels: { singular: 'Job posting', plural: 'Job postings' },
  admin: {
    group: 'Listings',
    defaultColumns: ['title', 'employer', 'location.region', 'workMode', 'closingDate', 'closed', '_status'],
    description: {
      en: 'Open positions. A job drops out of listings, search and feeds after its closing date or when marked closed.',
      es: 'Puestos vacantes. Un empleo sale de los listados, la búsqueda y los feeds después de su fecha de cierre o cuando se marca como cerrado.',
    },
  },
  defaultSort: '-postedDate',
  hooks: { beforeChange: [closeOrExtendJob] },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 200,
      admin: {
        description: {
          en: 'The job title as the employer advertises it, e.g. Community Health Worker II. Switch the Locale at the top to Español to add the Spanish title.',
          es: 'El título del puesto tal como lo anuncia el empleador, p. ej., Trabajador(a) Comunitario(a) de Salud II. Cambie el Idioma arriba a Español para escribir el título en español.',
        },
      },
    },
    slugField('title'),
    {
      type: 'row',
      fields: [
        {
          name: 'employer',
          type: 'relationship',
          relationTo: slugs.organizations,
          required: true,
          admin: {
            description: {
              en: 'The organization that is hiring. If it is not in the list yet, add it with the + button or under Organizations.',
              es: 'La organización que contrata. Si todavía no aparece en la lista, agréguela con el botón + o en Organizations.',
            },
          },
        },
        {
          name: 'workerTypes',
          type: 'relationship',
          relationTo: slugs.workerTypes,
          hasMany: true,
          required: true,
          admin: {
            description: {
              en: 'Which kinds of worker the role is for, e.g. Community health worker and Promotor(a) de salud. Pick all that apply: CHWs filter jobs on this.',
              es: 'Para qué tipos de trabajador es el puesto, p. ej., trabajador(a) comunitario(a) de salud y promotor(a) de salud. Elija todos los que correspondan: los CHW filtran los empleos con esto.',
            },
          },
        },
      ],
    },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      localized: true,
      maxLength: 500,
      admin: {
        description: {
          en: 'One or two sentences shown in listings and search results: the role, where it is, and what stands out (e.g. bilingual, no degree needed).',
          es: 'Una o dos oraciones que aparecen en los listados y en los resultados de búsqueda: el puesto, dónde es y lo que lo distingue (p. ej., bilingüe, no se requiere título).',
        },
      },
    },
    {
      name: 'description',
      type: 'richText',
      localized: true,
      admin: {
        description: {
          en: "The full posting, as readers see it on the job's page: the role, the team, schedule and anything else the employer wants applicants to know.",
          es: 'La oferta completa, tal como la ven los lectores en la página del empleo: el puesto, el equipo, el horario y todo lo que el empleador quiera que sepan los solicitantes.',
        },
      },
    },
    {
      name: 'duties',
      type: 'array',
      admin: {
        description: {
          en: 'Main duties, one per row. Keep each one short.',
          es: 'Tareas principales, una por fila. Que cada una sea breve.',
        },
      },
      fields: [
        localizedLine({
          en: 'One duty, e.g. "Connect patients to food and housing resources".',
          es: 'Una tarea, p. ej., "Conectar a los pacientes con recursos de alimentos y vivienda".',
        }),
      ],
    },
    {
      name: 'requirements',
      type: 'group',
      admin: {
        description: {
          en: 'What the employer asks for. CHWs filter jobs on these, so tick only what is truly required.',
          es: 'Lo que pide el empleador. Los CHW filtran los empleos con esto, así que marque solo lo que de verdad se requiere.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'degreeRequired',
              type: 'checkbox',
              defaultValue: false,
              admin: {
                description: {
                  en: "Tick only if a formal degree (e.g. associate's or bachelor's) is required. Leave unticked when no degree is required: CHWs filter jobs on this.",
                  es: 'Marque solo si se requiere un título académico (p. ej., associate o bachelor). Déjela sin marcar si no se requiere título: los CHW filtran los empleos con esto.',
                },
              },
            },
            {
              name: 'livedExperienceValued',
              type: 'checkbox',
              defaultValue: false,
              admin: {
                description: {
                  en: 'Tick when the posting says lived experience counts, e.g. being from the community served or sharing its language, culture or life experiences.',
                  es: 'Marque si la oferta dice que se valora la experiencia vivida, p. ej., ser de la comunidad atendida o compartir su idioma, cultura o experiencias de vida.',
                },
              },
            },
            {
              name: 'certificationRequired',
              type: 'checkbox',
              defaultValue: false,
              admin: {
                description: {
                  en: 'Tick if state CHW/THW certification is required to start. Leave unticked if the employer helps new hires get certified after they start.',
                  es: 'Marque si se requiere la certificación estatal de CHW/THW para empezar. Déjela sin marcar si el empleador ayuda a obtenerla después de la contratación.',
                },
              },
            },
          ],
        },
        {
          name: 'other',
          type: 'array',
          admin: {
            description: {
              en: 'Other requirements, one per row (driver’s license, bilingual…).',
              es: 'Otros requisitos, uno por fila (licencia de manejo, bilingüe…).',
            },
          },
          fields: [
            localizedLine({
              en: 'One requirement, e.g. "Valid driver’s license and use of a car".',
              es: 'Un requisito, p. ej., "Licencia de manejo vigente y acceso a un carro".',
            }),
          ],
        },
      ],
    },
    {
      name: 'languages',
      type: 'group',
      admin: {
        description: {
          en: 'Languages the job asks for. CHWs filter jobs by language. Add a missing language under Languages.',
          es: 'Idiomas que pide el empleo. Los CHW filtran los empleos por idioma. Si falta un idioma, agréguelo en Languages.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'required',
              type: 'relationship',
              relationTo: slugs.languages,
              hasMany: true,
              admin: {
                description: {
                  en: 'Languages the person must speak, e.g. Spanish for a bilingual role.',
                  es: 'Idiomas que la persona debe hablar, p. ej., español para un puesto bilingüe.',
                },
              },
            },
            {
              name: 'preferred',
              type: 'relationship',
              relationTo: slugs.languages,
              hasMany: true,
              admin: {
                description: {
                  en: 'Languages that are a plus but not required. Do not repeat the required ones.',
                  es: 'Idiomas que son una ventaja pero no se requieren. No repita los requeridos.',
                },
              },
            },
          ],
        },
      ],
    },
    {
      name: 'location',
      type: 'group',
      admin: {
        description: {
          en: 'Where the work is. Readers filter jobs by region.',
          es: 'Dónde es el trabajo. Los lectores filtran los empleos por región.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'city',
              type: 'text',
              maxLength: 100,
              admin: {
                description: {
                  en: 'City where the person will work, e.g. Santa Rosa. Leave empty for remote jobs.',
                  es: 'Ciudad donde trabajará la persona, p. ej., Santa Rosa. Déjelo vacío si el empleo es remoto.',
                },
              },
            },
            {
              name: 'county',
              type: 'text',
              maxLength: 100,
              admin: {
                description: {
                  en: 'County, e.g. Sonoma County. Optional.',
                  es: 'Condado, p. ej., Sonoma County. Opcional.',
                },
              },
            },
            {
              name: 'state',
              type: 'text',
              required: true,
              maxLength: 2,
              validate: validateStateCode,
              admin: {
                description: {
                  en: 'Two-letter state code in capitals, e.g. CA. Use US for remote jobs open anywhere in the country.',
                  es: 'Código del estado de dos letras en mayúsculas, p. ej., CA. Use US para empleos remotos abiertos en todo el país.',
                },
              },
            },
            {
              name: 'zip',
              type: 'text',
              maxLength: 5,
              validate: validateZip,
              admin: {
                description: {
                  en: 'ZIP code of the workplace, e.g. 95404. Optional: with the city, it places the job for readers searching near them.',
                  es: 'Código postal (ZIP) del lugar de trabajo, p. ej., 95404. Opcional: con la ciudad, ubica el empleo para quien busca cerca de su casa.',
                },
              },
            },
            {
              name: 'region',
              type: 'relationship',
              relationTo: slugs.regions,
              required: true,
              admin: {
                description: {
                  en: 'The region readers filter by: the closest match, e.g. the county. For remote jobs, the statewide or national region.',
                  es: 'La región por la que filtran los lectores: la que más se acerque, p. ej., el condado. Para empleos remotos, la región estatal o nacional.',
                },
              },
            },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'workMode',
          type: 'select',
          required: true,
          options: workModeOptions,
          admin: {
            description: {
              en: 'On-site, hybrid (partly from home) or remote. CHWs filter jobs on this.',
              es: 'Presencial, Híbrido (en parte desde casa) o Remoto. Los CHW filtran los empleos con esto.',
            },
          },
        },
        {
          name: 'employmentType',
          type: 'select',
          required: true,
          options: employmentTypeOptions,
          admin: {
            description: {
              en: 'Full-time, part-time, contract, temporary, per diem (paid by the shift or day, as needed) or internship. CHWs filter jobs on this.',
              es: 'Tiempo completo, Medio tiempo, Por contrato, Temporal, Por día (per diem: pago por turno o por día, según se necesite) o Pasantía. Los CHW filtran los empleos con esto.',
            },
          },
        },
      ],
    },
    {
      name: 'pay',
      type: 'group',
      admin: {
        description: {
          en: 'Postings with pay get more applicants; the framework asks employers to publish it.',
          es: 'Las ofertas que publican el sueldo reciben más solicitudes; el Marco pide a los empleadores que lo publiquen.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'min',
              type: 'number',
              required: true,
              min: 0,
              admin: {
                description: {
                  en: 'Lowest pay offered, numbers only, e.g. 24 for $24 an hour. Choose hour, month or year under Unit.',
                  es: 'Sueldo más bajo que se ofrece, solo números, p. ej., 24 para $24 por hora. Elija hora, mes o año en Unit.',
                },
              },
            },
            {
              name: 'max',
              type: 'number',
              min: 0,
              admin: {
                description: {
                  en: 'Highest pay offered, e.g. 30. Leave empty when there is a single rate. It cannot be below the minimum.',
                  es: 'Sueldo más alto que se ofrece, p. ej., 30. Déjelo vacío si hay una sola tarifa. No puede ser menor que el mínimo.',
                },
              },
              validate: (value: number | null | undefined, { siblingData }: { siblingData: { min?: number } }) =>
                value == null || siblingData?.min == null || value >= siblingData.min || 'Max pay must be at least the min pay.',
            },
            {
              name: 'unit',
              type: 'select',
              required: true,
              defaultValue: 'hour',
              options: payUnitOptions,
              admin: {
                description: {
                  en: 'Whether the amounts are per hour, per month or per year. Check it: CHWs filter jobs by pay, and a wrong unit makes the pay look far higher or lower than it is.',
                  es: 'Si los montos son por hora, por mes o por año. Revíselo: los CHW filtran los empleos por sueldo, y una unidad equivocada hace que el sueldo parezca mucho más alto o más bajo de lo que es.',
                },
              },
            },
            {
              name: 'currency',
              type: 'select',
              required: true,
              defaultValue: 'USD',
              options: [{ label: 'US dollars', value: 'USD' }],
              admin: {
                description: {
                  en: 'US dollars, the only option.',
                  es: 'Dólares estadounidenses, la única opción.',
                },
              },
            },
          ],
        },
      ],
    },
    {
      name: 'benefits',
      type: 'textarea',
      localized: true,
      maxLength: 1000,
      admin: {
        description: {
          en: 'Benefits in a few words, e.g. "Health, dental and vision insurance; paid time off; mileage reimbursement". Readers compare jobs on this.',
          es: 'Las prestaciones en pocas palabras, p. ej., "Seguro médico, dental y de la vista; tiempo libre pagado; reembolso de millaje". Los lectores comparan empleos con esto.',
        },
      },
    },
    {
      name: 'howToApply',
      type: 'group',
      admin: {
        description: {
          en: 'Give a link, an email, or both.',
          es: 'Escriba un enlace, un correo electrónico o ambos.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'url',
              type: 'text',
              validate: validateHttpUrl,
              admin: {
                description: {
                  en: 'The application page, starting with https://',
                  es: 'La página para presentar la solicitud, empezando con https://',
                },
              },
            },
            {
              name: 'email',
              type: 'email',
              admin: {
                description: {
                  en: 'Where applications go, e.g. jobs@example.org. Readers see it on the posting.',
                  es: 'A dónde se envían las solicitudes, p. ej., jobs@example.org. Los lectores lo ven en la oferta.',
                },
              },
            },
          ],
        },
        {
          name: 'instructions',
          type: 'textarea',
          localized: true,
          maxLength: 1000,
          admin: {
            description: {
              en: 'What to send and any steps, e.g. "Send a résumé and a short letter about why you want to be a CHW."',
              es: 'Qué enviar y los pasos a seguir, p. ej., "Envíe su currículum y una carta breve sobre por qué quiere ser CHW".',
            },
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        dayField(
          'postedDate',
          {
            en: 'The day the job was posted, e.g. today for a new posting.',
            es: 'El día en que se publicó el empleo, p. ej., hoy si es una oferta nueva.',
          },
          true,
        ),
        dayField('closingDate', {
          en: 'Last day to apply. After this day the CMS closes the job and it leaves listings, search and feeds. To extend it, set a later date. Leave empty if it is open until filled, and tick Closed once it is.',
          es: 'Último día para presentar la solicitud. Después de este día el CMS cierra el empleo y sale de los listados, la búsqueda y los feeds. Para extenderlo, ponga una fecha posterior. Déjelo vacío si está abierto hasta cubrirse, y marque Closed cuando se cubra.',
        }),
      ],
    },
    {
      name: 'closed',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        description: {
          en: 'Tick when the job is filled or withdrawn before its closing date. It then leaves listings, search and feeds.',
          es: 'Marque cuando el puesto se cubra o se retire antes de su fecha de cierre. Así sale de los listados, la búsqueda y los feeds.',
        },
      },
    },
    {
      name: 'closedAutomaticallyOn',
      type: 'date',
      label: { en: 'Closed automatically on', es: 'Cerrado automáticamente el' },
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (data) => Boolean(data?.closedAutomaticallyOn),
        date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
        description: {
          en: 'The CMS closed this job when its closing date passed. To extend it, set a later closing date and save: it reopens.',
          es: 'El CMS cerró este empleo cuando pasó su fecha de cierre. Para extenderlo, ponga una fecha de cierre posterior y guarde: se vuelve a abrir.',
        },
      },
    },
    exampleField,
    lastEditedByField,
  ],
})
