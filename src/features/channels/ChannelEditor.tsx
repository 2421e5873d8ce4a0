import { memo, useId, useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { CheckboxGroup } from '@/components/fields/CheckboxGroup';
import { FieldGroup } from '@/components/fields/FieldGroup';
import { NumberField } from '@/components/fields/NumberField';
import { SelectField } from '@/components/fields/SelectField';
import { TextField } from '@/components/fields/TextField';
import { InlineFinding } from '@/components/InlineFinding';
import {
  CHANNEL_DIRECTNESSES,
  CHANNEL_FUNCTIONS,
  CHANNEL_KINDS,
  CHANNEL_MEDIUMS,
  CHANNEL_OWNERSHIPS,
  CHANNEL_PHASES,
  LIMITS,
  channelSchema,
  type Canvas,
  type Channel,
  type ChannelOwnership,
  unwrapOptional,
} from '@/domain';
import { useEnumOptions } from '@/hooks/useEnumOptions';
import { currencySymbol } from '@/lib/currencySymbol';
import { useCanvasStore } from '@/store/canvasStore';
import { evaluationSelectors, useResults } from '@/store/selectors';
import { fieldId } from '@/store/uiStore';

import { channelName } from './channelName';
import { SegmentsServed } from './SegmentsServed';

type Props = { canvas: Canvas; channel: Channel; onDelete: () => void };

const fields = channelSchema.shape;

/**
 * The channel's own findings, once edits pause (settled); the fields answer at once. Its own
 * component, so that render is this list, not the whole editor again.
 */
const ChannelFindings = memo(function ChannelFindings({
  channelId,
  currency,
}: {
  channelId: string;
  currency: string;
}) {
  const evaluation = useResults('settled')?.evaluation ?? null;
  const findings = evaluationSelectors
    .findingsFor(evaluation, channelId)
    .filter((f) => !f.segmentId);
  return findings.map((f, i) => (
    <InlineFinding key={`${f.ruleId}-${i}`} finding={f} currency={currency} />
  ));
});

/** Every field of one channel; choosing a partner makes it indirect and says why. */
export function ChannelEditor({ canvas, channel, onDelete }: Props) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const updateChannel = useCanvasStore((s) => s.updateChannel);
  const [explainPartner, setExplainPartner] = useState(false);
  const kinds = useEnumOptions(CHANNEL_KINDS, 'common:enum.channelKind');
  const ownerships = useEnumOptions(CHANNEL_OWNERSHIPS, 'common:enum.ownership');
  const directnesses = useEnumOptions(CHANNEL_DIRECTNESSES, 'enums:directness');
  const mediums = useEnumOptions(CHANNEL_MEDIUMS, 'enums:medium');
  const phases = useEnumOptions(CHANNEL_PHASES, 'common:enum.phase');
  const functions = useEnumOptions(CHANNEL_FUNCTIONS, 'enums:channelFunction');
  const isPartner = channel.ownership === 'partner';

  const setOwnership = (ownership: ChannelOwnership) => {
    // Spec decision: picking a partner sets indirect (DOMAIN §1.4) but the field stays editable,
    // so CR06 still speaks if the user insists on direct.
    const toPartner = ownership === 'partner' && channel.directness !== 'indirect';
    updateChannel(channel.id, toPartner ? { ownership, directness: 'indirect' } : { ownership });
    setExplainPartner(toPartner);
  };

  return (
    <section className="channel-editor" aria-labelledby={headingId}>
      <h3 id={headingId} className="channels__heading">
        {channelName(t, channel)}
      </h3>
      <FieldGroup>
        <div className="channel-editor__grid">
          <TextField
            id={fieldId(channel.id, 'name')}
            label={t('channels:field.name')}
            value={channel.name}
            maxLength={LIMITS.nameLength}
            schema={fields.name}
            onCommit={(name) => updateChannel(channel.id, { name })}
          />
          <SelectField
            id={fieldId(channel.id, 'kind')}
            label={t('channels:field.kind')}
            value={channel.kind}
            options={kinds}
            onChange={(kind) => updateChannel(channel.id, { kind })}
          />
          <SelectField
            id={fieldId(channel.id, 'ownership')}
            label={t('channels:field.ownership')}
            value={channel.ownership}
            options={ownerships}
            onChange={setOwnership}
          />
          <SelectField
            id={fieldId(channel.id, 'directness')}
            label={t('channels:field.directness')}
            value={channel.directness}
            options={directnesses}
            onChange={(directness) => {
              setExplainPartner(false);
              updateChannel(channel.id, { directness });
            }}
          />
          <SelectField
            id={fieldId(channel.id, 'medium')}
            label={t('channels:field.medium')}
            value={channel.medium}
            options={mediums}
            onChange={(medium) => updateChannel(channel.id, { medium })}
          />
          <NumberField
            id={fieldId(channel.id, 'monthlyCost')}
            label={t('channels:field.monthlyCost')}
            value={channel.monthlyCost}
            optional
            suffix={currencySymbol(canvas.currency, i18n.language)}
            schema={fields.monthlyCost}
            onCommit={(monthlyCost) => updateChannel(channel.id, { monthlyCost })}
          />
        </div>
        {explainPartner && (
          <p className="channels__note" role="status">
            <span aria-hidden="true">ℹ </span>
            {t('channels:partnerIndirect')}
          </p>
        )}
        <ChannelFindings channelId={channel.id} currency={canvas.currency} />
        {isPartner && (
          <div className="channel-editor__grid">
            <TextField
              id={fieldId(channel.id, 'partnerName')}
              label={t('channels:field.partnerName')}
              value={channel.partnerName ?? ''}
              maxLength={LIMITS.nameLength}
              schema={unwrapOptional(fields.partnerName)}
              onCommit={(partnerName) => updateChannel(channel.id, { partnerName })}
            />
            <NumberField
              id={fieldId(channel.id, 'partnerMargin')}
              label={t('channels:field.partnerMargin')}
              hint={t('channels:field.partnerMarginHint')}
              value={channel.partnerMargin}
              unit="percent"
              optional
              schema={fields.partnerMargin}
              onCommit={(partnerMargin) => updateChannel(channel.id, { partnerMargin })}
            />
            <NumberField
              id={fieldId(channel.id, 'revenueShare')}
              label={t('channels:field.revenueShare')}
              hint={t('channels:field.revenueShareHint')}
              value={channel.revenueShare}
              unit="percent"
              optional
              schema={fields.revenueShare}
              onCommit={(revenueShare) => updateChannel(channel.id, { revenueShare })}
            />
          </div>
        )}
        <CheckboxGroup
          id={fieldId(channel.id, 'phases')}
          legend={t('channels:field.phases')}
          options={phases}
          selected={channel.phases}
          onChange={(phases) => updateChannel(channel.id, { phases })}
        />
        <CheckboxGroup
          id={fieldId(channel.id, 'functions')}
          legend={t('channels:field.functions')}
          options={functions}
          selected={channel.functions}
          onChange={(functions) => updateChannel(channel.id, { functions })}
        />
      </FieldGroup>
      <SegmentsServed
        channelId={channel.id}
        segmentIds={channel.segmentIds}
        segments={canvas.segments}
      />
      <button type="button" className="button button--danger" onClick={onDelete}>
        {t('channels:delete')} <span className="visually-hidden">({channelName(t, channel)})</span>
      </button>
    </section>
  );
}
