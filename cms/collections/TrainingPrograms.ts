import { lastEditedByField } from '../fields/audit.ts'
import { meetingTimeFields } from '../fields/meetingTimes.ts'
import { slugField } from '../fields/slug.ts'
import { markTrainingPast } from '../listings/expiry.ts'
import { validateHttpUrl, validatePlaceState, validateStateCode, validateZip } from '../fields/validators.ts'
import { costTypeOptions, trainingFormatOptions, trainingPaceOptions } from '../options.ts'
import { slugs } from '../slugs.ts'
import { dayField, exampleField, publishedCollection } from './published.ts'

export const TrainingPrograms = publishedCollection({
  slug: slugs.trainingPrograms,
  labels: { singular: 'Training program', plural: 'Training programs' },
  admin: {
    group: 'Listings',
    defaultColumns: ['title', 'provider', 'format', 'cost.type', '_status', 'updatedAt'],
    description: {
      en: 'Courses and certification programs for CHWs, promotores, peers, doulas and navigators.',
      es: 'Cursos y programas de certificación para CHW, promotores de salud, pares (peers), doulas y navegadores de pacientes.',
    },
  },
  defaultSort: '-updatedAt',
  hooks: { beforeChange: [markTrainingPast] },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 200,
      admin: {
        description: {
          en: 'The program name as the provider uses it, e.g. Community Health Worker Certificate Program. Switch the Locale at the top to Español to add the Spanish name.',
          es: 'El nombre del programa tal como lo usa el proveedor, p. ej., Programa de Certificado de Trabajador Comunitario de Salud. Cambie el Idioma arriba a Español para escribir el nombre en español.',
        },
      },
    },
    slugField('title'),
    {
      name: 'provider',
      type: 'relationship',
      relationTo: slugs.organizations,
      required: true,
      admin: {
        description: {
          en: 'Who runs the training. If it is not in the list yet, add it with the + button or under Organizations.',
          es: 'Quién ofrece la capacitación. Si todavía no aparece en la lista, agréguelo con el botón + o en Organizations.',
        },
      },
    },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      localized: true,
      maxLength: 500,
      admin: {
        description: {
          en: 'One or two sentences shown in listings and search results: what participants learn and who it is for.',
          es: 'Una o dos oraciones que aparecen en los listados y en los resultados de búsqueda: qué aprenden los participantes y para quién es.',
        },
      },
    },
    {
      name: 'description',
      type: 'richText',
      localized: true,
      admin: {
        description: {
          en: "The full description readers see on the program's page: topics, requirements to enroll, and what participants get at the end.",
          es: 'La descripción completa que ven los lectores en la página del programa: temas, requisitos de inscripción y lo que reciben los participantes al terminar.',
        },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'workerTypes',
          type: 'relationship',
          relationTo: slugs.workerTypes,
          hasMany: true,
          required: true,
          admin: {
            description: {
              en: 'Who the training is for, e.g. Community health worker and Doula. Pick all that apply: readers filter trainings on this.',
              es: 'Para quién es la capacitación, p. ej., trabajador comunitario de salud y doula. Elija todos los que correspondan: los lectores filtran las capacitaciones con esto.',
            },
          },
        },
        {
          name: 'coreRoles',
          type: 'relationship',
          relationTo: slugs.coreRoles,
          hasMany: true,
          admin: {
            description: {
              en: 'C3 core roles and skills it covers, e.g. Conducting outreach. Pick all that apply.',
              es: 'Los roles y habilidades básicas del C3 que cubre, p. ej., Conducting outreach (alcance comunitario). Elija todos los que correspondan.',
            },
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'format',
          type: 'select',
          required: true,
          options: trainingFormatOptions,
          admin: {
            description: {
              en: 'Online, in person, or hybrid (partly online, partly in person). Readers filter trainings on this.',
              es: 'En línea, Presencial o Híbrida (en parte en línea y en parte presencial). Los lectores filtran las capacitaciones con esto.',
            },
          },
        },
        {
          name: 'pace',
          type: 'select',
          required: true,
          options: trainingPaceOptions,
          admin: {
            description: {
              en: 'Self-paced (start any time, go at your own speed) or Cohort (a group with fixed dates: add them under Sessions).',
              es: 'A su propio ritmo (se empieza cuando quiera) o En grupo (fechas fijas: agréguelas en Sessions).',
            },
          },
        },
        {
          name: 'hours',
          type: 'number',
          min: 0,
          admin: {
            description: {
              en: 'Total hours of instruction, e.g. 80. Leave empty if not known (do not enter 0).',
              es: 'Total de horas de instrucción, p. ej., 80. Déjelo vacío si no se sabe (no escriba 0).',
            },
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'languages',
          type: 'relationship',
          relationTo: slugs.languages,
          hasMany: true,
          required: true,
          admin: {
            description: {
              en: 'Languages it is taught in. Pick all that apply, e.g. English and Spanish: readers filter trainings by language.',
              es: 'Idiomas en los que se imparte. Elija todos los que correspondan, p. ej., inglés y español: los lectores filtran las capacitaciones por idioma.',
            },
          },
        },
        {
          name: 'regions',
          type: 'relationship',
          relationTo: slugs.regions,
          hasMany: true,
          required: true,
          admin: {
            description: {
              en: 'Where it is offered; for online programs, where participants may enroll from (e.g. a statewide region). Readers filter trainings by region.',
              es: 'Dónde se ofrece; para programas en línea, desde dónde pueden inscribirse los participantes (p. ej., una región estatal). Los lectores filtran las capacitaciones por región.',
            },
          },
        },
      ],
    },
    {
      name: 'location',
      type: 'group',
      admin: {
        description: {
          en: 'Where it meets in person (in-person and hybrid programs), so readers can find it near them. Leave empty for online programs.',
          es: 'Dónde se reúne en persona (programas presenciales e híbridos), para que los lectores lo encuentren cerca. Déjelo vacío para programas en línea.',
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
              admin: { description: { en: 'City, e.g. Eugene.', es: 'Ciudad, p. ej., Eugene.' } },
            },
            {
              name: 'state',
              type: 'text',
              maxLength: 2,
              validate: validatePlaceState,
              admin: {
                description: {
                  en: 'Two-letter state code in capitals, e.g. OR. Needed when a city or ZIP code is given.',
                  es: 'Código del estado de dos letras en mayúsculas, p. ej., OR. Necesario si se indica una ciudad o un código postal.',
                },
              },
            },
            {
              name: 'zip',
              type: 'text',
              maxLength: 5,
              validate: validateZip,
              admin: { description: { en: 'ZIP code, e.g. 97401. Optional.', es: 'Código postal (ZIP), p. ej., 97401. Opcional.' } },
            },
          ],
        },
      ],
    },
    {
      name: 'cost',
      type: 'group',
      admin: {
        description: {
          en: 'What a participant pays.',
          es: 'Lo que paga un participante.',
        },
      },
      fields: [
        {
          name: 'type',
          type: 'select',
          required: true,
          defaultValue: 'free',
          options: costTypeOptions,
          admin: {
            description: {
              en: 'Free or Paid. For a paid program, give the amount. Readers filter trainings on this.',
              es: 'Free (gratis) o Paid (con costo). Si tiene costo, escriba el monto. Los lectores filtran las capacitaciones con esto.',
            },
          },
        },
        {
          name: 'amount',
          type: 'number',
          min: 0,
          admin: {
            description: {
              en: 'Total cost in US dollars for the whole program, numbers only, e.g. 450. Needed for a paid program.',
              es: 'Costo total en dólares estadounidenses de todo el programa, solo números, p. ej., 450. Es necesario si el programa tiene costo.',
            },
            condition: (_, sibling) => sibling?.type === 'paid',
          },
        },
        {
          name: 'stipendOffered',
          type: 'checkbox',
          defaultValue: false,
          admin: {
            description: {
              en: 'Tick if participants are paid to attend (a stipend). Readers can look for trainings with one: many CHWs can only train when they are paid for their time.',
              es: 'Marque si a los participantes se les paga por asistir (un estipendio). Los lectores pueden buscar capacitaciones con estipendio: muchos CHW solo pueden capacitarse si se les paga su tiempo.',
            },
          },
        },
        {
          name: 'note',
          type: 'textarea',
          localized: true,
          maxLength: 500,
          admin: {
            description: {
              en: 'Scholarships, employer sponsorship, payment plans…, e.g. "Free for CHWs working in Sonoma County."',
              es: 'Becas, patrocinio del empleador, planes de pago…, p. ej., "Gratis para CHW que trabajan en el condado de Sonoma".',
            },
          },
        },
      ],
    },
    {
      name: 'certification',
      type: 'group',
      admin: {
        description: {
          en: 'Whether completing it counts toward state CHW certification.',
          es: 'Si completarlo cuenta para la certificación estatal de CHW.',
        },
      },
      fields: [
        {
          name: 'approved',
          type: 'checkbox',
          defaultValue: false,
          label: { en: 'Approved for state certification', es: 'Aprobado para la certificación estatal' },
          admin: {
            description: {
              en: "Tick only if the state's certifying body has approved this program for CHW certification; then give the state and the body. Readers can look for approved programs.",
              es: 'Marque solo si el organismo certificador del estado aprobó este programa para la certificación de CHW; luego indique el estado y el organismo. Los lectores pueden buscar programas aprobados.',
            },
          },
        },
        {
          name: 'state',
          type: 'text',
          maxLength: 2,
          validate: validateStateCode,
          admin: {
            description: {
              en: 'The state that approved it, as a two-letter code, e.g. OR.',
              es: 'El estado que lo aprobó, con el código de dos letras, p. ej., OR.',
            },
          },
        },
        {
          name: 'body',
          type: 'text',
          maxLength: 200,
          admin: {
            description: {
              en: 'The approving body, e.g. Oregon Health Authority.',
              es: 'El organismo que lo aprobó, p. ej., Oregon Health Authority.',
            },
          },
        },
      ],
    },
    {
      name: 'sessions',
      type: 'array',
      admin: {
        description: {
          en: 'Upcoming and past sessions (cohorts). Leave empty for self-paced programs that start any time.',
          es: 'Sesiones (grupos o cohortes) próximas y pasadas. Déjelo vacío en los programas a su propio ritmo que se pueden empezar en cualquier momento.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            dayField('startDate', { en: 'First day of the session.', es: 'Primer día de la sesión.' }, true),
            dayField('endDate', {
              en: 'Last day of the session. Leave empty if not known yet.',
              es: 'Último día de la sesión. Déjelo vacío si todavía no se sabe.',
            }),
            dayField('applicationDeadline', {
              en: 'Last day to apply or register. Leave empty if there is none.',
              es: 'Último día para presentar la solicitud o inscribirse. Déjelo vacío si no hay fecha límite.',
            }),
          ],
        },
        {
          name: 'schedule',
          type: 'text',
          localized: true,
          maxLength: 200,
          admin: {
            description: {
              en: 'When it meets, in words readers see, e.g. Tuesdays and Thursdays, 6–8 pm; childcare available. Give the same times in the fields below for calendars.',
              es: 'Cuándo se reúne, en palabras que ven los lectores, p. ej., martes y jueves, de 6 a 8 p. m.; hay cuidado de niños. Indique los mismos horarios en los campos de abajo para los calendarios.',
            },
          },
        },
        // The same times for calendars: "Add to calendar" and the sessions calendar.
        ...meetingTimeFields,
      ],
    },
    {
      name: 'registrationUrl',
      type: 'text',
      required: true,
      validate: validateHttpUrl,
      admin: {
        description: {
          en: 'Where people register or apply, starting with https://',
          es: 'Dónde se inscribe o se presenta la solicitud, empezando con https://',
        },
      },
    },
    {
      name: 'contact',
      type: 'group',
      admin: {
        description: {
          en: 'Public contact for questions about the program. Readers see all of it.',
          es: 'Contacto público para preguntas sobre el programa. Los lectores ven todos estos datos.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'name',
              type: 'text',
              maxLength: 120,
              admin: {
                description: {
                  en: 'A person or an office, e.g. Ana López or Training team.',
                  es: 'Una persona o una oficina, p. ej., Ana López o Equipo de capacitación.',
                },
              },
            },
            {
              name: 'email',
              type: 'email',
              admin: {
                description: {
                  en: 'Email for questions, e.g. training@example.org',
                  es: 'Correo electrónico para preguntas, p. ej., training@example.org',
                },
              },
            },
            {
              name: 'phone',
              type: 'text',
              maxLength: 40,
              admin: {
                description: {
                  en: 'Phone number for questions, with area code, e.g. (707) 555-0123.',
                  es: 'Teléfono para preguntas, con código de área, p. ej., (707) 555-0123.',
                },
              },
            },
          ],
        },
      ],
    },
    {
      name: 'past',
      type: 'checkbox',
      defaultValue: false,
      label: { en: 'Past', es: 'Pasado' },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: {
          en: 'Set by the CMS when the last session is over. Past programs stay on the site, listed after upcoming ones. Add a new session to make it current again.',
          es: 'Lo marca el CMS cuando termina la última sesión. Los programas pasados siguen en el sitio, después de los próximos. Agregue una sesión nueva para que vuelva a estar vigente.',
        },
      },
    },
    exampleField,
    lastEditedByField,
  ],
})
