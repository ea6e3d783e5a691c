// Raw input strings (action inputs or CLI flags, both kebab-case) → one typed options object per
// command: a promotion's Options, verify's, inventory's, version-id's. Problems here are usage
// errors: the run cannot even be described. Problems with what the inputs point at are
// violations, found later by the gates.
import type { DocumentRef } from '../documents/read-document.js'
import type { MediaTypeOverride } from '../inventory/media-types.js'
import type { ShardSpec } from '../inventory/shards.js'
import { DIGEST_PATTERN } from '../model/digest.js'
import type { LfsMode } from '../model/lfs-pointer.js'
import type { RemoteAssetsMode } from '../remote/reading.js'
import { documentRef, documentRefsUnder, parsePlaces, parseStores, type Places } from './places.js'
import { ownInputs, type GivenInputs } from './read-inputs.js'
import {
  UsageError,
  nonEmpty,
  parseBoolean,
  parseChoice,
  parseLfsMode,
  parseMediaTypes,
  parsePositiveInteger,
  parseRequiredApprovals,
  parseShard
} from './values.js'

export { UsageError } from './values.js'
export { rootDisplay } from './places.js'

/** What one promotion run is asked to check: every input the action and the CLI share. */
export interface Options extends Places {
  datasetSlug: string
  datasetVersionId?: string
  releasedAt?: string
  spec?: DocumentRef
  specHash?: string
  artifacts: string[]
  /** Patterns of directories that are each one artifact (directory stores). */
  stores: string[]
  artifactsManifest?: DocumentRef
  catalogs: string[]
  catalogsManifest?: DocumentRef
  qaReport?: DocumentRef
  policyDecision?: DocumentRef
  /** The base branch's copy of the policy decision, to tell a lowered label (pull requests). */
  basePolicyDecision?: DocumentRef
  approvals?: DocumentRef
  runReceipts: string[]
  requiredApprovals: Record<string, string[]>
  mediaTypes: MediaTypeOverride[]
  stacApplicable: boolean
  /** Extension schema URL → the local file holding it. */
  stacExtensionSchemas: Array<{ url: string; file: DocumentRef }>
  sboms: DocumentRef[]
  attestations: DocumentRef[]
  /** Inventory shard files whose merge is the artifacts inventory (empty: hash the artifacts). */
  artifactsShards: DocumentRef[]
  /** What an artifact's Git LFS pointer stands for (docs/decisions.md, Git LFS). */
  lfs: LfsMode
  /** What an absolute asset link gets (docs/remote-assets.md). */
  remoteAssets: RemoteAssetsMode
  /** How long, in seconds, a remote server may keep one try of a fetch waiting. */
  remoteAssetsTimeoutSeconds: number
}

/** `URL=path` lines: a local schema file for each STAC extension URL. */
function parseStacExtensionSchemas(
  workspace: string,
  lines: readonly string[] = []
): Options['stacExtensionSchemas'] {
  return lines.map((line) => {
    const at = line.lastIndexOf('=')
    const url = line.slice(0, at).trim()
    const file = at > 0 ? documentRef(workspace, line.slice(at + 1)) : undefined
    if (!file || !URL.canParse(url)) {
      throw new UsageError(
        `stac-extension-schemas line "${line}" must read "URL=path" (for example "https://stac-extensions.github.io/example/v1.0.0/schema.json=schemas/example.json").`
      )
    }
    return { url, file }
  })
}

export function parseOptions(given: GivenInputs, workspace: string): Options {
  const raw = ownInputs(given)
  const datasetSlug = nonEmpty(raw['dataset-slug'])
  if (!datasetSlug) throw new UsageError('dataset-slug is required (for example "river_gauges").')
  const places = parsePlaces(raw, workspace)
  const refs = documentRefsUnder(workspace, places)
  const artifactsShards = refs.list(raw['artifacts-shards'])
  if (artifactsShards.length > 0 && nonEmpty(raw['artifacts-manifest']))
    throw new UsageError(
      'artifacts-shards and artifacts-manifest both say what the artifacts are; give one of them.'
    )
  return {
    ...places,
    datasetSlug,
    datasetVersionId: nonEmpty(raw['dataset-version-id']),
    releasedAt: nonEmpty(raw['released-at']),
    spec: refs.one(raw.spec),
    specHash: nonEmpty(raw['spec-hash']),
    artifacts: raw.artifacts ?? [],
    stores: parseStores(raw),
    artifactsManifest: refs.one(raw['artifacts-manifest']),
    catalogs: raw.catalogs ?? [],
    catalogsManifest: refs.one(raw['catalogs-manifest']),
    qaReport: refs.one(raw['qa-report']),
    policyDecision: refs.one(raw['policy-decision']),
    basePolicyDecision: refs.one(raw['base-policy-decision']),
    approvals: refs.one(raw.approvals),
    runReceipts: raw['run-receipts'] ?? [],
    requiredApprovals: parseRequiredApprovals(raw['required-approvals']),
    mediaTypes: parseMediaTypes(raw['media-types']),
    stacApplicable: parseBoolean('stac-applicable', raw['stac-applicable']),
    stacExtensionSchemas: parseStacExtensionSchemas(workspace, raw['stac-extension-schemas']),
    sboms: refs.list(raw.sbom),
    attestations: refs.list(raw.attestations),
    artifactsShards,
    lfs: parseLfsMode(raw.lfs),
    remoteAssets: parseChoice<RemoteAssetsMode>('remote-assets', raw['remote-assets']),
    remoteAssetsTimeoutSeconds:
      parsePositiveInteger(
        'remote-assets-timeout-seconds',
        raw['remote-assets-timeout-seconds'],
        1,
        3600
      ) ?? 60
  }
}

/** What verifying a written manifest is asked to check. */
export interface VerifyOptions {
  workspace: string
  /** Absolute dataset root, and as the user named it. */
  root: string
  rootPath: string
  manifest: DocumentRef
  expectDigest?: string
  /** Root-relative patterns; a file they find that the manifest does not list is a violation. */
  strict: string[]
  /** Only the files of this shard are checked (the manifest and its sidecars always are). */
  shard?: ShardSpec
}

export function parseVerifyOptions(given: GivenInputs, workspace: string): VerifyOptions {
  const raw = ownInputs(given)
  const manifest = documentRef(workspace, raw.manifest)
  if (!manifest)
    throw new UsageError(
      'manifest is required in verify mode (for example "promotion_manifest.json").'
    )
  const expectDigest = nonEmpty(raw['expect-digest'])
  if (expectDigest !== undefined && !DIGEST_PATTERN.test(expectDigest))
    throw new UsageError(
      `expect-digest "${expectDigest}" must be sha256: followed by 64 lowercase hex characters (the manifest-digest output of the generating job).`
    )
  const { root, rootPath } = parsePlaces({ root: raw.root }, workspace)
  return {
    workspace,
    root,
    rootPath,
    manifest,
    expectDigest,
    strict: raw.strict ?? [],
    shard: parseShard(raw.shard)
  }
}

/** What an inventory is asked to list: the action's mode: inventory, the CLI's inventory. */
export interface InventoryOptions extends Places {
  /** The action's shard artifact is named after it. */
  datasetSlug?: string
  /** Root-relative patterns of the files to list. */
  artifacts: string[]
  stores: string[]
  mediaTypes: MediaTypeOverride[]
  /** Only this shard is hashed, and its shard file written. */
  shard?: ShardSpec
  lfs: LfsMode
}

/** What each adapter's inventory must be given, and the sentence when it is not. */
const INVENTORY_NEEDS = {
  action: [
    ['shard', 'mode: inventory needs shard: I/N (for example "2/4").'],
    ['dataset-slug', 'mode: inventory needs dataset-slug, for the artifact name.'],
    ['artifacts', 'mode: inventory needs artifacts, the patterns to inventory.']
  ],
  cli: [
    ['artifacts', 'inventory needs --artifacts (at least one) and --out.'],
    ['out', 'inventory needs --artifacts (at least one) and --out.']
  ]
} as const

export function parseInventoryOptions(
  given: GivenInputs,
  workspace: string,
  adapter: keyof typeof INVENTORY_NEEDS
): InventoryOptions {
  const raw = ownInputs(given)
  const artifacts = raw.artifacts ?? []
  for (const [name, sentence] of INVENTORY_NEEDS[adapter]) {
    const value = name === 'artifacts' ? artifacts.join('') : raw[name]
    const missing = typeof value === 'string' ? nonEmpty(value) === undefined : value === undefined
    if (missing) throw new UsageError(sentence)
  }
  return {
    ...parsePlaces(raw, workspace),
    datasetSlug: nonEmpty(raw['dataset-slug']),
    artifacts,
    stores: parseStores(raw),
    mediaTypes: parseMediaTypes(raw['media-types']),
    shard: parseShard(raw.shard),
    lfs: parseLfsMode(raw.lfs)
  }
}

/** What the version-id command derives the id from: the spec (or its hash) and released-at. */
export function parseVersionIdOptions(
  given: GivenInputs,
  workspace: string
): Pick<Options, 'workspace' | 'spec' | 'specHash' | 'releasedAt'> {
  const raw = ownInputs(given)
  const spec = documentRef(workspace, raw.spec)
  const specHash = nonEmpty(raw['spec-hash'])
  if (!spec && !specHash)
    throw new UsageError('version-id needs --spec FILE (or --spec-hash sha256:HEX).')
  return { workspace, spec, specHash, releasedAt: nonEmpty(raw['released-at']) }
}
