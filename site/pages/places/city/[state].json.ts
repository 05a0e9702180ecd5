import type { APIRoute } from 'astro'
import { cityFiles } from '../../../lib/geo/places.ts'

/** /places/city/or.json: the centres of a state's cities, fetched only when a CHW types "City, ST". */
export function getStaticPaths() {
  return [...cityFiles()].map(([state, cities]) => ({ params: { state }, props: { json: JSON.stringify(cities) } }))
}

export const GET: APIRoute = ({ props }) => new Response(props.json as string, { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
