// A dataset repository whose artifacts are in Git LFS, promoted by dist/index.js as the runner
// runs it, three ways: with the content checked out; with pointers and lfs: pointers, the LFS
// server (a loopback Batch API) asked about every object; with pointers and no token. The three
// manifests, Statements and checksums files are the same bytes.
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { startGithubApi } from '../helpers/github-api.js'
import { startLfsServer, type LfsServer } from '../helpers/lfs-server.js'
import { errorCommands, runAction, runActionAsync } from '../helpers/runner.js'
import { copyExample, exampleInputs, removeTempDirs } from '../helpers/workspace.js'
import { FILES, oidOf, pointerCheckout, STORE } from '../lfs/pointer-checkout.js'

const TOKEN = 'ghs_lfsE2eToken0123456789abcdefABCDEFxyz'
// Every file under data/processed, each file of the Zarr store included, checked out as its pointer.
const OIDS = FILES.map(oidOf)

const written = (workspace: string) =>
  [
    'promotion_manifest.json',
    'promotion_manifest.intoto.json',
    'promotion_manifest.sha256sums'
  ].map((file) => readFileSync(path.join(workspace, file), 'utf8'))

/** What a run printed, but the runner's mask command the action registers the token with. */
const printed = (run: { stdout: string; stderr?: string; summary: string }) =>
  `${run.stdout.replace(`::add-mask::${TOKEN}\n`, '')}${run.stderr ?? ''}${run.summary}`

let server: LfsServer
beforeEach(async () => {
  server = await startLfsServer(OIDS)
})
afterEach(() => server.close())
afterAll(removeTempDirs)

describe('a repository whose artifacts are in Git LFS, through dist/index.js', () => {
  it('gives the same manifest bytes with content, with pointers asked about, and without a token', async () => {
    const content = copyExample()
    const full = runAction(content, exampleInputs())
    expect(full.code).toBe(0)

    const asked = pointerCheckout()
    // No lfs-url: the endpoint is lfs.url of the repository's .lfsconfig (not a pull request).
    writeFileSync(path.join(asked, '.lfsconfig'), `[lfs]\n\turl = ${server.url}\n`)
    const withServer = await runActionAsync(
      asked,
      exampleInputs({ lfs: 'pointers', 'github-token': TOKEN })
    )
    expect(withServer.code).toBe(0)
    expect(server.requests).toHaveLength(1)
    expect(server.requests[0]!.body.objects!.map((o) => o.oid).sort()).toEqual([...OIDS].sort())
    expect(withServer.summary).toContain('10 artifact files taken from Git LFS pointers')
    expect(withServer.summary).toContain('has every object')

    const offline = pointerCheckout()
    const noToken = runAction(offline, exampleInputs({ lfs: 'pointers' }))
    expect(noToken.code).toBe(0)
    expect(noToken.stdout).toMatch(
      /^::warning::Git LFS: .*not asked whether the objects exist: no github-token/m
    )
    expect(noToken.summary).toContain('The LFS server was not asked whether these objects exist')

    expect(written(asked)).toEqual(written(content))
    expect(written(offline)).toEqual(written(content))
    // The Zarr store is one artifact there, its dirHash made from its files' oids.
    const [manifest] = written(content)
    const paths = (JSON.parse(manifest!) as { artifacts: Array<{ path: string }> }).artifacts
    expect(paths.map((artifact) => artifact.path)).toContain(STORE)
    for (const run of [full, withServer, noToken]) expect(printed(run)).not.toContain(TOKEN)
  })

  it('refuses the pointers by default, the cause first, saying to check out with lfs: true', () => {
    const result = runAction(pointerCheckout(), exampleInputs())
    expect(result.code).toBe(1)
    const errors = errorCommands(result.stdout)
    expect(errors[0]).toMatch(/^::error title=Gate E%3A LFS_POINTER,file=data\/processed\//)
    expect(errors[0]).toContain('lfs: true (actions/checkout), or run git lfs pull')
    expect(errors.at(-1)).toMatch(
      /Promotion blocked: \d+ violations; first, the cause of \d+ of them: \[E LFS_POINTER\]/
    )
  })

  it('fails on an object the LFS server does not have, naming the oid and the file', async () => {
    server.objects.delete(OIDS[0]!)
    const result = await runActionAsync(
      pointerCheckout(),
      exampleInputs({ lfs: 'pointers', 'lfs-url': server.url, 'github-token': TOKEN })
    )
    expect(result.code).toBe(1)
    const [error] = errorCommands(result.stdout)
    expect(error).toContain(`LFS_OBJECT_MISSING,file=data/processed/${FILES[0]}`)
    expect(error).toContain(`oid sha256:${OIDS[0]}`)
    expect(server.requests[0]!.authorization).toBe(
      `Basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`
    )
  })

  it.each([
    ['garbage', /answered with something that is not JSON/],
    ['redirect', /redirects are not followed, so the token goes nowhere else/]
  ] as const)('stops with a clear error when the server answers %s', async (behaviour, says) => {
    const other = await startLfsServer(OIDS)
    try {
      server.behaviour = behaviour
      server.redirectTo = `${other.url}/objects/batch`
      const workspace = pointerCheckout()
      const result = await runActionAsync(
        workspace,
        exampleInputs({ lfs: 'pointers', 'lfs-url': server.url, 'github-token': TOKEN })
      )
      expect(result.code).toBe(1)
      expect(errorCommands(result.stdout).join('\n')).toMatch(says)
      expect(other.requests).toEqual([])
      expect(printed(result)).not.toContain(TOKEN)
      expect(readdirSync(workspace)).not.toContain('promotion_manifest.json')
    } finally {
      await other.close()
    }
  })

  it("on a pull request, never sends the token to the pull request's own .lfsconfig", async () => {
    const api = await startGithubApi()
    try {
      const workspace = pointerCheckout()
      writeFileSync(path.join(workspace, '.lfsconfig'), `[lfs]\n\turl = ${server.url}\n`)
      const inputs = exampleInputs({ lfs: 'pointers' })
      const result = await runActionAsync(workspace, inputs, api.env())
      expect(result.code).toBe(0)
      expect(server.requests).toEqual([])
      expect(result.stdout).toMatch(/^::warning::Git LFS: .*never sent the token; set lfs-url/m)
      // The workflow's lfs-url (the base branch's) is trusted: the same server is then asked.
      rmSync(path.join(workspace, 'promotion_manifest.json'))
      const asked = await runActionAsync(workspace, { ...inputs, 'lfs-url': server.url }, api.env())
      expect(asked.code).toBe(0)
      expect(server.requests).toHaveLength(1)
    } finally {
      await api.close()
    }
  })
})
