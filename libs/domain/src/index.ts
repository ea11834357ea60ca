export const DOMAIN_VERSION = 1;
export * from './programme';
