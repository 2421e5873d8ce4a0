import { useTranslation } from '@/i18n/useTranslation';

import { NOTE_BLOCKS, type Canvas, type RelationshipAssignment, type Segment } from '@/domain';
import { LinkButton } from '@/components/LinkButton';
import { fieldId } from '@/store/uiStore';

type Props = {
  canvas: Canvas;
  segment: Segment;
  rels: RelationshipAssignment[];
  goTo: (target: string) => void;
};

/** Q4: the channels each relationship runs through and the notes elsewhere on the canvas linked to this segment. */
export function IntegrationList({ canvas, segment, rels, goTo }: Props) {
  const { t, i18n } = useTranslation();
  const channelName = (id: string) => {
    const channel = canvas.channels.find((c) => c.id === id);
    if (!channel) return null;
    return channel.name.trim() || t(`common:enum.channelKind.${channel.kind}`);
  };
  const notes = NOTE_BLOCKS.flatMap((block) =>
    canvas[block].filter((n) => n.linkedIds?.includes(segment.id)).map((note) => ({ block, note })),
  );

  return (
    <>
      {rels.length === 0 ? (
        <p className="workbench__empty">{t('workbench:questions.q4.noRelationships')}</p>
      ) : (
        <ul className="questions__list">
          {rels.map((rel) => {
            const names = rel.channelIds.flatMap((id) => channelName(id) ?? []);
            const type = t(`common:enum.relationshipType.${rel.type}`);
            return (
              <li key={rel.id}>
                {names.length > 0
                  ? t('workbench:questions.q4.through', {
                      type,
                      channels: new Intl.ListFormat(i18n.language).format(names),
                    })
                  : t('workbench:questions.q4.noChannel', { type })}{' '}
                <LinkButton onClick={() => goTo(fieldId(rel.id, 'channelIds'))}>
                  {t('workbench:questions.change')}{' '}
                  <span className="visually-hidden">({type})</span>
                </LinkButton>
              </li>
            );
          })}
        </ul>
      )}
      <h4 className="questions__subheading">{t('workbench:questions.q4.notes')}</h4>
      {notes.length === 0 ? (
        <p className="workbench__empty">{t('workbench:questions.q4.noNotes')}</p>
      ) : (
        <ul className="questions__list">
          {notes.map(({ block, note }) => (
            <li key={note.id}>
              <strong>{t(`enums:noteBlock.${block}`)}:</strong>{' '}
              {note.text.trim() || t('workbench:questions.q4.emptyNote')}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
