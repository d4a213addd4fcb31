// The last line of defence around the whole console, status bar included: whatever throws while it renders,
// the page says what happened and offers Export state (the world as it is, to a file) and Reset (the default
// world), instead of going blank. Drawn with plain elements: what failed may be the component library itself.
import { Component, type ErrorInfo, type ReactNode } from 'react'
import { errorMessage } from '../agent-api/error-message'
import { exportStateFile } from '../features/ui/export-state-file'
import styles from './root-boundary.module.css'

interface State {
  error?: Error
  busy?: boolean
  outcome?: string
}

export class RootBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = {}

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept for whoever opens the developer tools; the page itself says what failed.
    console.warn('DPM Console failed', error, info.componentStack)
  }

  private async act(action: () => Promise<void>, failed: string, done?: () => State) {
    this.setState({ busy: true, outcome: undefined })
    try {
      await action()
      this.setState(done?.() ?? { busy: false })
    } catch (error) {
      this.setState({ busy: false, outcome: `${failed}: ${errorMessage(error)}` })
    }
  }

  private readonly exportState = () =>
    this.act(exportStateFile, 'The state could not be exported', () => ({
      busy: false,
      outcome: 'The state file was downloaded.',
    }))

  private readonly reset = () =>
    this.act(
      async () => {
        const { resetWorld } = await import('../features/lab/lab-controller')
        await resetWorld('default')
      },
      'The console could not be reset',
      () => ({ error: undefined, busy: false, outcome: undefined }),
    )

  override render() {
    const { error, busy, outcome } = this.state
    if (!error) return this.props.children
    return (
      <div role="alert" className={styles.page}>
        <h1>DPM Console stopped</h1>
        <p>{error.message}</p>
        <p>
          Export state saves the world as it is (the DPM server, the estate and the clock) to a file you can
          import later. Reset starts the default world again: protection groups, jobs and alerts are lost.
        </p>
        <div className={styles.actions}>
          <button type="button" disabled={busy} onClick={() => void this.exportState()}>
            Export state
          </button>
          <button type="button" disabled={busy} onClick={() => void this.reset()}>
            Reset
          </button>
        </div>
        {outcome && <p role="status">{outcome}</p>}
      </div>
    )
  }
}
