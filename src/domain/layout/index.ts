export * from './chainLanes';
export * from './enterpriseCircle';
export * from './geometry';
export * from './depth';
