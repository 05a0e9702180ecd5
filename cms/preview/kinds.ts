/** What can be previewed: the three kinds of detail page, and the Framework page. */
const previewCollections = ['job-postings', 'training-programs', 'toolkits'] as const
export type PreviewCollection = (typeof previewCollections)[number]
export type PreviewKind = PreviewCollection | 'framework'

export const isPreviewCollection = (value: unknown): value is PreviewCollection => (previewCollections as readonly unknown[]).includes(value)
export const isPreviewKind = (value: unknown): value is PreviewKind => value === 'framework' || isPreviewCollection(value)
