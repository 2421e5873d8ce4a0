import { useId } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { RELATIONSHIP_TYPES, type RelationshipType } from '@/domain';

import { SORT_KEYS, type ClassFilter, type SortKey } from './classOrder';

const FINDING_FILTERS = ['any', 'errors', 'warnings', 'none'] as const;

type Props = {
  sort: SortKey;
  onSort: (sort: SortKey) => void;
  filter: ClassFilter;
  onFilter: (filter: ClassFilter) => void;
};

/** Sort and filter the cards; every control is a native one, so it works by keyboard as is. */
export function ClassToolbar({ sort, onSort, filter, onFilter }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const set = (patch: Partial<ClassFilter>) => onFilter({ ...filter, ...patch });
  return (
    <div className="class-toolbar" role="group" aria-label={t('dashboard:toolbar.label')}>
      <div className="class-toolbar__field">
        <label htmlFor={`${id}-sort`}>{t('dashboard:sort.label')}</label>
        <select
          id={`${id}-sort`}
          value={sort}
          onChange={(event) => onSort(event.currentTarget.value as SortKey)}
        >
          {SORT_KEYS.map((key) => (
            <option key={key} value={key}>
              {t(`dashboard:sort.${key}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="class-toolbar__field">
        <label htmlFor={`${id}-text`}>{t('dashboard:filter.text')}</label>
        <input
          id={`${id}-text`}
          type="search"
          value={filter.text}
          onChange={(event) => set({ text: event.currentTarget.value })}
        />
      </div>
      <div className="class-toolbar__field">
        <label htmlFor={`${id}-findings`}>{t('dashboard:filter.findings.label')}</label>
        <select
          id={`${id}-findings`}
          value={filter.findings}
          onChange={(event) =>
            set({ findings: event.currentTarget.value as ClassFilter['findings'] })
          }
        >
          {FINDING_FILTERS.map((value) => (
            <option key={value} value={value}>
              {t(`dashboard:filter.findings.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="class-toolbar__field">
        <label htmlFor={`${id}-type`}>{t('dashboard:filter.type')}</label>
        <select
          id={`${id}-type`}
          value={filter.type}
          onChange={(event) => set({ type: event.currentTarget.value as RelationshipType | 'any' })}
        >
          <option value="any">{t('dashboard:filter.anyType')}</option>
          {RELATIONSHIP_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`common:enum.relationshipType.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <label className="class-toolbar__check">
        <input
          type="checkbox"
          checked={filter.noRetention}
          onChange={(event) => set({ noRetention: event.currentTarget.checked })}
        />{' '}
        {t('dashboard:filter.noRetention')}
      </label>
    </div>
  );
}
