export * from './chainLanes';
export * from './enterpriseCircle';
export * from './geometry';
export * from './depth';
export * from './definition';
export * from './overview';
export * from './preset';
export * from './registry';
