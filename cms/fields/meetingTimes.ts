/**
 * When a training session meets, in a form calendars can use (content/schema.ts `trainingSession`):
 * weekdays and hours that repeat every week from the session's first to its last day, dated
 * meetings, and the time zone of both. Times are picked from a list, so they are always `HH:MM`.
 * The rules that tie these fields together are checked here, on the session row, so staff see
 * them next to the field when they save, in the admin's language.
 */
import { validations, type Field, type PayloadRequest } from 'payload'
import { clockTimeOptions, timeZoneOptions, weekdayOptions } from '../options.ts'
import { dayField } from '../collections/published.ts'

type SessionRow = {
  startDate?: unknown
  endDate?: unknown
  weeklyDays?: string[] | null
  weeklyStartTime?: string | null
  meetings?: { date?: unknown }[] | null
}
type Args = { req: PayloadRequest; siblingData: SessionRow }
type Text = { en: string; es: string }

const messages = {
  timeZone: {
    en: 'Choose the time zone the meeting times are in.',
    es: 'Elija la zona horaria de los horarios de las reuniones.',
  },
  weeklyEnd: {
    en: 'A weekly schedule runs until the last day of the session: fill in End date.',
    es: 'Un horario semanal dura hasta el último día de la sesión: complete End date (fecha de fin).',
  },
  time: { en: 'Choose a time.', es: 'Elija una hora.' },
  endAfterStart: { en: 'Choose an end time after the start time.', es: 'Elija una hora de fin posterior a la de inicio.' },
  meetingDay: {
    en: 'Each meeting falls between the first and the last day of the session.',
    es: 'Cada reunión debe caer entre el primer y el último día de la sesión.',
  },
} satisfies Record<string, Text>

const say = (req: PayloadRequest, text: Text) => (req.i18n?.language === 'es' ? text.es : text.en)
const day = (value: unknown) => (value ? new Date(String(value)).toISOString().slice(0, 10) : undefined)
const hasWeekly = (row: SessionRow) => (row.weeklyDays?.length ?? 0) > 0

function timeField(name: string, description: Text, needed: (row: Record<string, unknown>) => boolean, after?: string): Field {
  return {
    name,
    type: 'select',
    options: clockTimeOptions,
    admin: { description, isClearable: true },
    validate: (value: string | null | undefined, args: Args & { siblingData: Record<string, unknown> }) => {
      const { req, siblingData } = args
      if (!value) return needed(siblingData) ? say(req, messages.time) : true
      const start = after && siblingData[after]
      if (typeof start === 'string' && value <= start) return say(req, messages.endAfterStart)
      return validations.select(value, args as never)
    },
  }
}

export const meetingTimeFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'weeklyDays',
        type: 'select',
        hasMany: true,
        options: weekdayOptions,
        label: { en: 'Meets every week on', es: 'Se reúne cada semana los' },
        admin: {
          description: {
            en: 'The weekdays it meets every week, from the first to the last day of the session, e.g. Tuesday and Thursday. Leave empty if it does not meet on the same days every week (add the meetings below).',
            es: 'Los días en que se reúne cada semana, del primer al último día de la sesión, p. ej., Tuesday (martes) y Thursday (jueves). Déjelo vacío si no se reúne los mismos días cada semana (agregue las reuniones abajo).',
          },
        },
        validate: (value: string[] | null | undefined, args: Args) => {
          if (value?.length && !args.siblingData.endDate) return say(args.req, messages.weeklyEnd)
          return validations.select(value, args as never)
        },
      },
      timeField(
        'weeklyStartTime',
        { en: 'Weekly meetings start at, e.g. 6:00 p.m.', es: 'Hora de inicio de las reuniones semanales, p. ej., 6:00 p. m.' },
        (row) => hasWeekly(row as SessionRow),
      ),
      timeField(
        'weeklyEndTime',
        { en: 'Weekly meetings end at, e.g. 8:00 p.m.', es: 'Hora de fin de las reuniones semanales, p. ej., 8:00 p. m.' },
        (row) => hasWeekly(row as SessionRow),
        'weeklyStartTime',
      ),
    ],
  },
  {
    name: 'meetings',
    type: 'array',
    labels: { singular: { en: 'Meeting', es: 'Reunión' }, plural: { en: 'Meetings', es: 'Reuniones' } },
    admin: {
      description: {
        en: 'Meetings on a given day: a one-day workshop, or meetings besides the weekly ones (e.g. one Saturday in person).',
        es: 'Reuniones en un día dado: un taller de un día, o reuniones además de las semanales (p. ej., un sábado presencial).',
      },
    },
    validate: (value: unknown[] | null | undefined, { req, siblingData }: Args) => {
      const first = day(siblingData.startDate)
      const last = day(siblingData.endDate) ?? first
      const outside = ((value ?? []) as { date?: unknown }[]).some((m) => {
        const date = day(m.date)
        return first && last && date && (date < first || date > last)
      })
      return outside ? say(req, messages.meetingDay) : true
    },
    fields: [
      {
        type: 'row',
        fields: [
          dayField('date', { en: 'The day of this meeting.', es: 'El día de esta reunión.' }, true),
          timeField('startTime', { en: 'Starts at, e.g. 9:00 a.m.', es: 'Hora de inicio, p. ej., 9:00 a. m.' }, () => true),
          timeField('endTime', { en: 'Ends at, e.g. 5:00 p.m.', es: 'Hora de fin, p. ej., 5:00 p. m.' }, () => true, 'startTime'),
        ],
      },
    ],
  },
  {
    name: 'timeZone',
    type: 'select',
    options: timeZoneOptions,
    admin: {
      description: {
        en: 'The time zone of the times above, e.g. Pacific time for a class in California. Needed when there are meeting times; online sessions use the time zone the provider gives.',
        es: 'La zona horaria de las horas de arriba, p. ej., hora del Pacífico para una clase en California. Es necesaria si hay horarios; en las sesiones en línea, use la zona horaria que indica el proveedor.',
      },
    },
    validate: (value: string | null | undefined, args: Args) => {
      const { req, siblingData } = args
      if (!value) return hasWeekly(siblingData) || (siblingData.meetings?.length ?? 0) > 0 ? say(req, messages.timeZone) : true
      return validations.select(value, args as never)
    },
  },
]
