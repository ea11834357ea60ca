import { WMCZ_CATALOGUE } from '@pm/domain';
import { describe, expect, it } from 'vitest';
import { builtInCatalogue } from '../../../dashboard/src/features/wmcz/catalogue-source';
import { catalogueCodec, toCatalogueGroups } from '../../../dashboard/src/features/wmcz/to-catalogue-groups';

const catalogue = builtInCatalogue();
const all = catalogueCodec.parse(new URLSearchParams());

describe('toCatalogueGroups', () => {
  it('shows every subject for a residential provider, grouped by right in the order of the law', () => {
    const groups = toCatalogueGroups(catalogue, all, 'nl');
    expect(groups.map((g) => g.right)).toEqual(['ADVICE', 'CONSENT', 'NOMINATION', 'UNSOLICITED']);
    expect(groups.reduce((n, g) => n + g.subjects.length, 0)).toBe(WMCZ_CATALOGUE.length);
  });

  it('leaves out the residential-only subjects (art. 7 lid 1 h–i and the residential consent subjects) for other providers', () => {
    const groups = toCatalogueGroups(catalogue, { ...all, scope: 'zonder-verblijf' }, 'nl');
    const codes = groups.flatMap((g) => g.subjects.map((s) => s.code));
    expect(codes).not.toContain('ART7_1_H');
    expect(codes).not.toContain('ART7_1_I');
    expect(codes).not.toContain('ART8_1_C_3');
    expect(codes).toContain('ART7_1_A');
    expect(codes).toHaveLength(WMCZ_CATALOGUE.filter((s) => !s.residentialOnly).length);
  });

  it('searches titles, explanations and articles in the chosen language, ignoring accents and case', () => {
    const nl = toCatalogueGroups(catalogue, { ...all, search: 'HYGIENE' }, 'nl');
    expect(nl.flatMap((g) => g.subjects.map((s) => s.code))).toEqual(['ART8_1_C_2']);
    const en = toCatalogueGroups(catalogue, { ...all, search: 'merger' }, 'en');
    expect(en.flatMap((g) => g.subjects.map((s) => s.code))).toEqual(['ART7_1_B']);
    const article = toCatalogueGroups(catalogue, { ...all, search: 'art. 10' }, 'nl');
    expect(article.flatMap((g) => g.subjects.map((s) => s.code))).toEqual(['ART10']);
  });

  it('returns no groups when nothing matches, so the view can say the filter is too narrow', () => {
    expect(toCatalogueGroups(catalogue, { ...all, right: 'NOMINATION', search: 'begroting' }, 'nl')).toEqual(
      [],
    );
  });

  it('keeps provider kind, right and search in the URL', () => {
    const value = { scope: 'zonder-verblijf' as const, right: 'CONSENT' as const, search: 'klacht' };
    const params = catalogueCodec.write(value);
    expect(params.toString()).toBe('aanbieder=zonder-verblijf&recht=CONSENT&zoek=klacht');
    expect(catalogueCodec.parse(params)).toEqual(value);
    expect(catalogueCodec.parse(new URLSearchParams('recht=VERZWAARD')).right).toBe('alle');
  });
});
