import { memo, useMemo } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { CheckboxGroup } from '@/components/fields/CheckboxGroup';
import { FieldGroup } from '@/components/fields/FieldGroup';
import { NumberField } from '@/components/fields/NumberField';
import { SelectField } from '@/components/fields/SelectField';
import { TextField } from '@/components/fields/TextField';
import {
  DEMAND_CREATIONS,
  LIMITS,
  PAID_GET_TACTIC_KINDS,
  TACTIC_KINDS_BY_STAGE,
  tacticSchema,
  type Channel,
  type Id,
  type Tactic,
  unwrapOptional,
} from '@/domain';
import { currencySymbol } from '@/lib/currencySymbol';
import { sameProps } from '@/lib/sameProps';
import { useCanvasStore } from '@/store/canvasStore';
import { fieldId } from '@/store/uiStore';
import { useEnumOptions } from '@/hooks/useEnumOptions';

import { stepOptions, type FunnelView } from './funnels';

type Props = {
  tactic: Tactic;
  currency: string;
  channels: readonly Channel[];
  view: FunnelView;
};

type ChoiceProps = {
  tacticId: Id;
  options: readonly { value: Id; label: string }[];
  selected: readonly Id[];
  legend: string;
};

const NONE: readonly Id[] = [];

// Memoised: a canvas may have hundreds of channels, and typing elsewhere in the tactic must not
// render their checkboxes again; and in a group of their own, which autofill need not read then.
const ChannelChoice = memo(function ChannelChoice({
  tacticId,
  options,
  selected,
  legend,
}: ChoiceProps) {
  return (
    <FieldGroup>
      <CheckboxGroup
        id={fieldId(tacticId, 'channelIds')}
        legend={legend}
        options={options}
        selected={selected}
        onChange={(channelIds) => useCanvasStore.getState().updateTactic(tacticId, { channelIds })}
      />
    </FieldGroup>
  );
}, sameProps);

const fields = tacticSchema.shape;
const isPaidKind = (kind: Tactic['kind']) => PAID_GET_TACTIC_KINDS.some((paid) => paid === kind);

/**
 * One get, keep or grow tactic; get tactics also carry demand creation, funnel step and channels.
 * Memoised: typing in one tactic renders that tactic only.
 */
export const TacticEditor = memo(function TacticEditor({
  tactic,
  currency,
  channels,
  view,
}: Props) {
  const { t, i18n } = useTranslation();
  const channelOptions = useMemo(
    () =>
      channels.map((c) => ({
        value: c.id,
        label: c.name.trim() || t(`common:enum.channelKind.${c.kind}`),
      })),
    [channels, t],
  );
  const updateTactic = useCanvasStore((s) => s.updateTactic);
  const removeTactic = useCanvasStore((s) => s.removeTactic);
  const kinds = useEnumOptions(TACTIC_KINDS_BY_STAGE[tactic.stage], 'enums:tacticKind');
  const demandCreations = useEnumOptions(DEMAND_CREATIONS, 'enums:demandCreation');
  const steps = useEnumOptions(stepOptions(view, tactic.funnelStep), 'enums:funnelStep');
  const isGet = tactic.stage === 'get';
  const kindName = t(`enums:tacticKind.${tactic.kind}`);
  const money = currencySymbol(currency, i18n.language);

  const setKind = (kind: Tactic['kind']) =>
    // Spec decision: picking a get kind sets paid/earned from Blank's lists; the user may still change it.
    updateTactic(
      tactic.id,
      isGet ? { kind, demandCreation: isPaidKind(kind) ? 'paid' : 'earned' } : { kind },
    );

  return (
    <li className="tactic">
      <div className="tactic__header">
        <h4 className="tactic__title">{kindName}</h4>
        <button
          type="button"
          className="button button--small button--danger"
          onClick={() => removeTactic(tactic.id)}
        >
          {t('workbench:tactics.delete')} <span className="visually-hidden">({kindName})</span>
        </button>
      </div>
      <FieldGroup>
        <div className="tactic__grid">
          <SelectField
            id={fieldId(tactic.id, 'kind')}
            label={t('workbench:tactics.kind')}
            value={tactic.kind}
            options={kinds}
            onChange={setKind}
          />
          {isGet && (
            <SelectField
              id={fieldId(tactic.id, 'demandCreation')}
              label={t('workbench:tactics.demandCreation')}
              value={tactic.demandCreation ?? 'earned'}
              options={demandCreations}
              onChange={(demandCreation) => updateTactic(tactic.id, { demandCreation })}
            />
          )}
          {isGet && (
            <SelectField
              id={fieldId(tactic.id, 'funnelStep')}
              label={t('workbench:tactics.funnelStep')}
              value={tactic.funnelStep ?? stepOptions(view, undefined)[0] ?? 'awareness'}
              options={steps}
              onChange={(funnelStep) => updateTactic(tactic.id, { funnelStep })}
            />
          )}
          <NumberField
            id={fieldId(tactic.id, 'monthlyCost')}
            label={t('workbench:tactics.monthlyCost')}
            value={tactic.monthlyCost}
            optional
            suffix={money}
            schema={fields.monthlyCost}
            onCommit={(monthlyCost) => updateTactic(tactic.id, { monthlyCost })}
          />
          {tactic.stage === 'grow' && (
            <NumberField
              id={fieldId(tactic.id, 'expectedArpuUplift')}
              label={t('workbench:tactics.uplift')}
              hint={t('workbench:tactics.upliftHint')}
              value={tactic.expectedArpuUplift}
              unit="percent"
              optional
              schema={fields.expectedArpuUplift}
              onCommit={(expectedArpuUplift) => updateTactic(tactic.id, { expectedArpuUplift })}
            />
          )}
        </div>
      </FieldGroup>
      {isGet && channels.length > 0 && (
        <ChannelChoice
          tacticId={tactic.id}
          legend={t('workbench:tactics.channels')}
          options={channelOptions}
          selected={tactic.channelIds ?? NONE}
        />
      )}
      <FieldGroup>
        <TextField
          id={fieldId(tactic.id, 'description')}
          label={t('workbench:tactics.description')}
          value={tactic.description ?? ''}
          multiline
          maxLength={LIMITS.longTextLength}
          schema={unwrapOptional(fields.description)}
          onCommit={(description) => updateTactic(tactic.id, { description })}
        />
      </FieldGroup>
    </li>
  );
}, sameProps);
