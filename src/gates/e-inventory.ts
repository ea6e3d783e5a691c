// Gate E: inventory, digests and run receipts. Every pattern finds files inside the root, every
// file hashes; the paths are safe and each once (e-paths.ts); a sharded inventory is whole
// (e-shards.ts); Git LFS pointers stand for what they name (e-lfs.ts); and every artifact is an
// output of a passing run receipt for this dataset_version_id (e-receipts.ts). A written
// manifest's files are gate E's too (e-written.ts), and the ledger's chain (e-ledger.ts).
import { isStoreEntry } from '../inventory/stores.js'
import { checkShards } from './e-shards.js'
import { documentPointerViolations, lfsChecked, lfsObjectViolations } from './e-lfs.js'
import { checkInventoryPaths, checkStorePaths, inventoryViolations } from './e-paths.js'
import { receiptViolations } from './e-receipts.js'
import type { Gate } from './evidence.js'

export { inventoryViolations } from './e-paths.js'

export const gateE: Gate = {
  letter: 'E',
  check(evidence, facts) {
    const { artifacts, catalogs } = evidence
    const entries = [...artifacts.entries, ...catalogs.entries]
    const taken = entries.filter((entry) => !entry.verified).length
    const checked = [
      `${artifacts.entries.length} artifact(s) and ${catalogs.entries.length} catalog file(s) hashed (SHA-256)`
    ]
    if (taken > 0) {
      // Files, a store's each: a store's entry stands for every file in it.
      const files = entries.flatMap((entry) => (isStoreEntry(entry) ? entry.files : [entry]))
      const absent = files.filter((file) => !file.verified).length
      checked[0] = `${files.length - absent} file(s) hashed (SHA-256), ${absent} taken from the list, not hashed here (not present)`
    }
    const stores = artifacts.entries.filter(isStoreEntry)
    if (stores.length > 0) {
      const files = stores.reduce((count, store) => count + store.files.length, 0)
      checked.push(
        `${stores.length} directory store(s) of ${files} file(s), each one artifact (in-toto dirHash)`
      )
    }
    const lists = [
      { input: 'artifacts', entries: artifacts.entries },
      { input: 'catalogs', entries: catalogs.entries }
    ]
    const shards = evidence.artifactShards
    if (shards)
      checked.push(
        `${shards.shards.length} inventory shard file(s) merged into the artifacts inventory`
      )
    checked.push(...lfsChecked(evidence))
    const violations = [
      ...documentPointerViolations(evidence),
      ...lfsObjectViolations(evidence),
      ...inventoryViolations(artifacts.findings),
      ...(shards ? checkShards(shards, evidence.display) : []),
      ...inventoryViolations(catalogs.findings),
      ...checkInventoryPaths(lists, evidence.display),
      ...checkStorePaths(stores, entries, evidence.display),
      ...receiptViolations(evidence, facts, checked)
    ]
    return { violations, checked }
  }
}
