// The action's Git LFS object check for lfs: pointers: with github-token, the LFS server is asked
// (github/lfs-batch.ts) whether every object the artifacts' pointers name exists; without one,
// or with no server the token may be sent to, the log warns and the summary says so.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import * as core from '@actions/core'
import type { LfsObjectCheck, LfsObjectChecker } from '../inventory/lfs-entries.js'
import { lfsEndpoint } from '../github/lfs-endpoint.js'
import { missingLfsObjects } from '../github/lfs-batch.js'
import { printable } from '../model/printable.js'

interface LfsCheckSettings {
  token: string
  /** The lfs-url input. */
  url?: string
  workspace: string
  pullRequest: boolean
}

function notAsked(reason: string): LfsObjectCheck {
  core.warning(
    `Git LFS: the artifacts' pointers were taken for their content, but the LFS server was not asked whether the objects exist: ${reason}. The digests are the pointers' oids all the same; verify with the content checked out finds an object that is missing.`
  )
  return { asked: false, reason }
}

async function lfsconfigOf(workspace: string): Promise<string | undefined> {
  return readFile(path.join(workspace, '.lfsconfig'), 'utf8').catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined
      throw new Error(
        `.lfsconfig cannot be read (${error.code ?? error.message}), so the LFS server to ask is not known; fix the file, or set lfs-url.`
      )
    }
  )
}

export function lfsChecker(settings: LfsCheckSettings): LfsObjectChecker {
  return async (objects) => {
    if (!settings.token) return notAsked('no github-token was given')
    const endpoint = lfsEndpoint({
      input: settings.url,
      lfsconfig: settings.url ? undefined : await lfsconfigOf(settings.workspace),
      pullRequest: settings.pullRequest,
      server: process.env.GITHUB_SERVER_URL,
      repository: process.env.GITHUB_REPOSITORY
    })
    if ('notAsked' in endpoint) return notAsked(endpoint.notAsked)
    core.info(
      `Git LFS: asking ${printable(endpoint.url)} (${endpoint.from}) whether ${objects.length} object(s) exist.`
    )
    const missing = await missingLfsObjects({ url: endpoint.url, token: settings.token, objects })
    core.info(
      `Git LFS: ${objects.length - missing.length} of ${objects.length} object(s) on the server.`
    )
    return { asked: true, endpoint: endpoint.url, missing }
  }
}
