// What reading the remote asset links gave: evidence gathered before the gates run, as the
// inventory is, so gate D judges it without touching the network.

/** What an absolute asset link without a checksum gets (the remote-assets input). */
export type RemoteAssetsMode = 'require-checksum' | 'allow' | 'fetch'

/** One remote link read: the digest of its bytes, or why it could not be had. */
export type RemoteReading =
  | {
      digest: string
      size?: number
      /**
       * How the digest was had: by hashing the bytes as they streamed in, or from the store's
       * own record of the object's SHA-256 (an S3 single-part object's checksum), named.
       */
      source: 'stream' | { metadata: string }
    }
  | { problem: string }

export interface RemoteEvidence {
  mode: RemoteAssetsMode
  /** With remote-assets: fetch, each link's URL as written → what reading it gave. */
  readings?: ReadonlyMap<string, RemoteReading>
}
