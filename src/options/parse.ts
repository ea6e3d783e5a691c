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
}

export class UsageError extends Error {}

export function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed ? trimmed : undefined
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
export function parsePlaces(raw: RawInputs, workspace: string): Places {
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

export function parseOptions(raw: RawInputs, workspace: string): Options {
  const datasetSlug = nonEmpty(raw['dataset-slug'])
  if (!datasetSlug) throw new UsageError('dataset-slug is required (for example "river_gauges").')
  const artifactsShards = documentRefs(workspace, raw['artifacts-shards'])
  if (artifactsShards.length > 0 && nonEmpty(raw['artifacts-manifest']))
    throw new UsageError(
      'artifacts-shards and artifacts-manifest both say what the artifacts are; give one of them.'
    )
  return {
    ...parsePlaces(raw, workspace),
    datasetSlug,
    datasetVersionId: nonEmpty(raw['dataset-version-id']),
    releasedAt: nonEmpty(raw['released-at']),
    spec: documentRef(workspace, raw.spec),
    specHash: nonEmpty(raw['spec-hash']),
    artifacts: patternLines(raw.artifacts ?? ''),
    stores: parseStores(raw),
    artifactsManifest: documentRef(workspace, raw['artifacts-manifest']),
    catalogs: patternLines(raw.catalogs ?? ''),
    catalogsManifest: documentRef(workspace, raw['catalogs-manifest']),
    qaReport: documentRef(workspace, raw['qa-report']),
    policyDecision: documentRef(workspace, raw['policy-decision']),
    basePolicyDecision: documentRef(workspace, raw['base-policy-decision']),
    approvals: documentRef(workspace, raw.approvals),
    runReceipts: patternLines(raw['run-receipts'] ?? ''),
    requiredApprovals: parseRequiredApprovals(raw['required-approvals']),
    mediaTypes: parseMediaTypes(raw['media-types']),
    stacApplicable: parseBoolean('stac-applicable', raw['stac-applicable']),
    stacExtensionSchemas: parseStacExtensionSchemas(workspace, raw['stac-extension-schemas']),
    sboms: documentRefs(workspace, raw.sbom),
    attestations: documentRefs(workspace, raw.attestations),
    artifactsShards
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

export function parseVerifyOptions(raw: RawInputs, workspace: string): VerifyOptions {
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
  raw: RawInputs,
  workspace: string
): Pick<Options, 'workspace' | 'spec' | 'specHash' | 'releasedAt'> {
  const spec = documentRef(workspace, raw.spec)
  const specHash = nonEmpty(raw['spec-hash'])
  if (!spec && !specHash)
    throw new UsageError('version-id needs --spec FILE (or --spec-hash sha256:HEX).')
  return { workspace, spec, specHash, releasedAt: nonEmpty(raw['released-at']) }
}
