/**
 * The feed model and its two formats, RSS 2.0 and JSON Feed 1.1: shared by the site's static feeds
 * (site/lib/feeds.ts) and the CMS's feeds of any search (cms/feeds/), so both write the same items.
 */
import { getRssString } from '@astrojs/rss'
import type { Locale } from './schema.ts'
import { escapeHtml } from './escapeHtml.ts'

export type FeedItem = {
  /** Absolute URL of the detail page; also the item's guid / id. */
  url: string
  title: string
  summary: string
  contentText: string
  /** RFC 3339 instants. */
  published: string
  modified: string
  tags: string[]
  language: Locale
  authors: { name: string; url?: string }[]
}

export type Feed = {
  title: string
  description: string
  language: Locale
  /** The HTML page the feed mirrors. */
  homePageUrl: string
  rssUrl: string
  jsonUrl: string
  items: FeedItem[]
}

/** Text for HTML (the same as the site's site/lib/richtext.ts escapeHtml). */

const escapeXml = (value: string) => value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string)

/**
 * RSS 2.0 with `<language>`, an Atom self link and a `<lastBuildDate>` from the newest item.
 *
 * Readers decode an item's `<description>` and render the result as HTML, so the summary (plain
 * text) is escaped for HTML here and then for XML by @astrojs/rss: `<img>` in a summary reaches the
 * reader as `&lt;img&gt;`, text. Titles and categories are plain text in RSS 2.0 (no HTML), so
 * they are escaped for XML only, and a reader shows `&` as `&`.
 */
export function toRss(feed: Feed): Promise<string> {
  const newest = feed.items
    .map((item) => item.modified)
    .sort()
    .at(-1)
  return getRssString({
    title: feed.title,
    description: feed.description,
    site: feed.homePageUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      `<language>${feed.language}</language>`,
      newest ? `<lastBuildDate>${new Date(newest).toUTCString()}</lastBuildDate>` : '',
      `<atom:link href="${escapeXml(feed.rssUrl)}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: feed.items.map((item) => ({
      title: item.title,
      link: item.url,
      description: escapeHtml(item.summary),
      pubDate: new Date(item.published),
      categories: item.tags,
    })),
  })
}

export type JsonFeed = {
  version: 'https://jsonfeed.org/version/1.1'
  title: string
  home_page_url: string
  feed_url: string
  description: string
  language: string
  items: {
    id: string
    url: string
    title: string
    content_text: string
    summary: string
    date_published: string
    date_modified: string
    tags: string[]
    language: string
    authors?: { name: string; url?: string }[]
  }[]
}

export function toJsonFeed(feed: Feed): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.homePageUrl,
    feed_url: feed.jsonUrl,
    description: feed.description,
    language: feed.language,
    items: feed.items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      content_text: item.contentText,
      summary: item.summary,
      date_published: item.published,
      date_modified: item.modified,
      tags: item.tags,
      language: item.language,
      ...(item.authors.length ? { authors: item.authors } : {}),
    })),
  }
}
