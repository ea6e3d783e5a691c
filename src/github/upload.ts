// Uploads the manifest as a workflow artifact. The artifact client (and its storage SDK) is
// loaded only when a run uploads, so runs without upload start fast.

export interface UploadResult {
  id?: number
  size?: number
}

/** True inside a GitHub Actions job that can upload artifacts. */
export function canUploadArtifacts(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL)
}

export async function uploadArtifact(
  name: string,
  files: string[],
  rootDirectory: string,
  retentionDays?: number
): Promise<UploadResult> {
  const { DefaultArtifactClient } = await import('@actions/artifact')
  const client = new DefaultArtifactClient()
  const response = await client.uploadArtifact(
    name,
    files,
    rootDirectory,
    retentionDays ? { retentionDays } : {}
  )
  return { id: response.id, size: response.size }
}
