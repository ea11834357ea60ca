export * from './enums';
export * from './error-codes';
export * from './progress';
export * from './lateness';
export * from './report';
export * from './dependencies';
export * from './how-calculated';
