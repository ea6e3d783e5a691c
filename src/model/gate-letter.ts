// The gates of the promotion contract (docs/contract.md, "Promotion Contract mapping").
export const GATES = {
  A: 'Identity and versioning',
  B: 'Licensing and rights',
  C: 'Sensitivity and policy decision',
  D: 'Catalog triplet',
  E: 'Inventory, digests and run receipts',
  F: 'Contract: QA, evidence and manifest schema',
  G: 'Production posture'
} as const

export type GateLetter = keyof typeof GATES
