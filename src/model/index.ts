export * from './entityTypes';
export * from './vocabulary';
export * from './schema';
