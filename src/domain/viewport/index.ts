export * from './nodeGrid';
export * from './screen';
