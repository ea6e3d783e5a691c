// One catalog document written to a fresh dataset root and read as the action reads catalogs.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { readCatalogs } from '../../src/catalogs/read-catalogs.js'
import type { InventoryEntry } from '../../src/inventory/entry.js'
import { tempDir } from './workspace.js'

export async function readCatalogDocument(
  value: unknown,
  name: string
): ReturnType<typeof readCatalogs> {
  const root = tempDir()
  mkdirSync(path.join(root, path.dirname(name)), { recursive: true })
  writeFileSync(path.join(root, name), JSON.stringify(value, null, 2))
  const entry: InventoryEntry = {
    path: name,
    digest: '',
    mediaType: 'application/json',
    verified: true
  }
  return readCatalogs(root, [entry], (p) => p)
}
