// Uploads files as a workflow artifact with @actions/artifact. The client (and its storage SDK)
// is loaded only when a run uploads, so runs without upload start fast. The client bounds its
// own retries; this module bounds the whole upload in time, so nothing waits forever.
import { plainName } from '../model/printable.js'

interface UploadRequest {
  name: string
  files: string[]
  rootDirectory: string
  retentionDays?: number
  timeoutSeconds: number
  /** Delete an artifact of the same name in this run first, as upload-artifact's overwrite does. */
  overwrite?: boolean
}

interface UploadResult {
  id: number
  size: number
  url?: string
  /** `sha256:` digest of the uploaded zip, as the artifact service records it. */
  digest?: string
}

/** True inside a GitHub Actions job that can upload artifacts. */
export function canUploadArtifacts(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL)
}

/** The artifact's page, as actions/upload-artifact reports it. */
function artifactUrl(id: number, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: run } = env
  if (!server || !repository || !run) return undefined
  return `${server}/${repository}/actions/runs/${run}/artifacts/${id}`
}

/** Artifact names may not hold these (the artifact service's rule). */
const FORBIDDEN = /["<>|*?\r\n\\/:]/g

/**
 * A name the artifact service takes, and that the artifact client can log as it is ("Artifact
 * <name> successfully finalized"): the service's forbidden characters, and anything that would
 * make that line a workflow command or hide text in it, become `-`.
 */
export function safeArtifactName(name: string): string {
  return plainName(name.replace(FORBIDDEN, '-'))
}

export async function uploadArtifact(request: UploadRequest): Promise<UploadResult> {
  const { ArtifactNotFoundError, DefaultArtifactClient } = await import('@actions/artifact')
  const client = new DefaultArtifactClient()
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(`it did not finish within ${request.timeoutSeconds} s (upload-timeout-seconds)`)
        ),
      request.timeoutSeconds * 1000
    )
  })
  const replaced = async (): Promise<void> => {
    if (!request.overwrite) return
    await client.deleteArtifact(request.name).catch((error: unknown) => {
      // Nothing to replace is the usual case on a first run.
      if (!(error instanceof ArtifactNotFoundError)) throw error
    })
  }
  try {
    const upload = replaced().then(() =>
      client.uploadArtifact(
        request.name,
        request.files,
        request.rootDirectory,
        request.retentionDays ? { retentionDays: request.retentionDays } : {}
      )
    )
    const response = await Promise.race([upload, timeout])
    if (response.id === undefined) throw new Error('the artifact service returned no artifact id')
    const digest = response.digest ? `sha256:${response.digest}` : undefined
    return { id: response.id, size: response.size ?? 0, url: artifactUrl(response.id), digest }
  } finally {
    clearTimeout(timer)
  }
}
