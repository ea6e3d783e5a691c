// DCAT: the datasets of a flattened JSON-LD graph, with their licences and distributions.
import { iris, literals, type LdNode } from './jsonld.js'
import { TERMS } from './vocabulary.js'
import type { DcatDataset, LicenseValue } from './views.js'

function licenses(node: LdNode, byId: Map<string, LdNode>): LicenseValue[] {
  const found: LicenseValue[] = []
  for (const [property, iri] of [
    ['license', TERMS.license],
    ['rights', TERMS.rights]
  ] as const) {
    for (const value of literals(node, iri)) found.push({ kind: 'literal', value, property })
    for (const id of iris(node, iri)) {
      if (!id.startsWith('_:')) {
        found.push({ kind: 'iri', value: id, property })
        continue
      }
      // A licence document without an IRI of its own: its identifier or label may name it.
      const target = byId.get(id)
      const names = target
        ? [
            ...literals(target, TERMS.identifier),
            ...literals(target, TERMS.label),
            ...literals(target, TERMS.title)
          ]
        : []
      if (names.length > 0)
        for (const value of names) found.push({ kind: 'literal', value, property })
      else found.push({ kind: 'blank', value: id, property })
    }
  }
  return found
}

export function readDcat(nodes: readonly LdNode[]): DcatDataset[] {
  const byId = new Map(nodes.map((n) => [n['@id'], n]))
  return nodes
    .filter((node) => node['@type']?.includes(TERMS.dataset))
    .map((node) => ({
      id: node['@id'],
      licenses: licenses(node, byId),
      distributions: iris(node, TERMS.distribution).map((id) => {
        const distribution = byId.get(id) ?? ({ '@id': id } as LdNode)
        return {
          id,
          urls: [...iris(distribution, TERMS.downloadURL), ...iris(distribution, TERMS.accessURL)],
          licenses: licenses(distribution, byId),
          checksums: iris(distribution, TERMS.checksum).flatMap((checksumId) => {
            const checksum = byId.get(checksumId)
            if (!checksum) return []
            const algorithm =
              iris(checksum, TERMS.checksumAlgorithm)[0] ??
              literals(checksum, TERMS.checksumAlgorithm)[0] ??
              ''
            return literals(checksum, TERMS.checksumValue).map((value) => ({ algorithm, value }))
          })
        }
      })
    }))
}
