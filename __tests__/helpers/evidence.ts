// Evidence with nothing in it, for running one gate on one document: every input absent, every
// list empty. A test sets the fields its rule reads.
import type { Evidence } from '../../src/gates/evidence.js'

const noFiles = { entries: [], findings: [] }

export function emptyEvidence(fields: Partial<Evidence> = {}): Evidence {
  return {
    datasetSlug: 'river_gauges',
    given: { releasedAt: '2026-02-20T13:00:00Z' },
    releasedAtSource: 'input',
    artifacts: noFiles,
    catalogs: noFiles,
    display: (relative) => relative,
    requiredApprovals: {},
    catalogDocuments: { documents: [], unreadable: [] },
    stacApplicable: true,
    remoteAssets: { mode: 'require-checksum' },
    sboms: [],
    attestations: [],
    manifestPath: 'promotion_manifest.json',
    ...fields
  }
}
