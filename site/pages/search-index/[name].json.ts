import type { APIRoute } from 'astro'
import { searchIndexFor } from '../../lib/search/site-index.ts'

/** Every content-hashed index file of both locales: roots (/search-index/es.3f9a1c2b4d.json), shards, row chunks. */
export async function getStaticPaths() {
  const files = (await Promise.all((['en', 'es'] as const).map((locale) => searchIndexFor(locale)))).flat()
  return files.map((file) => ({ params: { name: file.name.replace(/\.json$/, '') }, props: { json: file.json } }))
}

export const GET: APIRoute = ({ props }) => new Response(props.json as string, { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
