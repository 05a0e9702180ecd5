/** Text safe inside HTML or XML, element content or a quoted attribute. Shared by the site, its feeds and the CMS's emails and pages. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)
}
