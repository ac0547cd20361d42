import { writeFile } from 'node:fs/promises';
import { buildShell } from '../vite.publish';
process.env.NODE_ENV = 'production';
const s = await buildShell();
await writeFile('/tmp/p27/shell.html', s);
