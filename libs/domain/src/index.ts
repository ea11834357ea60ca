export const DOMAIN_VERSION = 1;
export * from './organisation';
export * from './programme';
export * from './errors';
export * from './dates';
export * from './wmcz';
export * from './timeliness';
export * from './findings';
export * from './lifecycle';
