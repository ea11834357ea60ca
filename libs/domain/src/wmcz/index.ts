export * from './enums';
export * from './catalogue';
