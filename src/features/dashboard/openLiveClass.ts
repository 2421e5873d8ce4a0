import type { InstructorClass } from '@/persistence/liveDocs';

/**
 * Opens the dashboard on a live class the instructor created or reopened. The class store's code
 * comes with the dashboard's, not with the first screen's header that offers this.
 */
export function openLiveClass(liveClass: InstructorClass): Promise<void> {
  return import('./classStore').then((store) => store.openLiveClass(liveClass));
}
