// What counts as a remote asset link, and how its URL is shown: without the credentials it carries.
import { remoteScheme } from '../../src/catalogs/remote-links.js'
import { fileNameOf, judgeRemoteAssets } from '../../src/gates/d-remote-assets.js'
import { hasUserInfo, shownUrl } from '../../src/model/shown-url.js'

describe('remoteScheme', () => {
  it.each([
    ['https://data.example.org/x.parquet', 'https'],
    ['HTTP://data.example.org/x.parquet', 'http'],
    ['s3://bucket/cube.zarr/', 's3'],
    ['gs://bucket/x', 'gs'],
    ['az://container/x', 'az'],
    ['abfss://c@acct.dfs.core.windows.net/x', 'abfss'],
    ['ftp://host/x', 'ftp']
  ])('%s is a remote link of %s', (url, scheme) => {
    expect(remoteScheme(url)).toBe(scheme)
  })

  it.each(['../data/x.parquet', 'data/x.parquet', 'C:/data/x.parquet', 'file:///x', './a:b'])(
    '%s is not remote',
    (href) => {
      expect(remoteScheme(href)).toBeUndefined()
    }
  )
})

describe('shownUrl', () => {
  it('drops the user, the password, every query value and the fragment', () => {
    expect(shownUrl('https://me:secret@host.example/a/x.tif?sig=abc&se=2026#frag')).toBe(
      'https://host.example/a/x.tif?sig=…&se=…'
    )
    expect(shownUrl('s3://bucket/key?X-Amz-Signature=abc')).toBe(
      's3://bucket/key?X-Amz-Signature=…'
    )
  })

  it("keeps abfss's container, which is not a credential", () => {
    const url = 'abfss://river@acct.dfs.core.windows.net/x.parquet'
    expect(shownUrl(url)).toBe(url)
    expect(hasUserInfo(url)).toBe(false)
    expect(hasUserInfo('https://me@host.example/x')).toBe(true)
    expect(hasUserInfo('abfss://river:key@acct.dfs.core.windows.net/x')).toBe(true)
  })
})

describe('fileNameOf', () => {
  it('is the last segment, decoded, a store without its slash, a query left out', () => {
    expect(fileNameOf('https://h/river/discharge%20daily.parquet?v=1')).toBe(
      'discharge daily.parquet'
    )
    expect(fileNameOf('data/cube.zarr/')).toBe('cube.zarr')
    expect(fileNameOf('s3://bucket/cube.zarr/')).toBe('cube.zarr')
  })
})

describe('a checksum is matched against every digest of the inventory', () => {
  // A directory store is one more entry with its own digest (its dirHash): a link to its
  // published copy is tied by that digest, whichever list the store came from.
  const store = {
    path: 'data/cube.zarr/',
    digest: `sha256:${'c'.repeat(64)}`,
    mediaType: 'application/vnd+zarr',
    verified: true
  }
  const document = {
    path: 'catalog/dcat.jsonld',
    display: 'catalog/dcat.jsonld',
    digest: `sha256:${'d'.repeat(64)}`,
    kinds: ['dcat' as const],
    lineOf: () => undefined,
    lineOfText: () => 3
  }
  const link = {
    url: 's3://bucket/river/cube.zarr/',
    scheme: 's3',
    document,
    what: 'DCAT distribution of river',
    property: 'spdx:checksum' as const,
    unsupported: [],
    line: () => 3
  }

  it('ties a link to a store by the store digest', () => {
    const outcome = judgeRemoteAssets({
      links: [{ ...link, digests: [store.digest] }],
      entries: [store],
      remote: { mode: 'require-checksum' }
    })
    expect(outcome.violations).toEqual([])
    expect(outcome.copies).toEqual([
      { url: link.url, catalog: document.display, copyOf: 'data/cube.zarr/', by: 'checksum' }
    ])
  })

  it('names no entry: REMOTE_ASSET_UNKNOWN at the line of the link', () => {
    const outcome = judgeRemoteAssets({
      links: [{ ...link, digests: [`sha256:${'e'.repeat(64)}`] }],
      entries: [store],
      remote: { mode: 'allow' }
    })
    expect(outcome.violations).toMatchObject([
      { gate: 'D', code: 'REMOTE_ASSET_UNKNOWN', path: 'catalog/dcat.jsonld', line: 3 }
    ])
  })
})
