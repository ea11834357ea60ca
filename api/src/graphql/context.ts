import type { Request, Response } from 'express';
import type { RequestContext } from '../common/app-error';
import type { Loaders } from './loaders';

/** The GraphQL context: the request context for services plus this request's DataLoaders. */
export interface GqlContext {
  req: Request;
  res: Response;
  request: RequestContext;
  /** Raw session token from the cookie, kept so sign-out can revoke exactly this session. */
  sessionToken: string | null;
  loaders: Loaders;
}

export const SESSION_COOKIE = 'pm_session';

export function readCookie(req: Request, name: string): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) {
      try {
        return decodeURIComponent(part.slice(index + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}
