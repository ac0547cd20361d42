import { DataFactory, Writer, type NamedNode, type Quad_Object } from 'n3';
import {
  DEFAULT_VOCABULARY,
  ENTITY_TYPES,
  ENTITY_TYPE_LABELS,
  REFERENCE_QUALIFIERS,
  type Vocabulary,
} from '../../model';
import {
  NS,
  T,
  addedClassOf,
  anyClassOf,
  classOf,
  dcterms,
  oa,
  owl,
  parley,
  pq,
  rdf,
  rdfs,
  relationProperty,
  sh,
  skos,
  xsd,
} from './vocab';

const { literal, namedNode } = DataFactory;

/**
 * <dataset>/schema/parley.ttl (the vocabulary, described in RDFS) and
 * parley.shapes.ttl (SHACL shapes an export must satisfy), both generated
 * from the dataset's vocabulary (npm run schema) so they cannot drift from
 * what the validator enforces.
 */
type Add = (s: NamedNode, p: NamedNode, o: Quad_Object | Quad_Object[]) => void;

function writer(build: (add: Add, w: Writer) => void): Promise<string> {
  const w = new Writer({ prefixes: { ...NS }, format: 'Turtle' });
  build((s, p, o) => w.addQuad(s, p, o as Quad_Object), w);
  return new Promise((resolve, reject) =>
    w.end((err: Error | null, out: string) => (err ? reject(err) : resolve(out))),
  );
}

const text = (v: string) => literal(v, 'en');

export function vocabularyTurtle(vocabulary: Vocabulary = DEFAULT_VOCABULARY): Promise<string> {
  return writer((add) => {
    const ont = namedNode(NS.parley.replace(/#$/, ''));
    add(ont, rdf('type'), owl('Ontology'));
    add(ont, rdfs('label'), text('Parley vocabulary'));
    add(
      ont,
      rdfs('comment'),
      text(
        'Entities, typed directed relations and their evidence, as Parley (an open-source knowledge-graph explorer) exports them. Each relation is an asserted triple plus a statement node (rdf:Statement, parley:Relation) that carries its id, date, qualifiers and the speakers, meeting and sides of a statement; each piece of evidence is a W3C Web Annotation (oa:Annotation) whose body is the statement node and whose target is an oa:TextQuoteSelector on the source document. Qualifier keys are properties in the namespace https://w3id.org/parley/qualifier# (pq:title).',
      ),
    );
    add(T.Entity, rdf('type'), rdfs('Class'));
    add(T.Entity, rdfs('label'), text('Entity'));
    for (const t of ENTITY_TYPES) {
      add(classOf(t), rdf('type'), rdfs('Class'));
      add(classOf(t), rdfs('subClassOf'), T.Entity);
      add(classOf(t), rdfs('label'), text(ENTITY_TYPE_LABELS[t]));
    }
    for (const t of vocabulary.entityTypes) {
      add(addedClassOf(t.id), rdf('type'), rdfs('Class'));
      add(addedClassOf(t.id), rdfs('subClassOf'), t.extends ? classOf(t.extends) : T.Entity);
      add(addedClassOf(t.id), rdfs('label'), text(t.label));
      if (t.description) add(addedClassOf(t.id), rdfs('comment'), text(t.description));
    }
    add(T.Relation, rdf('type'), rdfs('Class'));
    add(T.Relation, rdfs('subClassOf'), rdf('Statement'));
    add(T.Relation, rdfs('label'), text('Relation'));
    add(
      T.Relation,
      rdfs('comment'),
      text(
        'A relation of the dataset as a statement node (rdf:subject, rdf:predicate, rdf:object).',
      ),
    );
    add(T.Source, rdf('type'), rdfs('Class'));
    add(T.Source, rdfs('subClassOf'), dcterms('BibliographicResource'));
    add(T.Source, rdfs('label'), text('Source document'));
    add(T.Dataset, rdf('type'), rdfs('Class'));
    add(T.Dataset, rdfs('label'), text('Dataset'));
    add(T.evidencing, rdf('type'), oa('Motivation'));
    add(T.evidencing, skos('broader'), oa('linking'));
    add(T.evidencing, rdfs('label'), text('evidencing'));
    add(
      T.evidencing,
      rdfs('comment'),
      text('The target passage is evidence for the body statement.'),
    );

    const prop = (
      p: NamedNode,
      label: string,
      comment: string,
      domain?: NamedNode,
      range?: NamedNode,
    ) => {
      add(p, rdf('type'), rdf('Property'));
      add(p, rdfs('label'), text(label));
      add(p, rdfs('comment'), text(comment));
      if (domain) add(p, rdfs('domain'), domain);
      if (range) add(p, rdfs('range'), range);
    };
    prop(
      T.kind,
      'kind',
      'The kind of a meeting, agreement, organization or place.',
      T.Entity,
      xsd('string'),
    );
    prop(
      T.number,
      'number',
      'The number of a meeting in its series.',
      classOf('meeting'),
      xsd('integer'),
    );
    prop(
      T.date,
      'date',
      'A date as precise as the sources allow: xsd:date (day), xsd:gYearMonth (month) or xsd:gYear (year).',
    );
    prop(
      T.datePrecision,
      'date precision',
      '"unknown" when the sources do not date it (then parley:dateNote says what they do say).',
    );
    prop(T.dateNote, 'date note', 'What the text says about a date that is implied or unknown.');
    prop(T.at, 'at', 'The meeting a statement was made at.', T.Relation, classOf('meeting'));
    prop(T.by, 'by', 'A person who made the statement.', T.Relation, classOf('person'));
    prop(
      T.onBehalfOf,
      'on behalf of',
      'A side (country or organization) the statement was made for; two sides make a joint statement.',
      T.Relation,
      T.Entity,
    );
    prop(T.file, 'file', 'File name of the source text in the corpus.', T.Source, xsd('string'));
    prop(
      T.sentence,
      'sentence',
      'The full sentence of the source text that contains the quote.',
      oa('Annotation'),
      xsd('string'),
    );
    for (const r of vocabulary.relationTypes) {
      const p = relationProperty(r.id);
      prop(p, r.label, r.description, T.Entity, T.Entity);
      add(p, parley('inverseLabel'), text(r.inverse));
      for (const s of r.source) add(p, parley('sourceType'), anyClassOf(s));
      for (const t of r.target) add(p, parley('targetType'), anyClassOf(t));
    }
    for (const k of vocabulary.qualifiers) {
      const refs = REFERENCE_QUALIFIERS.get(k);
      prop(
        pq(k),
        k.replace(/_/g, ' '),
        refs
          ? `Qualifier "${k}": links to ${refs.join(' or ')} entities (in Parley's JSON, their ids separated by ", ").`
          : `Qualifier "${k}" of a relation (free text).`,
        T.Relation,
        refs ? T.Entity : xsd('string'),
      );
    }
    prop(
      parley('inverseLabel'),
      'inverse label',
      'How a relation type reads from target to source.',
    );
    prop(parley('sourceType'), 'source type', 'An entity class a relation type may start from.');
    prop(parley('targetType'), 'target type', 'An entity class a relation type may point to.');
  });
}

export function shapesTurtle(vocabulary: Vocabulary = DEFAULT_VOCABULARY): Promise<string> {
  return writer((add, w) => {
    const shape = (name: string) => parley(`${name}Shape`);
    const property = (
      path: Quad_Object,
      ...constraints: [NamedNode, Quad_Object | Quad_Object[]][]
    ) =>
      w.blank([
        { predicate: sh('path'), object: path as NamedNode },
        ...constraints.map(([predicate, object]) => ({
          predicate,
          object: Array.isArray(object)
            ? (w.list(object) as unknown as NamedNode)
            : (object as NamedNode),
        })),
      ]);
    const int = (n: number) => literal(String(n), xsd('integer'));
    const one = (path: NamedNode, ...more: [NamedNode, Quad_Object | Quad_Object[]][]) =>
      property(path, [sh('minCount'), int(1)], [sh('maxCount'), int(1)], ...more);
    const str: [NamedNode, Quad_Object] = [sh('datatype'), xsd('string')];
    const dates = [xsd('date'), xsd('gYearMonth'), xsd('gYear')].map((d) =>
      w.blank(sh('datatype'), d),
    );
    const node = (s: NamedNode, target: NamedNode, props: Quad_Object[]) => {
      add(s, rdf('type'), sh('NodeShape'));
      add(s, sh('targetClass'), target);
      for (const p of props) add(s, sh('property'), p);
    };

    const entityProps = () => [
      one(T.identifier, str),
      one(T.label, str, [sh('minLength'), int(1)]),
      one(T.description, str),
      property(T.altLabel, str),
      property(T.note, str, [sh('maxCount'), int(1)]),
      property(T.date, [sh('maxCount'), int(1)], [sh('or'), dates]),
    ];
    for (const t of ENTITY_TYPES) node(shape(ENTITY_TYPE_LABELS[t]), classOf(t), entityProps());
    for (const t of vocabulary.entityTypes)
      if (!t.extends)
        node(
          parley(`${addedClassOf(t.id).value.slice(NS.parley.length)}Shape`),
          addedClassOf(t.id),
          entityProps(),
        );
    add(shape('Meeting'), sh('property'), one(T.kind, str));
    // A meeting is dated, or says its date is unknown.
    add(
      shape('Meeting'),
      sh('or'),
      w.list(
        [T.date, T.datePrecision].map((path) =>
          w.blank([
            { predicate: sh('path'), object: path },
            { predicate: sh('minCount'), object: int(1) },
          ]),
        ),
      ) as unknown as NamedNode,
    );

    const entityClasses = vocabulary.allEntityTypes.map((t) => w.blank(sh('class'), anyClassOf(t)));
    const isEntity: [NamedNode, Quad_Object[]] = [sh('or'), entityClasses];
    node(shape('Relation'), T.Relation, [
      one(T.identifier, str),
      one(T.subject, isEntity),
      one(rdf('predicate'), [
        sh('in'),
        vocabulary.relationTypes.map((r) => relationProperty(r.id)),
      ]),
      one(T.object, isEntity),
      property(T.at, [sh('maxCount'), int(1)], [sh('class'), classOf('meeting')]),
      property(T.by, [sh('class'), classOf('person')]),
      property(T.onBehalfOf, [
        sh('or'),
        [classOf('country'), classOf('organization')].map((c) => w.blank(sh('class'), c)),
      ]),
      property(T.date, [sh('maxCount'), int(1)], [sh('or'), dates]),
      // Every relation has evidence: at least one annotation names it as its body.
      property(
        w.blank(sh('inversePath'), T.hasBody),
        [sh('minCount'), int(1)],
        [sh('class'), T.Annotation],
      ),
    ]);
    node(shape('Annotation'), T.Annotation, [
      one(T.motivatedBy, [sh('hasValue'), T.evidencing]),
      one(T.hasBody, [sh('class'), T.Relation]),
      one(T.hasTarget, [sh('class'), T.SpecificResource]),
      property(T.sentence, str, [sh('maxCount'), int(1)]),
    ]);
    node(shape('SpecificResource'), T.SpecificResource, [
      one(T.hasSource, [sh('class'), T.Source]),
      one(T.hasSelector, [sh('class'), T.TextQuoteSelector]),
    ]);
    node(shape('TextQuoteSelector'), T.TextQuoteSelector, [
      one(T.exact, str, [sh('minLength'), int(1)], [sh('maxLength'), int(320)]),
      property(T.prefix, str, [sh('maxCount'), int(1)]),
      property(T.suffix, str, [sh('maxCount'), int(1)]),
    ]);
    node(shape('Source'), T.Source, [
      one(T.identifier, str),
      one(T.title, str),
      one(T.language, str),
      one(T.file, str),
      property(T.publisher, str, [sh('maxCount'), int(1)]),
      property(T.issued, [sh('maxCount'), int(1)], [sh('or'), dates]),
    ]);

    // The endpoints each relation type allows, on its asserted triples.
    for (const r of vocabulary.relationTypes) {
      const p = relationProperty(r.id);
      const s = parley(`${r.id}Shape`);
      add(s, rdf('type'), sh('NodeShape'));
      add(s, sh('targetSubjectsOf'), p);
      add(
        s,
        sh('or'),
        w.list(r.source.map((t) => w.blank(sh('class'), anyClassOf(t)))) as unknown as NamedNode,
      );
      add(s, sh('message'), text(`${r.id} starts from ${r.source.join(', ')}`));
      const o = parley(`${r.id}TargetShape`);
      add(o, rdf('type'), sh('NodeShape'));
      add(o, sh('targetObjectsOf'), p);
      add(
        o,
        sh('or'),
        w.list(r.target.map((t) => w.blank(sh('class'), anyClassOf(t)))) as unknown as NamedNode,
      );
      add(o, sh('message'), text(`${r.id} points to ${r.target.join(', ')}`));
    }
  });
}
