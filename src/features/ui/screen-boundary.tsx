// One error boundary per screen: a failure in one workspace shows what failed and a way back, and the rest
// of the console keeps working. Its panel is drawn with what the console's frame already has loaded, so
// that it shows even when the failure is a chunk that could not be downloaded.
import { Button } from '@fluentui/react-components'
import { Component, type ErrorInfo, type ReactNode } from 'react'
import styles from './screen-boundary.module.css'

function FailurePanel({ title, message, onRetry }: { title: string; message: string; onRetry: () => void }) {
  return (
    <div role="alert" className={styles.panel}>
      <span className={styles.title}>{title}</span>
      <span>{message}</span>
      <Button onClick={onRetry}>Try again</Button>
    </div>
  )
}

interface Props {
  name: string
  children: ReactNode
}

interface State {
  error?: Error
}

export class ScreenBoundary extends Component<Props, State> {
  override state: State = {}

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept for whoever opens the developer tools; the screen itself says what failed.
    console.warn(`${this.props.name} failed`, error, info.componentStack)
  }

  override render() {
    const { error } = this.state
    if (!error) return this.props.children
    return (
      <FailurePanel
        title={`${this.props.name} could not be shown`}
        message={error.message}
        onRetry={() => this.setState({ error: undefined })}
      />
    )
  }
}
