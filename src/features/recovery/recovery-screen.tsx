export function RecoveryScreen() {
  return <p>Recovery</p>
}
