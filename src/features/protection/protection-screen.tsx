export function ProtectionScreen() {
  return <p>Protection</p>
}
