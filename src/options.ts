// Raw input strings (action inputs or CLI flags, both kebab-case) → one typed Options object.
// Problems here are usage errors: the run cannot even be described. Problems with what the
// inputs point at are violations, found later by the gates.
import path from 'node:path'
import { patternLines } from './model/lines.js'
import { relativeInside } from './model/paths.js'
import type { MediaTypeOverride } from './inventory/media-types.js'
import type { DocumentRef } from './documents/evidence.js'
import { DEFAULT_REQUIRED_APPROVALS } from './gates/c-policy.js'

/** Every input, with its default; action.yml and the CLI's --help say the same. */
export const INPUTS = {
  mode: {
    default: 'promote',
    description:
      'promote: build and check the manifest. changed-datasets: only output the changed-datasets matrix for the pull request (no manifest).'
  },
  datasets: {
    description:
      'changed-datasets mode: dataset root globs, workspace-relative, one per line (e.g. datasets/*). A matched directory with a spec.yaml, spec.yml or spec.json is a dataset.'
  },
  'github-token': {
    default: '${{ github.token }}',
    description:
      'Token for the GitHub API (pull-request files, reviews, comments). Needs pull-requests: read, or write for comment: true.'
  },
  'approvals-from': {
    default: 'file',
    description:
      'file: approvals come from the approvals input only. pull-request-reviews: approving reviews of the head commit count too, with roles from reviewer-roles.'
  },
  'reviewer-roles': {
    description:
      'Roles of reviewers, one "role: user, org/team" per line (e.g. "steward: alice, kfm/data-stewards"), for approvals-from: pull-request-reviews.'
  },
  comment: {
    default: 'false',
    description:
      'On a pull request, keep one comment per dataset with the gate table and violations, updated in place on each push.'
  },
  'dataset-slug': {
    description:
      'Required in promote mode. Stable dataset identity: lowercase a-z, 0-9 and _, starting with a letter, at most 64 characters.'
  },
  'dataset-version-id': {
    description:
      'Dataset version id. Default: derived as YYYY-MM (from released-at, UTC) + "." + the first 8 hex characters of spec_hash.'
  },
  'released-at': {
    description:
      'Release time, RFC 3339 (converted to UTC). Default: the commit time of the checked-out commit.'
  },
  spec: {
    description:
      'The dataset spec document (JSON, or YAML by .yaml/.yml), workspace-relative; spec_hash is the SHA-256 of its RFC 8785 form.'
  },
  'spec-hash': {
    description:
      'spec_hash as sha256:<64 hex>, when no spec document is given; when both are given they must agree.'
  },
  root: {
    default: '.',
    description:
      'The dataset root, workspace-relative. Manifest paths and all patterns are relative to it.'
  },
  artifacts: {
    description:
      'Processed artifacts: newline-separated glob patterns relative to root (! excludes, # comments).'
  },
  'artifacts-manifest': {
    description:
      'A precomputed artifact list (JSON array of {path, digest, media_type}), verified against the files that are present.'
  },
  catalogs: {
    description:
      'Catalog triplet files (DCAT, STAC, PROV): newline-separated glob patterns relative to root.'
  },
  'catalogs-manifest': {
    description: 'A precomputed catalog list, in the same format as artifacts-manifest.'
  },
  'qa-report': {
    description:
      'QA report (JSON with a top-level status: pass, warn or fail), workspace-relative. Only pass promotes.'
  },
  'policy-decision': {
    description:
      'Policy decision (JSON with decision_id, policy_label, decision, obligations), workspace-relative. Only allow promotes.'
  },
  approvals: {
    description: 'Approvals (JSON array of {role, principal, approved_at}), workspace-relative.'
  },
  'run-receipts': {
    description: 'Run receipts: newline-separated glob patterns relative to root.'
  },
  'required-approvals': {
    description:
      'Roles required per policy label, one "label: role, role" per line. Labels not listed keep the default: internal, restricted and confidential need a steward.'
  },
  'media-types': {
    description:
      'Media type overrides, one "pattern: media/type" per line (pattern relative to root); the first match wins.'
  },
  'stac-applicable': {
    default: 'true',
    description:
      'Whether STAC applies to this dataset. Set false for a dataset with no spatial or temporal extent to describe; the summary then says STAC was declared not applicable.'
  },
  sbom: {
    description:
      'SBOM files (CycloneDX or SPDX JSON), one workspace-relative path per line. Optional; when given, each must exist and parse (gate G).'
  },
  attestations: {
    description:
      'Attestation files (in-toto Statement, DSSE envelope or Sigstore bundle), one workspace-relative path per line. Optional; when given, each must exist and parse (gate G).'
  },
  out: {
    default: 'promotion_manifest.json',
    description:
      'Where the manifest is written, workspace-relative. Written only when every gate passes.'
  },
  upload: {
    default: 'true',
    description: 'Upload the manifest as a workflow artifact after it passed.'
  },
  'retention-days': {
    description:
      'Days the uploaded artifact is kept (1 to 90, or the repository maximum). Default: the repository setting.'
  },
  'upload-timeout-seconds': {
    default: '300',
    description:
      'The longest an upload may take before the step fails; the artifact client also bounds its own retries.'
  },
  'artifact-name': {
    description:
      'Name of the uploaded artifact. Default: promotion-manifest-<dataset-slug>-<dataset-version-id>.'
  },
  'fail-on-violation': {
    default: 'true',
    description:
      'Fail the job on any violation. When false the step succeeds with status=fail, and still writes no manifest.'
  }
} as const satisfies Record<string, { default?: string; description: string }>

export type InputName = keyof typeof INPUTS
export type RawInputs = Partial<Record<InputName, string>>

export interface Options {
  workspace: string
  /** Absolute dataset root. */
  root: string
  /** The root as the user named it, workspace-relative (`.` for the workspace itself). */
  rootPath: string
  datasetSlug: string
  datasetVersionId?: string
  releasedAt?: string
  spec?: DocumentRef
  specHash?: string
  artifacts: string[]
  artifactsManifest?: DocumentRef
  catalogs: string[]
  catalogsManifest?: DocumentRef
  qaReport?: DocumentRef
  policyDecision?: DocumentRef
  approvals?: DocumentRef
  runReceipts: string[]
  requiredApprovals: Record<string, string[]>
  mediaTypes: MediaTypeOverride[]
  stacApplicable: boolean
  sboms: DocumentRef[]
  attestations: DocumentRef[]
  out: DocumentRef
  upload: boolean
  retentionDays?: number
  uploadTimeoutSeconds: number
  artifactName?: string
  failOnViolation: boolean
}

export class UsageError extends Error {}

function nonEmpty(value: string | undefined): string | undefined {
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

function parsePositiveInteger(
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

function parseBoolean(name: InputName, value: string | undefined): boolean {
  const text =
    nonEmpty(value) ??
    ('default' in INPUTS[name] ? (INPUTS[name] as { default: string }).default : 'false')
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

function parseMediaTypes(text: string | undefined): MediaTypeOverride[] {
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

export function parseOptions(raw: RawInputs, workspace: string): Options {
  const datasetSlug = nonEmpty(raw['dataset-slug'])
  if (!datasetSlug) throw new UsageError('dataset-slug is required (for example "river_gauges").')
  const rootRef = documentRef(workspace, raw.root ?? INPUTS.root.default) ?? {
    absolute: workspace,
    path: '.'
  }
  const out = documentRef(workspace, raw.out ?? INPUTS.out.default)
  if (!out) throw new UsageError('out must name a file.')
  return {
    workspace,
    root: rootRef.absolute,
    rootPath: rootRef.path,
    datasetSlug,
    datasetVersionId: nonEmpty(raw['dataset-version-id']),
    releasedAt: nonEmpty(raw['released-at']),
    spec: documentRef(workspace, raw.spec),
    specHash: nonEmpty(raw['spec-hash']),
    artifacts: patternLines(raw.artifacts ?? ''),
    artifactsManifest: documentRef(workspace, raw['artifacts-manifest']),
    catalogs: patternLines(raw.catalogs ?? ''),
    catalogsManifest: documentRef(workspace, raw['catalogs-manifest']),
    qaReport: documentRef(workspace, raw['qa-report']),
    policyDecision: documentRef(workspace, raw['policy-decision']),
    approvals: documentRef(workspace, raw.approvals),
    runReceipts: patternLines(raw['run-receipts'] ?? ''),
    requiredApprovals: parseRequiredApprovals(raw['required-approvals']),
    mediaTypes: parseMediaTypes(raw['media-types']),
    stacApplicable: parseBoolean('stac-applicable', raw['stac-applicable']),
    sboms: documentRefs(workspace, raw.sbom),
    attestations: documentRefs(workspace, raw.attestations),
    out,
    upload: parseBoolean('upload', raw.upload),
    retentionDays: parsePositiveInteger('retention-days', raw['retention-days'], 1, 400),
    uploadTimeoutSeconds:
      parsePositiveInteger('upload-timeout-seconds', raw['upload-timeout-seconds'], 1, 21600) ??
      300,
    artifactName: nonEmpty(raw['artifact-name']),
    failOnViolation: parseBoolean('fail-on-violation', raw['fail-on-violation'])
  }
}
