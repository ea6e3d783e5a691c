// The inventory subcommand and a precomputed artifact list, with artifacts checked out as Git LFS
// pointers: refused under lfs: content, their content's digest under lfs: pointers.
import { createHash } from 'node:crypto'
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { runInventory } from '../../src/cli/inventory-command.js'
import { inventoryShard } from '../../src/inventory/collect.js'
import { EXIT } from '../../src/cli/main.js'
import { parseOptions } from '../../src/options/parse.js'
import { promote } from '../../src/pipeline.js'
import { isStoreEntry } from '../../src/inventory/stores.js'
import { copyExample, EXAMPLE, exampleInputs, removeTempDirs } from '../helpers/workspace.js'
import { FILES, pointerCheckout, PROCESSED, STORE } from './pointer-checkout.js'

afterAll(removeTempDirs)

async function inventory(workspace: string, ...extra: string[]) {
  const err: string[] = []
  const io = { stdout: () => {}, stderr: (t: string) => err.push(t), cwd: workspace }
  const argv = ['--artifacts', 'data/processed/**', '--out', 'list.json', ...extra]
  const code = await runInventory(argv, io)
  return {
    code,
    err,
    list: code === EXIT.pass ? readFileSync(path.join(workspace, 'list.json')) : undefined
  }
}

describe('the inventory subcommand, --lfs', () => {
  it('writes with --lfs pointers the list a full checkout gives', async () => {
    const full = await inventory(copyExample())
    const pointers = await inventory(pointerCheckout(), '--lfs', 'pointers')
    expect(pointers.code).toBe(EXIT.pass)
    expect(pointers.list!.equals(full.list!)).toBe(true)
  })

  it('refuses the pointers by default, writing nothing', async () => {
    const { code, err } = await inventory(pointerCheckout())
    expect(code).toBe(EXIT.violation)
    const refused = err.filter((line) => line.includes('LFS_POINTER'))
    expect(refused).toHaveLength(FILES.length)
    expect(refused.filter((line) => line.includes(STORE))).toHaveLength(6)
  })

  it('refuses a value that is not a mode', async () => {
    const { code, err } = await inventory(copyExample(), '--lfs', 'smudge')
    expect(code).toBe(EXIT.usage)
    expect(err.join('\n')).toContain('lfs must be content')
  })
})

describe('an inventory shard, lfs: pointers', () => {
  it('records the entries a full checkout gives', async () => {
    const shard = (root: string, lfs?: 'pointers') =>
      inventoryShard({
        root,
        display: (p) => p,
        input: 'artifacts',
        patterns: ['data/processed/**'],
        shard: { index: 1, count: 1 },
        ...(lfs ? { lfs } : {})
      })
    const full = await shard(copyExample())
    const pointers = await shard(pointerCheckout(), 'pointers')
    const recorded = (entries: typeof full.entries) =>
      entries.map(({ path, digest, size, mediaType }) => ({ path, digest, size, mediaType }))
    expect(pointers.findings).toEqual([])
    expect(recorded(pointers.entries)).toEqual(recorded(full.entries))
    expect(pointers.pathsDigest).toBe(full.pathsDigest)
  })
})

describe('a precomputed artifact list, with the files checked out as pointers', () => {
  function listed(workspace: string): void {
    // A store's files are listed each, as the inventory command writes them.
    const entries = FILES.map((name) => {
      const bytes = readFileSync(path.join(EXAMPLE, PROCESSED, name))
      const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`
      return { path: `data/processed/${name}`, digest, media_type: 'application/octet-stream' }
    })
    writeFileSync(path.join(workspace, 'artifacts.json'), JSON.stringify(entries))
  }
  const inputs = (lfs: string) =>
    exampleInputs({ artifacts: '', 'artifacts-manifest': 'artifacts.json', lfs })

  it('holds the list against the pointers oids under lfs: pointers', async () => {
    const workspace = pointerCheckout()
    listed(workspace)
    const result = await promote(parseOptions(inputs('pointers'), workspace))
    expect(result.violations.filter((v) => v.gate === 'E')).toEqual([])
    const files = result.artifacts.flatMap((entry) => (isStoreEntry(entry) ? entry.files : [entry]))
    expect(files.map((file) => file.path)).toEqual(FILES.map((name) => `data/processed/${name}`))
    expect(files.every((file) => file.verified && file.lfsPointer?.standsIn)).toBe(true)
    expect(result.artifacts.find((entry) => entry.path === STORE)?.verified).toBe(true)
  })

  it('is LFS_POINTER under lfs: content, the list disagreeing folded under it', async () => {
    const workspace = pointerCheckout()
    listed(workspace)
    const { violations } = await promote(parseOptions(inputs('content'), workspace))
    const pointers = violations.filter((v) => v.code === 'LFS_POINTER')
    expect(pointers).toHaveLength(FILES.length)
    for (const v of violations.filter((v) => v.code === 'DIGEST_MISMATCH'))
      expect(violations[v.causedBy!]?.code).toBe('LFS_POINTER')
  })
})

describe('a sharded promotion, with the files checked out as pointers', () => {
  async function shardFiles(workspace: string, count: number, lfs: string): Promise<string> {
    const files: string[] = []
    for (let index = 1; index <= count; index++) {
      const out = `shard-${index}.json`
      const { code } = await inventory(workspace, '--shard', `${index}/${count}`, '--lfs', lfs)
      expect(code).toBe(EXIT.pass)
      cpSync(path.join(workspace, 'list.json'), path.join(workspace, out))
      files.push(out)
    }
    return files.join('\n')
  }

  it('holds the shards to its own tree with the sizes the pointers declare', async () => {
    const full = await promote(parseOptions(exampleInputs(), copyExample()))
    const workspace = pointerCheckout()
    const shards = await shardFiles(workspace, 2, 'pointers')
    const inputs = exampleInputs({ 'artifacts-shards': shards, lfs: 'pointers' })
    const sharded = await promote(parseOptions(inputs, workspace))
    expect(sharded.violations).toEqual([])
    expect(sharded.manifestText).toBe(full.manifestText)
  })

  it('takes a pointer file at its own size under lfs: content', async () => {
    const workspace = pointerCheckout()
    const shards = await shardFiles(workspace, 2, 'pointers')
    const inputs = exampleInputs({ 'artifacts-shards': shards, lfs: 'content' })
    const { violations } = await promote(parseOptions(inputs, workspace))
    expect(violations.map((v) => v.code)).toContain('SHARD_MISMATCH')
  })
})
