declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate at the first interaction, or at once when this localStorage key is set (site/lib/client-interaction.ts). */
    'client:interaction'?: string
  }
}
export {}
