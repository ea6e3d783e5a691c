// One line of a `sha256sum` listing, as GNU coreutils writes it: the checksums file beside the
// manifest and a directory store's digest (in-toto dirHash) are both made of these lines. A name
// with a backslash or a line break is written with those escaped and the line starts with a
// backslash.

/** `<64 hex>  <name>\n` for a `sha256:` digest. */
export function sha256sumLine(digest: string, name: string): string {
  const hex = digest.slice('sha256:'.length)
  if (!/[\\\n\r]/.test(name)) return `${hex}  ${name}\n`
  const escaped = name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
  return `\\${hex}  ${escaped}\n`
}
