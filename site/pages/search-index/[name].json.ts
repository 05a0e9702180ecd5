import type { APIRoute } from 'astro'
import { searchIndexFor } from '../../lib/search/site-index.ts'

/** One content-hashed index file per locale, e.g. /search-index/es.3f9a1c2b4d.json. */
export async function getStaticPaths() {
  const files = await Promise.all((['en', 'es'] as const).map((locale) => searchIndexFor(locale)))
  return files.map((file) => ({ params: { name: file.name.replace(/\.json$/, '') }, props: { json: file.json } }))
}

export const GET: APIRoute = ({ props }) =>
  new Response(props.json as string, { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
