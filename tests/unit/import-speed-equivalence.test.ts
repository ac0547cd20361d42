/**
 * Pins what Open… makes of foreign files (dataset, report, problems) to a
 * snapshot taken before the import was made faster: CSV edge lists and pairs
 * of every shape the mapping handles, and every foreign fixture (they share
 * mapGraph). A faster import must give the same output, deep-equal.
 * Regenerate only on purpose: PARLEY_UPDATE_IMPORT_SNAPSHOT=1 npx vitest run
 * tests/unit/import-speed-equivalence.test.ts
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { edgeListCsv } from '../../bench/foreignFiles';
import { loadDatasetFromDir } from '../../src/data/node';
import { nodeXmlSupport } from '../../src/data/importers/node';
import { importFiles, type ImportOptions } from '../../src/data/importers/openFiles';
import { buildGraph } from '../../src/graph/build';
import { exportGraph } from '../../src/graph/formats';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const SNAPSHOT = here('../fixtures/import-speed/outcomes.json');
const FIXTURE_DIRS = ['../fixtures/foreign/', '../fixtures/open/'];

interface Case {
  name: string;
  files: [string, string][];
  options?: ImportOptions;
}

const CSV_CASES: Case[] = [
  {
    name: 'typed directed',
    files: [['t.csv', 'source,target,type\na,b,met with\nb,c,member of\nc,a,supports\n']],
  },
  {
    name: 'Gephi Type column, weights, repeats',
    files: [
      [
        'g.csv',
        'Source,Target,Type,Weight,Label\nA,B,Undirected,2,\nB,A,Undirected,3,x\nA,C,Directed,1,\nA,C,Directed,,\nC,A,Directed,4,\nA,A,Directed,1,\n',
      ],
    ],
  },
  {
    name: 'repeated kept apart',
    files: [['r.csv', 'source,target,weight\na,b,1\na,b,2\nb,a,3\na,b,\n']],
    options: { keepRepeated: true },
  },
  {
    name: 'repeated merged, typed and labelled',
    files: [
      [
        'r.csv',
        'source,target,relation,label\na,b,met,met\na,b,met,met\na,b,co-chaired,co-chaired\nb,c,,co-chaired\nb,c,,co-chaired\n',
      ],
    ],
  },
  {
    name: 'odd ids and attribute names',
    files: [
      [
        'odd.csv',
        'source,target,constructor,__proto__,toString,Note,id\nconstructor,__proto__,1,2,3,n1,e1\n__proto__,toString,x,y,z,,e1\nHello World!,Ünïcode name,,,,,constructor\nhello-world,Hello World!,a,b,c,,\nhasOwnProperty,valueOf,,,,,__proto__\n  spaced  , x ,,,,,\n',
      ],
    ],
  },
  {
    name: 'broken rows and empty cells',
    files: [['b.csv', 'source,target,type\na,b,x\n,b,x\na,,x\na,b\n"unterminated,b,x\nc,d,y\n']],
  },
  { name: 'headerless', files: [['h.csv', 'a,b,knows\nb,c,knows\nc,d\n']] },
  {
    name: 'nodes and edges pair',
    files: [
      [
        'p.nodes.csv',
        'id,label,type,description,x,y,color,size,kind,date,constructor,__proto__,Extra\nn1,One,person,First,1,2,#ff0000,3,,,c1,p1,e\nn2,Two,meeting,,3,4,rgb(0,1,2),,summit,2020-01-02,,,\nn3,Three,organization,,5,6,bad,0,ngo,1999,,,\nn 4,Four,Planet,,7,8,,,,,,,\nn1,Dup,person,,,,,,,,,,\n,Empty,person,,,,,,,,,,\n',
      ],
      [
        'p.edges.csv',
        'id,source,target,type,weight,date,note,by,at,qualifiers,evidence,evidence_count,Other\nr1,n1,n2,attended,2,2020-01-02,a note,n1,n2,"{""role"":""chair""}",,,o\nr1,n2,n3,part of,,,,,,,,,\n,n1,n3,member of,x,,,,,,,,\n,n1,missing,member of,,,,,,,,,\n,n 4,n1,orbits,,,,,,,,,\n',
      ],
    ],
  },
  {
    name: 'type from options',
    files: [['o.csv', 'source,target,kind,group\na,b,k1,g1\nb,c,k2,g2\n']],
    options: { typeFrom: { node: null, edge: 'group' } },
  },
  { name: 'generated edge list', files: [['e.csv', edgeListCsv({ nodes: 120, edges: 360 })]] },
];

async function parleyPair(): Promise<Case> {
  const { dataset } = await loadDatasetFromDir(here('../../graph-data'));
  const files = exportGraph(buildGraph(dataset).graph, 'csv');
  const text = (suffix: string) => files.find((f) => f.suffix === suffix)?.text ?? '';
  return {
    name: "Parley's own CSV pair",
    files: [
      ['g.nodes.csv', text('.nodes.csv')],
      ['g.edges.csv', text('.edges.csv')],
    ],
  };
}

function fixtureCases(): Case[] {
  return FIXTURE_DIRS.flatMap((dir) =>
    readdirSync(here(dir))
      .filter((f) => !f.endsWith('.md') && !f.endsWith('.txt'))
      .map((f) => ({ name: `${dir}${f}`, files: [[f, readFileSync(here(dir + f), 'utf8')]] })),
  ) as Case[];
}

async function outcomes(): Promise<Record<string, unknown>> {
  const cases = [...CSV_CASES, await parleyPair(), ...fixtureCases()];
  const out: Record<string, unknown> = {};
  for (const c of cases) {
    const files = c.files.map(([name, text]) => ({ name, text }));
    // Through JSON, as the snapshot is: undefined fields are absent on both sides.
    out[c.name] = JSON.parse(JSON.stringify(await importFiles(files, nodeXmlSupport, c.options)));
  }
  return out;
}

describe('import output stays the same', () => {
  it('ids and columns named "constructor" or "__proto__" are just names (CSV skips graphology)', async () => {
    const odd = CSV_CASES.find((c) => c.name === 'odd ids and attribute names') as Case;
    const files = odd.files.map(([name, text]) => ({ name, text }));
    const outcome = await importFiles(files, nodeXmlSupport);
    if (!outcome.ok) throw new Error('the odd CSV did not open');
    const labels = outcome.dataset.entities.map((e) => e.label);
    expect(labels).toEqual(expect.arrayContaining(['constructor', '__proto__', 'toString']));
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).label).toBeUndefined();
  });

  it('every CSV shape and foreign fixture maps as the snapshot says', async () => {
    const now = await outcomes();
    if (process.env.PARLEY_UPDATE_IMPORT_SNAPSHOT)
      writeFileSync(SNAPSHOT, `${JSON.stringify(now)}\n`);
    const pinned = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(now)).toEqual(Object.keys(pinned));
    for (const name of Object.keys(pinned)) expect(now[name], name).toEqual(pinned[name]);
  });
});
