// Why one remote read failed, in a sentence for the user, and whether trying again may help.
import { shownUrl } from '../model/shown-url.js'

export class ReadFailure extends Error {
  constructor(
    message: string,
    /** A network error, a timeout or a 5xx answer: another try may succeed. */
    readonly retryable: boolean
  ) {
    super(message)
  }
}

/** How a read is tried: how often, how long to wait between tries, how long a try may idle. */
export interface TryPolicy {
  /** Tries in all, the first included. */
  tries: number
  /** The wait before the second try; each later wait is twice the one before. */
  backoffMs: number
  /** The longest a server may keep one try waiting (for an answer, or the next bytes). */
  idleMs: number
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The read, tried again after a retryable failure, up to the policy's number of tries. */
export async function withRetries<T>(policy: TryPolicy, read: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await read()
    } catch (error) {
      const failure = error instanceof ReadFailure ? error : undefined
      if (!failure?.retryable || attempt >= policy.tries) {
        if (failure?.retryable && policy.tries > 1)
          throw new ReadFailure(
            `${failure.message.replace(/\.$/, '')}; tried ${policy.tries} times.`,
            false
          )
        throw error
      }
      await sleep(policy.backoffMs * 2 ** (attempt - 1))
    }
  }
}

/**
 * A timer that aborts a read when nothing arrives for `ms`: reset on each chunk, so a large
 * object that keeps streaming is never cut, and a server that stalls is.
 */
export class IdleTimer {
  readonly controller = new AbortController()
  private timer: NodeJS.Timeout | undefined
  timedOut = false
  constructor(private readonly ms: number) {
    this.reset()
  }
  reset(): void {
    // refresh() restarts the same timer: no new timer for each of a large object's chunks.
    if (this.timer) this.timer.refresh()
    else
      this.timer = setTimeout(() => {
        this.timedOut = true
        this.controller.abort()
      }, this.ms)
  }
  stop(): void {
    clearTimeout(this.timer)
  }
  /** The failure of a read of `url` this timer aborted. */
  stalled(url: string, retryable: boolean): ReadFailure {
    return new ReadFailure(
      `${shownUrl(url)} sent nothing for ${this.ms / 1000} s (remote-assets-timeout-seconds).`,
      retryable
    )
  }
}

/**
 * What a reading says of a failed read: a ReadFailure's sentence; an SDK's own error its name
 * and message, never its stack (it may name the request's headers).
 */
export function problemOf(error: unknown): { problem: string } {
  if (error instanceof ReadFailure) return { problem: error.message }
  return { problem: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }
}
