import { useI18n } from '../../app/i18n';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function CoreGroupPage() {
  const { m } = useI18n();
  const t = m.coreGroup;
  return (
    <>
      <PageHeader title={t.title} intro={t.intro} />
      <Card title={t.actionsTitle}>
        <EmptyState reason="notAvailableYet" detail={t.later} />
      </Card>
      <Card title={t.activitiesTitle}>
        <EmptyState reason="notAvailableYet" detail={t.later} />
      </Card>
    </>
  );
}
