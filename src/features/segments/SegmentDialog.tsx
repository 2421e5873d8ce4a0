import { useTranslation } from '@/i18n/useTranslation';

import { Dialog } from '@/components/Dialog';
import { CheckboxGroup } from '@/components/fields/CheckboxGroup';
import { FieldGroup } from '@/components/fields/FieldGroup';
import { SegmentTag } from '@/components/SegmentTag';
import { RELATIONSHIP_TYPES } from '@/domain';
import { useCanvasStore } from '@/store/canvasStore';
import { useActiveCanvas } from '@/store/selectors';
import { fieldId, useUiStore } from '@/store/uiStore';
import { useEnumOptions } from '@/hooks/useEnumOptions';

import { SegmentArchetypeFields } from './SegmentArchetypeFields';
import { SegmentDeletion } from './SegmentDeletion';
import { SegmentIdentityFields } from './SegmentIdentityFields';
import { SegmentMarketFields } from './SegmentMarketFields';
import './SegmentDialog.css';

/** Edits one segment; every field commits as the user types, and only values the schema accepts. */
export function SegmentDialog({ segmentId }: { segmentId: string }) {
  const { t } = useTranslation();
  const canvas = useActiveCanvas();
  const update = useCanvasStore((s) => s.updateSegment);
  const close = useUiStore((s) => s.closePanel);
  const relationshipTypes = useEnumOptions(RELATIONSHIP_TYPES, 'common:enum.relationshipType');
  const segment = canvas?.segments.find((s) => s.id === segmentId);
  // Undo can take the segment away while its dialog is open; then there is nothing to edit.
  if (!canvas || !segment) return null;

  return (
    <Dialog
      title={t('segments:dialogTitle')}
      onClose={close}
      size="wide"
      footer={
        <>
          <SegmentDeletion segment={segment} />
          <span className="segment-dialog__spacer" />
          <button type="button" className="button button--primary" onClick={close}>
            {t('segments:done')}
          </button>
        </>
      }
    >
      <p className="segment-dialog__tag">
        <SegmentTag segment={segment} />
      </p>
      <div className="segment-dialog__columns">
        <section aria-labelledby="segment-identity">
          <h3 id="segment-identity" className="segment-dialog__heading">
            {t('segments:section.identity')}
          </h3>
          <FieldGroup>
            <SegmentIdentityFields segment={segment} />
          </FieldGroup>
        </section>
        <section aria-labelledby="segment-market">
          <h3 id="segment-market" className="segment-dialog__heading">
            {t('segments:section.market')}
          </h3>
          <FieldGroup>
            <SegmentMarketFields segment={segment} currency={canvas.currency} />
          </FieldGroup>
        </section>
        <section aria-labelledby="segment-archetype">
          <h3 id="segment-archetype" className="segment-dialog__heading">
            {t('segments:section.archetype')}
          </h3>
          <p className="segment-dialog__intro">{t('segments:section.archetypeIntro')}</p>
          <FieldGroup>
            <SegmentArchetypeFields segment={segment} />
          </FieldGroup>
        </section>
        <section aria-labelledby="segment-expected">
          <h3 id="segment-expected" className="segment-dialog__heading">
            {t('segments:section.expected')}
          </h3>
          <FieldGroup>
            <CheckboxGroup
              id={fieldId(segment.id, 'expectedRelationships')}
              legend={t('segments:field.expectedRelationships')}
              options={relationshipTypes}
              selected={segment.expectedRelationships}
              onChange={(expectedRelationships) => update(segment.id, { expectedRelationships })}
            />
          </FieldGroup>
        </section>
      </div>
    </Dialog>
  );
}
