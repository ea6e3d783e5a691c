// Which LFS server is sent the token: the input, the trusted .lfsconfig, or the repository's.
import { lfsEndpoint, lfsUrlOf } from '../../src/github/lfs-endpoint.js'

const REPOSITORY = { server: 'https://github.com', repository: 'kfm/datasets' }

describe('the LFS endpoint', () => {
  it("is the repository's own by default, as git-lfs derives it from the remote", () => {
    expect(lfsEndpoint({ pullRequest: false, ...REPOSITORY })).toEqual({
      url: 'https://github.com/kfm/datasets.git/info/lfs',
      from: 'the repository'
    })
  })

  it('is lfs.url from .lfsconfig outside a pull request', () => {
    const lfsconfig = '# ours\n[lfs]\n\turl = "https://lfs.example.org/kfm" ; the store\n'
    expect(lfsEndpoint({ pullRequest: false, lfsconfig, ...REPOSITORY })).toEqual({
      url: 'https://lfs.example.org/kfm',
      from: 'lfs.url in .lfsconfig'
    })
  })

  it("never sends the token to a URL from a pull request's own .lfsconfig", () => {
    const lfsconfig = '[lfs]\n  url = https://attacker.example/collect\n'
    const endpoint = lfsEndpoint({ pullRequest: true, lfsconfig, ...REPOSITORY })
    expect(endpoint).toEqual({ notAsked: expect.stringContaining('never sent the token') })
    expect(JSON.stringify(endpoint)).not.toContain('attacker.example')
  })

  it('is the lfs-url input over anything else, on a pull request too', () => {
    const lfsconfig = '[lfs]\n  url = https://attacker.example/collect\n'
    expect(
      lfsEndpoint({ input: 'https://lfs.example.org/x', lfsconfig, pullRequest: true })
    ).toEqual({ url: 'https://lfs.example.org/x', from: 'the lfs-url input' })
  })

  it('reads only [lfs] url, case-insensitively, the last one winning', () => {
    expect(
      lfsUrlOf('[remote "origin"]\n  url = https://a\n[LFS]\n  URL = https://b\n  url=https://c')
    ).toBe('https://c')
    expect(lfsUrlOf('[lfs "sub"]\n  url = https://a\n')).toBeUndefined()
    expect(lfsUrlOf('')).toBeUndefined()
  })
})
