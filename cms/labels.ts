/**
 * What staff read in the admin for the contract's fixed lists, in English and Spanish (the admin's
 * two languages; Spanish wording as the public site's site/i18n/es.json). A type-only import, so
 * the admin's browser components (row labels) can use these without loading the contract's zod.
 */
import type * as contract from '../content/schema.ts'

export type Label = { en: string; es: string }
/** A label for each value of one of the contract's lists. */
type Labels<List extends readonly string[]> = Record<List[number], Label>

export const organizationKindLabels: Labels<typeof contract.organizationKinds> = {
  clinic: { en: 'Clinic / FQHC', es: 'Clínica / FQHC' },
  'health-system': { en: 'Health system or hospital', es: 'Sistema de salud u hospital' },
  'health-plan': { en: 'Health plan / MCP / CCO', es: 'Plan de salud / MCP / CCO' },
  cbo: { en: 'Community-based organization', es: 'Organización comunitaria' },
  'public-health': { en: 'County or public health', es: 'Condado o salud pública' },
  school: { en: 'School or college', es: 'Escuela o universidad' },
  association: { en: 'Association', es: 'Asociación' },
  other: { en: 'Other', es: 'Otro' },
}

export const trainingFormatLabels: Labels<typeof contract.trainingFormats> = {
  online: { en: 'Online', es: 'En línea' },
  'in-person': { en: 'In person', es: 'Presencial' },
  hybrid: { en: 'Hybrid', es: 'Híbrida' },
}

export const trainingPaceLabels: Labels<typeof contract.trainingPaces> = {
  'self-paced': { en: 'Self-paced', es: 'A su propio ritmo' },
  cohort: { en: 'Cohort (fixed dates)', es: 'En grupo (fechas fijas)' },
}

export const weekdayLabels: Labels<typeof contract.weekdays> = {
  monday: { en: 'Monday', es: 'Lunes' },
  tuesday: { en: 'Tuesday', es: 'Martes' },
  wednesday: { en: 'Wednesday', es: 'Miércoles' },
  thursday: { en: 'Thursday', es: 'Jueves' },
  friday: { en: 'Friday', es: 'Viernes' },
  saturday: { en: 'Saturday', es: 'Sábado' },
  sunday: { en: 'Sunday', es: 'Domingo' },
}

export const timeZoneLabels: Labels<typeof contract.timeZones> = {
  'America/New_York': { en: 'Eastern time (New York)', es: 'Hora del Este (Nueva York)' },
  'America/Chicago': { en: 'Central time (Chicago)', es: 'Hora del Centro (Chicago)' },
  'America/Denver': { en: 'Mountain time (Denver)', es: 'Hora de la Montaña (Denver)' },
  'America/Phoenix': { en: 'Arizona time (Phoenix, no daylight saving)', es: 'Hora de Arizona (Phoenix, sin horario de verano)' },
  'America/Los_Angeles': { en: 'Pacific time (Los Angeles)', es: 'Hora del Pacífico (Los Ángeles)' },
  'America/Anchorage': { en: 'Alaska time (Anchorage)', es: 'Hora de Alaska (Anchorage)' },
  'Pacific/Honolulu': { en: 'Hawaii time (Honolulu)', es: 'Hora de Hawái (Honolulu)' },
  'America/Puerto_Rico': { en: 'Atlantic time (Puerto Rico)', es: 'Hora del Atlántico (Puerto Rico)' },
  'Pacific/Guam': { en: 'Chamorro time (Guam)', es: 'Hora de Chamorro (Guam)' },
}

export const costTypeLabels: Labels<typeof contract.costTypes> = {
  free: { en: 'Free', es: 'Gratis' },
  paid: { en: 'Paid', es: 'Con costo' },
}

export const workModeLabels: Labels<typeof contract.workModes> = {
  'on-site': { en: 'On-site', es: 'Presencial' },
  hybrid: { en: 'Hybrid', es: 'Híbrido' },
  remote: { en: 'Remote', es: 'Remoto' },
}

export const employmentTypeLabels: Labels<typeof contract.employmentTypes> = {
  'full-time': { en: 'Full-time', es: 'Tiempo completo' },
  'part-time': { en: 'Part-time', es: 'Medio tiempo' },
  contract: { en: 'Contract', es: 'Por contrato' },
  temporary: { en: 'Temporary', es: 'Temporal' },
  'per-diem': { en: 'Per diem', es: 'Por día (per diem)' },
  internship: { en: 'Internship', es: 'Pasantía' },
}

export const payUnitLabels: Labels<typeof contract.payUnits> = {
  hour: { en: 'per hour', es: 'por hora' },
  month: { en: 'per month', es: 'por mes' },
  year: { en: 'per year', es: 'por año' },
}

export const audienceLabels: Labels<typeof contract.audiences> = {
  employers: { en: 'Employers', es: 'Empleadores' },
  chws: { en: 'CHWs and peers', es: 'CHW y compañeros de apoyo (peers)' },
  'health-plans': { en: 'Health plans', es: 'Planes de salud' },
  trainers: { en: 'Trainers', es: 'Capacitadores' },
}

export const nycDomainLabels: Labels<typeof contract.nycDomains> = {
  recruitment: { en: 'Recruitment', es: 'Reclutamiento' },
  'attitudes-and-beliefs': { en: 'Attitudes and beliefs', es: 'Actitudes y creencias' },
  'diversity-and-inclusion': { en: 'Diversity and inclusion', es: 'Diversidad e inclusión' },
  'finances-and-sustainability': { en: 'Finances and sustainability', es: 'Finanzas y sostenibilidad' },
  'role-clarity-and-workflows': { en: 'Role clarity and workflows', es: 'Claridad de funciones y flujos de trabajo' },
  'career-advancement': { en: 'Career advancement', es: 'Desarrollo profesional' },
  supervision: { en: 'Supervision', es: 'Supervisión' },
  'orientation-and-onboarding': { en: 'Orientation and onboarding', es: 'Orientación e integración al puesto' },
  'program-monitoring-and-evaluation': { en: 'Program monitoring and evaluation', es: 'Monitoreo y evaluación del programa' },
}

/** The framework's area names as content/framework.json has them. */
export const frameworkAreaLabels: Labels<typeof contract.frameworkAreaSlugs> = {
  recruitment: { en: 'Recruitment', es: 'Reclutamiento' },
  hiring: { en: 'Hiring', es: 'Contratación' },
  training: { en: 'Training', es: 'Capacitación' },
  'scope-and-role': { en: 'Scope and role', es: 'Alcance y función' },
  'integration-into-the-team': { en: 'Integration into the team', es: 'Integración en el equipo' },
  'pay-and-benefits': { en: 'Pay and benefits', es: 'Salario y prestaciones' },
  'ongoing-professional-development': { en: 'Ongoing professional development', es: 'Desarrollo profesional continuo' },
  'financial-sustainability': { en: 'Financial sustainability', es: 'Sostenibilidad financiera' },
}

export const pledgeStatusLabels: Labels<typeof contract.pledgeStatuses> = {
  pending: { en: 'Pending review', es: 'Pendiente de revisión' },
  approved: { en: 'Approved', es: 'Aprobado' },
  rejected: { en: 'Rejected', es: 'Rechazado' },
  lapsed: { en: 'Lapsed (not renewed)', es: 'Vencido (no se renovó)' },
}

export const selfAssessmentRatingLabels: Labels<typeof contract.selfAssessmentRatings> = {
  'not-started': { en: 'Not started', es: 'Sin empezar' },
  planning: { en: 'Planning', es: 'En planificación' },
  partly: { en: 'Partly in place', es: 'Parcialmente en práctica' },
  fully: { en: 'Fully in place', es: 'Totalmente en práctica' },
}

/** A label in the admin's language (English for any other), or the raw value when the list does not have it. */
export function labelIn(labels: Record<string, Label>, value: string | null | undefined, language: string): string {
  if (!value) return ''
  const label = labels[value]
  return label ? label[language === 'es' ? 'es' : 'en'] : value
}
