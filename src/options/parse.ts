// Raw input strings (action inputs or CLI flags, both kebab-case) → one typed Options object.
// Problems here are usage errors: the run cannot even be described. Problems with what the
// inputs point at are violations, found later by the gates.
import path from 'node:path'
import type { DocumentRef } from '../documents/evidence.js'
import { DEFAULT_REQUIRED_APPROVALS } from '../gates/c-policy.js'
import type { MediaTypeOverride } from '../inventory/media-types.js'
import type { ShardSpec } from '../inventory/shards.js'
import { DIGEST_PATTERN } from '../model/digest.js'
import { patternLines } from '../model/lines.js'
import { relativeInside } from '../model/paths.js'
import type { LfsMode } from '../model/lfs-pointer.js'
import type { RemoteAssetsMode } from '../remote/reading.js'
import { INPUTS, inputSpec, type InputName, type RawInputs } from './inputs.js'

/** Where the files are: the workspace, the dataset root in it, and the output file. */
export interface Places {
  workspace: string
  /** Absolute dataset root. */
  root: string
  /** The root as the user named it, workspace-relative (`.` for the workspace itself). */
  rootPath: string
  out: DocumentRef
}

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
  /** What an artifact's Git LFS pointer stands for (DECISIONS.md, "Git LFS"). */
  lfs: LfsMode
  /** What an absolute asset link gets (docs/remote-assets.md). */
  remoteAssets: RemoteAssetsMode
  /** How long, in seconds, a remote server may keep one try of a fetch waiting. */
  remoteAssetsTimeoutSeconds: number
}

/** A request the run cannot take as given: a missing or malformed input, said in a sentence. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

export function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed ? trimmed : undefined
}

/**
 * The inputs' own values only: a key someone set on Object.prototype in this process (the
 * library runs in its caller's) is no input, whatever it is called.
 */
function ownInputs(raw: RawInputs): RawInputs {
  const own = Object.create(null) as RawInputs
  for (const key of Object.keys(raw) as Array<keyof RawInputs>) own[key] = raw[key]
  return own
}

/** Workspace-relative display form of an absolute path (absolute when outside the workspace). */
export function displayPath(workspace: string, absolute: string): string {
  if (path.relative(workspace, absolute) === '') return '.'
  return relativeInside(workspace, absolute) ?? absolute
}

function documentRef(workspace: string, value: string | undefined): DocumentRef | undefined {
  const given = nonEmpty(value)
  if (!given) return undefined
  const absolute = path.resolve(workspace, given)
  const shown = displayPath(workspace, absolute)
  return shown === absolute
    ? { absolute, path: shown }
    : { absolute, path: shown, confine: workspace }
}

function documentRefs(workspace: string, value: string | undefined): DocumentRef[] {
  return patternLines(value ?? '').flatMap((line) => documentRef(workspace, line) ?? [])
}

export function parsePositiveInteger(
  name: InputName,
  value: string | undefined,
  min: number,
  max: number
): number | undefined {
  const text = nonEmpty(value)
  if (text === undefined) return undefined
  const number = Number(text)
  if (!/^\d+$/.test(text) || number < min || number > max) {
    throw new UsageError(`${name} must be a whole number from ${min} to ${max}, not "${text}".`)
  }
  return number
}

export function parseBoolean(name: InputName, value: string | undefined): boolean {
  const text = nonEmpty(value) ?? inputSpec(name).default ?? 'false'
  if (['true', 'True', 'TRUE'].includes(text)) return true
  if (['false', 'False', 'FALSE'].includes(text)) return false
  throw new UsageError(`${name} must be true or false, not "${text}".`)
}

/** The value of a choice input, or its default in the table. */
export function parseChoice<T extends string>(name: InputName, value: string | undefined): T {
  const spec = inputSpec(name)
  const text = nonEmpty(value) ?? spec.default ?? ''
  if (!spec.choices?.includes(text))
    throw new UsageError(`${name} must be one of ${spec.choices?.join(', ')}, not "${text}".`)
  return text as T
}

/** `label: role, role` lines, merged over the defaults label by label. */
export function parseRequiredApprovals(text: string | undefined): Record<string, string[]> {
  const required: Record<string, string[]> = {}
  for (const [label, roles] of Object.entries(DEFAULT_REQUIRED_APPROVALS))
    required[label] = [...roles]
  for (const line of patternLines(text ?? '')) {
    const colon = line.indexOf(':')
    if (colon <= 0) {
      throw new UsageError(
        `required-approvals line "${line}" must read "label: role, role" (for example "restricted: steward, data-owner").`
      )
    }
    const label = line.slice(0, colon).trim()
    required[label] = line
      .slice(colon + 1)
      .split(',')
      .map((role) => role.trim())
      .filter((role) => role.length > 0)
  }
  return required
}

/** The media-type overrides, "pattern: media/type" lines. */
export function parseMediaTypes(text: string | undefined): MediaTypeOverride[] {
  return patternLines(text ?? '').map((line) => {
    const colon = line.lastIndexOf(': ')
    const pattern = colon > 0 ? line.slice(0, colon).trim() : ''
    const mediaType = colon > 0 ? line.slice(colon + 2).trim() : ''
    if (!pattern || !/^[\w!#$&^.+-]+\/[\w!#$&^.+-]+/.test(mediaType)) {
      throw new UsageError(
        `media-types line "${line}" must read "pattern: media/type" (for example "**/*.tif: image/tiff; application=geotiff").`
      )
    }
    return { pattern, mediaType }
  })
}

/** The lfs input: `content` (the default) or `pointers`. */
export function parseLfsMode(value: string | undefined): LfsMode {
  const text = nonEmpty(value) ?? 'content'
  if (text === 'content' || text === 'pointers') return text
  throw new UsageError(
    `lfs must be content (the files are checked out) or pointers (a Git LFS pointer stands for its content), not "${text}".`
  )
}

/** `I/N`: shard I of N, 1 <= I <= N <= 1024 (the shard file schema's limit). */
export function parseShard(value: string | undefined): ShardSpec | undefined {
  const text = nonEmpty(value)
  if (text === undefined) return undefined
  const match = /^(\d{1,4})\/(\d{1,4})$/.exec(text)
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || index < 1 || index > count || count > 1024)
    throw new UsageError(
      `shard must read I/N, shard I of N with 1 <= I <= N <= 1024 (for example "2/4"), not "${text}".`
    )
  return { index, count }
}

/** A root-relative path as messages and annotations show it: relative to the workspace. */
export function rootDisplay(rootPath: string): (relative: string) => string {
  return (relative) => (rootPath === '.' ? relative : path.posix.join(rootPath, relative))
}

/** The workspace, the root and the output file, as the inputs name them. */
export function parsePlaces(given: RawInputs, workspace: string): Places {
  const raw = ownInputs(given)
  const rootRef = documentRef(workspace, raw.root ?? INPUTS.root.default) ?? {
    absolute: workspace,
    path: '.'
  }
  const out = documentRef(workspace, raw.out ?? INPUTS.out.default)
  if (!out) throw new UsageError('out must name a file.')
  return { workspace, root: rootRef.absolute, rootPath: rootRef.path, out }
}

/** `URL=path` lines: a local schema file for each STAC extension URL. */
function parseStacExtensionSchemas(
  workspace: string,
  text: string | undefined
): Options['stacExtensionSchemas'] {
  return patternLines(text ?? '').map((line) => {
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

/** The stores patterns: the input's lines, or its default when it is not given at all. */
export function parseStores(raw: RawInputs): string[] {
  return patternLines(raw.stores ?? INPUTS.stores.default)
}

/**
 * The document inputs' refs, each knowing the dataset root when it is not the workspace: a
 * document path written relative to the root then gets "did you mean" (documents/path-hint.ts).
 */
function documentRefsUnder(workspace: string, places: Places) {
  const root =
    places.rootPath === '.' ? undefined : { absolute: places.root, path: places.rootPath }
  const withRoot = (ref: DocumentRef): DocumentRef => (root ? { ...ref, root } : ref)
  return {
    one: (value: string | undefined) => {
      const ref = documentRef(workspace, value)
      return ref && withRoot(ref)
    },
    list: (value: string | undefined) => documentRefs(workspace, value).map(withRoot)
  }
}

export function parseOptions(given: RawInputs, workspace: string): Options {
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
    artifacts: patternLines(raw.artifacts ?? ''),
    stores: parseStores(raw),
    artifactsManifest: refs.one(raw['artifacts-manifest']),
    catalogs: patternLines(raw.catalogs ?? ''),
    catalogsManifest: refs.one(raw['catalogs-manifest']),
    qaReport: refs.one(raw['qa-report']),
    policyDecision: refs.one(raw['policy-decision']),
    basePolicyDecision: refs.one(raw['base-policy-decision']),
    approvals: refs.one(raw.approvals),
    runReceipts: patternLines(raw['run-receipts'] ?? ''),
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
        raw['remote-assets-timeout-seconds'] ?? INPUTS['remote-assets-timeout-seconds'].default,
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

export function parseVerifyOptions(given: RawInputs, workspace: string): VerifyOptions {
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
    strict: patternLines(raw.strict ?? ''),
    shard: parseShard(raw.shard)
  }
}

/** What the version-id command derives the id from: the spec (or its hash) and released-at. */
export function parseVersionIdOptions(
  given: RawInputs,
  workspace: string
): Pick<Options, 'workspace' | 'spec' | 'specHash' | 'releasedAt'> {
  const raw = ownInputs(given)
  const spec = documentRef(workspace, raw.spec)
  const specHash = nonEmpty(raw['spec-hash'])
  if (!spec && !specHash)
    throw new UsageError('version-id needs --spec FILE (or --spec-hash sha256:HEX).')
  return { workspace, spec, specHash, releasedAt: nonEmpty(raw['released-at']) }
}
