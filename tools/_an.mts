import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { publishConfig } from '../vite.publish';
process.env.NODE_ENV = 'production';
const c = publishConfig('/tmp/p27/an');
c.plugins = [c.plugins![0], react()];
c.logLevel = 'info';
await build(c);
