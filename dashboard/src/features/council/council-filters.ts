import type { UrlCodec } from '../../lib/url-state';

export interface CouncilFilters {
  /** The council shown (id), for users who may look at more than their own. */
  council: string | null;
}

export const councilCodec: UrlCodec<CouncilFilters> = {
  parse: (params) => {
    const value = params.get('raad');
    return { council: value && /^\d{1,12}$/.test(value) ? value : null };
  },
  write: (value) => {
    const params = new URLSearchParams();
    if (value.council) params.set('raad', value.council);
    return params;
  },
};
