// A catalog file that could not be read into a view: why, by what it failed to be, and what its
// bytes still say (the digests it names, the vocabulary it uses), for linking what it would have
// covered.
import { headBytes } from '../documents/document-bytes.js'
import { digestsIn, searchableText } from '../documents/mentions.js'
import type { CatalogKind } from './views.js'

/** Why a catalog file could not be read into a view, by what it failed to be. */
export interface UnreadableCatalog {
  failed: 'json' | 'stac' | 'jsonld' | 'prov-json' | 'recognition'
  /** Workspace-relative path. */
  path: string
  /** One sentence per problem found (a STAC document may break several schema rules). */
  problems: Array<{ message: string; line?: number }>
  /** What its bytes still say, when they could be read: for linking what it would have covered. */
  mentions?: CatalogMentions
}

interface CatalogMentions {
  /** The digests in its text (`sha256:` and lowercase hex). */
  digests: Set<string>
  /** The catalog kinds it was read as, or whose vocabulary its text uses. */
  kinds: CatalogKind[]
}

/** Marks in a text that say which vocabulary it was written in. */
const VOCABULARY: ReadonlyArray<[CatalogKind, readonly string[]]> = [
  ['dcat', ['http://www.w3.org/ns/dcat#', '"dcat:']],
  ['stac', ['"stac_version"']],
  ['prov', ['http://www.w3.org/ns/prov#', '"prov:', '"entity"', '"activity"', '"wasGeneratedBy"']]
]

/** The kind a catalog that failed these checks was recognised as, before it failed. */
const KIND_OF_FAILED: Partial<Record<UnreadableCatalog['failed'], CatalogKind>> = {
  stac: 'stac',
  'prov-json': 'prov'
}

/**
 * What an unreadable catalog's bytes say. A STAC or PROV-JSON document that failed its checks was
 * recognised as that; any other is taken as the kinds whose vocabulary its text uses.
 */
function mentionsOf(failed: UnreadableCatalog['failed'], bytes: Buffer): CatalogMentions {
  const text = searchableText(bytes)
  const known = KIND_OF_FAILED[failed]
  return { digests: digestsIn(text), kinds: known ? [known] : kindsIn(text) }
}

/** The catalog kinds whose vocabulary a text uses. */
const kindsIn = (text: string): CatalogKind[] =>
  VOCABULARY.filter(([, marks]) => marks.some((mark) => text.includes(mark))).map(([kind]) => kind)

/**
 * How much of a catalog refused unread (over the size limit) is looked at: its vocabulary is
 * declared at the top. Its digests are not taken from a part, so what a part names is not
 * folded under it while the rest is not.
 */
const HEAD_BYTES = 1024 * 1024

/** What a catalog refused unread still says: the kinds whose vocabulary its head uses. */
export function headMentions(absolute: string): CatalogMentions | undefined {
  const head = headBytes(absolute, HEAD_BYTES)
  return head && { digests: new Set(), kinds: kindsIn(searchableText(head)) }
}

/** A catalog that could not be read, with what its bytes say when they could be read. */
export function unreadableAs(
  failed: UnreadableCatalog['failed'],
  display: string,
  problems: Array<{ message: string; line?: number }>,
  bytes: Buffer | undefined
): { unreadable: UnreadableCatalog } {
  const unreadable: UnreadableCatalog = { failed, path: display, problems }
  if (bytes) unreadable.mentions = mentionsOf(failed, bytes)
  return { unreadable }
}
