import { Spinner } from '@fluentui/react-components'

export function LoadingSpinner({ label }: { label: string }) {
  return <Spinner label={label} />
}
