export * from './chainLanes';
export * from './enterpriseCircle';
export * from './geometry';
