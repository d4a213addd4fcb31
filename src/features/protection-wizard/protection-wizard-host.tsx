export function ProtectionWizardHost() {
  return null
}
