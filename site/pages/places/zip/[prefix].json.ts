import type { APIRoute } from 'astro'
import { zipFiles } from '../../../lib/geo/places.ts'

/** /places/zip/974.json: the centres of the ZIPs that start with 974, fetched only when a CHW types one. */
export function getStaticPaths() {
  return [...zipFiles()].map(([prefix, zips]) => ({ params: { prefix }, props: { json: JSON.stringify(zips) } }))
}

export const GET: APIRoute = ({ props }) => new Response(props.json as string, { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
