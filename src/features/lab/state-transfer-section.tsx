/** Export state / Import state: built by the faults-and-data engineer (issue 8). */
export function StateTransferSection() {
  return null
}
