export * from './nodeGrid';
export * from './screen';
export * from './segmentHit';
