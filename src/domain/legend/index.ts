export * from './legend';
export * from './styles';
export * from './contrast';
export * from './mapInWords';
export * from './changes';
export * from './arrowHeads';
