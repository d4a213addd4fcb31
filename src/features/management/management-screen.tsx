export function ManagementScreen() {
  return <p>Management</p>
}
