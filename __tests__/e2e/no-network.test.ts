// No network besides GitHub's own services: the bundled action runs with a preloaded hook that
// records every socket connection and DNS lookup the process (and its worker threads) attempts.
// A run with upload off, on a release whose catalogs name remote JSON-LD contexts and web URLs,
// must attempt none. The hook only records; the machine has no network to reach anyway, which is
// why attempts are recorded rather than observed on the wire.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { runtimeToken } from '../helpers/artifact-service.js'
import { publishExample } from '../helpers/remote-copies.js'
import { runAction } from '../helpers/runner.js'
import { copyExample, exampleInputs, removeTempDirs, tempDir } from '../helpers/workspace.js'

afterAll(removeTempDirs)

const HOOK = `
const fs = require('node:fs')
const net = require('node:net')
const dns = require('node:dns')
const log = process.env.NETWORK_LOG
const record = (what) => fs.appendFileSync(log, what + '\\n')
const connect = net.Socket.prototype.connect
net.Socket.prototype.connect = function (...args) {
  // net.connect() passes its arguments normalised, as one array.
  const target = Array.isArray(args[0]) ? args[0][0] : args[0]
  const where = typeof target === 'object' && target !== null ? (target.path || (target.host || '') + ':' + target.port) : String(target)
  record('connect ' + where)
  return connect.apply(this, args)
}
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6']) {
  const original = dns[name]
  dns[name] = function (host, ...rest) {
    record(name + ' ' + host)
    return original.call(this, host, ...rest)
  }
}
`

function runRecorded(
  workspace: string,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {}
) {
  const dir = tempDir('pm-net-')
  const hook = path.join(dir, 'hook.cjs')
  const log = path.join(dir, 'network.log')
  writeFileSync(hook, HOOK)
  writeFileSync(log, '')
  const run = runAction(workspace, inputs, {
    ...env,
    NODE_OPTIONS: `--require ${hook}`,
    NETWORK_LOG: log
  })
  return { run, attempts: readFileSync(log, 'utf8').split('\n').filter(Boolean) }
}

describe('network', () => {
  it('the hook sees an attempt when there is one (so an empty record means something)', () => {
    const { run, attempts } = runRecorded(
      copyExample(),
      exampleInputs({ upload: 'true', 'upload-timeout-seconds': '3' }),
      {
        ACTIONS_RUNTIME_TOKEN: runtimeToken(),
        ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/',
        GITHUB_REPOSITORY: 'kfm/datasets',
        GITHUB_RUN_ID: '1'
      }
    )
    expect(run.code).toBe(1)
    expect(attempts).toContain('connect 127.0.0.1:9')
  })

  it('a passing run with upload off attempts no connection and no lookup', () => {
    const { run, attempts } = runRecorded(copyExample(), exampleInputs())
    expect(run.code).toBe(0)
    expect(attempts).toEqual([])
  })

  it.each(['require-checksum', 'allow'])(
    'remote asset links are not read with remote-assets: %s',
    (mode) => {
      const workspace = copyExample()
      publishExample(workspace, 'https://data.example.org/', { checksums: true })
      const { run, attempts } = runRecorded(workspace, exampleInputs({ 'remote-assets': mode }))
      expect(run.code).toBe(0)
      expect(run.summary).toContain('10 remote asset links (10 https')
      expect(attempts).toEqual([])
    }
  )

  it('a catalog naming a remote JSON-LD context is refused without fetching it', () => {
    const workspace = copyExample()
    const dcat = path.join(workspace, 'catalog/dcat.jsonld')
    const value = JSON.parse(readFileSync(dcat, 'utf8'))
    value['@context'] = ['https://www.w3.org/ns/dcat3.jsonld', value['@context']]
    writeFileSync(dcat, JSON.stringify(value, null, 2))
    const { run, attempts } = runRecorded(workspace, exampleInputs())
    expect(run.code).toBe(1)
    expect(run.outputs.violations).toContain('JSONLD_INVALID')
    expect(attempts).toEqual([])
  })
})
