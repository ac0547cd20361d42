/**
 * Graph ids ↔ Cytoscape element ids. Cytoscape (and react-cytoscapejs) index
 * elements by id in plain objects — breadth-first search, connected
 * components, layouts — so an id that names an Object.prototype member
 * ("constructor") finds a function there and breaks them. Such ids, and ids
 * starting with the escape mark, get the mark in front; every other id is
 * its own Cytoscape id. Parley ids are slugs, which never start with "~".
 */
const MARK = '~';

export function toCyId(id: string): string {
  return id in Object.prototype || id.startsWith(MARK) ? MARK + id : id;
}

export function fromCyId(cyId: string): string {
  return cyId.startsWith(MARK) ? cyId.slice(1) : cyId;
}
