// Gate D, remote assets: a catalog link to an absolute URL names a published copy, and must be
// tied to an artifact (or store) of this release: by the checksum it carries, by the bytes
// remote-assets: fetch read, or listed as unverified when the workflow allows it
// (docs/decisions.md, "Remote assets"). Reads the evidence only: the network was read before.
import { remoteLinksOf, type RemoteLink } from '../catalogs/remote-links.js'
import type { InventoryEntry } from '../inventory/entry.js'
import { appendTo } from '../model/multimap.js'
import { shownUrl } from '../model/shown-url.js'
import { violation, type Violation } from '../model/violation.js'
import type { RemoteEvidence, RemoteReading } from '../remote/reading.js'
import type { Evidence, PublishedCopy, RemoteAssetsOutcome } from './evidence.js'

export type { PublishedCopy } from './evidence.js'

interface RemoteAssetsEvidence {
  links: readonly RemoteLink[]
  /** Every entry of the release: artifacts first, then catalogs, each with its digest. */
  entries: readonly InventoryEntry[]
  remote: RemoteEvidence
}

/** The last segment of a URL's path or of a root-relative path (a store's, without its `/`). */
export function fileNameOf(path: string): string {
  const trimmed = path.replace(/[?#].*$/s, '').replace(/\/+$/, '')
  const last = trimmed.slice(trimmed.lastIndexOf('/') + 1)
  try {
    return decodeURIComponent(last)
  } catch {
    return last
  }
}

/** The entries of the release by digest and by file name, built once. */
class ReleaseIndex {
  private readonly byDigest = new Map<string, InventoryEntry[]>()
  private byName?: Map<string, InventoryEntry[]>
  constructor(private readonly entries: readonly InventoryEntry[]) {
    // Every digest of the inventory: an artifact's, a store's, a catalog's. Stores merged from
    // another list compose: each is one more entry with its own digest.
    for (const entry of entries) appendTo(this.byDigest, entry.digest, entry)
  }
  /**
   * The entry with this digest, the one of the link's file name first. The bytes of one object
   * are never a store (a folder of objects): `filesOnly` leaves stores out.
   */
  withDigest(digest: string, name: string, filesOnly = false): InventoryEntry | undefined {
    const found = this.byDigest.get(digest)?.filter((entry) => !filesOnly || !isStore(entry))
    return found?.find((entry) => fileNameOf(entry.path) === name) ?? found?.[0]
  }
  /** The entry of this file name, when exactly one has it. */
  named(name: string): InventoryEntry | undefined {
    if (!this.byName) {
      this.byName = new Map()
      for (const entry of this.entries) appendTo(this.byName, fileNameOf(entry.path), entry)
    }
    const found = this.byName.get(name)
    return found?.length === 1 ? found[0] : undefined
  }
}

/** A directory store's entry: its path ends with `/` (docs/decisions.md, "Directory stores"). */
function isStore(entry: InventoryEntry): boolean {
  return entry.path.endsWith('/')
}

/** The judgement of one link: a violation, or the copy the summary lists. */
type Judged = { violation: Violation } | { copy: Omit<PublishedCopy, 'url' | 'catalog'> }

/** What the summary says beside a copy whose file name is not its artifact's. */
function nameNote(link: RemoteLink, entry: InventoryEntry): string | undefined {
  const name = fileNameOf(link.url)
  const own = fileNameOf(entry.path)
  return name === own ? undefined : `file name ${name} is not the artifact's (${own})`
}

/** The checksum a message tells the user to add, in the link's own property. */
function checksumAdvice(link: RemoteLink, entry: InventoryEntry | undefined): string {
  const hex = entry ? entry.digest.slice('sha256:'.length) : '<64 hex of its SHA-256>'
  return link.property === 'file:checksum'
    ? `"file:checksum": "1220${hex}"${entry ? ` (the digest of ${entry.path})` : ''}`
    : `an spdx:checksum with spdx:algorithm spdx:checksumAlgorithm_sha256 and spdx:checksumValue ${hex}${entry ? ` (the digest of ${entry.path})` : ''}`
}

function found(
  link: RemoteLink,
  code:
    | 'REMOTE_ASSET_UNKNOWN'
    | 'REMOTE_ASSET_UNVERIFIED'
    | 'REMOTE_ASSET_MISMATCH'
    | 'REMOTE_ASSET_UNREADABLE'
    | 'CHECKSUM_UNSUPPORTED',
  message: string
): Judged {
  return { violation: violation(code, link.document.display, message, { line: link.line() }) }
}

/**
 * With fetch, a link to a store: a store is a folder of objects, and fetch reads one object per
 * link, so whatever one read gave (a 404, a listing page, an object that merely hashes to the
 * store's digest) is not the store. Refused rather than passed on its checksum alone.
 */
function storeNotRead(link: RemoteLink, store: InventoryEntry): Judged {
  return found(
    link,
    'REMOTE_ASSET_UNREADABLE',
    `The ${link.what} links to ${shownUrl(link.url)}, the published copy of the directory store ${store.path}: a store is a folder of objects, and remote-assets: fetch reads one object per link, so it cannot compare a store. Give the link the store's checksum, ${checksumAdvice(link, store)}, and run with remote-assets: require-checksum, which ties it by that checksum (remote-assets: allow lists it as unverified).`
  )
}

/** A link whose checksum names an entry: with fetch, its bytes must have that digest too. */
function judgeClaimed(
  link: RemoteLink,
  digest: string,
  entry: InventoryEntry,
  reading: RemoteReading | undefined
): Judged {
  const note = nameNote(link, entry)
  if (reading === undefined) return { copy: { copyOf: entry.path, by: 'checksum', note } }
  if (isStore(entry)) return storeNotRead(link, entry)
  const url = shownUrl(link.url)
  if ('problem' in reading)
    return found(
      link,
      'REMOTE_ASSET_UNREADABLE',
      `The ${link.what} links to ${url}, which could not be read: ${reading.problem}`
    )
  if (reading.digest !== digest)
    return found(
      link,
      'REMOTE_ASSET_MISMATCH',
      `The ${link.what} links to ${url}, whose bytes have ${reading.digest}; its ${link.property} names ${entry.path} (${digest}). The published copy is not this release's file: publish the artifact again at that URL, or link the copy that holds it.`
    )
  const by = reading.source === 'stream' ? 'bytes' : 'store checksum'
  return { copy: { copyOf: entry.path, by, note } }
}

/** A link without a checksum: refused, allowed as unverified, or judged by the bytes read. */
function judgeUnclaimed(link: RemoteLink, release: ReleaseIndex, remote: RemoteEvidence): Judged {
  const name = fileNameOf(link.url)
  const named = release.named(name)
  const url = shownUrl(link.url)
  if (remote.mode === 'require-checksum')
    return found(
      link,
      'REMOTE_ASSET_UNVERIFIED',
      `The ${link.what} links to ${url} without a ${link.property}, so nothing ties it to an artifact of this release; add ${checksumAdvice(link, named)}, or set remote-assets: fetch to have the gate read and compare it (remote-assets: allow lists it as unverified).`
    )
  if (remote.mode === 'allow') {
    const note = named ? `not checked; by its file name, ${named.path}` : 'not checked'
    return { copy: { by: 'unverified', note } }
  }
  const reading = remote.readings?.get(link.url)
  const read = reading && 'digest' in reading ? reading : undefined
  const entry = read && release.withDigest(read.digest, name, true)
  if (read && entry) {
    const by = read.source === 'stream' ? 'bytes' : 'store checksum'
    return { copy: { copyOf: entry.path, by, note: nameNote(link, entry) } }
  }
  if (named && isStore(named)) return storeNotRead(link, named)
  if (read === undefined)
    return found(
      link,
      'REMOTE_ASSET_UNREADABLE',
      `The ${link.what} links to ${url}, which could not be read: ${reading && 'problem' in reading ? reading.problem : 'it was not fetched.'}`
    )
  if (named)
    return found(
      link,
      'REMOTE_ASSET_MISMATCH',
      `The ${link.what} links to ${url}, whose bytes have ${read.digest}, not the digest of ${named.path} (${named.digest}), the artifact of that file name. Publish the artifact again at that URL, or link the copy that holds it, with ${checksumAdvice(link, named)}.`
    )
  return found(
    link,
    'REMOTE_ASSET_UNKNOWN',
    `The ${link.what} links to ${url}, whose bytes (${read.digest}) are no artifact of this release: the catalog describes bytes this gate never saw. Link the published copy of an artifact of this release, or add the file to the artifacts.`
  )
}

function judgeLink(link: RemoteLink, release: ReleaseIndex, remote: RemoteEvidence): Judged[] {
  const url = shownUrl(link.url)
  const judged: Judged[] = link.unsupported.map((checksum) =>
    found(
      link,
      'CHECKSUM_UNSUPPORTED',
      `The ${link.property} of the ${link.what} (${url}) is "${checksum}", not SHA-256, so it cannot be matched with an artifact; write it as SHA-256.`
    )
  )
  if (link.digests.length === 0)
    return judged.length > 0 ? judged : [judgeUnclaimed(link, release, remote)]
  const reading = remote.mode === 'fetch' ? remote.readings?.get(link.url) : undefined
  const unread: RemoteReading = { problem: 'it was not fetched.' }
  for (const digest of link.digests) {
    const entry = release.withDigest(digest, fileNameOf(link.url))
    judged.push(
      entry
        ? judgeClaimed(
            link,
            digest,
            entry,
            remote.mode === 'fetch' ? (reading ?? unread) : undefined
          )
        : found(
            link,
            'REMOTE_ASSET_UNKNOWN',
            `The ${link.property} of the ${link.what} (${url}) is ${digest}, the digest of no artifact of this release: the catalog describes bytes this gate never saw. Publish this release's artifact there and give its digest, or add the file to the artifacts.`
          )
    )
  }
  return judged
}

/** The links counted by scheme, for the summary: `2 https, 1 s3`. */
function bySchemes(links: readonly RemoteLink[]): string {
  const counts = new Map<string, number>()
  for (const link of links) counts.set(link.scheme, (counts.get(link.scheme) ?? 0) + 1)
  return [...counts].map(([scheme, count]) => `${count} ${scheme}`).join(', ')
}

function checkedLine(
  links: readonly RemoteLink[],
  copies: readonly PublishedCopy[],
  remote: RemoteEvidence
): string[] {
  if (links.length === 0) return []
  const counts = new Map<PublishedCopy['by'], number>()
  for (const copy of copies) counts.set(copy.by, (counts.get(copy.by) ?? 0) + 1)
  const parts = [
    ['checksum', 'tied by checksum'],
    ['bytes', 'read and compared'],
    ['store checksum', "compared by the store's SHA-256"],
    ['unverified', 'unverified']
  ] as const
  const said = parts.flatMap(([by, words]) =>
    counts.get(by) ? [`${counts.get(by)} ${words}`] : []
  )
  const renamed = copies.filter((copy) => copy.copyOf && copy.note).length
  if (renamed > 0) said.push(`${renamed} whose file name is not its artifact's`)
  return [
    `${links.length} remote asset link${links.length === 1 ? '' : 's'} (${bySchemes(links)}; remote-assets: ${remote.mode})` +
      (said.length > 0 ? `: ${said.join(', ')}` : '')
  ]
}

export function judgeRemoteAssets(evidence: RemoteAssetsEvidence): RemoteAssetsOutcome {
  const release = new ReleaseIndex(evidence.entries)
  const violations: Violation[] = []
  const copies: PublishedCopy[] = []
  for (const link of evidence.links) {
    for (const judged of judgeLink(link, release, evidence.remote)) {
      if ('violation' in judged) violations.push(judged.violation)
      else {
        const copy: PublishedCopy = {
          url: shownUrl(link.url),
          catalog: link.document.display,
          ...judged.copy
        }
        if (copy.note === undefined) delete copy.note
        if (copy.copyOf === undefined) delete copy.copyOf
        copies.push(copy)
      }
    }
  }
  return { violations, copies, checked: checkedLine(evidence.links, copies, evidence.remote) }
}

/** The remote asset links of a run's catalogs, judged: gate D's violations and the summary's list. */
export function remoteAssetsOf(
  evidence: Pick<Evidence, 'catalogDocuments' | 'artifacts' | 'catalogs' | 'remoteAssets'>
): RemoteAssetsOutcome {
  const links = remoteLinksOf(evidence.catalogDocuments.documents)
  // No index of 100,000 digests built for a release whose catalogs link nothing remote.
  if (links.length === 0) return { violations: [], copies: [], checked: [] }
  return judgeRemoteAssets({
    links,
    entries: evidence.artifacts.entries.concat(evidence.catalogs.entries),
    remote: evidence.remoteAssets
  })
}
