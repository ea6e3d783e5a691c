// Ending the process once what it printed is out. On Linux, writes to a pipe (how the runner and
// most callers read a step's output) are asynchronous: process.exit() right after a long log
// drops its tail, the annotations and the failure line with it (100,000 lines: all but 64 KiB).
// A write's callback runs after every write before it, so waiting for an empty one is enough.

const flushed = (stream: NodeJS.WriteStream): Promise<void> =>
  new Promise((resolve) => {
    if (stream.writableEnded || stream.destroyed) resolve()
    else stream.write('', () => resolve())
  })

/** Exits with process.exitCode once stdout and stderr have written everything given to them. */
export async function exitWhenFlushed(): Promise<never> {
  await Promise.all([flushed(process.stdout), flushed(process.stderr)])
  process.exit()
}
