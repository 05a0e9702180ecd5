/**
 * The GraphQL depth limit on a schema with a cycle (a field that returns its own type), which the
 * CMS's schema does not have yet: how deep each query nests, through fragments too.
 */
import { buildSchema, type ExecutionArgs, parse, validate } from 'graphql'
import { describe, expect, it } from 'vitest'
import { depthLimit } from '../cms/graphql/depthLimit.ts'

const schema = buildSchema('type Query { node: Node } type Node { name: String child: Node }')
const nested = (levels: number) => `{ node { ${'child { '.repeat(levels - 2)}name${' }'.repeat(levels - 2)} } }`

function errors(query: string, language?: string): string[] {
  const document = parse(query)
  const args = { schema, document, contextValue: { req: { i18n: { language } } } } as ExecutionArgs
  return validate(schema, document, [depthLimit(10, args)]).map((e) => e.message)
}

describe('depthLimit', () => {
  it('lets a query 10 levels deep through and refuses 11', () => {
    expect(errors(nested(10))).toEqual([])
    expect(errors(nested(11))).toEqual([expect.stringContaining('more than 10 levels deep (query depth limit 10)')])
  })

  it('counts the levels a fragment adds where it is spread', () => {
    const fragment = `fragment Deep on Node { ${'child { '.repeat(6)}name${' }'.repeat(6)} }`
    expect(errors(`{ node { child { child { ...Deep } } } } ${fragment}`)).toEqual([])
    expect(errors(`{ node { child { child { child { ...Deep } } } } } ${fragment}`)).toHaveLength(1)
    expect(errors(`{ node { child { child { child { ... on Node { ...Deep } } } } } } ${fragment}`)).toHaveLength(1)
  })

  it('ends on fragments that spread each other', () => {
    expect(errors('{ node { ...A } } fragment A on Node { child { ...B } } fragment B on Node { child { ...A } }')).toEqual([])
  })

  it('does not count introspection, and speaks Spanish to a Spanish client', () => {
    expect(errors(`{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }`)).toEqual(
      [],
    )
    expect(errors(nested(12), 'es')[0]).toMatch(/^Esta consulta anida campos a más de 10 niveles/)
  })
})
