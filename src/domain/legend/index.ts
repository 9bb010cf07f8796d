export * from './legend';
export * from './styles';
