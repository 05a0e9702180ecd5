/** Step 1: one radio group per framework area (native radios: Tab between areas, arrows within). */
import { selfAssessmentRatings } from '../../../content/schema.ts'
import { fieldId } from '../../lib/pledge/pledge-errors.ts'
import type { Rating, Ratings } from '../../lib/pledge/pledge-form.ts'
import type { AreaView, Strings } from './types.ts'

type Props = {
  areas: AreaView[]
  ratings: Ratings
  strings: Strings
  onRate: (area: AreaView['slug'], rating: Rating) => void
  onShowResults: () => void
  /** Shown under the button when the user asks for results with nothing rated. */
  needOne: boolean
}

/** The first radio carries the group's field id, so an error about the self-assessment can focus it. */
const radioId = (areaIndex: number, area: string, rating: Rating) =>
  areaIndex === 0 && rating === selfAssessmentRatings[0] ? fieldId('selfAssessment') : `rating-${area}-${rating}`

export default function SelfAssessment({ areas, ratings, strings, onRate, onShowResults, needOne }: Props) {
  return (
    <section className="pledge-step pledge-print-hide" aria-labelledby="assessment-title">
      <h2 id="assessment-title">{strings['assessment.title']}</h2>
      <p>{strings['assessment.lead']}</p>
      {areas.map((area, index) => (
        <fieldset key={area.slug} className="rating-group" aria-describedby={`rating-${area.slug}-hint`}>
          <legend>
            <h3 lang={area.title.lang}>
              {index + 1}. {area.title.text}
            </h3>
          </legend>
          <p className="field-hint" id={`rating-${area.slug}-hint`}>
            <span lang={area.summary.lang}>{area.summary.text}</span> {strings['assessment.question']}
          </p>
          <details>
            <summary>{strings['assessment.recommendations']}</summary>
            <ul>
              {area.recommendations.map((r) => (
                <li key={r.slug} lang={r.text.lang}>
                  {r.text.text}
                </li>
              ))}
            </ul>
          </details>
          <div className="choices choices--inline">
            {selfAssessmentRatings.map((rating) => {
              const id = radioId(index, area.slug, rating)
              return (
                <div className="choice" key={rating}>
                  <input
                    type="radio"
                    id={id}
                    name={`rating-${area.slug}`}
                    value={rating}
                    checked={ratings[area.slug] === rating}
                    onChange={() => onRate(area.slug, rating)}
                  />
                  <label htmlFor={id}>{strings[`assessment.rating.${rating}`]}</label>
                </div>
              )
            })}
          </div>
        </fieldset>
      ))}
      <p className="actions">
        <button type="button" id="assessment-show" aria-describedby={needOne ? 'assessment-need-one' : undefined} onClick={onShowResults}>
          {strings['assessment.show']}
        </button>
      </p>
      {needOne && (
        <p className="field-error" id="assessment-need-one">
          {strings['assessment.needOne']}
        </p>
      )}
    </section>
  )
}
