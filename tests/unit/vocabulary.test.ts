/**
 * A vocabulary per dataset (vocabulary.json): the bundled file reproduces
 * Parley's own vocabulary; a dataset may add relation and entity types, which
 * then validate and show in the legend, the filters and Details; an
 * undeclared type is a located error naming the vocabulary file; the
 * statement convention is the dataset's to turn on or off.
 */
import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { toBundle } from '../../src/data/bundle';
import { folderSource } from '../../src/data/folderSource';
import { loadDatasetFromDir } from '../../src/data/node';
import { countErrors } from '../../src/data/problems';
import { validateFiles, type InputFile } from '../../src/data/validate';
import { readVocabulary } from '../../src/data/vocabularyLoad';
import { typeStyle, TYPE_STYLE } from '../../src/cy/palette';
import { toElements } from '../../src/cy/elements';
import { FiltersPanel } from '../../src/features/filters/FiltersPanel';
import { Legend } from '../../src/features/legend/Legend';
import { VocabularyContext } from '../../src/features/legend/vocabularyContext';
import { hopPhrase } from '../../src/features/connection/wording';
import { buildGraph } from '../../src/graph/build';
import { relationGroups } from '../../src/graph/queries';
import { statementsOf } from '../../src/graph/statements';
import { vocabularyOf } from '../../src/graph/vocabulary';
import { jsonSchemaText } from '../../src/model/jsonSchema';
import { datasetToQuads } from '../../src/data/rdf/toQuads';
import { shapesTurtle, vocabularyTurtle } from '../../src/data/rdf/vocabularyFile';
import {
  DEFAULT_VOCABULARY,
  DEFAULT_VOCABULARY_FILE,
  type VocabularyFileInput,
} from '../../src/model';

const json = (name: string, value: unknown): InputFile => ({
  name,
  text: `${JSON.stringify(value, null, 2)}\n`,
});

describe('the bundled vocabulary (graph-data/vocabulary.json)', () => {
  const read = readVocabulary({
    name: 'graph-data/vocabulary.json',
    text: readFileSync('graph-data/vocabulary.json', 'utf8'),
  });

  it('is valid and is Parley’s default vocabulary, type for type', () => {
    expect(read.problems).toEqual([]);
    const { $schema, ...file } = read.vocabulary!.file;
    expect($schema).toBe('./schema/vocabulary.schema.json');
    expect(file).toEqual(DEFAULT_VOCABULARY_FILE);
  });

  it('keeps today’s verb scale, statement types and strict convention', () => {
    const v = read.vocabulary!;
    // The stages verbScale.ts hard-coded before the vocabulary held them.
    const before: Record<string, string> = {
      discussed: 'discussed',
      concerns: 'discussed',
      reviewed: 'discussed',
      called_for: 'discussed',
      welcomed: 'discussed',
      praised: 'discussed',
      values: 'discussed',
      thanked: 'discussed',
      agreed: 'agreed',
      supports: 'agreed',
      reaffirmed: 'reaffirmed',
      committed_to: 'committed',
      signed: 'committed',
      established: 'committed',
      implements: 'implemented',
    };
    const staged = Object.fromEntries(
      v.relationTypes.filter((r) => r.stage).map((r) => [r.id, r.stage]),
    );
    expect(staged).toEqual(before);
    expect(v.statementTypeIds).toEqual([
      'discussed',
      'agreed',
      'reaffirmed',
      'supports',
      'committed_to',
      'values',
      'welcomed',
      'praised',
      'called_for',
      'thanked',
      'reviewed',
    ]);
    expect(v.statementConvention).toBe(true);
    expect(v.relationTypes).toHaveLength(33);
    expect(v.relationType('co_chaired')).toMatchObject({
      label: 'co-chaired',
      inverse: 'co-chaired by',
    });
    expect(v.entityTypes).toEqual([]);
  });

  it('generates the schema files graph-data/schema/ holds (npm run schema -- --check)', async () => {
    const v = read.vocabulary!;
    expect(readFileSync('graph-data/schema/parley.schema.json', 'utf8')).toBe(jsonSchemaText(v));
    expect(readFileSync('graph-data/schema/parley.ttl', 'utf8')).toBe(await vocabularyTurtle(v));
    expect(readFileSync('graph-data/schema/parley.shapes.ttl', 'utf8')).toBe(await shapesTurtle(v));
  });

  it('is the one the bundled dataset loads with', async () => {
    const { dataset, problems } = await loadDatasetFromDir('graph-data');
    expect(countErrors(problems)).toBe(0);
    expect(dataset.vocabulary?.fileName).toBe('vocabulary.json');
    expect(dataset.vocabulary?.file.relationTypes).toEqual(DEFAULT_VOCABULARY.relationTypes);
  });
});

/** A story Parley's own vocabulary cannot tell: a company funded a think tank. */
const CUSTOM: VocabularyFileInput = {
  entityTypes: [
    { id: 'company', label: 'Company', extends: 'organization' },
    { id: 'court_case', label: 'Court case' },
  ],
  relationTypes: [
    {
      id: 'funded',
      label: 'funded',
      inverse: 'funded by',
      source: ['company', 'person'],
      target: ['organization'],
      description: 'Money given.',
      stage: 'committed',
    },
    {
      id: 'party_to',
      label: 'party to',
      inverse: 'has party',
      source: ['organization', 'person'],
      target: ['court_case'],
      description: 'A party in a case.',
    },
  ],
  qualifiers: ['amount'],
  statements: { convention: false },
};

const STORY =
  'Acme Corp funded the Harbour Institute with $2 million. Acme is party to Doe v. Acme.';

function customFiles(vocabulary: unknown = CUSTOM, relationType = 'funded'): InputFile[] {
  return [
    json('story/vocabulary.json', vocabulary),
    json('story/sources.json', {
      title: 'Money',
      sources: [{ id: 's', title: 'T', language: 'en', file: 'story.txt' }],
    }),
    json('story/entities/all.json', {
      entities: [
        { id: 'acme', type: 'company', label: 'Acme Corp', description: 'A company.' },
        {
          id: 'harbour-institute',
          type: 'organization',
          label: 'Harbour Institute',
          description: 'A think tank.',
        },
        { id: 'doe-v-acme', type: 'court_case', label: 'Doe v. Acme', description: 'A case.' },
      ],
    }),
    json('story/relations/all.json', {
      relations: [
        {
          id: 'acme.funded.harbour-institute',
          type: relationType,
          source: 'acme',
          target: 'harbour-institute',
          qualifiers: { amount: '$2 million' },
          evidence: [{ source: 's', quote: 'Acme Corp funded the Harbour Institute' }],
        },
        {
          id: 'acme.party_to.doe-v-acme',
          type: 'party_to',
          source: 'acme',
          target: 'doe-v-acme',
          evidence: [{ source: 's', quote: 'Acme is party to Doe v. Acme' }],
        },
      ],
    }),
  ];
}

const sourceTexts = new Map([['story.txt', STORY]]);

describe('a dataset with its own vocabulary', () => {
  it('validates a new relation type and new entity types, quotes checked', () => {
    const { dataset, problems } = validateFiles(customFiles(), { sourceTexts });
    expect(problems).toEqual([]);
    expect(dataset.vocabulary?.relationType('funded')?.inverse).toBe('funded by');
    const acme = dataset.entities.find((e) => e.id === 'acme');
    // A company behaves as an organization and keeps its own type.
    expect(acme).toMatchObject({ type: 'organization', addedType: 'company' });
  });

  it('shows the new types in the legend, the filters, Details and connection wording', () => {
    const { dataset } = validateFiles(customFiles(), { sourceTexts });
    const { graph, report } = buildGraph(dataset);
    const vocabulary = vocabularyOf(graph);
    expect(report.entitiesByType).toMatchObject({ company: 1, organization: 1, court_case: 1 });

    const legend = renderToStaticMarkup(
      createElement(
        VocabularyContext,
        { value: vocabulary },
        createElement(Legend, {
          visibleCounts: report.entitiesByType,
          totalCounts: report.entitiesByType,
          hidden: new Set<string>(),
          onToggle: () => {},
        }),
      ),
    );
    expect(legend).toContain('Company');
    expect(legend).toContain('Court case');
    expect(legend).toContain('Hide company entities');

    const filters = renderToStaticMarkup(
      createElement(
        VocabularyContext,
        { value: vocabulary },
        createElement(FiltersPanel, {
          relationCounts: report.relationsByType,
          hiddenRelations: new Set<string>(),
          onToggleRelation: () => {},
          hideIsolated: false,
          onHideIsolated: () => {},
        }),
      ),
    );
    expect(filters).toContain('funded');
    expect(filters).toContain('party to');

    // Details reads relations through relationGroups: the vocabulary's words, both ways.
    expect(relationGroups(graph, 'acme').map((g) => g.phrase)).toEqual(
      expect.arrayContaining(['funded', 'party to']),
    );
    expect(relationGroups(graph, 'harbour-institute').map((g) => g.phrase)).toEqual(['funded by']);
    expect(vocabulary.entityLabel('court_case')).toBe('Court case');
    expect(hopPhrase(graph, 'acme.funded.harbour-institute', false)).toBe('← funded by');
    expect(vocabulary.verbStage('funded')).toBe('committed');
  });

  it('gives each added type its own colour and shape, none a built-in type uses', () => {
    const { dataset } = validateFiles(customFiles(), { sourceTexts });
    const v = dataset.vocabulary!;
    const company = typeStyle('company', v);
    const caseStyle = typeStyle('court_case', v);
    expect(company).not.toEqual(caseStyle);
    const builtIn = Object.values(TYPE_STYLE);
    for (const s of [company, caseStyle]) {
      expect(builtIn.map((b) => b.color)).not.toContain(s.color);
      expect(builtIn.map((b) => b.shape)).not.toContain(s.shape);
    }
    const node = toElements(buildGraph(dataset).graph).find((e) => e.data.id === 'acme');
    expect(node?.classes).toContain('added-type');
    expect(node?.data).toMatchObject({ tcolor: company.color, tshape: company.shape });
  });

  it('reports a relation type the vocabulary does not declare, naming the vocabulary file', () => {
    const files = customFiles(CUSTOM, 'sponsored');
    const text = files[3]!.text;
    const { problems, dataset } = validateFiles(files, { sourceTexts });
    expect(problems).toHaveLength(1);
    const line = text.slice(0, text.indexOf('"type": "sponsored"')).split('\n').length;
    expect(problems[0]).toMatchObject({
      severity: 'error',
      code: 'unknown-relation-type',
      file: 'story/relations/all.json',
      path: '$.relations[0].type',
      line,
      column: 7,
      id: 'acme.funded.harbour-institute',
      message: '"sponsored" is not a relation type of this dataset (story/vocabulary.json)',
    });
    expect(problems[0]?.hint).toContain(
      'declare "sponsored" under "relationTypes" in story/vocabulary.json',
    );
    expect(dataset.relations.map((r) => r.id)).toEqual(['acme.party_to.doe-v-acme']);
  });

  it('reports an entity type it does not declare, and an unknown qualifier, located', () => {
    const noCase = {
      ...CUSTOM,
      entityTypes: CUSTOM.entityTypes?.slice(0, 1),
      relationTypes: CUSTOM.relationTypes.slice(0, 1),
    };
    const { problems } = validateFiles(customFiles(noCase), { sourceTexts });
    expect(problems.map((p) => [p.code, p.path, p.message])).toEqual([
      [
        'unknown-entity-type',
        '$.entities[2].type',
        '"court_case" is not an entity type of this dataset (story/vocabulary.json)',
      ],
      [
        'unknown-relation-type',
        '$.relations[1].type',
        '"party_to" is not a relation type of this dataset (story/vocabulary.json)',
      ],
      [
        'dangling-reference',
        '$.relations[1].target',
        'target "doe-v-acme" is not the id of any entity',
      ],
    ]);
    const noAmount = { ...CUSTOM, qualifiers: [] };
    const q = validateFiles(customFiles(noAmount), { sourceTexts }).problems;
    expect(q.map((p) => [p.code, p.path])).toEqual([
      ['unknown-qualifier', '$.relations[0].qualifiers.amount'],
    ]);
  });

  it('reports a broken vocabulary where it is broken', () => {
    const broken = {
      ...CUSTOM,
      entityTypes: [{ id: 'person', label: 'Person again' }],
      relationTypes: [
        ...CUSTOM.relationTypes,
        { ...CUSTOM.relationTypes[0], source: ['company', 'vessel'] },
      ],
    };
    const { problems } = validateFiles(customFiles(broken), { sourceTexts });
    const vocab = problems.filter((p) => p.file === 'story/vocabulary.json');
    expect(vocab.map((p) => [p.code, p.path, p.message])).toEqual([
      ['vocabulary', '$.entityTypes[0].id', '"person" is a built-in entity type'],
      ['vocabulary', '$.relationTypes[0].source[0]', '"company" is not an entity type'],
      ['vocabulary', '$.relationTypes[1].target[0]', '"court_case" is not an entity type'],
      ['vocabulary', '$.relationTypes[2].id', 'relation type "funded" is declared twice'],
      ['vocabulary', '$.relationTypes[2].source[0]', '"company" is not an entity type'],
      ['vocabulary', '$.relationTypes[2].source[1]', '"vessel" is not an entity type'],
    ]);
    expect(vocab.every((p) => p.line !== undefined)).toBe(true);
  });

  it('travels in a Parley bundle and comes back the same', () => {
    const { dataset } = validateFiles(customFiles(), { sourceTexts });
    const bundle = toBundle(dataset);
    const again = validateFiles([json('story.parley.json', bundle)], { sourceTexts });
    expect(again.problems).toEqual([]);
    expect(again.dataset.vocabulary?.file).toEqual(dataset.vocabulary?.file);
    expect(again.dataset.entities).toEqual(dataset.entities);
    expect(bundle.entities?.find((e) => e.id === 'acme')?.type).toBe('company');
  });

  it('types its RDF export with the added classes and describes them in its Turtle vocabulary', async () => {
    const { dataset } = validateFiles(customFiles(), { sourceTexts });
    const quads = datasetToQuads(dataset);
    const types = quads
      .filter((q) => q.subject.value.endsWith('/acme') && q.predicate.value.endsWith('#type'))
      .map((q) => q.object.value.split('#').pop());
    expect(types.sort()).toEqual(['Company', 'Organization']);
    const ttl = await vocabularyTurtle(dataset.vocabulary);
    expect(ttl).toContain('parley:Company');
    expect(ttl).toContain('parley:funded');
    expect(jsonSchemaText(dataset.vocabulary)).toContain('"const": "court_case"');
  });

  it('opens as a folder with its texts, every quote checked', async () => {
    const files = [
      ...customFiles().map((f) => ({ path: f.name, text: f.text })),
      { path: 'story/sources/story.txt', text: STORY },
      { path: 'story/schema/parley.schema.json', text: '{ not json' },
      { path: 'story/README.md', text: '# notes' },
    ];
    const source = folderSource('story', files);
    expect([...source.sourceTexts.keys()]).toEqual(['story.txt']);
    const load = await source.load();
    expect(load.ok).toBe(true);
    const wrong = folderSource('story', [
      ...files.filter((f) => !f.path.endsWith('.txt')),
      { path: 'story/sources/story.txt', text: 'Acme Corp gave nothing.' },
    ]);
    const refused = await wrong.load();
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.problems.map((p) => [p.code, p.file])).toEqual([
        ['quote-not-found', 'story/relations/all.json'],
        ['quote-not-found', 'story/relations/all.json'],
      ]);
  });
});

describe('the statement convention', () => {
  const files = (convention: boolean | undefined, relation: Record<string, unknown>) => [
    ...(convention === undefined
      ? []
      : [json('vocabulary.json', { ...DEFAULT_VOCABULARY_FILE, statements: { convention } })]),
    json('sources.json', {
      sources: [{ id: 's', title: 'T', language: 'en', file: 't.txt' }],
    }),
    json('entities.json', {
      entities: [
        {
          id: 'town-meeting',
          type: 'meeting',
          kind: 'talks',
          date: { precision: 'day', value: '2024-05-01' },
          label: 'Town meeting',
          description: 'A meeting.',
        },
        { id: 'parking', type: 'topic', label: 'Parking', description: 'A topic.' },
      ],
    }),
    json('relations.json', {
      relations: [
        {
          id: 'town-meeting.discussed.parking',
          type: 'discussed',
          source: 'town-meeting',
          target: 'parking',
          evidence: [{ source: 's', quote: 'The town meeting discussed parking' }],
          ...relation,
        },
      ],
    }),
  ];
  const texts = new Map([['t.txt', 'The town meeting discussed parking.']]);

  it('on (the default): a statement recorded on a meeting takes that meeting as "at"', () => {
    const { dataset, problems } = validateFiles(
      files(true, { on_behalf_of: ['town-a', 'town-b'] }),
      { sourceTexts: texts },
    );
    // Only the sides are wrong (no such entities): "at" is not asked for.
    expect(problems.map((p) => p.code)).toEqual(['dangling-reference', 'dangling-reference']);
    expect(dataset.relations[0]?.at).toBe('town-meeting');
  });

  it('on: a meeting discussing a topic with no sides is refused, saying how to turn it off', () => {
    const { problems } = validateFiles(files(undefined, {}), { sourceTexts: texts });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'statement-convention',
      message: 'the statement "discussed" names no side ("on_behalf_of")',
    });
    expect(problems[0]?.hint).toContain('"statements": { "convention": false }');
  });

  it('off: the same minimal dataset, with no countries, validates and opens', () => {
    const { dataset, problems } = validateFiles(files(false, {}), { sourceTexts: texts });
    expect(problems).toEqual([]);
    const { graph } = buildGraph(dataset);
    expect(graph.order).toBe(2);
    expect(graph.getEdgeAttribute('town-meeting.discussed.parking', 'label')).toBe('discussed');
    // Not a side's statement: nothing to list under a side, nothing invented.
    expect(statementsOf(graph)).toEqual([]);
  });
});

describe('what binds a side comes from the vocabulary', () => {
  it('the bundled vocabulary gives the five commitment verbs; a dataset’s own verb joins them', async () => {
    const { commitmentTypes } = await import('../../src/graph/statementTypes');
    const { DEFAULT_VOCABULARY, Vocabulary } = await import('../../src/model/vocabulary');
    expect(commitmentTypes(DEFAULT_VOCABULARY).sort()).toEqual(
      ['agreed', 'committed_to', 'implements', 'reaffirmed', 'supports'].sort(),
    );
    const file = structuredClone(DEFAULT_VOCABULARY.file);
    file.relationTypes.push({
      ...file.relationTypes.find((r) => r.id === 'committed_to')!,
      id: 'pledged',
      label: 'pledged',
      inverse: 'pledged by',
    });
    expect(commitmentTypes(new Vocabulary(file))).toContain('pledged');
  });
});
