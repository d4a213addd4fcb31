// One error boundary per screen: a failure in one workspace shows what failed and a way back, and the rest
// of the console keeps working.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components'
import { Component, type ErrorInfo, type ReactNode } from 'react'

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
      <MessageBar intent="error" role="alert" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{this.props.name} could not be shown</MessageBarTitle>
          {error.message}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => this.setState({ error: undefined })}>Try again</Button>
        </MessageBarActions>
      </MessageBar>
    )
  }
}
