export const DOMAIN_VERSION = 1;
