export function ReportingScreen() {
  return <p>Reporting</p>
}
