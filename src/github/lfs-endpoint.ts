// Which Git LFS server the gate asks about the objects of lfs: pointers, and whether it may be
// sent the token: the lfs-url input; else lfs.url from the workspace's .lfsconfig, except on a
// pull request, whose own .lfsconfig could send the token anywhere; else the repository's own
// endpoint, `<server>/<owner>/<repo>.git/info/lfs`, as git-lfs derives it from the remote.

/** Where the endpoint came from, for the log. */
type LfsEndpoint = { url: string; from: string } | { notAsked: string }

interface EndpointRequest {
  /** The lfs-url input, when given. */
  input?: string
  /** The workspace's .lfsconfig text, when there is one. */
  lfsconfig?: string
  /** A pull request's workspace holds its own .lfsconfig: never trusted with the token. */
  pullRequest: boolean
  /** GITHUB_SERVER_URL and GITHUB_REPOSITORY. */
  server?: string
  repository?: string
}

/**
 * `lfs.url` in git-config syntax, as git reads .lfsconfig: sections in brackets (names
 * case-insensitive), `key = value` lines, `#` and `;` comments, double-quoted values; the last
 * value wins. Only the `[lfs]` section's `url` is read.
 */
export function lfsUrlOf(text: string): string | undefined {
  let section = ''
  let url: string | undefined
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    const header = /^\[\s*([A-Za-z0-9.-]+)\s*(?:"[^"]*"\s*)?\]/.exec(line)
    if (header) {
      section = line.includes('"') ? `${header[1]!.toLowerCase()} "sub"` : header[1]!.toLowerCase()
      continue
    }
    const entry = /^([A-Za-z][A-Za-z0-9-]*)\s*=\s*(.*)$/.exec(line)
    if (!entry || section !== 'lfs' || entry[1]!.toLowerCase() !== 'url') continue
    const value = entry[2]!.replace(/\s+[#;].*$/, '').trim()
    url = value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value
  }
  return url
}

export function lfsEndpoint(request: EndpointRequest): LfsEndpoint {
  const input = request.input?.trim()
  if (input) return { url: input, from: 'the lfs-url input' }
  const configured = request.lfsconfig === undefined ? undefined : lfsUrlOf(request.lfsconfig)
  if (configured && request.pullRequest)
    return {
      notAsked:
        "the pull request's .lfsconfig names an LFS server (lfs.url), and a pull request's own configuration is never sent the token; set lfs-url in the workflow to the server of the base branch"
    }
  if (configured) return { url: configured, from: 'lfs.url in .lfsconfig' }
  if (!request.server || !request.repository)
    return {
      notAsked:
        'GITHUB_SERVER_URL and GITHUB_REPOSITORY are not set, so the repository is not known; set lfs-url'
    }
  const server = request.server.replace(/\/+$/, '')
  return { url: `${server}/${request.repository}.git/info/lfs`, from: 'the repository' }
}
