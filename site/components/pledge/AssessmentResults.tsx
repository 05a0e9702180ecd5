/**
 * The self-assessment's result: every answer, strengths, gaps, and the toolkits tagged with the
 * weakest areas. Needs no signing and prints on its own (the print CSS hides the rest of the page).
 */
import { forwardRef } from 'react'
import { assess, toolkitsFor } from '../../lib/pledge/assessment.ts'
import type { Ratings } from '../../lib/pledge/pledge-form.ts'
import { type AreaView, type Strings, type ToolkitView, format } from './types.ts'

type Props = { areas: AreaView[]; toolkits: ToolkitView[]; ratings: Ratings; strings: Strings; siteUrl: string }

const AssessmentResults = forwardRef<HTMLHeadingElement, Props>(function AssessmentResults({ areas, toolkits, ratings, strings, siteUrl }, headingRef) {
  const result = assess(ratings)
  const area = (slug: string) => areas.find((a) => a.slug === slug)!
  const title = (slug: string) => area(slug).title.text
  const rating = (slug: AreaView['slug']) => strings[`assessment.rating.${ratings[slug]}`]
  const suggested = toolkitsFor(toolkits, result.weakest)
  const list = (slugs: AreaView['slug'][]) => (
    <ul>
      {slugs.map((slug) => (
        <li key={slug}>
          <span lang={area(slug).title.lang}>{title(slug)}</span>: {rating(slug)}
        </li>
      ))}
    </ul>
  )
  return (
    <section className="assessment-results" id="assessment-results" aria-labelledby="results-title">
      <h2 id="results-title" tabIndex={-1} ref={headingRef}>
        {strings['assessment.results']}
      </h2>
      <p>{format(strings['assessment.resultsLead'], { rated: areas.length - result.unrated.length, total: areas.length })}</p>
      <table className="ratings-table">
        <caption>{strings['assessment.table']}</caption>
        <thead>
          <tr>
            <th scope="col">{strings['assessment.area']}</th>
            <th scope="col">{strings['assessment.practice']}</th>
          </tr>
        </thead>
        <tbody>
          {areas.map((a) => (
            <tr key={a.slug}>
              <th scope="row" lang={a.title.lang}>
                {a.title.text}
              </th>
              <td>{ratings[a.slug] ? rating(a.slug) : strings['assessment.notRated']}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{strings['assessment.strengths']}</h3>
      {result.strengths.length > 0 ? list(result.strengths) : <p>{strings['assessment.strengthsNone']}</p>}
      <h3>{strings['assessment.gaps']}</h3>
      {result.gaps.length > 0 ? list(result.gaps) : <p>{strings['assessment.gapsNone']}</p>}
      <h3>{strings['assessment.toolkits']}</h3>
      {result.weakest.length > 0 ? (
        <>
          <p>{format(strings['assessment.toolkitsLead'], { areas: result.weakest.map(title).join(', ') })}</p>
          <ul className="toolkit-suggestions">
            {suggested.map((toolkit) => (
              <li key={toolkit.slug}>
                <a href={toolkit.href} data-print-url={new URL(toolkit.href, siteUrl).href}>
                  {toolkit.title}
                </a>
                <br />
                <span className="meta">
                  {format(strings['assessment.helpsWith'], {
                    areas: areas
                      .filter((a) => result.weakest.includes(a.slug) && toolkit.frameworkAreas.includes(a.slug))
                      .map((a) => a.title.text)
                      .join(', '),
                  })}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{strings['assessment.toolkitsNone']}</p>
      )}
      <p className="actions pledge-no-print">
        <button type="button" className="secondary" onClick={() => window.print()}>
          {strings['assessment.print']}
        </button>
        <a className="button" href="#pledge-form-title">
          {strings['assessment.continue']}
        </a>
      </p>
    </section>
  )
})

export default AssessmentResults
