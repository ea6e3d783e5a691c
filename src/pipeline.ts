// The promotion pipeline, shared by the action and the CLI: inputs → inventory → manifest →
// gates. It reads files and returns plain values; writing and reporting belong to the adapters.
import path from 'node:path'
import { collectInventory, type InventoryEntry } from './inventory/inventory.js'
import {
  readApprovals,
  readPolicyDecision,
  readQaReport,
  type Approval,
  type PolicyDecision,
  type QaOutcome
} from './documents/evidence.js'
import { DocumentError } from './documents/json-document.js'
import { readSpec } from './manifest/spec.js'
import {
  buildManifest,
  manifestDigest,
  manifestText,
  type PromotionManifest
} from './manifest/build.js'
import { validateManifest } from './manifest/schema.js'
import { buildStatement, statementPath } from './manifest/statement.js'
import { checkIdentity } from './gates/identity.js'
import { checkApprovals } from './gates/approvals.js'
import { checkInventoryPaths } from './gates/inventory.js'
import { gateReports, type GateReport } from './gates/report.js'
import { sortViolations, violation, type GateLetter, type Violation } from './gates/violation.js'
import type { Options } from './options.js'
import type { ViolationCode } from './gates/codes.js'
import { readCatalogs } from './catalogs/read.js'
import { readReceipts, type RunReceipt } from './documents/receipts.js'
import { checkLicensing } from './gates/licensing.js'
import { checkTriplet } from './gates/catalogs.js'
import { checkObligationsRecorded } from './gates/obligations.js'
import { checkReceipts } from './gates/receipts.js'
import { checkEvidence } from './gates/evidence.js'
import { checkPosture } from './gates/posture.js'

export interface PromotionResult {
  status: 'pass' | 'fail'
  datasetSlug: string
  datasetVersionId?: string
  specHash?: string
  releasedAt?: string
  artifacts: InventoryEntry[]
  catalogs: InventoryEntry[]
  qa?: QaOutcome
  policy?: PolicyDecision
  approvals: Approval[]
  /** Built whenever every part exists, so its schema is checked even beside other violations. */
  manifest?: PromotionManifest
  /** The exact bytes to write and their RFC 8785 digest; only on pass. */
  manifestText?: string
  /** The in-toto Statement sidecar's bytes; only on pass. */
  statementText?: string
  manifestDigest?: string
  violations: Violation[]
  gates: GateReport[]
}

export interface PipelineContext {
  /** Where released_at came from when the input is empty (the adapters ask git). */
  releasedAtSource: 'input' | 'commit' | 'none'
  /** Approvals from outside the approvals file (pull-request reviews), and where they came from. */
  extraApprovals?: { approvals: Approval[]; source: string }
}

function missing(gate: GateLetter, code: ViolationCode, input: string, what: string): Violation {
  return violation(
    gate,
    code,
    input,
    `${input} is not given; ${what}. Promotion fails closed without it.`
  )
}

/** The bytes of a passing run: the manifest, its digest, and the Statement that names it. */
function sealed(
  manifest: PromotionManifest,
  manifestName: string
): Pick<PromotionResult, 'manifestText' | 'manifestDigest' | 'statementText'> {
  const text = manifestText(manifest)
  return {
    manifestText: text,
    manifestDigest: manifestDigest(manifest),
    statementText: `${JSON.stringify(buildStatement(manifest, text, manifestName), null, 2)}\n`
  }
}

export async function evaluatePromotion(
  options: Options,
  context: PipelineContext
): Promise<PromotionResult> {
  const violations: Violation[] = []
  const checked: Partial<Record<GateLetter, string[]>> = {}
  const note = (gate: GateLetter, text: string): void => {
    ;(checked[gate] ??= []).push(text)
  }
  const display = (relative: string): string =>
    options.rootPath === '.' ? relative : path.posix.join(options.rootPath, relative)

  // Gate A: identity.
  let specHashFromSpec: string | undefined
  let specUnreadable = false
  if (options.spec) {
    try {
      specHashFromSpec = (
        await readSpec(options.spec.absolute, options.spec.path, options.spec.confine)
      ).specHash
      note('A', `spec_hash from ${options.spec.path} (RFC 8785)`)
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error
      specUnreadable = true
      violations.push(violation('A', 'SPEC_INVALID', error.path, error.message, error.line))
    }
  }
  const identity = checkIdentity({
    datasetSlug: options.datasetSlug,
    datasetVersionId: options.datasetVersionId,
    specHash: options.specHash,
    specHashFromSpec,
    specUnreadable,
    releasedAt: options.releasedAt,
    releasedAtSource: context.releasedAtSource
  })
  violations.push(...identity.violations)
  if (identity.releasedAt)
    note(
      'A',
      `released_at ${identity.releasedAt} (from ${context.releasedAtSource === 'commit' ? 'the commit' : 'input'})`
    )

  // Gate E: the inventory of artifacts and catalogs.
  const skip = new Set([options.out.absolute, statementPath(options.out.absolute)])
  const [artifacts, catalogs] = await Promise.all([
    collectInventory({
      root: options.root,
      display,
      input: 'artifacts',
      patterns: options.artifacts,
      precomputed: options.artifactsManifest,
      overrides: options.mediaTypes,
      skip
    }),
    collectInventory({
      root: options.root,
      display,
      input: 'catalogs',
      patterns: options.catalogs,
      precomputed: options.catalogsManifest,
      overrides: options.mediaTypes,
      skip
    })
  ])
  violations.push(...artifacts.violations, ...catalogs.violations)
  violations.push(
    ...checkInventoryPaths(
      [
        { input: 'artifacts', entries: artifacts.entries },
        { input: 'catalogs', entries: catalogs.entries }
      ],
      display
    )
  )
  note(
    'E',
    `${artifacts.entries.length} artifact(s) and ${catalogs.entries.length} catalog file(s) hashed (SHA-256)`
  )

  // Gates C and F: the input documents.
  let qa: QaOutcome | undefined
  if (options.qaReport) {
    const read = await readQaReport(options.qaReport)
    qa = read.value
    violations.push(...read.violations)
    if (qa) note('F', `QA report ${qa.path}: ${qa.status}`)
  } else
    violations.push(
      missing('F', 'QA_REPORT_MISSING', 'qa-report', 'only a QA report with status "pass" promotes')
    )

  let policy: PolicyDecision | undefined
  if (options.policyDecision) {
    const read = await readPolicyDecision(options.policyDecision)
    policy = read.value
    violations.push(...read.violations)
    if (policy)
      note(
        'C',
        `policy decision ${policy.decisionId}: ${policy.decision}, label ${policy.policyLabel}`
      )
  } else
    violations.push(
      missing(
        'C',
        'POLICY_DECISION_MISSING',
        'policy-decision',
        'only an "allow" policy decision promotes'
      )
    )

  let approvals: Approval[] = []
  if (options.approvals) {
    const read = await readApprovals(options.approvals)
    approvals = read.value ?? []
    violations.push(...read.violations)
  }
  if (context.extraApprovals) {
    approvals = [...approvals, ...context.extraApprovals.approvals]
    note(
      'C',
      `${context.extraApprovals.approvals.length} approval(s) from ${context.extraApprovals.source}`
    )
  }
  if (policy && identity.releasedAt !== undefined && identity.releasedInstant !== undefined) {
    violations.push(
      ...checkApprovals({
        approvals,
        path: options.approvals?.path ?? context.extraApprovals?.source,
        policyLabel: policy.policyLabel,
        required: options.requiredApprovals,
        releasedAt: identity.releasedAt,
        releasedInstant: identity.releasedInstant
      })
    )
    const roles = options.requiredApprovals[policy.policyLabel] ?? []
    note(
      'C',
      roles.length
        ? `required approvals for ${policy.policyLabel}: ${roles.join(', ')}`
        : `no approval required for ${policy.policyLabel}`
    )
  }

  // Gates B, C and D: the catalog triplet, its licences, and the obligations recorded in PROV.
  const catalogReading = await readCatalogs(options.root, catalogs.entries, display)
  const documents = catalogReading.documents
  violations.push(...catalogReading.violations)
  violations.push(...checkLicensing(documents, options.stacApplicable))
  violations.push(
    ...checkTriplet({
      documents,
      artifacts: artifacts.entries,
      catalogs: catalogs.entries,
      stacApplicable: options.stacApplicable,
      display
    })
  )
  for (const kind of ['dcat', 'stac', 'prov'] as const) {
    const named = documents.filter((d) => d.kinds.includes(kind)).map((d) => d.display)
    if (named.length > 0) note('D', `${kind.toUpperCase()}: ${named.join(', ')}`)
  }
  if (!options.stacApplicable) note('D', 'STAC declared not applicable (stac-applicable: false)')
  note('B', 'licences of DCAT datasets' + (options.stacApplicable ? ' and STAC collections' : ''))
  if (policy) {
    violations.push(...checkObligationsRecorded(policy.obligations, documents, policy.path))
    if (policy.obligations.length > 0)
      note('C', `${policy.obligations.length} obligation(s) recorded in PROV`)
  }

  // Gate E: run receipts.
  let receipts: RunReceipt[] = []
  if (options.runReceipts.length === 0) {
    violations.push(
      missing(
        'E',
        'RECEIPTS_MISSING',
        'run-receipts',
        'every artifact must be the output of a recorded run'
      )
    )
  } else {
    const read = await readReceipts(options.root, options.runReceipts, display, skip)
    receipts = read.receipts
    violations.push(...read.violations)
    violations.push(
      ...checkReceipts({
        receipts,
        artifacts: artifacts.entries,
        datasetVersionId: identity.datasetVersionId,
        display
      })
    )
    note('E', `${receipts.length} run receipt(s) cover the artifacts`)
  }

  // Gate F: evidence references resolve to the documents given to this run.
  const evidence = checkEvidence(
    [
      ...(qa ? [{ path: qa.path, digest: qa.reportDigest }] : []),
      ...(policy ? [{ path: policy.path, digest: policy.digest }] : []),
      ...catalogs.entries.map((c) => ({ path: display(c.path), digest: c.digest })),
      ...receipts.map((r) => ({ path: r.path, digest: r.digest }))
    ],
    receipts,
    policy ? { decisionId: policy.decisionId, path: policy.path } : undefined
  )
  violations.push(...evidence.violations)
  for (const line of evidence.resolved) note('F', line)

  // Gate G: production posture, only when asked for.
  const posture = await checkPosture(options.sboms, options.attestations)
  violations.push(...posture.violations)
  for (const line of posture.checked) note('G', line)
  const postureRequired = options.sboms.length + options.attestations.length > 0

  // Gate F: the manifest itself, whenever every part of it exists.
  let manifest: PromotionManifest | undefined
  if (identity.datasetVersionId && identity.specHash && identity.releasedAt && qa && policy) {
    manifest = buildManifest({
      datasetSlug: options.datasetSlug,
      datasetVersionId: identity.datasetVersionId,
      specHash: identity.specHash,
      releasedAt: identity.releasedAt,
      artifacts: artifacts.entries,
      catalogs: catalogs.entries,
      qa,
      policy,
      approvals
    })
    const schemaViolations = validateManifest(manifest, options.out.path)
    violations.push(...schemaViolations)
    if (schemaViolations.length === 0)
      note('F', 'manifest valid against promotion_manifest_v1.schema.json')
  }

  const sorted = sortViolations(violations)
  const status = sorted.length === 0 && manifest ? 'pass' : 'fail'
  return {
    status,
    datasetSlug: options.datasetSlug,
    datasetVersionId: identity.datasetVersionId,
    specHash: identity.specHash,
    releasedAt: identity.releasedAt,
    artifacts: artifacts.entries,
    catalogs: catalogs.entries,
    qa,
    policy,
    approvals,
    manifest,
    ...(status === 'pass' && manifest ? sealed(manifest, path.basename(options.out.absolute)) : {}),
    violations: sorted,
    gates: gateReports(sorted, checked, postureRequired ? [] : ['G'])
  }
}
