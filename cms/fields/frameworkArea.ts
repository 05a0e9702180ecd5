/**
 * The framework area a pledge's commitment, self-assessment row or progress entry is about, and
 * how far along the employer is in it. Values and labels come from the contract's fixed lists.
 */
import type { SelectField, StaticDescription } from 'payload'
import { frameworkAreaOptions, selfAssessmentRatingOptions } from '../options.ts'

export function areaField(description: StaticDescription, name = 'area'): SelectField {
  return { name, type: 'select', label: { en: 'Area', es: 'Área' }, required: true, options: frameworkAreaOptions, admin: { description } }
}

export function ratingField(description: StaticDescription): SelectField {
  return {
    name: 'rating',
    type: 'select',
    label: { en: 'Rating', es: 'Calificación' },
    required: true,
    options: selfAssessmentRatingOptions,
    admin: { description },
  }
}
