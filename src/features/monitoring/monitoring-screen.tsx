export function MonitoringScreen() {
  return <p>Monitoring</p>
}
