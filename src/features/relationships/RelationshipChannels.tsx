import { memo, useId, useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { LIMITS, type Channel, type RelationshipAssignment } from '@/domain';
import { CheckboxGroup } from '@/components/fields/CheckboxGroup';
import { FieldGroup } from '@/components/fields/FieldGroup';
import { LinkButton } from '@/components/LinkButton';
import { useCanvasStore } from '@/store/canvasStore';
import { fieldId, useUiStore } from '@/store/uiStore';

type Props = { channels: readonly Channel[]; rel: RelationshipAssignment };

// Spec decision: a canvas with many channels lists, per relationship, those serving its segment
// and those chosen; more than this many others wait behind a button (hundreds of checkboxes per
// relationship would be unreadable, and slow).
const OTHER_CHANNELS_LISTED = 8;

/** Q4: the channels a relationship runs through, with a quick way to create a missing one. */
export const RelationshipChannels = memo(function RelationshipChannels({ channels, rel }: Props) {
  const { t } = useTranslation();
  const updateRelationship = useCanvasStore((s) => s.updateRelationship);
  const addChannel = useCanvasStore((s) => s.addChannel);
  const openPanel = useUiStore((s) => s.openPanel);
  const [draft, setDraft] = useState('');
  const [showOthers, setShowOthers] = useState(false);
  const inputId = useId();

  const serves = (ch: Channel) => ch.segmentIds.includes(rel.segmentId);
  const collapsible = channels.filter((ch) => !serves(ch)).length > OTHER_CHANNELS_LISTED;
  const listed =
    collapsible && !showOthers
      ? channels.filter((ch) => serves(ch) || rel.channelIds.includes(ch.id))
      : channels;
  const options = listed.map((ch) => {
    const name = ch.name.trim() || t(`common:enum.channelKind.${ch.kind}`);
    return {
      value: ch.id,
      label: serves(ch) ? name : t('workbench:relationship.channelNotServing', { name }),
    };
  });

  const create = (event: FormEvent) => {
    event.preventDefault();
    const name = draft.trim();
    if (!name) return;
    // A channel created from here serves this segment, so the relationship is integrated at once.
    const channelId = addChannel({ name, segmentIds: [rel.segmentId] });
    updateRelationship(rel.id, { channelIds: [...rel.channelIds, channelId] });
    setDraft('');
  };

  return (
    <div className="rel-channels">
      <FieldGroup>
        <CheckboxGroup
          id={fieldId(rel.id, 'channelIds')}
          legend={t('workbench:relationship.channels')}
          options={options}
          selected={rel.channelIds}
          onChange={(channelIds) => updateRelationship(rel.id, { channelIds })}
          empty={<p className="rel-editor__help">{t('workbench:relationship.noChannels')}</p>}
        />
      </FieldGroup>
      {collapsible && (
        <button
          type="button"
          className="link-button"
          aria-expanded={showOthers}
          onClick={() => setShowOthers(!showOthers)}
        >
          {showOthers
            ? t('workbench:relationship.hideOtherChannels')
            : t('workbench:relationship.showOtherChannels', {
                count: channels.length - listed.length,
              })}
        </button>
      )}
      <form className="rel-channels__new" onSubmit={create}>
        <label htmlFor={inputId} className="field__label">
          {t('workbench:relationship.newChannel')}
        </label>
        <div className="rel-channels__row">
          <input
            id={inputId}
            className="field__input"
            value={draft}
            maxLength={LIMITS.nameLength}
            autoComplete="off"
            onChange={(e) => setDraft(e.target.value)}
          />
          <button type="submit" className="button button--small" disabled={!draft.trim()}>
            {t('workbench:relationship.createChannel')}
          </button>
        </div>
      </form>
      <LinkButton onClick={() => openPanel({ kind: 'channels' })}>
        {t('workbench:relationship.manageChannels')}
      </LinkButton>
    </div>
  );
});
