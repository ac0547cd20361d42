import type { Quad, Term } from '@rdfjs/types';

/** Quads indexed by subject then predicate (Maps only: IRIs are untrusted keys). */
export class QuadIndex {
  private readonly bySubject = new Map<string, Map<string, Term[]>>();
  private readonly byObject = new Map<string, Quad[]>();

  constructor(readonly quads: readonly Quad[]) {
    for (const q of quads) {
      const s = key(q.subject);
      let props = this.bySubject.get(s);
      if (!props) this.bySubject.set(s, (props = new Map()));
      const list = props.get(q.predicate.value);
      if (list) list.push(q.object);
      else props.set(q.predicate.value, [q.object]);
      if (q.object.termType === 'NamedNode' || q.object.termType === 'BlankNode') {
        const o = key(q.object);
        const back = this.byObject.get(o);
        if (back) back.push(q);
        else this.byObject.set(o, [q]);
      }
    }
  }

  subjects(): string[] {
    return [...this.bySubject.keys()];
  }

  all(subject: string, predicate: string): Term[] {
    return this.bySubject.get(subject)?.get(predicate) ?? [];
  }

  one(subject: string, predicate: string): Term | undefined {
    return this.all(subject, predicate)[0];
  }

  /** The lexical value of the first literal. */
  text(subject: string, predicate: string): string | undefined {
    const t = this.all(subject, predicate).find((x) => x.termType === 'Literal');
    return t?.value;
  }

  texts(subject: string, predicate: string): string[] {
    return this.all(subject, predicate)
      .filter((x) => x.termType === 'Literal')
      .map((x) => x.value);
  }

  predicates(subject: string): string[] {
    return [...(this.bySubject.get(subject)?.keys() ?? [])];
  }

  has(subject: string, predicate: string, object: string): boolean {
    return this.all(subject, predicate).some((o) => key(o) === object);
  }

  /** Quads whose object is this node. */
  incoming(node: string): Quad[] {
    return this.byObject.get(node) ?? [];
  }
}

/** Named nodes by IRI, blank nodes as `_:label`. */
export function key(t: Term): string {
  return t.termType === 'BlankNode' ? `_:${t.value}` : t.value;
}
