// The baseline for the startup ratio: React and nothing else, built with the console's Vite config. It shows
// what the benchmark waits for on the console's Protection tab: a New button and a Protection groups grid.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

function MinimalPage() {
  return (
    <main>
      <div role="toolbar" aria-label="Protection actions">
        <button type="button">New</button>
      </div>
      <div role="treegrid" aria-label="Protection groups" />
    </main>
  )
}

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element.')
createRoot(root).render(
  <StrictMode>
    <MinimalPage />
  </StrictMode>,
)
