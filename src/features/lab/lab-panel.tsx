export function LabPanel({ onClose }: { onClose: () => void }) {
  return (
    <aside aria-label="Lab">
      <button type="button" onClick={onClose}>
        Close
      </button>
    </aside>
  )
}
