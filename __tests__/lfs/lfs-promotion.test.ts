// A dataset whose artifacts are in Git LFS, promoted in-process: with pointers checked out, the
// default refuses them, naming each and folding what they cause; lfs: pointers gives the bytes a
// full checkout gives; documents the gate reads are never taken from a pointer.
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { missingLfsObjects } from '../../src/github/lfs-batch.js'
import { listInventory } from '../../src/inventory/collect.js'
import type { LfsObjectChecker } from '../../src/inventory/lfs-entries.js'
import { parseOptions, parseVerifyOptions } from '../../src/options/parse.js'
import { promote } from '../../src/pipeline.js'
import { verifyWritten } from '../../src/verify-written.js'
import { startLfsServer } from '../helpers/lfs-server.js'
import { copyExample, exampleInputs, removeTempDirs } from '../helpers/workspace.js'
import { FILES, oidOf, pointerCheckout, POINTERS, PROCESSED, STORE } from './pointer-checkout.js'

afterAll(removeTempDirs)

async function promoted(workspace: string, inputs = {}, checker?: LfsObjectChecker) {
  const options = parseOptions(exampleInputs(inputs), workspace)
  const result = await promote(options, undefined, undefined, checker)
  const text = result.status === 'pass' ? readFileSync(options.out.absolute, 'utf8') : undefined
  const sidecar = (suffix: string) =>
    readFileSync(options.out.absolute.replace(/\.json$/, suffix), 'utf8')
  return {
    result,
    text,
    sidecars: text ? [sidecar('.intoto.json'), sidecar('.sha256sums')] : []
  }
}

describe('artifacts checked out as Git LFS pointers, lfs: content (the default)', () => {
  it('is LFS_POINTER for each, first, naming oid and size and what to do', async () => {
    const { result } = await promoted(pointerCheckout())
    expect(result.status).toBe('fail')
    const pointers = result.violations.filter((v) => v.code === 'LFS_POINTER')
    expect(pointers.map((v) => v.path).sort()).toEqual(FILES.map((n) => `data/processed/${n}`))
    expect(result.violations[0]!.code).toBe('LFS_POINTER')
    const dem = pointers.find((v) => v.path.endsWith('basin_dem.tif'))!
    expect(dem.message).toContain(`oid sha256:${oidOf('basin_dem.tif')}, size 14 bytes`)
    expect(dem.message).toMatch(/lfs: true \(actions\/checkout\), or run git lfs pull/)
  })

  it('folds the digest mismatches the pointers cause under them', async () => {
    const { result } = await promoted(pointerCheckout())
    const { violations } = result
    const consequences = violations.filter((v) => v.code !== 'LFS_POINTER')
    expect(consequences.map((v) => v.code)).toEqual(
      expect.arrayContaining([
        'CHECKSUM_MISMATCH',
        'PROV_DIGEST_MISMATCH',
        'RECEIPT_DIGEST_MISMATCH'
      ])
    )
    for (const v of consequences)
      expect({ code: v.code, cause: violations[v.causedBy ?? -1]?.code }).toEqual({
        code: v.code,
        cause: 'LFS_POINTER'
      })
  })

  it("is LFS_POINTER for each file of a store that is a pointer, the store's mismatches folded under them", async () => {
    const inStore = FILES.filter((name) => `data/processed/${name}`.startsWith(STORE))
    expect(inStore).toHaveLength(6)
    // Two chunks only, then every file of the store: a store may be partly checked out.
    for (const names of [inStore.filter((name) => /\/\d+\.\d+$/.test(name)), inStore]) {
      const { result } = await promoted(pointerCheckout(names))
      const { violations } = result
      const pointers = violations.filter((v) => v.code === 'LFS_POINTER')
      expect(pointers.map((v) => v.path)).toEqual(names.map((n) => `data/processed/${n}`))
      const chunk = pointers.find((v) => v.path.endsWith('/discharge/0.0'))!
      expect(chunk.message).toContain(
        `oid sha256:${oidOf('discharge_cube.zarr/discharge/0.0')}, size 32 bytes`
      )
      const consequences = violations.filter((v) => v.code !== 'LFS_POINTER')
      expect(consequences.map((v) => v.code)).toEqual(
        expect.arrayContaining(['PROV_DIGEST_MISMATCH', 'RECEIPT_DIGEST_MISMATCH'])
      )
      for (const v of consequences)
        expect({ code: v.code, path: v.path, cause: violations[v.causedBy ?? -1]?.path }).toEqual({
          code: v.code,
          path: v.path,
          cause: `data/processed/${names[0]}`
        })
    }
  })
})

describe('lfs: pointers', () => {
  it('gives the manifest, Statement and checksums a full checkout gives, byte for byte', async () => {
    const full = await promoted(copyExample())
    const pointers = await promoted(pointerCheckout(), { lfs: 'pointers' })
    // Mixed, within the store too: two artifacts and one chunk as pointers, the rest content.
    const some = ['basin_dem.tif', 'discharge_cube.zarr/discharge/1.0', 'stations.geojson']
    const mixed = await promoted(pointerCheckout(some), { lfs: 'pointers' })
    expect(full.result.status).toBe('pass')
    expect(pointers.result.violations).toEqual([])
    expect(pointers.text).toBe(full.text)
    expect(pointers.sidecars).toEqual(full.sidecars)
    expect(mixed.text).toBe(full.text)
    expect(mixed.sidecars).toEqual(full.sidecars)
    // The store is one entry, its digest the dirHash of its files' oids, as a full checkout's.
    const store = (text?: string) =>
      (JSON.parse(text!) as { artifacts: Array<{ path: string }> }).artifacts.find(
        (a) => a.path === STORE
      )
    expect(store(pointers.text)).toEqual(store(full.text))
    expect(store(full.text)).toBeDefined()
    expect(pointers.sidecars[1]).toContain(`${oidOf('discharge_cube.zarr/discharge/0.0')}  `)
    // Every file a pointer stood for is counted, each file of the store included.
    expect(pointers.result.lfs).toMatchObject({ mode: 'pointers', fromPointers: FILES.length })
    expect(mixed.result.lfs).toMatchObject({ fromPointers: 3 })
    // Without a server to ask, the run says so, and passes: the digests are right.
    expect(pointers.result.lfs?.objects).toEqual({ asked: false, reason: expect.any(String) })
    const e = pointers.result.gates.find((g) => g.gate === 'E')!
    expect(e.checked.join(' ')).toContain('10 artifact file(s) taken from Git LFS pointers')
  })

  it('asks the LFS server for every object, and fails on one it does not have', async () => {
    const chunk = 'discharge_cube.zarr/discharge/1.0'
    const lacking = ['basin_dem.tif', chunk]
    const server = await startLfsServer(FILES.filter((n) => !lacking.includes(n)).map(oidOf))
    try {
      const checker: LfsObjectChecker = async (objects) => ({
        asked: true,
        endpoint: server.url,
        missing: await missingLfsObjects({ url: server.url, token: 'token', objects })
      })
      const { result } = await promoted(pointerCheckout(), { lfs: 'pointers' }, checker)
      // The store's files are asked about each: a chunk pushed without its object is named.
      expect(result.violations.map((v) => [v.code, v.path])).toEqual([
        ['LFS_OBJECT_MISSING', 'data/processed/basin_dem.tif'],
        ['LFS_OBJECT_MISSING', `data/processed/${chunk}`]
      ])
      expect(result.violations[0]!.message).toContain(`oid sha256:${oidOf('basin_dem.tif')}`)
      expect(result.violations[1]!.message).toContain(`oid sha256:${oidOf(chunk)}`)
      expect(server.requests).toHaveLength(1)
      expect(server.requests[0]!.body.objects).toHaveLength(FILES.length)
      for (const name of lacking) server.objects.add(oidOf(name))
      expect((await promoted(pointerCheckout(), { lfs: 'pointers' }, checker)).result.status).toBe(
        'pass'
      )
    } finally {
      await server.close()
    }
  })

  it('lists the same inventory (the inventory subcommand) as a full checkout', async () => {
    const list = async (root: string, lfs?: 'pointers') => {
      const { chunks } = await listInventory({
        root,
        display: (p) => p,
        input: 'artifacts',
        patterns: ['data/processed/**'],
        ...(lfs ? { lfs } : {})
      })
      return Buffer.concat([...chunks]).toString('utf8')
    }
    expect(await list(pointerCheckout(), 'pointers')).toBe(await list(copyExample()))
    const refused = await listInventory({
      root: pointerCheckout(['stations.geojson']),
      display: (p) => p,
      input: 'artifacts',
      patterns: ['data/processed/**']
    })
    expect(refused.findings.map((f) => f.kind)).toEqual(['LFS_POINTER'])
  })

  it('refuses a pointer whose size no entry can hold (past 2^53 - 1)', async () => {
    const workspace = pointerCheckout()
    const huge = readFileSync(path.join(POINTERS, PROCESSED, 'stations.geojson'), 'utf8').replace(
      /size \d+/,
      'size 9007199254740993'
    )
    writeFileSync(path.join(workspace, PROCESSED, 'stations.geojson'), huge)
    const { result } = await promoted(workspace, { lfs: 'pointers' })
    const refused = result.violations.filter((v) => v.code === 'LFS_POINTER')
    expect(refused.map((v) => v.path)).toEqual(['data/processed/stations.geojson'])
    expect(refused[0]!.message).toContain('size 9007199254740993 bytes')
  })

  it.each([
    ['spec.yaml', 'SPEC_INVALID'],
    ['qa/report.json', 'QA_REPORT_INVALID'],
    ['policy/decision.json', 'POLICY_DECISION_INVALID'],
    ['approvals.json', 'APPROVALS_INVALID'],
    ['receipts/run-2026-02-20.json', 'RECEIPT_INVALID'],
    ['catalog/prov.json', 'CATALOG_INVALID']
  ])('never takes %s, a document the gate reads, from a pointer', async (file, folded) => {
    const workspace = copyExample()
    cpSync(path.join(POINTERS, PROCESSED, 'stations.geojson'), path.join(workspace, file))
    const { result } = await promoted(workspace, { lfs: 'pointers' })
    expect(result.status).toBe('fail')
    const at = result.violations.findIndex((v) => v.code === 'LFS_POINTER')
    const pointer = result.violations[at]!
    expect(pointer.path).toBe(file)
    expect(pointer.causedBy).toBeUndefined()
    expect(pointer.message).toContain('never taken from a pointer')
    const own = result.violations.filter((v) => v.code === folded && v.path === file)
    expect(own.length).toBeGreaterThan(0)
    for (const v of own) expect(v.causedBy).toBe(at)
    // First: for prov.json, the PROV_MISSING it leaves (and what that causes) folds under it too.
    expect(at).toBe(0)
    if (file === 'catalog/prov.json')
      expect(result.violations.find((v) => v.code === 'PROV_MISSING')?.causedBy).toBe(0)
  })
})

describe('verify, with a promoted file checked out as its pointer', () => {
  it.each(['basin_dem.tif', 'discharge_cube.zarr/discharge/0.0'])(
    'is LFS_POINTER for %s, saying the content only is missing',
    async (name) => {
      const workspace = copyExample()
      expect((await promoted(workspace)).result.status).toBe('pass')
      cpSync(path.join(POINTERS, PROCESSED, name), path.join(workspace, PROCESSED, name))
      const result = await verifyWritten(
        parseVerifyOptions({ manifest: 'promotion_manifest.json' }, workspace)
      )
      expect(result.violations.map((v) => [v.code, v.path])).toEqual([
        ['LFS_POINTER', `data/processed/${name}`]
      ])
      expect(result.violations[0]!.message).toContain('only the content is missing')
      expect(result.violations[0]!.message).not.toContain('promote again')
    }
  )
})
