import { WMCZ_RIGHT_LABELS } from '@pm/domain';
import { useMemo, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { useUrlState } from '../../lib/url-state';
import { QueryStatus } from '../../components/QueryStatus';
import { useQuery } from '../../lib/graphql';
import { fromRegister } from './catalogue-source';
import { catalogueCodec, PROVIDER_SCOPES, RIGHT_FILTERS, toCatalogueGroups } from './to-catalogue-groups';
import { NewSubjectForm, SubjectForm } from './SubjectForm';
import { WmczSubjectsQuery } from './wmcz.graphql';

export function WmczPage() {
  const { m, lang, fmt } = useI18n();
  const t = m.wmcz;
  const [filters, setFilters] = useUrlState(catalogueCodec);
  const { role } = useSession();
  const isAdmin = role === 'ADMIN';
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  // The administrator also sees subjects that can no longer be chosen (to bring them back).
  const query = useQuery(WmczSubjectsQuery, { includeInactive: isAdmin });
  const rows = new Map((query.data?.wmczSubjects ?? []).map((row) => [row.code, row]));
  const catalogue = useMemo(
    () => (query.data ? query.data.wmczSubjects.map(fromRegister) : []),
    [query.data],
  );
  const groups = useMemo(() => toCatalogueGroups(catalogue, filters, lang), [catalogue, filters, lang]);
  const total = groups.reduce((sum, g) => sum + g.subjects.length, 0);
  const filtered = filters.right !== 'alle' || filters.search.trim() !== '';

  return (
    <>
      <PageHeader title={t.title} intro={t.intro} />
      <p className="notice" data-testid="catalogue-source">
        {t.sourceRegister}
      </p>
      <form
        className="filters"
        role="search"
        aria-label={t.filtersLabel}
        onSubmit={(e) => e.preventDefault()}
      >
        <fieldset className="radio-group">
          <legend>{t.scopeLabel}</legend>
          {PROVIDER_SCOPES.map((scope) => (
            <label key={scope}>
              <input
                type="radio"
                name="scope"
                value={scope}
                checked={filters.scope === scope}
                onChange={() => setFilters({ scope })}
              />
              {t.scope[scope]}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="wmcz-right">{t.rightLabel}</label>
          <select
            id="wmcz-right"
            value={filters.right}
            onChange={(e) => setFilters({ right: e.target.value as (typeof RIGHT_FILTERS)[number] })}
          >
            {RIGHT_FILTERS.map((right) => (
              <option key={right} value={right}>
                {right === 'alle' ? t.allRights : fmt.label(WMCZ_RIGHT_LABELS[right])}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="wmcz-search">{t.searchLabel}</label>
          <input
            id="wmcz-search"
            type="search"
            value={filters.search}
            onChange={(e) => setFilters({ search: e.target.value })}
          />
        </div>
      </form>
      {isAdmin &&
        (adding ? (
          <Card title={t.add.title}>
            <NewSubjectForm
              onSaved={() => {
                setAdding(false);
                query.refetch();
              }}
              onCancel={() => setAdding(false)}
            />
          </Card>
        ) : (
          <button type="button" className="button secondary" onClick={() => setAdding(true)}>
            {t.add.button}
          </button>
        ))}
      <QueryStatus loading={query.loading} error={query.error} hasData={!!query.data}>
        <p role="status" className="result-count">
          {t.count(total)}
        </p>
        {groups.length === 0 && (
          <EmptyState reason={filtered ? 'filterTooNarrow' : 'noData'}>
            {filtered && (
              <button
                type="button"
                className="button secondary"
                onClick={() => setFilters({ right: 'alle', search: '' })}
              >
                {m.common.clearFilters}
              </button>
            )}
          </EmptyState>
        )}
        {groups.map((group) => (
          <Card key={group.right} title={fmt.label(WMCZ_RIGHT_LABELS[group.right])}>
            <p className="right-explanation">{t.rightExplanation[group.right]}</p>
            <ul className="subject-list">
              {group.subjects.map((subject) => (
                <li key={subject.code} className="subject" data-subject={subject.code}>
                  <h3>{subject.title[lang]}</h3>
                  <p className="article-ref">
                    <span className="visually-hidden">{t.article}: </span>
                    {subject.articleRef}
                    {subject.residentialOnly && <span className="tag">{t.residentialOnly}</span>}
                    {rows.get(subject.code)?.active === false && <span className="tag">{t.inactive}</span>}
                  </p>
                  <p>{subject.explanation[lang]}</p>
                  {isAdmin &&
                    rows.get(subject.code) &&
                    (editing === subject.code ? (
                      <SubjectForm
                        subject={rows.get(subject.code)!}
                        onSaved={() => {
                          setEditing(null);
                          query.refetch();
                        }}
                        onCancel={() => setEditing(null)}
                      />
                    ) : (
                      <button
                        type="button"
                        className="button secondary small"
                        onClick={() => setEditing(subject.code)}
                      >
                        {m.common.edit} <span className="visually-hidden">: {subject.title[lang]}</span>
                      </button>
                    ))}
                </li>
              ))}
            </ul>
          </Card>
        ))}
      </QueryStatus>
      <Card title={t.aboutTitle}>
        <ul className="plain-list">
          {t.about.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </Card>
    </>
  );
}
