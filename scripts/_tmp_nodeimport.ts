import { edgeListCsv } from '../bench/foreignFiles';
import { importFiles } from '../src/data/importers/openFiles';
import { nodeXmlSupport } from '../src/data/importers/node';
const text = edgeListCsv({ nodes: 20000, edges: 100000 });
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  const marks: string[] = [];
  const o = await importFiles([{ name: 'edges.csv', text }], nodeXmlSupport as never, {});
  console.log('import', Math.round(performance.now() - t), 'ms', o.ok);
}
