import type { TFunction } from 'i18next';

import type { Channel } from '@/domain';

/** A channel's name, or its kind when the user has not named it yet. */
export function channelName(t: TFunction, channel: Channel): string {
  return channel.name.trim() || t(`common:enum.channelKind.${channel.kind}`);
}
