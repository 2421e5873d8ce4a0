// Placeholder until the channels editor lands; replaced by the real component.
export function ChannelsDialog(_props: { channelId?: string }) {
  return null;
}
