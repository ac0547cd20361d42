/**
 * Property tests run from one fixed seed, so CI gives the same answer for the
 * same code; `FC_SEED=random npm run test:unit` explores new cases, and
 * `FC_SEED=<n>` replays the seed a failure printed.
 */
import fc from 'fast-check';

const given = process.env.FC_SEED;
if (given !== 'random') fc.configureGlobal({ seed: given ? Number(given) : 20_261_207 });
