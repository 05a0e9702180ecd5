/**
 * A GraphQL validation rule: a query may nest fields at most `max` levels deep (`{ JobPostings {
 * docs { title } } }` is 3), so one request cannot ask for an ever deeper chain of relationships.
 * Payload's complexity limit (`graphQL.maxComplexity`) bounds how many fields; this bounds how deep.
 * Introspection fields (`__schema`, `__type`) are not counted: Payload turns introspection off in
 * production, and the playground's own introspection query is deeper than any content query.
 */
import { type ExecutionArgs, type FragmentDefinitionNode, GraphQLError, Kind, type SelectionSetNode, type ValidationRule } from 'graphql'

/** Deeper than any query the CMS's own code, tests or the site need (they nest 3 to 5 levels). */
export const maxQueryDepth = 10

const message = (max: number) => ({
  en: `This query nests fields more than ${max} levels deep (query depth limit ${max}). Ask for fewer nested levels.`,
  es: `Esta consulta anida campos a más de ${max} niveles de profundidad (límite de profundidad ${max}). Pida menos niveles anidados.`,
})

/** Payload passes its request as the GraphQL context; its i18n says which language the client reads. */
function language(args: ExecutionArgs): 'en' | 'es' {
  const context = args.contextValue as { req?: { i18n?: { language?: string } } } | undefined
  return context?.req?.i18n?.language === 'es' ? 'es' : 'en'
}

export function depthLimit(max: number, args: ExecutionArgs): ValidationRule {
  return (context) => {
    const fragments = new Map<string, FragmentDefinitionNode>()
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
    }
    // The depth of a selection set whose fields sit at `level`; stops looking once past `max`, and
    // follows each fragment once per path (a fragment cycle is refused by GraphQL's own rules).
    const depth = (selectionSet: SelectionSetNode, level: number, spread: ReadonlySet<string>): number => {
      if (level > max) return level
      let deepest = level - 1
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith('__')) continue
          deepest = Math.max(deepest, selection.selectionSet ? depth(selection.selectionSet, level + 1, spread) : level)
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depth(selection.selectionSet, level, spread))
        } else {
          const fragment = fragments.get(selection.name.value)
          if (!fragment || spread.has(fragment.name.value)) continue
          deepest = Math.max(deepest, depth(fragment.selectionSet, level, new Set([...spread, fragment.name.value])))
        }
        if (deepest > max) break
      }
      return deepest
    }
    return {
      OperationDefinition(operation) {
        if (depth(operation.selectionSet, 1, new Set()) > max) {
          context.reportError(new GraphQLError(message(max)[language(args)], { nodes: [operation] }))
        }
      },
    }
  }
}
