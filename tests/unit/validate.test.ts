/**
 * The validator against the fixtures in tests/fixtures/: the valid dataset
 * has no problem; each broken one reports exactly its mistakes, each with
 * code, file, JSON path, line, column, id and a hint. Positions are computed
 * from the fixture text, so they stay exact when the fixtures change.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetFromDir, readDataDir, readSourceTexts } from '../../src/data/node';
import type { Problem } from '../../src/data/problems';
import { validateFiles, type InputFile } from '../../src/data/validate';
import { ENTITY_TYPES, type Dataset } from '../../src/model';
import {
  A_HINT,
  BROKEN,
  BROKEN_NAMES,
  SOURCES_DIR,
  VALID_DIR,
  brokenDir,
  expectedBrokenFiles,
  lineColumnAt,
  listDataFiles,
  objectStartOf,
  offsetOf,
  positionOf,
  readText,
  type BrokenName,
  type Position,
} from './fixtureUtils';

const SOURCES = 'sources.json';
const ACTORS = 'entities/actors.json';
const EVENTS = 'entities/events.json';
const HARBOUR = 'relations/harbour-dialogue.json';
const CONTEXT = 'relations/context.json';

const load = (dir: string) => loadDatasetFromDir(dir, { sourcesDir: SOURCES_DIR });
const loadBroken = (name: BrokenName) => load(brokenDir(name));
const brokenText = (name: BrokenName, file: string) => readText(brokenDir(name), file);

/** The full expected shape of one error. */
function error(
  code: Problem['code'],
  file: string,
  at: Position,
  more: { path?: string; id?: string; message: string },
) {
  return {
    severity: 'error',
    code,
    file,
    ...(more.path ? { path: more.path } : {}),
    line: at.line,
    column: at.column,
    ...(more.id ? { id: more.id } : {}),
    message: expect.stringContaining(more.message),
    hint: A_HINT,
  };
}

let sourceTexts: Map<string, string>;
beforeAll(async () => {
  sourceTexts = await readSourceTexts(SOURCES_DIR);
});

describe('the valid fixture', () => {
  let result: Awaited<ReturnType<typeof load>>;
  beforeAll(async () => {
    result = await load(VALID_DIR);
  });

  it('has zero problems, with every quote checked against its source text', () => {
    expect(result.problems).toEqual([]);
    expect(result.files.map((f) => f.name)).toEqual([ACTORS, EVENTS, CONTEXT, HARBOUR, SOURCES]);
    const { dataset } = result;
    expect(dataset.title).toBe('Parley test fixture');
    expect(dataset.sources.map((s) => s.id)).toEqual(['s-harbour', 's-brief']);
    expect(dataset.entities).toHaveLength(10);
    expect(dataset.relations).toHaveLength(11);
    expect(dataset.relations.flatMap((r) => r.evidence)).toHaveLength(12);
  });

  it('uses every entity type', () => {
    const types = new Set(result.dataset.entities.map((e) => e.type));
    expect([...types].sort()).toEqual([...ENTITY_TYPES].sort());
  });

  it('applies the schema defaults (aliases) and keeps optional fields', () => {
    const hanoi = result.dataset.entities.find((e) => e.id === 'hanoi');
    expect(hanoi).toEqual({
      id: 'hanoi',
      type: 'place',
      label: 'Hanoi',
      aliases: [],
      kind: 'city',
      description: 'Capital of Vietnam.',
    });
  });

  it('has quotes that match their sources only after whitespace and quote-mark folding', () => {
    const harbour = sourceTexts.get('harbour-dialogue.txt') ?? '';
    const brief = sourceTexts.get('port-brief.txt') ?? '';
    // The fixture exists to exercise this: a typographic apostrophe, typographic
    // quotes and a line break inside the quoted passage, doubled spaces.
    expect(harbour).toContain('Vietnam’s commitment to the accord “remains firm, as\nalways');
    const quotes = result.dataset.relations.flatMap((r) => r.evidence.map((e) => e.quote));
    const verbatim = quotes.filter((q) => harbour.includes(q) || brief.includes(q));
    const folded = quotes.filter((q) => !verbatim.includes(q));
    expect(folded).toEqual([
      'met Tom Baker on the sidelines',
      'Deputy Minister of Foreign Affairs Lan Nguyen and Assistant Secretary Tom Baker co-chaired the third Harbour Dialogue',
      'The third Harbour Dialogue took place in Hanoi',
      'agreed to hold joint search-and-rescue drills',
      'Vietnam\'s commitment to the accord "remains firm, as always, and open to all partners"',
    ]);
  });
});

describe('the broken fixtures on disk', () => {
  it.each(BROKEN_NAMES)('%s is the valid fixture plus its own edits, nothing else', (name) => {
    const dir = brokenDir(name);
    expect(listDataFiles(dir)).toEqual(listDataFiles(VALID_DIR));
    const changed: string[] = [];
    for (const [file, text] of expectedBrokenFiles(name)) {
      expect(readText(dir, file), `${name}/${file}`).toBe(text);
      if (text !== readText(VALID_DIR, file)) changed.push(file);
    }
    expect(changed).toEqual([...new Set(BROKEN[name].map((e) => e.file))].sort());
  });
});

describe('json-syntax', () => {
  it('reports a comment with its line and column, and still loads the other files', async () => {
    const { problems, dataset } = await loadBroken('json-syntax');
    const text = brokenText('json-syntax', CONTEXT);
    expect(problems).toEqual([
      error('json-syntax', CONTEXT, positionOf(text, '// roles'), {
        message: 'comments are not allowed in JSON',
      }),
    ]);
    expect(positionOf(text, '// roles')).toEqual({ line: 4, column: 5 });
    // Only the broken file is lost: the three relations of context.json.
    expect(dataset.entities).toHaveLength(10);
    expect(dataset.relations).toHaveLength(8);
  });

  /** The valid data files with one file's text changed. */
  async function validWith(file: string, change: (text: string) => string) {
    const files = (await readDataDir(VALID_DIR)).map((f) =>
      f.name === file ? { ...f, text: change(f.text) } : f,
    );
    const text = files.find((f) => f.name === file)?.text ?? '';
    return { text, problems: validateFiles(files, { sourceTexts }).problems };
  }

  it('reports a missing comma at the token that follows it', async () => {
    const { text, problems } = await validWith(CONTEXT, (t) =>
      t.replace('"type": "located_in",', '"type": "located_in"'),
    );
    const at = positionOf(text, '"source": "hanoi"');
    expect(at).toEqual({ line: 24, column: 7 });
    expect(problems).toEqual([
      error('json-syntax', CONTEXT, at, { message: 'expected "," between items' }),
    ]);
  });

  it('reports the same line and column when the file has CRLF line endings', async () => {
    const { text, problems } = await validWith(CONTEXT, (t) =>
      t.replace('"type": "located_in",', '"type": "located_in"').replace(/\n/g, '\r\n'),
    );
    expect(text).toContain('\r\n');
    expect(problems).toEqual([
      error('json-syntax', CONTEXT, { line: 24, column: 7 }, { message: 'expected ","' }),
    ]);
  });

  it('reports a missing comma between two array items', async () => {
    const end = '"quote": "Lan Nguyen, its deputy minister" }]\n    }';
    const { text, problems } = await validWith(CONTEXT, (t) => t.replace(`${end},`, end));
    expect(problems).toEqual([
      error('json-syntax', CONTEXT, positionOf(text, '{', end), { message: 'expected ","' }),
    ]);
  });

  it('reports a trailing comma once, at the bracket after it', async () => {
    const { text, problems } = await validWith(CONTEXT, (t) =>
      t.replace('"a port city in northern Vietnam" }]', '"a port city in northern Vietnam" }],'),
    );
    const comma = offsetOf(text, '}],') + 2;
    const at = lineColumnAt(text, text.indexOf('}', comma));
    expect(problems).toEqual([
      error('json-syntax', CONTEXT, at, { message: 'expected a property name' }),
    ]);
  });

  it('reports an unterminated string', async () => {
    const { text, problems } = await validWith(HARBOUR, (t) =>
      t.replace('"type": "held_in",', '"type": "held_in,'),
    );
    expect(problems[0]).toEqual(
      error('json-syntax', HARBOUR, positionOf(text, '"held_in,'), {
        message: 'unterminated string',
      }),
    );
  });
});

describe('schema', () => {
  it('reports an unknown key, a wrong enum value and a missing required field', async () => {
    const { problems } = await loadBroken('schema');
    const events = brokenText('schema', EVENTS);
    const harbour = brokenText('schema', HARBOUR);
    expect(problems).toEqual([
      // A missing field is located at the object that lacks it.
      error('schema', EVENTS, objectStartOf(events, '"id": "fisheries"'), {
        path: '$.entities[4].description',
        id: 'fisheries',
        message: 'expected string',
      }),
      error('schema', HARBOUR, positionOf(harbour, '"confidence"'), {
        path: '$.relations[1].confidence',
        id: 'tom-baker.co_chaired.harbour-dialogue-3',
        message: 'Unrecognized key: "confidence"',
      }),
      // A relation type the vocabulary does not declare: located, naming the vocabulary.
      error('unknown-relation-type', HARBOUR, positionOf(harbour, '"type": "talked_about"'), {
        path: '$.relations[3].type',
        id: 'harbour-dialogue-3.discussed.maritime-safety',
        message: '"talked_about" is not a relation type of this dataset (the default vocabulary)',
      }),
    ]);
    expect(problems[1]?.hint).toContain('"confidence"');
    expect(problems[2]?.hint).toContain('"discussed"');
  });

  it('keeps every valid item of a file that has invalid ones', async () => {
    const { dataset } = await loadBroken('schema');
    expect(dataset.entities.map((e) => e.id)).not.toContain('fisheries');
    expect(dataset.entities).toHaveLength(9);
    expect(dataset.relations.map((r) => r.id)).toHaveLength(9);
    expect(dataset.relations.map((r) => r.id)).toContain('harbour-dialogue-3.held_in.hanoi');
  });
});

describe('duplicate-id', () => {
  it('reports the second occurrence and names the first one, in another file', async () => {
    const { problems } = await loadBroken('duplicate-id');
    const events = brokenText('duplicate-id', EVENTS);
    const first = positionOf(brokenText('duplicate-id', ACTORS), '"id": "lan-nguyen"');
    expect(first).toEqual({ line: 5, column: 7 });
    expect(problems).toEqual([
      error('duplicate-id', EVENTS, positionOf(events, '"id": "lan-nguyen"'), {
        path: '$.entities[5].id',
        id: 'lan-nguyen',
        message: `already used at ${ACTORS}:${first.line}:${first.column} $.entities[0].id`,
      }),
    ]);
  });
});

describe('dangling-reference', () => {
  it('reports a relation target that is no entity and evidence citing no source', async () => {
    const { problems } = await loadBroken('dangling-reference');
    const text = brokenText('dangling-reference', CONTEXT);
    expect(problems).toEqual([
      error('unknown-source', CONTEXT, positionOf(text, '"source": "s-memo"'), {
        path: '$.relations[1].evidence[0].source',
        id: 'lan-nguyen.met_with.tom-baker',
        message: '"s-memo"',
      }),
      error('dangling-reference', CONTEXT, positionOf(text, '"target": "viet-nam"'), {
        path: '$.relations[2].target',
        id: 'hanoi.located_in.vietnam',
        message: 'target "viet-nam" is not the id of any entity',
      }),
    ]);
    expect(problems[0]?.hint).toContain('s-harbour, s-brief');
  });
});

describe('relation-endpoint-type', () => {
  it('reports co_chaired from a country to a topic, at both ends', async () => {
    const { problems } = await loadBroken('relation-endpoint-type');
    const text = brokenText('relation-endpoint-type', HARBOUR);
    const id = 'tom-baker.co_chaired.harbour-dialogue-3';
    expect(problems).toEqual([
      error('relation-endpoint-type', HARBOUR, positionOf(text, '"source"', `"id": "${id}"`), {
        path: '$.relations[1].source',
        id,
        message: 'cannot have a country as its source ("united-states"); allowed: person',
      }),
      error('relation-endpoint-type', HARBOUR, positionOf(text, '"target"', `"id": "${id}"`), {
        path: '$.relations[1].target',
        id,
        message: 'cannot have a topic as its target ("maritime-safety"); allowed: meeting',
      }),
    ]);
  });
});

describe('invalid-date', () => {
  it('reports an impossible day, month 13, a precision mismatch and an unknown date without note', async () => {
    const { problems } = await loadBroken('invalid-date');
    const events = brokenText('invalid-date', EVENTS);
    const context = brokenText('invalid-date', CONTEXT);
    expect(problems).toEqual([
      error('invalid-date', EVENTS, positionOf(events, '"date"', '"id": "harbour-dialogue-3"'), {
        path: '$.entities[0].date',
        id: 'harbour-dialogue-3',
        message: '"2023-02-30" is not a calendar date',
      }),
      error('invalid-date', EVENTS, positionOf(events, '"date"', '"id": "harbour-accord"'), {
        path: '$.entities[1].date',
        id: 'harbour-accord',
        message: 'value "2019" does not match precision "day"',
      }),
      error('invalid-date', CONTEXT, positionOf(context, '"date"', 'holds_role.vietnam-mofa"'), {
        path: '$.relations[0].date',
        id: 'lan-nguyen.holds_role.vietnam-mofa',
        message: '"2023-13" has no month 13',
      }),
      error('invalid-date', CONTEXT, positionOf(context, '"date"', 'met_with.tom-baker"'), {
        path: '$.relations[1].date',
        id: 'lan-nguyen.met_with.tom-baker',
        message: 'an unknown date needs a note',
      }),
    ]);
  });
});

describe('empty-evidence', () => {
  it('reports evidence: []', async () => {
    const { problems } = await loadBroken('empty-evidence');
    const text = brokenText('empty-evidence', CONTEXT);
    expect(problems).toEqual([
      error('empty-evidence', CONTEXT, positionOf(text, '"evidence": []'), {
        path: '$.relations[2].evidence',
        id: 'hanoi.located_in.vietnam',
        message: 'at least one piece of evidence',
      }),
    ]);
  });
});

describe('quote-not-found', () => {
  it('reports a quote with one word changed', async () => {
    const { problems } = await loadBroken('quote-not-found');
    const text = brokenText('quote-not-found', HARBOUR);
    expect(problems).toEqual([
      error('quote-not-found', HARBOUR, positionOf(text, '"quote": "The two sides debated'), {
        path: '$.relations[3].evidence[0].quote',
        id: 'harbour-dialogue-3.discussed.maritime-safety',
        message: 'quote not found in harbour-dialogue.txt: "The two sides debated maritime safety"',
      }),
    ]);
  });
});

describe('source-text-missing', () => {
  it('reports a source whose file is not in the sources directory', async () => {
    const { problems } = await loadBroken('source-text-missing');
    const text = brokenText('source-text-missing', SOURCES);
    expect(problems).toEqual([
      error('source-text-missing', SOURCES, positionOf(text, '"file": "port-brief-2023.txt"'), {
        path: '$.sources[1].file',
        id: 's-brief',
        message: '(port-brief-2023.txt) is not in the sources directory',
      }),
    ]);
  });
});

describe('reference-type', () => {
  it('reports at, by, on_behalf_of and a reference qualifier naming the wrong kind of entity, or none', async () => {
    const { problems } = await loadBroken('reference-type');
    const harbour = brokenText('reference-type', HARBOUR);
    const context = brokenText('reference-type', CONTEXT);
    const chair = 'lan-nguyen.co_chaired.harbour-dialogue-3';
    expect(problems).toEqual([
      error('reference-type', CONTEXT, positionOf(context, '"under"'), {
        path: '$.relations[0].qualifiers.under',
        id: 'lan-nguyen.holds_role.vietnam-mofa',
        message: 'qualifiers.under must name an agreement, but "vietnam-mofa" is an organization',
      }),
      error('dangling-reference', CONTEXT, positionOf(context, '"at": "harbour-dialogue-9"'), {
        path: '$.relations[1].at',
        id: 'lan-nguyen.met_with.tom-baker',
        message: 'at "harbour-dialogue-9" is not the id of any entity',
      }),
      error('reference-type', HARBOUR, positionOf(harbour, '"at": "hanoi"'), {
        path: '$.relations[0].at',
        id: chair,
        message: 'at must name a meeting, but "hanoi" is a place',
      }),
      error('reference-type', HARBOUR, positionOf(harbour, '"united-states"', '"by"'), {
        path: '$.relations[0].by[0]',
        id: chair,
        message: 'by[0] must name a person, but "united-states" is a country',
      }),
      error('reference-type', HARBOUR, positionOf(harbour, '"lan-nguyen"]'), {
        path: '$.relations[0].on_behalf_of[0]',
        id: chair,
        message:
          'on_behalf_of[0] must name a country or organization, but "lan-nguyen" is a person',
      }),
    ]);
  });
});

describe('statement-convention', () => {
  it('reports statements without meeting or speaker, one-sided joint ones and a side speaking for another', async () => {
    const { problems } = await loadBroken('statement-convention');
    const text = brokenText('statement-convention', HARBOUR);
    const welcomed = 'tom-baker.co_chaired.harbour-dialogue-3';
    expect(problems).toEqual([
      error('statement-convention', HARBOUR, objectStartOf(text, `"id": "${welcomed}"`), {
        path: '$.relations[1]',
        id: welcomed,
        message: 'a statement recorded on a speaker must list them in "by" ("tom-baker")',
      }),
      error(
        'statement-convention',
        HARBOUR,
        positionOf(text, '"on_behalf_of"', `"id": "${welcomed}"`),
        {
          path: '$.relations[1].on_behalf_of',
          id: welcomed,
          message: 'one side\'s: "on_behalf_of" has 2 sides',
        },
      ),
      error(
        'statement-convention',
        HARBOUR,
        positionOf(text, '"on_behalf_of"', '"id": "harbour-dialogue-3.agreed.maritime-safety"'),
        {
          path: '$.relations[4].on_behalf_of',
          id: 'harbour-dialogue-3.agreed.maritime-safety',
          message:
            'a statement recorded on a meeting is joint and names both sides; this names one',
        },
      ),
      error(
        'statement-convention',
        HARBOUR,
        positionOf(text, '"on_behalf_of"', '"id": "vietnam.committed_to.harbour-accord"'),
        {
          path: '$.relations[6].on_behalf_of',
          id: 'vietnam.committed_to.harbour-accord',
          message: '"on_behalf_of" should be ["vietnam"]',
        },
      ),
    ]);
  });
});

describe('sentence', () => {
  it('reports a sentence that does not hold its quote and one that is not in the source', async () => {
    const { problems } = await loadBroken('sentence');
    const text = brokenText('sentence', HARBOUR);
    expect(problems).toEqual([
      error('quote-not-in-sentence', HARBOUR, positionOf(text, '"sentence"', '"quote": "agreed'), {
        path: '$.relations[4].evidence[0].sentence',
        id: 'harbour-dialogue-3.agreed.maritime-safety',
        message: 'the quote is not part of its sentence',
      }),
      error('sentence-not-found', HARBOUR, positionOf(text, '"sentence"', '"quote": "They'), {
        path: '$.relations[5].evidence[0].sentence',
        id: 'harbour-dialogue-3.reaffirmed.harbour-accord',
        message: 'sentence not found in harbour-dialogue.txt',
      }),
    ]);
  });

  it('checks the quote against its sentence even without the source texts', async () => {
    const files = await readDataDir(brokenDir('sentence'));
    const { problems } = validateFiles(files);
    expect(problems.map((p) => p.code)).toEqual(['quote-not-in-sentence']);
  });
});

describe('unknown-qualifier', () => {
  it('reports a qualifier key outside the allowed list, pointing to the typed fields', async () => {
    const { problems } = await loadBroken('unknown-qualifier');
    const text = brokenText('unknown-qualifier', CONTEXT);
    expect(problems).toEqual([
      error('unknown-qualifier', CONTEXT, positionOf(text, '"side"'), {
        path: '$.relations[0].qualifiers.side',
        id: 'lan-nguyen.holds_role.vietnam-mofa',
        message: '"side" is not a qualifier key of this dataset (the default vocabulary)',
      }),
    ]);
    expect(problems[0]?.hint).toContain('on_behalf_of');
  });
});

describe('several mistakes', () => {
  it('are all reported, sorted by file and position', async () => {
    const { problems } = await loadBroken('three-errors');
    expect(problems).toHaveLength(3);
    expect(problems.map((p) => [p.code, p.file, p.path])).toEqual([
      ['invalid-date', EVENTS, '$.entities[0].date'],
      ['dangling-reference', CONTEXT, '$.relations[2].target'],
      ['quote-not-found', HARBOUR, '$.relations[3].evidence[0].quote'],
    ]);
  });

  it('in one item are all reported', () => {
    const file = json('e.json', {
      entities: [{ id: 'Bad Id', type: 'meeting', label: ' ', description: 'd', kind: 'chat' }],
    });
    const { problems } = validateFiles([file]);
    const line = (needle: string) => positionOf(file.text, needle).line;
    // Sorted by position: the missing date is located at the object's "{".
    expect(problems.map((p) => [p.code, p.path, p.line])).toEqual([
      ['schema', '$.entities[0].date', objectStartOf(file.text, '"id"').line],
      ['schema', '$.entities[0].id', line('"id"')],
      ['schema', '$.entities[0].label', line('"label"')],
      ['schema', '$.entities[0].kind', line('"kind"')],
    ]);
  });
});

// ---------------------------------------------------------------------------
// In-memory datasets for the cases the fixtures do not cover.

const json = (name: string, content: unknown): InputFile => ({
  name,
  text: `${JSON.stringify(content, null, 2)}\n`,
});

/** One source (t.txt), two people and one relation citing `quote`. */
function tiny(quote: string, extra: Partial<Dataset> = {}): InputFile[] {
  const person = (id: string) => ({ id, type: 'person', label: id, description: `${id}.` });
  return [
    json('sources.json', { sources: [{ id: 's', title: 'T', language: 'en', file: 't.txt' }] }),
    json('entities.json', { entities: [person('a'), person('b'), ...(extra.entities ?? [])] }),
    json('relations.json', {
      relations: [
        {
          id: 'a.met_with.b',
          type: 'met_with',
          source: 'a',
          target: 'b',
          evidence: [{ source: 's', quote }],
        },
        ...(extra.relations ?? []),
      ],
    }),
  ];
}

const problemsFor = (quote: string, sourceText: string) =>
  validateFiles(tiny(quote), { sourceTexts: new Map([['t.txt', sourceText]]) }).problems;

describe('quote verification', () => {
  const SOURCE = 'The minister said:\n“We’re  ready\tto talk,”\u00a0and left — quickly.';

  it.each([
    ['straight quotes for typographic ones', '"We\'re ready to talk,"'],
    ['typographic quotes for straight ones in the source', '“We’re ready to talk,”'],
    [
      'one space for a line break, tab, doubled and no-break spaces',
      'said: "We’re ready to talk," and left',
    ],
    ['a line break in the quote', 'The minister\nsaid:'],
    ['surrounding whitespace', '  ready to talk  '],
  ])('accepts %s', (_what, quote) => {
    expect(problemsFor(quote, SOURCE)).toEqual([]);
  });

  it.each([
    ['a changed word', 'We’re ready to negotiate'],
    ['a changed letter case', 'we’re ready to talk'],
    ['a hyphen for a dash', 'and left - quickly'],
    ['a missing space', 'Were ready'],
    ['words from two places', 'The minister said quickly'],
  ])('rejects %s', (_what, quote) => {
    expect(problemsFor(quote, SOURCE)).toEqual([
      expect.objectContaining({
        code: 'quote-not-found',
        file: 'relations.json',
        path: '$.relations[0].evidence[0].quote',
        id: 'a.met_with.b',
      }),
    ]);
  });

  it('checks nothing when no source texts are given', () => {
    expect(validateFiles(tiny('not in any text')).problems).toEqual([]);
  });

  it('checks quotes against the text of the source they cite', () => {
    const files = tiny('alpha');
    const problems = validateFiles(files, {
      sourceTexts: new Map([
        ['t.txt', 'beta'],
        ['u.txt', 'alpha'],
      ]),
    }).problems;
    expect(problems.map((p) => p.code)).toEqual(['quote-not-found']);
  });
});

describe('file-level problems', () => {
  it('reports a root that is not an object at $', () => {
    expect(validateFiles([{ name: 'x.json', text: '[1, 2]' }]).problems).toEqual([
      error('schema', 'x.json', { line: 1, column: 1 }, { path: '$', message: 'JSON object' }),
    ]);
  });

  it('reports a list that is not an array', () => {
    const text = '{\n  "entities": { "id": "a" }\n}\n';
    expect(validateFiles([{ name: 'x.json', text }]).problems).toEqual([
      error('schema', 'x.json', positionOf(text, '"entities"'), {
        path: '$.entities',
        message: '"entities" must be an array',
      }),
    ]);
  });

  it('reports an unknown top-level key at the key', () => {
    const text = '{\n  "$schema": "x",\n  "entites": []\n}\n';
    expect(validateFiles([{ name: 'x.json', text }]).problems).toEqual([
      error('schema', 'x.json', positionOf(text, '"entites"'), {
        path: '$.entites',
        message: 'Unrecognized key: "entites"',
      }),
    ]);
  });

  it('reports an unknown entity type at "type"', () => {
    const files = tiny('q', {
      entities: [{ id: 'c', type: 'city', label: 'C', description: 'd' } as never],
    });
    const text = files[1]?.text ?? '';
    expect(validateFiles(files).problems).toEqual([
      error('unknown-entity-type', 'entities.json', positionOf(text, '"type": "city"'), {
        path: '$.entities[2].type',
        id: 'c',
        message: '"city" is not an entity type of this dataset (the default vocabulary)',
      }),
    ]);
  });

  it('reports an empty file and an empty object', () => {
    const { problems } = validateFiles([
      { name: 'a.json', text: '' },
      { name: 'b.json', text: '{}' },
    ]);
    expect(problems).toEqual([
      error('json-syntax', 'a.json', { line: 1, column: 1 }, { message: 'JSON syntax error' }),
    ]);
  });

  it('treats ids as unique across sources, entities and relations', () => {
    const files = tiny('q', {
      relations: [
        {
          id: 's',
          type: 'greeted',
          source: 'a',
          target: 'b',
          evidence: [{ source: 's', quote: 'q' }],
        },
      ],
    });
    const problems = validateFiles(files).problems;
    const first = positionOf(files[0]?.text ?? '', '"id": "s"');
    expect(problems).toEqual([
      error('duplicate-id', 'relations.json', positionOf(files[2]?.text ?? '', '"id": "s"'), {
        path: '$.relations[1].id',
        id: 's',
        message: `already used at sources.json:${first.line}:${first.column} $.sources[0].id`,
      }),
    ]);
  });

  it('takes the title from the first file that has one', () => {
    const { dataset, problems } = validateFiles([
      json('a.json', { title: 'First' }),
      json('b.json', { title: 'Second' }),
    ]);
    expect(problems).toEqual([]);
    expect(dataset.title).toBe('First');
  });
});
