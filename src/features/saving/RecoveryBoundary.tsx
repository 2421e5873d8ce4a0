import { Component, type ErrorInfo, type ReactNode } from 'react';

import { suspendSaving } from '@/persistence/startPersistence';

import { CrashScreen } from './CrashScreen';

type Props = { children: ReactNode };
type State = { failed: boolean };

/**
 * Contains a render crash: the app is replaced by a calm recovery screen, and saving stops for
 * good, so a state that broke the app is never written over what was saved.
 */
export class RecoveryBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo) {
    suspendSaving();
  }

  override render() {
    return this.state.failed ? <CrashScreen /> : this.props.children;
  }
}
