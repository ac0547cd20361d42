import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';
import { publishConfig } from '../vite.publish';
process.env.NODE_ENV = 'production';
const c = publishConfig('/tmp/p27/an');
const sizes: Plugin = {
  name: 'sizes',
  generateBundle(_o, bundle) {
    const agg = new Map<string, number>();
    for (const ch of Object.values(bundle))
      if (ch.type === 'chunk')
        for (const [id, m] of Object.entries(ch.modules)) {
          const key = id.includes('node_modules')
            ? id
                .split('node_modules/')[1]!
                .split('/')
                .slice(0, id.split('node_modules/')[1]!.startsWith('@') ? 2 : 1)
                .join('/')
            : id
                .replace(/.*wt-27\//, '')
                .split('/')
                .slice(0, 3)
                .join('/');
          agg.set(key, (agg.get(key) ?? 0) + m.renderedLength);
        }
    console.log(
      [...agg]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 40)
        .map(([k, v]) => `${(v / 1024).toFixed(0).padStart(5)} ${k}`)
        .join('\n'),
    );
  },
};
c.plugins = [c.plugins![0], react(), sizes];
await build(c);
